"""What a centre holds, for its analysts: offices with their last package and receipt, the
merged staff, and the predikat distribution per office and year against the SE MenPANRB
3/2023 quotas (``core.distribution.check_distribution``, the same check every office screen
uses).

Everything is read through the views of migration 0012 (``central_*_v``), so a second centre
backend only has to provide views of the same names and columns.

Which evaluations make an office's year: its annual ones (``TAHUNAN``) when it has any, else
those of its latest period that year (``TW4``, ``B12``); every evaluation with a predikat
counts, set (ditetapkan) or not, as the appraisal workspace counts them, and ``final`` says
how many are set. The quotas are those of the capaian kinerja organisasi of the office's top
unit (the unit without a parent) for that year and period, else its annual one; without a
capaian the counts are shown and not judged.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import sqlite_utils

from desktop.core.appraisal import CapaianOrganisasi, Predikat
from desktop.core.distribution import (
    Breach,
    check_distribution,
    count_predikat,
    distribution_note,
)
from desktop.sync.registry import office_label


@dataclass(frozen=True)
class OfficeSummary:
    """One office as the centre sees it."""

    office_uuid: str
    nama: str
    instansi: str
    status: str  # active | revoked
    sequence: int  # last applied package (0: none yet)
    file_name: str | None
    received_at: str | None
    applied_at: str | None
    receipt_at: str | None
    held: int  # packages waiting for their base
    staff: int  # live staff rows
    staff_active: int

    @property
    def label(self) -> str:
        return office_label(self.nama, self.instansi, self.office_uuid)


def office_summaries(db: sqlite_utils.Database) -> list[OfficeSummary]:
    rows = db.execute(
        "SELECT office_uuid, nama, instansi, status, applied_sequence, last_file_name, "
        "last_received_at, last_applied_at, last_receipt_at, held_packages, staff_rows, "
        "staff_active FROM central_office_v "
        "ORDER BY instansi COLLATE NOCASE, nama COLLATE NOCASE, office_uuid"
    ).fetchall()
    return [OfficeSummary(*r) for r in rows]


@dataclass(frozen=True)
class MergedStaff:
    uuid: str
    office_nama: str
    nip: str
    nama: str
    golongan: str | None
    jabatan: str
    unit_nama: str | None
    aktif: bool
    received_at: str


def merged_staff(
    db: sqlite_utils.Database, *, office_uuid: str | None = None, limit: int | None = None
) -> list[MergedStaff]:
    """The merged staff, by office then name (``limit`` rows at most)."""
    sql = (
        "SELECT uuid, office_nama, nip, trim(gelar_depan || ' ' || nama || "
        "CASE WHEN gelar_belakang <> '' THEN ', ' || gelar_belakang ELSE '' END), golongan, "
        "jabatan, unit_nama, aktif, received_at FROM central_staff_v"
    )
    params: list = []
    if office_uuid is not None:
        sql += " WHERE office_uuid = ?"
        params.append(office_uuid)
    sql += " ORDER BY office_nama COLLATE NOCASE, nama COLLATE NOCASE, uuid"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [
        MergedStaff(r[0], r[1] or "", r[2] or "", r[3] or "", r[4], r[5] or "", r[6], r[7] == 1,
                    r[8])
        for r in db.execute(sql, params)
    ]  # fmt: skip


def staff_totals(db: sqlite_utils.Database) -> tuple[int, int]:
    """(live merged staff, offices holding any)."""
    row = db.execute(
        "SELECT coalesce(sum(staff_rows), 0), count(*) FILTER (WHERE staff_rows > 0) "
        "FROM central_office_v"
    ).fetchone()
    return int(row[0]), int(row[1])


@dataclass
class OfficeYear:
    """The predikat distribution of one office in one year, judged against its quotas."""

    office_uuid: str
    office_nama: str
    tahun: int
    periode: str
    counts: dict[Predikat, int]
    final: int  # evaluations set (ditetapkan) among them
    capaian: CapaianOrganisasi | None
    breaches: list[Breach] = field(default_factory=list)
    note: str = ""

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def distribution(db: sqlite_utils.Database) -> list[OfficeYear]:
    """Per office and year (newest year first), the counts of its year's evaluations."""
    groups: dict[tuple[str, int, str], list[tuple[str, str, int]]] = defaultdict(list)
    names: dict[str, str] = {}
    for office, nama, tahun, periode, predikat, status, n in db.execute(
        "SELECT office_uuid, office_nama, tahun, periode, predikat, status, count(*) "
        "FROM central_evaluasi_v WHERE predikat IS NOT NULL AND tahun IS NOT NULL "
        "GROUP BY office_uuid, office_nama, tahun, periode, predikat, status"
    ):
        groups[(office, int(tahun), periode)].append((predikat, status, n))
        names[office] = nama or ""
    for office, nama, instansi in db.execute("SELECT office_uuid, nama, instansi FROM sync_office"):
        if office in names:
            names[office] = office_label(nama, instansi, office)
    chosen: dict[tuple[str, int], str] = {}
    for office, tahun, periode in groups:
        current = chosen.get((office, tahun))
        if current is None or _period_rank(periode) > _period_rank(current):
            chosen[(office, tahun)] = periode
    capaian = _capaian(db)
    out = []
    for (office, tahun), periode in chosen.items():
        rows = groups[(office, tahun, periode)]
        counts = count_predikat([])  # every predikat, zeros included
        for p, _s, n in rows:
            if p in _PREDIKAT:
                counts[Predikat(p)] += n
        level = capaian.get((office, tahun, periode)) or capaian.get((office, tahun, "TAHUNAN"))
        year = OfficeYear(
            office, names[office], tahun, periode, counts,
            sum(n for _p, s, n in rows if s == "ditetapkan"), level,
        )  # fmt: skip
        if level is not None:
            year.breaches = check_distribution(level, counts)
        year.note = distribution_note(counts)
        out.append(year)
    out.sort(key=lambda y: (-y.tahun, y.office_nama.lower(), y.office_uuid))
    return out


_PREDIKAT = frozenset(p.value for p in Predikat)


def _period_rank(periode: str) -> tuple[int, str]:
    """TAHUNAN above every periodic period; among those the latest (TW4 > TW3, B12 > B01)."""
    return (1 if periode == "TAHUNAN" else 0, periode)


def _capaian(db: sqlite_utils.Database) -> dict[tuple[str, int, str], CapaianOrganisasi]:
    """The capaian of each office's top unit, by (office, year, period)."""
    rows = db.execute(
        "SELECT c.office_uuid, c.tahun, c.periode, c.capaian FROM central_capaian_v c "
        "JOIN central_unit_v u ON u.uuid = c.unit_uuid AND u.office_uuid = c.office_uuid "
        "WHERE u.parent_uuid IS NULL"
    ).fetchall()
    out = {}
    for office, tahun, periode, level in rows:
        try:
            out[(office, int(tahun), periode)] = CapaianOrganisasi(level)
        except (ValueError, TypeError):  # validated on import; an old row is not judged
            continue
    return out
