"""SIASN-ready output: one record per set (ditetapkan) evaluation of a year, with the field
names and codes of SIASN's ``/skp22/save`` (annual) and ``/kinerjaperiodik/save`` (periodic).

Written at the centre from its copies of every office (or at an office from its own data),
for whoever holds the API credentials to upload. Each record carries the payload to send and
the employee's NIP beside it: SIASN wants its own person id (``pnsDinilaiOrang`` /
``pnsDinilaiId``), which the uploader looks up by NIP, and document ids in ``path`` once the
PDFs are uploaded; those stay ``null`` / empty here (docs/sync.md).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from desktop.core.appraisal import Predikat, Rating
from desktop.core.periods import ANNUAL, parse_period
from desktop.store.reference import golongan
from desktop.store.units import get_office
from desktop.sync.copies import central_rows
from desktop.sync.export import table_records
from desktop.sync.files import require_folder, write_atomic
from desktop.sync.keys import utc_now
from desktop.sync.manifest import canonical
from desktop.sync.registry import Role, get_role, list_offices
from desktop.sync.tables import BY_NAME

SIASN_FORMAT = "kinerja-luring-siasn"
ANNUAL_ENDPOINT = "/skp22/save"
PERIODIC_ENDPOINT = "/kinerjaperiodik/save"
_GOLONGAN_IN_LABEL = re.compile(r"\(([IVX]+(?:/[a-e])?)\)\s*$")

Rows = Callable[[str], Iterator[tuple[str, dict[str, Any]]]]


@dataclass
class SiasnResult:
    tahun: int
    files: list[Path]
    annual: int
    periodic: int
    skipped: dict[str, int] = field(default_factory=dict)


def write_siasn(db: sqlite_utils.Database, tahun: int, folder: Path) -> SiasnResult:
    """Write ``siasn-skp22-<tahun>.json`` and ``siasn-kinerjaperiodik-<tahun>.json``."""
    require_folder(folder)
    annual, periodic, skipped = build_records(db, tahun)
    files = []
    for endpoint, records, stem in (
        (ANNUAL_ENDPOINT, annual, "skp22"),
        (PERIODIC_ENDPOINT, periodic, "kinerjaperiodik"),
    ):
        head = {
            "format": SIASN_FORMAT, "format_version": 1, "endpoint": endpoint, "tahun": tahun,
            "created_at": utc_now(),
        }  # fmt: skip
        files.append(write_atomic(folder / f"siasn-{stem}-{tahun}.json", _document(head, records)))
    return SiasnResult(tahun, files, len(annual), len(periodic), dict(sorted(skipped.items())))


def _document(head: dict[str, Any], records: list[dict[str, Any]]) -> bytes:
    """The file: the header fields, then ``records`` with one record per line (readable, and
    written by the C encoder: 600,000 records in seconds)."""
    lines = ",\n".join(canonical(r) for r in records)
    opening = canonical(head)[:-1]
    body = f'{opening},"records":[\n{lines}\n]}}\n' if records else f'{opening},"records":[]}}\n'
    return body.encode("utf-8")


def build_records(
    db: sqlite_utils.Database, tahun: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], Counter[str]]:
    """(annual records, periodic records, skipped evaluations by reason), office by office
    (each office's rows lie together in the centre's table: read in file order)."""
    gol_ids = {g.kode: g.siasn_id for g in golongan(db)}
    annual: list[dict[str, Any]] = []
    periodic: list[dict[str, Any]] = []
    skipped: Counter[str] = Counter()
    for office_uuid, office_name, rows in _sources(db):
        staff = dict(rows("staff"))
        skp = {u: d for u, d in rows("skp") if d.get("tahun") == tahun}
        if not skp:
            continue
        by_nip = {d["nip"]: d for d in staff.values()}
        for ev_uuid, ev in rows("evaluasi"):
            plan = skp.get(ev.get("skp_uuid") or "")
            if plan is None:
                continue
            reason = _skip_reason(ev, plan, staff)
            if reason:
                skipped[reason] += 1
                continue
            person = staff[plan["staff_uuid"]]
            period = _period(ev["periode"])
            record = {
                "nipBaru": person["nip"], "nama": person["nama"], "periode": period[0],
                "kantor": office_name, "sumber": {"kantor": office_uuid, "evaluasi": ev_uuid},
                "payload": _payload(ev, tahun, period, gol_ids, by_nip),
            }  # fmt: skip
            (annual if period[0] == ANNUAL else periodic).append(record)
    for records in (annual, periodic):
        records.sort(key=_record_order)
    return annual, periodic, skipped


_PERIOD_ORDER = {
    p: n
    for n, p in enumerate(
        ["TW1", "TW2", "TW3", "TW4", *(f"B{m:02d}" for m in range(1, 13)), ANNUAL]
    )
}


def _record_order(record: dict[str, Any]) -> tuple[str, int, str]:
    return record["nipBaru"], _PERIOD_ORDER.get(record["periode"], 99), record["sumber"]["evaluasi"]


def _sources(db: sqlite_utils.Database) -> Iterator[tuple[str, str, Rows]]:
    """``(office uuid, name, rows(table))`` per office: the centre's copies of every office,
    or this office's own tables."""
    if get_role(db) is Role.CENTRAL:
        for office in list_offices(db):
            yield office.office_uuid, office.label, _copies(db, office.office_uuid)
        return
    office = get_office(db)

    def own(table: str) -> Iterator[tuple[str, dict[str, Any]]]:
        for row_uuid, _rev, _at, _origin, data in table_records(db, BY_NAME[table], since_rev=0):
            yield row_uuid, data

    yield office.office_uuid, office.nama_kantor or office.instansi, own


def _copies(db: sqlite_utils.Database, office_uuid: str) -> Rows:
    def rows(table: str) -> Iterator[tuple[str, dict[str, Any]]]:
        for row_uuid, _owner, data in central_rows(db, table, office_uuid=office_uuid):
            yield row_uuid, data

    return rows


def _skip_reason(ev: dict[str, Any], plan: dict[str, Any], staff: dict[str, Any]) -> str:
    if ev.get("status") != "ditetapkan":
        return "belum_ditetapkan"
    if not (ev.get("rating_hasil") and ev.get("rating_perilaku") and ev.get("predikat")):
        return "rating_belum_lengkap"
    if plan.get("staff_uuid") not in staff:
        return "pegawai_tidak_ada"
    return ""


_RATING = {r.value: r.siasn_code for r in Rating}  # perilakuDanKinerja
_KUADRAN = {p.value: p.siasn_code for p in Predikat}  # kuadranNilai


@functools.cache
def _period(code: str) -> tuple[str, int | None, int, int]:
    """(code, SIASN periodik, first month, last month) of a period code, parsed once."""
    period = parse_period(code)
    return period.code, period.siasn_periodik, period.first, period.last


def _payload(
    ev: dict[str, Any],
    tahun: int,
    period: tuple[str, int | None, int, int],
    gol_ids: dict[str, int | None],
    by_nip: dict[str, dict[str, Any]],
) -> dict[str, Any]:
    nip = ev.get("penilai_nip") or ""
    common = {
        "tahun": tahun,
        "hasilKinerjaNilai": _RATING[ev["rating_hasil"]],
        "perilakuKerjaNilai": _RATING[ev["rating_perilaku"]],
        "kuadranKinerjaNilai": _KUADRAN[ev["predikat"]],
        "penilaiNama": ev.get("penilai_nama") or "",
        "penilaiNipNrp": nip,
        "penilaiGolongan": _golongan_id(ev.get("penilai_pangkat") or "", nip, gol_ids, by_nip),
        "penilaiUnorNama": ev.get("penilai_unit") or "",
        "statusPenilai": "ASN" if len(nip) == 18 and nip.isdigit() else "NON ASN",
    }
    code, periodik, first, last = period
    if code == ANNUAL:
        return {**common, "penilaiJabatan": ev.get("penilai_jabatan") or "",
                "pnsDinilaiOrang": None, "path": []}  # fmt: skip
    return {
        **common,
        "periodikId": str(periodik),
        "bulanMulaiPenilaian": first, "bulanSelesaiPenilaian": last,
        "tahunMulaiPenilaian": tahun, "tahunSelesaiPenilaian": tahun,
        "penilaiJabatanNama": ev.get("penilai_jabatan") or "",
        "koefisienId": None, "pnsDinilaiId": None,
    }  # fmt: skip


def _golongan_id(
    pangkat: str, nip: str, gol_ids: dict[str, int | None], by_nip: dict[str, dict[str, Any]]
) -> str | None:
    """SIASN ``golonganPns`` id of the appraiser: from the snapshot "Penata (III/c)" or a bare
    PPPK "IX", else from the appraiser's own record; None when unknown (or PPPK)."""
    match = _GOLONGAN_IN_LABEL.search(pangkat)
    kode = match.group(1) if match else pangkat.strip()
    if kode not in gol_ids and nip in by_nip:
        kode = by_nip[nip].get("golongan") or ""
    found = gol_ids.get(kode)
    return str(found) if found is not None else None
