"""Pengaturan Kantor: names, place, evaluation period, paper and emblem, checked before saving."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLineEdit

from desktop.store import prints
from desktop.store import units as unit_store
from desktop.ui.office.dialog import OfficeDialog
from tests.gui.conftest import wait_window


def _open(qtbot, window) -> OfficeDialog:
    window.menuBar().setFocus()
    window.main_actions.office_settings.trigger()
    return wait_window(qtbot, OfficeDialog)


def _retype(qtbot, field: QLineEdit, text: str) -> None:
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def test_saving_the_office_changes_title_paper_period_and_emblem(qtbot, window, prompts, tmp_path):
    logo = tmp_path / "lambang.png"
    image = QImage(40, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("darkgreen"))
    assert image.save(str(logo))
    prompts.files.append(logo)
    dialog = _open(qtbot, window)
    _retype(qtbot, dialog.instansi, "Pemerintah Kabupaten Rejang Lebong")
    _retype(qtbot, dialog.nama_kantor, "BKPSDM Kabupaten Rejang Lebong")
    _retype(qtbot, dialog.kota, "Curup")
    dialog.kertas.setCurrentIndex(dialog.kertas.values().index("f4"))
    dialog.periode.setCurrentIndex(dialog.periode.values().index("bulanan"))
    qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)
    assert dialog.preview.pixmap() is not None and not dialog.preview.pixmap().isNull()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    office = unit_store.get_office(window.db)
    assert office.instansi == "Pemerintah Kabupaten Rejang Lebong"
    assert (office.nama_kantor, office.kota, office.kertas, office.periode_evaluasi) == (
        "BKPSDM Kabupaten Rejang Lebong", "Curup", "f4", "bulanan",
    )  # fmt: skip
    assert prints.office_emblem(window.db) == logo.read_bytes()
    assert window.windowTitle() == "Kinerja Luring — BKPSDM Kabupaten Rejang Lebong"
    audited = window.db.execute("SELECT summary FROM audit_log WHERE table_name = 'office'")
    assert {"pengaturan kantor", "pengaturan cetak"} <= {row[0] for row in audited}


def test_an_empty_instansi_and_a_broken_image_are_refused_and_nothing_changes(
    qtbot, window, prompts, tmp_path
):
    before = unit_store.get_office(window.db)
    fake = tmp_path / "lambang.png"
    fake.write_text("bukan gambar")
    prompts.files.append(fake)
    dialog = _open(qtbot, window)
    qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)
    assert "bukan gambar PNG atau JPEG" in dialog.grid.messages["emblem"].text()
    _retype(qtbot, dialog.instansi, "   ")
    _retype(qtbot, dialog.kota, "Curup")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.grid.messages["instansi"].text() == "Nama instansi wajib diisi."
    assert unit_store.get_office(window.db) == before
    assert prints.office_emblem(window.db) is None
