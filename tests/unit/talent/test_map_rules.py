"""The talent map's rules: kinerja from two predikat, potensial from JPM, the nine boxes,
every missing input, and the rekam jejak."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core import i18n
from desktop.core.appraisal import Predikat
from desktop.core.talent.kinerja import Kinerja, kinerja_of, kinerja_status
from desktop.core.talent.ninebox import (
    BOXES,
    Placement,
    Potensial,
    axes_of,
    box_name,
    box_of,
    box_rekomendasi,
    classify,
    potensial_of,
    reason_detail,
)
from desktop.core.talent.rekam_jejak import Hukuman, rekam_jejak
from desktop.core.talent.settings import GabungKinerja, TalentSettings

SB, B, BP, K, SK = (
    Predikat.SANGAT_BAIK,
    Predikat.BAIK,
    Predikat.BUTUH_PERBAIKAN,
    Predikat.KURANG,
    Predikat.SANGAT_KURANG,
)
DEFAULT = TalentSettings()
LATEST = TalentSettings(gabung_kinerja=GabungKinerja.TERAKHIR)
FRESH = (date(2025, 3, 1), 0.0)


@pytest.mark.parametrize(
    ("predikat", "kinerja"),
    [
        (SB, Kinerja.DI_ATAS),
        (B, Kinerja.SESUAI),
        (BP, Kinerja.DI_BAWAH),
        (K, Kinerja.DI_BAWAH),
        (SK, Kinerja.DI_BAWAH),
    ],
)
def test_each_predikat_reads_as_pasal_17(predikat, kinerja):
    assert kinerja_of(predikat) is kinerja


@pytest.mark.parametrize(
    ("jpm", "potensial", "prev", "now", "box"),
    [
        (50, Potensial.RENDAH, BP, K, 1),
        (50, Potensial.RENDAH, B, B, 2),
        (80, Potensial.MENENGAH, SB, BP, 3),
        (50, Potensial.RENDAH, SB, SB, 4),
        (80, Potensial.MENENGAH, B, SB, 5),
        (95, Potensial.TINGGI, SK, SB, 6),
        (80, Potensial.MENENGAH, SB, SB, 7),
        (95, Potensial.TINGGI, SB, B, 8),
        (95, Potensial.TINGGI, SB, SB, 9),
    ],
)
def test_all_nine_boxes(jpm, potensial, prev, now, box):
    result = classify(2025, (prev, now), (date(2025, 6, 1), jpm), DEFAULT)
    assert (result.box, result.potensial, result.reason) == (box, potensial, "")
    assert axes_of(box) == (result.kinerja, potensial)


def test_grid_follows_the_regulation():
    rows = {k: tuple(box_of(k, p) for p in Potensial) for k in Kinerja}
    assert rows == {
        Kinerja.DI_BAWAH: (1, 3, 6),
        Kinerja.SESUAI: (2, 5, 8),
        Kinerja.DI_ATAS: (4, 7, 9),
    }
    assert sorted(BOXES) == list(range(1, 10))


def test_each_box_names_its_follow_up_in_both_languages():
    assert box_name(9) == "Kinerja di atas ekspektasi dan potensial tinggi"
    assert box_rekomendasi(9)[0] == "Dipromosikan dan dipertahankan"
    assert "Masuk kelompok rencana suksesi instansi/nasional" in box_rekomendasi(9)
    assert box_rekomendasi(1) == ("Diproses sesuai ketentuan peraturan perundang-undangan",)
    i18n.set_language("en")
    assert box_rekomendasi(9)[0] == "Promote and retain"
    assert box_name(1) == "Below-expectation performance, low potential"


@pytest.mark.parametrize(
    ("jpm", "potensial"),
    [
        (90, Potensial.TINGGI),
        (89.99, Potensial.MENENGAH),
        (78, Potensial.MENENGAH),
        (77.99, Potensial.RENDAH),
        (100, Potensial.TINGGI),
        (0, Potensial.RENDAH),
    ],
)
def test_cut_off_edges(jpm, potensial):
    assert potensial_of(jpm, DEFAULT) is potensial


def test_cut_offs_are_the_office_setting():
    settings = TalentSettings(jpm_tinggi=80, jpm_menengah=60)
    assert potensial_of(80, settings) is Potensial.TINGGI
    assert potensial_of(60, settings) is Potensial.MENENGAH


@pytest.mark.parametrize(
    ("prev", "now", "terendah", "terakhir"),
    [
        (SB, B, Kinerja.SESUAI, Kinerja.SESUAI),
        (B, SB, Kinerja.SESUAI, Kinerja.DI_ATAS),
        (K, SB, Kinerja.DI_BAWAH, Kinerja.DI_ATAS),
        (SB, SB, Kinerja.DI_ATAS, Kinerja.DI_ATAS),
        (SB, BP, Kinerja.DI_BAWAH, Kinerja.DI_BAWAH),
    ],
)
def test_both_ways_to_combine_two_years(prev, now, terendah, terakhir):
    assert kinerja_status(2025, prev, now, GabungKinerja.TERENDAH).kinerja is terendah
    assert kinerja_status(2025, prev, now, GabungKinerja.TERAKHIR).kinerja is terakhir


def test_no_predikat_of_the_year_is_not_mapped():
    result = classify(2025, (SB, None), FRESH, DEFAULT)
    assert result.box is None
    assert result.reason == "belum dipetakan: predikat tahunan 2025 belum ditetapkan"


def test_no_predikat_of_the_year_before_is_not_mapped():
    result = classify(2025, (None, SB), FRESH, DEFAULT)
    assert result.box is None
    assert result.reason == "belum dipetakan: predikat tahunan 2024 belum ditetapkan"


def test_the_year_before_is_not_needed_when_only_the_latest_counts():
    assert classify(2025, (None, SB), (date(2025, 3, 1), 95), LATEST).box == 9
    assert "2025" in classify(2025, (SB, None), FRESH, LATEST).reason


def test_both_years_missing_are_named():
    result = classify(2025, (None, None), FRESH, DEFAULT)
    assert result.reason == "belum dipetakan: predikat tahunan 2024 dan 2025 belum ditetapkan"


def test_a_new_hire_with_one_year_is_told_why():
    result = classify(2025, (None, SB), (date(2025, 3, 1), 95), DEFAULT, date(2024, 3, 1))
    assert result.box is None
    assert "baru diangkat (TMT CPNS 2024-03-01)" in result.reason
    assert "dua tahun penilaian" in result.reason
    # under "terakhir" the one year is enough
    assert classify(2025, (None, SB), (date(2025, 3, 1), 95), LATEST, date(2024, 3, 1)).box == 9


def test_no_assessment_is_not_mapped():
    result = classify(2025, (SB, SB), None, DEFAULT)
    assert result.box is None
    assert result.kinerja is Kinerja.DI_ATAS
    assert result.reason == "belum dipetakan: belum ada hasil asesmen (JPM)"


def test_an_expired_assessment_is_not_mapped():
    # valid 3 years before 31 Dec 2025: from 31 Dec 2022
    result = classify(2025, (SB, SB), (date(2019, 8, 1), 95), DEFAULT)
    assert result.box is None
    assert result.reason == "belum dipetakan: hasil asesmen 2019 kedaluwarsa (berlaku 3 tahun)"
    assert classify(2025, (SB, SB), (date(2022, 12, 30), 95), DEFAULT).box is None
    assert classify(2025, (SB, SB), (date(2022, 12, 31), 95), DEFAULT).box == 9


def test_every_missing_input_is_named_at_once():
    result = classify(2025, (None, SB), None, DEFAULT)
    assert "2024" in result.reason and "asesmen" in result.reason


def test_reasons_speak_english_too():
    i18n.set_language("en")
    result = classify(2025, (SB, None), None, DEFAULT)
    assert result.reason == (
        "not mapped: the 2025 annual predikat has not been set; no assessment result (JPM) yet"
    )


def _placement(box, rekam=""):
    return Placement(1, "1" * 18, "A", "", None, "", box, None, None, None, (None, None), "", rekam)


@pytest.mark.parametrize(
    ("box", "pool"), [(9, True), (8, True), (7, True), (6, False), (4, False), (None, False)]
)
def test_the_pool_is_boxes_seven_to_nine(box, pool):
    assert _placement(box).in_pool is pool


def test_a_sanction_keeps_a_nine_out_of_the_pool():
    assert not _placement(9, "tidak memenuhi rekam jejak: …").in_pool


def _sanction(tingkat="sedang", kategori="disiplin", **dates):
    return Hukuman(kategori=kategori, tingkat=tingkat, nomor_sk="800/12/BKPSDM/2024", **dates)


@pytest.mark.parametrize(
    ("hukuman", "broken"),
    [
        (_sanction("ringan", tanggal_sk=date(2025, 2, 1)), False),
        (_sanction("sedang", tanggal_sk=date(2025, 2, 1)), True),
        (_sanction("berat", tanggal_sk=date(2024, 1, 1)), True),
        (_sanction("", "kode_etik", tanggal_sk=date(2024, 6, 1)), True),
        (_sanction("berat", tanggal_sk=date(2023, 12, 31)), False),  # older: ok
        (_sanction("sedang", tmt=date(2024, 3, 1)), True),  # the TMT alone
        # still served in the window although decided before it
        (_sanction("berat", tanggal_sk=date(2022, 6, 1), selesai=date(2024, 6, 1)), True),
        (_sanction("berat", tanggal_sk=date(2022, 6, 1), selesai=date(2023, 6, 1)), False),
        (_sanction("sedang", tanggal_sk=date(2026, 1, 5)), False),  # after the year
        (_sanction("berat"), True),  # no date at all: to be checked, not silently ignored
        (_sanction("ringan"), False),
    ],
)
def test_rekam_jejak_over_two_years(hukuman, broken):
    assert bool(rekam_jejak([hukuman], 2025)) is broken


def test_rekam_jejak_names_the_sk():
    text = rekam_jejak([_sanction("berat", tanggal_sk=date(2025, 2, 1))], 2025)
    assert text == (
        "tidak memenuhi rekam jejak: hukuman disiplin tingkat berat, SK 800/12/BKPSDM/2024 "
        "2025-02-01"
    )
    ethics = rekam_jejak([_sanction("", "kode_etik", tanggal_sk=date(2025, 2, 1))], 2025)
    assert "pelanggaran kode etik" in ethics


def test_an_undated_sanction_says_its_date_is_missing():
    assert rekam_jejak([_sanction("sedang")], 2025).endswith("(tanggal SK/TMT belum diisi)")


def test_reason_detail_drops_the_lead_in_either_language():
    assert reason_detail("belum dipetakan: belum ada hasil asesmen (JPM)") == (
        "belum ada hasil asesmen (JPM)"
    )
    assert reason_detail("not mapped: x") == "x" and reason_detail("") == ""
