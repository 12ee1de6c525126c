"""Pengaturan Kantor: the office's names (printed in the form headers), the place on the
signature line, the evaluation period (triwulan or bulanan), the paper size and the emblem.

The dialog checks what it can before saving (name present, image readable and not huge) and
shows the message under the field; nothing is written until everything is right.
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils
from PySide6.QtCore import QByteArray, QCoreApplication, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import KinerjaError
from desktop.core.validation import Issue, Severity
from desktop.store import prints
from desktop.store import units as unit_store
from desktop.store.office_settings import MAX_EMBLEM_BYTES, save_office_settings
from desktop.ui.errors import show_error
from desktop.ui.prompts import Prompts
from desktop.ui.widgets import ChoiceCombo, FieldGrid

KEEP = False  # the emblem is left as it is


def emblem_preview() -> QLabel:
    """The framed 72-px label the emblem shows in (here and in the first-run wizard)."""
    preview = QLabel(objectName="emblemPreview")
    preview.setFixedSize(72, 72)
    preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
    preview.setFrameShape(QLabel.Shape.StyledPanel)
    preview.setWordWrap(True)
    return preview


def show_emblem(preview: QLabel, data: bytes | None, empty: str) -> None:
    """The emblem scaled to 64 px, or ``empty`` when there is none or it cannot be read."""
    image = QImage.fromData(QByteArray(data)) if data else QImage()
    if image.isNull():
        preview.setPixmap(QPixmap())
        preview.setText(empty)
    else:
        keep = Qt.AspectRatioMode.KeepAspectRatio
        smooth = Qt.TransformationMode.SmoothTransformation
        preview.setPixmap(QPixmap.fromImage(image).scaled(64, 64, keep, smooth))


class OfficeDialog(QDialog):
    """``saved`` is emitted after a successful save (the window title may change)."""

    saved = Signal()

    def __init__(
        self, db: sqlite_utils.Database, prompts: Prompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("officeDialog")
        self.setWindowTitle(self.tr("Pengaturan Kantor"))
        self.db, self.prompts = db, prompts
        self.office = unit_store.get_office(db)
        self._emblem: bytes | bool | None = KEEP
        self._current_emblem = prints.office_emblem(db)
        self._build()
        self._load()

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.instansi = QLineEdit(objectName="instansi")
        self.instansi.setPlaceholderText(self.tr("mis. Pemerintah Kabupaten Kepahiang"))
        self.nama_kantor = QLineEdit(objectName="namaKantor")
        self.nama_kantor.setPlaceholderText(
            self.tr("mis. Badan Kepegawaian dan Pengembangan Sumber Daya Manusia")
        )
        self.kota = QLineEdit(objectName="kota")
        self.kota.setPlaceholderText(self.tr("mis. Kepahiang"))
        self.kertas = ChoiceCombo(allow_empty=False, objectName="kertas")
        self.kertas.set_choices(
            [("a4", self.tr("A4 (210 × 297 mm)")), ("f4", self.tr("F4 / folio (215 × 330 mm)"))]
        )
        self.periode = ChoiceCombo(allow_empty=False, objectName="periode")
        self.periode.set_choices(
            [("triwulan", self.tr("Triwulan (TW I–IV)")), ("bulanan", self.tr("Bulanan"))]
        )
        self.grid = FieldGrid(columns=1)
        add = self.grid.add
        add(0, "instansi", self.tr("Instansi"), self.instansi)
        add(0, "nama_kantor", self.tr("Nama kantor"), self.nama_kantor)
        add(0, "kota", self.tr("Tempat tanda tangan"), self.kota)
        add(0, "periode", self.tr("Evaluasi periodik"), self.periode)
        add(0, "kertas", self.tr("Ukuran kertas"), self.kertas)
        add(0, "emblem", self.tr("Lambang"), self._emblem_row(), focus=[self.choose, self.remove])
        self.grid.chain_focus()
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Simpan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._on_save_clicked)
        buttons.rejected.connect(self.reject)
        hint = QLabel(
            self.tr(
                "Nama instansi dicetak di kepala setiap formulir penilaian; tempat tanda tangan "
                "dicetak sebelum tanggal (mis. “Kepahiang, 23 November 2026”)."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(640, self.sizeHint().height())
        self.periode.value_changed.connect(self._on_periode_changed)

    def _emblem_row(self) -> QWidget:
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        self.preview = emblem_preview()
        self.choose = QPushButton(self.tr("Pilih gambar…"), objectName="chooseEmblem")
        self.remove = QPushButton(self.tr("Hapus"), objectName="removeEmblem")
        for button in (self.choose, self.remove):
            button.setAutoDefault(False)  # Enter saves the dialog
        self.choose.clicked.connect(self._on_choose_clicked)
        self.remove.clicked.connect(self._on_remove_clicked)
        box.addWidget(self.preview)
        box.addWidget(self.choose)
        box.addWidget(self.remove)
        box.addStretch(1)
        return row

    def _load(self) -> None:
        o = self.office
        self.instansi.setText(o.instansi)
        self.nama_kantor.setText(o.nama_kantor)
        self.kota.setText(o.kota)
        self.kertas.set_value(o.kertas)
        self.periode.set_value(o.periode_evaluasi)
        self._show_emblem(self._current_emblem)

    def _show_emblem(self, data: bytes | None) -> None:
        show_emblem(self.preview, data, self.tr("belum ada"))
        self.remove.setEnabled(bool(data))

    # -- slots ---------------------------------------------------------------------------------
    def _on_choose_clicked(self) -> None:
        path = self.prompts.open_file(
            self, self.tr("Pilih lambang"), self.tr("Gambar (*.png *.jpg *.jpeg)")
        )
        if path is None:
            return
        data, problem = read_emblem(path)
        if problem:
            self._message("emblem", problem)
            return
        self._message("emblem", "")
        self._emblem = data
        self._show_emblem(data)

    def _on_remove_clicked(self) -> None:
        self._emblem = None
        self._message("emblem", "")
        self._show_emblem(None)

    def _on_periode_changed(self) -> None:
        value = self.periode.value()
        others = unit_store.evaluations_not_of(self.db, value)
        text = ""
        if value != self.office.periode_evaluasi and others:
            text = self.tr(
                "%1 evaluasi yang sudah ada tetap seperti semula; evaluasi baru memakai "
                "periode ini."
            ).replace("%1", str(others))
        self._message("periode", text, Severity.WARNING)

    def _on_save_clicked(self) -> None:
        if not self.instansi.text().strip():
            self._message("instansi", self.tr("Nama instansi wajib diisi."))
            self.instansi.setFocus()
            return
        self._message("instansi", "")
        o = self.office
        o.instansi, o.nama_kantor, o.kota = (
            self.instansi.text(),
            self.nama_kantor.text(),
            self.kota.text(),
        )
        o.kertas, o.periode_evaluasi = self.kertas.value(), self.periode.value()
        try:
            save_office_settings(self.db, o, emblem=self._emblem)
        except KinerjaError as exc:
            show_error(self, exc)
            self.office = unit_store.get_office(self.db)
            return
        self.saved.emit()
        self.accept()

    def _message(self, key: str, text: str, severity: Severity = Severity.ERROR) -> None:
        issues = [Issue(key, "office", text, severity)] if text else []
        self.grid.messages[key].show_issues(issues)


def read_emblem(path: Path) -> tuple[bytes | None, str]:
    """The image bytes, or a message in the user's language saying why they cannot be used."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return None, QCoreApplication.translate(
            "OfficeDialog", "Berkas tidak dapat dibaca: %1"
        ).replace("%1", reason)
    if len(data) > MAX_EMBLEM_BYTES:
        return None, QCoreApplication.translate(
            "OfficeDialog", "Gambar terlalu besar (maksimal 2 MB); perkecil dulu."
        )
    image = QImage.fromData(QByteArray(data))
    if image.isNull() or path.suffix.lower() not in (".png", ".jpg", ".jpeg"):
        return None, QCoreApplication.translate(
            "OfficeDialog", "Berkas ini bukan gambar PNG atau JPEG yang dapat dibaca."
        )
    return data, ""
