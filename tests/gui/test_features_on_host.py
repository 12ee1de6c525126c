"""Cadangan, Pejabat di Luar Daftar Pegawai, Struktur Organisasi and Jejak Audit get the
``FeatureHost`` like Cetak and Sinkronisasi: they run on a plain window that has only the
main actions, put their actions next to the window's own, back up when that window closes,
and announce what they changed through the host."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QTabWidget

from desktop.ui.actions import MainActions
from desktop.ui.audit import AuditController
from desktop.ui.backup import BackupController
from desktop.ui.host import Changes
from desktop.ui.officials import OfficialsController
from desktop.ui.units.controller import UnitsController
from desktop.ui.window_host import WindowHost
from tests.gui.helpers import retype
from tests.gui.test_officials import open_form, save_button


def plain_host(qtbot, db, db_path, prompts) -> tuple[QMainWindow, MainActions, WindowHost]:
    """A window with the main menus and a page area: no staff table, no unit tree."""
    window = QMainWindow()
    qtbot.addWidget(window)
    actions = MainActions(window)
    actions.fill_menus(window.menuBar())
    pages = QTabWidget()
    window.setCentralWidget(pages)
    host = WindowHost(window, db, db_path, prompts, pages, actions.view_menu.menuAction(), (),
                      actions=actions)  # fmt: skip
    return window, actions, host


def test_the_features_place_their_actions_on_a_plain_host(qtbot, fresh_db, db_path, prompts):
    _window, actions, host = plain_host(qtbot, fresh_db, db_path, prompts)
    backups, officials = BackupController(host), OfficialsController(host)
    units, audit = UnitsController(host), AuditController(host)
    berkas, pegawai = host.menu("berkas"), host.menu("pegawai")
    assert berkas is not None and pegawai is not None
    listed = berkas.actions()
    settings_at = listed.index(actions.office_settings)
    assert listed[settings_at - 1] is units.open_action  # both just before Pengaturan Kantor
    assert listed.index(backups.action) < listed.index(units.open_action)
    assert listed.index(audit.action) < listed.index(actions.quit)
    at_end = [a for a in pegawai.actions() if not a.isSeparator()][-2:]
    assert at_end == [officials.action, audit.report_action]


def test_a_plain_host_backs_up_when_its_window_closes(qtbot, fresh_db, db_path, prompts):
    window, _actions, host = plain_host(qtbot, fresh_db, db_path, prompts)
    backups = BackupController(host)
    reasons: list[str] = []
    backups.backup_if_changed = reasons.append  # type: ignore[method-assign]
    window.show()
    window.close()
    assert reasons == ["penutupan"]


def test_a_saved_official_is_announced_to_every_page(qtbot, window, office):
    heard: list[tuple[Changes, object]] = []
    window.data_changed.changed.connect(lambda changes, by: heard.append((changes, by)))
    form = open_form(qtbot, window)
    retype(qtbot, form.nama, "Hidayat Rahman")
    retype(qtbot, form.jabatan, "Bupati Kepahiang")
    qtbot.mouseClick(save_button(form), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.isVisible())
    assert heard == [(Changes(officials=True), window.officials)]
