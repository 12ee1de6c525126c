"""Kelola Akun (the admin's): the office's accounts with role, scope, state and last login,
the buttons to add one, change its role and scope, reset its password or (de)activate it, and
the idle-lock minutes. The screen shows and asks; ``AccountsController`` saves."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.accounts import locked_until, utc_now
from desktop.core.audit_terms import local_time_text
from desktop.core.workflow import role_label
from desktop.store.accounts import MAX_IDLE, Account


class ManageAccountsDialog(QDialog):
    add_requested = Signal()
    edit_requested = Signal(int)  # account id
    reset_requested = Signal(int)
    toggle_requested = Signal(int)  # deactivate an active account, reactivate another
    idle_changed = Signal(int)  # minutes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("manageAccountsDialog")
        self.setWindowTitle(self.tr("Kelola Akun"))
        self.accounts: list[Account] = []
        self.table = QTableWidget(0, 6, objectName="accountsTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Nama pengguna"),
                self.tr("Nama"),
                self.tr("Peran"),
                self.tr("Cakupan"),
                self.tr("Status"),
                self.tr("Masuk terakhir"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # the scope, the longest
        self.add_button = QPushButton(self.tr("&Tambah…"), objectName="accountAdd")
        self.edit_button = QPushButton(self.tr("&Peran dan cakupan…"), objectName="accountEdit")
        self.reset_button = QPushButton(self.tr("&Reset kata sandi…"), objectName="accountReset")
        self.toggle_button = QPushButton(self.tr("&Nonaktifkan"), objectName="accountToggle")
        self.idle = QSpinBox(objectName="idleMinutes")
        self.idle.setRange(0, MAX_IDLE)
        self.idle.setSuffix(self.tr(" menit"))
        self.idle.setSpecialValueText(self.tr("tidak pernah"))
        self._build()
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(lambda: self._emit_for(self.edit_requested))
        self.reset_button.clicked.connect(lambda: self._emit_for(self.reset_requested))
        self.toggle_button.clicked.connect(lambda: self._emit_for(self.toggle_requested))
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        self.idle.editingFinished.connect(lambda: self.idle_changed.emit(self.idle.value()))
        self.resize(860, 420)

    def _build(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.reset_button, self.toggle_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        idle_row = QHBoxLayout()
        idle_label = QLabel(self.tr("&Kunci jendela bila tidak dipakai selama"))
        idle_label.setBuddy(self.idle)
        idle_row.addWidget(idle_label)
        idle_row.addWidget(self.idle)
        idle_row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addLayout(idle_row)
        layout.addWidget(close)

    def load(self, accounts: list[Account], opd_names: dict[int, str], idle: int) -> None:
        """Show ``accounts``; the selection stays on the same account when it still exists."""
        chosen = self.current_id()
        self.accounts = accounts
        self.table.setRowCount(len(accounts))
        for row, account in enumerate(accounts):
            scope = ", ".join(sorted(opd_names.get(u, str(u)) for u in account.unit_ids))
            texts = (
                account.username,
                account.nama,
                role_label(account.role),
                scope,
                self._state(account),
                local_time_text(account.login_terakhir) if account.login_terakhir else "",
            )
            for col, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, account.id)
                self.table.setItem(row, col, item)
            if account.id == chosen:
                self.table.selectRow(row)
        self.idle.setValue(idle)
        self._on_selection_changed()

    def _state(self, account: Account) -> str:
        if not account.aktif:
            return self.tr("Nonaktif")
        if locked_until(account.terkunci_sampai, utc_now()) is not None:
            return self.tr("Terkunci")
        return self.tr("Harus ganti sandi") if account.harus_ganti else self.tr("Aktif")

    def select(self, account_id: int) -> None:
        for row, account in enumerate(self.accounts):
            if account.id == account_id:
                self.table.selectRow(row)

    def current_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.accounts):
            return None
        return self.accounts[rows[0].row()].id

    def current(self) -> Account | None:
        chosen = self.current_id()
        return next((a for a in self.accounts if a.id == chosen), None)

    def _emit_for(self, signal: Signal) -> None:
        chosen = self.current_id()
        if chosen is not None:
            signal.emit(chosen)  # type: ignore[attr-defined]

    def _on_selection_changed(self) -> None:
        account = self.current()
        for button in (self.edit_button, self.reset_button, self.toggle_button):
            button.setEnabled(account is not None)
        active = account is None or account.aktif
        self.toggle_button.setText(self.tr("&Nonaktifkan") if active else self.tr("&Aktifkan"))
