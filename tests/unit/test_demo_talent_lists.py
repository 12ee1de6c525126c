"""Every talent list shows real content on the small demo office (issue 14 item 8): read through
the talent store functions as the screens and printouts read them, for the year whose inputs
are complete (2024; promotion periods of 2025)."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from desktop.demo import build_demo
from desktop.store import (
    talent_ipasn,
    talent_jp,
    talent_map,
    talent_performance,
    talent_promotion,
    talent_succession,
)
from desktop.store.db import open_db

YEAR = 2024


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    db = open_db(tmp_path_factory.mktemp("demo_lists") / "demo.sqlite")
    build_demo(db, staff=300, seed=7)
    yield db
    db.close()


def test_the_talent_map_has_people_in_the_top_boxes_and_reasons_for_the_rest(db):
    placed = talent_map.placements(db, YEAR)
    boxes = Counter(p.box for p in placed)
    assert boxes[7] + boxes[8] + boxes[9] >= 3 and boxes[9] >= 1, boxes
    assert len({b for b in boxes if b}) >= 6  # most of the nine boxes have someone
    assert boxes[None] >= 1  # "belum dipetakan" (no or expired assessment), with its reason
    assert all(p.reason for p in placed if p.box is None)


def test_promotion_lists_have_candidates_and_people_held_back(db):
    rows = talent_promotion.candidates(db, date(YEAR + 1, 10, 1))
    eligible = [r for r in rows if not r.verdict.reasons]
    assert eligible and len(eligible) < len(rows)
    assert talent_promotion.jenjang_candidates(db, date(YEAR + 1, 10, 1))
    assert talent_promotion.pppk_contracts(db, date(2026, 1, 1))  # contracts ending by July


def test_low_performers_training_ledger_key_positions_and_ip_asn(db):
    low = talent_performance.low_performers(db, YEAR)
    assert low and any(p.finding.berturut for p in low)
    ledger = talent_jp.jp_ledger(db, YEAR)
    reached = [p.reached for p in ledger.people]
    assert any(reached) and not all(reached)
    assert any(p.klasikal for p in ledger.people) and any(p.nonklasikal for p in ledger.people)
    drafts = talent_succession.successions(db, YEAR, on=date(2026, 1, 2))
    assert drafts and any(d.candidates for d in drafts)
    assert talent_ipasn.ipasn_report(db, YEAR).results
