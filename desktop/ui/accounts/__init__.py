"""Accounts in the GUI: sign-in and idle lock over the main window, Ganti pengguna, Ganti kata
sandi, Kelola Akun, and "Buat akun admin" on a database without accounts."""

from desktop.ui.accounts.controller import AccountsController, install
from desktop.ui.accounts.title import signed_in_label

__all__ = ["AccountsController", "install", "signed_in_label"]
