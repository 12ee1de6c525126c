"""Sync screens: the office's export wizard, receipts and status; the centre's package import.

``SyncController(host)`` (a ``ui.host.FeatureHost``) adds the "Sinkronisasi" menu;
everything else hangs off it.
"""

from desktop.ui.sync.controller import SyncController

__all__ = ["SyncController"]
