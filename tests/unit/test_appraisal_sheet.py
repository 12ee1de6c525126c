"""The appraisers' sheet: export, fill in as an appraiser would, read back, apply in one go."""

from __future__ import annotations

import json
import re
from datetime import date
from types import SimpleNamespace

import openpyxl
import pytest
from click.testing import CliRunner

from desktop.cli import cli
from desktop.cli.appraisal_jobs import run_appraisal_export, run_appraisal_import
from desktop.core.appraisal import CapaianOrganisasi, Predikat, Rating, predikat
from desktop.core.models import JenisJabatan, Unit, UnitJenis
from desktop.core.skp import Aspek, Iki, Rhk
from desktop.core.workflow import Action, EvalState, Role
from desktop.imports import appraisal_import
from desktop.imports.appraisal_export import export_appraisal_sheet, predikat_formula
from desktop.imports.appraisal_import import apply_appraisal_plan, read_appraisal_sheet
from desktop.imports.appraisal_sheet import (
    INFO_SHEET,
    LOCKED_NOTE,
    RATING_TEXTS,
    AppraisalSheetError,
    RowAction,
    parse_rating,
    sheet_title,
)
from desktop.store import evaluasi as ev_store
from desktop.store import skp as skp_store
from desktop.store import staff as staff_store
from desktop.store import units as unit_store
from desktop.store.capaian import set_capaian
from tests.conftest import make_staff, make_unit

YEAR = 2026
ATAS, SESUAI, BAWAH = (RATING_TEXTS[r] for r in Rating)
MUTASI, PENGEMBANGAN = "1.01.01 Bidang Mutasi", "1.01.02 Bidang Pengembangan"

# key: (unit kode, NIP, name, head of the unit?, has an SKP?, active?)
PEOPLE = {
    "kaban": ("1.01", "197001012000031001", "Hendra Wijaya", True, True, True),
    "kabid": ("1.01.01", "197501012000031002", "Ahmad Yani", True, True, True),
    "budi": ("1.01.01", "198609262015051001", "Budi Santoso", False, True, True),
    "siti": ("1.01.01", "199002142019032003", "Siti Aminah", False, True, True),
    "rudi": ("1.01.01", "198807072014021004", "Rudi Hartono", False, True, True),
    "kabid2": ("1.01.02", "197805052003122005", "Dewi Lestari", True, True, True),
    "eko": ("1.01.02", "199212122021011007", "Eko Prasetyo", False, False, True),
    "fajar": ("1.01.02", "198503032010011008", "Fajar Nugroho", False, True, False),
    "luar": ("1.02", "198404042009011009", "Gita Permata", False, True, True),
}


@pytest.fixture
def office(fresh_db):
    """BKPSDM (1.01) with two bidang; everyone has an SKP for 2026 except Eko; Fajar has
    left; Gita works in another OPD (1.02)."""
    db = fresh_db
    office_row = unit_store.get_office(db)
    office_row.instansi = "Pemerintah Kabupaten Kepahiang"
    unit_store.save_office(db, office_row)
    root = make_unit(db)
    units = {"1": root}
    for kode, nama, parent in (
        ("1.01", "Badan Kepegawaian dan Pengembangan SDM", "1"),
        ("1.01.01", "Bidang Mutasi", "1.01"),
        ("1.01.02", "Bidang Pengembangan", "1.01"),
        ("1.02", "Dinas Kesehatan", "1"),
    ):
        jenis = UnitJenis.OPD if kode.count(".") == 1 else UnitJenis.BIDANG
        units[kode] = unit_store.save_unit(db, Unit(kode, nama, jenis, units[parent].id))
    staff = {key: _person(db, units, *spec) for key, spec in PEOPLE.items()}
    skp = {key: _skp(db, staff[key].id) for key, spec in PEOPLE.items() if spec[4]}
    return SimpleNamespace(db=db, units=units, staff=staff, skp=skp)


def _person(db, units, kode, nip, nama, head, _has_skp, active):
    person = staff_store.save_staff(
        db,
        make_staff(
            nip=nip,
            nama=nama,
            unit_id=units[kode].id,
            aktif=active,
            jenis_jabatan=JenisJabatan.ADMINISTRATOR if head else JenisJabatan.PELAKSANA,
        ),
    )
    if head:
        units[kode].kepala_id = person.id
        units[kode] = unit_store.save_unit(db, units[kode])
    return person


def _skp(db, staff_id):
    skp = skp_store.new_skp(staff_id, YEAR)
    skp.rhk = [
        Rhk(
            "Terkelolanya data kepegawaian",
            iki=[Iki("Jumlah usulan diproses", Aspek.KUANTITAS, "500 usulan")],
        )
    ]
    return skp_store.save_skp(db, skp).id


def nip(key):
    return PEOPLE[key][1]


def export(office, tmp_path, name="penilaian.xlsx", kode="1.01", periode="TW1"):
    path = tmp_path / name
    export_appraisal_sheet(
        office.db, path, unit_id=office.units[kode].id, tahun=YEAR, periode=periode
    )
    return path


def locate(book):
    """NIP → (worksheet, row number) and the header → column letter map of each sheet."""
    found = {}
    for ws in book.worksheets:
        if ws.title == INFO_SHEET:
            continue
        header = next(r for r in range(1, 30) if ws.cell(r, 1).value == "NIP")
        cols = {
            ws.cell(header, c).value: ws.cell(header, c).column_letter
            for c in range(1, ws.max_column + 1)
        }
        for r in range(header + 1, ws.max_row + 1):
            found[ws.cell(r, 1).value] = (ws, r, cols)
    return found


def fill(path, ratings):
    """Type ratings the way an appraiser does: NIP key → (hasil, perilaku[, catatan])."""
    book = openpyxl.load_workbook(path)
    where = locate(book)
    for key, values in ratings.items():
        ws, r, cols = where[nip(key)]
        columns = ("Rating Hasil Kerja", "Rating Perilaku Kerja", "Catatan/Rekomendasi")
        for column, value in zip(columns, values, strict=False):
            ws[f"{cols[column]}{r}"] = value
    book.save(path)


def edit(path, sheet, cell, value):
    book = openpyxl.load_workbook(path)
    book[sheet][cell] = value
    book.save(path)


def rev(db):
    return db.execute("SELECT rev FROM sync_state").fetchone()[0]


def stored(office, key, periode="TW1"):
    return ev_store.find_evaluasi(office.db, office.skp[key], periode)


def issues_of(plan):
    return [(i.sheet, i.row, i.column, i.message) for i in plan.issues]


# --- export ---------------------------------------------------------------------------------


def test_export_writes_one_sheet_per_unit_with_staff_and_a_hidden_info_sheet(office, tmp_path):
    path = export(office, tmp_path)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["1.01 Badan Kepegawaian dan Peng", MUTASI, PENGEMBANGAN, INFO_SHEET]
    assert book[INFO_SHEET].sheet_state == "hidden"
    info = {row[0]: row[1] for row in book[INFO_SHEET].iter_rows(values_only=True)}
    assert (info["format"], info["versi"], info["tahun"], info["periode"], info["unit"]) == (
        "kinerja-penilaian",
        1,
        YEAR,
        "TW1",
        "1.01",
    )
    where = locate(book)
    assert set(where) == {nip(k) for k in PEOPLE if k not in ("fajar", "luar")}
    assert where[nip("kabid")][1] < where[nip("budi")][1], "the unit head comes first"


def test_export_title_block_header_and_cells_are_ready_to_fill(office, tmp_path):
    ws = openpyxl.load_workbook(export(office, tmp_path))[MUTASI]
    titles = [ws.cell(r, 1).value for r in range(1, 6)]
    assert titles[1:] == [
        "INSTANSI: Pemerintah Kabupaten Kepahiang",
        "UNIT KERJA: 1.01.01 Bidang Mutasi",
        "PERIODE: TRIWULAN I",
        f"TAHUN: {YEAR}",
    ]
    header = [c.value for c in ws[9]]
    assert header == [
        "NIP",
        "Nama",
        "Jabatan",
        "Status SKP",
        "Rating Hasil Kerja",
        "Rating Perilaku Kerja",
        "Predikat",
        "Catatan/Rekomendasi",
        "Status Evaluasi",
    ]
    assert all(c.font.bold for c in ws[9]) and ws.freeze_panes == "C10"
    nip_cell = ws["A11"]
    assert (nip_cell.data_type, nip_cell.number_format) == ("s", "@")
    assert ws["B10"].value == "Ahmad Yani, S.Kom." and ws["I10"].value == "Belum dinilai"
    assert ws.column_dimensions["B"].width >= 30
    (rule,) = ws.data_validations.dataValidation
    assert rule.formula1 == f'"{ATAS},{SESUAI},{BAWAH}"' and str(rule.sqref) == "E10:F13"


def test_staff_without_skp_is_listed_as_such(office, tmp_path):
    book = openpyxl.load_workbook(export(office, tmp_path))
    ws, r, _ = locate(book)[nip("eko")]
    assert ws[f"D{r}"].value == "Belum ada SKP"


def test_export_prefills_ratings_and_catatan(office, tmp_path):
    path = export(office, tmp_path)
    fill(path, {"budi": (ATAS, SESUAI, "Pertahankan ketelitian")})
    apply_appraisal_plan(office.db, read_appraisal_sheet(office.db, path))
    ws, r, _ = locate(openpyxl.load_workbook(export(office, tmp_path, "lagi.xlsx")))[nip("budi")]
    assert [ws[f"{c}{r}"].value for c in "EFHI"] == [
        ATAS,
        SESUAI,
        "Pertahankan ketelitian",
        "Dinilai",
    ]


def test_text_that_looks_like_a_formula_stays_text(office, tmp_path):
    ev = ev_store.open_evaluasi(office.db, office.skp["budi"], "TW1")
    ev.rating_hasil, ev.rating_perilaku = Rating.SESUAI, Rating.SESUAI
    ev.catatan = "=1+1 bukan rumus\x0b"
    ev_store.save_evaluasi(office.db, ev)
    path = export(office, tmp_path)
    ws, r, _ = locate(openpyxl.load_workbook(path))[nip("budi")]
    assert (ws[f"H{r}"].value, ws[f"H{r}"].data_type) == ("=1+1 bukan rumus", "s")
    row = next(x for x in read_appraisal_sheet(office.db, path).rows if x.nip == nip("budi"))
    assert (row.action, row.catatan) == (RowAction.BARU, "=1+1 bukan rumus")


def test_set_evaluations_are_grey_with_a_note(office, tmp_path):
    ev = ev_store.open_evaluasi(office.db, office.skp["budi"], "TW1")
    ev.rating_hasil, ev.rating_perilaku = Rating.SESUAI, Rating.SESUAI
    ev = ev_store.save_evaluasi(office.db, ev)
    ev_store.transition_evaluasi(office.db, ev.id, Action.NILAI)
    ev_store.transition_evaluasi(office.db, ev.id, Action.TETAPKAN, role=Role.PENILAI)
    ws, r, _ = locate(openpyxl.load_workbook(export(office, tmp_path)))[nip("budi")]
    assert ws[f"A{r}"].fill.start_color.rgb.endswith("D9D9D9")
    assert ws[f"E{r}"].comment.text == LOCKED_NOTE and ws[f"I{r}"].value == LOCKED_NOTE
    other, r2, _ = locate(ws.parent)[nip("siti")]
    assert other[f"A{r2}"].fill.fill_type is None


def test_unit_without_active_staff_is_refused(office, tmp_path):
    empty = unit_store.save_unit(
        office.db, Unit("1.03", "Dinas Sosial", UnitJenis.OPD, office.units["1"].id)
    )
    with pytest.raises(AppraisalSheetError) as err:
        export_appraisal_sheet(
            office.db, tmp_path / "x.xlsx", unit_id=empty.id, tahun=YEAR, periode="TW1"
        )
    assert "Tidak ada pegawai aktif di unit 1.03" in err.value.message()
    assert not (tmp_path / "x.xlsx").exists()


def test_export_leaves_no_temporary_file_behind(office, tmp_path):
    export(office, tmp_path)
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []


@pytest.mark.parametrize(
    "kode, nama, taken, expected",
    [
        ("1.01", "Bidang Mutasi", set(), "1.01 Bidang Mutasi"),
        ("1.02", "Sub Bagian Umum: Keuangan [dan] Aset?", set(), "1.02 Sub Bagian Umum- Keuangan"),
        ("2/3", "Seksi A*B", set(), "2-3 Seksi A-B"),
        ("1.01", "Bidang Mutasi", {"1.01 bidang mutasi"}, "1.01 Bidang Mutasi ~2"),
        (
            "1.01",
            "Badan Kepegawaian dan Pengembangan SDM",
            {"1.01 badan kepegawaian dan peng"},
            "1.01 Badan Kepegawaian dan P ~2",
        ),
    ],
)
def test_sheet_titles_are_short_unique_and_safe(kode, nama, taken, expected):
    title = sheet_title(kode, nama, taken)
    assert title == expected and len(title) <= 31 and not re.search(r"[\[\]:*?/\\]", title)
    assert title.lower() in taken


def evaluate(formula, hasil, perilaku):
    """A tiny evaluator for the Predikat formula (IF/AND/OR and = on the two cells)."""
    expr = formula.lstrip("=").replace("E10", repr(hasil)).replace("F10", repr(perilaku))
    expr = expr.replace("=", "==")
    for name in ("IF", "AND", "OR"):
        expr = expr.replace(f"{name}(", f"_{name.lower()}(")
    funcs = {
        "_if": lambda c, a, b: a if c else b,
        "_and": lambda *a: all(a),
        "_or": lambda *a: any(a),
    }
    return eval(expr, funcs)


@pytest.mark.parametrize("hasil", list(Rating))
@pytest.mark.parametrize("perilaku", list(Rating))
def test_predikat_formula_in_the_sheet_follows_the_matrix(hasil, perilaku):
    shown = evaluate(predikat_formula(10), RATING_TEXTS[hasil], RATING_TEXTS[perilaku])
    assert shown == predikat(hasil, perilaku).label
    assert evaluate(predikat_formula(10), RATING_TEXTS[hasil], "") == ""


# --- import ---------------------------------------------------------------------------------

FILLED = {
    "kabid": (ATAS, ATAS, "Teladan"),
    "budi": (ATAS, SESUAI),
    "siti": (SESUAI, BAWAH, "Sering terlambat"),
    "rudi": (BAWAH, ATAS),
    "kabid2": (BAWAH, BAWAH),
    "kaban": (SESUAI, SESUAI),
}


def test_filled_sheet_lands_ratings_predikat_and_state(office, tmp_path):
    path = export(office, tmp_path)
    fill(path, FILLED)
    plan = read_appraisal_sheet(office.db, path)
    assert plan.counts()[RowAction.BARU] == 6 and plan.counts()[RowAction.KOSONG] == 1
    assert plan.rejected == []
    apply_appraisal_plan(office.db, plan)
    got = {key: stored(office, key) for key in FILLED}
    assert {k: e.predikat for k, e in got.items()} == {
        "kabid": Predikat.SANGAT_BAIK,
        "budi": Predikat.BAIK,
        "siti": Predikat.KURANG,
        "rudi": Predikat.BUTUH_PERBAIKAN,
        "kabid2": Predikat.SANGAT_KURANG,
        "kaban": Predikat.BAIK,
    }
    assert {e.status for e in got.values()} == {EvalState.DINILAI}
    assert got["siti"].catatan == "Sering terlambat" and got["budi"].catatan == ""
    row = office.db.execute("SELECT predikat FROM evaluasi WHERE id = ?", [got["rudi"].id])
    assert row.fetchone() == ("butuh_perbaikan",)


def test_dry_run_writes_nothing(office, tmp_path):
    path = export(office, tmp_path)
    fill(path, FILLED)
    before = rev(office.db)
    assert (
        run_appraisal_import(office.db, path, dry_run=True, skip_invalid=False, as_json=False) == 0
    )
    assert rev(office.db) == before
    assert office.db.execute("SELECT count(*) FROM evaluasi").fetchone() == (0,)


def test_reimport_is_all_unchanged_and_writes_nothing(office, tmp_path):
    path = export(office, tmp_path)
    fill(path, FILLED)
    apply_appraisal_plan(office.db, read_appraisal_sheet(office.db, path))
    before = rev(office.db)
    for again in (path, export(office, tmp_path, "lagi.xlsx")):
        plan = read_appraisal_sheet(office.db, again)
        assert plan.counts()[RowAction.SAMA] == 6 and plan.accepted == []
        apply_appraisal_plan(office.db, plan)
    assert rev(office.db) == before


def test_changing_a_rated_evaluation_is_an_update(office, tmp_path):
    path = export(office, tmp_path)
    fill(path, FILLED)
    apply_appraisal_plan(office.db, read_appraisal_sheet(office.db, path))
    fill(path, {"budi": (ATAS, ATAS)})
    plan = read_appraisal_sheet(office.db, path)
    assert [(r.nip, r.action) for r in plan.accepted] == [(nip("budi"), RowAction.UBAH)]
    apply_appraisal_plan(office.db, plan)
    assert stored(office, "budi").predikat is Predikat.SANGAT_BAIK


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Di Atas Ekspektasi", Rating.DI_ATAS),
        ("  di   ATAS ekspektasi ", Rating.DI_ATAS),
        ("Diatas Ekspektasi", Rating.DI_ATAS),
        ("Sesuai", Rating.SESUAI),
        ("sesuai ekspektasi", Rating.SESUAI),
        ("Di Bawah", Rating.DI_BAWAH),
        (1, Rating.DI_ATAS),
        ("2", Rating.SESUAI),
        (3.0, Rating.DI_BAWAH),
        ("Bagus", None),
        (4, None),
        ("", None),
        (True, None),
    ],
)
def test_rating_texts_short_forms_and_siasn_codes(text, expected):
    assert parse_rating(text) == expected


def test_short_forms_in_the_sheet_are_accepted(office, tmp_path):
    path = export(office, tmp_path)
    fill(path, {"budi": ("di atas", 2), "siti": ("SESUAI EKSPEKTASI", "Di Bawah")})
    apply_appraisal_plan(office.db, read_appraisal_sheet(office.db, path))
    assert stored(office, "budi").predikat is Predikat.BAIK
    assert stored(office, "siti").predikat is Predikat.KURANG


DAMAGED = "NIP rusak oleh Excel (tertulis 1.98609E+17)"


@pytest.mark.parametrize(
    "value, reason",
    [
        pytest.param("199305052022031001", "NIP 199305052022031001 tidak terdaftar", id="unknown"),
        pytest.param(198609262015051001, DAMAGED, id="typed-as-a-number"),
        pytest.param(1.98609262015051e17, DAMAGED, id="excel-float"),
        pytest.param("1.98609E+17", DAMAGED, id="scientific-text"),
        pytest.param("19860926201505", "NIP harus 18 digit", id="too-short"),
        pytest.param(
            PEOPLE["fajar"][1],
            "Fajar Nugroho, S.Kom. (NIP 198503032010011008) sudah tidak aktif",
            id="inactive",
        ),
        pytest.param(PEOPLE["luar"][1], "bukan pegawai unit 1.01 atau sub-unitnya", id="other-opd"),
    ],
)
def test_bad_nip_cells_are_rejected_with_sheet_row_and_column(office, tmp_path, value, reason):
    path = export(office, tmp_path)
    fill(path, {"budi": (SESUAI, SESUAI)})
    ws, r, _ = locate(openpyxl.load_workbook(path))[nip("budi")]
    edit(path, ws.title, f"A{r}", value)
    before = rev(office.db)
    plan = read_appraisal_sheet(office.db, path)
    (issue,) = plan.issues
    assert (issue.sheet, issue.row, issue.column, issue.cell) == (MUTASI, r, "NIP", f"A{r}")
    assert reason in issue.message
    assert rev(office.db) == before


@pytest.mark.parametrize(
    "ratings, column, reason",
    [
        (("Bagus", SESUAI), "Rating Hasil Kerja", "'Bagus' bukan rating yang dikenal"),
        ((SESUAI, "4"), "Rating Perilaku Kerja", "'4' bukan rating yang dikenal"),
        ((SESUAI, None), "Rating Perilaku Kerja", "harus diisi bersama"),
        ((None, "Sesuai"), "Rating Hasil Kerja", "harus diisi bersama"),
    ],
)
def test_bad_ratings_are_rejected_with_the_column(office, tmp_path, ratings, column, reason):
    path = export(office, tmp_path)
    fill(path, {"rudi": ratings})
    (issue,) = read_appraisal_sheet(office.db, path).issues
    _, r, cols = locate(openpyxl.load_workbook(path))[nip("rudi")]
    assert (issue.sheet, issue.row, issue.column, issue.cell) == (
        MUTASI,
        r,
        column,
        f"{cols[column]}{r}",
    )
    assert reason in issue.message


def test_staff_without_skp_is_rejected(office, tmp_path):
    path = export(office, tmp_path)
    fill(path, {"eko": (SESUAI, SESUAI)})
    (issue,) = read_appraisal_sheet(office.db, path).issues
    assert (issue.sheet, issue.column) == (PENGEMBANGAN, "NIP")
    assert issue.message == f"Eko Prasetyo, S.Kom. belum memiliki SKP tahun {YEAR}."


def test_the_same_nip_twice_is_rejected(office, tmp_path):
    path = export(office, tmp_path)
    fill(path, {"budi": (SESUAI, SESUAI), "kabid2": (SESUAI, SESUAI)})
    where = locate(openpyxl.load_workbook(path))
    (ws, r, _), first = where[nip("kabid2")], where[nip("budi")][1]
    edit(path, ws.title, f"A{r}", nip("budi"))
    (issue,) = read_appraisal_sheet(office.db, path).issues
    assert (issue.sheet, issue.row) == (PENGEMBANGAN, r)
    assert f"sudah ada di sheet '{MUTASI}' baris {first}" in issue.message


def test_unit_heads_hasil_must_follow_the_capaian(office, tmp_path):
    set_capaian(office.db, office.units["1.01.01"].id, YEAR, "TW1", CapaianOrganisasi.BAIK)
    path = export(office, tmp_path)
    ws, r, _ = locate(openpyxl.load_workbook(path))[nip("kabid")]
    assert "Sesuai Ekspektasi" in ws[f"E{r}"].comment.text
    fill(path, {"kabid": (ATAS, ATAS)})
    (issue,) = read_appraisal_sheet(office.db, path).issues
    assert (issue.row, issue.column) == (r, "Rating Hasil Kerja")
    assert "capaian kinerja organisasi (Baik): harus Sesuai Ekspektasi" in issue.message
    fill(path, {"kabid": (SESUAI, ATAS)})
    plan = read_appraisal_sheet(office.db, path)
    assert plan.rejected == [] and len(plan.accepted) == 1


def _set(office, key, hasil, perilaku):
    ev = ev_store.open_evaluasi(office.db, office.skp[key], "TW1")
    ev.rating_hasil, ev.rating_perilaku = hasil, perilaku
    ev = ev_store.save_evaluasi(office.db, ev)
    ev_store.transition_evaluasi(office.db, ev.id, Action.NILAI)
    ev_store.transition_evaluasi(
        office.db, ev.id, Action.TETAPKAN, role=Role.PENILAI, today=date(2026, 4, 3)
    )


def test_a_set_evaluation_cannot_be_changed_from_the_sheet(office, tmp_path):
    _set(office, "budi", Rating.SESUAI, Rating.SESUAI)
    path = export(office, tmp_path)
    plan = read_appraisal_sheet(office.db, path)
    assert [r.action for r in plan.rows if r.nip == nip("budi")] == [RowAction.SAMA]
    fill(path, {"budi": (SESUAI, ATAS)})
    (issue,) = read_appraisal_sheet(office.db, path).issues
    assert issue.column == "Rating Perilaku Kerja"
    assert "sudah ditetapkan – tidak dapat diubah" in issue.message
    assert "TRIWULAN I" in issue.message


def test_a_draft_with_one_rating_left_untouched_is_unchanged(office, tmp_path):
    ev = ev_store.open_evaluasi(office.db, office.skp["rudi"], "TW1")
    ev.rating_hasil = Rating.SESUAI
    ev_store.save_evaluasi(office.db, ev)
    plan = read_appraisal_sheet(office.db, export(office, tmp_path))
    assert [r.action for r in plan.rows if r.nip == nip("rudi")] == [RowAction.SAMA]


def test_a_draft_with_both_ratings_becomes_rated(office, tmp_path):
    ev = ev_store.open_evaluasi(office.db, office.skp["rudi"], "TW1")
    ev.rating_hasil, ev.rating_perilaku = Rating.SESUAI, Rating.SESUAI
    ev_store.save_evaluasi(office.db, ev)
    plan = read_appraisal_sheet(office.db, export(office, tmp_path))
    apply_appraisal_plan(office.db, plan)
    assert stored(office, "rudi").status is EvalState.DINILAI


# --- the file itself ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "key, value, reason",
    [
        ("B1", "kinerja-pegawai", "berformat 'kinerja-pegawai', bukan lembar penilaian"),
        ("B2", 2, "versi 2, dibuat oleh aplikasi yang lebih baru"),
        ("B2", "dua", "Versi lembar penilaian 'dua' tidak dikenal"),
        ("B3", "tahun lalu", "isian 'tahun' tidak valid"),
        ("B4", "TW9", "isian 'periode' tidak valid"),
    ],
)
def test_wrong_format_or_version_in_info_is_refused(office, tmp_path, key, value, reason):
    path = export(office, tmp_path)
    edit(path, INFO_SHEET, key, value)
    with pytest.raises(AppraisalSheetError) as err:
        read_appraisal_sheet(office.db, path)
    assert reason in err.value.message()


def test_a_workbook_without_info_is_refused(office, tmp_path):
    path = export(office, tmp_path)
    book = openpyxl.load_workbook(path)
    del book[INFO_SHEET]
    book.save(path)
    with pytest.raises(AppraisalSheetError, match="sheet '_info' tidak ada"):
        read_appraisal_sheet(office.db, path)


@pytest.mark.parametrize("content", [b"\x00\xffbukan excel" * 50, b"PK\x03\x04rusak", b""])
def test_a_broken_file_gives_a_clear_message(office, tmp_path, content):
    path = tmp_path / "rusak.xlsx"
    path.write_bytes(content)
    with pytest.raises(AppraisalSheetError) as err:
        read_appraisal_sheet(office.db, path)
    assert "tidak dapat dibaca sebagai lembar kerja Excel (.xlsx)" in err.value.message()


def test_extra_sheets_without_a_nip_column_are_ignored(office, tmp_path):
    path = export(office, tmp_path)
    book = openpyxl.load_workbook(path)
    book.create_sheet("Catatan saya")["A1"] = "rapat tanggal 3"
    book.save(path)
    assert read_appraisal_sheet(office.db, path).ignored_sheets == ["Catatan saya"]


def test_a_failure_midway_writes_nothing(office, tmp_path, monkeypatch):
    path = export(office, tmp_path)
    fill(path, FILLED)
    plan = read_appraisal_sheet(office.db, path)
    before, real, calls = rev(office.db), ev_store.transition_evaluasi, []

    def failing(*args, **kwargs):
        calls.append(args)
        if len(calls) == 3:
            raise RuntimeError("listrik padam")
        return real(*args, **kwargs)

    monkeypatch.setattr(appraisal_import.evaluasi, "transition_evaluasi", failing)
    with pytest.raises(RuntimeError):
        apply_appraisal_plan(office.db, plan)
    assert rev(office.db) == before
    assert office.db.execute("SELECT count(*) FROM evaluasi").fetchone() == (0,)


# --- command line ---------------------------------------------------------------------------


def test_cli_rejected_rows_write_nothing_and_exit_1(office, tmp_path, capsys):
    path = export(office, tmp_path)
    fill(path, {"budi": (ATAS, SESUAI), "eko": (SESUAI, SESUAI)})
    before = rev(office.db)
    code = run_appraisal_import(office.db, path, dry_run=False, skip_invalid=False, as_json=True)
    report = json.loads(capsys.readouterr().out)
    assert (code, report["written"], rev(office.db)) == (1, False, before)
    assert report["counts"]["baru"] == 1 and report["counts"]["ditolak"] == 1
    (item,) = report["rejected"]
    assert (item["sheet"], item["column"], item["code"]) == (PENGEMBANGAN, "NIP", "no_skp")
    assert "belum memiliki SKP tahun 2026" in item["reason"]


def test_cli_skip_invalid_saves_the_valid_rows(office, tmp_path, capsys):
    path = export(office, tmp_path)
    fill(path, {"budi": (ATAS, SESUAI), "eko": (SESUAI, SESUAI)})
    code = run_appraisal_import(office.db, path, dry_run=False, skip_invalid=True, as_json=False)
    captured = capsys.readouterr()
    assert code == 0 and "Selesai: 1 evaluasi disimpan." in captured.out
    assert f"Sheet '{PENGEMBANGAN}' baris" in captured.err
    assert stored(office, "budi").status is EvalState.DINILAI


def test_cli_export_reports_the_count(office, tmp_path, capsys):
    path = tmp_path / "mutasi.xlsx"
    run_appraisal_export(office.db, path, unit_kode="1.01.01", tahun=YEAR, periode="tw2")
    assert "4 pegawai ditulis" in capsys.readouterr().out
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == [MUTASI, INFO_SHEET]
    assert book[MUTASI]["A4"].value == "PERIODE: TRIWULAN II"


def test_kinerja_appraisal_commands_round_trip(office, db_path, tmp_path):
    path, runner = tmp_path / "tw1.xlsx", CliRunner()
    base = ["--db", str(db_path), "--lang", "en", "appraisal"]
    out = runner.invoke(
        cli, [*base, "export", "--unit", "1.01", "--year", str(YEAR), "--period", "TW1", str(path)]
    )
    assert out.exit_code == 0 and "7 staff written" in out.output
    fill(path, {"budi": (ATAS, ATAS), "eko": (ATAS, ATAS)})
    out = runner.invoke(cli, [*base, "import", str(path), "--json"])
    report = json.loads(out.stdout)
    assert out.exit_code == 1 and report["rejected"][0]["reason"] == (
        f"Eko Prasetyo, S.Kom. has no SKP for {YEAR}."
    )
    out = runner.invoke(cli, [*base, "import", str(path), "--skip-invalid"])
    assert out.exit_code == 0 and "Done: 1 evaluation saved." in out.output
    assert stored(office, "budi").predikat is Predikat.SANGAT_BAIK
