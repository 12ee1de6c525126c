"""Where a wrong Enter is costly, Enter picks the safe button: writing a package without
encryption, trusting a new key's fingerprint, closing a form with unsaved edits."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from desktop.sync import export_key_file
from desktop.ui.appraisal.services import AppraisalPrompts
from desktop.ui.prompts import Prompts
from desktop.ui.sync.drives import Drive
from tests.gui.test_sync_roundtrip import activate, click


def _press_enter_on_the_question(qtbot, answer: list[str]) -> None:
    """When the box shows, note its default button and press Enter on it."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        answer.append(box.defaultButton().text())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, press)


@pytest.mark.parametrize("prompts_class", [Prompts, AppraisalPrompts])
def test_enter_on_a_safe_question_cancels(qtbot, prompts_class):
    pressed: list[str] = []
    _press_enter_on_the_question(qtbot, pressed)
    taken = prompts_class().confirm(
        None,
        "Tutup tanpa menyimpan?",
        "Perubahan belum disimpan.",
        "Tutup tanpa menyimpan",
        safe_default=True,
        cancel_text="Kembali ke formulir",
    )
    assert pressed == ["Kembali ke formulir"] and taken is False


def test_enter_on_an_ordinary_question_confirms(qtbot):
    pressed: list[str] = []
    _press_enter_on_the_question(qtbot, pressed)
    assert Prompts().confirm(None, "Pindahkan Unit", "Pindahkan?", "Pindahkan") is True
    assert pressed == ["Pindahkan"]


def _to_content_page(qtbot, window, stick: Path):
    window.sync.find_drives = lambda: [Drive(stick, "FLASHDISK", 8 << 30, 16 << 30)]
    activate(qtbot, window)
    window.sync.export_package.trigger()
    wizard = window.sync.wizard
    drives = wizard.destination.drive_list
    rect = drives.visualItemRect(drives.item(0))
    qtbot.mouseClick(drives.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    qtbot.waitUntil(lambda: wizard.content.overview is not None)
    return wizard


def test_an_unencrypted_package_is_written_only_after_a_second_yes(
    qtbot, window, prompts, tmp_path
):
    stick = tmp_path / "FLASHDISK"
    stick.mkdir()
    wizard = _to_content_page(qtbot, window, stick)
    prompts.answers = [False]  # the default answer: "Kembali"
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    assert "TIDAK dienkripsi" in prompts.confirmations[-1]
    assert prompts.confirm_options[-1]["safe_default"] is True
    assert wizard.currentPage() is wizard.content
    assert list(stick.iterdir()) == []
    prompts.answers = [True]  # "Tulis tanpa enkripsi"
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page, timeout=10_000)
    assert len(list(stick.glob("*.kinerja"))) == 1
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))


def test_trusting_a_key_defaults_to_no(qtbot, window, centre, prompts, tmp_path):
    key_path, key = export_key_file(centre.db, tmp_path)
    prompts.files.append(key_path)
    window.sync.import_key.trigger()
    assert key.fingerprint in prompts.confirmations[-1]
    assert prompts.confirm_options[-1]["safe_default"] is True
