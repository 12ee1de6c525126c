"""Unit names as offices write them: one rule for every import."""

from __future__ import annotations

import pytest

from desktop.core.unit_names import UnitIndex, UnitName, acronym, normalize

UNITS = [
    UnitName(1, "1.01", "Dinas Kesehatan", singkatan="Dinkes"),
    UnitName(2, "1.02", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"),
    UnitName(3, "1.03", "Dinas Pendidikan dan Kebudayaan", aliases=("Dinas Pendidikan",)),
    UnitName(4, "1.04.1", "Sekretariat"),
    UnitName(5, "1.05.1", "Sekretariat"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dinas  kesehatan", 1),
        ("DINAS KESEHATAN.", 1),
        ("Dinkes", 1),
        ("BKPSDM", 2),
        ("b.k.p.s.d.m", None),  # dots make separate words: not an acronym
        ("Dinas Pendidikan", 3),
        ("Sekretariat", None),  # two units share the name: it cannot decide
        ("Dinas Kesehtan", None),  # a near miss is never taken
        ("", None),
    ],
)
def test_find(text, expected):
    assert UnitIndex(list(UNITS)).find(text) == expected


def test_near_miss_is_only_suggested():
    index = UnitIndex(list(UNITS))
    assert [s.nama for s in index.suggest("Dinas Kesehtan")] == ["Dinas Kesehatan"]
    assert index.suggest("Dinas Perhubungan") == []


def test_added_units_are_found_and_codes_match_loosely():
    index = UnitIndex(list(UNITS))
    index.add(UnitName(9, "2.01", "Puskesmas Kepahiang"))
    assert index.find("puskesmas kepahiang") == 9
    assert index.by_kode(" 2.01 ") == 9
    assert index.ambiguous("sekretariat") == [4, 5]


def test_normalize_and_acronym():
    assert normalize("  Dinas   Kesehatan, Kab. Kepahiang ") == "dinas kesehatan kab kepahiang"
    assert acronym("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia") == "bkpsdm"
    assert acronym("Inspektorat") == ""
