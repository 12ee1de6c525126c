"""The sync screens on their own: the menu per role, a failing stick, refused and held
packages at the centre, declining a new office, and finding removable drives."""

from __future__ import annotations

import errno
import hashlib
import os
import zipfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from desktop.store.db import open_db
from desktop.sync import (
    Role,
    TrustPolicy,
    export_package,
    get_role,
    import_packages,
    import_receipt,
    list_offices,
    list_packages,
    read_key_file,
    sync_status,
)
from desktop.ui.main_window import MainWindow
from desktop.ui.sync.drives import Drive, linux_drives
from desktop.ui.sync.package_tree import DETAIL, STATE
from tests.gui.conftest import ScriptedPrompts


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def import_in_dialog(qtbot, centre: MainWindow, prompts: ScriptedPrompts, files: list[Path]):
    dialog = centre.sync.open_central_import()
    before = dialog.report
    prompts.batches.append(files)
    click(qtbot, dialog.add_button)
    click(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.report is not before)
    return dialog


def database_digest(db, path: Path) -> str:
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return hashlib.sha256(path.read_bytes()).hexdigest()


def menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_the_sync_menu_sits_before_tampilan_and_follows_the_role(qtbot, window):
    titles = menu_titles(window)
    assert titles.index("&Sinkronisasi") == titles.index("&Tampilan") - 1
    texts = [a.text() for a in window.sync.menu.actions() if a.text()]
    assert "&Ekspor Paket ke Flashdisk…" in texts and "Impor Kunci &Pusat…" in texts
    assert "&Impor Paket Kantor…" not in texts

    dialog = window.sync.keys.start_make_central()
    click(qtbot, dialog.ok_button)  # no name yet: refused next to the field
    assert dialog.isVisible() and dialog.message.severity == "error"
    qtbot.keyClicks(dialog.name_edit, "BKN Kantor Regional VII")
    click(qtbot, dialog.ok_button)
    assert get_role(window.db) is Role.CENTRAL
    texts = [a.text() for a in window.sync.menu.actions() if a.text()]
    assert "&Impor Paket Kantor…" in texts and "Ekspor &Kunci Pusat…" in texts
    assert not window.sync.export_package.isEnabled()


def test_the_office_key_file_goes_out_with_the_fingerprint_the_status_shows(
    qtbot, window, prompts, tmp_path
):
    prompts.folders.append(tmp_path)
    window.sync.export_key.trigger()
    [key_file] = tmp_path.glob("*.kinerja-kunci")
    fingerprint = read_key_file(key_file).fingerprint
    assert fingerprint in prompts.notices[-1] and str(key_file) in prompts.notices[-1]
    status = window.sync.open_status()
    qtbot.waitUntil(lambda: status.overview is not None)
    assert status.fingerprint_label.text() == fingerprint
    assert "tidak dienkripsi" in status.centre_label.text()


def test_a_full_stick_leaves_no_file_and_says_why(qtbot, window, tmp_path, fresh_db, monkeypatch):
    stick = tmp_path / "FLASHDISK"
    stick.mkdir()
    window.sync.find_drives = lambda: [Drive(stick, "FLASHDISK", 1024, 8 << 30)]
    wizard = window.sync.open_export_wizard()
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    qtbot.waitUntil(lambda: wizard.content.overview is not None)

    def disk_full(_fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", disk_full)
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    qtbot.waitUntil(lambda: wizard.content.message.text().startswith("Berkas tidak"))
    message = wizard.content.message.text()
    assert "ruang disk penuh" in message and "Tidak ada yang diubah" in message
    assert wizard.currentPage() is wizard.content
    assert list(stick.iterdir()) == []
    assert sync_status(fresh_db).last_export is None

    monkeypatch.undo()  # a new stick: the same wizard writes it
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page)
    assert [p.suffix for p in stick.iterdir()] == [".kinerja"]


def flip_a_data_byte(package: Path) -> Path:
    """A copy with one byte of the biggest data member changed (the zip stays readable)."""
    with zipfile.ZipFile(package) as archive:
        data = [i for i in archive.infolist() if i.filename.startswith("data/")]
        info = max(data, key=lambda i: i.compress_size)
    raw = bytearray(package.read_bytes())
    name_len = int.from_bytes(raw[info.header_offset + 26 : info.header_offset + 28], "little")
    extra_len = int.from_bytes(raw[info.header_offset + 28 : info.header_offset + 30], "little")
    at = info.header_offset + 30 + name_len + extra_len + info.compress_size // 2
    raw[at] ^= 0x01
    bad = package.with_name("diubah-" + package.name)
    bad.write_bytes(bytes(raw))
    return bad


def test_a_tampered_package_is_refused_with_the_reason_and_changes_nothing(
    qtbot, centre, prompts, office, fresh_db, tmp_path
):
    good = export_package(fresh_db, tmp_path).path
    bad = flip_a_data_byte(good)
    before = database_digest(centre.db, centre.db_path)
    dialog = import_in_dialog(qtbot, centre, prompts, [bad])
    [row] = dialog.tree.rows()
    assert row.text(STATE) == "ditolak"
    assert "tidak utuh" in row.text(DETAIL) and "Tidak ada yang diubah" in row.text(DETAIL)
    assert "ditolak" in dialog.detail_text.toPlainText()  # selected and explained below
    assert "1 ditolak" in dialog.summary_label.text()
    assert prompts.confirmations == []  # a package that fails its own key asks nothing
    assert list_packages(centre.db) == [] and list_offices(centre.db) == []
    assert database_digest(centre.db, centre.db_path) == before


def test_declining_a_new_office_refuses_its_package(
    qtbot, centre, prompts, office, fresh_db, tmp_path
):
    package = export_package(fresh_db, tmp_path).path
    prompts.answers.append(False)
    dialog = import_in_dialog(qtbot, centre, prompts, [package])
    assert "Sidik jari kunci kantor" in prompts.confirmations[-1]
    [row] = dialog.tree.rows()
    assert row.text(STATE) == "ditolak"
    assert "tidak dikonfirmasi" in row.text(DETAIL)
    assert "--trust" not in dialog.report_text.toPlainText()  # no command-line advice here
    assert list_offices(centre.db) == []
    assert list(tmp_path.glob("*.kinerja-tt")) == []


def test_a_package_ahead_of_its_predecessor_is_held_then_applied(
    qtbot, centre, prompts, office, fresh_db, tmp_path
):
    """The centre's database is put back from a backup taken after package 1; package 3
    arrives before package 2 is brought again."""
    first = export_package(fresh_db, tmp_path).path
    report = import_packages(centre.db, [first], trust=TrustPolicy(any_new=True))
    import_receipt(fresh_db, Path(report.outcomes[0].receipt), confirm=lambda _c: True)
    live = open_db(tmp_path / "pusat-hidup.sqlite")  # goes on from the same state
    centre.db.conn.backup(live.conn)
    packages = []
    for gelar in ("Dr.", "Ir."):
        fresh_db.execute("UPDATE staff SET gelar_depan = ? WHERE id = 1", [gelar])
        fresh_db.conn.commit()
        packages.append(export_package(fresh_db, tmp_path).path)
        report = import_packages(live, [packages[-1]])
        import_receipt(fresh_db, Path(report.outcomes[0].receipt))
    live.close()
    second, third = packages

    dialog = import_in_dialog(qtbot, centre, prompts, [third])
    states = {r.text(1): r.text(STATE) for r in dialog.tree.rows()}
    assert states == {"1": "diterapkan", "3": "ditahan"}
    held = next(r for r in dialog.tree.rows() if r.text(1) == "3")
    assert "menunggu paket urutan 2" in held.text(DETAIL)

    dialog = import_in_dialog(qtbot, centre, prompts, [second])
    states = {r.text(1): r.text(STATE) for r in dialog.tree.rows()}
    assert states == {"1": "diterapkan", "2": "diterapkan", "3": "diterapkan"}
    assert "dari antrean" in dialog.report_text.toPlainText()


def test_only_mounted_folders_under_the_media_roots_are_offered(tmp_path):
    user_media = tmp_path / "media" / "operator"
    for name in ("FLASHDISK", "KINGSTON", "kosong"):
        (user_media / name).mkdir(parents=True)
    (user_media / "catatan.txt").write_text("bukan flashdisk")
    drives = linux_drives(
        [user_media, tmp_path / "run" / "media" / "tidak-ada"],
        is_mount=lambda p: p.name != "kosong",
    )
    assert sorted(d.label for d in drives) == ["FLASHDISK", "KINGSTON"]
    assert all(d.free is not None and d.total >= d.free for d in drives)
