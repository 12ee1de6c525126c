"""The Struktur Organisasi screen driven like an operator: add, rename, move (menu and drag and
drop), merge, deactivate (refused with staff), import; every change audited and the main
window's tree reloaded."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QMimeData, QPointF, Qt, QTimer
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QPushButton, QWidget

from desktop.core.models import Unit
from desktop.store import audit
from desktop.store import staff as staff_store
from desktop.store import units as unit_store
from desktop.store.db import open_db
from desktop.ui.main_window import MainWindow
from desktop.ui.units.dialogs import TargetDialog, UnitDialog
from desktop.ui.units.editor import EMPTY, TREE, UnitEditor
from desktop.ui.units.editor_model import UNIT_MIME
from tests.gui.helpers import click_unit, retype


def on_dialog(qtbot, handler: Callable[[QWidget], None]) -> None:
    """Answer the next modal dialog with ``handler`` once it shows."""

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not isinstance(dialog, UnitDialog | TargetDialog):
            QTimer.singleShot(10, step)
            return
        handler(dialog)

    QTimer.singleShot(0, step)


def press(qtbot, parent: QWidget, name: str) -> None:
    button = parent.findChild(QPushButton, name)
    assert button is not None and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_editor(qtbot, window: MainWindow) -> UnitEditor:
    action = window.unit_structure.open_action
    berkas = next(a.menu() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu))
    assert action in berkas.actions()
    assert action in window.unit_tree.actions()  # also on the main tree's context menu
    action.trigger()
    editor = window.unit_structure.editor
    qtbot.waitExposed(editor)
    return editor


def select(qtbot, editor: UnitEditor, unit_id: int) -> None:
    click_unit(qtbot, editor.tree, editor.model.index_of(unit_id))
    assert editor.tree.current_unit_id() == unit_id


def last_audit(db, uuid: str) -> dict:
    return audit.entries_for(db, uuid)[-1]


def main_tree_names(window: MainWindow) -> set[str]:
    return {u.nama for u in window.unit_model.tree.by_id.values()}


@pytest.fixture
def editor(qtbot, window) -> UnitEditor:
    return open_editor(qtbot, window)


def test_add_unit_under_selected(qtbot, window, editor, office, fresh_db):
    dinkes = office.unit("1.01")
    select(qtbot, editor, dinkes.id)

    def fill(dialog: UnitDialog) -> None:
        qtbot.keyClicks(dialog.nama, "UPTD Puskesmas Kepahiang")
        qtbot.keyClicks(dialog.singkatan, "PKM Kph")
        dialog.jenis.set_value(dialog.jenis.values()[6])  # Puskesmas
        press(qtbot, dialog, "saveButton")

    on_dialog(qtbot, fill)
    editor.add_action.trigger()
    added = unit_store.unit_by_kode(fresh_db, "1.01.03")
    assert added.nama == "UPTD Puskesmas Kepahiang" and added.parent_id == dinkes.id
    assert added.jenis_unit.value == "puskesmas"
    assert editor.tree.current_unit_id() == added.id
    assert "UPTD Puskesmas Kepahiang" in main_tree_names(window)
    assert last_audit(fresh_db, added.uuid)["action"] == "insert"


def test_rename_keeps_old_name_as_alias(qtbot, window, editor, office, fresh_db):
    unit = office.unit("1.02")
    select(qtbot, editor, unit.id)

    def rename(dialog: UnitDialog) -> None:
        retype(qtbot, dialog.nama, "Dinas Pendidikan dan Kebudayaan")
        press(qtbot, dialog, "saveButton")

    on_dialog(qtbot, rename)
    qtbot.keyClick(editor.tree, Qt.Key.Key_F2)
    assert unit_store.get_unit(fresh_db, unit.id).nama == "Dinas Pendidikan dan Kebudayaan"
    assert unit_store.aliases_of(fresh_db, unit.id) == ["Dinas Pendidikan"]
    assert "Dinas Pendidikan dan Kebudayaan" in main_tree_names(window)
    assert "Nama lain: Dinas Pendidikan" in editor.details.text()
    tables = [e["table_name"] for e in audit.entries_for(fresh_db, unit.uuid)]
    assert tables[-2:] == ["unit", "unit_alias"]


def test_empty_name_is_refused_in_the_dialog(qtbot, editor, office, fresh_db):
    select(qtbot, editor, office.unit("1.02").id)
    seen: list[str] = []

    def clear(dialog: UnitDialog) -> None:
        retype(qtbot, dialog.nama, "")
        press(qtbot, dialog, "saveButton")
        seen.append(dialog.grid.messages["nama"].text())
        dialog.reject()

    on_dialog(qtbot, clear)
    editor.edit_action.trigger()
    assert seen == ["Nama unit wajib diisi."]
    assert unit_store.get_unit(fresh_db, office.unit("1.02").id).nama == "Dinas Pendidikan"


def test_move_with_pindahkan_ke(qtbot, window, editor, office, fresh_db):
    bidang = office.unit("1.02.01")
    select(qtbot, editor, bidang.id)

    def choose(dialog: TargetDialog) -> None:
        assert office.unit("1.02.01").id not in dialog.target.values()
        dialog.target.set_value(office.unit("1.03").id)
        press(qtbot, dialog, "okButton")

    on_dialog(qtbot, choose)
    press(qtbot, editor, "moveUnit")
    moved = unit_store.get_unit(fresh_db, bidang.id)
    assert moved.parent_id == office.unit("1.03").id
    assert window.unit_model.tree.by_id[bidang.id].parent_id == office.unit("1.03").id
    assert "parent_id" in last_audit(fresh_db, bidang.uuid)["after"]


def drop(editor: UnitEditor, unit_id: int, pos) -> None:
    data = QMimeData()
    data.setData(UNIT_MIME, QByteArray(str(unit_id).encode()))
    event = QDropEvent(
        QPointF(pos), Qt.DropAction.MoveAction, data,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    editor.tree.dropEvent(event)


def test_move_by_drag_and_drop_asks_first(qtbot, editor, office, fresh_db, prompts):
    bidang, bkpsdm = office.unit("1.01.02"), office.unit("1.03")
    target = editor.tree.visualRect(editor.model.index_of(bkpsdm.id)).center()
    prompts.answers = [False, True]
    drop(editor, bidang.id, target)
    assert unit_store.get_unit(fresh_db, bidang.id).parent_id == office.unit("1.01").id
    drop(editor, bidang.id, target)
    assert "ke bawah Badan Kepegawaian" in prompts.confirmations[-1]
    assert unit_store.get_unit(fresh_db, bidang.id).parent_id == bkpsdm.id
    root = office.unit("1")
    drop(editor, root.id, editor.tree.visualRect(editor.model.index_of(bidang.id)).center())
    assert unit_store.get_unit(fresh_db, root.id).parent_id is None  # a loop is refused
    box = QApplication.activeWindow()
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert any("ke bawah unitnya sendiri" in b.text() for b in boxes), box
    assert len(prompts.confirmations) == 2  # a loop is refused before any question
    for b in boxes:
        b.close()


def test_merge_moves_staff_and_keeps_history(qtbot, window, editor, office, fresh_db, prompts):
    source, target = office.unit("1.01.02"), office.unit("1.01.01")
    members = [s for s in office.staff if s.unit_id == source.id]
    assert members
    select(qtbot, editor, source.id)

    def choose(dialog: TargetDialog) -> None:
        dialog.target.set_value(target.id)
        press(qtbot, dialog, "okButton")

    on_dialog(qtbot, choose)
    press(qtbot, editor, "mergeUnit")
    assert f"{len(members)} pegawai" in prompts.confirmations[-1]
    for member in members:
        assert staff_store.get_staff(fresh_db, member.id).unit_id == target.id
        assert last_audit(fresh_db, member.uuid)["action"] == "update"
    assert (
        fresh_db.execute("SELECT count(*) FROM unit WHERE id = ?", [source.id]).fetchone()[0] == 0
    )
    assert unit_store.aliases_of(fresh_db, target.id) == ["Bidang Kesehatan Masyarakat"]
    assert last_audit(fresh_db, source.uuid)["action"] == "delete"
    assert "Bidang Kesehatan Masyarakat" not in main_tree_names(window)
    assert editor.tree.current_unit_id() == target.id


def test_deactivate_refused_while_staff_remain(qtbot, editor, office, fresh_db):
    dinkes = office.unit("1.01")
    select(qtbot, editor, dinkes.id)
    press(qtbot, editor, "deactivateUnit")
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible()
                                for w in QApplication.topLevelWidgets()))  # fmt: skip
    box = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    )
    count = sum(1 for s in office.staff if s.unit_id in {dinkes.id, office.unit("1.01.01").id,
                                                          office.unit("1.01.02").id})  # fmt: skip
    assert f"masih ada {count} pegawai aktif" in box.text()
    box.close()
    assert unit_store.get_unit(fresh_db, dinkes.id).aktif


def test_deactivate_empty_unit_then_reactivate(qtbot, window, editor, office, fresh_db, prompts):
    empty = unit_store.save_unit(
        fresh_db, Unit("1.09", "Kantor Lama", parent_id=office.unit("1").id)
    )
    editor.reload(empty.id)
    press(qtbot, editor, "deactivateUnit")
    assert prompts.confirmations[-1] == "Nonaktifkan Kantor Lama?"
    assert not unit_store.get_unit(fresh_db, empty.id).aktif
    assert "(nonaktif)" in editor.model.index_of(empty.id).data()
    assert editor.deactivate_action.text() == "&Aktifkan kembali"
    assert "Kantor Lama (nonaktif)" in window.unit_model.index_of(empty.id).data()
    press(qtbot, editor, "deactivateUnit")
    assert unit_store.get_unit(fresh_db, empty.id).aktif
    assert [e["action"] for e in audit.entries_for(fresh_db, empty.uuid)][-2:] == ["update"] * 2


def test_empty_database_offers_first_unit_and_import(qtbot, tmp_path, settings, prompts):
    db_path = tmp_path / "kosong.sqlite"
    db = open_db(db_path)
    window = MainWindow(db, db_path, settings, prompts)
    qtbot.addWidget(window)
    window.show()
    editor = open_editor(qtbot, window)
    assert editor.pages.currentIndex() == EMPTY
    assert "Belum ada unit. Tambahkan unit pertama" in editor.findChild(QWidget, "emptyText").text()
    sheet = tmp_path / "sotk.csv"
    sheet.write_text("Kode;Nama;Induk\n1;Pemerintah Kabupaten Kepahiang;\n1.01;Dinas Sosial;1\n"
                     "1.02;Dinas Baru;Dinas Sosal\n")  # fmt: skip
    prompts.files = [sheet]
    prompts.answers = [True]
    press(qtbot, editor, "importFirst")
    assert (
        "Baru: 2" in prompts.confirmations[-1]
        and "Baris 4, kolom Induk" in prompts.confirmations[-1]
    )
    assert editor.pages.currentIndex() == TREE
    assert main_tree_names(window) == {"Pemerintah Kabupaten Kepahiang", "Dinas Sosial"}
    db.close()


def test_first_unit_by_hand(qtbot, tmp_path, prompts):
    db = open_db(tmp_path / "kosong.sqlite")
    editor = UnitEditor(db, prompts)
    qtbot.addWidget(editor)
    editor.show()

    def fill(dialog: UnitDialog) -> None:
        qtbot.keyClicks(dialog.nama, "Pemerintah Kabupaten Rejang Lebong")
        press(qtbot, dialog, "saveButton")

    on_dialog(qtbot, fill)
    press(qtbot, editor, "addFirstUnit")
    assert [u.kode for u in unit_store.list_units(db)] == ["1"]
    assert editor.pages.currentIndex() == TREE
    db.close()


def test_export_then_import_changes_nothing(qtbot, editor, fresh_db, prompts, tmp_path: Path):
    target = tmp_path / "unit.xlsx"
    prompts.files = [target, target]
    press(qtbot, editor, "exportUnits")
    assert "7 unit diekspor" in prompts.notices[-1]
    rev = fresh_db.execute("SELECT rev FROM sync_state").fetchone()[0]
    press(qtbot, editor, "importUnits")
    assert (
        "Sama: 7" in prompts.notices[-1] and "Tidak ada yang perlu disimpan." in prompts.notices[-1]
    )
    assert fresh_db.execute("SELECT rev FROM sync_state").fetchone()[0] == rev
