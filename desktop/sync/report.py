"""The central import report: per package what happened (applied, held, refused and why) and
per row kind how many (new, updated, unchanged, deleted, conflicts), printed and saved."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from desktop.core.i18n import pick, plural
from desktop.sync.files import write_atomic
from desktop.sync.merge import Conflict

KINDS = ("new", "updated", "unchanged", "deleted", "conflicts")
SHOWN_CONFLICTS = 20


class State(StrEnum):
    APPLIED = "applied"
    HELD = "held"
    REFUSED = "refused"

    @property
    def label(self) -> str:
        return {
            "applied": pick("diterapkan", "applied"),
            "held": pick("ditahan", "held"),
            "refused": pick("ditolak", "refused"),
        }[self.value]


@dataclass
class PackageOutcome:
    file: str
    state: State
    office_uuid: str = ""
    office_nama: str = ""
    fingerprint: str = ""
    sequence: int | None = None
    base_sequence: int | None = None
    encrypted: bool = False
    code: str = ""  # why refused or held (a SyncError code)
    message: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    registered: bool = False  # the office was registered by this import
    from_backlog: bool = False  # applied from the backlog once its predecessor arrived
    receipt: str | None = None
    receipt_error: str = ""


@dataclass
class ImportReport:
    database: str
    started_at: str
    finished_at: str = ""
    outcomes: list[PackageOutcome] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Nothing refused (held packages are not an error: they wait for their turn)."""
        return all(o.state is not State.REFUSED for o in self.outcomes)

    def totals(self) -> dict[str, int]:
        out = {k: sum(o.counts.get(k, 0) for o in self.outcomes) for k in KINDS}
        for state in State:
            out[state.value] = sum(1 for o in self.outcomes if o.state is state)
        return out

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["totals"] = self.totals()
        return data

    def lines(self) -> list[str]:
        """The report as an operator reads it."""
        out = [_outcome_line(o) for o in self.outcomes]
        for o in self.outcomes:
            out.extend(_conflict_lines(o))
        t = self.totals()
        out.append(
            pick(
                f"Jumlah: {t['applied']} paket diterapkan, {t['held']} ditahan, "
                f"{t['refused']} ditolak; baris baru {t['new']}, diubah {t['updated']}, "
                f"sama {t['unchanged']}, dihapus {t['deleted']}, konflik {t['conflicts']}.",
                f"Total: {plural(t['applied'], 'paket', 'package', 'packages')} applied, "
                f"{t['held']} held, {t['refused']} "
                f"refused; rows new {t['new']}, updated {t['updated']}, unchanged "
                f"{t['unchanged']}, deleted {t['deleted']}, conflicts {t['conflicts']}.",
            )
        )
        return out


def _outcome_line(o: PackageOutcome) -> str:
    who = o.office_nama or "?"
    head = f"{o.file}: {o.state.label}"
    if o.sequence is not None:
        head += pick(f" ({who}, urutan {o.sequence})", f" ({who}, sequence {o.sequence})")
    if o.from_backlog:
        head += pick(" dari antrean", " from the backlog")
    if o.state is State.APPLIED:
        c = o.counts
        head += pick(
            f": baru {c['new']}, diubah {c['updated']}, sama {c['unchanged']}, "
            f"dihapus {c['deleted']}, konflik {c['conflicts']}",
            f": new {c['new']}, updated {c['updated']}, unchanged {c['unchanged']}, "
            f"deleted {c['deleted']}, conflicts {c['conflicts']}",
        )
    if o.registered:
        head += pick(
            f"; kantor baru didaftarkan (sidik jari {o.fingerprint})",
            f"; new office registered (fingerprint {o.fingerprint})",
        )
    if o.message:
        head += f" — {o.message}"
    if o.receipt:
        head += pick(f"; tanda terima: {o.receipt}", f"; receipt: {o.receipt}")
    if o.receipt_error:
        head += f"; {o.receipt_error}"
    return head


_KIND = {
    "both_changed": ("diubah di kantor dan di pusat; versi kantor dipakai",
                     "changed at the office and at the centre; the office's version kept"),
    "deleted_corrected": ("dihapus kantor setelah dikoreksi pusat; dihapus",
                          "deleted by the office after a centre correction; deleted"),
    "other_office": ("milik kantor lain; tidak diubah", "belongs to another office; unchanged"),
}  # fmt: skip


def _conflict_lines(o: PackageOutcome) -> list[str]:
    out = []
    for c in o.conflicts[:SHOWN_CONFLICTS]:
        fields = f" [{', '.join(c.fields)}]" if c.fields and c.kind == "both_changed" else ""
        out.append(
            f"  {pick('konflik', 'conflict')} {c.table} {c.uuid}{fields}: {pick(*_KIND[c.kind])}"
        )
    if len(o.conflicts) > SHOWN_CONFLICTS:
        rest = len(o.conflicts) - SHOWN_CONFLICTS
        out.append(pick(f"  … dan {rest} konflik lain", f"  … and {rest} more conflicts"))
    return out


def save_report(report: ImportReport, path: Path) -> Path:
    """Save the whole report (every conflict) as JSON."""
    text = json.dumps(report.as_dict(), ensure_ascii=False, indent=1, sort_keys=True)
    return write_atomic(path, (text + "\n").encode("utf-8"))
