"""SIASN-ready output: one record per set (ditetapkan) evaluation of a year, with the field
names and codes of SIASN's ``/skp22/save`` (annual) and ``/kinerjaperiodik/save`` (periodic).

Written at the centre from its copies of every office (or at an office from its own data),
for whoever holds the API credentials to upload. Each record carries the payload to send and
the employee's NIP beside it. Types are those real SIASN clients send: ratings, kuadran, years
and months as integers; ids (``periodikId``, ``koefisienId``, ``penilaiGolongan``, the person
id) as strings. SIASN needs its own person id (``pnsDinilaiOrang`` / ``pnsDinilaiId``, kept on
the staff record from a SIASN download) and an appraiser: a record without either cannot be
sent, so it is not written with empty strings but listed with its reasons in
``siasn-tertahan-<tahun>.json``. Document ids in ``path`` stay empty until the PDFs are
uploaded (docs/sync.md).
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
from desktop.core.periods import ANNUAL, PeriodError, parse_period
from desktop.store.reference import golongan, koefisien_ids
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
HELD = "tertahan"  # key of a record's reasons why it cannot be sent
HELD_REASONS = {
    "pns_id_tidak_ada": "Pegawai belum memiliki ID SIASN (PNS ID): unduh data dari SIASN dulu.",
    "penilai_tidak_ada": "Pejabat penilai kinerja tidak tercatat pada evaluasi.",
}
_GOLONGAN_IN_LABEL = re.compile(r"\(([IVX]+(?:/[a-e])?)\)\s*$")

Rows = Callable[[str], Iterator[tuple[str, dict[str, Any]]]]


@dataclass
class SiasnResult:
    tahun: int
    files: list[Path]
    annual: int
    periodic: int
    skipped: dict[str, int] = field(default_factory=dict)
    held: dict[str, int] = field(default_factory=dict)  # in the side file, by reason


def write_siasn(db: sqlite_utils.Database, tahun: int, folder: Path) -> SiasnResult:
    """Write ``siasn-skp22-<tahun>.json`` and ``siasn-kinerjaperiodik-<tahun>.json`` with the
    records that can be sent, and ``siasn-tertahan-<tahun>.json`` with those that cannot."""
    require_folder(folder)
    annual, periodic, skipped = build_records(db, tahun)
    (annual, held_a), (periodic, held_p) = split_held(annual), split_held(periodic)
    held = held_a + held_p
    files = []
    created = utc_now()
    for endpoint, records, stem in (
        (ANNUAL_ENDPOINT, annual, "skp22"),
        (PERIODIC_ENDPOINT, periodic, "kinerjaperiodik"),
        (None, held, "tertahan"),
    ):
        head: dict[str, Any] = {
            "format": SIASN_FORMAT, "format_version": 1, "endpoint": endpoint, "tahun": tahun,
            "created_at": created,
        }  # fmt: skip
        if endpoint is None:
            head = {**head, "keterangan": "Evaluasi yang belum dapat dikirim ke SIASN, "
                    "dengan alasannya (tertahan)."}  # fmt: skip
        files.append(write_atomic(folder / f"siasn-{stem}-{tahun}.json", _document(head, records)))
    reasons = Counter(reason for record in held for reason in record[HELD])
    return SiasnResult(
        tahun, files, len(annual), len(periodic), dict(sorted(skipped.items())),
        dict(sorted(reasons.items())),
    )  # fmt: skip


def split_held(records: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(records to send, records held back): a held record keeps its reasons (codes) under
    ``tertahan`` and their words under ``keterangan``; its payload is not sent."""
    ready, held = [], []
    for record in records:
        if record.get(HELD):
            held.append({**record, "keterangan": [HELD_REASONS[r] for r in record[HELD]]})
        else:
            ready.append({k: v for k, v in record.items() if k != HELD})
    return ready, held


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
    (each office's rows lie together in the centre's table: read in file order). A record
    that cannot be sent says why under ``tertahan`` (``split_held`` sets it apart)."""
    gol_ids = {g.kode: g.siasn_id for g in golongan(db)}
    koefisien = koefisien_ids(db)
    annual: list[dict[str, Any]] = []
    periodic: list[dict[str, Any]] = []
    skipped: Counter[str] = Counter()
    for office_uuid, office_name, rows in _sources(db):
        staff = dict(rows("staff"))
        skp = {u: d for u, d in rows("skp") if d.get("tahun") == tahun}
        if not skp:
            continue
        by_nip = {_text(d.get("nip")): d for d in staff.values() if _text(d.get("nip"))}
        for ev_uuid, ev in rows("evaluasi"):
            plan = skp.get(_text(ev.get("skp_uuid")))
            if plan is None:
                continue
            reason = _skip_reason(ev, plan, staff)
            if reason:
                skipped[reason] += 1
                continue
            person = staff[_text(plan.get("staff_uuid"))]
            period = _period(_text(ev.get("periode")))
            record: dict[str, Any] = {
                "nipBaru": _text(person.get("nip")), "nama": _text(person.get("nama")),
                "periode": period[0], "kantor": office_name,
                "sumber": {"kantor": office_uuid, "evaluasi": ev_uuid},
                "payload": _payload(ev, tahun, period, gol_ids, by_nip),
            }  # fmt: skip
            if _text(person.get("siasn_id")):  # SIASN's own person id, kept from its download
                key = "pnsDinilaiOrang" if period[0] == ANNUAL else "pnsDinilaiId"
                record["payload"][key] = person["siasn_id"]
            if period[0] != ANNUAL:  # the jenjang of a pejabat fungsional, as SIASN's id
                record["payload"]["koefisienId"] = koefisien.get(_text(person.get("jenjang")))
            held = _held_reasons(record["payload"], period[0])
            if held:
                record[HELD] = held
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
        for entry in list_offices(db):
            yield entry.office_uuid, entry.label, _copies(db, entry.office_uuid)
        return
    office = get_office(db)

    def own(table: str) -> Iterator[tuple[str, dict[str, Any]]]:
        for row_uuid, _rev, _at, _origin, data in table_records(db, BY_NAME[table], since_rev=0):
            yield row_uuid, data

    yield office.office_uuid, office.nama_kantor or office.instansi, own


def _copies(db: sqlite_utils.Database, office_uuid: str) -> Rows:
    """The centre's live copies of one office's table; a row that is not an object (stored
    before the centre checked rows) is passed over, never a crash."""

    def rows(table: str) -> Iterator[tuple[str, dict[str, Any]]]:
        for row_uuid, _owner, data in central_rows(db, table, office_uuid=office_uuid):
            if isinstance(data, dict):
                yield row_uuid, data

    return rows


def _text(value: Any) -> str:
    """A text field of a stored row, or "" for anything else (absent, null, a number)."""
    return value if isinstance(value, str) else ""


def _skip_reason(ev: dict[str, Any], plan: dict[str, Any], staff: dict[str, Any]) -> str:
    """Why an evaluation gives no record; a row the centre holds from before rows were checked
    (missing fields, unknown codes) is skipped with a reason, never a crash."""
    if ev.get("status") != "ditetapkan":
        return "belum_ditetapkan"
    if not (ev.get("rating_hasil") and ev.get("rating_perilaku") and ev.get("predikat")):
        return "rating_belum_lengkap"
    person = staff.get(_text(plan.get("staff_uuid")))
    if person is None:
        return "pegawai_tidak_ada"
    if not _text(person.get("nip")):
        return "nip_tidak_ada"
    ratings = (ev.get("rating_hasil"), ev.get("rating_perilaku"))
    if not all(_text(r) in _RATING for r in ratings) or _text(ev.get("predikat")) not in _KUADRAN:
        return "kode_tidak_dikenal"
    try:
        _period(_text(ev.get("periode")))
    except (PeriodError, ValueError):
        return "periode_tidak_dikenal"
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
    nip = _text(ev.get("penilai_nip"))
    common = {
        "tahun": tahun,
        "hasilKinerjaNilai": _RATING[ev["rating_hasil"]],
        "perilakuKerjaNilai": _RATING[ev["rating_perilaku"]],
        "kuadranKinerjaNilai": _KUADRAN[ev["predikat"]],
        "penilaiNama": _text(ev.get("penilai_nama")),
        "penilaiNipNrp": nip,
        "penilaiGolongan": _golongan_id(_text(ev.get("penilai_pangkat")), nip, gol_ids, by_nip),
        "penilaiUnorNama": _text(ev.get("penilai_unit")),
        "statusPenilai": _status_penilai(_text(ev.get("penilai_status")), nip),
    }
    code, periodik, first, last = period
    if code == ANNUAL:
        return {**common, "penilaiJabatan": _text(ev.get("penilai_jabatan")),
                "pnsDinilaiOrang": None, "path": []}  # fmt: skip
    return {
        **common,
        "periodikId": str(periodik),
        "bulanMulaiPenilaian": first, "bulanSelesaiPenilaian": last,
        "tahunMulaiPenilaian": tahun, "tahunSelesaiPenilaian": tahun,
        "penilaiJabatanNama": _text(ev.get("penilai_jabatan")),
        "koefisienId": None, "pnsDinilaiId": None,
    }  # fmt: skip


def _held_reasons(payload: dict[str, Any], code: str) -> list[str]:
    """Why SIASN would refuse the record: no person id, no appraiser."""
    reasons = []
    if not payload.get("pnsDinilaiOrang" if code == ANNUAL else "pnsDinilaiId"):
        reasons.append("pns_id_tidak_ada")
    if not payload.get("penilaiNama"):
        reasons.append("penilai_tidak_ada")
    return reasons


def _status_penilai(status: str, nip: str) -> str:
    """SIASN "ASN" / "NON ASN": as snapshotted (an outside official such as the Bupati is NON ASN),
    else from the NIP for evaluations set before outside officials were recorded."""
    if status:
        return "NON ASN" if status == "non_asn" else "ASN"
    return "ASN" if len(nip) == 18 and nip.isdigit() else "NON ASN"


def _golongan_id(
    pangkat: str, nip: str, gol_ids: dict[str, int | None], by_nip: dict[str, dict[str, Any]]
) -> str | None:
    """SIASN ``golonganPns`` id of the appraiser: from the snapshot "Penata (III/c)" or a bare
    PPPK "IX", else from the appraiser's own record; None when unknown (or PPPK)."""
    match = _GOLONGAN_IN_LABEL.search(pangkat)
    kode = match.group(1) if match else pangkat.strip()
    if kode not in gol_ids and nip in by_nip:
        kode = _text(by_nip[nip].get("golongan"))
    found = gol_ids.get(kode)
    return str(found) if found is not None else None
