"""One spreadsheet row → a checked Staff record (or the reasons it is refused).

Cells are read into the record on file (so the rules see the whole record, and columns the
file lacks keep their stored values), then checked with the detail dialog's rules. Superiors
are matched once every row is known, since a file may name a superior on a later row.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from typing import Any

import sqlite_utils

from desktop.core.errors import ValidationError
from desktop.core.models import Gender, JenisJabatan, Staff, StatusPegawai
from desktop.core.nip import NIP_LENGTH, PPPK_MARK
from desktop.core.staff_rules import validate_staff
from desktop.core.validation import Severity
from desktop.imports import cells, siasn_values
from desktop.imports.cells import CellProblem, Lookups
from desktop.imports.headers import FIELD_LABELS, UNIT_KEYS, field_of
from desktop.imports.unit_paths import Step, unit_path
from desktop.imports.unit_plan import UnitRef
from desktop.store import staff as staff_store

Reader = Callable[[Lookups, object, str], Any]


@dataclass
class RowIssue:
    row: int
    column: str  # as written in the file
    message: str
    severity: Severity = Severity.ERROR


@dataclass
class RowContext:
    """What every row needs: where each key's column is, lookups, and the staff on record."""

    db: sqlite_utils.Database
    today: date
    index: dict[str, int]  # key -> column position
    headers: dict[str, str]  # key -> header as written
    lookups: Lookups
    ids: dict[str, int]  # NIP on record -> staff id
    nips: dict[int, str]  # staff id -> NIP
    seen: dict[str, int] = field(default_factory=dict)  # NIP -> first row in the file
    fields: set[str] = field(init=False)  # the Staff fields the file carries
    _columns: dict[str, str] = field(init=False)  # Staff field -> header
    readers: list[tuple[str, str, Reader]] = field(init=False)  # (key, header, reader)

    def __post_init__(self) -> None:
        self.fields = {field_of(key) for key in self.index}
        self.readers = [
            (key, self.headers[key], _READERS[key]) for key in self.index if key in _READERS
        ]
        self._columns = {}
        for key, header in self.headers.items():
            self._columns.setdefault(field_of(key), header)

    def column(self, staff_field: str) -> str:
        """The header a field came from, or its usual name when the file has no such column."""
        return self._columns.get(staff_field) or FIELD_LABELS.get(staff_field, staff_field)


@dataclass
class Draft:
    """A row on its way to a PlannedRow; its action is known once superiors are resolved."""

    row: int
    nip: str
    nama: str = ""
    issues: list[RowIssue] = field(default_factory=list)
    staff: Staff | None = None
    existing: Staff | None = None
    atasan_nip: str = ""
    unit_path: list[Step] = field(default_factory=list)  # the unit as the row names it
    unit_ref: UnitRef | None = None  # set once every row's unit is known (unit_plan)
    instansi: str = ""

    @property
    def rejected(self) -> bool:
        return self.staff is None or any(i.severity is Severity.ERROR for i in self.issues)

    def error(self, column: str, message: str) -> None:
        self.issues.append(RowIssue(self.row, column, message, Severity.ERROR))


def plan_row(ctx: RowContext, number: int, raw: dict[str, Any]) -> Draft:
    """Read one non-empty row: NIP first (a row without a readable one goes no further)."""
    nip_column = ctx.headers["nip"]
    written = "" if raw["nip"] is None else str(raw["nip"]).strip()
    draft = Draft(number, written, cells.text(raw.get("nama")))
    try:
        if cells.is_blank(raw["nip"]):
            raise CellProblem("required", column=nip_column)
        draft.nip = cells.read_nip(raw["nip"])
    except ValidationError as exc:
        draft.error(nip_column, exc.message())
        return draft
    if (first := ctx.seen.get(draft.nip)) is not None:
        draft.error(nip_column, CellProblem("duplicate", nip=draft.nip, row=first).message())
        return draft
    ctx.seen[draft.nip] = number
    staff_id = ctx.ids.get(draft.nip)
    draft.existing = staff_store.get_staff(ctx.db, staff_id) if staff_id is not None else None
    staff = copy.copy(draft.existing) if draft.existing else Staff(draft.nip, "")
    _fill(ctx, draft, staff, raw)
    _check(ctx, draft, staff)
    return draft


def _as_text(lk: Lookups, value: object, column: str) -> str:
    return cells.text(value)


def _choice(name: str, lk: Lookups, value: object, column: str) -> Any:
    return lk.choice(name, value, column)


def _plain(reader: Callable[[object], Any]) -> Reader:
    return lambda lk, value, column: reader(value)


_TEXT_FIELDS = (
    "nama",
    "gelar_depan",
    "gelar_belakang",
    "tempat_lahir",
    "jabatan",
    "email",
    "alamat",
    "nip_lama",
    "siasn_id",
    "jenis_pegawai",
)
_DATE_FIELDS = ("tanggal_lahir", "tmt_golongan", "tmt_cpns", "tmt_pns", "tmt_jabatan",
                "kontrak_selesai")  # fmt: skip
_CHOICE_FIELDS = {
    "agama_id": "agama", "status_perkawinan_id": "status_perkawinan",
    "jenjang": "jenjang", "eselon_id": "eselon", "kedudukan_hukum": "kedudukan_hukum",
}  # fmt: skip
# Every key but nip, unit_kode, unit_nama and atasan_nip, which need more than one cell.
_READERS: dict[str, Reader] = {
    **dict.fromkeys(_TEXT_FIELDS, _as_text),
    **dict.fromkeys(_DATE_FIELDS, _plain(cells.read_date)),
    **{name: partial(_choice, table) for name, table in _CHOICE_FIELDS.items()},
    "golongan": siasn_values.golongan_code,
    "jenis_jabatan": siasn_values.jenis_jabatan,
    "pendidikan": siasn_values.pendidikan,
    "tahun_lulus": _plain(cells.read_year),
    "nik": _plain(cells.read_nik),
    "no_hp": _plain(cells.read_phone),
    "status": _plain(siasn_values.read_status),
    "jenis_kelamin": _plain(cells.read_gender),
    "aktif": _plain(cells.read_yes_no),
}


def _fill(ctx: RowContext, draft: Draft, staff: Staff, raw: dict[str, Any]) -> None:
    """Set every field the file carries; a cell that cannot be read becomes an error."""
    values: dict[str, Any] = {}
    for key, header, reader in ctx.readers:
        try:
            values[key] = reader(ctx.lookups, raw[key], header)
        except ValidationError as exc:
            draft.error(header, exc.message())
    _fill_defaults(draft, values)
    _check_aktif(ctx, draft, staff, values)
    _fill_jenis_jabatan(ctx, draft, staff, values, raw.get("jenis_jabatan"))
    for name, value in values.items():
        setattr(staff, name, value)
    _fill_unit(ctx, draft, staff, raw)
    _fill_atasan(ctx, draft, raw)


def _fill_defaults(draft: Draft, values: dict[str, Any]) -> None:
    """Status and gender that are blank or absent: as on record, else as the NIP says. SIASN
    writes "P" for PPPK too, so an NI PPPK or a PPPK jenis pegawai decides over it."""
    digits, existing = draft.nip, draft.existing
    written = values.get("jenis_pegawai", existing.jenis_pegawai if existing else "")
    if values.get("status") in (None, StatusPegawai.PNS) and siasn_values.is_pppk(
        digits, written or ""
    ):
        values["status"] = StatusPegawai.PPPK
    if values.get("status") is None:
        pppk = len(digits) == NIP_LENGTH and digits[12:14] == PPPK_MARK
        inferred = StatusPegawai.PPPK if pppk else StatusPegawai.PNS
        values["status"] = existing.status if existing else inferred
    if values.get("jenis_kelamin") is None:
        from_nip = {"1": Gender.L, "2": Gender.P}.get(digits[14:15])
        values["jenis_kelamin"] = existing.jenis_kelamin if existing else from_nip
    if "kedudukan_hukum" in values and values["kedudukan_hukum"] is None:
        values["kedudukan_hukum"] = existing.kedudukan_hukum if existing else "01"


def _check_aktif(ctx: RowContext, draft: Draft, staff: Staff, values: dict[str, Any]) -> None:
    """The Aktif column is shown, not obeyed: (de)activation needs a reason, so the app does it."""
    written = values.pop("aktif", None)
    if written is not None and written != staff.aktif:
        draft.error(ctx.headers["aktif"], CellProblem("aktif_change").message())


def _fill_jenis_jabatan(
    ctx: RowContext, draft: Draft, staff: Staff, values: dict[str, Any], written: object
) -> None:
    """ "Struktural" takes its level from the eselon; other kinds are read as they are."""
    if values.get("jenis_jabatan") == cells.STRUKTURAL:
        eselon = values.get("eselon_id", staff.eselon_id)
        title = siasn_values.jenis_from_title(values.get("jabatan", staff.jabatan) or "")
        try:
            values["jenis_jabatan"] = cells.jenis_from_eselon(eselon, written)
        except CellProblem as exc:
            if title is not None:  # SIASN names no eselon, but "Kepala Seksi" says enough
                values["jenis_jabatan"] = title
            else:
                draft.error(ctx.headers["jenis_jabatan"], exc.message())
                del values["jenis_jabatan"]
    if values.get("jenis_jabatan"):
        values["jenis_jabatan"] = JenisJabatan(values["jenis_jabatan"])


def _fill_unit(ctx: RowContext, draft: Draft, staff: Staff, raw: dict[str, Any]) -> None:
    """By Kode Unit when the row gives one; a path of names is matched once every row is
    read (``staff_units``), since the list as a whole decides which names are typos."""
    draft.instansi = cells.text(raw.get("instansi"))
    if not any(key in raw for key in UNIT_KEYS if key != "instansi"):
        return
    kode = raw.get("unit_kode")
    if not cells.is_blank(kode):
        try:
            staff.unit_id = ctx.lookups.unit_id(kode, None)
        except CellProblem as exc:
            draft.error(ctx.headers["unit_kode"], exc.message())
        return
    draft.unit_path = unit_path(raw)
    if not draft.unit_path:
        staff.unit_id = None


def _fill_atasan(ctx: RowContext, draft: Draft, raw: dict[str, Any]) -> None:
    """Only the superior's NIP is read here; it is matched once every row is known."""
    if "atasan_nip" not in raw or cells.is_blank(raw["atasan_nip"]):
        return
    try:
        draft.atasan_nip = cells.read_nip(raw["atasan_nip"])
    except ValidationError as exc:
        draft.error(ctx.headers["atasan_nip"], exc.message())


def _check(ctx: RowContext, draft: Draft, staff: Staff) -> None:
    """The same rules as the detail dialog; the record is kept only when nothing blocks it."""
    for issue in validate_staff(staff, today=ctx.today).issues:
        draft.issues.append(
            RowIssue(draft.row, ctx.column(issue.field), issue.message, issue.severity)
        )
    draft.staff = staff


def resolve_atasan(ctx: RowContext, drafts: list[Draft]) -> None:
    """Each superior must be on record or on an accepted row of this file; rejecting one row
    can orphan another, so repeat until nothing changes."""
    in_file = {d.nip: d for d in drafts if ctx.seen.get(d.nip) == d.row}
    column = ctx.headers.get("atasan_nip", "")
    changed = True
    while changed:
        changed = False
        for draft in drafts:
            if not draft.atasan_nip or draft.rejected:
                continue
            problem = _atasan_problem(ctx, draft, in_file.get(draft.atasan_nip))
            if problem is not None:
                draft.error(column, problem.message())
                changed = True
    for draft in drafts:
        if draft.staff is not None and "atasan_nip" in ctx.index:
            draft.staff.atasan_id = ctx.ids.get(draft.atasan_nip)


def _atasan_problem(ctx: RowContext, draft: Draft, atasan: Draft | None) -> CellProblem | None:
    if draft.atasan_nip == draft.nip:
        return CellProblem("atasan_self")
    if draft.atasan_nip in ctx.ids:
        return None
    if atasan is None:
        return CellProblem("atasan_unknown", nip=draft.atasan_nip)
    if atasan.rejected:
        return CellProblem("atasan_rejected", nip=draft.atasan_nip, row=atasan.row)
    return None
