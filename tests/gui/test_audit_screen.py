"""Berkas → Jejak Audit: filter by employee, see one entry's fields old → new, export to Excel
with NIPs as text; the staff export's "Sertakan data pribadi" tick; the personal-data report
from the staff page; what each role sees in the menus."""

from __future__ import annotations

import dataclasses

import openpyxl
import pytest
from PySide6.QtCore import Qt

from desktop.core.nip import format_nip
from desktop.core.workflow import Role
from desktop.store import audit_query, session
from desktop.store import staff as staff_store
from desktop.store.session import Session
from desktop.ui.audit.dialog import AuditDialog
from tests.gui.helpers import click_action, click_staff, retype

PHONE = "081377770000"


@pytest.fixture
def changed(fresh_db, office):
    """Two employees whose phone numbers were changed (field-level audit entries)."""
    first, second = office.staff[0], office.staff[1]
    for person, phone in ((first, PHONE), (second, "081355550000")):
        current = staff_store.get_staff(fresh_db, person.id or 0)
        staff_store.save_staff(fresh_db, dataclasses.replace(current, no_hp=phone))
    return first, second


def open_trail(qtbot, window) -> AuditDialog:
    window.audit.action.trigger()
    dialog = window.audit.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def apply_person(qtbot, dialog: AuditDialog, text: str) -> None:
    retype(qtbot, dialog.person, text)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)


def test_filter_by_employee_and_see_the_change_old_to_new(qtbot, window, changed):
    first, second = changed
    dialog = open_trail(qtbot, window)
    everything = dialog.model.rowCount()
    apply_person(qtbot, dialog, format_nip(first.nip))
    rows = [dialog.model.entry_at(r) for r in range(dialog.model.rowCount())]
    assert 0 < len(rows) < everything
    assert all(e.staff_uuid == first.uuid or e.row_uuid == first.uuid for e in rows)
    assert not any(e.row_uuid == second.uuid for e in rows)
    phone_row = next(r for r, e in enumerate(rows) if "no_hp" in e.after)
    index = dialog.model.index(phone_row, 0)
    qtbot.mouseClick(
        dialog.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=dialog.table.visualRect(index).center(),
    )
    cells = [
        [dialog.detail.item(r, c).text() for c in range(3)] for r in range(dialog.detail.rowCount())
    ]
    assert ["No HP", first.no_hp or "–", PHONE] in cells
    assert dialog.count_label.text().startswith(f"{len(rows)} catatan")


def test_unknown_employee_says_so_and_keeps_the_list(qtbot, window, changed):
    dialog = open_trail(qtbot, window)
    before = dialog.model.rowCount()
    apply_person(qtbot, dialog, "Tidak Ada Orangnya")
    assert "Tidak ada pegawai" in dialog.message.text() and dialog.message.isVisible()
    assert dialog.model.rowCount() == before


def test_bad_date_is_explained_next_to_the_filters(qtbot, window, changed):
    dialog = open_trail(qtbot, window)
    retype(qtbot, dialog.date_from, "31-02-2026")
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert "Tanggal" in dialog.message.text()


def test_export_the_filtered_trail_to_xlsx_with_nip_as_text(
    qtbot, window, changed, prompts, tmp_path, fresh_db
):
    first, _second = changed
    dialog = open_trail(qtbot, window)
    apply_person(qtbot, dialog, first.nip)
    expected = dialog.model.rowCount()
    target = tmp_path / "jejak.xlsx"
    prompts.files.append(target)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(prompts.notices), timeout=10_000)
    assert prompts.notices[-1].startswith(f"{expected} catatan jejak audit diekspor")
    sheet = openpyxl.load_workbook(target).active
    header = [c.value for c in sheet[1]]
    nip_cells = [row[header.index("NIP")] for row in sheet.iter_rows(min_row=2)]
    assert nip_cells and all(c.value == format_nip(first.nip) for c in nip_cells)
    assert all(c.data_type == "s" and c.number_format == "@" for c in nip_cells)
    fields = [row[header.index("Field")].value for row in sheet.iter_rows(min_row=2)]
    assert "No HP" in fields
    last = audit_query.page(fresh_db, audit_query.AuditFilter(kinds=("ekspor",))).entries[0]
    assert last.table_name == "audit_log" and last.after["berkas"] == "jejak.xlsx"


def test_staff_export_has_personal_data_only_when_ticked(qtbot, window, prompts, tmp_path):
    plain, full = tmp_path / "biasa.csv", tmp_path / "lengkap.csv"
    prompts.files.append(plain)
    click_action(qtbot, window, window.main_actions.export_staff)
    qtbot.waitUntil(lambda: len(prompts.notices) == 1, timeout=10_000)
    assert "NIK" not in plain.read_text(encoding="utf-8-sig").splitlines()[0]
    personal = window.main_actions.export_personal
    assert personal.isVisible() and not personal.isChecked()
    personal.trigger()  # the operator ticks "Sertakan data pribadi saat ekspor"
    prompts.files.append(full)
    click_action(qtbot, window, window.main_actions.export_staff)
    qtbot.waitUntil(lambda: len(prompts.notices) == 2, timeout=10_000)
    assert "NIK" in full.read_text(encoding="utf-8-sig").splitlines()[0]
    assert "data pribadi" in prompts.notices[-1]
    assert not personal.isChecked()  # the next export is without again


def test_personal_data_report_of_the_selected_employee(qtbot, window, changed, prompts, tmp_path):
    first, _second = changed
    click_staff(qtbot, window, first.id or 0)
    target = tmp_path / "dp.pdf"
    prompts.files.append(target)
    window.audit.report_action.trigger()
    qtbot.waitUntil(lambda: bool(prompts.notices), timeout=20_000)
    assert "Laporan data pribadi" in prompts.notices[-1] and target.read_bytes()[:4] == b"%PDF"


@pytest.mark.parametrize(
    ("role", "trail", "report", "personal"),
    [
        (Role.ADMIN, True, True, True),
        (Role.PIMPINAN, True, False, False),
        (Role.OPERATOR, False, False, True),
        (Role.PENILAI, False, False, False),
    ],
)
def test_menus_follow_the_role(window, role, trail, report, personal):
    with session.acting(Session(role=role, account_id=9, username="x")):
        window.audit.refresh_actions()
        shown = (
            window.audit.action.isVisible(),
            window.audit.report_action.isVisible(),
            window.main_actions.export_personal.isVisible(),
        )
    window.audit.refresh_actions()
    assert shown == (trail, report, personal)
