"""Berkas → Cadangan…: make a backup with the button, change data, restore it through the
dialog after a confirmation that names the date and counts, and see the data back; the
automatic backups; the sealed copy on a stick."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu, QPushButton, QWizard

from desktop import paths
from desktop.store import backups
from desktop.sync import sealed_backup
from desktop.ui.backup.dialog import BackupDialog
from desktop.ui.sync.drives import Drive
from tests.unit.backup_support import all_rows, without_audit_head, without_restore_entry


@dataclass(frozen=True)
class _Cheap(sealed_backup.KdfParams):
    memory_cost: int = 8
    iterations: int = 1
    lanes: int = 1


@pytest.fixture(autouse=True)
def _cheap_kdf(monkeypatch):
    monkeypatch.setattr(sealed_backup, "KdfParams", _Cheap)


def names(window) -> set[str]:
    return {row.nama for row in window.staff_model._rows}


def shows(window, text: str) -> bool:
    return any(text in name for name in names(window))


def open_dialog(qtbot, window) -> BackupDialog:
    window.backups.action.trigger()
    dialog = window.backups.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def click(qtbot, button: QPushButton) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def rename_first(window, new: str) -> None:
    with window.db.conn:
        window.db.conn.execute("UPDATE staff SET nama = ? WHERE id = 1", (new,))
    window.reload()


def test_cadangan_sits_in_berkas_before_office_settings(window):
    berkas = next(
        a.menu() for a in window.menuBar().actions()
        if isinstance(a.menu(), QMenu) and window.main_actions.office_settings in a.menu().actions()
    )  # fmt: skip
    actions = [a for a in berkas.actions() if not a.isSeparator()]
    assert actions.index(window.backups.action) < actions.index(window.main_actions.office_settings)


def test_make_change_restore_through_the_dialog(qtbot, window, prompts, db_path):
    before = all_rows(window.db.conn)
    original = names(window)
    dialog = open_dialog(qtbot, window)
    assert dialog.table.rowCount() == 0 and dialog.empty_label.isVisible()
    click(qtbot, dialog.create_button)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "Dibuat manual"
    assert dialog.table.item(0, 3).text() == "30"  # pegawai
    rename_first(window, "Nama Setelah Cadangan")
    assert shows(window, "Nama Setelah Cadangan")
    prompts.answers = [False]  # first: the person says no
    click(qtbot, dialog.restore_button)
    assert shows(window, "Nama Setelah Cadangan")
    prompts.answers = [True]
    click(qtbot, dialog.restore_button)
    asked = prompts.confirmations[-1]
    assert "30 pegawai" in asked and "Sebelum pemulihan" in asked
    assert names(window) == original
    assert without_restore_entry(all_rows(window.db.conn)) == without_audit_head(before)
    reasons = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert reasons == ["Sebelum pemulihan", "Dibuat manual"]
    assert "Dipulihkan" in dialog.message.text()
    dialog.grab().save("/tmp/backup_dialog.png")


def test_refused_file_shows_why_and_changes_nothing(qtbot, window, prompts, tmp_path):
    bogus = tmp_path / "bukan.zip"
    bogus.write_text("bukan cadangan")
    before = all_rows(window.db.conn)
    dialog = open_dialog(qtbot, window)
    prompts.files = [bogus]
    click(qtbot, dialog.file_button)
    assert "bukan berkas cadangan" in dialog.message.text()
    assert all_rows(window.db.conn) == before and not prompts.confirmations


def test_automatic_backups_only_after_changes(qtbot, window, db_path):
    folder = paths.backup_dir_for(db_path)
    controller = window.backups
    controller.on_timer()
    controller.wait_idle()
    assert backups.list_backups(folder) == []  # nothing changed yet
    rename_first(window, "Diubah Lalu Dicadangkan")
    controller.on_timer()
    controller.wait_idle()
    assert [i.reason for i in backups.list_backups(folder)] == ["otomatis"]
    controller.on_timer()
    controller.wait_idle()
    assert len(backups.list_backups(folder)) == 1  # no change since
    rename_first(window, "Diubah Sebelum Tutup")
    window.close()
    assert [i.reason for i in backups.list_backups(folder)] == ["penutupan", "otomatis"]


def test_changes_by_another_connection_count(qtbot, window, db_path):
    from desktop.store.db import open_db

    other = open_db(db_path)
    with other.conn:
        other.conn.execute("UPDATE staff SET nama = 'Dari Proses Lain' WHERE id = 2")
    other.close()
    window.backups.on_timer()
    window.backups.wait_idle()
    assert [i.reason for i in backups.list_backups(paths.backup_dir_for(db_path))] == ["otomatis"]


def test_sealed_copy_on_a_stick_and_restore_from_it(qtbot, window, prompts, tmp_path, monkeypatch):
    stick = tmp_path / "FLASHDISK"
    stick.mkdir()
    window.backups.find_drives = lambda: [Drive(stick, "FLASHDISK", 8 << 30, 16 << 30)]
    original = names(window)
    dialog = open_dialog(qtbot, window)
    click(qtbot, dialog.stick_button)
    wizard = window.backups.wizard
    assert wizard is not None
    qtbot.waitExposed(wizard)
    assert wizard.destination.folder() == stick
    wizard.next()
    page = wizard.passphrase
    qtbot.keyClicks(page.first, "rahasia kantor")
    qtbot.keyClicks(page.second, "rahasia kantoR")
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    assert "tidak sama" in page.message.text() and not list(stick.iterdir())
    page.second.clear()
    qtbot.keyClicks(page.second, "rahasia kantor")
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    assert "AMAN untuk dicabut" in wizard.done_page.safe_label.text()
    [sealed] = list(stick.iterdir())
    assert sealed_backup.is_sealed(sealed)
    wizard.accept()
    rename_first(window, "Sesudah Flashdisk")
    monkeypatch.setattr(window.backups, "ask_passphrase", lambda _path: "rahasia kantor")
    prompts.files, prompts.answers = [sealed], [True]
    click(qtbot, dialog.file_button)
    assert names(window) == original


def test_dialog_screenshot_at_a_realistic_size(qtbot, window, db_path):
    for reason in ("otomatis", "penutupan", "sebelum-impor-pegawai", "manual"):
        backups.create_backup(window.db, Path(db_path), reason=reason)
    dialog = open_dialog(qtbot, window)
    dialog.resize(900, 480)
    QApplication.processEvents()
    assert dialog.table.rowCount() == 4
    dialog.grab().save("/tmp/backup_dialog.png")
