"""The appraisal workspace of a unit: counts and missing staff, the filter, the capaian combo
and the distribution warnings, opening the right editor, and a 500-person unit."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from desktop.core.appraisal import CapaianOrganisasi, Predikat, Rating
from desktop.core.models import Staff
from desktop.core.workflow import Action
from desktop.store import capaian as capaian_store
from desktop.store import staff as staff_store
from desktop.ui.appraisal import AppraisalWorkspace
from desktop.ui.appraisal.chart import Marker
from desktop.ui.appraisal.distribution_panel import DistributionPanel
from desktop.ui.appraisal.evaluation_dialog import EvaluationDialog
from desktop.ui.appraisal.model import NAMA, STATUS_SKP
from desktop.ui.appraisal.prompt_dialogs import StartChoice
from desktop.ui.appraisal.skp_dialog import SkpDialog
from tests.gui.test_appraisal_support import YEAR, ScriptedPrompts, build_office, rate, skp_for


@pytest.fixture
def office(fresh_db):
    """Kabid + 5 staff: kabid and 3 staff with an approved SKP, 2 of them rated Baik."""
    office = build_office(fresh_db, staff_count=5)
    skp_for(fresh_db, office.kabid.id, "Meningkatnya kualitas layanan mutasi", approve=True)
    for n, person in enumerate(office.staff[:3]):
        skp = skp_for(fresh_db, person.id, approve=True)
        if n < 2:
            rate(fresh_db, skp.id, Rating.SESUAI, Rating.SESUAI)
    return office


@pytest.fixture
def prompts():
    return ScriptedPrompts()


def make_workspace(qtbot, office, prompts, db_path) -> AppraisalWorkspace:
    widget = AppraisalWorkspace(office.db, db_path, prompts=prompts)
    qtbot.addWidget(widget)
    widget.top.year.setValue(YEAR)
    widget.top.period.setCurrentIndex(0)
    widget.set_unit(office.bidang.id, {office.bidang.id})
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def workspace(qtbot, office, prompts, db_path):
    return make_workspace(qtbot, office, prompts, db_path)


def shown_names(workspace) -> list[str]:
    model = workspace.model
    return [model.index(r, NAMA).data() for r in range(model.rowCount())]


def test_counts_and_missing_staff(workspace, office):
    assert workspace.top.summary.text() == (
        "Pegawai 6 · ber-SKP 4 · dinilai 2 · belum dinilai 2 · tanpa SKP 2"
    )
    missing = workspace.model.index(workspace.model.row_of(office.staff[4].id), STATUS_SKP)
    assert missing.data() == "Tanpa SKP"
    assert missing.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert workspace.distribution.chart.counts()[3] == ("Baik", 2)
    assert workspace.distribution.warnings.text() == "Capaian kinerja organisasi belum ditetapkan"


def test_filter_combo_narrows_the_table(qtbot, workspace):
    combo = workspace.table.filter
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # Tanpa SKP
    assert shown_names(workspace) == ["Eka Rahmawati, S.Kom.", "Fajar Wibowo, S.Kom."]
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # Belum dinilai
    assert shown_names(workspace) == ["Ahmad Yani, S.Kom. (kepala unit)", "Dedi Saputra, S.Kom."]
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # Sudah dinilai
    assert shown_names(workspace) == ["Budi Santoso, S.Kom.", "Citra Lestari, S.Kom."]


def test_capaian_that_the_counts_break_shows_an_amber_warning(qtbot, workspace, office):
    from desktop.store.skp import find_skp

    third = find_skp(office.db, office.staff[2].id, YEAR)  # three Baik: enough for a percentage
    rate(office.db, third.id, Rating.SESUAI, Rating.SESUAI)
    workspace.reload()
    combo = workspace.top.capaian
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # Istimewa: mostly Sangat Baik — none at all
    assert "Kuota 'sebagian besar Sangat Baik' belum terpenuhi: 0 orang" in (
        workspace.distribution.warnings.text()
    )
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # Baik: Baik ≤ 70 % and one BP/Kurang — broken
    assert (
        capaian_store.get_capaian(office.db, office.bidang.id, YEAR, "TW1")
        is CapaianOrganisasi.BAIK
    )
    text = workspace.distribution.warnings.text()
    assert "Kuota 'Baik ≤ 70 %' terlampaui: 3 orang, batas 2" in text
    assert "minimal satu Butuh Perbaikan atau Kurang/Misconduct" in text
    assert workspace.distribution.state == "warning"
    assert Marker(3, 3, 2, "max", True) in workspace.distribution.chart.markers()


def test_a_capaian_chosen_by_mistake_can_be_cleared_after_confirming(qtbot, workspace, office):
    capaian_store.set_capaian(office.db, office.bidang.id, YEAR, "TW1", CapaianOrganisasi.BAIK)
    workspace.reload()
    combo, prompts = workspace.top.capaian, workspace.prompts
    combo.setFocus()
    prompts.confirms = [False]
    qtbot.keyClick(combo, Qt.Key.Key_Home)  # Belum ditetapkan, then "Batal"
    assert combo.currentText() == "Baik"
    assert capaian_store.get_capaian(office.db, office.bidang.id, YEAR, "TW1") is not None
    prompts.confirms = [True]
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    assert capaian_store.get_capaian(office.db, office.bidang.id, YEAR, "TW1") is None
    assert combo.currentText() == "Belum ditetapkan"
    assert workspace.distribution.warnings.text() == "Capaian kinerja organisasi belum ditetapkan"
    assert any("akan dihapus" in text for text in prompts.asked)


def test_warning_follows_new_ratings(qtbot, workspace, office):
    capaian_store.set_capaian(office.db, office.bidang.id, YEAR, "TW1", CapaianOrganisasi.BAIK)
    workspace.reload()
    assert workspace.distribution.state == "none"  # two people: a note, no percentage
    assert "terlalu sedikit" in workspace.distribution.warnings.text()
    skp = skp_for(office.db, office.staff[3].id, approve=True)
    rate(office.db, skp.id, Rating.DI_BAWAH, Rating.SESUAI)  # Butuh Perbaikan
    workspace.reload()
    assert workspace.workspace.counts[Predikat.BUTUH_PERBAIKAN] == 1
    assert workspace.distribution.state == "ok"
    assert workspace.distribution.warnings.text() == "✓ Distribusi sesuai kuota"


def double_click_row(qtbot, workspace, staff_id):
    view = workspace.table.view
    index = workspace.model.index(workspace.model.row_of(staff_id), NAMA)
    centre = view.visualRect(index).center()
    with qtbot.waitSignal(workspace.editors.editor_opened) as opened:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    return opened.args[0]


def test_double_click_opens_the_evaluation_or_starts_an_skp(qtbot, workspace, office, prompts):
    dialog = double_click_row(qtbot, workspace, office.staff[0].id)
    assert isinstance(dialog, EvaluationDialog)
    assert dialog.ratings.predikat_label.text() == "Baik"
    dialog.reject()
    prompts.start = StartChoice.KOSONG
    dialog = double_click_row(qtbot, workspace, office.staff[4].id)
    assert isinstance(dialog, SkpDialog) and dialog.result().id is None
    assert prompts.asked[-1] == f"start {YEAR - 1} False"


def test_new_year_starts_from_a_copy_of_last_years_skp(qtbot, workspace, office, prompts):
    workspace.top.year.setValue(YEAR + 1)
    assert "tanpa SKP 6" in workspace.top.summary.text()
    prompts.start = StartChoice.SALIN
    dialog = double_click_row(qtbot, workspace, office.staff[0].id)
    assert prompts.asked[-1] == f"start {YEAR} True"
    assert [r.uraian for r in dialog.result().rhk] == ["Terkelolanya data"]
    assert dialog.header.badge.text() == "Draf"
    assert "tanpa SKP 5" in workspace.top.summary.text()  # the copy is stored at once


def test_transitions_reload_the_workspace(qtbot, workspace, office):
    skp = skp_for(office.db, office.staff[3].id)
    workspace.reload()
    row = workspace.model.row_of(office.staff[3].id)
    assert workspace.model.index(row, STATUS_SKP).data() == "Draf"
    workspace.select_staff(office.staff[3].id)
    with qtbot.waitSignal(workspace.editors.editor_opened) as opened:
        qtbot.mouseClick(workspace.top.skp_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(opened.args[0].buttons[Action.AJUKAN], Qt.MouseButton.LeftButton)
    row = workspace.model.row_of(office.staff[3].id)
    assert workspace.model.index(row, STATUS_SKP).data() == "Diajukan"
    assert skp.id is not None


def test_a_500_person_unit_lists_everyone(qtbot, fresh_db, prompts, db_path):
    """Speed is measured in bench/appraisal.py; here: all 501 rows and the right summary."""
    office = build_office(fresh_db, staff_count=0)
    people = [
        Staff(
            nip=f"19800101{2005 + n % 15}01{1 + n % 2}{n % 1000:03d}",
            nama=f"Pegawai {n:03d}",
            jabatan="Pengadministrasi Umum",
            unit_id=office.bidang.id,
            tanggal_lahir=date(1980, 1, 1),
        )
        for n in range(500)
    ]
    staff_store.upsert_many(fresh_db, people)
    workspace = make_workspace(qtbot, office, prompts, db_path)
    assert workspace.model.rowCount() == 501
    assert workspace.top.summary.text().startswith("Pegawai 501 · ber-SKP 0")


def test_panel_without_a_workspace(qtbot):
    panel = DistributionPanel()
    panel.show_workspace(None)
    assert panel.warnings.text() == "Capaian kinerja organisasi belum ditetapkan"


def test_monthly_offices_choose_a_month(qtbot, office, prompts, db_path):
    office.db["office"].update(1, {"periode_evaluasi": "bulanan"})
    workspace = make_workspace(qtbot, office, prompts, db_path)
    combo = workspace.top.period
    labels = [combo.itemText(n) for n in range(combo.count())]
    assert labels[:2] == ["Januari", "Februari"] and labels[-1] == "Tahunan"
    assert len(labels) == 13 and workspace.periode() == "B01"
    assert "dinilai 0" in workspace.top.summary.text()  # the ratings were for TW1
