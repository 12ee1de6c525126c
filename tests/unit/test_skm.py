"""SKM rules (PermenPANRB 14/2017): the index, its grade at every edge, the sample table,
the survey store and the indicator's realisasi taken from it."""

from __future__ import annotations

from decimal import Decimal
from itertools import pairwise

import pytest

from desktop.core import i18n
from desktop.core.skm import (
    UNSUR,
    Mutu,
    Responden,
    SkmError,
    compute,
    evidence_text,
    is_skm_indicator,
    mutu_of,
    parse_skm_period,
    read_answer,
    realisasi_text,
    survey_periods_for,
    tally,
)
from desktop.core.skm_sample import KREJCIE_MORGAN, minimum_sample
from desktop.store import skm as skm_store
from tests.conftest import make_unit

# Four respondents, worked by hand:
#   U1 4+3+4+3=14 → 3,50   U2 13 → 3,25   U3 11 → 2,75   U4 16 → 4,00   U5 13 → 3,25
#   U6 13 → 3,25   U7 15 → 3,75   U8 11 → 2,75   U9 11 → 2,75
#   Σ NRR × 1/9 = 117 / 36 = 3,25; × 25 = 81,25 → mutu B (baik); weakest U3, U8, U9.
HAND = [
    (4, 3, 3, 4, 3, 3, 4, 3, 3),
    (3, 3, 2, 4, 3, 3, 3, 3, 2),
    (4, 4, 3, 4, 4, 3, 4, 3, 3),
    (3, 3, 3, 4, 3, 4, 4, 2, 3),
]


def test_unsur_are_the_nine_of_the_regulation():
    assert [u.nama for u in UNSUR] == [
        "Persyaratan", "Sistem, Mekanisme, dan Prosedur", "Waktu Penyelesaian", "Biaya/Tarif",
        "Produk Spesifikasi Jenis Pelayanan", "Kompetensi Pelaksana", "Perilaku Pelaksana",
        "Penanganan Pengaduan, Saran dan Masukan", "Sarana dan Prasarana",
    ]  # fmt: skip


def test_hand_computed_index_and_mutu():
    result = compute(tally(HAND), populasi=4)
    assert [result.nrr_shown(u.no) for u in UNSUR] == [
        Decimal(x) for x in ("3.500", "3.250", "2.750", "4.000", "3.250", "3.250", "3.750",
                             "2.750", "2.750")
    ]  # fmt: skip
    assert result.ikm == Decimal("3.25")
    assert result.konversi == Decimal("81.25")
    assert result.mutu is Mutu.B
    assert result.mutu.kinerja == "Baik"
    assert result.weakest == (3, 8, 9)
    assert result.responden == 4
    assert result.minimum == 4 and result.enough is True


@pytest.mark.parametrize(
    ("konversi", "mutu"),
    [
        ("100.00", Mutu.A), ("88.31", Mutu.A), ("88.30", Mutu.B), ("88.305", Mutu.A),
        ("88.3049", Mutu.B), ("76.61", Mutu.B), ("76.60", Mutu.C), ("76.605", Mutu.B),
        ("65.00", Mutu.C), ("64.99", Mutu.D), ("64.995", Mutu.C), ("25.00", Mutu.D),
    ],
)  # fmt: skip
def test_every_interval_edge(konversi, mutu):
    assert mutu_of(Decimal(konversi)) is mutu


def _uniform(counts):
    return [counts] * len(UNSUR)


@pytest.mark.parametrize(
    ("counts", "konversi", "mutu"),
    [
        # 5322 fours and 4678 threes per unsur: NRR 3.5322, × 25 = 88.305 exactly, published
        # 88.31 → A. In floats Σ NRR × (1/9) × 25 is 88.30499999999998 and grades B.
        ((0, 0, 4678, 5322), Decimal("88.31"), Mutu.A),
        ((0, 0, 4679, 5321), Decimal("88.30"), Mutu.B),  # 3.5321 × 25 = 88.3025
        ((0, 0, 1, 0), Decimal("75.00"), Mutu.C),
        ((0, 1, 0, 0), Decimal("50.00"), Mutu.D),
        ((1, 0, 0, 0), Decimal("25.00"), Mutu.D),
        ((0, 0, 0, 1), Decimal("100.00"), Mutu.A),
        ((0, 4, 96, 0), Decimal("74.00"), Mutu.C),
        ((0, 0, 2, 2), Decimal("87.50"), Mutu.B),
    ],
)
def test_index_from_counts_at_the_edges(counts, konversi, mutu):
    result = compute(_uniform(counts))
    assert result.konversi == konversi
    assert result.mutu is mutu


def test_float_arithmetic_would_grade_the_edge_wrongly():
    nrr = [317898 / 90000] * 9
    as_floats = round(sum(v * (1 / 9) for v in nrr) * 25, 2)
    assert as_floats == 88.3  # B: the float way loses the edge
    assert compute(_uniform((0, 0, 4678, 5322))).mutu is Mutu.A


def test_weighted_index_is_the_mean_of_the_nrr_with_weights_one_ninth():
    counts = [(0, 0, n, 10 - n) for n in range(9)]  # NRR 4.0, 3.9, … 3.2
    result = compute(counts)
    assert result.ikm == sum(result.nrr) / 9
    assert result.konversi == Decimal("90.00")
    assert result.weakest == (9,)


@pytest.mark.parametrize(
    ("populasi", "sample"),
    [(5, 5), (10, 10), (11, 14), (100, 80), (101, 86), (1000, 278), (1001, 285),
     (2500, 335), (100000, 384), (2_000_000, 384)],
)  # fmt: skip
def test_minimum_sample_from_the_regulations_table(populasi, sample):
    assert minimum_sample(populasi) == sample


def test_sample_table_grows_with_the_population():
    assert all(a[0] < b[0] and a[1] <= b[1] for a, b in pairwise(KREJCIE_MORGAN))
    result = compute(tally(HAND), populasi=1000)
    assert result.minimum == 278 and result.enough is False


@pytest.mark.parametrize(("cell", "value"), [(4, 4), (4.0, 4), ("3", 3), (" 2 ", 2), ("1.0", 1)])
def test_answers_read_from_cells(cell, value):
    assert read_answer(cell) == value


@pytest.mark.parametrize(
    ("cell", "code"),
    [
        (5, "answer"),
        ("baik", "answer"),
        (0, "answer"),
        (None, "blank"),
        ("  ", "blank"),
        (3.5, "answer"),
    ],
)
def test_bad_answers_are_named(cell, code):
    with pytest.raises(SkmError) as caught:
        read_answer(cell)
    assert caught.value.code == code


def test_summary_must_be_a_whole_survey():
    counts = _uniform((0, 0, 5, 5))
    counts[3] = (0, 0, 5, 4)
    with pytest.raises(SkmError, match="U4"):
        compute(counts)
    with pytest.raises(SkmError, match="U1"):
        compute(_uniform((0, 0, 0, 0)))


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [("2025", None, (2025, "TAHUNAN")), ("2025-S1", None, (2025, "S1")),
     ("S2 2025", None, (2025, "S2")), ("Semester II", 2024, (2024, "S2")),
     ("semester 1 2024", None, (2024, "S1")), ("tahunan", 2025, (2025, "TAHUNAN"))],
)  # fmt: skip
def test_survey_periods(text, year, expected):
    assert parse_skm_period(text, year) == expected


@pytest.mark.parametrize("text", ["TW1", "2025-S3", "", "S1"])
def test_unknown_survey_periods_are_refused(text):
    with pytest.raises(SkmError):
        parse_skm_period(text)


def test_evaluation_periods_pick_their_semester_first():
    assert survey_periods_for("TW2") == ("S1", "TAHUNAN")
    assert survey_periods_for("B07") == ("S2", "TAHUNAN")
    assert survey_periods_for("TAHUNAN") == ("TAHUNAN", "S2", "S1")


def test_indicator_realisasi_taken_from_the_survey(fresh_db):
    unit = make_unit(fresh_db, kode="7", nama="Puskesmas Kepahiang")
    rows = [Responden(str(n), answers) for n, answers in enumerate(HAND, 1)]
    skm_store.save_respondents(fresh_db, unit.id, 2025, "S1", "skm.xlsx", rows, populasi=4)
    survey, result = skm_store.survey_for(fresh_db, unit.id, 2025, "TW2")
    assert survey.periode == "S1"
    assert realisasi_text(result) == "81,25"
    assert evidence_text(result, unit.nama, survey.periode, survey.tahun) == (
        "Hasil SKM Puskesmas Kepahiang Semester I 2025: IKM 81,25 (mutu B, Baik), "
        "4 responden (PermenPANRB 14/2017)"
    )
    library = fresh_db.execute(
        "SELECT indikator, target FROM ref_indikator WHERE indikator LIKE "
        "'Indeks Kepuasan Masyarakat unit layanan%'"
    ).fetchall()
    assert library and library[0][1] == "≥ 80"
    assert is_skm_indicator(library[0][0])
    assert not is_skm_indicator("Jumlah survei kepuasan masyarakat yang dilaksanakan")
    assert skm_store.survey_for(fresh_db, unit.id, 2025, "TW3") is None
    i18n.set_language("en")
    assert "respondents" in evidence_text(result, unit.nama, "S1", 2025)


def test_saving_the_same_respondents_writes_nothing(fresh_db):
    unit = make_unit(fresh_db, kode="7", nama="Puskesmas Kepahiang")
    rows = [Responden(str(n), answers) for n, answers in enumerate(HAND, 1)]
    first = skm_store.save_respondents(fresh_db, unit.id, 2025, "S1", "a.xlsx", rows)
    assert first.inserted == 4
    rev = fresh_db.execute("SELECT rev FROM sync_state").fetchone()[0]
    again = skm_store.save_respondents(fresh_db, unit.id, 2025, "S1", "a.xlsx", rows)
    assert (again.unchanged, again.changed) == (4, False)
    assert fresh_db.execute("SELECT rev FROM sync_state").fetchone()[0] == rev


def test_trend_and_manual_rekap(fresh_db):
    unit = make_unit(fresh_db, kode="7", nama="Puskesmas Kepahiang")
    skm_store.save_rekap(fresh_db, unit.id, 2024, "TAHUNAN", _uniform((0, 10, 60, 30)))
    rows = [Responden(str(n), answers) for n, answers in enumerate(HAND, 1)]
    skm_store.save_respondents(fresh_db, unit.id, 2025, "S1", "a.xlsx", rows)
    trend = skm_store.surveys_of_unit(fresh_db, unit.id)
    assert [(s.tahun, s.periode, s.sumber, r.konversi) for s, r in trend] == [
        (2024, "TAHUNAN", "manual", Decimal("80.00")),
        (2025, "S1", "impor", Decimal("81.25")),
    ]
    with pytest.raises(skm_store.SkmStoreError):
        skm_store.save_rekap(fresh_db, unit.id, 2025, "S1", _uniform((0, 0, 1, 1)))


def test_the_centre_gets_the_index_but_not_the_respondents(fresh_db):
    from desktop.sync.tables import BY_NAME

    assert BY_NAME["skm_survei"].fk_fields == ("unit_uuid",)
    assert set(BY_NAME["skm_rekap"].fields) == {"unsur", "n1", "n2", "n3", "n4", "survei_uuid"}
    assert "skm_responden" not in BY_NAME  # demographics stay at the office
    columns = {c.name for c in fresh_db["skm_responden"].columns}
    assert "uuid" not in columns and {"jenis_kelamin", "umur", "pekerjaan"} <= columns
