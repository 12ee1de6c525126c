"""The staff form forgives a clerk: an unreadable date is an inline message (no error box) and
the calendar still opens; a new form starts quiet with the cursor in NIP; Esc on edits asks,
with "Kembali ke formulir" as the default answer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from desktop.store import staff as staff_store
from desktop.ui.staff.dialog import StaffDialog
from desktop.ui.widgets import DateField
from tests.gui.conftest import find_window, wait_window
from tests.gui.helpers import click_staff, click_tab, retype


def _open_new(qtbot, window) -> StaffDialog:
    qtbot.keyClick(window.staff_panel.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    return wait_window(qtbot, StaffDialog)


def _open(qtbot, window, staff_id: int) -> StaffDialog:
    click_staff(qtbot, window, staff_id)
    qtbot.keyClick(window.staff_panel.table, Qt.Key.Key_Return)
    return wait_window(qtbot, StaffDialog)


def _visible_messages(dialog: StaffDialog) -> list[str]:
    return [label.objectName() for _tab, label in dialog._messages.values() if label.isVisible()]


def _calendar_button(field: DateField) -> QToolButton:
    return next(b for b in field.findChildren(QToolButton) if b.isVisible())


def test_invalid_date_shows_inline_message_and_calendar_still_opens(qtbot, window, office):
    dialog = _open(qtbot, window, office.staff[0].id)
    field = dialog.personal.tanggal_lahir
    retype(qtbot, field, "31-02-1986")
    qtbot.keyClick(field, Qt.Key.Key_Tab)  # editingFinished: no exception, no modal box
    message = dialog.findChild(type(dialog.general), "message_tanggal_lahir")
    assert message.isVisible() and message.severity == "error"
    assert "kalender" in message.text()
    assert field.text() == "31-02-1986"  # left as typed, to be corrected
    qtbot.mouseClick(_calendar_button(field), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(field._menu.isVisible)
    field._calendar.clicked.emit(field._calendar.selectedDate())
    assert not field._menu.isVisible()
    assert "kalender" not in message.text()  # a date from the calendar is always readable
    assert field.value() is not None


def test_new_form_opens_quiet_with_the_cursor_in_nip(qtbot, window, office):
    dialog = _open_new(qtbot, window)
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.personal.nip)
    assert _visible_messages(dialog) == []
    assert dialog.general.isHidden()
    qtbot.keyClicks(dialog.personal.nip, "1986")  # an edited field speaks up at once
    assert _visible_messages(dialog) == ["message_nip"]


def test_saving_a_blank_new_form_shows_every_problem(qtbot, window, office, fresh_db):
    dialog = _open_new(qtbot, window)
    before = len(staff_store.list_rows(fresh_db, include_inactive=True))
    qtbot.keyClick(dialog.personal.nip, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    # a button's shortcut clicks it after its pressed-look animation
    qtbot.waitUntil(lambda: {"message_nip", "message_nama"} <= set(_visible_messages(dialog)))
    assert not dialog.save_button.isEnabled()
    assert find_window(StaffDialog) is dialog
    assert len(staff_store.list_rows(fresh_db, include_inactive=True)) == before


def test_escape_with_edits_asks_and_the_safe_answer_keeps_the_form(
    qtbot, window, office, prompts, fresh_db
):
    person = office.staff[3]
    dialog = _open(qtbot, window, person.id)
    retype(qtbot, dialog.personal.nama, "Nama Lain")
    prompts.answers = [False]  # "Kembali ke formulir"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert prompts.confirm_options[-1]["safe_default"] is True
    assert prompts.confirm_options[-1]["cancel_text"] == "Kembali ke formulir"
    assert find_window(StaffDialog) is dialog
    assert dialog.personal.nama.text() == "Nama Lain"
    prompts.answers = [True]  # "Tutup tanpa menyimpan"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: find_window(StaffDialog) is None)
    assert staff_store.get_staff(fresh_db, person.id).nama == person.nama


def test_escape_without_edits_closes_without_asking(qtbot, window, office, prompts):
    dialog = _open(qtbot, window, office.staff[3].id)
    for n in range(dialog.tabs.count()):  # looking at every tab (the riwayat tables redraw)
        click_tab(qtbot, dialog.tabs, dialog.tabs.tabText(n))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: find_window(StaffDialog) is None)
    assert prompts.confirmations == []
