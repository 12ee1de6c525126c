"""The "Jejak Audit" table: entries newest first, fetched a page at a time as the view
scrolls (``canFetchMore``/``fetchMore``), so a log of 100,000 entries opens at once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.core import audit_terms as terms
from desktop.store.audit_query import AuditEntry, AuditPage

Index = QModelIndex | QPersistentModelIndex
PageFetcher = Callable[[int | None], AuditPage]  # cursor (None: newest) → the next page

WAKTU, AKUN, SUMBER, JENIS, TABEL, BARIS, PERUBAHAN, RINGKASAN = range(8)


class AuditTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[AuditEntry] = []
        self._cursor: int | None = None
        self._fetch: PageFetcher | None = None
        self._more = False
        self._headers = [
            self.tr("Waktu"), self.tr("Akun"), self.tr("Sumber"), self.tr("Jenis"),
            self.tr("Tabel"), self.tr("Baris"), self.tr("Field: lama → baru"),
            self.tr("Ringkasan"),
        ]  # fmt: skip

    # -- loading -----------------------------------------------------------------------------
    def reset(self, fetch: PageFetcher) -> None:
        """Start over with another filter: the newest page now, older ones as the view asks."""
        self.beginResetModel()
        self._fetch = fetch
        first = fetch(None)
        self._entries = list(first.entries)
        self._cursor = first.next_cursor
        self._more = first.next_cursor is not None
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more or self._fetch is None:
            return
        page = self._fetch(self._cursor)
        if page.entries:
            first = len(self._entries)
            self.beginInsertRows(QModelIndex(), first, first + len(page.entries) - 1)
            self._entries.extend(page.entries)
            self.endInsertRows()
        self._cursor = page.next_cursor
        self._more = page.next_cursor is not None

    def entry_at(self, row: int) -> AuditEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def loaded(self) -> int:
        return len(self._entries)

    # -- Qt ----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        entry = self.entry_at(index.row())
        if entry is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (BARIS, PERUBAHAN):
            return self._text(entry, index.column(), full=True)
        return None

    def _text(self, entry: AuditEntry, column: int, *, full: bool = False) -> str:
        if column == WAKTU:
            return terms.local_time_text(entry.at)
        if column == AKUN:
            return entry.user
        if column == SUMBER:
            return terms.source_label(entry.source)
        if column == JENIS:
            return terms.kind_label(entry.action)
        if column == TABEL:
            return terms.table_label(entry.table_name)
        if column == BARIS:
            uuid = entry.row_uuid or ""
            return uuid if full or len(uuid) <= 8 else uuid[:8] + "…"
        if column == PERUBAHAN:
            lines = terms.change_lines(entry.changes(), with_old=bool(entry.before))
            return "\n".join(lines) if full else "; ".join(lines)
        return entry.summary
