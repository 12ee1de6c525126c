"""SIASN's data utama, as the web service's JSON and as an UPPER_SNAKE download: every useful
field read (status, golongan, jenis jabatan, pendidikan, dates, SIASN's person id), the unit
tree built, and a later download growing the riwayat instead of overwriting it."""

from __future__ import annotations

import json
from datetime import date

import pytest

from desktop.core.errors import KinerjaError
from desktop.core.models import JenisJabatan, StatusPegawai, UnitJenis
from desktop.imports import siasn_values
from desktop.imports.cells import CellProblem, Lookups
from desktop.imports.staff_import import RowAction, apply_plan, read_plan
from desktop.store import staff as staff_store
from desktop.store import units as unit_store
from desktop.store.history import load_history
from tests.unit.first_day_files import siasn_json, siasn_records, siasn_sheet

HENDRA, RINA, DIMAS, YOGA = (r["nipBaru"] for r in siasn_records())


def _import(db, path):
    plan = read_plan(db, path, create_units=True)
    apply_plan(db, plan)
    return plan


def _rev(db) -> int:
    return db.execute("SELECT rev FROM sync_state").fetchone()[0]


def _staff_rows(db) -> list[dict]:
    skip = {"id", "uuid", "rev", "updated_at", "origin", "unit_id"}
    rows = db.query("SELECT s.*, u.nama AS unit FROM staff s JOIN unit u ON u.id = s.unit_id")
    return sorted(({k: v for k, v in r.items() if k not in skip} for r in rows),
                  key=lambda r: r["nip"])  # fmt: skip


def test_json_brings_every_field(fresh_db, tmp_path):
    plan = _import(fresh_db, siasn_json(tmp_path, siasn_records()))
    assert plan.counts()[RowAction.BARU] == 4 and not plan.rejected
    hendra, rina = staff_store.get_by_nip(fresh_db, HENDRA), staff_store.get_by_nip(fresh_db, RINA)
    dimas, yoga = staff_store.get_by_nip(fresh_db, DIMAS), staff_store.get_by_nip(fresh_db, YOGA)
    assert [s.status for s in (hendra, rina, dimas, yoga)] == [
        StatusPegawai.PNS, StatusPegawai.PNS, StatusPegawai.CPNS, StatusPegawai.PPPK
    ]  # fmt: skip
    assert [s.golongan for s in (hendra, rina, dimas, yoga)] == ["IV/b", "III/b", "II/c", "IX"]
    assert [s.jenis_jabatan for s in (hendra, rina, dimas, yoga)] == [
        JenisJabatan.JPT, JenisJabatan.FUNGSIONAL, JenisJabatan.PELAKSANA, JenisJabatan.FUNGSIONAL
    ]  # fmt: skip
    assert [s.pendidikan for s in (hendra, rina, dimas)] == ["S2", "S1", "D3"]
    assert (rina.tanggal_lahir, rina.tmt_cpns, rina.tmt_golongan) == (
        date(1986, 7, 14), date(2010, 1, 1), date(2019, 4, 1)
    )  # fmt: skip
    assert dimas.tmt_pns is None and yoga.tmt_cpns is None
    assert (rina.siasn_id, rina.jenis_pegawai, yoga.jenis_pegawai) == (
        "4d5e6f", "PNS DAERAH KABUPATEN/KOTA", "PPPK"
    )  # fmt: skip
    assert (rina.tempat_lahir, rina.jenis_kelamin.value, rina.kedudukan_hukum) == (
        "BANDUNG", "P", "01"
    )  # fmt: skip
    assert rina.agama_id == hendra.agama_id is not None and rina.gelar_belakang == "S.T."


def test_json_builds_a_two_level_tree_under_the_instansi(fresh_db, tmp_path):
    _import(fresh_db, siasn_json(tmp_path, siasn_records()))
    tree = unit_store.unit_tree(fresh_db)
    (root,) = tree.roots()
    assert (root.nama, root.jenis) == ("Pemerintah Kab. Contoh", UnitJenis.INSTANSI)
    rina = staff_store.get_by_nip(fresh_db, RINA)
    assert tree.path_names(rina.unit_id) == [
        "Pemerintah Kab. Contoh", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "BIDANG BINA MARGA"
    ]  # fmt: skip
    hendra = staff_store.get_by_nip(fresh_db, HENDRA)
    assert tree.by_id[hendra.unit_id].jenis is UnitJenis.OPD
    assert len(tree.by_id) == 4


def test_the_upper_snake_sheet_reads_as_the_json(fresh_db, tmp_path, db_path):
    from desktop.store.db import open_db

    _import(fresh_db, siasn_sheet(tmp_path, siasn_records()))
    other = open_db(tmp_path / "json.sqlite")
    try:
        _import(other, siasn_json(tmp_path, siasn_records()))
        assert _staff_rows(fresh_db) == _staff_rows(other)
    finally:
        other.close()
    rev = _rev(fresh_db)
    again = read_plan(fresh_db, siasn_json(tmp_path, siasn_records()), create_units=True)
    assert again.counts()[RowAction.SAMA] == 4 and not again.new_units
    apply_plan(fresh_db, again)
    assert _rev(fresh_db) == rev


def test_a_later_download_shows_the_changes_and_grows_the_riwayat(fresh_db, tmp_path):
    _import(fresh_db, siasn_json(tmp_path, siasn_records()))
    later = siasn_json(tmp_path, siasn_records(later=True), "later.json")
    plan = read_plan(fresh_db, later, create_units=True)
    by_nip = {r.nip: r for r in plan.rows}
    assert by_nip[RINA].action is RowAction.UBAH
    assert "golongan III/b → III/c" in by_nip[RINA].changes
    assert "unit BIDANG BINA MARGA → BIDANG SUMBER DAYA AIR" in by_nip[RINA].changes
    assert "status pegawai cpns → pns" in by_nip[DIMAS].changes
    assert by_nip[HENDRA].action is RowAction.SAMA
    apply_plan(fresh_db, plan)
    rina = staff_store.get_by_nip(fresh_db, RINA)
    history = load_history(fresh_db, rina.id)
    assert [(g.golongan, g.tmt) for g in history.golongan] == [
        ("III/b", date(2019, 4, 1)), ("III/c", date(2023, 4, 1))
    ]  # fmt: skip
    assert [(j.jabatan, j.unit_nama, j.tmt) for j in history.jabatan] == [
        ("Teknik Jalan dan Jembatan Ahli Pertama", "BIDANG BINA MARGA", date(2019, 4, 1)),
        ("Teknik Jalan dan Jembatan Ahli Muda", "BIDANG SUMBER DAYA AIR", date(2023, 6, 1)),
    ]
    assert rina.golongan == "III/c"
    dimas = staff_store.get_by_nip(fresh_db, DIMAS)
    assert dimas.status is StatusPegawai.PNS and dimas.tmt_pns == date(2025, 1, 1)
    assert [g.golongan for g in load_history(fresh_db, dimas.id).golongan] == ["II/c"]
    rev = _rev(fresh_db)
    apply_plan(fresh_db, read_plan(fresh_db, later, create_units=True))
    assert _rev(fresh_db) == rev
    assert len(load_history(fresh_db, rina.id).golongan) == 2


def test_a_riwayat_kept_in_the_app_is_extended_not_replaced(fresh_db, tmp_path):
    _import(fresh_db, siasn_json(tmp_path, siasn_records()))
    rina = staff_store.get_by_nip(fresh_db, RINA)
    history = load_history(fresh_db, rina.id)
    history.golongan[0].nomor_sk = "813.3/12/2019"
    staff_store.save_staff(fresh_db, rina, history)
    _import(fresh_db, siasn_json(tmp_path, siasn_records(later=True), "later.json"))
    golongan = load_history(fresh_db, rina.id).golongan
    assert [(g.golongan, g.nomor_sk) for g in golongan] == [
        ("III/b", "813.3/12/2019"),
        ("III/c", ""),
    ]


@pytest.mark.parametrize(
    "content",
    [
        lambda r: r,  # a bare list
        lambda r: {"data": r},
        lambda r: {"code": 1, "data": {"data": r}},
    ],
)
def test_json_shapes_siasn_returns(fresh_db, tmp_path, content):
    path = tmp_path / "data.json"
    path.write_text(json.dumps(content(siasn_records())), encoding="utf-8")
    assert len(read_plan(fresh_db, path, create_units=True).accepted) == 4


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('{"data": [', "bukan JSON yang sah"),
        ('{"message": "token expired"}', "bukan data utama SIASN"),
        ('[{"nama": "Tanpa NIP"}]', "tidak memuat NIP"),
        ("", "bukan JSON yang sah"),
    ],
)
def test_a_bad_json_file_is_refused_in_words(fresh_db, tmp_path, text, words):
    path = tmp_path / "rusak.json"
    path.write_text(text, encoding="utf-8")
    rev = _rev(fresh_db)
    with pytest.raises(KinerjaError) as caught:
        read_plan(fresh_db, path)
    assert words in caught.value.message()
    assert _rev(fresh_db) == rev


@pytest.mark.parametrize(
    ("written", "code"),
    [("III/b", "III/b"), ("Penata Muda Tingkat I (III/b)", "III/b"), ("IX", "IX"),
     ("Golongan IX", "IX"), ("3b", "III/b")],
)  # fmt: skip
def test_golongan_as_siasn_writes_it(fresh_db, written, code):
    lookups = Lookups.load(fresh_db, [])
    assert siasn_values.golongan_code(lookups, written, "GOL_AKHIR_NAMA") == code


def test_an_unknown_golongan_is_still_refused(fresh_db):
    with pytest.raises(CellProblem):
        siasn_values.golongan_code(Lookups.load(fresh_db, []), "Golongan Z", "GOL")


@pytest.mark.parametrize(
    ("written", "status"),
    [("P", StatusPegawai.PNS), ("C", StatusPegawai.CPNS), ("PPPK", StatusPegawai.PPPK),
     ("Calon PNS", StatusPegawai.CPNS)],
)  # fmt: skip
def test_status_as_siasn_writes_it(written, status):
    assert siasn_values.read_status(written) is status


@pytest.mark.parametrize(
    ("jabatan", "jenis"),
    [("Kepala Dinas Kesehatan", JenisJabatan.JPT), ("Sekretaris Daerah", JenisJabatan.JPT),
     ("Sekretaris Dinas Kesehatan", JenisJabatan.ADMINISTRATOR),
     ("Kepala Bidang Bina Marga", JenisJabatan.ADMINISTRATOR),
     ("Kepala Seksi Gizi", JenisJabatan.PENGAWAS), ("Sekretaris Kecamatan", JenisJabatan.PENGAWAS),
     ("Lurah Sukamaju", JenisJabatan.PENGAWAS), ("Analis Kepegawaian", None)],
)  # fmt: skip
def test_a_struktural_title_names_its_level(jabatan, jenis):
    assert siasn_values.jenis_from_title(jabatan) is jenis


def test_pppk_by_nip_or_jenis_pegawai():
    assert siasn_values.is_pppk("199008082023211004", "")
    assert siasn_values.is_pppk("", "Pegawai Pemerintah dengan Perjanjian Kerja")
    assert not siasn_values.is_pppk("198607142010012003", "PNS DAERAH KABUPATEN/KOTA")


def test_the_eselon_columns_give_the_whole_path(fresh_db, tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["NIP_BARU", "NAMA", "NAMA_UNOR_ESELON_1", "NAMA_UNOR_ESELON_2",
                        "NAMA_UNOR_ESELON_3", "NAMA_UNOR_ESELON_4", "UNOR_NAMA"])  # fmt: skip
    book.active.append([RINA, "RINA", "SEKRETARIAT DAERAH", "BAGIAN UMUM",
                        "SUB BAGIAN TATA USAHA", None, "SUB BAGIAN TATA USAHA"])  # fmt: skip
    book.active.append([HENDRA, "HENDRA", "SEKRETARIAT DAERAH", "BAGIAN UMUM",
                        "SUBBAGIAN RUMAH TANGGA", None, "UPT PERCETAKAN"])  # fmt: skip
    path = tmp_path / "eselon.xlsx"
    book.save(path)
    plan = _import(fresh_db, path)
    assert len(plan.accepted) == 2
    tree = unit_store.unit_tree(fresh_db)
    rina, hendra = staff_store.get_by_nip(fresh_db, RINA), staff_store.get_by_nip(fresh_db, HENDRA)
    assert tree.path_names(rina.unit_id) == [
        "SEKRETARIAT DAERAH", "BAGIAN UMUM", "SUB BAGIAN TATA USAHA"
    ]  # fmt: skip
    assert tree.path_names(hendra.unit_id)[-2:] == ["SUBBAGIAN RUMAH TANGGA", "UPT PERCETAKAN"]
    assert tree.by_id[hendra.unit_id].jenis is UnitJenis.SUBBIDANG
