"""Citizen feedback: text required, a known sentiment, dated inside the appraisal year."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.skp import UmpanBalikMasyarakat
from desktop.store import capaian as capaian_store
from desktop.store import staff as staff_store
from tests.conftest import make_staff, make_unit


@pytest.fixture
def staff_id(fresh_db) -> int:
    unit = make_unit(fresh_db)
    return staff_store.save_staff(fresh_db, make_staff(unit_id=unit.id)).id


@pytest.mark.parametrize(
    ("isi", "sentimen", "tanggal", "expected"),
    [
        ("   ", "netral", None, "Isi umpan balik wajib diisi."),
        ("Ramah", "marah", None, "Sentimen 'marah' tidak dikenal"),
        ("Ramah", "positif", date(2025, 12, 31), "di luar tahun penilaian 2026"),
    ],
)
def test_bad_feedback_is_refused_and_nothing_is_stored(fresh_db, staff_id, isi, sentimen,
                                                         tanggal, expected):  # fmt: skip
    item = UmpanBalikMasyarakat(staff_id, 2026, "TW1", isi, "Loket", tanggal, sentimen)
    with pytest.raises(capaian_store.FeedbackError) as info:
        capaian_store.add_feedback(fresh_db, item)
    assert expected in info.value.message()
    assert capaian_store.list_feedback(fresh_db, staff_id, 2026) == []


def test_good_feedback_is_stored_audited_and_listed(fresh_db, staff_id):
    item = UmpanBalikMasyarakat(staff_id, 2026, "tw1", " Cepat ", "Loket", date(2026, 2, 3),
                                "positif")  # fmt: skip
    capaian_store.add_feedback(fresh_db, item)
    listed = capaian_store.list_feedback(fresh_db, staff_id, 2026, "TW1")
    assert [(f.isi, f.periode, f.tanggal) for f in listed] == [("Cepat", "TW1", date(2026, 2, 3))]
    assert capaian_store.list_feedback(fresh_db, staff_id, 2026, "TW2") == []
    audited = fresh_db.execute(
        "SELECT count(*) FROM audit_log WHERE table_name = 'umpan_balik_masyarakat'"
    ).fetchone()[0]
    assert audited == 1
