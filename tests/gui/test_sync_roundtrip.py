"""Office → stick → centre → receipt → office, driven through the real sync screens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from desktop.sync import export_key_file, list_offices, sync_status
from desktop.sync.keys import SIGN, own_key, unb64
from desktop.sync.reader import load_package, verify_members, verify_origin
from desktop.ui.sync.drives import Drive
from desktop.ui.sync.package_tree import STATE

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def activate(qtbot, widget) -> None:
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def export_through_wizard(qtbot, window, stick: Path):
    """Ctrl+Shift+F (Flashdisk), pick the stick, look at the content page, write, reach "safe"."""
    window.sync.find_drives = lambda: [Drive(stick, "FLASHDISK", 8 << 30, 16 << 30)]
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL_SHIFT)
    wizard = window.sync.wizard
    assert wizard is not None and wizard.isVisible()
    drives = wizard.destination.drive_list
    assert drives.count() == 1 and "FLASHDISK" in drives.item(0).text()
    item_rect = drives.visualItemRect(drives.item(0))
    qtbot.mouseClick(drives.viewport(), Qt.MouseButton.LeftButton, pos=item_rect.center())
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    content = wizard.content
    qtbot.waitUntil(lambda: content.overview is not None)
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page, timeout=10_000)
    return wizard


def test_a_package_goes_to_the_centre_and_its_receipt_comes_back(
    qtbot, window, centre, prompts, tmp_path, fresh_db
):
    stick = tmp_path / "FLASHDISK"
    stick.mkdir()
    waiting_before = sync_status(fresh_db).total_waiting
    assert waiting_before > 30  # units and staff of the office, never sent

    # the office takes the centre's key after comparing its fingerprint
    key_path, key = export_key_file(centre.db, tmp_path)
    prompts.files.append(key_path)
    window.sync.import_key.trigger()
    assert key.fingerprint in prompts.confirmations[-1]
    assert "Kunci pusat" in prompts.notices[-1]

    wizard = export_through_wizard(qtbot, window, stick)
    result = wizard.content.result
    assert "AMAN untuk dicabut" in wizard.done_page.safe_label.text()
    assert wizard.done_page.crypto_label.text().startswith("ya, untuk pusat")
    packages = list(stick.glob("*.kinerja"))
    assert packages == [result.path]
    assert not list(stick.glob(".*"))  # no temporary file left beside it
    package = load_package(result.path)
    verify_origin(package, unb64(package.manifest.office.sign_key))
    verify_members(package)
    assert package.manifest.encryption is not None
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))

    # the centre imports it; the unknown office is registered after the scripted "yes"
    activate(qtbot, centre)
    qtbot.keyClick(centre, Qt.Key.Key_I, CTRL_SHIFT)
    dialog = centre.sync.central_dialog
    assert dialog is not None and dialog.isVisible()
    prompts.batches.append([result.path])
    click(qtbot, dialog.add_button)
    assert dialog.queue.count() == 1 and "BKPSDM Kabupaten Kepahiang" in dialog.queue.item(0).text()
    click(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    assert result.fingerprint in prompts.confirmations[-1]
    rows = dialog.tree.rows()
    assert [r.text(STATE) for r in rows] == ["diterapkan"]
    assert list_offices(centre.db)[0].nama == "BKPSDM Kabupaten Kepahiang"
    assert "baru" in dialog.report_text.toPlainText()
    receipts = list(stick.glob("*.kinerja-tt"))
    assert len(receipts) == 1

    # back at the office: the receipt makes the waiting rows drop to nothing
    activate(qtbot, window)
    status = window.sync.open_status()
    qtbot.waitUntil(lambda: status.overview is not None)
    assert status.waiting_label.text() == f"{waiting_before} baris"
    prompts.files.append(receipts[0])
    with qtbot.waitSignal(status.loaded, timeout=10_000):
        click(qtbot, status.receipt_button)
    assert status.waiting_label.text() == "0 baris"
    assert "paket urutan 1" in status.last_receipt_label.text()
    assert "0 baris" in prompts.notices[-1]


def test_an_unknown_centre_on_a_receipt_needs_the_operators_yes(
    qtbot, window, centre, prompts, tmp_path, fresh_db
):
    from desktop.sync import TrustPolicy, export_package, import_packages

    report = import_packages(
        centre.db, [export_package(fresh_db, tmp_path).path], trust=TrustPolicy(any_new=True)
    )
    receipt = Path(report.outcomes[0].receipt)
    centre_fp = own_key(centre.db, SIGN).fingerprint
    activate(qtbot, window)
    status = window.sync.open_status()
    qtbot.waitUntil(lambda: status.overview is not None)
    waiting = status.waiting_label.text()
    assert waiting != "0 baris"

    prompts.files.append(receipt)
    prompts.answers.append(False)
    click(qtbot, status.receipt_button)
    assert "belum dikenal" in prompts.confirmations[-1]
    assert centre_fp in prompts.confirmations[-1]
    assert sync_status(fresh_db).last_receipt is None

    prompts.files.append(receipt)
    with qtbot.waitSignal(status.loaded, timeout=10_000):
        click(qtbot, status.receipt_button)
    assert status.waiting_label.text() == "0 baris"
    assert sync_status(fresh_db).centre is not None
