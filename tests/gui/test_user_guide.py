"""Bantuan → Panduan Pengguna (issue 12): the guide opens from the menu and with F1, its
chapter list jumps through the text, and "Simpan sebagai PDF…" writes a PDF with the four
chapters (a bad place gets a clear message and leaves no file)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.ui.help import GuideDialog
from tests.gui.conftest import find_window, wait_window
from tests.gui.test_reports_support import pdf_text

CHAPTERS = ["1. Hari pertama", "2. Tahun penilaian", "3. Mencetak", "4. Sinkronisasi",
            "5. Manajemen Talenta"]  # fmt: skip


def help_menu_entries(window) -> list[str]:
    bar = window.menuBar()
    bantuan = next(a.menu() for a in bar.actions() if a.text().replace("&", "") == "Bantuan")
    return [a.text().replace("&", "") for a in bantuan.actions() if a.text()]


def test_the_guide_opens_from_the_help_menu_with_its_four_chapters(qtbot, window):
    assert "Panduan Pengguna" in help_menu_entries(window)
    window.main_actions.user_guide.trigger()
    dialog = wait_window(qtbot, GuideDialog)
    chapters = dialog.chapters
    assert [chapters.item(n).text() for n in range(chapters.count())] == CHAPTERS
    text = dialog.text.toPlainText()
    assert all(title in text for title in CHAPTERS)
    assert "Ctrl+Shift+M" in text  # the guide names the real keys

    rect = chapters.visualItemRect(chapters.item(2))
    qtbot.mouseClick(chapters.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.text.textCursor().selectedText() == "3. Mencetak"
    top = dialog.text.cursorRect().top()
    assert 0 <= top < dialog.text.viewport().height() // 3  # the chapter starts near the top
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: find_window(GuideDialog) is None)


def test_f1_opens_the_guide(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert isinstance(wait_window(qtbot, GuideDialog), GuideDialog)


def test_save_as_pdf_writes_the_four_chapters(qtbot, window, prompts, tmp_path):
    window.main_actions.user_guide.trigger()
    dialog = wait_window(qtbot, GuideDialog)
    prompts.files.append(tmp_path / "panduan")  # typed without the extension
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "panduan.pdf"
    text = pdf_text(written)
    assert all(title in text for title in CHAPTERS)
    assert "Panduan tersimpan" in prompts.notices[-1]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("panduan")) == [
        "panduan.pdf"
    ]


def test_an_unwritable_place_gets_a_message_and_no_file(qtbot, window, prompts, tmp_path):
    window.main_actions.user_guide.trigger()
    dialog = wait_window(qtbot, GuideDialog)
    prompts.files.append(tmp_path / "tidak-ada" / "panduan.pdf")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "tidak dapat disimpan" in prompts.notices[-1]
    assert not (tmp_path / "tidak-ada").exists()
    assert dialog.isVisible()
