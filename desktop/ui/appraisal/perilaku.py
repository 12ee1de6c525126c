"""The 7 BerAKHLAK values with their 3 panduan perilaku, side by side with the SKP's
"Ekspektasi Khusus Pimpinan" (editable in the SKP editor) and, in the evaluation editor, the
appraiser's umpan balik per value (editable there)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPlainTextEdit, QScrollArea, QWidget

from desktop.ui.appraisal.context import NilaiBerakhlak


def _text_edit(name: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(objectName=name)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(58)
    edit.setMaximumHeight(70)
    return edit


class BerakhlakPanel(QScrollArea):
    """``with_feedback=False``: value | ekspektasi (editable). ``True``: value | ekspektasi
    (read-only text) | umpan balik (editable)."""

    changed = Signal()

    def __init__(self, with_feedback: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.with_feedback = with_feedback
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.ekspektasi: dict[int, QPlainTextEdit | QLabel] = {}
        self.feedback: dict[int, QPlainTextEdit] = {}
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(12)
        self._grid.setVerticalSpacing(10)
        holder = QWidget()
        holder.setLayout(self._grid)
        self.setWidget(holder)

    def set_values(self, values: list[NilaiBerakhlak]) -> None:
        """Build one row per value (once)."""
        if self.ekspektasi:
            return
        headers = [self.tr("Perilaku Kerja (BerAKHLAK)"), self.tr("Ekspektasi Khusus Pimpinan")]
        if self.with_feedback:
            headers.append(self.tr("Umpan Balik"))
        for column, text in enumerate(headers):
            self._grid.addWidget(QLabel(f"<b>{text}</b>"), 0, column)
        for row, value in enumerate(values, start=1):
            self._add_row(row, value)
        self._grid.setColumnStretch(0, 3)
        self._grid.setColumnStretch(1, 2)
        if self.with_feedback:
            self._grid.setColumnStretch(2, 2)
        self._grid.setRowStretch(len(values) + 1, 1)

    def _add_row(self, row: int, value: NilaiBerakhlak) -> None:
        panduan = "".join(f"<br>• {p}" for p in value.panduan)
        label = QLabel(f"<b>{value.no}. {value.nilai}</b>{panduan}")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._grid.addWidget(label, row, 0)
        if self.with_feedback:
            expected = QLabel(objectName=f"ekspektasi_{value.no}")
            expected.setWordWrap(True)
            expected.setAlignment(Qt.AlignmentFlag.AlignTop)
            self.ekspektasi[value.no] = expected
            edit = _text_edit(f"umpanBalik_{value.no}")
            edit.setAccessibleName(self.tr("Umpan balik %1").replace("%1", value.nilai))
            edit.textChanged.connect(self.changed)
            self.feedback[value.no] = edit
            self._grid.addWidget(expected, row, 1)
            self._grid.addWidget(edit, row, 2)
            return
        edit = _text_edit(f"ekspektasi_{value.no}")
        edit.setAccessibleName(self.tr("Ekspektasi %1").replace("%1", value.nilai))
        edit.textChanged.connect(self.changed)
        self.ekspektasi[value.no] = edit
        self._grid.addWidget(edit, row, 1)

    def set_ekspektasi(self, texts: dict[int, str]) -> None:
        for no, widget in self.ekspektasi.items():
            text = texts.get(no, "")
            if isinstance(widget, QLabel):
                widget.setText(text or self.tr("(tidak ada ekspektasi khusus)"))
            else:
                widget.setPlainText(text)

    def ekspektasi_texts(self) -> dict[int, str]:
        return {
            no: w.toPlainText().strip()
            for no, w in self.ekspektasi.items()
            if isinstance(w, QPlainTextEdit)
        }

    def set_feedback(self, texts: dict[int, str]) -> None:
        for no, edit in self.feedback.items():
            edit.setPlainText(texts.get(no, ""))

    def feedback_texts(self) -> dict[int, str]:
        return {no: edit.toPlainText().strip() for no, edit in self.feedback.items()}

    def set_read_only(self, read_only: bool) -> None:
        for widget in [*self.ekspektasi.values(), *self.feedback.values()]:
            if isinstance(widget, QPlainTextEdit):
                widget.setReadOnly(read_only)
