"""A new office's first start: the wizard over an empty database, the empty states and their
buttons, the demo office in a file of its own, and Berkas → Buka / Basis data baru / recent."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWizard

from desktop import paths
from desktop.app import Session
from desktop.demo import is_demo
from desktop.imports.staff_export import export_staff
from desktop.store import lock
from desktop.store import units as unit_store
from desktop.store.db import open_db
from desktop.ui import settings as keys
from desktop.ui.first_run import FirstRunWizard
from desktop.ui.imports.dialog import ImportPreviewDialog
from desktop.ui.main_window import APPRAISAL_PAGE, STAFF_PAGE, MainWindow
from desktop.ui.staff.dialog import StaffDialog
from tests.gui.conftest import wait_window
from tests.gui.office import build_office


@pytest.fixture
def demo_path(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "data" / "demo.sqlite"
    monkeypatch.setattr(paths, "demo_db_path", lambda: path)
    return path


@pytest.fixture
def session(qtbot, settings, prompts):
    """The app's session; every window it opened is closed and its database released."""
    opened = Session(settings, prompts)
    yield opened
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, (QDialog, MainWindow)) and widget.isVisible():
            widget.close()
    opened.close()


def blank(path: Path) -> Path:
    open_db(path).close()
    return path


def open_blank(qtbot, session: Session, path: Path) -> tuple[MainWindow, FirstRunWizard]:
    window = session.open(blank(path))
    assert window is not None
    wizard = wait_window(qtbot, FirstRunWizard)
    return window, wizard


def fill_office_page(qtbot, wizard: FirstRunWizard) -> None:
    page = wizard.office_page
    qtbot.keyClicks(page.instansi, "Pemerintah Kabupaten Rejang Lebong")
    qtbot.keyClicks(page.nama_kantor, "BKPSDM Kabupaten Rejang Lebong")
    qtbot.keyClicks(page.kota, "Curup")
    click_next(qtbot, wizard)


def click_next(qtbot, wizard: QWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def test_a_blank_database_opens_the_wizard_and_finish_saves_the_office(qtbot, session, db_path):
    window, wizard = open_blank(qtbot, session, db_path)
    assert window.windowTitle() == "Kinerja Luring"
    fill_office_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.forms_page
    periode = wizard.forms_page.periode
    periode.setFocus()
    qtbot.keyClick(periode, Qt.Key.Key_Down)  # triwulan → bulanan
    kertas = wizard.forms_page.kertas
    kertas.setFocus()
    qtbot.keyClick(kertas, Qt.Key.Key_Up)  # F4 → A4
    click_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.next_page
    assert wizard.next_page.staff_button.isVisible() and wizard.next_page.demo_button.isVisible()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    office = unit_store.get_office(window.db)
    assert (office.instansi, office.nama_kantor, office.kota) == (
        "Pemerintah Kabupaten Rejang Lebong",
        "BKPSDM Kabupaten Rejang Lebong",
        "Curup",
    )
    assert (office.periode_evaluasi, office.kertas) == ("bulanan", "a4")
    assert window.windowTitle() == "Kinerja Luring — BKPSDM Kabupaten Rejang Lebong"
    assert "KANTOR CONTOH" not in window.windowTitle() and not window.demo_label.isVisible()


def test_instansi_is_required_and_said_under_the_field(qtbot, session, db_path):
    window, wizard = open_blank(qtbot, session, db_path)
    click_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.office_page
    message = wizard.office_page.grid.messages["instansi"]
    assert message.isVisible() and message.text() == "Nama instansi wajib diisi."
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)  # Batal: nothing is written
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert unit_store.get_office(window.db).instansi == ""


def test_empty_states_show_what_to_do_with_their_buttons(qtbot, session, db_path, prompts):
    window, wizard = open_blank(qtbot, session, db_path)
    wizard.reject()
    assert window.staff_panel.is_empty() and window.staff_panel.empty.isVisible()
    assert "Impor daftar pegawai (xlsx/csv/SIASN)" in window.staff_panel.empty.text.text()
    assert window.unit_empty.isVisible()
    add = window.staff_panel.empty.button("Tambah pegawai")
    assert add is not None
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    dialog = wait_window(qtbot, StaffDialog)
    dialog.reject()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentIndex() == APPRAISAL_PAGE
    assert window.appraisal is not None
    empty = window.appraisal.table.empty
    qtbot.waitUntil(empty.isVisible)
    back = empty.button("Ke Data Pegawai")
    assert back is not None
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert window.pages.currentIndex() == STAFF_PAGE


def test_the_import_button_of_the_empty_state_opens_the_preview(
    qtbot, session, db_path, prompts, tmp_path
):
    sheet = tmp_path / "pegawai.xlsx"
    with open_db(tmp_path / "lain.sqlite") as other:
        build_office(other, staff_count=5)
        export_staff(other, sheet)
    window, wizard = open_blank(qtbot, session, db_path)
    wizard.reject()
    prompts.files.append(sheet)
    button = window.staff_panel.empty.button("Impor daftar pegawai…")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    preview = wait_window(qtbot, ImportPreviewDialog)
    preview.reject()


def test_a_window_with_staff_and_units_shows_no_empty_state(window):
    assert not window.staff_panel.is_empty() and not window.unit_empty.isVisible()


def test_the_demo_opens_from_its_own_file_titled_kantor_contoh(qtbot, session, db_path, demo_path):
    window, wizard = open_blank(qtbot, session, db_path)
    fill_office_page(qtbot, wizard)
    click_next(qtbot, wizard)
    qtbot.mouseClick(wizard.next_page.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.window is not None and session.window.db_path == demo_path)
    demo = session.window
    assert demo is not window
    assert demo.windowTitle().startswith("Kinerja Luring — KANTOR CONTOH — ")
    assert demo.accounts.is_locked and "kinerja-demo" in demo.accounts.page.hint.text()
    demo.accounts.page.username.setText("admin")  # the demo has accounts (issue 10)
    demo.accounts.page.password.setText("kinerja-demo")
    qtbot.mouseClick(demo.accounts.page.sign_in, Qt.MouseButton.LeftButton)
    assert demo.demo_label.isVisible()
    assert is_demo(demo.db) and demo.db["staff"].count > 0
    assert not lock.holder_path(db_path).exists()  # the office's file was released
    with open_db(db_path) as office_db:
        assert office_db["staff"].count == 0 and not is_demo(office_db)
        assert unit_store.get_office(office_db).nama_kantor == "BKPSDM Kabupaten Rejang Lebong"


def test_just_trying_the_demo_leaves_the_office_blank(qtbot, session, db_path, demo_path):
    _window, wizard = open_blank(qtbot, session, db_path)
    qtbot.mouseClick(wizard.office_page.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.window is not None and session.window.db_path == demo_path)
    with open_db(db_path) as office_db:
        assert unit_store.get_office(office_db).instansi == ""


def test_recent_files_are_remembered_and_reopen(qtbot, session, settings, tmp_path):
    first = build_named(tmp_path / "satu.sqlite", "Kantor Satu")
    second = build_named(tmp_path / "dua.sqlite", "Kantor Dua")
    assert session.open(first) is not None
    assert session.switch_to(second) is not None
    assert keys.recent_files(settings) == [second.resolve(), first.resolve()]
    window = session.window
    assert window is not None and window.windowTitle() == "Kinerja Luring — Kantor Dua"
    menu = window.main_actions.recent_menu
    assert menu is not None
    window.first_run.fill_recent_menu()
    entries = [a for a in menu.actions() if a.data()]
    assert [Path(a.data()) for a in entries] == [first.resolve()]  # the open file is not listed
    entries[0].trigger()
    assert (
        session.window is not None
        and session.window.windowTitle() == "Kinerja Luring — Kantor Satu"
    )


def test_open_database_switches_and_releases_the_old_file(qtbot, session, prompts, tmp_path):
    first = build_named(tmp_path / "satu.sqlite", "Kantor Satu")
    second = build_named(tmp_path / "dua.sqlite", "Kantor Dua")
    old = session.open(first)
    assert old is not None and lock.holder_path(first).exists()
    prompts.files.append(second)
    old.main_actions.open_database.trigger()
    assert session.window is not None and session.window.db_path == second
    assert lock.holder_path(second).exists() and not lock.holder_path(first).exists()
    assert not old.isVisible()


def test_new_database_goes_to_the_wizard(qtbot, session, prompts, tmp_path):
    first = build_named(tmp_path / "satu.sqlite", "Kantor Satu")
    window = session.open(first)
    assert window is not None
    prompts.files.append(tmp_path / "baru")  # no extension typed
    window.main_actions.new_database.trigger()
    wizard = wait_window(qtbot, FirstRunWizard)
    assert session.window is not None and session.window.db_path == tmp_path / "baru.sqlite"
    assert wizard.parent() is session.window
    wizard.reject()


def test_new_database_never_overwrites_a_file(qtbot, session, prompts, tmp_path):
    first = build_named(tmp_path / "satu.sqlite", "Kantor Satu")
    window = session.open(first)
    assert window is not None
    prompts.files.append(first)
    window.main_actions.new_database.trigger()
    assert session.window is window and "sudah ada dan tidak ditimpa" in prompts.notices[-1]


def test_the_window_fits_the_screen(qtbot, session, tmp_path):
    window = session.open(build_named(tmp_path / "satu.sqlite", "Kantor Satu"))
    assert window is not None
    free = window.screen().availableGeometry()
    assert free.contains(window.frameGeometry())


def build_named(path: Path, nama: str) -> Path:
    with open_db(path) as db:
        office = unit_store.get_office(db)
        office.instansi, office.nama_kantor = "Pemerintah Kabupaten Kepahiang", nama
        unit_store.save_office(db, office)
    return path


def test_recent_files_keep_the_six_newest_once_each(settings, tmp_path):
    for n in range(8):
        keys.remember_recent(settings, tmp_path / f"kantor{n}.sqlite")
    keys.remember_recent(settings, tmp_path / "kantor5.sqlite")
    names = [p.name for p in keys.recent_files(settings)]
    assert names == ["kantor5.sqlite", "kantor7.sqlite", "kantor6.sqlite", "kantor4.sqlite",
                     "kantor3.sqlite", "kantor2.sqlite"]  # fmt: skip
    settings.set(keys.RECENT_FILES, ["satu"])
    settings.sync()
    assert keys.recent_files(type(settings)(settings.path)) == [Path("satu")]


def test_a_missing_recent_file_is_named_and_forgotten(qtbot, session, settings, prompts, tmp_path):
    gone = build_named(tmp_path / "hilang.sqlite", "Kantor Hilang")
    window = session.open(build_named(tmp_path / "satu.sqlite", "Kantor Satu"))
    assert window is not None
    keys.remember_recent(settings, gone)
    gone.unlink()
    window.first_run.fill_recent_menu()
    menu = window.main_actions.recent_menu
    assert menu is not None
    next(a for a in menu.actions() if a.data() == str(gone.resolve())).trigger()
    assert session.window is window and "tidak ditemukan" in prompts.notices[-1]
    assert gone.resolve() not in keys.recent_files(settings)


def test_the_emblem_and_the_staff_import_way_on(qtbot, session, db_path, prompts, tmp_path):
    from PySide6.QtGui import QColor, QImage

    from desktop.store import prints

    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#2f6fce"))
    emblem = tmp_path / "lambang.png"
    assert image.save(str(emblem))
    sheet = tmp_path / "pegawai.xlsx"
    with open_db(tmp_path / "lain.sqlite") as other:
        build_office(other, staff_count=5)
        export_staff(other, sheet)
    window, wizard = open_blank(qtbot, session, db_path)
    fill_office_page(qtbot, wizard)
    prompts.files += [emblem, sheet]
    qtbot.mouseClick(wizard.forms_page.emblem.choose, Qt.MouseButton.LeftButton)
    assert wizard.forms_page.emblem.remove.isEnabled()
    click_next(qtbot, wizard)
    qtbot.mouseClick(wizard.next_page.staff_button, Qt.MouseButton.LeftButton)
    preview = wait_window(qtbot, ImportPreviewDialog)
    assert prints.office_emblem(window.db) == emblem.read_bytes()
    assert unit_store.get_office(window.db).instansi == "Pemerintah Kabupaten Rejang Lebong"
    preview.reject()


def test_importing_the_unit_structure_from_the_wizard_fills_the_tree(
    qtbot, session, db_path, prompts, tmp_path
):
    sotk = tmp_path / "sotk.csv"
    sotk.write_text(
        "kode,nama,singkatan,induk,jenis\n"
        "1,Pemerintah Kabupaten Rejang Lebong,,,\n"
        "1.01,Dinas Kesehatan,Dinkes,1,opd\n"
        "1.01.01,Bidang Pelayanan Kesehatan,,1.01,bidang\n",
        encoding="utf-8",
    )
    window, wizard = open_blank(qtbot, session, db_path)
    assert window.unit_empty.isVisible()
    fill_office_page(qtbot, wizard)
    click_next(qtbot, wizard)
    assert wizard.next_page.units_button.isVisible()
    prompts.files.append(sotk)
    qtbot.mouseClick(wizard.next_page.units_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.db["unit"].count == 3)
    qtbot.waitUntil(lambda: not window.unit_empty.isVisible())
    assert {u.nama for u in window.unit_model.tree.by_id.values()} >= {"Dinas Kesehatan"}


def test_the_appraisal_page_says_when_nobody_has_an_skp_yet(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    workspace = window.appraisal
    assert workspace is not None
    table = workspace.table
    qtbot.waitUntil(table.no_skp.isVisible)
    assert f"Belum ada SKP tahun {workspace.tahun()}" in table.no_skp.text()
    assert table.stack.currentWidget() is table.view  # the staff are listed to pick from


def test_a_file_another_window_holds_is_refused_and_the_current_one_stays(
    qtbot, session, prompts, tmp_path
):
    import json
    import os
    import socket
    from datetime import UTC, datetime

    first = build_named(tmp_path / "satu.sqlite", "Kantor Satu")
    held = build_named(tmp_path / "dipakai.sqlite", "Kantor Dipakai")
    other = {"user": "budi", "host": socket.gethostname(), "pid": os.getppid(),
             "since": datetime.now(UTC).isoformat(timespec="seconds")}  # fmt: skip
    lock.holder_path(held).write_text(json.dumps(other), encoding="utf-8")
    window = session.open(first)
    assert window is not None
    assert session.switch_to(held) is None
    assert session.window is window and window.isVisible()
    assert "budi" in prompts.notices[-1]
    assert lock.holder_path(first).exists()
