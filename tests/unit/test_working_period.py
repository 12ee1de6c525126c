"""The appraisal page opens on the year and period being worked on."""

from __future__ import annotations

from desktop.demo import build_demo
from desktop.store.workspace import working_period


def test_an_empty_office_opens_on_this_year(fresh_db):
    assert working_period(fresh_db, 2026) == (2026, None)


def test_a_past_year_opens_on_its_latest_evaluated_period(fresh_db):
    build_demo(fresh_db, staff=40, seed=2)  # the demo's year is 2025, evaluated up to TW4
    assert working_period(fresh_db, 2026) == (2025, "TW4")
    assert working_period(fresh_db, 2025) == (2025, None)  # this year: the running period
    assert working_period(fresh_db, 2024) == (2024, None)  # nothing planned yet


def test_a_past_year_stopped_midway_opens_on_its_last_evaluated_period(fresh_db):
    build_demo(fresh_db, staff=40, seed=2)
    with fresh_db.conn:
        fresh_db.execute(
            "DELETE FROM evaluasi WHERE periode IN ('TW3', 'TW4') "
            "AND skp_id IN (SELECT id FROM skp WHERE tahun = 2025)"
        )
    assert working_period(fresh_db, 2026) == (2025, "TW2")
