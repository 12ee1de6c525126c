"""The Pengembangan Kompetensi and IP ASN tabs driven with real clicks: the summaries, the
per-person tables, the filter, sorting by a header, the evidence of a selected person, and
the printouts through the file picker."""

from __future__ import annotations

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt

from desktop.store import session as sessions
from desktop.ui.talent.ipasn_tab import IpAsnTab
from desktop.ui.talent.jp_tab import JpTab
from tests.gui.talent.support import main_window, shown_tab
from tests.unit.talent.jp_support import YEAR, build_office


def _tab(qtbot, window, cls):
    return shown_tab(qtbot, window, cls, year=YEAR)


@pytest.fixture
def window(qtbot, fresh_db, db_path, settings, prompts):
    office = build_office(fresh_db)
    window = main_window(qtbot, fresh_db, db_path, settings, prompts)
    window.office_ids = office
    return window


def column(model, n: int) -> list[str]:
    return [model.data(model.index(r, n)) for r in range(model.rowCount())]


def test_jp_tab_summarises_and_lists_everyone(qtbot, window):
    tab = _tab(qtbot, window, JpTab)
    text = tab.summary_label.text()
    assert "target 20 JP" in text and "4 pegawai" in text and "1 mencapai target" in text
    assert column(tab.units, 0) == ["Dinas Kesehatan", "Dinas Pendidikan"]
    assert column(tab.people, 1) == ["Ani Rajin", "Budi Kurang", "Citra Pemimpin", "Dedi Kosong"]
    assert column(tab.people, 0)[0] == "19860926 201505 1 001"
    assert column(tab.people, 2) == ["36", "6", "0", "0"]  # Jumlah JP
    assert tab.inner.tabText(1) == "Kebutuhan pengembangan (1)"


def test_jp_tab_filters_those_below_target(qtbot, window):
    tab = _tab(qtbot, window, JpTab)
    tab.below_only.click()
    assert column(tab.people, 1) == ["Citra Pemimpin", "Dedi Kosong", "Budi Kurang"]
    assert column(tab.people, 4) == ["20", "20", "14"]  # Kurang JP
    tab.below_only.click()
    assert tab.people.rowCount() == 4


def test_clicking_a_header_sorts_by_it(qtbot, window):
    tab = _tab(qtbot, window, JpTab)
    header = tab.people_view.horizontalHeader()
    x = header.sectionViewportPosition(2) + header.sectionSize(2) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    first = column(tab.people, 2)
    assert first in (["0", "0", "6", "36"], ["36", "6", "0", "0"])
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert column(tab.people, 2) == list(reversed(first))


def test_jp_tab_shows_the_suggested_needs(qtbot, window):
    tab = _tab(qtbot, window, JpTab)
    tab.inner.setCurrentIndex(1)
    assert column(tab.needs, 1) == ["Budi Kurang"]
    assert column(tab.needs, 4) == [
        "Pelatihan/pengembangan terkait: Tersusunnya modul ajar; "
        "Coaching/mentoring perilaku kerja: Akuntabel"
    ]


def test_jp_tab_prints_pdf_and_exports_xlsx(qtbot, window, prompts, tmp_path):
    tab = _tab(qtbot, window, JpTab)
    prompts.files = [tmp_path / "jp.pdf", tmp_path / "jp"]  # the second without a suffix
    qtbot.mouseClick(tab.pdf_button, Qt.MouseButton.LeftButton)
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "jp.pdf").pages)
    assert "REKAPITULASI PENGEMBANGAN KOMPETENSI TAHUN 2025" in text
    assert "PP 17/2020 Pasal 203" in text and "Budi Kurang" in text
    qtbot.mouseClick(tab.xlsx_button, Qt.MouseButton.LeftButton)
    book = openpyxl.load_workbook(tmp_path / "jp.xlsx")
    cells = {str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row}
    assert any("Ani Rajin" in c for c in cells)  # every person is in the spreadsheet


def test_ipasn_tab_shows_average_bands_and_evidence(qtbot, window):
    tab = _tab(qtbot, window, IpAsnTab)
    assert "4 pegawai" in tab.average_label.text()
    assert "rubrik versi 2019" in tab.average_label.text()
    assert "Tinggi (81–90): 1" in tab.bands_label.text()
    names = column(tab.people, 1)
    row = names.index("Citra Pemimpin")
    assert column(tab.people, 6)[row] == "83"  # Total
    assert column(tab.people, 7)[row] == "Tinggi"
    rect = tab.people_view.visualRect(tab.people.index(row, 1))
    qtbot.mouseClick(tab.people_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    evidence = tab.detail.toPlainText()
    assert "PKA Angkatan V" in evidence and "hukuman disiplin ringan" in evidence
    assert "Seminar/workshop/kursus/magang sejenis dalam 2 tahun: +10" in evidence


def test_ipasn_tab_prints(qtbot, window, prompts, tmp_path):
    tab = _tab(qtbot, window, IpAsnTab)
    prompts.files = [tmp_path / "ip.pdf"]
    qtbot.mouseClick(tab.pdf_button, Qt.MouseButton.LeftButton)
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "ip.pdf").pages)
    assert "INDEKS PROFESIONALITAS ASN" in text and "PermenPANRB 38/2018" in text
    assert "Citra Pemimpin" in text


def test_a_refused_role_sees_the_reason_not_a_traceback(qtbot, window, monkeypatch):
    from desktop.core.workflow import Role
    from desktop.ui.talent import jp_tab

    shown = []
    monkeypatch.setattr(jp_tab, "show_error", lambda parent, exc: shown.append(exc.message()))
    sessions.begin(sessions.Session(role=Role.PENILAI, staff_id=1))
    tab = _tab(qtbot, window, JpTab)
    assert shown and "talenta" in shown[0]
    assert tab.people.rowCount() == 0 and not tab.pdf_button.isEnabled()


@pytest.mark.parametrize("cls", [JpTab, IpAsnTab])
def test_a_large_office_reads_in_a_worker_and_the_newest_year_wins(qtbot, window, monkeypatch, cls):
    """Over ``BACKGROUND_STAFF`` active staff the list is read off the GUI thread: the tab
    says it is loading, and a year chosen meanwhile is the one shown, not the older one."""
    from desktop.ui.talent import loading

    monkeypatch.setattr(loading, "BACKGROUND_STAFF", 0)  # this small office counts as large
    tab = _tab(qtbot, window, cls)
    label = tab.summary_label if cls is JpTab else tab.average_label
    assert "Memuat" in label.text() and not tab.pdf_button.isEnabled()
    qtbot.waitUntil(lambda: not tab.loads.busy(), timeout=20_000)
    tab.show_for(YEAR - 1, 0)
    tab.show_for(YEAR, 0)
    qtbot.waitUntil(lambda: not tab.loads.busy(), timeout=20_000)
    shown = tab.ledger if cls is JpTab else tab.report
    assert shown is not None and shown.tahun == YEAR
    assert f"Tahun {YEAR}" in label.text() and tab.pdf_button.isEnabled()
