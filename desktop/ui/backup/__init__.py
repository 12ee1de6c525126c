"""Berkas → Cadangan: list, make and restore backups; sealed copies on a USB stick."""

from desktop.ui.backup.controller import BackupController

__all__ = ["BackupController"]
