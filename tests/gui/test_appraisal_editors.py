"""The SKP and evaluation editors driven like a person would: keyboard shortcuts in the RHK
tree, typing into cells, rating combos, workflow buttons; reasons and confirmations come from
``ScriptedPrompts`` (the swappable prompts service) so no modal dialog blocks the run."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLineEdit

from desktop.core.appraisal import CapaianOrganisasi, Predikat, Rating
from desktop.core.skp import UmpanBalikMasyarakat
from desktop.core.workflow import Action, EvalState, SkpState, WorkflowError
from desktop.store import capaian as capaian_store
from desktop.store import evaluasi as ev_store
from desktop.store import skp as skp_store
from desktop.store.db import open_db
from desktop.ui.appraisal import AppraisalWorkspace
from desktop.ui.appraisal.evaluation_dialog import EvaluationDialog
from desktop.ui.appraisal.prompt_dialogs import StartChoice
from desktop.ui.appraisal.realisasi_table import BERKAS, REALISASI
from desktop.ui.appraisal.rhk_delegate import COL_ATASAN, COL_TARGET, COL_TEXT
from desktop.ui.appraisal.skp_dialog import SkpDialog
from tests.gui.test_appraisal_support import YEAR, ScriptedPrompts, build_office, skp_for

HEAD_RHK = "Meningkatnya kualitas layanan mutasi"


@pytest.fixture
def office(fresh_db):
    office = build_office(fresh_db, staff_count=3)
    skp_for(fresh_db, office.kabid.id, HEAD_RHK, approve=True)
    return office


@pytest.fixture
def prompts():
    return ScriptedPrompts()


@pytest.fixture
def workspace(qtbot, office, prompts, db_path):
    widget = AppraisalWorkspace(office.db, db_path, prompts=prompts)
    qtbot.addWidget(widget)
    widget.top.year.setValue(YEAR)
    widget.top.period.setCurrentIndex(0)  # Triwulan I
    widget.set_unit(office.bidang.id, {office.bidang.id})
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def open_editor(qtbot, workspace, staff_id, button):
    workspace.select_staff(staff_id)
    with qtbot.waitSignal(workspace.editors.editor_opened) as opened:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = opened.args[0]
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def type_in_editor(qtbot, text, editor_type=QLineEdit):
    """Type into the cell editor that the view just opened, then commit with Enter."""
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), editor_type))
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: closed(editor))  # Enter commits through a queued call


def closed(editor) -> bool:
    try:
        return not editor.isVisible()
    except RuntimeError:  # already deleted
        return True


def edit_cell(qtbot, view, text):
    """F2 on the current cell, type, Enter."""
    qtbot.keyClick(view, Qt.Key.Key_F2)
    type_in_editor(qtbot, text)


def click(qtbot, button):
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


# -- SKP ------------------------------------------------------------------------------------------
def fill_skp_with_keyboard(qtbot, dialog: SkpDialog):
    tree = dialog.rhk_editor.tree
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    type_in_editor(qtbot, "Terkelolanya usulan mutasi pegawai")
    for indikator, target in (
        ("Jumlah usulan mutasi diproses", "400 usulan"),
        ("Usulan diproses tanpa kesalahan", "100 %"),
    ):
        qtbot.keyClick(tree, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
        type_in_editor(qtbot, indikator)
        tree.setCurrentItem(tree.currentItem(), COL_TARGET)
        edit_cell(qtbot, tree, target)
    rhk = tree.topLevelItem(0)
    tree.setCurrentItem(rhk, COL_ATASAN)
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QComboBox))
    combo = QApplication.focusWidget()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: rhk.text(COL_ATASAN) == HEAD_RHK and closed(combo))


def test_fill_skp_with_the_keyboard_save_submit_and_approve(qtbot, workspace, office):
    analis = office.staff[0]
    dialog = open_editor(qtbot, workspace, analis.id, workspace.top.skp_button)
    assert isinstance(dialog, SkpDialog) and dialog.issues.isVisible()  # nothing filled yet
    fill_skp_with_keyboard(qtbot, dialog)
    assert not dialog.issues.isVisible()
    click(qtbot, dialog.buttons[Action.UBAH])

    stored = skp_store.find_skp(office.db, analis.id, YEAR)
    head_rhk = skp_store.find_skp(office.db, office.kabid.id, YEAR).rhk[0]
    assert [r.uraian for r in stored.rhk] == ["Terkelolanya usulan mutasi pegawai"]
    assert [(i.indikator, i.target) for i in stored.rhk[0].iki] == [
        ("Jumlah usulan mutasi diproses", "400 usulan"),
        ("Usulan diproses tanpa kesalahan", "100 %"),
    ]
    assert stored.rhk[0].rhk_atasan_id == head_rhk.id
    qtbot.waitUntil(lambda: "ber-SKP 2 " in workspace.top.summary.text())

    click(qtbot, dialog.buttons[Action.AJUKAN])
    assert skp_store.get_skp(office.db, stored.id).status is SkpState.DIAJUKAN
    assert dialog.rhk_editor.tree.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert not dialog.buttons[Action.UBAH].isEnabled() and "diajukan" in dialog.note.text()
    click(qtbot, dialog.buttons[Action.SETUJUI])
    assert skp_store.get_skp(office.db, stored.id).status is SkpState.DISETUJUI
    assert dialog.header.badge.text() == "Disetujui"


def test_submit_is_refused_inline_until_every_rhk_has_iki(qtbot, workspace, office):
    dialog = open_editor(qtbot, workspace, office.staff[1].id, workspace.top.skp_button)
    tree = dialog.rhk_editor.tree
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    type_in_editor(qtbot, "RHK tanpa indikator")
    click(qtbot, dialog.buttons[Action.AJUKAN])
    assert "RHK 1 belum memiliki IKI" in dialog.issues.text()
    assert skp_store.find_skp(office.db, office.staff[1].id, YEAR) is None


def test_return_needs_a_reason_and_shows_it(qtbot, workspace, office, prompts):
    skp = skp_for(office.db, office.staff[0].id)
    skp_store.transition_skp(office.db, skp.id, Action.AJUKAN)
    workspace.reload()
    dialog = open_editor(qtbot, workspace, office.staff[0].id, workspace.top.skp_button)
    prompts.reasons = [None]
    click(qtbot, dialog.buttons[Action.KEMBALIKAN])
    assert skp_store.get_skp(office.db, skp.id).status is SkpState.DIAJUKAN
    prompts.reasons = ["Target kuantitas terlalu rendah"]
    click(qtbot, dialog.buttons[Action.KEMBALIKAN])
    assert skp_store.get_skp(office.db, skp.id).status is SkpState.DIKEMBALIKAN
    assert "Target kuantitas terlalu rendah" in dialog.note.text()
    assert dialog.buttons[Action.UBAH].isEnabled()


def test_reorder_and_delete_rows_with_keys(qtbot, workspace, office):
    skp = skp_for(office.db, office.staff[0].id, "RHK pertama")
    skp.rhk.append(
        skp_store.rhk_from_library(skp_store.indicator_library(office.db, "kepegawaian")[:1])[0]
    )
    skp_store.save_skp(office.db, skp)
    dialog = open_editor(qtbot, workspace, office.staff[0].id, workspace.top.skp_button)
    tree = dialog.rhk_editor.tree
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0), COL_TEXT)
    qtbot.keyClick(tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert tree.topLevelItem(1).text(COL_TEXT) == "RHK pertama"
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert [r.uraian for r in dialog.result().rhk] == [
        "Terkelolanya data dan administrasi kepegawaian"
    ]
    prompts_before = list(dialog.prompts.asked)
    click(qtbot, dialog.close_button)  # unsaved change: asks before closing
    assert len(dialog.prompts.asked) == len(prompts_before) + 1


def test_new_skp_from_the_indicator_library_of_the_units_rumpun(qtbot, workspace, office, prompts):
    prompts.start, prompts.pick = StartChoice.PUSTAKA, "Meningkatnya kompetensi"
    dialog = open_editor(qtbot, workspace, office.staff[2].id, workspace.top.skp_button)
    assert [r.uraian for r in dialog.result().rhk] == ["Meningkatnya kompetensi ASN"]
    assert skp_store.find_skp(office.db, office.staff[2].id, YEAR) is None  # not saved yet
    assert any(a.startswith("library") for a in prompts.asked)


# -- evaluation -----------------------------------------------------------------------------------
def choose(qtbot, combo: QComboBox, label: str):
    """Keyboard only: Up/Down on the closed combo until the label shows."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    while combo.currentText() != label:
        before = combo.currentIndex()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() != before, f"{label!r} not offered"


def test_evaluate_live_predikat_rate_set_and_lock(qtbot, workspace, office, prompts):
    analis = office.staff[0]
    skp = skp_for(office.db, analis.id, approve=True)
    workspace.reload()
    dialog = open_editor(qtbot, workspace, analis.id, workspace.top.evaluation_button)
    assert isinstance(dialog, EvaluationDialog)
    table = dialog.realisasi.table
    table.setFocus()
    table.setCurrentCell(0, REALISASI)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    type_in_editor(qtbot, "130 usulan")

    ratings = dialog.ratings
    assert ratings.predikat_label.text() == "—"
    choose(qtbot, ratings.hasil, Rating.DI_ATAS.label)
    choose(qtbot, ratings.perilaku, Rating.DI_ATAS.label)
    assert ratings.predikat_label.text() == "Sangat Baik"
    choose(qtbot, ratings.perilaku, Rating.DI_BAWAH.label)
    assert ratings.predikat_label.text() == "Kurang/Misconduct"
    choose(qtbot, ratings.perilaku, Rating.SESUAI.label)
    assert ratings.predikat_label.text() == "Baik"

    click(qtbot, dialog.buttons[Action.NILAI])
    ev = ev_store.find_evaluasi(office.db, skp.id, "TW1")
    assert (ev.status, ev.predikat) == (EvalState.DINILAI, Predikat.BAIK)
    assert ev.realisasi[0].realisasi == "130 usulan"
    click(qtbot, dialog.buttons[Action.TETAPKAN])
    assert any("Setelah ditetapkan, evaluasi terkunci" in a for a in prompts.asked)
    assert ev_store.get_evaluasi(office.db, ev.id).status is EvalState.DITETAPKAN
    qtbot.waitUntil(lambda: "dinilai 1" in workspace.top.summary.text())
    click(qtbot, dialog.close_button)
    qtbot.waitUntil(lambda: workspace.editors.editor is None)

    reopen_and_try_to_save(qtbot, workspace, analis.id, prompts)
    assert ev_store.get_evaluasi(office.db, ev.id).predikat is Predikat.BAIK


def reopen_and_try_to_save(qtbot, workspace, staff_id, prompts):
    """The set evaluation opens read-only; a save past the disabled button is refused."""
    reopened = open_editor(qtbot, workspace, staff_id, workspace.top.evaluation_button)
    assert_locked(reopened)
    qtbot.keyClick(reopened.ratings.perilaku, Qt.Key.Key_Down)  # disabled: nothing changes
    assert reopened.ratings.predikat_label.text() == "Baik"
    qtbot.mouseClick(reopened.buttons[Action.UBAH], Qt.MouseButton.LeftButton)
    assert prompts.errors == []
    reopened.action_requested.emit(Action.UBAH.value, "")  # a save attempt past the buttons
    assert [type(e) for e in prompts.errors] == [WorkflowError]


def assert_locked(dialog: EvaluationDialog):
    assert dialog.note.text().startswith("Terkunci: evaluasi ini sudah ditetapkan")
    assert not dialog.ratings.hasil.isEnabled() and not dialog.ratings.perilaku.isEnabled()
    assert dialog.catatan.isReadOnly()
    item = dialog.realisasi.table.item(0, REALISASI)
    assert not item.flags() & Qt.ItemFlag.ItemIsEditable
    assert not dialog.buttons[Action.UBAH].isEnabled()
    assert not dialog.realisasi.attach_button.isEnabled()
    assert dialog.buttons[Action.BUKA_KEMBALI].isEnabled()


def test_reopening_a_set_evaluation_needs_a_reason(qtbot, workspace, office, prompts):
    skp = skp_for(office.db, office.staff[1].id, approve=True)
    ev = ev_store.open_evaluasi(office.db, skp.id, "TW1")
    ev.rating_hasil = ev.rating_perilaku = Rating.SESUAI
    ev = ev_store.save_evaluasi(office.db, ev)
    ev_store.transition_evaluasi(office.db, ev.id, Action.NILAI)
    ev_store.transition_evaluasi(office.db, ev.id, Action.TETAPKAN)
    workspace.reload()
    dialog = open_editor(qtbot, workspace, office.staff[1].id, workspace.top.evaluation_button)
    prompts.reasons = [None, "Bukti dukung belum lengkap"]
    click(qtbot, dialog.buttons[Action.BUKA_KEMBALI])
    assert ev_store.get_evaluasi(office.db, ev.id).status is EvalState.DITETAPKAN
    click(qtbot, dialog.buttons[Action.BUKA_KEMBALI])
    assert ev_store.get_evaluasi(office.db, ev.id).status is EvalState.DINILAI
    assert "Bukti dukung belum lengkap" in dialog.note.text()
    assert dialog.ratings.perilaku.isEnabled()


def test_rating_needs_both_ratings_inline(qtbot, workspace, office):
    skp_for(office.db, office.staff[0].id, approve=True)
    workspace.reload()
    dialog = open_editor(qtbot, workspace, office.staff[0].id, workspace.top.evaluation_button)
    choose(qtbot, dialog.ratings.hasil, Rating.SESUAI.label)
    click(qtbot, dialog.buttons[Action.NILAI])
    assert "Rating Perilaku Kerja" in dialog.issues.text()
    assert workspace.current_row().eval_status is None


def test_unit_heads_hasil_rating_is_fixed_by_the_capaian(qtbot, workspace, office):
    capaian_store.set_capaian(office.db, office.bidang.id, YEAR, "TW1", CapaianOrganisasi.ISTIMEWA)
    workspace.reload()
    dialog = open_editor(qtbot, workspace, office.kabid.id, workspace.top.evaluation_button)
    assert dialog.ratings.hasil.currentText() == Rating.DI_ATAS.label
    assert not dialog.ratings.hasil.isEnabled()
    assert "Istimewa" in dialog.ratings.head_note.text()
    choose(qtbot, dialog.ratings.perilaku, Rating.DI_ATAS.label)
    assert dialog.ratings.predikat_label.text() == "Sangat Baik"


def test_evidence_files_and_citizen_feedback(qtbot, workspace, office, prompts, tmp_path):
    analis = office.staff[0]
    skp = skp_for(office.db, analis.id, approve=True)
    for isi, sentimen in (
        ("Pelayanan cepat dan ramah", "positif"),
        ("Antrean berkas lama", "negatif"),
    ):
        capaian_store.add_feedback(
            office.db,
            UmpanBalikMasyarakat(
                analis.id, YEAR, "TW1", isi, "Survei loket", date(2026, 2, 10), sentimen
            ),
        )
    workspace.reload()
    dialog = open_editor(qtbot, workspace, analis.id, workspace.top.evaluation_button)
    texts = [dialog.feedback.list.item(n).text() for n in range(dialog.feedback.list.count())]
    assert texts == [
        "10-02-2026 · Survei loket\nPelayanan cepat dan ramah",
        "10-02-2026 · Survei loket\nAntrean berkas lama",
    ]
    prompts.files = [tmp_path / "register.pdf", tmp_path / "foto.jpg"]
    dialog.realisasi.table.setCurrentCell(0, REALISASI)
    click(qtbot, dialog.realisasi.attach_button)
    assert dialog.realisasi.table.item(0, BERKAS).text() == "2 berkas"
    click(qtbot, dialog.buttons[Action.UBAH])
    stored = ev_store.find_evaluasi(office.db, skp.id, "TW1")
    assert stored.realisasi[0].bukti_berkas.splitlines() == [str(p) for p in prompts.files]
    assert Path(stored.realisasi[0].bukti_berkas.splitlines()[0]).name == "register.pdf"


def test_head_rating_follows_a_capaian_set_after_the_evaluation_was_saved(qtbot, workspace, office):
    skp = skp_store.find_skp(office.db, office.kabid.id, YEAR)
    ev = ev_store.open_evaluasi(office.db, skp.id, "TW1")
    ev.rating_hasil = ev.rating_perilaku = Rating.SESUAI
    ev_store.save_evaluasi(office.db, ev)
    capaian_store.set_capaian(office.db, office.bidang.id, YEAR, "TW1", CapaianOrganisasi.KURANG)
    workspace.reload()
    dialog = open_editor(qtbot, workspace, office.kabid.id, workspace.top.evaluation_button)
    assert dialog.ratings.hasil.currentText() == Rating.DI_BAWAH.label
    assert dialog.ratings.predikat_label.text() == "Butuh Perbaikan"
    click(qtbot, dialog.buttons[Action.UBAH])
    assert ev_store.find_evaluasi(office.db, skp.id, "TW1").predikat is Predikat.BUTUH_PERBAIKAN


def test_evaluating_an_unapproved_skp_carries_a_note(qtbot, workspace, office):
    skp_for(office.db, office.staff[2].id)
    workspace.reload()
    dialog = open_editor(qtbot, workspace, office.staff[2].id, workspace.top.evaluation_button)
    assert "belum disetujui (status Draf)" in dialog.note.text()


def test_ctrl_r_works_from_the_pendekatan_combo_but_not_on_other_tabs(qtbot, workspace, office):
    dialog = open_editor(qtbot, workspace, office.staff[1].id, workspace.top.skp_button)
    dialog.pendekatan.setFocus()
    qtbot.keyClick(dialog.pendekatan, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    type_in_editor(qtbot, "RHK dari pintasan")
    dialog.tabs.setCurrentIndex(2)  # Lampiran
    edit = dialog.lampiran["konsekuensi"]
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert [r.uraian for r in dialog.result().rhk] == ["RHK dari pintasan"]


def test_citizen_feedback_is_added_beside_the_evidence(qtbot, workspace, office):
    from desktop.ui.appraisal.feedback_entry import FeedbackEntryDialog
    from tests.gui.conftest import wait_window

    analis = office.staff[0]
    skp_for(office.db, analis.id, approve=True)
    workspace.reload()
    dialog = open_editor(qtbot, workspace, analis.id, workspace.top.evaluation_button)
    panel = dialog.feedback
    before = panel.list.count()
    click(qtbot, panel.add_button)
    entry = wait_window(qtbot, FeedbackEntryDialog)
    click(qtbot, entry.ok_button)  # empty text: refused inline, nothing stored
    assert entry.isVisible()
    assert entry.grid.messages["isi"].text() == "Isi umpan balik wajib diisi."
    qtbot.keyClicks(entry.isi, "Pelayanan usulan mutasi cepat dan jelas")
    qtbot.keyClicks(entry.sumber, "Survei kepuasan")
    qtbot.keyClicks(entry.tanggal, f"15-02-{YEAR}")
    entry.sentimen.set_value("positif")
    click(qtbot, entry.ok_button)
    qtbot.waitUntil(lambda: panel.list.count() == before + 1)
    stored = capaian_store.list_feedback(office.db, analis.id, YEAR, "TW1")
    assert [(f.isi, f.sumber, f.tanggal, f.sentimen) for f in stored][-1:] == [
        ("Pelayanan usulan mutasi cepat dan jelas", "Survei kepuasan", date(YEAR, 2, 15), "positif")
    ]
    assert "Survei kepuasan" in panel.list.item(panel.list.count() - 1).text()


def test_an_skp_changed_elsewhere_is_not_overwritten_by_an_open_editor(
    qtbot, workspace, office, prompts, db_path
):
    """Lost update: an SKP open in the editor, the same SKP changed from another process
    (another connection to the file), then Simpan: refused, the other change kept."""
    analis = office.staff[0]
    stored = skp_for(office.db, analis.id, "Terkelolanya arsip", approve=False)
    dialog = open_editor(qtbot, workspace, analis.id, workspace.top.skp_button)
    other = open_db(db_path)
    with other.conn:
        other.conn.execute(
            "UPDATE skp SET dukungan_sumber_daya = 'Anggaran dari jendela lain' WHERE id = ?",
            [stored.id],
        )
    other.close()
    dialog.lampiran["dukungan_sumber_daya"].setPlainText("Anggaran dari editor ini")
    prompts.errors.clear()
    click(qtbot, dialog.buttons[Action.UBAH])
    assert [getattr(e, "code", None) for e in prompts.errors] == ["stale_edit"]
    assert "diubah oleh" in prompts.errors[0].message()
    kept = skp_store.get_skp(office.db, stored.id).dukungan_sumber_daya
    assert kept == "Anggaran dari jendela lain"
