"""PP 46/2011 history from an office's old recap sheet: read, checked, kept as written."""

from __future__ import annotations

from decimal import Decimal

import openpyxl
import pytest

from desktop.core.legacy import Sebutan
from desktop.imports.appraisal_legacy import (
    LegacyRowError,
    apply_legacy_plan,
    read_legacy_sheet,
)
from desktop.store import staff as staff_store
from desktop.store.legacy import list_legacy
from tests.conftest import make_staff

NIP = "198609262015051001"


@pytest.fixture
def budi(fresh_db):
    return staff_store.save_staff(fresh_db, make_staff())


def sheet(path, *rows, header=("NIP Baru", "Tahun", "Nilai SKP", "Nilai Perilaku Kerja",
                                "Nilai Prestasi Kerja", "Sebutan", "Nama Penilai")):  # fmt: skip
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["REKAP PENILAIAN PRESTASI KERJA PNS"])
    ws.append(list(header))
    for row in rows:
        ws.append(list(row))
    book.save(path)
    return path


def test_old_recap_rows_are_read_and_kept_as_written(fresh_db, budi, tmp_path):
    path = sheet(
        tmp_path / "ppk.xlsx",
        [NIP, 2019, 85.5, "90,25", 87.4, "Baik", "Drs. Penilai"],
        [NIP, 2020, 88, 90, None, None, ""],  # prestasi and sebutan worked out
        [NIP, 2018, 80, 80, 95, "Baik", ""],  # disagrees twice: kept, with two warnings
    )
    plan = read_legacy_sheet(fresh_db, path)
    assert plan.rejected == []
    assert [n for n, _ in plan.warnings] == [5, 5]
    result = apply_legacy_plan(fresh_db, plan)
    assert (result.inserted, result.unchanged) == (3, 0)
    stored = {r.tahun: r for r in list_legacy(fresh_db, budi.id)}
    assert stored[2019].nilai_perilaku == Decimal("90.25") and stored[2019].sumber == "ppk.xlsx"
    assert (stored[2020].nilai_prestasi, stored[2020].sebutan) == (Decimal("88.8"), Sebutan.BAIK)
    assert (stored[2018].nilai_prestasi, stored[2018].sebutan) == (Decimal(95), Sebutan.BAIK)
    again = apply_legacy_plan(fresh_db, read_legacy_sheet(fresh_db, path))
    assert (again.inserted, again.unchanged) == (0, 3)


def test_bad_rows_are_named_and_nothing_is_saved(fresh_db, budi, tmp_path):
    path = sheet(
        tmp_path / "ppk.xlsx",
        [NIP, 2019, 85, 90, None, None],
        ["199001012015011999", 2019, 85, 90, None, None],
        [NIP, 2023, 85, 90, None, None],
        [NIP, 2017, "delapan puluh", 90, None, None],
        [NIP, 2019, 86, 90, None, None],
    )
    plan = read_legacy_sheet(fresh_db, path)
    reasons = dict(plan.rejected)
    assert "tidak terdaftar" in reasons[4]
    assert "PermenPANRB 6/2022" in reasons[5]
    assert "bukan angka" in reasons[6]
    assert "sudah ada di baris 3" in reasons[7]
    with pytest.raises(LegacyRowError) as info:
        apply_legacy_plan(fresh_db, plan)
    assert "4 baris ditolak" in info.value.message()
    assert list_legacy(fresh_db, budi.id) == []
