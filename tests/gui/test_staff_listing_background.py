"""A large office's staff list: the first screenful shows at once, the rest comes from a worker
while the window answers; what the person typed meanwhile still filters the whole list."""

from __future__ import annotations

from desktop.ui.main_window import MainWindow
from desktop.ui.staff import listing


def test_the_first_screenful_then_the_whole_list(
    qtbot, fresh_db, db_path, office, settings, prompts, monkeypatch
):
    monkeypatch.setattr(listing, "BACKGROUND_STAFF", 3)  # this office of 30 counts as large
    monkeypatch.setattr(listing, "FIRST_SCREEN", 5)
    window = MainWindow(fresh_db, db_path, settings, prompts)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.listing.completed, timeout=10_000):
        assert window.staff_model.rowCount() == 5  # usable at once: the first rows by name
        assert window.status_label.text() == "Memuat daftar pegawai…"
        window.show()
        qtbot.keyClicks(window.staff_panel.filter_edit, "siti")
    expected = [s for s in office.staff if "siti" in s.nama.lower()]
    assert 0 < window.staff_model.rowCount() == len(expected)  # typed early, applied to all
    assert window.status_label.text() == f"Menampilkan {len(expected)} dari 30 pegawai"
    window.close()


def test_closing_while_the_list_is_read_waits_for_its_thread(
    qtbot, fresh_db, db_path, office, settings, prompts, monkeypatch
):
    monkeypatch.setattr(listing, "BACKGROUND_STAFF", 3)
    window = MainWindow(fresh_db, db_path, settings, prompts)
    qtbot.addWidget(window)
    assert window.listing.loading
    qtbot.waitUntil(lambda: bool(window.listing._tasks))  # it starts with the event loop
    window.close()  # before its rows arrive: no hang, no thread outliving the window
    assert not window.listing.loading and not window.listing.running()
