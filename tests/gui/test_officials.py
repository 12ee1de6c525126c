"""Pegawai → Pejabat di Luar Daftar Pegawai: the operator adds the Bupati with the keyboard,
makes him head of the Pemerintah Kabupaten, and the SKP editor offers him as appraiser."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.core.models import StatusAsn
from desktop.store import pejabat_luar as luar_store
from desktop.store import units as unit_store
from desktop.ui.appraisal.context import penilai_choices
from desktop.ui.officials.dialog import OfficialsDialog
from desktop.ui.officials.form import OfficialForm
from tests.gui.conftest import wait_window
from tests.gui.helpers import retype


def open_form(qtbot, window) -> OfficialForm:
    window.officials.action.trigger()
    listing = wait_window(qtbot, OfficialsDialog)
    assert listing.empty.isVisible() and not listing.table.isVisible()
    qtbot.mouseClick(listing.add_button, Qt.MouseButton.LeftButton)
    return wait_window(qtbot, OfficialForm)


def save_button(form: OfficialForm):
    return form.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_the_bupati_is_added_heads_the_kabupaten_and_lists_with_nip_dash(qtbot, window, office):
    assert window.officials.action in window.menuBar().actions()[1].menu().actions()
    form = open_form(qtbot, window)
    qtbot.mouseClick(save_button(form), Qt.MouseButton.LeftButton)  # nothing typed yet
    assert form.isVisible() and form.grid.messages["nama"].isVisible()
    assert window.db["pejabat_luar"].count == 0
    retype(qtbot, form.nama, "Hidayat Rahman")
    retype(qtbot, form.gelar_belakang, "S.H., M.Si.")
    retype(qtbot, form.jabatan, "Bupati Kepahiang")
    form.heads.setFocus()
    qtbot.keyClick(form.heads, Qt.Key.Key_Down)  # the first unit: Pemerintah Kabupaten
    assert form.heads.currentText() == "Pemerintah Kabupaten Kepahiang"
    qtbot.mouseClick(save_button(form), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.isVisible())

    [bupati] = luar_store.list_pejabat_luar(window.db)
    assert (bupati.nama, bupati.nip, bupati.status_asn) == ("Hidayat Rahman", "", StatusAsn.NON_ASN)
    assert unit_store.unit_by_kode(window.db, "1").kepala_luar_id == bupati.id
    listing = window.officials.dialog
    assert listing.table.rowCount() == 1 and listing.table.item(0, 2).text() == "-"
    assert listing.table.item(0, 4).text() == "Pemerintah Kabupaten Kepahiang"


def test_a_wrong_nip_is_shown_under_the_field_and_nothing_is_saved(qtbot, window, office):
    form = open_form(qtbot, window)
    retype(qtbot, form.nama, "Wakil")
    retype(qtbot, form.jabatan, "Wakil Bupati")
    retype(qtbot, form.nip, "12AB")
    qtbot.mouseClick(save_button(form), Qt.MouseButton.LeftButton)
    assert form.isVisible() and "angka" in form.grid.messages["nip"].text()
    assert window.db["pejabat_luar"].count == 0


def test_an_skp_can_name_the_outside_official(qtbot, window, office):
    from desktop.core.models import PejabatLuar
    from desktop.store import skp as skp_store

    bupati = luar_store.save_pejabat_luar(
        window.db, PejabatLuar(nama="Hidayat Rahman", jabatan="Bupati Kepahiang")
    )
    person = office.staff[0]
    choices = penilai_choices(window.db, skp_store.new_skp(person.id, 2026))
    [outside] = [c for c in choices if c.luar_id == bupati.id]
    assert outside.key == f"luar:{bupati.id}" and outside.pejabat.status == "non_asn"
