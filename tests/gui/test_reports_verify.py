"""Cetak → Verifikasi Cetakan: a code typed the way people type it (lower case, spaces)
matches a fresh printout; after a rating changes, the dialog says what changed, field by
field; an unknown code and a malformed one get their own answers."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.core.appraisal import Rating
from desktop.reports.printing import print_record
from desktop.store import evaluasi as ev_store
from desktop.ui.reports.verify_dialog import VerifyDialog
from tests.gui.conftest import wait_window
from tests.gui.helpers import retype
from tests.gui.test_reports_support import (
    evaluated_people,
    office,  # noqa: F401 - the demo office for the window fixture
    press,
)

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def check(qtbot, dialog: VerifyDialog, typed: str) -> None:
    retype(qtbot, dialog.code, typed)
    press(qtbot, dialog.code, Qt.Key.Key_Return)


def other_rating(value: str | None) -> Rating:
    return Rating.DI_ATAS if value != Rating.DI_ATAS.value else Rating.DI_BAWAH


def test_a_fresh_print_matches_and_a_changed_rating_is_named(qtbot, window, fresh_db):
    person = evaluated_people(fresh_db)[0]
    printed = print_record(fresh_db, "evaluasi", person.evaluasi_id)  # printed and logged
    press(qtbot, window.staff_panel.table, Qt.Key.Key_K, CTRL_SHIFT)
    dialog = wait_window(qtbot, VerifyDialog)
    check(qtbot, dialog, printed.code.lower().replace("-", " "))
    assert dialog.headline().startswith("<b>COCOK</b>")
    assert person.nama in dialog.details.text()
    assert dialog.changes.isHidden()

    ev = ev_store.get_evaluasi(fresh_db, person.evaluasi_id)
    before = Rating(ev.rating_perilaku).label if ev.rating_perilaku else "(kosong)"
    ev.rating_perilaku = other_rating(ev.rating_perilaku.value if ev.rating_perilaku else None)
    ev_store.save_evaluasi(fresh_db, ev)  # the appraiser changes the behaviour rating
    check(qtbot, dialog, printed.code)
    assert dialog.headline().startswith("<b>BERUBAH</b>")
    assert dialog.changes.isVisible()
    assert ("Rating Perilaku Kerja", before, ev.rating_perilaku.label) in dialog.change_rows()
    assert dialog.copy_button.isEnabled()


def test_unknown_and_malformed_codes_are_told_apart(qtbot, window):
    press(qtbot, window.staff_panel.table, Qt.Key.Key_K, CTRL_SHIFT)
    dialog = wait_window(qtbot, VerifyDialog)
    check(qtbot, dialog, "abcde-fghjk")
    assert dialog.headline().startswith("<b>TIDAK DIKENAL</b>")
    assert "ABCDE-FGHJK" in dialog.headline()
    check(qtbot, dialog, "12345")
    assert dialog.banner.isHidden() and not dialog.copy_button.isEnabled()
    assert dialog.message.severity == "error"
    assert "10 huruf/angka" in dialog.message.text()
    qtbot.keyClicks(dialog.code, "67890")  # typing again clears the message
    assert dialog.message.isHidden()
