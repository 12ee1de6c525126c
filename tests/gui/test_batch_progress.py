"""Batch printing progress (issue 12): "Menyiapkan…" until the first form is done, never
"0 dari 100"; then the count of forms with the thousands grouped in the current language."""

from __future__ import annotations

from desktop.core import i18n
from desktop.ui.reports.batch_progress import FormsProgressBar


def test_the_bar_says_preparing_until_the_first_form_is_done(qtbot):
    bar = FormsProgressBar()
    qtbot.addWidget(bar)
    bar.setRange(0, 0)  # the job has not counted its forms yet
    assert bar.text() == "Menyiapkan…"
    bar.setRange(0, 1500)
    bar.setValue(0)
    assert bar.text() == "Menyiapkan…"
    bar.setValue(1)
    assert bar.text() == "1 dari 1.500 formulir"
    bar.setValue(1500)
    assert bar.text() == "1.500 dari 1.500 formulir"


def test_english_groups_thousands_with_a_comma(qtbot):
    bar = FormsProgressBar()
    qtbot.addWidget(bar)
    bar.setRange(0, 1500)
    bar.setValue(12)
    i18n.set_language("en")
    try:
        assert bar.text().startswith("12 dari 1,500")  # the words come from the .qm
    finally:
        i18n.set_language("id")
