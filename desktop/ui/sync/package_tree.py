"""The central import screen's two lists: packages per office, and the conflicts.

A centre holds a few dozen offices and some hundred packages, so plain item widgets are enough.
Applied, held and superseded packages come from the database; refused ones are never stored (a
refusal changes nothing), so the screen keeps this session's refusals beside them, under their
office when the manifest named one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from desktop.sync import PackageOutcome
from desktop.ui.formatting import format_count
from desktop.ui.sync.labels import (
    HELD,
    REFUSED,
    SUPERSEDED,
    conflict_label,
    format_when,
    state_colors,
    state_label,
    table_label,
)

FILE, SEQUENCE, STATE, RECEIVED, ROWS, DETAIL = range(6)
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_ROLE = Qt.ItemDataRole.UserRole + 2
SAMPLE_FILE = "bkpsdm-kabupaten-rejang-lebong-914ff7-00012-20261123.kinerja"  # sizes the column


@dataclass(frozen=True)
class Refusal:
    """A package refused in this session, with when it was tried."""

    outcome: PackageOutcome
    at: str


def reason_text(outcome: PackageOutcome) -> str:
    """Why a package was refused or held, as the screen says it. The sync layer's sentence for
    an unknown office points at the command line; here the way is to confirm the fingerprint."""
    if outcome.code == "unknown_office":
        return (
            QCoreApplication.translate(
                "PackageTree",
                "Kantor %1 belum terdaftar dan sidik jarinya (%2) tidak dikonfirmasi. Cocokkan "
                "sidik jari dengan kantor itu lalu impor ulang, atau impor dulu berkas kuncinya. "
                "Tidak ada yang diubah.",
            )
            .replace("%1", outcome.office_nama or "?")
            .replace("%2", outcome.fingerprint or "?")
        )
    return outcome.message


class PackageTree(QTreeWidget):
    """Offices, each with its packages newest first: sequence, state, when, rows, details."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packageTree")
        self.setHeaderLabels(
            [self.tr("Kantor / berkas paket"), self.tr("Urutan"), self.tr("Status"),
             self.tr("Diterima"), self.tr("Baris"), self.tr("Keterangan")]
        )  # fmt: skip
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        width = self.fontMetrics().horizontalAdvance
        header.resizeSection(FILE, width(SAMPLE_FILE) + self.indentation() + 40)
        header.resizeSection(SEQUENCE, width(self.tr("Urutan")) + 20)
        header.resizeSection(STATE, width(state_label(SUPERSEDED)) + 20)
        header.resizeSection(RECEIVED, width("30-09-2026 12.34") + 20)
        header.resizeSection(ROWS, width("000.000") + 24)

    def load(self, offices: Iterable[Any], packages: Iterable[Any], refused: list[Refusal]) -> None:
        """Rebuild from ``list_offices``, ``list_packages`` and this session's refusals."""
        self.clear()
        nodes: dict[str, QTreeWidgetItem] = {}
        for office in offices:
            nodes[office.office_uuid] = self._office_item(office)
        for package in packages:
            parent = nodes.get(package.office_uuid)
            if parent is not None:
                self._package_item(parent, package)
        for refusal in reversed(refused):
            self._refused_item(self._refusal_parent(nodes, refusal.outcome), refusal)
        self.expandAll()

    def _office_item(self, office: Any) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self)
        revoked = office.status == "revoked"
        item.setText(FILE, office.label)
        item.setToolTip(FILE, f"{office.nama}\n{office.instansi}")
        item.setText(STATE, self.tr("dicabut") if revoked else self.tr("terdaftar"))
        item.setText(RECEIVED, format_when(office.last_package_at, short=True))
        item.setText(
            DETAIL,
            self.tr("diterapkan sampai urutan %1 · sidik jari %2")
            .replace("%1", str(office.applied_sequence))
            .replace("%2", office.fingerprint),
        )
        detail = (
            self.tr("Kantor %1 (%2)\nSidik jari kunci: %3\nTerdaftar %4 oleh %5")
            .replace("%1", office.label)
            .replace("%2", office.instansi or "—")
            .replace("%3", office.fingerprint)
            .replace("%4", format_when(office.registered_at))
            .replace("%5", office.registered_by or "—")
        )
        if revoked:
            detail += "\n" + self.tr("Kunci dicabut %1. %2").replace(
                "%1", format_when(office.revoked_at)
            ).replace("%2", office.revoked_reason)
        item.setData(FILE, DETAIL_ROLE, detail)
        font = QFont(item.font(FILE))
        font.setBold(True)
        item.setFont(FILE, font)
        return item

    def _package_item(self, parent: QTreeWidgetItem, package: Any) -> None:
        item = QTreeWidgetItem(parent)
        item.setText(FILE, package.file_name)
        item.setText(SEQUENCE, str(package.sequence))
        self._set_state(item, package.state)
        item.setText(RECEIVED, format_when(package.received_at, short=True))
        item.setText(ROWS, format_count(package.rows_total))
        item.setTextAlignment(ROWS, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        c = package.counts
        if package.state == HELD:
            detail = self.tr("menunggu paket urutan %1 dari kantor ini").replace(
                "%1", str(package.base_sequence)
            )
        elif package.state == SUPERSEDED:
            detail = self.tr("sudah tercakup paket yang lebih baru; tidak diterapkan")
        else:
            detail = (
                self.tr("baru %1 · diubah %2 · sama %3 · dihapus %4 · konflik %5")
                .replace("%1", format_count(c["new"]))
                .replace("%2", format_count(c["updated"]))
                .replace("%3", format_count(c["unchanged"]))
                .replace("%4", format_count(c["deleted"]))
                .replace("%5", format_count(c["conflicts"]))
            )
        item.setText(DETAIL, detail)
        item.setToolTip(DETAIL, detail)
        if package.full:
            kind = self.tr("paket lengkap")
        else:
            kind = self.tr("perubahan sejak paket urutan %1").replace(
                "%1", str(package.base_sequence)
            )
        lines = [package.file_name, f"{state_label(package.state)} — {detail}", kind]
        lines.append(self.tr("diterima %1").replace("%1", format_when(package.received_at)))
        if package.applied_at:
            lines.append(self.tr("diterapkan %1").replace("%1", format_when(package.applied_at)))
        item.setData(FILE, DETAIL_ROLE, "\n".join(lines))

    def _refusal_parent(
        self, nodes: dict[str, QTreeWidgetItem], outcome: PackageOutcome
    ) -> QTreeWidgetItem:
        key = outcome.office_uuid or "?"
        if key not in nodes:
            item = QTreeWidgetItem(self)
            item.setText(
                FILE,
                outcome.office_nama + self.tr(" (belum terdaftar)")
                if outcome.office_nama
                else self.tr("Berkas tidak dikenal"),
            )
            item.setText(DETAIL, outcome.fingerprint and self.tr("sidik jari %1").replace(
                "%1", outcome.fingerprint
            ))  # fmt: skip
            item.setData(FILE, DETAIL_ROLE, item.text(FILE))
            nodes[key] = item
        return nodes[key]

    def _refused_item(self, parent: QTreeWidgetItem, refusal: Refusal) -> None:
        outcome = refusal.outcome
        item = QTreeWidgetItem()
        parent.insertChild(0, item)
        item.setText(FILE, outcome.file)
        item.setText(SEQUENCE, "" if outcome.sequence is None else str(outcome.sequence))
        self._set_state(item, REFUSED)
        item.setText(RECEIVED, format_when(refusal.at, short=True))
        reason = reason_text(outcome)
        item.setText(DETAIL, reason)
        item.setToolTip(DETAIL, reason)
        item.setData(FILE, DETAIL_ROLE, f"{outcome.file}\n{state_label(REFUSED)}: {reason}")

    def _set_state(self, item: QTreeWidgetItem, state: str) -> None:
        fg, bg = state_colors(state)
        item.setText(STATE, state_label(state))
        item.setData(STATE, STATE_ROLE, state)
        item.setForeground(STATE, QBrush(fg))
        item.setBackground(STATE, QBrush(bg))

    def first_package(self, state: str | None = None) -> QTreeWidgetItem | None:
        """The first package row (in ``state``, when given)."""
        return next(
            (r for r in self.rows() if state is None or r.data(STATE, STATE_ROLE) == state), None
        )

    def rows(self) -> list[QTreeWidgetItem]:
        """Every package row (not the office rows), top to bottom."""
        out = []
        for n in range(self.topLevelItemCount()):
            office = self.topLevelItem(n)
            out += [office.child(k) for k in range(office.childCount())]
        return out


def describe_row(table: str, value: dict[str, Any] | None, row_uuid: str) -> str:
    """A conflicting row as an analyst recognises it: a person's name and NIP, else the table
    and the start of its uuid."""
    value = value or {}
    name = value.get("nama") or value.get("uraian") or value.get("indikator")
    nip = value.get("nip")
    if name and nip:
        return f"{name} ({nip})"
    if name:
        return str(name)
    return f"{table_label(table)} {row_uuid[:8]}"


class ConflictTable(QTableWidget):
    """The rows changed at both ends, and how the documented rule settled each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self.setObjectName("conflictTable")
        self.setHorizontalHeaderLabels(
            [self.tr("Kantor"), self.tr("Jenis data"), self.tr("Data"), self.tr("Kolom"),
             self.tr("Penyelesaian"), self.tr("Nilai pusat → kantor")]
        )  # fmt: skip
        self.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.horizontalHeader().setStretchLastSection(True)

    def load(self, conflicts: list[Any], office_names: dict[str, str]) -> None:
        self.setRowCount(len(conflicts))
        for n, c in enumerate(conflicts):
            values = [
                office_names.get(c.office_uuid, c.office_uuid[:8]),
                table_label(c.table),
                describe_row(c.table, c.office_value or c.centre_value, c.uuid),
                ", ".join(c.fields),
                conflict_label(c.kind),
                self._values_text(c),
            ]
            tip = self._values_tip(c)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(tip)
                self.setItem(n, column, item)
        for column in range(self.columnCount() - 1):  # the values stretch (full text in the tip)
            self.resizeColumnToContents(column)

    @staticmethod
    def _values_text(c: Any) -> str:
        """The first changed field's two values, e.g. ``'Analis SDM' → 'Analis Kepegawaian'``."""
        if c.kind != "both_changed" or not c.fields:
            return ""
        name = c.fields[0]
        centre, office = c.centre_value or {}, c.office_value or {}
        more = f" (+{len(c.fields) - 1})" if len(c.fields) > 1 else ""
        return f"{centre.get(name)!s} → {office.get(name)!s}{more}"

    def _values_tip(self, c: Any) -> str:
        lines = [f"{table_label(c.table)} {c.uuid}", format_when(c.created_at)]
        centre, office = c.centre_value or {}, c.office_value or {}
        for name in c.fields[:12]:
            lines.append(
                self.tr("%1: pusat %2 → kantor %3")
                .replace("%1", name)
                .replace("%2", repr(centre.get(name)))
                .replace("%3", repr(office.get(name)))
            )
        return "\n".join(lines)
