"""Hostile packages in the GUI's central import: a bomb, an encrypted-flag zip and a package
with a NIK queued beside a good one. Each bad file is refused alone with its reason in the
tree; the good package is applied; nobody is asked about the bad ones."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.store.db import open_db
from desktop.sync import export_package, list_packages
from desktop.sync.manifest import MANIFEST, MANIFEST_SIG
from desktop.ui.sync.package_tree import DETAIL, STATE
from tests.gui.conftest import centre  # noqa: F401  (the centre's main window)
from tests.reliability.hostile import (
    GiB,
    deflated,
    first,
    office_key,
    resign,
    stored,
    write_zip,
    zero_bomb,
)
from tests.unit.sync_support import demo_office


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_bad_files_in_a_gui_batch_are_refused_alone(qtbot, centre, prompts, tmp_path):  # noqa: F811
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    office = demo_office(tmp_path / "kantor.sqlite", staff=20)
    try:
        good = export_package(office, stick).path

        def add_nik(tables) -> None:
            first(tables, "staff")["data"]["nik"] = "3201234509860001"

        nik = resign(good, stick / "nik.kinerja", office_key(office), add_nik)
    finally:
        office.close()
    bomb = write_zip(
        stick / "bom.kinerja",
        [deflated(MANIFEST, b"", data=zero_bomb(3 * GiB), size=3 * GiB), stored(MANIFEST_SIG, b"")],
    )
    locked = write_zip(
        stick / "sandi.kinerja",
        [stored(MANIFEST, b"{}", flags=1), stored(MANIFEST_SIG, b"")],
    )
    dialog = centre.sync.open_central_import()
    prompts.batches.append([bomb, locked, nik, good])
    click(qtbot, dialog.add_button)
    assert dialog.queue.count() == 4
    assert "akan ditolak" in dialog.queue.item(0).text()  # the bomb, told before importing
    click(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30_000)
    by_file = {o.file: o for o in dialog.report.outcomes}
    assert by_file[good.name].state == "applied"
    assert by_file[bomb.name].code == "too_large"
    assert by_file[locked.name].code == "zip_unsafe"
    assert by_file[nik.name].code == "personal_data"
    assert len(prompts.confirmations) == 1  # the good package's new office, asked once
    shown = {row.text(DETAIL) for row in dialog.tree.rows() if row.text(STATE) == "ditolak"}
    assert any("melebihi batas" in text for text in shown)
    assert any("terenkripsi" in text for text in shown)
    assert any("data pribadi" in text and "nik" in text for text in shown)
    assert "3 ditolak" in dialog.summary_label.text()
    assert [p.file_name for p in list_packages(centre.db)] == [good.name]
    fresh = open_db(centre.db_path)  # what another process sees: the good package only
    try:
        assert fresh.execute("SELECT count(*) FROM sync_package").fetchone()[0] == 1
    finally:
        fresh.close()
