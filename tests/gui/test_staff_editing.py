"""The staff dialog through the main window: open, inline validation, save, deactivate."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.core.nip import format_nip
from desktop.store import staff as staff_store
from desktop.ui.staff.deactivate import DeactivateDialog
from desktop.ui.staff.dialog import StaffDialog
from desktop.ui.staff.model import JABATAN
from tests.gui.conftest import find_window, wait_window
from tests.gui.helpers import click_action, click_staff, click_tab, retype


def _open(qtbot, window, staff_id: int) -> StaffDialog:
    click_staff(qtbot, window, staff_id)
    qtbot.keyClick(window.staff_panel.table, Qt.Key.Key_Return)
    return wait_window(qtbot, StaffDialog)


def _message(dialog: StaffDialog, key: str):
    return dialog.findChild(type(dialog.general), f"message_{key}")


def test_enter_opens_the_record_and_saving_updates_row_and_database(
    qtbot, window, office, fresh_db
):
    person = office.staff[4]
    dialog = _open(qtbot, window, person.id)
    assert dialog.personal.nip.text() == person.nip
    click_tab(qtbot, dialog.tabs, "Kepegawaian")
    retype(qtbot, dialog.employment.jabatan, "Pranata Komputer Ahli Muda")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: find_window(StaffDialog) is None)
    row = window.staff_model.position_of(person.id)
    assert window.staff_model.index(row, JABATAN).data() == "Pranata Komputer Ahli Muda"
    assert staff_store.get_staff(fresh_db, person.id).jabatan == "Pranata Komputer Ahli Muda"
    assert window.staff_panel.current_row().id == person.id


def test_double_click_opens_and_escape_closes_without_saving(qtbot, window, office, fresh_db):
    person = office.staff[2]
    row = click_staff(qtbot, window, person.id)
    table = window.staff_panel.table
    rect = table.visualRect(window.staff_model.index(row, 1))
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = wait_window(qtbot, StaffDialog)
    retype(qtbot, dialog.personal.nama, "Nama Lain")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: find_window(StaffDialog) is None)
    assert staff_store.get_staff(fresh_db, person.id).nama == person.nama


def test_broken_nip_shows_inline_error_and_disables_save(qtbot, window, office):
    dialog = _open(qtbot, window, office.staff[0].id)
    message = _message(dialog, "nip")
    retype(qtbot, dialog.personal.nip, "1986092620150")
    assert message.isVisible() and message.severity == "error"
    assert "18 digit" in message.text()
    assert not dialog.save_button.isEnabled()
    retype(qtbot, dialog.personal.nip, "19860926 201505 1 0")
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.personal.nip, "01")
    assert not message.isVisible()
    assert dialog.save_button.isEnabled()
    assert dialog.personal.nip_hint.text() == (
        "19860926 201505 1 001 · PNS · lahir 26 September 1986 · laki-laki"
    )


def test_nip_nik_mismatch_warns_but_allows_saving(qtbot, window, office, fresh_db):
    person = office.staff[0]  # a man: NIK day without +40, a different birth date
    nik = f"170201{(person.tanggal_lahir.day % 28) + 1:02d}0170" + "0001"
    dialog = _open(qtbot, window, person.id)
    retype(qtbot, dialog.personal.nik, nik)
    message = _message(dialog, "nik")
    assert message.isVisible() and message.severity == "warning"
    assert "berbeda" in message.text()
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: find_window(StaffDialog) is None)
    assert staff_store.get_staff(fresh_db, person.id).nik == nik


def test_duplicate_nip_is_reported_next_to_the_field_and_nothing_changes(
    qtbot, window, office, fresh_db
):
    person, other = office.staff[1], office.staff[2]
    before = staff_store.get_staff(fresh_db, person.id)
    dialog = _open(qtbot, window, person.id)
    retype(qtbot, dialog.personal.nip, format_nip(other.nip))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    message = _message(dialog, "nip")
    qtbot.waitUntil(message.isVisible)
    assert "sudah terdaftar" in message.text() and other.nama in message.text()
    assert not dialog.save_button.isEnabled()
    assert find_window(StaffDialog) is dialog
    assert staff_store.get_staff(fresh_db, person.id) == before
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_ctrl_n_adds_a_new_record_in_the_selected_unit(qtbot, window, office, fresh_db):
    qtbot.keyClick(window.staff_panel.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = wait_window(qtbot, StaffDialog)
    assert dialog.save_button.isEnabled()  # a blank new form is quiet until edited or saved
    qtbot.keyClicks(dialog.personal.nip, "199201152019032005")
    assert dialog.personal.tanggal_lahir.text() == "15-01-1992"  # taken from the NIP
    qtbot.keyClicks(dialog.personal.nama, "Rina Oktaviani")
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: find_window(StaffDialog) is None)
    saved = staff_store.find_by_nip(fresh_db, "199201152019032005")
    assert saved is not None and saved.jenis_kelamin == "P"
    assert window.staff_panel.current_row().id == saved.id
    assert window.status_label.text() == "Menampilkan 31 dari 31 pegawai"


def test_deactivate_removes_the_row_and_records_the_reason(qtbot, window, office, fresh_db):
    person = office.staff[7]
    click_staff(qtbot, window, person.id)
    click_action(qtbot, window, window.main_actions.deactivate)
    dialog = wait_window(qtbot, DeactivateDialog)
    qtbot.keyClicks(dialog.alasan, "Pensiun")
    retype(qtbot, dialog.tanggal, "31-12-2025")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.staff_model.position_of(person.id) == -1)
    assert window.status_label.text() == "Menampilkan 29 dari 29 pegawai"
    saved = staff_store.get_staff(fresh_db, person.id)
    assert not saved.aktif and saved.nonaktif_alasan == "pensiun"
    assert saved.nonaktif_tanggal.isoformat() == "2025-12-31"


def test_tab_moves_through_the_form_in_reading_order(qtbot, window, office):
    dialog = _open(qtbot, window, office.staff[0].id)
    click_tab(qtbot, dialog.tabs, "Kepegawaian")
    dialog.employment.kedudukan_hukum.setFocus()
    qtbot.keyClick(dialog.employment.kedudukan_hukum, Qt.Key.Key_Tab)
    assert dialog.employment.pendidikan.hasFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_riwayat_rows_are_added_and_saved_with_the_record(qtbot, window, office, fresh_db):
    person = office.staff[3]
    dialog = _open(qtbot, window, person.id)
    click_tab(qtbot, dialog.tabs, "Riwayat Jabatan")
    tab = dialog.history_tabs[0]
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert not dialog.save_button.isEnabled()  # a new row without its jabatan
    assert "wajib diisi" in _message(dialog, "riwayat_jabatan").text()
    editor = tab.table.focusWidget()
    qtbot.keyClicks(editor, "Guru Ahli Pertama")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # commits and moves to "Unit kerja"
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: find_window(StaffDialog) is None)
    _staff, history = staff_store.load_record(fresh_db, person.id)
    assert [r.jabatan for r in history.jabatan] == ["Guru Ahli Pertama"]


def test_diklat_tab_shows_total_jp(qtbot, window, office):
    dialog = _open(qtbot, window, office.staff[3].id)
    click_tab(qtbot, dialog.tabs, "Diklat")
    tab = next(t for t in dialog.history_tabs if t.attr == "diklat")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tab.table.focusWidget(), "Latsar CPNS")
    for _column in range(4):  # Tab commits and opens the next cell: ... → JP
        qtbot.keyClick(tab.table.focusWidget(), Qt.Key.Key_Tab)
    assert tab.table.currentIndex().column() == 4
    qtbot.keyClicks(tab.table.focusWidget(), "40")
    qtbot.keyClick(tab.table.focusWidget(), Qt.Key.Key_Return)  # commits on the next loop turn
    qtbot.waitUntil(lambda: tab.total.text().startswith("Total 40 JP"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_sesuai_struktur_fills_the_unit_head_as_superior(qtbot, window, office, fresh_db):
    kepala = office.staff[0]
    person = next(s for s in office.staff if s.unit_id == office.unit("1.01.01").id)
    dialog = _open(qtbot, window, person.id)
    click_tab(qtbot, dialog.tabs, "Kepegawaian")
    assert kepala.id in dialog.employment.atasan.values()  # head of the parent unit is offered
    qtbot.mouseClick(dialog.employment.atasan_default, Qt.MouseButton.LeftButton)
    assert dialog.employment.atasan.value() == kepala.id
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: find_window(StaffDialog) is None)
    assert staff_store.get_staff(fresh_db, person.id).atasan_id == kepala.id
