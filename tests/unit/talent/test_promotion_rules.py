"""Kenaikan pangkat eligibility on plain inputs (issue 14 item 4): the 30-odd-case fixture.

Every case is one employee on the period of 1 April 2026 (conditions read on that day; the
predikat years are 2024 and 2025), either eligible or with the reason that fails."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal

import pytest

from desktop import paths
from desktop.core import i18n
from desktop.core.talent.promotion import Facts, Kategori, Sanction, evaluate_pangkat


def replace(facts: Facts, **changes: object) -> Facts:
    return facts._replace(**changes)  # type: ignore[arg-type]


MONTH = date(2026, 4, 17)  # any day of the month: the period is its 1st
GOOD = {2024: "baik", 2025: "baik"}


def _ceilings() -> dict[str, str]:
    with (paths.reference_dir() / "pangkat_maks.csv").open(encoding="utf-8") as handle:
        return {row["pendidikan"]: row["golongan"] for row in csv.DictReader(handle)}


CEILINGS = _ceilings()
REGULER = Facts(
    status="pns", golongan="III/a", tmt_golongan=date(2022, 4, 1), jenis_jabatan="pelaksana",
    pendidikan="S1", predikat=GOOD,
)  # fmt: skip
FUNGSIONAL = Facts(
    status="pns", golongan="III/a", tmt_golongan=date(2024, 4, 1), jenis_jabatan="fungsional",
    jenjang="ahli_pertama", tmt_jabatan=date(2021, 1, 1), pendidikan="S1", predikat=GOOD,
    pak_ak=Decimal("25"), pak_date=date(2024, 1, 10),
)  # fmt: skip


def _disiplin(tingkat: str, tmt: date, selesai: date | None = None) -> tuple[Sanction, ...]:
    return (Sanction("disiplin", tingkat, tmt, selesai),)


CASES = [
    # reguler: masa kerja golongan, on the month's edge
    ("reguler exactly 4 years on the 1st", REGULER, None),
    (
        "reguler one day short",
        replace(REGULER, tmt_golongan=date(2022, 4, 2)),
        "masa kerja golongan 3 tahun 11 bulan (minimal 4 tahun)",
    ),
    ("reguler the day before", replace(REGULER, tmt_golongan=date(2022, 3, 31)), None),
    (
        "reguler two years",
        replace(REGULER, tmt_golongan=date(2024, 4, 1)),
        "masa kerja golongan 2 tahun 0 bulan (minimal 4 tahun)",
    ),
    # predikat of the last two years
    (
        "predikat 2024 missing",
        replace(REGULER, predikat={2025: "baik"}),
        "predikat tahunan 2024 belum ditetapkan",
    ),
    (
        "predikat 2025 below",
        replace(REGULER, predikat={2024: "baik", 2025: "butuh_perbaikan"}),
        "predikat tahunan 2025: Butuh Perbaikan (minimal Baik)",
    ),
    (
        "predikat 2024 kurang",
        replace(REGULER, predikat={2024: "kurang", 2025: "sangat_baik"}),
        "predikat tahunan 2024: Kurang/Misconduct (minimal Baik)",
    ),
    (
        "sangat baik twice",
        replace(REGULER, predikat={2024: "sangat_baik", 2025: "sangat_baik"}),
        None,
    ),
    (
        "an older bad year does not count",
        replace(REGULER, predikat={2023: "sangat_kurang", **GOOD}),
        None,
    ),
    # the ceiling of the education (PP 99/2000 jo. PP 12/2002 Pasal 18)
    (
        "S1 at III/d",
        replace(REGULER, golongan="III/d"),
        "sudah pangkat tertinggi untuk pendidikan S1 (III/d)",
    ),
    ("S1 at III/c", replace(REGULER, golongan="III/c"), None),
    (
        "SMA at III/b",
        replace(REGULER, golongan="III/b", pendidikan="SMA"),
        "sudah pangkat tertinggi untuk pendidikan SMA (III/b)",
    ),
    ("SMA at III/a", replace(REGULER, golongan="III/a", pendidikan="SMA"), None),
    (
        "SD at II/a",
        replace(REGULER, golongan="II/a", pendidikan="SD"),
        "sudah pangkat tertinggi untuk pendidikan SD (II/a)",
    ),
    ("S3 at IV/a", replace(REGULER, golongan="IV/a", pendidikan="S3"), None),
    (
        "top of the ladder",
        replace(REGULER, golongan="IV/e", pendidikan="S3"),
        "sudah pangkat tertinggi (IV/e)",
    ),
    # missing data
    ("no education", replace(REGULER, pendidikan=None), "pendidikan belum diisi"),
    ("no golongan", replace(REGULER, golongan=None), "golongan belum diisi"),
    ("no TMT golongan", replace(REGULER, tmt_golongan=None), "TMT golongan belum diisi"),
    ("CPNS", replace(REGULER, status="cpns"), "CPNS: belum dapat diusulkan kenaikan pangkat"),
    # hukuman disiplin (PP 94/2021)
    (
        "sedang still running",
        replace(REGULER, sanctions=_disiplin("sedang", date(2025, 10, 1), date(2026, 9, 30))),
        "sedang menjalani hukuman disiplin tingkat sedang (s.d. 30-09-2026)",
    ),
    (
        "berat without end: 12 months",
        replace(REGULER, sanctions=_disiplin("berat", date(2025, 6, 1))),
        "sedang menjalani hukuman disiplin tingkat berat (s.d. 01-06-2026)",
    ),
    ("berat over", replace(REGULER, sanctions=_disiplin("berat", date(2025, 3, 1))), None),
    ("ringan without end", replace(REGULER, sanctions=_disiplin("ringan", date(2026, 3, 1))), None),
    (
        "ringan ending on the 1st",
        replace(REGULER, sanctions=_disiplin("ringan", date(2026, 1, 1), date(2026, 4, 1))),
        "sedang menjalani hukuman disiplin tingkat ringan (s.d. 01-04-2026)",
    ),
    (
        "sedang ended the day before",
        replace(REGULER, sanctions=_disiplin("sedang", date(2025, 4, 1), date(2026, 3, 31))),
        None,
    ),
    (
        "code of ethics is not a hukuman disiplin",
        replace(REGULER, sanctions=(Sanction("kode_etik", "", date(2026, 1, 1), None),)),
        None,
    ),
    # fungsional: 2 years, angka kredit cumulative in the jenjang
    ("fungsional AK exactly 50 after PAK", FUNGSIONAL, None),
    (
        "fungsional AK short",
        replace(FUNGSIONAL, pak_ak=Decimal("24.99")),
        "angka kredit 49,99 dari 50,00 yang disyaratkan",
    ),
    (
        "fungsional one day short of 2 years",
        replace(FUNGSIONAL, tmt_golongan=date(2024, 4, 2)),
        "masa kerja golongan 1 tahun 11 bulan (minimal 2 tahun)",
    ),
    (
        "fungsional top of the jenjang",
        replace(FUNGSIONAL, golongan="III/b"),
        "pangkat puncak jenjang Ahli Pertama (III/b): perlu kenaikan jenjang",
    ),
    (
        "Ahli Madya IV/b needs 300",
        replace(
            FUNGSIONAL,
            golongan="IV/b",
            jenjang="ahli_madya",
            pak_ak=Decimal("280"),
            pak_date=date(2025, 12, 31),
        ),
        "angka kredit 280,00 dari 300,00 yang disyaratkan",
    ),
    (
        "Terampil II/c needs 40",
        replace(
            FUNGSIONAL,
            golongan="II/c",
            jenjang="terampil",
            pak_ak=Decimal("30"),
            pak_date=date(2025, 1, 5),
        ),
        "angka kredit 35,00 dari 40,00 yang disyaratkan",
    ),  # 30 + 2025 Baik (koefisien 5)
    (
        "fungsional jenjang missing",
        replace(FUNGSIONAL, jenjang=None),
        "jenjang jabatan fungsional belum diisi",
    ),
    (
        "fungsional no PAK, no TMT jabatan",
        replace(FUNGSIONAL, pak_ak=None, pak_date=None, tmt_jabatan=None),
        "angka kredit tidak dapat dihitung: TMT jabatan belum diisi",
    ),
    (
        "fungsional predikat missing",
        replace(FUNGSIONAL, predikat={2024: "baik"}),
        "predikat tahunan 2025 belum ditetapkan",
    ),
    (
        "fungsional sanction",
        replace(FUNGSIONAL, sanctions=_disiplin("sedang", date(2026, 2, 1))),
        "sedang menjalani hukuman disiplin tingkat sedang (s.d. 01-02-2027)",
    ),
    (
        "Ahli Utama at IV/e",
        replace(FUNGSIONAL, golongan="IV/e", jenjang="ahli_utama"),
        "sudah pangkat tertinggi (IV/e)",
    ),
]


@pytest.mark.parametrize(("name", "facts", "reason"), CASES, ids=[c[0] for c in CASES])
def test_promotion_case(name: str, facts: Facts, reason: str | None) -> None:
    verdict = evaluate_pangkat(facts, MONTH, CEILINGS)
    if reason is None:
        assert verdict.eligible, verdict.reasons
        assert verdict.reasons == ()
    else:
        assert not verdict.eligible
        assert reason in verdict.reasons, verdict.reasons


def test_the_fixture_has_at_least_thirty_cases() -> None:
    assert len(CASES) >= 30
    assert sum(reason is None for _n, _f, reason in CASES) >= 10


def test_every_failing_condition_is_named_not_only_the_first() -> None:
    facts = replace(REGULER, golongan="III/d", tmt_golongan=date(2024, 1, 1), predikat={})
    reasons = evaluate_pangkat(facts, MONTH, CEILINGS).reasons
    assert len(reasons) == 4
    assert reasons[0].startswith("sudah pangkat tertinggi untuk pendidikan S1")


def test_category_next_rank_and_masa() -> None:
    verdict = evaluate_pangkat(REGULER, MONTH, CEILINGS)
    assert (verdict.kategori, verdict.next_golongan, verdict.months) == (
        Kategori.REGULER, "III/b", 48)  # fmt: skip
    fungsional = evaluate_pangkat(FUNGSIONAL, MONTH, CEILINGS)
    assert fungsional.kategori is Kategori.FUNGSIONAL
    assert (fungsional.ak, fungsional.ak_needed) == (Decimal("50.00"), Decimal("50"))


def test_without_pak_the_predikat_since_tmt_jabatan_count_and_say_so() -> None:
    # 2022 Baik 12.5 + 2023 Sangat Baik 18.75 + 2024 and 2025 Baik 12.5 each = 56.25
    facts = replace(
        FUNGSIONAL, pak_ak=None, pak_date=None, tmt_jabatan=date(2022, 1, 1),
        predikat={2022: "baik", 2023: "sangat_baik", **GOOD},
    )  # fmt: skip
    verdict = evaluate_pangkat(facts, MONTH, CEILINGS)
    assert verdict.eligible and verdict.ak == Decimal("56.25")
    assert any("tanpa PAK" in note for note in verdict.notes)
    # a TMT of 15 July counts from August: 5/12 of 12.5 = 5.21
    late = replace(facts, tmt_jabatan=date(2023, 7, 15), predikat={2023: "baik", **GOOD})
    assert evaluate_pangkat(late, MONTH, CEILINGS).ak == Decimal("30.21")


def test_a_pak_counts_only_the_years_after_it() -> None:
    # a PAK of 31 December 2024 already holds 2024: only 2025 adds
    facts = replace(FUNGSIONAL, pak_ak=Decimal("37.5"), pak_date=date(2024, 12, 31))
    assert evaluate_pangkat(facts, MONTH, CEILINGS).ak == Decimal("50.00")
    # one of mid-2024 holds 2023 only: 2024 and 2025 add
    facts = replace(FUNGSIONAL, pak_ak=Decimal("25"), pak_date=date(2024, 6, 30))
    assert evaluate_pangkat(facts, MONTH, CEILINGS).ak == Decimal("50.00")


def test_reasons_in_english() -> None:
    i18n.set_language("en")
    verdict = evaluate_pangkat(replace(REGULER, golongan="III/d", predikat={}), MONTH, CEILINGS)
    assert "already the highest rank for education S1 (III/d)" in verdict.reasons
    assert "annual predikat 2024 not set" in verdict.reasons


def test_education_ceilings_are_those_of_pp_12_2002() -> None:
    assert CEILINGS == {
        "SD": "II/a", "SMP": "II/c", "SMA": "III/b", "D1": "III/b", "D2": "III/b",
        "D3": "III/c", "D4": "III/d", "S1": "III/d", "S2": "IV/a", "S3": "IV/b",
    }  # fmt: skip


def test_into_golongan_iii_or_iv_the_ujian_dinas_is_a_note() -> None:
    verdict = evaluate_pangkat(replace(REGULER, golongan="II/d", pendidikan="SMA"), MONTH, CEILINGS)
    assert verdict.eligible
    assert verdict.notes == ("perlu bukti lulus ujian dinas tingkat I (atau penyesuaian ijazah)",)
    verdict = evaluate_pangkat(replace(REGULER, golongan="III/d", pendidikan="S2"), MONTH, CEILINGS)
    assert verdict.notes[0].startswith("perlu bukti lulus ujian dinas tingkat II")


def test_a_rank_taking_effect_after_the_period_says_so_instead_of_zero_years() -> None:
    """Read for an earlier period, someone promoted since is not "0 tahun 0 bulan" short."""
    facts = replace(REGULER, tmt_golongan=date(2026, 10, 1))
    verdict = evaluate_pangkat(facts, MONTH, CEILINGS)
    assert verdict.reasons == ("golongan III/a baru berlaku TMT 01-10-2026, sesudah periode ini",)
