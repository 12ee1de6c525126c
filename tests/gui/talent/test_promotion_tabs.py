"""The "Kenaikan Pangkat & Jenjang" and "Kinerja Rendah" tabs driven with clicks and keys
(issue 14 items 4, 5 and 9)."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from desktop.ui.talent.performance_tab import LowPerformanceTab
from desktop.ui.talent.promotion_tab import PromotionTab
from tests.unit.talent.promotion_office import build


class Host:
    """The part of ``FeatureHost`` the tabs use."""

    def __init__(self, db, prompts) -> None:
        self.db, self.prompts, self.status = db, prompts, []

    def show_status(self, text: str, ms: int = 5000) -> None:
        self.status.append(text)


@pytest.fixture
def host(fresh_db, prompts):
    build(fresh_db)
    return Host(fresh_db, prompts)


@pytest.fixture
def tab(qtbot, host):
    widget = PromotionTab(host)
    widget.today = date(2026, 4, 20)
    qtbot.addWidget(widget)
    widget.show()
    widget.show_for(2025, 0)
    return widget


def _column(tab, column: int) -> list[str]:
    model = tab.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_periods_are_the_months_after_the_page_year_default_this_month(tab):
    assert tab.period.count() == 12
    assert tab.period.itemText(0) == "1 Januari 2026"
    assert tab.period.currentText() == "1 April 2026"
    assert tab.model.rowCount() == 8
    assert tab.count.text() == "2 dari 8 memenuhi syarat"
    headers = [tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(10)]
    assert headers[5:7] == ["Predikat 2024", "Predikat 2025"]


def test_the_filter_by_keys_shows_the_eligible_then_the_others(qtbot, tab):
    tab.filter.setFocus()
    qtbot.keyClick(tab.filter, Qt.Key.Key_Home)
    assert tab.filter.currentText() == "Memenuhi syarat"
    assert sorted(_column(tab, 1)) == ["Ani Siap, S.Kom.", "Fajar Fungsional, S.Kom."]
    qtbot.keyClick(tab.filter, Qt.Key.Key_Down)
    reasons = dict(zip(_column(tab, 1), _column(tab, 9), strict=True))
    assert reasons["Budi Muda, S.Kom."] == "masa kerja golongan 3 tahun 11 bulan (minimal 4 tahun)"
    assert len(reasons) == 6


def test_a_later_period_reads_again(qtbot, tab):
    tab.period.setFocus()
    qtbot.keyClick(tab.period, Qt.Key.Key_Down)  # 1 Mei 2026: Budi has his 4 years
    assert tab.period.currentText() == "1 Mei 2026"
    assert tab.count.text() == "3 dari 8 memenuhi syarat"


def test_jenjang_and_pppk_lists(qtbot, tab):
    tab.kind.setFocus()
    qtbot.keyClick(tab.kind, Qt.Key.Key_Down)
    assert tab.kind.currentText() == "Kenaikan Jenjang"
    assert tab.model.rowCount() == 2
    qtbot.keyClick(tab.kind, Qt.Key.Key_Down)
    assert tab.kind.currentText() == "Kontrak PPPK"
    assert not tab.filter.isEnabled()
    assert sorted(_column(tab, 6)) == [
        "berakhir dalam 6 bulan",
        "tanggal akhir kontrak belum diisi",
    ]


def test_print_and_xlsx_buttons_write_the_files(qtbot, tab, host, prompts, tmp_path):
    prompts.files = [tmp_path / "calon.pdf", tmp_path / "calon.xlsx"]
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "calon.pdf").read_bytes()[:5] == b"%PDF-"
    qtbot.mouseClick(tab.xlsx_button, Qt.MouseButton.LeftButton)
    book = load_workbook(tmp_path / "calon.xlsx", read_only=True)
    first = book.worksheets[0]
    texts = [row[0] for row in first.iter_rows(max_row=5, values_only=True)]
    assert texts[0] == "Daftar Nominatif Calon Kenaikan Pangkat"
    assert texts[1] == "Periode 1 April 2026 — DRAF"
    assert "DRAF" in texts[2]
    assert len(book.worksheets) == 4  # reguler / fungsional × memenuhi / belum
    assert host.status[-1].endswith("calon.xlsx")


def test_a_cancelled_save_writes_nothing(qtbot, tab, host, prompts):
    prompts.files = [None]
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    assert host.status == []


def test_low_performance_tab_flags_consecutive_periods(qtbot, host, prompts, tmp_path):
    tab = LowPerformanceTab(host)
    qtbot.addWidget(tab)
    tab.show()
    tab.show_for(2025, 0)
    assert tab.model.rowCount() == 2
    assert tab.count.text() == "2 pegawai, 1 berturut-turut"
    first = [tab.model.index(0, c).data() for c in range(7)]
    assert first[1] == "Dedi Kurang, S.Kom." and first[5] == "ya"
    assert "TW3 2025: Kurang/Misconduct" in first[6]
    qtbot.mouseClick(tab.only_consecutive, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 1
    prompts.files = [tmp_path / "rendah.pdf"]
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "rendah.pdf").exists()


def test_the_talent_page_hosts_both_tabs(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.talent.page
    tab = page.show_tab("PromotionTab")
    assert isinstance(tab, PromotionTab)
    assert tab.year == page.current_year()
    assert tab.period.itemData(0) == date(page.current_year() + 1, 1, 1)
    assert isinstance(page.show_tab("LowPerformanceTab"), LowPerformanceTab)
