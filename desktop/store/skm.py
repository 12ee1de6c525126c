"""Survei Kepuasan Masyarakat per unit and period: the survey, its rekap (counts per unsur
and answer, synced) and its respondents (office-local). A save that changes nothing writes
nothing, so re-importing the same file neither moves ``rev`` nor resends a row."""

from __future__ import annotations

import json
from dataclasses import dataclass

import sqlite_utils

from desktop.core.access import Perm
from desktop.core.errors import ValidationError
from desktop.core.skm import (
    DEMOGRAPHICS,
    PERIODS,
    UNSUR,
    Counts,
    Responden,
    SkmError,
    SkmResult,
    SkmSurvei,
    check_counts,
    compute,
    survey_periods_for,
    tally,
)
from desktop.core.skp import UmpanBalikMasyarakat
from desktop.store import access, audit
from desktop.store.db import translate_errors
from desktop.store.rows import NO_AUDIT, from_row, insert_row, required_id, update_changed

_ANSWER_COLUMNS = tuple(f"u{u.no}" for u in UNSUR)
_ORDER = {code: n for n, code in enumerate(PERIODS)}
FEEDBACK_SHOWN = 30  # the newest citizen-feedback entries the workspace lists


class SkmStoreError(ValidationError):
    catalog = {
        "has_respondents": (
            "Survei ini sudah berisi {count} responden hasil impor; rekapnya dihitung dari "
            "data itu dan tidak dapat diketik ulang.",
            "This survey already holds {count} imported respondents; its summary is computed "
            "from them and cannot be typed over.",
        ),
    }


@dataclass(frozen=True)
class ImportCounts:
    """What saving a file's respondents did."""

    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.inserted or self.updated or self.removed)


def get_survey(
    db: sqlite_utils.Database, unit_id: int, tahun: int, periode: str
) -> SkmSurvei | None:
    rows = list(
        db.query(
            "SELECT * FROM skm_survei WHERE unit_id = ? AND tahun = ? AND periode = ?",
            [unit_id, tahun, periode],
        )
    )
    return from_row(SkmSurvei, rows[0]) if rows else None


def rekap(db: sqlite_utils.Database, survei_id: int) -> list[Counts]:
    """Per unsur (1–9), how many answered 1, 2, 3 and 4 (zeros where nothing is stored)."""
    found = {
        r[0]: (r[1], r[2], r[3], r[4])
        for r in db.execute(
            "SELECT unsur, n1, n2, n3, n4 FROM skm_rekap WHERE survei_id = ?", [survei_id]
        ).fetchall()
    }
    return [found.get(u.no, (0, 0, 0, 0)) for u in UNSUR]


def result_of(db: sqlite_utils.Database, survey: SkmSurvei) -> SkmResult | None:
    """The survey's index, or None while its rekap is not a whole survey."""
    if survey.id is None:
        return None
    try:
        return compute(rekap(db, survey.id), survey.populasi)
    except SkmError:
        return None


def surveys_of_unit(db: sqlite_utils.Database, unit_id: int) -> list[tuple[SkmSurvei, SkmResult]]:
    """Every complete survey of the unit in time order: the trend across periods."""
    rows = db.query("SELECT * FROM skm_survei WHERE unit_id = ?", [unit_id])
    surveys = sorted(
        (from_row(SkmSurvei, r) for r in rows), key=lambda s: (s.tahun, _ORDER[s.periode])
    )
    out = []
    for survey in surveys:
        result = result_of(db, survey)
        if result is not None:
            out.append((survey, result))
    return out


def survey_for(
    db: sqlite_utils.Database, unit_id: int, tahun: int, eval_periode: str
) -> tuple[SkmSurvei, SkmResult] | None:
    """The survey that speaks for an evaluation period (see ``survey_periods_for``)."""
    for periode in survey_periods_for(eval_periode):
        survey = get_survey(db, unit_id, tahun, periode)
        result = result_of(db, survey) if survey else None
        if survey is not None and result is not None:
            return survey, result
    return None


def respondents(db: sqlite_utils.Database, survei_id: int, berkas: str) -> dict[str, Responden]:
    rows = db.query(
        "SELECT * FROM skm_responden WHERE survei_id = ? AND berkas = ?", [survei_id, berkas]
    )
    return {r["kunci"]: _responden(r) for r in rows}


def respondent_count(db: sqlite_utils.Database, survei_id: int) -> int:
    return db.execute(
        "SELECT count(*) FROM skm_responden WHERE survei_id = ?", [survei_id]
    ).fetchone()[0]


def _responden(row: dict) -> Responden:
    return Responden(
        row["kunci"], tuple(row[c] for c in _ANSWER_COLUMNS), *(row[f] for f in DEMOGRAPHICS)
    )


def _ensure_survey(
    db: sqlite_utils.Database, unit_id: int, tahun: int, periode: str, populasi: int | None
) -> SkmSurvei:
    survey = get_survey(db, unit_id, tahun, periode)
    if survey is None:
        values = {"unit_id": unit_id, "tahun": tahun, "periode": periode, "populasi": populasi}
        insert_row(db, "skm_survei", values, audit=NO_AUDIT)  # the caller's entry says it
        survey = get_survey(db, unit_id, tahun, periode)
        assert survey is not None
    elif populasi is not None and populasi != survey.populasi:
        values = {"populasi": populasi}
        update_changed(db, "skm_survei", required_id(survey), values, audit=NO_AUDIT)
        survey.populasi = populasi
    return survey


def plan_respondents(
    db: sqlite_utils.Database, unit_id: int, tahun: int, periode: str, berkas: str,
    rows: list[Responden],
) -> ImportCounts:  # fmt: skip
    """What ``save_respondents`` would do, writing nothing."""
    survey = get_survey(db, unit_id, tahun, periode)
    stored = respondents(db, survey.id, berkas) if survey and survey.id else {}
    return _compare(stored, rows)


def _compare(stored: dict[str, Responden], rows: list[Responden]) -> ImportCounts:
    keys = {r.kunci for r in rows}
    inserted = sum(1 for r in rows if r.kunci not in stored)
    updated = sum(1 for r in rows if r.kunci in stored and stored[r.kunci] != r)
    return ImportCounts(inserted, updated, len(rows) - inserted - updated, len(set(stored) - keys))


def save_respondents(
    db: sqlite_utils.Database, unit_id: int, tahun: int, periode: str, berkas: str,
    rows: list[Responden], *, populasi: int | None = None,
) -> ImportCounts:  # fmt: skip
    """Replace the respondents that came from ``berkas`` with ``rows`` and recompute the
    rekap from every respondent of the survey, in one transaction. The same rows again
    change nothing."""
    access.require(db, Perm.EDIT_UNIT_DATA, unit_id=unit_id)
    with translate_errors(), db.atomic():
        before = get_survey(db, unit_id, tahun, periode)
        stored = respondents(db, before.id, berkas) if before and before.id else {}
        counts = _compare(stored, rows)
        same_populasi = populasi is None or (before is not None and before.populasi == populasi)
        if before is not None and not counts.changed and same_populasi:
            return counts
        survey = _ensure_survey(db, unit_id, tahun, periode, populasi)
        assert survey.id is not None
        keys = {r.kunci for r in rows}
        for kunci in sorted(set(stored) - keys):
            db.conn.execute(
                "DELETE FROM skm_responden WHERE survei_id = ? AND berkas = ? AND kunci = ?",
                [survey.id, berkas, kunci],
            )
        for row in rows:
            if stored.get(row.kunci) != row:
                _put_respondent(db, survey.id, berkas, row)
        answers = [
            r[:9] for r in db.execute(
                f"SELECT {', '.join(_ANSWER_COLUMNS)} FROM skm_responden WHERE survei_id = ?",
                [survey.id],
            ).fetchall()
        ]  # fmt: skip
        _write_rekap(db, survey.id, tally(answers))
        if survey.sumber != "impor":
            update_changed(db, "skm_survei", survey.id, {"sumber": "impor"}, audit=NO_AUDIT)
        audit.record(
            db, action="import", table="skm_survei", row_uuid=survey.uuid,
            after={"berkas": berkas, "responden": len(rows)},
            summary=f"SKM {tahun} {periode}: {berkas} ({counts.inserted} baru, "
            f"{counts.updated} diubah, {counts.removed} dihapus)",
        )  # fmt: skip
    return counts


def _put_respondent(db: sqlite_utils.Database, survei_id: int, berkas: str, row: Responden) -> None:
    columns = ("survei_id", "berkas", "kunci", *_ANSWER_COLUMNS, *DEMOGRAPHICS)
    values = [survei_id, berkas, row.kunci, *row.answers, *(getattr(row, f) for f in DEMOGRAPHICS)]
    marks = ", ".join("?" * len(columns))
    db.conn.execute(
        f"INSERT INTO skm_responden ({', '.join(columns)}) VALUES ({marks}) "
        "ON CONFLICT (survei_id, berkas, kunci) DO UPDATE SET "
        + ", ".join(f"{c} = excluded.{c}" for c in columns[3:]),
        values,
    )


def _write_rekap(db: sqlite_utils.Database, survei_id: int, counts: list[Counts]) -> bool:
    """Store the counts per unsur; rows that already hold them are not touched."""
    current = rekap(db, survei_id)
    have = {
        r[0] for r in db.execute(
            "SELECT unsur FROM skm_rekap WHERE survei_id = ?", [survei_id]
        ).fetchall()
    }  # fmt: skip
    changed = False
    for unsur, (old, new) in zip(UNSUR, zip(current, counts, strict=True), strict=True):
        if old == new and unsur.no in have:
            continue
        changed = True
        db.conn.execute(
            "INSERT INTO skm_rekap (survei_id, unsur, n1, n2, n3, n4) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (survei_id, unsur) DO UPDATE SET n1 = excluded.n1, n2 = excluded.n2, "
            "n3 = excluded.n3, n4 = excluded.n4",
            [survei_id, unsur.no, *new],
        )
    return changed


def save_rekap(
    db: sqlite_utils.Database, unit_id: int, tahun: int, periode: str, counts: list[Counts],
    *, populasi: int | None = None,
) -> SkmSurvei:  # fmt: skip
    """Store summary counts typed by hand (sumber ``manual``); refused on a survey whose
    rekap comes from imported respondents."""
    access.require(db, Perm.EDIT_UNIT_DATA, unit_id=unit_id)
    check_counts(counts)
    with translate_errors(), db.atomic():
        before = get_survey(db, unit_id, tahun, periode)
        if before is not None and before.id is not None:
            count = respondent_count(db, before.id)
            if count:
                raise SkmStoreError("has_respondents", count=count)
        survey = _ensure_survey(db, unit_id, tahun, periode, populasi)
        assert survey.id is not None
        changed = _write_rekap(db, survey.id, list(counts))
        if survey.sumber != "manual":
            update_changed(db, "skm_survei", survey.id, {"sumber": "manual"}, audit=NO_AUDIT)
            survey.sumber, changed = "manual", True
        if changed or before is None:
            audit.record(
                db, action="update", table="skm_survei", row_uuid=survey.uuid,
                after={"rekap": json.dumps(counts)}, summary=f"SKM {tahun} {periode}: rekap manual",
            )  # fmt: skip
    return survey


def set_follow_up(db: sqlite_utils.Database, survei_id: int, text: str) -> bool:
    """The unit's rencana tindak lanjut printed on the report; unchanged text writes nothing."""
    unit = db.execute("SELECT unit_id FROM skm_survei WHERE id = ?", [survei_id]).fetchone()
    access.require(db, Perm.EDIT_UNIT_DATA, unit_id=unit[0] if unit else None)
    text = text.strip()
    with translate_errors(), db.atomic():
        row = db.execute(
            "SELECT uuid, rencana_tindak_lanjut FROM skm_survei WHERE id = ?", [survei_id]
        ).fetchone()
        if row is None or row[1] == text:
            return False
        update_changed(db, "skm_survei", survei_id, {"rencana_tindak_lanjut": text})
    return True


_FEEDBACK_OF_UNITS = (
    "FROM umpan_balik_masyarakat f JOIN staff s ON s.id = f.staff_id "
    "WHERE f.tahun = ? AND s.unit_id IN (SELECT value FROM json_each(?))"
)


def unit_feedback(
    db: sqlite_utils.Database, unit_ids: set[int], tahun: int, *, limit: int = -1
) -> list[tuple[str, UmpanBalikMasyarakat]]:
    """The citizen-feedback entries about the staff of the units in the year, newest first,
    each with the employee's name; the newest ``limit`` only when given (a screen shows a few,
    a whole kabupaten has thousands)."""
    rows = db.query(
        f"SELECT f.*, s.nama AS staff_nama {_FEEDBACK_OF_UNITS} "
        "ORDER BY coalesce(f.tanggal, '') DESC, f.id DESC LIMIT ?",
        [tahun, json.dumps(sorted(unit_ids)), limit],
    )
    return [(r["staff_nama"], from_row(UmpanBalikMasyarakat, r)) for r in rows]


def unit_feedback_count(db: sqlite_utils.Database, unit_ids: set[int], tahun: int) -> int:
    """How many citizen-feedback entries the staff of the units received in the year."""
    row = db.execute(
        f"SELECT count(*) {_FEEDBACK_OF_UNITS}", [tahun, json.dumps(sorted(unit_ids))]
    ).fetchone()
    return int(row[0])


@dataclass(frozen=True)
class SkmEvidence:
    """A unit's SKM as the appraisal shows it: the survey that speaks for the period (None
    when there is none yet), the trend across every period, and the citizen feedback about
    its staff in the year."""

    unit_id: int
    unit_nama: str
    tahun: int
    survey: SkmSurvei | None
    result: SkmResult | None
    trend: tuple[tuple[SkmSurvei, SkmResult], ...] = ()
    feedback: tuple[tuple[str, UmpanBalikMasyarakat], ...] = ()  # the newest few
    feedback_total: int = 0  # all of the year's entries


def unit_evidence(
    db: sqlite_utils.Database, unit_id: int, unit_ids: set[int], tahun: int, eval_periode: str
) -> SkmEvidence:
    """The workspace's view of a unit (``unit_ids``: its subtree, for the feedback)."""
    row = db.execute("SELECT nama FROM unit WHERE id = ?", [unit_id]).fetchone()
    found = survey_for(db, unit_id, tahun, eval_periode)
    subtree = unit_ids | {unit_id}
    return SkmEvidence(
        unit_id, row[0] if row else "", tahun, found[0] if found else None,
        found[1] if found else None, tuple(surveys_of_unit(db, unit_id)),
        tuple(unit_feedback(db, subtree, tahun, limit=FEEDBACK_SHOWN)),
        unit_feedback_count(db, subtree, tahun),
    )  # fmt: skip


def evidence_for_staff(
    db: sqlite_utils.Database, staff_id: int, tahun: int, eval_periode: str
) -> SkmEvidence | None:
    """The SKM an evaluation shows: of the unit the employee heads, else of their own unit or
    the nearest unit above it with a survey for the period; None when no unit has one."""
    for unit_id in _candidate_units(db, staff_id):
        if survey_for(db, unit_id, tahun, eval_periode) is not None:
            return unit_evidence(db, unit_id, {unit_id}, tahun, eval_periode)
    return None


def _candidate_units(db: sqlite_utils.Database, staff_id: int) -> list[int]:
    headed = [r[0] for r in db.execute(
        "SELECT id FROM unit WHERE kepala_id = ? ORDER BY kode", [staff_id]
    ).fetchall()]  # fmt: skip
    row = db.execute("SELECT unit_id FROM staff WHERE id = ?", [staff_id]).fetchone()
    chain: list[int] = []
    unit_id = row[0] if row else None
    while unit_id is not None and unit_id not in chain:
        chain.append(unit_id)
        parent = db.execute("SELECT parent_id FROM unit WHERE id = ?", [unit_id]).fetchone()
        unit_id = parent[0] if parent else None
    return list(dict.fromkeys([*headed, *chain]))
