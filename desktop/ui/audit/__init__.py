"""Jejak Audit (the audit trail screen) and the Laporan Data Pribadi entry: model, dialog,
controller."""

from desktop.ui.audit.controller import AuditController, install

__all__ = ["AuditController", "install"]
