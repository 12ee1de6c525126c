"""The talent inputs travel to the centre and merge there, on either central backend (issue
14): sanctions, assessments and PAK as rows of their own; the diklat's kind and certificate,
the PPPK contract's end and a unit's key-position mark as fields; an edit updates the centre's
copy and a removal deletes it; the sanction's free-text note stays at the office."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop.core.models import Asesmen, RiwayatDiklat, RiwayatHukuman, RiwayatPak
from desktop.store import staff as staff_store
from desktop.sync import export_package, import_packages
from desktop.sync.copies import office_copy
from desktop.sync.keyfile import export_key_file, import_key_file
from tests.sync.conftest import Centre
from tests.unit.sync_support import TRUST_ALL, demo_office, introduce, office_data, office_uuid


@pytest.fixture
def world(centre: Centre, tmp_path: Path):
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    office = demo_office(tmp_path / "kantor.sqlite", staff=30)
    introduce(office, centre.db, stick)
    key, _ = export_key_file(office, stick / "kantor.kinerja-kunci")
    import_key_file(centre.db, key)
    try:
        yield office, centre.db, stick
    finally:
        office.close()


def _apply(centre, path: Path) -> dict[str, int]:
    report = import_packages(centre, [path], trust=TRUST_ALL)
    assert report.ok, report.lines()
    [outcome] = report.outcomes
    return outcome.counts


def _add_talent_rows(office) -> int:
    staff_id = office.execute("SELECT min(id) FROM staff").fetchone()[0]
    staff, history = staff_store.load_record(office, staff_id)
    staff.status, staff.kontrak_selesai = "pppk", date(2027, 6, 30)
    history.hukuman = [
        RiwayatHukuman(
            "pernyataan tidak puas secara tertulis",
            "disiplin",
            "ringan",
            "800/7",
            date(2025, 4, 1),
            date(2025, 4, 1),
            keterangan="catatan internal",
        ),
    ]
    history.asesmen = [Asesmen(date(2025, 3, 1), 88.5, "UPT Penilaian Kompetensi", "AC")]
    history.pak = [RiwayatPak(date(2024, 1, 2), "800/PAK/1", "ahli_muda", "III/c", 112.5)]
    history.diklat = [
        RiwayatDiklat(
            "Bimtek SIASN",
            "BKN",
            date(2025, 2, 1),
            date(2025, 2, 3),
            24,
            jenis="bimtek",
            nomor_sertifikat="S-9",
        )
    ]
    staff_store.save_staff(office, staff, history)
    with office.atomic():
        office.conn.execute("UPDATE unit SET kritikal = 1 WHERE id = (SELECT min(id) FROM unit)")
    return staff_id


def _mine(office, copy: dict, table: str, staff_id: int) -> list[dict]:
    """The centre's copies of one employee's rows of ``table`` (the demo has others)."""
    sql = f"SELECT uuid FROM {table} WHERE staff_id = ?"
    uuids = [r[0] for r in office.execute(sql, [staff_id]).fetchall()]
    return [copy[table][u] for u in uuids if u in copy.get(table, {})]


def test_the_talent_inputs_travel_and_merge(world):
    office, centre, stick = world
    staff_id = _add_talent_rows(office)
    _apply(centre, export_package(office, stick).path)
    copy = office_copy(centre, office_uuid(office))
    assert copy == office_data(office)
    [hukuman] = _mine(office, copy, "riwayat_hukuman", staff_id)
    assert (hukuman["kategori"], hukuman["tingkat"], hukuman["nomor_sk"]) == (
        "disiplin",
        "ringan",
        "800/7",
    )
    assert "keterangan" not in hukuman
    assert [a["jpm"] for a in _mine(office, copy, "asesmen", staff_id)] == [88.5]
    assert [p["ak_kumulatif"] for p in _mine(office, copy, "riwayat_pak", staff_id)] == [112.5]
    diklat = _mine(office, copy, "riwayat_diklat", staff_id)
    assert [(d["jenis"], d["nomor_sertifikat"]) for d in diklat] == [("bimtek", "S-9")]
    staff_uuid = office.execute("SELECT uuid FROM staff WHERE id = ?", [staff_id]).fetchone()[0]
    assert copy["staff"][staff_uuid]["kontrak_selesai"] == "2027-06-30"
    assert sum(u["kritikal"] for u in copy["unit"].values()) >= 1
    gone = office.execute("SELECT uuid FROM riwayat_hukuman WHERE staff_id = ?", [staff_id])
    gone_uuid = gone.fetchone()[0]

    staff, history = staff_store.load_record(office, staff_id)
    history.asesmen[0].jpm = 91.0
    history.hukuman = []
    staff_store.save_staff(office, staff, history)
    counts = _apply(centre, export_package(office, stick).path)
    assert counts["updated"] >= 1 and counts["deleted"] == 1
    copy = office_copy(centre, office_uuid(office))
    assert gone_uuid not in copy.get("riwayat_hukuman", {})
    assert [a["jpm"] for a in _mine(office, copy, "asesmen", staff_id)] == [91.0]
    assert copy == office_data(office)
