"""Whole appraisal flows driven through the real widgets: finishing a TW4 draft of the demo
office (realisasi, ratings with the predikat changing live, rate, set, then the lock), and an
SKP made for another Pejabat Penilai up the tree, approved, then closed to edits, with the
angka kredit of a pejabat fungsional shown as the ratings change."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from desktop.core.appraisal import Rating
from desktop.core.models import JenisJabatan
from desktop.core.workflow import Action, EvalState, Role, SkpState, WorkflowError
from desktop.demo import build_demo
from desktop.store import evaluasi as ev_store
from desktop.store import session
from desktop.store import skp as skp_store
from desktop.store import staff as staff_store
from desktop.store import units as unit_store
from desktop.store.penilai import pejabat, resolve_penilai
from desktop.ui.appraisal import AppraisalWorkspace
from desktop.ui.appraisal.prompt_dialogs import StartChoice
from desktop.ui.appraisal.realisasi_table import REALISASI
from tests.gui.test_appraisal_editors import choose, click, open_editor, type_in_editor
from tests.gui.test_appraisal_support import YEAR, ScriptedPrompts, build_office, skp_for

DEMO_YEAR = 2025


@pytest.fixture
def prompts():
    return ScriptedPrompts()


@pytest.fixture(autouse=True)
def _admin_role():
    session.set_role(Role.ADMIN)
    yield
    session.set_role(Role.ADMIN)


def show_workspace(qtbot, db, db_path, prompts, unit_id, year, period_index):
    widget = AppraisalWorkspace(db, db_path, prompts=prompts)
    qtbot.addWidget(widget)
    widget.top.year.setValue(year)
    widget.top.period.setCurrentIndex(period_index)
    widget.set_unit(unit_id, unit_store.unit_tree(db).subtree_ids(unit_id))
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def summary_count(workspace, word: str) -> int:
    """The number after ``word`` in the summary line ("dinilai 12")."""
    text = workspace.top.summary.text()
    return int(text.split(f"{word} ")[1].split()[0].replace(".", ""))


def test_finish_a_tw4_draft_of_the_demo_office(qtbot, fresh_db, db_path, prompts):
    build_demo(fresh_db, staff=60, seed=2)
    staff_id, unit_id, evaluasi_id = fresh_db.execute(
        "SELECT s.id, s.unit_id, e.id FROM evaluasi e JOIN skp k ON k.id = e.skp_id "
        "JOIN staff s ON s.id = k.staff_id WHERE e.periode = 'TW4' AND e.status = 'draft' "
        "ORDER BY s.id LIMIT 1"
    ).fetchone()
    workspace = show_workspace(qtbot, fresh_db, db_path, prompts, unit_id, DEMO_YEAR, 3)
    rated_before = summary_count(workspace, "dinilai")
    dialog = open_editor(qtbot, workspace, staff_id, workspace.top.evaluation_button)
    assert (
        dialog.header.badge.text() == "Draf"
        and dialog.header.when.text() == "Triwulan IV · Tahun 2025"
    )

    table = dialog.realisasi.table
    table.setFocus()
    table.setCurrentCell(0, REALISASI)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    type_in_editor(qtbot, "Selesai 100 %")
    ratings = dialog.ratings
    choose(qtbot, ratings.hasil, Rating.DI_ATAS.label)
    assert ratings.predikat_label.text() == "—"  # one rating is not a predikat yet
    choose(qtbot, ratings.perilaku, Rating.DI_BAWAH.label)
    assert ratings.predikat_label.text() == "Kurang/Misconduct"
    choose(qtbot, ratings.perilaku, Rating.DI_ATAS.label)
    assert ratings.predikat_label.text() == "Sangat Baik"

    click(qtbot, dialog.buttons[Action.NILAI])
    assert ev_store.get_evaluasi(fresh_db, evaluasi_id).status is EvalState.DINILAI
    qtbot.waitUntil(lambda: summary_count(workspace, "dinilai") == rated_before + 1)
    click(qtbot, dialog.buttons[Action.TETAPKAN])
    stored = ev_store.get_evaluasi(fresh_db, evaluasi_id)
    assert (
        stored.status is EvalState.DITETAPKAN and stored.realisasi[0].realisasi == "Selesai 100 %"
    )
    assert stored.penilai == pejabat(fresh_db, resolve_penilai(fresh_db, staff_id))
    assert dialog.note.text().startswith("Terkunci")
    click(qtbot, dialog.close_button)
    qtbot.waitUntil(lambda: workspace.editors.editor is None)

    locked = open_editor(qtbot, workspace, staff_id, workspace.top.evaluation_button)
    assert not locked.buttons[Action.UBAH].isEnabled() and not locked.ratings.perilaku.isEnabled()
    locked.action_requested.emit(Action.UBAH.value, "")  # an edit past the disabled button
    assert [type(e) for e in prompts.errors] == [WorkflowError]
    assert ev_store.get_evaluasi(fresh_db, evaluasi_id).predikat.value == "sangat_baik"


@pytest.fixture
def office(fresh_db):
    """The support office with a kepala at the instansi above the kabid (the second staff
    member, moved up), and the first staff member a pejabat fungsional (Ahli Pertama since
    2020)."""
    office = build_office(fresh_db, staff_count=2)
    root = unit_store.unit_tree(fresh_db).by_id[office.bidang.parent_id]
    kadis = staff_store.get_staff(fresh_db, office.staff[1].id)
    kadis.unit_id, kadis.atasan_id, kadis.jabatan = root.id, None, "Kepala Badan"
    kadis = staff_store.save_staff(fresh_db, kadis)
    root.kepala_id = kadis.id
    unit_store.save_unit(fresh_db, root)
    analis = staff_store.get_staff(fresh_db, office.staff[0].id)
    analis.jenis_jabatan, analis.jenjang = JenisJabatan.FUNGSIONAL, "ahli_pertama"
    analis.tmt_jabatan = date(2020, 1, 1)
    staff_store.save_staff(fresh_db, analis)
    skp_for(fresh_db, office.kabid.id, "RHK kepala bidang", approve=True)
    skp_for(fresh_db, kadis.id, "RHK kepala instansi", approve=True)
    office.kadis = kadis
    return office


def test_an_skp_for_another_penilai_is_approved_then_closed(qtbot, office, prompts, db_path):
    analis = office.staff[0]
    workspace = show_workspace(qtbot, office.db, db_path, prompts, office.bidang.id, YEAR, 0)
    prompts.start, prompts.pick = StartChoice.PUSTAKA, "Terkelolanya data"
    dialog = open_editor(qtbot, workspace, analis.id, workspace.top.skp_button)
    combo = dialog.penilai
    assert combo.count() == 2 and combo.currentText().startswith("Atasan langsung: Ahmad Yani")
    assert dialog.rhk_editor.delegate.options[0].uraian == "RHK kepala bidang"
    choose(qtbot, combo, combo.itemText(1))
    assert "Citra Lestari" in combo.currentText() and "Kepala Badan" in combo.currentText()
    assert "Citra Lestari" in dialog.header.penilai.text()
    assert [o.uraian for o in dialog.rhk_editor.delegate.options] == ["RHK kepala instansi"]

    click(qtbot, dialog.buttons[Action.UBAH])
    stored = skp_store.find_skp(office.db, analis.id, YEAR)
    assert stored.penilai_id == office.kadis.id and stored.rhk[0].iki
    click(qtbot, dialog.buttons[Action.AJUKAN])
    click(qtbot, dialog.buttons[Action.SETUJUI])
    assert skp_store.get_skp(office.db, stored.id).status is SkpState.DISETUJUI
    assert not dialog.buttons[Action.UBAH].isEnabled() and not combo.isEnabled()
    tree = dialog.rhk_editor.tree
    assert tree.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    dialog.action_requested.emit(Action.UBAH.value, "")  # an edit of an approved SKP
    assert [type(e) for e in prompts.errors] == [WorkflowError]
    click(qtbot, dialog.close_button)
    qtbot.waitUntil(lambda: workspace.editors.editor is None)

    evaluation = open_editor(qtbot, workspace, analis.id, workspace.top.evaluation_button)
    label = evaluation.ratings.angka_kredit
    assert label.isVisible() and label.text().startswith("Angka kredit periode ini: —")
    choose(qtbot, evaluation.ratings.hasil, Rating.SESUAI.label)
    choose(qtbot, evaluation.ratings.perilaku, Rating.SESUAI.label)
    assert label.text() == (
        "Angka kredit periode ini: 3,13 (Ahli Pertama; 3 bulan × 100 % × koefisien 12,5)"
    )
    choose(qtbot, evaluation.ratings.perilaku, Rating.DI_BAWAH.label)
    assert label.text().startswith("Angka kredit periode ini: 1,56 ")  # Kurang: 50 %
    assert "Citra Lestari" in evaluation.header.penilai.text()
