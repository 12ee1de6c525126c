"""The sign-in page that covers the main window: at start (a database with accounts), after
"Ganti pengguna" (any account) and after the idle time (the same account's password).

It is a page inside the window, not a blocking dialog: while it shows, the window's own
contents, menus and toolbars are hidden (``AccountsController.lock``), so nothing personal is
on screen and no shortcut reaches them. The page never touches the database; it asks
``sign_in_requested(username, password)`` and shows the answer it is given.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class LockScreen(QWidget):
    """Username, password, message; ``locked_to`` fixes the username (the idle lock)."""

    sign_in_requested = Signal(str, str)  # username, password
    switch_requested = Signal()  # "Masuk sebagai pengguna lain" on the idle lock

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setAutoFillBackground(True)
        self.title = QLabel(objectName="lockTitle")
        self.title.setStyleSheet("QLabel { font-size: 16pt; font-weight: bold; }")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note = QLabel(objectName="lockNote")
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.username = QLineEdit(objectName="lockUsername")
        self.password = QLineEdit(objectName="lockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(objectName="lockMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("QLabel { color: #b00020; }")
        self.hint = QLabel(objectName="lockHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("QLabel { color: #8a5a00; }")
        self.sign_in = QPushButton(self.tr("&Masuk"), objectName="lockSignIn")
        self.sign_in.setDefault(True)
        self.other_user = QPushButton(self.tr("Pengguna &lain…"), objectName="lockOtherUser")
        self.other_user.setFlat(True)
        self._build()
        self.sign_in.clicked.connect(self._on_sign_in_clicked)
        self.password.returnPressed.connect(self._on_sign_in_clicked)
        self.username.returnPressed.connect(self.password.setFocus)
        self.other_user.clicked.connect(self.switch_requested)
        parent.installEventFilter(self)  # follow the window's size
        self.hide()

    def _build(self) -> None:
        card = QFrame(objectName="lockCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(420)
        form = QFormLayout()
        form.addRow(self.tr("Nama &pengguna"), self.username)
        form.addRow(self.tr("&Kata sandi"), self.password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.other_user)
        buttons.addStretch(1)
        buttons.addWidget(self.sign_in)
        inner = QVBoxLayout(card)
        inner.addWidget(self.title)
        inner.addWidget(self.note)
        inner.addLayout(form)
        inner.addWidget(self.message)
        inner.addWidget(self.hint)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 2)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def show_sign_in(self, *, locked_to: str = "", nama: str = "", hint: str = "") -> None:
        """Cover the window: a fresh sign-in, or (``locked_to``) unlock for that account."""
        if locked_to:
            self.title.setText(self.tr("Kinerja Luring terkunci"))
            self.note.setText(
                self.tr("Jendela dikunci. Masukkan kata sandi %1 untuk melanjutkan.").replace(
                    "%1", nama or locked_to
                )
            )
        else:
            self.title.setText(self.tr("Masuk ke Kinerja Luring"))
            self.note.setText(self.tr("Masukkan nama pengguna dan kata sandi Anda."))
        self.username.setText(locked_to)
        self.username.setReadOnly(bool(locked_to))
        self.other_user.setVisible(bool(locked_to))
        self.password.clear()
        self.message.clear()
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()
        (self.password if locked_to else self.username).setFocus()

    def show_message(self, text: str) -> None:
        """The refusal (wrong password, locked until, deactivated); the password is cleared."""
        self.message.setText(text)
        self.password.clear()
        self.password.setFocus()

    def _on_sign_in_clicked(self) -> None:
        if not self.username.text().strip():
            self.message.setText(self.tr("Isi nama pengguna."))
            self.username.setFocus()
            return
        self.sign_in_requested.emit(self.username.text().strip(), self.password.text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False
