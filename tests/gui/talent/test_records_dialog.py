"""The talent inputs on the staff dialog and the two imports of the Berkas menu, driven
through the real widgets: a sanction without its tingkat or a JPM of 120 keeps Simpan off
with the reason under the table; fixed, it is saved; the PPPK contract's end only for PPPK;
the sanctions tab hidden from a role that may not read them; an assessment sheet through the
preview into the database."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QMenu

from desktop.core.models import JenisJabatan, StatusPegawai
from desktop.core.workflow import Role
from desktop.store import staff as staff_store
from desktop.store.session import Session, acting
from desktop.ui.imports.dialog import ImportPreviewDialog
from desktop.ui.staff.dialog import StaffDialog
from desktop.ui.staff.history_tab import HistoryTab
from tests.gui.conftest import find_window, wait_window
from tests.gui.helpers import click_staff, click_tab


def _open(qtbot, window, staff_id: int) -> StaffDialog:
    click_staff(qtbot, window, staff_id)
    qtbot.keyClick(window.staff_panel.table, Qt.Key.Key_Return)
    return wait_window(qtbot, StaffDialog)


def _tab(dialog: StaffDialog, attr: str) -> HistoryTab:
    return next(t for t in dialog.history_tabs if t.attr == attr)


def _show(qtbot, dialog: StaffDialog, attr: str) -> HistoryTab:
    tab = _tab(dialog, attr)
    dialog.tabs.setCurrentWidget(tab)  # many tabs: the bar scrolls, the title may be hidden
    qtbot.waitUntil(tab.table.isVisible)
    return tab


def _type_cell(qtbot, tab: HistoryTab, row: int, column: int, text: str) -> None:
    """Open the cell's editor with F2, type, and commit with Return."""
    index = tab.model.index(row, column)
    tab.table.setCurrentIndex(index)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_F2)
    editor = tab.table.focusWidget()
    if isinstance(editor, QComboBox):
        found = editor.findText(text)
        assert found >= 0, text
        editor.setFocus()
        for _step in range(found - editor.currentIndex()):
            qtbot.keyClick(editor, Qt.Key.Key_Down)
    else:
        qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    idle = QAbstractItemView.State.NoState
    qtbot.waitUntil(lambda: tab.table.state() == idle)


def _add_row(qtbot, tab: HistoryTab) -> int:
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(tab.table.focusWidget(), Qt.Key.Key_Escape)  # leave the first editor
    return tab.model.rowCount() - 1


def test_a_sanction_needs_its_tingkat_before_it_is_saved(qtbot, window, office, fresh_db):
    person = office.staff[5]
    dialog = _open(qtbot, window, person.id)
    tab = _show(qtbot, dialog, "hukuman")
    row = _add_row(qtbot, tab)
    _type_cell(qtbot, tab, row, 2, "Teguran tertulis")
    assert "Tingkat hukuman disiplin wajib dipilih" in tab.message.text()
    assert not dialog.save_button.isEnabled()
    _type_cell(qtbot, tab, row, 1, "Ringan")
    _type_cell(qtbot, tab, row, 5, "02-05-2025")
    assert not tab.message.isVisible() and dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: find_window(StaffDialog) is None)
    _staff, history = staff_store.load_record(fresh_db, person.id)
    [saved] = history.hukuman
    assert (saved.kategori, saved.tingkat, saved.jenis, saved.tmt) == (
        "disiplin",
        "ringan",
        "Teguran tertulis",
        date(2025, 5, 2),
    )


def test_a_jpm_above_100_keeps_simpan_off_until_fixed(qtbot, window, office, fresh_db):
    person = office.staff[6]
    dialog = _open(qtbot, window, person.id)
    tab = _show(qtbot, dialog, "asesmen")
    row = _add_row(qtbot, tab)
    _type_cell(qtbot, tab, row, 0, "01-03-2025")
    _type_cell(qtbot, tab, row, 1, "120")
    assert "JPM harus antara 0 dan 100 %" in tab.message.text()
    assert not dialog.save_button.isEnabled()
    _type_cell(qtbot, tab, row, 1, "85,5")
    assert tab.model.index(row, 1).data() == "85,5"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: find_window(StaffDialog) is None)
    rows = fresh_db.execute("SELECT tanggal, jpm FROM asesmen WHERE staff_id = ?", [person.id])
    assert rows.fetchall() == [("2025-03-01", 85.5)]


def test_the_diklat_kind_is_chosen_from_the_list(qtbot, window, office, fresh_db):
    person = office.staff[7]
    dialog = _open(qtbot, window, person.id)
    tab = _show(qtbot, dialog, "diklat")
    row = _add_row(qtbot, tab)
    _type_cell(qtbot, tab, row, 0, "Coaching kinerja")
    _type_cell(qtbot, tab, row, 4, "2")
    _type_cell(qtbot, tab, row, 5, "Coaching (nonklasikal)")
    _type_cell(qtbot, tab, row, 6, "C-17")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: find_window(StaffDialog) is None)
    rows = fresh_db.execute(
        "SELECT nama, jp, jenis, nomor_sertifikat FROM riwayat_diklat WHERE staff_id = ?",
        [person.id],
    )
    assert ("Coaching kinerja", 2, "coaching", "C-17") in rows.fetchall()


def test_the_contract_end_is_for_pppk_and_pak_for_fungsional(qtbot, window, office, fresh_db):
    person = office.staff[8]
    record = staff_store.get_staff(fresh_db, person.id)
    record.status, record.jenis_jabatan = StatusPegawai.PPPK, JenisJabatan.PELAKSANA
    record.golongan, record.jenjang = "IX", None
    gender = "1" if record.jenis_kelamin == "L" else "2"
    record.nip = f"{record.tanggal_lahir:%Y%m%d}202321{gender}001"  # an NI PPPK
    staff_store.save_staff(fresh_db, record)
    window.reload(staff=True)
    dialog = _open(qtbot, window, person.id)
    pak_index = dialog.tabs.indexOf(_tab(dialog, "pak"))
    assert not dialog.tabs.isTabVisible(pak_index)
    click_tab(qtbot, dialog.tabs, "Kepegawaian")
    field = dialog.employment.kontrak_selesai
    assert field.isEnabled()
    field.setFocus()
    qtbot.keyClicks(field, "30-06-2027")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: find_window(StaffDialog) is None)
    assert staff_store.get_staff(fresh_db, person.id).kontrak_selesai == date(2027, 6, 30)
    pns = _open(qtbot, window, office.staff[9].id)
    assert not pns.employment.kontrak_selesai.isEnabled()
    qtbot.keyClick(pns, Qt.Key.Key_Escape)


def test_the_sanctions_tab_is_hidden_from_a_pimpinan(qtbot, window, office):
    with acting(Session(Role.PIMPINAN, 5, "pimpinan")):
        dialog = _open(qtbot, window, office.staff[3].id)
        index = dialog.tabs.indexOf(_tab(dialog, "hukuman"))
        assert not dialog.tabs.isTabVisible(index)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    admin = _open(qtbot, window, office.staff[3].id)
    assert admin.tabs.isTabVisible(admin.tabs.indexOf(_tab(admin, "hukuman")))
    qtbot.keyClick(admin, Qt.Key.Key_Escape)


def _assessment_sheet(path: Path, nips: list[str]) -> Path:
    book = Workbook()
    book.active.append(["NIP", "Tanggal Asesmen", "JPM (%)", "Lembaga"])
    for n, nip in enumerate(nips):
        book.active.append([nip, date(2025, 3, 1 + n), 80 + n, "UPT Penilaian Kompetensi"])
    book.active.append(["199912312020121001", date(2025, 3, 1), 70, "BKN"])
    book.save(path)
    return path


def test_assessments_imported_from_the_berkas_menu(qtbot, window, office, prompts, tmp_path):
    berkas = next(m for m in window.menuBar().findChildren(QMenu) if "Berkas" in m.title())
    action = window.talent_imports.asesmen_action
    assert action in berkas.actions() and action.isVisible()
    nips = [office.staff[1].nip, office.staff[2].nip]
    prompts.files.append(_assessment_sheet(tmp_path / "asesmen.xlsx", nips))
    action.trigger()
    dialog = wait_window(qtbot, ImportPreviewDialog)
    assert dialog.import_button.text() == "Impor 2 baris"
    assert dialog.rejections_model.index(0, 0).data() == "4"
    assert "tidak terdaftar" in dialog.rejections_model.index(0, 2).data()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: find_window(ImportPreviewDialog) is None, timeout=10000)
    assert "1 baris ditolak" in prompts.confirmations[-1]
    assert prompts.notices[-1] == "2 baris baru, 0 diperbarui, 0 tidak berubah."
    db = window.host.db
    assert db.execute("SELECT count(*) FROM asesmen").fetchone()[0] == 2
