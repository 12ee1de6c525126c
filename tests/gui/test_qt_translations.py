"""Qt's own texts follow the app's language (issue 12): Qt ships no Indonesian catalogue, so
ours (``resources/translations/qtbase_id.ts``) gives the message-box buttons, the file dialog
and the text fields' context menu in Indonesian; English uses Qt's."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QLineEdit, QMessageBox

from desktop import paths
from desktop.app import install_translators
from desktop.core import i18n
from desktop.ui.appraisal.labels import (
    eval_status_label,
    predikat_label,
    rating_short_label,
    skp_status_label,
)
from desktop.ui.appraisal.realisasi_table import RealisasiTable

FOLDER = paths.project_root() / "resources" / "translations"
SOURCE = FOLDER / "qtbase_id.ts"
Buttons = QMessageBox.StandardButton


@pytest.fixture
def compiled(tmp_path, monkeypatch) -> Path:
    """qtbase_id.qm and kinerja_en.qm built from their .ts as set-up builds them, in a folder
    the app reads."""
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if lrelease is None:
        pytest.skip("pyside6-lrelease missing")
    for name in ("qtbase_id", "kinerja_en"):
        subprocess.run(
            [lrelease, str(FOLDER / f"{name}.ts"), "-qm", str(tmp_path / f"{name}.qm")],
            check=True,
            capture_output=True,
        )
    monkeypatch.setattr(paths, "translations_dir", lambda: tmp_path)
    return tmp_path


@pytest.fixture
def language(qapp, compiled):
    """Install the translators of a language for one test, then remove them."""
    installed = []
    locale = QLocale()

    def use(lang: str) -> None:
        i18n.set_language(lang)
        installed.extend(install_translators(qapp, lang))

    yield use
    i18n.set_language("id")
    for translator in installed:
        QApplication.removeTranslator(translator)
    QLocale.setDefault(locale)


def texts(box: QMessageBox) -> list[str]:
    return [
        box.button(b).text().replace("&", "") for b in (Buttons.Yes, Buttons.No, Buttons.Cancel)
    ]


def question() -> QMessageBox:
    box = QMessageBox()
    box.setStandardButtons(Buttons.Yes | Buttons.No | Buttons.Cancel)
    return box


def test_message_box_buttons_read_ya_tidak_batal_in_indonesian(qtbot, language):
    language("id")
    box = question()
    qtbot.addWidget(box)
    assert texts(box) == ["Ya", "Tidak", "Batal"]


def test_message_box_buttons_stay_english_in_english(qtbot, language):
    language("en")
    box = question()
    qtbot.addWidget(box)
    assert texts(box) == ["Yes", "No", "Cancel"]


def test_file_dialog_and_the_copy_menu_speak_indonesian(qtbot, language, tmp_path):
    language("id")
    dialog = QFileDialog(None, "Simpan", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["fileNameLabel"].replace("&", "") == "Nama berkas:"
    assert labels["fileTypeLabel"].replace("&", "") == "Jenis berkas:"
    field = QLineEdit()
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    entries = [a.text().replace("&", "").split("\t")[0] for a in menu.actions() if a.text()]
    assert {"Salin", "Tempel", "Potong", "Pilih Semua"} <= set(entries)


def test_english_states_ratings_and_predikat(language):
    language("en")
    assert [skp_status_label(s) for s in (None, "draft", "diajukan", "disetujui")] == [
        "Without SKP",
        "Draft",
        "Submitted",
        "Approved",
    ]
    assert [eval_status_label(s) for s in ("dinilai", "ditetapkan")] == ["Rated", "Finalised"]
    assert rating_short_label("di_atas") == "Above"
    assert predikat_label("butuh_perbaikan") == "Needs Improvement"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_evaluation_headers_are_never_clipped(qtbot, language, lang):
    language(lang)
    grid = RealisasiTable()
    qtbot.addWidget(grid)
    table = grid.table
    bold = QFont(table.horizontalHeader().font())
    bold.setBold(True)
    for column in range(table.columnCount()):
        title = table.horizontalHeaderItem(column).text()
        assert title.count("\n") <= 1  # a long title takes two lines, never three
        widest = max(QFontMetrics(bold).horizontalAdvance(line) for line in title.split("\n"))
        assert table.columnWidth(column) >= widest, title
    assert sum(table.columnWidth(c) for c in range(table.columnCount())) <= 730  # fits at 1024


def test_every_text_in_our_qt_catalogue_is_translated():
    text = SOURCE.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text and "<translation></translation>" not in text
    assert text.count("<message>") > 200
