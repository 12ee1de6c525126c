"""What the SKP and evaluation editors share: the workflow buttons (enabled from the workflow
table for the current role), the inline issue label, the note that explains a read-only editor,
and the "close without saving?" question."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.core.workflow import Action, Role, Transition, allowed_actions
from desktop.ui.appraisal.services import AppraisalPrompts

_ISSUE_STYLES = {
    "warning": "QLabel { color: #7a4f00; background: #fff4d6; padding: 4px 6px; }",
    "error": "QLabel { color: #a3261c; background: #fdecea; padding: 4px 6px; }",
}
_NOTE_STYLE = (
    "QLabel { color: #3c4043; background: #e8f0fe; border: 1px solid #c6dafc; "
    "border-radius: 4px; padding: 6px; }"
)


class IssueLabel(QLabel):
    """Inline messages under a table: amber while editing, red after a refused action."""

    def __init__(self, parent: QWidget | None = None, *, name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def show_messages(self, messages: list[str], severity: str = "warning") -> None:
        self.setText("\n".join(f"• {m}" for m in messages))
        self.setStyleSheet(_ISSUE_STYLES[severity])
        self.setVisible(bool(messages))


class NoteLabel(QLabel):
    """Why the editor is read-only, or the reason it was returned / reopened."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editorNote")
        self.setWordWrap(True)
        self.setStyleSheet(_NOTE_STYLE)
        self.hide()

    def show_note(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class WorkflowEditor(QDialog):
    """Base of both editors. ``action_requested(action, reason)`` asks the caller to save and/or
    move the record through the workflow; the dialog itself never writes."""

    action_requested = Signal(str, str)

    def __init__(self, prompts: AppraisalPrompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompts = prompts
        self.buttons: dict[Action, QPushButton] = {}
        self.close_button = QPushButton(self.tr("Tutup"), objectName="closeButton")
        self.close_button.clicked.connect(self.reject)
        self.allowed: list[Action] = []

    def _button_row(self, labels: list[tuple[Action, str]]) -> QHBoxLayout:
        row = QHBoxLayout()
        for action, text in labels:
            button = QPushButton(text, objectName=f"{action.value}Button")
            button.clicked.connect(lambda _=False, a=action: self._on_action_clicked(a))
            self.buttons[action] = button
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        return row

    def _apply_workflow(self, flow: tuple[Transition, ...], state: str, role: Role) -> None:
        self.allowed = allowed_actions(flow, state, role)
        for action, button in self.buttons.items():
            button.setEnabled(action in self.allowed)
        save = self.buttons.get(Action.UBAH)
        if save is not None:
            save.setDefault(Action.UBAH in self.allowed)

    @property
    def editable(self) -> bool:
        return Action.UBAH in self.allowed

    def _on_action_clicked(self, action: Action) -> None:
        if action not in self.allowed:
            return
        reason = self.prepare(action)
        if reason is not None:
            self.action_requested.emit(action.value, reason)

    def prepare(self, action: Action) -> str | None:
        """Check the form and ask what the action needs; the reason ("" when none) or None
        to stop. Subclasses add their checks."""
        return ""

    def ask_reason(self, title: str, prompt: str) -> str | None:
        reason = self.prompts.ask_reason(self, title, prompt)
        return reason.strip() if reason and reason.strip() else None

    def is_dirty(self) -> bool:
        return False

    def reject(self) -> None:
        if (
            self.editable
            and self.is_dirty()
            and not self.prompts.confirm(
                self,
                self.tr("Perubahan belum disimpan"),
                self.tr("Ada perubahan yang belum disimpan. Tutup tanpa menyimpan?"),
                self.tr("Tutup tanpa menyimpan"),
                safe_default=True,
                cancel_text=self.tr("Kembali ke formulir"),
            )
        ):
            return
        super().reject()
