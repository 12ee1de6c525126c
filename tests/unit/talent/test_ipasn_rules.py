"""The IP ASN pre-check's rules: band edges, every row of the rubric CSV as the scoring reads
it, a person with no data, how trainings are told apart, and the advice order."""

from __future__ import annotations

import csv

import pytest

from desktop import paths
from desktop.core.appraisal import Predikat
from desktop.core.talent.ipasn import (
    KOMPETENSI_ITEMS,
    Band,
    Dimensi,
    Kategori,
    Kelompok,
    Rubric,
    RubricRow,
    Training,
    TrainingSummary,
    band,
    categorize,
    summarize_trainings,
)
from desktop.core.talent.ipasn_score import IpAsnInput, assess, fmt, summarize

YEAR = 2025


def _rubric() -> Rubric:
    with (paths.reference_dir() / "ipasn.csv").open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r["versi"] == "2019"]
    return Rubric("2019", tuple(
        RubricRow(r["versi"], Dimensi(r["dimensi"]), r["kode"], r["uraian"], float(r["nilai"]),
                  int(r["urutan"])) for r in rows
    ))  # fmt: skip


RUBRIC = _rubric()


@pytest.mark.parametrize(
    ("total", "expected"),
    [
        (100, Band.SANGAT_TINGGI), (91, Band.SANGAT_TINGGI), (90.5, Band.SANGAT_TINGGI),
        (90, Band.TINGGI), (81, Band.TINGGI),
        (80, Band.SEDANG), (71, Band.SEDANG),
        (70, Band.RENDAH), (61, Band.RENDAH), (60.5, Band.RENDAH),
        (60, Band.SANGAT_RENDAH), (0, Band.SANGAT_RENDAH),
    ],
)  # fmt: skip
def test_band_edges(total, expected):
    assert band(total) is expected


def test_the_csv_holds_every_row_the_scoring_reads_and_the_weights():
    assert RUBRIC.missing() == set()
    assert RUBRIC.maks(Dimensi.KUALIFIKASI) == 25
    for kelompok in Kelompok:
        assert RUBRIC.maks(Dimensi.KOMPETENSI, kelompok) == 40, kelompok
    assert RUBRIC.maks(Dimensi.KINERJA) == 30
    assert RUBRIC.maks(Dimensi.DISIPLIN) == 5


def _person(**kw) -> IpAsnInput:
    values = dict(staff_id=1, nip="198609262015051001", nama="Budi", jabatan="Analis",
                  unit_id=1, unit_nama="Dinas", pendidikan="S1", jenis_jabatan="pelaksana",
                  trainings=TrainingSummary(), predikat=Predikat.BAIK,
                  predikat_year=YEAR)  # fmt: skip
    values.update(kw)
    return IpAsnInput(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("pendidikan", "nilai"),
    [("S3", 25), ("S2", 20), ("S1", 15), ("D4", 15), ("D3", 10), ("D2", 5), ("D1", 5),
     ("SMA", 5), ("SMP", 1), ("SD", 1), (None, 0)],
)  # fmt: skip
def test_kualifikasi_rows(pendidikan, nilai):
    result = assess(_person(pendidikan=pendidikan), RUBRIC, YEAR)
    assert result.score(Dimensi.KUALIFIKASI).nilai == nilai


FULL = TrainingSummary(kepemimpinan="PKA", fungsional="Diklat JF", teknis_jp=20, seminar=1)


@pytest.mark.parametrize(
    ("jenis_jabatan", "trainings", "nilai"),
    [
        ("administrator", FULL, 40),
        ("administrator", TrainingSummary(kepemimpinan="PKP"), 15),  # struktural_pim
        ("pengawas", TrainingSummary(teknis_jp=20), 15),  # struktural_teknis
        ("jpt", TrainingSummary(seminar=2), 10),  # struktural_seminar
        ("fungsional", FULL, 40),
        ("fungsional", TrainingSummary(fungsional="Diklat penjenjangan"), 15),
        ("fungsional", TrainingSummary(kepemimpinan="PIM IV"), 0),  # not the fungsional item
        ("fungsional", TrainingSummary(teknis_jp=25), 15),
        ("fungsional", TrainingSummary(seminar=1), 10),
        ("pelaksana", FULL, 40),
        ("pelaksana", TrainingSummary(teknis_jp=20), 22.5),
        ("pelaksana", TrainingSummary(teknis_jp=19, seminar=1), 17.5),
        (None, TrainingSummary(), 0),
    ],
)
def test_kompetensi_rows(jenis_jabatan, trainings, nilai):
    result = assess(_person(jenis_jabatan=jenis_jabatan, trainings=trainings), RUBRIC, YEAR)
    assert result.score(Dimensi.KOMPETENSI).nilai == nilai


def test_the_competence_items_cover_every_kind_of_position():
    assert set(KOMPETENSI_ITEMS) == set(Kelompok)


@pytest.mark.parametrize(
    ("predikat", "nilai"),
    [(Predikat.SANGAT_BAIK, 30), (Predikat.BAIK, 25), (Predikat.BUTUH_PERBAIKAN, 20),
     (Predikat.KURANG, 15), (Predikat.SANGAT_KURANG, 10), (None, 0)],
)  # fmt: skip
def test_kinerja_rows_map_the_new_predikat(predikat, nilai):
    result = assess(_person(predikat=predikat), RUBRIC, YEAR)
    assert result.score(Dimensi.KINERJA).nilai == nilai


@pytest.mark.parametrize(
    ("hukuman", "nilai"), [(None, 5), ("ringan", 3), ("sedang", 2), ("berat", 1)]
)
def test_disiplin_rows(hukuman, nilai):
    result = assess(_person(hukuman=hukuman, hukuman_sk="800/1"), RUBRIC, YEAR)
    score = result.score(Dimensi.DISIPLIN)
    assert score.nilai == nilai
    if hukuman:
        assert score.bukti == f"hukuman disiplin {hukuman}, SK 800/1"


def test_a_person_with_no_data_is_lowest_with_named_reasons():
    nobody = _person(pendidikan=None, jenis_jabatan=None, predikat=None, predikat_year=None)
    result = assess(nobody, RUBRIC, YEAR)
    assert result.total == 5  # only "no sanction found"
    assert result.band is Band.SANGAT_RENDAH
    assert result.score(Dimensi.KUALIFIKASI).bukti == "pendidikan belum diisi"
    assert result.score(Dimensi.KINERJA).bukti == "predikat tahunan 2024/2025 belum ditetapkan"
    assert "belum ada" not in result.score(Dimensi.KOMPETENSI).bukti
    assert result.score(Dimensi.KOMPETENSI).bukti == "teknis 0 JP, seminar/sejenis 0× (2024–2025)"
    texts = [str(a) for a in result.advice]
    assert texts[:2] == ["Lengkapi pendidikan terakhir", "Tetapkan evaluasi kinerja tahunan 2025"]


def test_advice_is_cheapest_first_with_its_gain():
    person = _person(jenis_jabatan="fungsional", trainings=TrainingSummary(teknis_jp=12, unknown=2))
    texts = [str(a) for a in assess(person, RUBRIC, YEAR).advice]
    assert texts == [
        "Lengkapi jenis 2 pelatihan",
        "Seminar/workshop/kursus/magang sejenis dalam 2 tahun: +10",
        "Pelatihan teknis ≥ 20 JP dalam 2 tahun (kurang 8 JP): +15",
        "Diklat fungsional jabatan: +15",
        "Predikat kinerja Sangat Baik: +5",
        "Pendidikan S2: +5",
    ]


def test_the_top_of_the_scale_needs_no_advice_but_a_degree():
    best = _person(pendidikan="S3", jenis_jabatan="administrator", trainings=FULL,
                   predikat=Predikat.SANGAT_BAIK)  # fmt: skip
    result = assess(best, RUBRIC, YEAR)
    assert (result.total, result.band, result.advice) == (100, Band.SANGAT_TINGGI, ())


@pytest.mark.parametrize(
    ("kode", "nama_jenis", "bentuk", "nama", "kategori"),
    [
        ("kepemimpinan", "Pelatihan struktural kepemimpinan", "klasikal", "x",
         Kategori.KEPEMIMPINAN),
        ("fungsional", "Pelatihan fungsional", "klasikal", "x", Kategori.FUNGSIONAL),
        ("teknis", "Pelatihan teknis", "klasikal", "x", Kategori.TEKNIS),
        ("bimtek", "Bimbingan teknis", "klasikal", "x", Kategori.TEKNIS),
        ("seminar", "Seminar / konferensi / sarasehan", "klasikal", "x", Kategori.SEMINAR),
        ("workshop", "Workshop / lokakarya", "klasikal", "x", Kategori.SEMINAR),
        ("kursus", "Kursus", "klasikal", "x", Kategori.SEMINAR),
        ("magang", "Magang / praktik kerja", "nonklasikal", "x", Kategori.SEMINAR),
        ("coaching", "Coaching", "nonklasikal", "x", Kategori.SEMINAR),
        ("e_learning", "E-learning", "nonklasikal", "x", Kategori.SEMINAR),
        ("latsar", "Pelatihan dasar CPNS (Latsar)", "klasikal", "x", Kategori.TIDAK_DIHITUNG),
        ("sosial_kultural", "Pelatihan sosial kultural", "klasikal", "x",
         Kategori.TIDAK_DIHITUNG),
        (None, None, None, "Diklat PIM IV Angkatan 3", Kategori.KEPEMIMPINAN),
        (None, None, None, "Pelatihan Kepemimpinan Administrator", Kategori.KEPEMIMPINAN),
        (None, None, None, "Diklat Fungsional Auditor", Kategori.FUNGSIONAL),
        (None, None, None, "Webinar Pelayanan Publik", Kategori.SEMINAR),
        (None, None, None, "Bimtek SIPD", Kategori.TEKNIS),
        (None, None, None, "Rapat Koordinasi", Kategori.LAIN),
        (None, None, None, "Pimpinan Rapat", Kategori.LAIN),  # "pim" only as a word
    ],
)  # fmt: skip
def test_trainings_are_told_apart_by_kind_then_name(kode, nama_jenis, bentuk, nama, kategori):
    assert categorize(kode, nama_jenis, bentuk, nama) is kategori


def test_the_window_counts_teknis_and_seminars_of_two_years_and_leadership_ever():
    trainings = [
        Training(Kategori.KEPEMIMPINAN, 200, 2015, "PIM IV"),
        Training(Kategori.TEKNIS, 12, 2023, "lama"),  # before the window
        Training(Kategori.TEKNIS, 8, 2024, "a"),
        Training(Kategori.TEKNIS, 10, 2025, "b"),
        Training(Kategori.TEKNIS, 50, 2026, "later"),  # after the year
        Training(Kategori.SEMINAR, 0, 2024, "s"),
        Training(Kategori.LAIN, 4, 2025, "?"),
        Training(Kategori.TIDAK_DIHITUNG, 100, 2025, "latsar"),
    ]
    summary = summarize_trainings(trainings, 2025)
    assert summary == TrainingSummary("PIM IV", "", 18, 1, 1)


def test_office_summary_averages_and_bands():
    results = [
        assess(_person(pendidikan="S3", jenis_jabatan="administrator", trainings=FULL,
                       predikat=Predikat.SANGAT_BAIK), RUBRIC, YEAR),  # 100
        assess(_person(pendidikan=None, predikat=None), RUBRIC, YEAR),  # 5
    ]  # fmt: skip
    summary = summarize(results)
    assert summary.count == 2 and summary.average == 52.5
    assert summary.bands[Band.SANGAT_TINGGI] == 1 and summary.bands[Band.SANGAT_RENDAH] == 1
    assert summary.dim_average[Dimensi.KUALIFIKASI] == 12.5


@pytest.mark.parametrize(("value", "text"), [(22.5, "22,5"), (15.0, "15"), (0, "0")])
def test_points_are_printed_with_a_decimal_comma(value, text):
    assert fmt(value) == text
