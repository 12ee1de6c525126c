"""The unit tree: subtrees, paths and the default superior (atasan langsung)."""

from __future__ import annotations

import pytest

from desktop.core.models import Unit, UnitJenis
from desktop.core.orgchart import UnitTree

# Pemkab (head 1) → Dinkes (head 2) → Bidang P2P (head 3) → Seksi Imunisasi (no head)
UNITS = [
    Unit("1", "Pemkab", UnitJenis.INSTANSI, None, kepala_id=1, id=10),
    Unit("1.03", "Dinas Kesehatan", UnitJenis.OPD, 10, kepala_id=2, id=11),
    Unit("1.03.02", "Bidang P2P", UnitJenis.BIDANG, 11, kepala_id=3, id=12),
    Unit("1.03.02.01", "Seksi Imunisasi", UnitJenis.SUBBIDANG, 12, kepala_id=None, id=13),
    Unit("1.04", "Dinas Pendidikan", UnitJenis.OPD, 10, kepala_id=None, id=14),
]


@pytest.fixture
def tree() -> UnitTree:
    return UnitTree(UNITS)


def test_subtree_holds_the_unit_and_everything_below(tree):
    assert tree.subtree_ids(11) == {11, 12, 13}
    assert tree.subtree_ids(10) == {10, 11, 12, 13, 14}


def test_path_names_run_from_the_root(tree):
    assert tree.path_names(13) == ["Pemkab", "Dinas Kesehatan", "Bidang P2P", "Seksi Imunisasi"]


@pytest.mark.parametrize(
    ("unit_id", "staff_id", "expected"),
    [
        (12, 50, 3),  # a member of Bidang P2P reports to its head
        (12, 3, 2),  # the head of the bidang reports to the head of the dinas
        (13, 51, 3),  # a seksi without a head: the nearest head above
        (11, 2, 1),  # the kepala dinas reports to the head of the instansi
        (10, 1, None),  # the top has no superior here
        (14, 52, 1),  # a dinas without a head: up to the instansi
        (None, 5, None),
    ],
)
def test_default_atasan_follows_the_tree(tree, unit_id, staff_id, expected):
    assert tree.default_atasan(unit_id, staff_id) == expected


def test_moving_a_unit_below_itself_is_a_cycle(tree):
    assert tree.would_cycle(11, 13)
    assert not tree.would_cycle(13, 14)
