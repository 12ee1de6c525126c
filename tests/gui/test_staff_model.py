"""The staff table model on its own: filtering (refined or from scratch), sorting, upserts."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt

from desktop.store.staff import StaffListRow
from desktop.ui.staff.model import GOLONGAN, NAMA, StaffTableModel, name_sort_key

NAMES = ["Siti Aminah", "Dr. Siti Rahma, M.Kes.", "Budi Santoso", "M. Yusuf", "Hj. Ani Lestari"]
GOLONGAN_ORDER = ["II/a", "III/a", "III/b", "IV/a"]


def _rows(n: int = 200, seed: int = 3) -> list[StaffListRow]:
    rng = random.Random(seed)
    return [
        StaffListRow(
            id=i + 1,
            nip=f"19{rng.randrange(60, 99)}0101201001{1 + i % 2}{i % 999 + 1:03d}",
            nama=rng.choice(NAMES),
            jabatan=rng.choice(["Guru Ahli Muda", "Perawat", "Analis"]),
            golongan=rng.choice([*GOLONGAN_ORDER, ""]),
            status="pns",
            unit_id=1 + i % 4,
            unit_nama=f"Unit {1 + i % 4}",
            aktif=i % 10 != 0,
        )
        for i in range(n)
    ]


@pytest.fixture
def model(qapp) -> StaffTableModel:
    m = StaffTableModel()
    m.set_rows(_rows(), {g: n for n, g in enumerate(GOLONGAN_ORDER)})
    return m


def _ids(model: StaffTableModel) -> list[int]:
    return [model.row_at(r).id for r in range(model.rowCount())]


def _expected(rows: list[StaffListRow], query: str, units=None, inactive=False) -> set[int]:
    words = query.lower().split()
    return {
        r.id
        for r in rows
        if (inactive or r.aktif)
        and (units is None or r.unit_id in units)
        and all(w in f"{r.nama}\n{r.nip}\n{r.jabatan}".lower() for w in words)
    }


@pytest.mark.parametrize("typed", [["s", "si", "sit", "siti", "siti ", "siti a"], ["guru", "gur"]])
def test_refining_and_widening_give_the_same_rows_as_a_fresh_filter(model, typed):
    for query in typed:
        model.set_query(query)
        assert set(_ids(model)) == _expected(_rows(), query)


def test_units_and_inactive_restrict_the_rows(model):
    model.set_units({2, 3})
    model.set_query("a")
    assert set(_ids(model)) == _expected(_rows(), "a", {2, 3})
    model.set_show_inactive(True)
    assert set(_ids(model)) == _expected(_rows(), "a", {2, 3}, inactive=True)
    assert model.total() == 200


def test_sorting_by_golongan_uses_rank_and_keeps_the_filter(model):
    model.set_query("guru")
    model.sort(GOLONGAN, Qt.SortOrder.AscendingOrder)
    golongan = [model.row_at(r).golongan for r in range(model.rowCount())]
    ranks = [GOLONGAN_ORDER.index(g) if g else 99 for g in golongan]
    assert ranks == sorted(ranks)
    assert set(_ids(model)) == _expected(_rows(), "guru")
    model.sort(GOLONGAN, Qt.SortOrder.DescendingOrder)
    assert [
        GOLONGAN_ORDER.index(g) if g else 99
        for g in (model.row_at(r).golongan for r in range(model.rowCount()))
    ] == sorted(ranks)[::-1]


def test_sorting_by_name_ignores_gelar_but_keeps_initials(model):
    assert name_sort_key("Dr. Siti Rahma, M.Kes.") == "siti rahma"
    assert name_sort_key("Hj. Ani Lestari") == "ani lestari"
    assert name_sort_key("M. Yusuf") == "m. yusuf"
    model.sort(NAMA, Qt.SortOrder.AscendingOrder)
    keys = [name_sort_key(model.row_at(r).nama) for r in range(model.rowCount())]
    assert keys == sorted(keys)


def test_upsert_updates_hides_and_appends_rows(model):
    first = model.row_at(0)
    model.upsert_row(first._replace(jabatan="Kepala Seksi"))
    assert model.row_at(0).jabatan == "Kepala Seksi"
    model.upsert_row(first._replace(aktif=False))
    assert model.position_of(first.id) == -1
    new = first._replace(id=999, nip="199001012015011999", nama="Zaenal Baru", aktif=True)
    model.upsert_row(new)
    assert model.row_at(model.rowCount() - 1).id == 999
    model.set_query("zaenal")
    assert _ids(model) == [999]
