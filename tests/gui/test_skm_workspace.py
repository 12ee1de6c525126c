"""The unit's SKM on the appraisal workspace (beside the predikat curve and the capaian), the
citizen feedback of its staff, and the head's evaluation where one click fills the realisasi of
the IKM indicator from the survey and says where it came from."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from desktop.core.skm import Responden
from desktop.core.skp import Aspek, Iki, Rhk, UmpanBalikMasyarakat
from desktop.core.workflow import Action
from desktop.store import capaian as capaian_store
from desktop.store import evaluasi as ev_store
from desktop.store import skm as skm_store
from desktop.store import skp as skp_store
from desktop.ui.appraisal.realisasi_table import BUKTI, INDIKATOR, REALISASI
from tests.gui.test_appraisal_editors import click, open_editor
from tests.gui.test_appraisal_support import YEAR, build_office
from tests.gui.test_appraisal_workspace import make_workspace, prompts  # noqa: F401
from tests.unit.test_skm import HAND

IKM = "Indeks Kepuasan Masyarakat unit layanan (hasil SKM PermenPANRB 14/2017)"
SHOTS = os.environ.get("KINERJA_SHOTS")  # a folder: save what the test saw, to look at


@pytest.fixture
def office(fresh_db):
    """Bidang Mutasi surveyed in semester I (the hand example: 81,25, B) and the year before;
    the kabid's SKP measures the index; one citizen complaint about a staff member."""
    office = build_office(fresh_db, staff_count=3)
    skp = skp_store.new_skp(office.kabid.id, YEAR)
    skp.rhk = [
        Rhk("Meningkatnya kepuasan masyarakat atas layanan",
            iki=[Iki(IKM, Aspek.KUALITAS, "≥ 80"),
                 Iki("Jumlah usulan diproses", Aspek.KUANTITAS, "500 usulan")])
    ]  # fmt: skip
    skp = skp_store.save_skp(fresh_db, skp)
    skp_store.transition_skp(fresh_db, skp.id, Action.AJUKAN)
    skp_store.transition_skp(fresh_db, skp.id, Action.SETUJUI)
    rows = [Responden(str(n), answers) for n, answers in enumerate(HAND, 1)]
    unit = office.bidang.id
    skm_store.save_respondents(fresh_db, unit, YEAR, "S1", "skm.xlsx", rows, populasi=4)
    skm_store.save_rekap(fresh_db, unit, YEAR - 1, "TAHUNAN", [(0, 10, 60, 30)] * 9)
    capaian_store.add_feedback(
        fresh_db,
        UmpanBalikMasyarakat(office.staff[0].id, YEAR, "TW1", "Antrean lama, petugas ramah.",
                             "kotak saran", date(YEAR, 2, 3), "negatif"),
    )  # fmt: skip
    return office


def shoot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def test_skm_shows_on_the_workspace_with_trend_and_feedback(qtbot, office, prompts, db_path):  # noqa: F811
    workspace = make_workspace(qtbot, office, prompts, db_path)
    panel = workspace.skm
    assert panel.isVisible()
    headline = panel.summary.headline.text()
    assert "IKM 81,25" in headline and "mutu B (Baik)" in headline
    assert "Semester I 2026 · 4 responden · minimal 4: cukup" in panel.summary.detail.text()
    assert "Unsur terendah: U3, U8, U9 (NRR 2,750)" in panel.summary.weakest.text()
    assert [(label, value) for label, value, _m in panel.trend.points] == [
        ("Th '25", 80.0), ("S1 '26", 81.25)
    ]  # fmt: skip
    assert panel.feedback.count() == 1 and "Antrean lama" in panel.feedback.item(0).text()
    assert "(1)" in panel.feedback_title.text()
    shoot(workspace, "skm_workspace")
    # the third quarter has no semester-II survey yet: the panel says so, the trend stays
    workspace.top.period.setCurrentIndex(2)
    assert "Belum ada hasil SKM" in panel.summary.headline.text()
    assert len(panel.trend.points) == 2


def test_one_click_fills_the_realisasi_from_the_survey(qtbot, office, prompts, db_path):  # noqa: F811
    workspace = make_workspace(qtbot, office, prompts, db_path)
    dialog = open_editor(qtbot, workspace, office.kabid.id, workspace.top.evaluation_button)
    assert dialog.skm.isVisible() and "IKM 81,25" in dialog.skm.summary.headline.text()
    table = dialog.realisasi.table
    row = next(r for r in range(table.rowCount()) if table.item(r, INDIKATOR).text() == IKM)
    assert table.item(row, REALISASI).text() == ""
    shoot(dialog, "skm_evaluation_before")
    click(qtbot, dialog.skm.fill_button)
    assert table.item(row, REALISASI).text() == "81,25"
    assert table.item(row, BUKTI).text() == (
        "Hasil SKM Bidang Mutasi Semester I 2026: IKM 81,25 (mutu B, Baik), 4 responden "
        "(PermenPANRB 14/2017)"
    )
    other = 1 - row
    assert table.item(other, REALISASI).text() == ""  # only the IKI the survey measures
    shoot(dialog, "skm_evaluation_after")
    click(qtbot, dialog.buttons[Action.UBAH])
    skp = skp_store.find_skp(office.db, office.kabid.id, YEAR)
    ev = ev_store.open_evaluasi(office.db, skp.id, "TW1")
    iki_id = next(i.id for r in skp.rhk for i in r.iki if i.indikator == IKM)
    stored = next(r for r in ev.realisasi if r.iki_id == iki_id)
    assert stored.realisasi == "81,25" and stored.bukti_dukung.startswith("Hasil SKM")
    # filling twice keeps one source line
    click(qtbot, dialog.skm.fill_button)
    assert table.item(row, BUKTI).text().count("Hasil SKM") == 1


def test_typed_summary_is_saved_and_shown(qtbot, office, prompts, db_path):  # noqa: F811
    workspace = make_workspace(qtbot, office, prompts, db_path)
    panel = workspace.skm
    workspace.top.period.setCurrentIndex(2)  # TW3: semester II, none yet

    def fill(dialog) -> bool:
        assert dialog.period.currentData() == "S2"
        for row in dialog.spins:
            row[2].setValue(10)
            row[3].setValue(10)
        assert "IKM 87,50 · mutu B (Baik) · 20 responden" in dialog.preview.text()
        return True

    panel.run_dialog = fill
    panel.actions["rekap"].trigger()
    assert "IKM 87,50" in panel.summary.headline.text()
    assert skm_store.get_survey(office.db, office.bidang.id, YEAR, "S2").sumber == "manual"


def test_import_from_the_panel_names_bad_rows(qtbot, office, prompts, db_path, tmp_path):  # noqa: F811
    from tests.unit.test_skm_import import hand_rows, write_csv

    rows = hand_rows()
    rows[0][5] = 5
    prompts.files = [write_csv(tmp_path / "semester2.csv", rows)]
    workspace = make_workspace(qtbot, office, prompts, db_path)
    workspace.top.period.setCurrentIndex(3)
    seen = {}

    def look(dialog) -> bool:
        seen["issues"] = dialog.issues.rowCount()
        seen["reason"] = dialog.issues.item(0, 2).text()
        seen["ok"] = dialog.buttons.buttons()[0].text()
        return False  # cancel: nothing is written

    workspace.skm.run_dialog = look
    workspace.skm.actions["import"].trigger()
    assert seen == {"issues": 1, "reason": "Jawaban '5' tidak sah: isi angka 1, 2, 3 atau 4.",
                    "ok": "Impor 3 responden yang sah"}  # fmt: skip
    assert skm_store.get_survey(office.db, office.bidang.id, YEAR, "S2") is None
    workspace.skm.run_dialog = lambda dialog: True
    workspace.skm.actions["import"].trigger()
    assert "3 responden" in workspace.skm.summary.detail.text()
    assert not prompts.errors


def test_report_and_workbook_from_the_panel(qtbot, office, prompts, db_path, tmp_path):  # noqa: F811
    workspace = make_workspace(qtbot, office, prompts, db_path)
    assert workspace.skm.actions["print"].isEnabled()
    workspace.skm.write_file(tmp_path / "skm.pdf", ".pdf")
    workspace.skm.write_file(tmp_path / "skm.xlsx", ".xlsx")
    assert (tmp_path / "skm.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "skm.xlsx").stat().st_size > 0 and not prompts.errors
