"""Sync packages between offices and their centre (DESIGN.md §6, docs/sync.md).

Office: ``export_package`` writes the next ``.kinerja`` file, ``import_receipt`` takes the
centre's receipt back, ``sync_status`` says what waits. Centre: ``set_role(db, Role.CENTRAL)``
once, then ``import_packages`` (verify, apply or hold, receipts), ``write_siasn`` for SIASN.
Both: ``export_key_file`` / ``import_key_file``. Every slow call takes
``progress(done, total) -> bool``; False cancels with ``core.errors.Cancelled`` and nothing is
changed. Refusals are ``SyncError`` (a ``KinerjaError``) and change nothing.

The names load on first use (``__getattr__``): the office window's sync menu needs the
registry and the status, not the central import with its merger (~0.1 s at start-up).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.sync.central import (
        import_packages,
        preview_packages,
    )
    from desktop.sync.copies import (
        central_rows,
        correct_row,
        list_conflicts,
        list_packages,
        office_copy,
    )
    from desktop.sync.errors import (
        SyncError,
    )
    from desktop.sync.export import (
        ExportResult,
        export_package,
    )
    from desktop.sync.keyfile import (
        KeyImport,
        export_key_file,
        import_key_file,
        read_key_file,
    )
    from desktop.sync.reader import (
        load_package,
    )
    from desktop.sync.receipts import (
        CentreCandidate,
        ReceiptResult,
        import_receipt,
        write_receipt,
    )
    from desktop.sync.registry import (
        Role,
        configured_centre,
        get_role,
        list_offices,
        revoke_office,
        set_role,
    )
    from desktop.sync.report import (
        ImportReport,
        PackageOutcome,
        State,
        save_report,
    )
    from desktop.sync.siasn import (
        SiasnResult,
        write_siasn,
    )
    from desktop.sync.status import (
        SyncStatus,
        export_log,
        sync_status,
    )
    from desktop.sync.trust import (
        NewOffice,
        TrustPolicy,
    )

_WHERE = {
    "CentreCandidate": "receipts",
    "ExportResult": "export",
    "ImportReport": "report",
    "KeyImport": "keyfile",
    "NewOffice": "trust",
    "PackageOutcome": "report",
    "ReceiptResult": "receipts",
    "Role": "registry",
    "SiasnResult": "siasn",
    "State": "report",
    "SyncError": "errors",
    "SyncStatus": "status",
    "TrustPolicy": "trust",
    "central_rows": "copies",
    "configured_centre": "registry",
    "correct_row": "copies",
    "export_key_file": "keyfile",
    "export_log": "status",
    "export_package": "export",
    "get_role": "registry",
    "import_key_file": "keyfile",
    "import_packages": "central",
    "import_receipt": "receipts",
    "list_conflicts": "copies",
    "list_offices": "registry",
    "list_packages": "copies",
    "load_package": "reader",
    "office_copy": "copies",
    "preview_packages": "central",
    "read_key_file": "keyfile",
    "revoke_office": "registry",
    "save_report": "report",
    "set_role": "registry",
    "sync_status": "status",
    "write_receipt": "receipts",
    "write_siasn": "siasn",
}

__all__ = [
    "CentreCandidate",
    "ExportResult",
    "ImportReport",
    "KeyImport",
    "NewOffice",
    "PackageOutcome",
    "ReceiptResult",
    "Role",
    "SiasnResult",
    "State",
    "SyncError",
    "SyncStatus",
    "TrustPolicy",
    "central_rows",
    "configured_centre",
    "correct_row",
    "export_key_file",
    "export_log",
    "export_package",
    "get_role",
    "import_key_file",
    "import_packages",
    "import_receipt",
    "list_conflicts",
    "list_offices",
    "list_packages",
    "load_package",
    "office_copy",
    "preview_packages",
    "read_key_file",
    "revoke_office",
    "save_report",
    "set_role",
    "sync_status",
    "write_receipt",
    "write_siasn",
]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'desktop.sync' has no attribute {name!r}")
    return getattr(import_module(f"desktop.sync.{_WHERE[name]}"), name)
