"""Kenaikan jenjang, the AK tables and PPPK contracts (issue 14 item 4)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop.core.talent.promotion import ContractState, Facts, contract_state, evaluate_jenjang
from desktop.core.talent.promotion_ak import ak_for_jenjang, ak_for_pangkat


def replace(facts: Facts, **changes: object) -> Facts:
    return facts._replace(**changes)  # type: ignore[arg-type]


MONTH = date(2026, 4, 1)
BASE = Facts(
    status="pns", golongan="III/b", tmt_golongan=date(2024, 4, 1), jenis_jabatan="fungsional",
    jenjang="ahli_pertama", tmt_jabatan=date(2025, 4, 1), predikat={2025: "baik"},
    pak_ak=Decimal("87.5"), pak_date=date(2025, 1, 2),
)  # fmt: skip


@pytest.mark.parametrize(
    ("jenjang", "needed"),
    [("pemula", 15), ("terampil", 60), ("mahir", 100), ("ahli_pertama", 100),
     ("ahli_muda", 200), ("ahli_madya", 450), ("penyelia", None), ("ahli_utama", None)],
)  # fmt: skip
def test_ak_for_the_next_jenjang(jenjang: str, needed: int | None) -> None:
    assert ak_for_jenjang(jenjang) == (None if needed is None else Decimal(needed))


@pytest.mark.parametrize(
    ("jenjang", "golongan", "needed"),
    [("ahli_pertama", "III/a", 50), ("ahli_muda", "III/c", 100), ("ahli_madya", "IV/a", 150),
     ("ahli_madya", "IV/b", 300), ("ahli_utama", "IV/d", 200), ("terampil", "II/b", 20),
     ("terampil", "II/c", 40), ("mahir", "III/a", 50), ("penyelia", "III/c", 100),
     ("ahli_pertama", "III/b", None), ("pemula", "II/a", None), ("ahli_utama", "IV/e", None)],
)  # fmt: skip
def test_ak_for_the_next_pangkat_cumulative_in_the_jenjang(
    jenjang: str, golongan: str, needed: int | None
) -> None:
    assert ak_for_pangkat(jenjang, golongan) == (None if needed is None else Decimal(needed))


def test_jenjang_exactly_reached_after_one_year() -> None:
    verdict = evaluate_jenjang(BASE, MONTH)  # 87.5 + 2025 Baik 12.5 = 100; 12 months
    assert verdict is not None and verdict.eligible, verdict
    assert (verdict.next_jenjang, verdict.ak, verdict.months) == (
        "ahli_muda",
        Decimal("100.00"),
        12,
    )


@pytest.mark.parametrize(
    ("change", "reason"),
    [({"pak_ak": Decimal("87.49")}, "angka kredit 99,99 dari 100,00 untuk jenjang berikutnya"),
     ({"tmt_jabatan": date(2025, 4, 2)}, "masa dalam jenjang 0 tahun 11 bulan (minimal 1 tahun)"),
     ({"predikat": {2025: "butuh_perbaikan"}},
      "predikat tahunan 2025: Butuh Perbaikan (minimal Baik)"),
     ({"tmt_jabatan": None}, "TMT jabatan belum diisi")],
)  # fmt: skip
def test_jenjang_names_what_is_missing(change: dict, reason: str) -> None:
    verdict = evaluate_jenjang(replace(BASE, **change), MONTH)
    assert verdict is not None and reason in verdict.reasons, verdict


@pytest.mark.parametrize(
    "change",
    [{"jenjang": "ahli_utama"}, {"jenjang": "penyelia"}, {"jenis_jabatan": "pelaksana"},
     {"status": "cpns"}],
)  # fmt: skip
def test_no_jenjang_list_entry(change: dict) -> None:
    assert evaluate_jenjang(replace(BASE, **change), MONTH) is None


@pytest.mark.parametrize(
    ("ends", "state"),
    [(None, ContractState.UNKNOWN), (date(2026, 3, 31), ContractState.ENDED),
     (date(2026, 4, 1), ContractState.ENDING), (date(2026, 9, 30), ContractState.ENDING),
     (date(2026, 10, 1), None), (date(2027, 1, 1), None)],
)  # fmt: skip
def test_pppk_contracts_within_six_months(ends: date | None, state: ContractState | None) -> None:
    assert contract_state(ends, date(2026, 4, 20)) == state
