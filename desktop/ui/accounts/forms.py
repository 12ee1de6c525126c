"""The small account dialogs: "Buat akun admin" (first start), "Ganti kata sandi", an account
of Kelola Akun (new, or role and scope), and the admin's password reset.

Each checks what it can with the rules of ``core.accounts`` (message under the fields, nothing
closes until it is right) and returns its result; the caller saves through ``store.accounts``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.accounts import (
    MIN_PASSWORD,
    AccountError,
    NewAccount,
    check_new_account,
    check_password,
)
from desktop.core.errors import KinerjaError
from desktop.core.nip import normalize_digits
from desktop.core.workflow import Role, role_label
from desktop.ui.widgets import ChoiceCombo

StaffLookup = Callable[[str], tuple[int, str] | None]  # NIP → (staff id, name)


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit(objectName=name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class _Form(QDialog):
    """A titled form with a message line and OK/Cancel; ``check()`` raises AccountError."""

    def __init__(self, title: str, ok_text: str, cancel_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.form = QFormLayout()
        self.message = QLabel(objectName="formMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("QLabel { color: #b00020; }")
        self.buttons = QDialogButtonBox()
        self.ok = self.buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("formOk")
        self.cancel = self.buttons.addButton(cancel_text, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._on_ok_clicked)
        self.buttons.rejected.connect(self.reject)
        self.intro = QLabel(objectName="formIntro")
        self.intro.setWordWrap(True)
        self.intro.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def check(self) -> None:
        raise NotImplementedError

    def validate(self) -> bool:
        try:
            self.check()
        except KinerjaError as exc:  # AccountError, or a NIP with letters in it
            self.message.setText(exc.message())
            return False
        self.message.clear()
        return True

    def _on_ok_clicked(self) -> None:
        if self.validate():
            self.accept()


@dataclass(frozen=True)
class AccountChoice:
    """A new account (with its password) or an account's new role, scope and employee."""

    account: NewAccount
    password: str = ""


class AdminSetupDialog(_Form):
    """Buat akun admin: the first account of a database; "Nanti" keeps working without."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Buat akun admin"), self.tr("&Buat akun"), self.tr("&Nanti"), parent
        )
        self.setObjectName("adminSetupDialog")
        self.set_intro(
            self.tr(
                "Basis data ini belum memakai akun: siapa pun yang membuka aplikasi dapat "
                "melihat dan mengubah data pribadi pegawai. Buat akun admin kepegawaian; "
                "sesudahnya setiap orang masuk dengan akunnya sendiri."
            )
        )
        self.nama = QLineEdit(objectName="adminNama")
        self.nip = QLineEdit(objectName="adminNip")
        self.username = QLineEdit("admin", objectName="adminUsername")
        self.password = _password_field("adminPassword")
        self.confirm = _password_field("adminConfirm")
        self.form.addRow(self.tr("Nama &lengkap"), self.nama)
        self.form.addRow(self.tr("&NIP (boleh kosong)"), self.nip)
        self.form.addRow(self.tr("Nama &pengguna"), self.username)
        hint = self.tr("Kata &sandi (min. %1 karakter)").replace("%1", str(MIN_PASSWORD))
        self.form.addRow(hint, self.password)
        self.form.addRow(self.tr("&Ulangi kata sandi"), self.confirm)

    def result_account(self) -> AccountChoice:
        new = NewAccount(
            self.username.text(),
            self.nama.text(),
            Role.ADMIN,
            nip=normalize_digits(self.nip.text()) if self.nip.text().strip() else "",
        )
        return AccountChoice(check_new_account(new), self.password.text())

    def check(self) -> None:
        account = self.result_account().account
        check_password(self.password.text(), username=account.username, confirm=self.confirm.text())


class PasswordDialog(_Form):
    """Ganti kata sandi: the old one, the new one twice (forced after a reset)."""

    def __init__(self, username: str, *, forced: bool = False, parent: QWidget | None = None):
        super().__init__(self.tr("Ganti kata sandi"), self.tr("&Simpan"), self.tr("Batal"), parent)
        self.setObjectName("passwordDialog")
        self.username = username
        if forced:
            self.set_intro(
                self.tr(
                    "Kata sandi Anda direset oleh admin. Pilih kata sandi baru sebelum melanjutkan."
                )
            )
        self.old = _password_field("oldPassword")
        self.new = _password_field("newPassword")
        self.confirm = _password_field("confirmPassword")
        self.form.addRow(self.tr("Kata sandi &lama"), self.old)
        hint = self.tr("Kata sandi &baru (min. %1 karakter)").replace("%1", str(MIN_PASSWORD))
        self.form.addRow(hint, self.new)
        self.form.addRow(self.tr("&Ulangi kata sandi baru"), self.confirm)

    def check(self) -> None:
        check_password(self.new.text(), username=self.username, confirm=self.confirm.text())
        if self.new.text() == self.old.text():
            raise AccountError("password_same")

    def passwords(self) -> tuple[str, str]:
        return self.old.text(), self.new.text()


class ResetDialog(_Form):
    """The admin sets a temporary password; the account chooses its own at the next login."""

    def __init__(self, username: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reset kata sandi"), self.tr("&Reset"), self.tr("Batal"), parent)
        self.setObjectName("resetDialog")
        self.username = username
        self.set_intro(
            self.tr(
                "Kata sandi sementara untuk %1; pemiliknya harus menggantinya "
                "saat masuk berikutnya."
            ).replace("%1", username)
        )
        self.new = _password_field("resetPassword")
        self.confirm = _password_field("resetConfirm")
        self.form.addRow(self.tr("Kata sandi &sementara"), self.new)
        self.form.addRow(self.tr("&Ulangi"), self.confirm)

    def check(self) -> None:
        check_password(self.new.text(), username=self.username, confirm=self.confirm.text())

    def password(self) -> str:
        return self.new.text()


class AccountDialog(_Form):
    """One account in Kelola Akun: new (with a password) or its role, OPD scope and employee."""

    def __init__(
        self,
        opds: list[tuple[int, str]],
        find_staff: StaffLookup,
        existing: NewAccount | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Akun baru") if existing is None else self.tr("Peran dan cakupan")
        super().__init__(title, self.tr("&Simpan"), self.tr("Batal"), parent)
        self.setObjectName("accountDialog")
        self.find_staff, self.is_new = find_staff, existing is None
        self.username = QLineEdit(objectName="accountUsername")
        self.nama = QLineEdit(objectName="accountNama")
        self.role = ChoiceCombo(objectName="accountRole")
        self.role.set_choices([(r.value, role_label(r)) for r in Role])
        self.staff_nip = QLineEdit(objectName="accountStaffNip")
        self.staff_name = QLabel(objectName="accountStaffName")
        self.opds = QListWidget(objectName="accountOpds")
        for unit_id, name in opds:
            item = QListWidgetItem(name, self.opds)
            item.setData(Qt.ItemDataRole.UserRole, unit_id)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.password = _password_field("accountPassword")
        self.confirm = _password_field("accountConfirm")
        self.form.addRow(self.tr("Nama &pengguna"), self.username)
        self.form.addRow(self.tr("Nama &lengkap"), self.nama)
        self.form.addRow(self.tr("&Peran"), self.role)
        self.form.addRow(self.tr("NIP &pegawai"), self.staff_nip)
        self.form.addRow("", self.staff_name)
        self.form.addRow(self.tr("&OPD (operator)"), self.opds)
        if self.is_new:
            self.form.addRow(self.tr("&Kata sandi"), self.password)
            self.form.addRow(self.tr("&Ulangi kata sandi"), self.confirm)
        else:
            self.password.hide()
            self.confirm.hide()
        self.role.currentIndexChanged.connect(self._on_role_changed)
        self.staff_nip.editingFinished.connect(self._on_nip_edited)
        if existing is not None:
            self.load(existing)
        self._on_role_changed()

    def load(self, account: NewAccount) -> None:
        self.username.setText(account.username)
        self.username.setReadOnly(True)
        self.nama.setText(account.nama)
        self.nama.setReadOnly(True)
        self.role.set_value(str(account.role))
        self.staff_nip.setText(account.nip)
        self._on_nip_edited()
        for row in range(self.opds.count()):
            item = self.opds.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in account.unit_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _on_role_changed(self) -> None:
        role = self.role.value()
        self.opds.setEnabled(role == Role.OPERATOR)
        self.staff_nip.setEnabled(role not in (Role.ADMIN, Role.OPERATOR, Role.PIMPINAN))

    def _on_nip_edited(self) -> None:
        found = self._staff()
        self.staff_name.setText(found[1] if found else "")

    def _staff(self) -> tuple[int, str] | None:
        text = self.staff_nip.text().strip()
        try:
            return self.find_staff(normalize_digits(text)) if text else None
        except KinerjaError:
            return None

    def result_account(self) -> AccountChoice:
        role = str(self.role.value())
        staff = self._staff() if self.staff_nip.isEnabled() else None
        units = (
            frozenset(
                self.opds.item(r).data(Qt.ItemDataRole.UserRole)
                for r in range(self.opds.count())
                if self.opds.item(r).checkState() == Qt.CheckState.Checked
            )
            if role == Role.OPERATOR
            else frozenset()
        )
        nip = normalize_digits(self.staff_nip.text()) if staff else ""
        new = NewAccount(
            self.username.text(),
            self.nama.text(),
            role,
            nip=nip,
            staff_id=staff[0] if staff else None,
            unit_ids=units,
        )
        return AccountChoice(new, self.password.text())

    def check(self) -> None:
        choice = self.result_account()
        account = check_new_account(choice.account)
        if self.is_new:
            check_password(choice.password, username=account.username, confirm=self.confirm.text())
