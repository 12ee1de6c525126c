"""The two ratings and the predikat they give, shown live by the matrix
(``core.appraisal.predikat``) as the appraiser changes either one. For a unit head with the
unit's capaian set, the Rating Hasil Kerja is fixed from the capaian and explained."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from desktop.core.appraisal import CapaianOrganisasi, Predikat, Rating, predikat
from desktop.store.angka_kredit import AngkaKreditBasis
from desktop.ui.appraisal.labels import PREDIKAT_COLOURS, rating_choices


def _decimal(value: object) -> str:
    """``3.125`` → ``3,125``; ``12.500`` → ``12,5`` (Indonesian decimal comma)."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


def _rating_combo(name: str) -> QComboBox:
    combo = QComboBox(objectName=name)
    combo.addItem("— pilih —", None)
    for value, label in rating_choices():
        combo.addItem(label, value.value)
    return combo


class RatingBox(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hasil = _rating_combo("ratingHasilCombo")
        self.hasil.setItemText(0, self.tr("— pilih —"))
        self.perilaku = _rating_combo("ratingPerilakuCombo")
        self.perilaku.setItemText(0, self.tr("— pilih —"))
        self.predikat_label = QLabel(objectName="predikatLabel")
        self.predikat_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.predikat_label.setMinimumWidth(230)
        self.predikat_label.setAccessibleName(self.tr("Predikat kinerja pegawai"))
        self.head_note = QLabel(objectName="headNote")
        self.head_note.setWordWrap(True)
        self.head_note.setStyleSheet("QLabel { color: #1a4fa0; }")
        self.head_note.hide()
        self.angka_kredit = QLabel(objectName="angkaKreditLabel")
        self.angka_kredit.setStyleSheet("QLabel { color: #3c4043; }")
        self.angka_kredit.hide()
        self._basis: AngkaKreditBasis | None = None
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.setHorizontalSpacing(16)
        for column, (text, combo) in enumerate(
            (
                (self.tr("Rating &Hasil Kerja"), self.hasil),
                (self.tr("Rating &Perilaku Kerja"), self.perilaku),
            )
        ):
            caption = QLabel(text)
            caption.setBuddy(combo)
            combo.setMinimumContentsLength(20)
            grid.addWidget(caption, 0, column)
            grid.addWidget(combo, 1, column)
        grid.addWidget(self.head_note, 2, 0, 1, 3)
        grid.addWidget(self.angka_kredit, 3, 0, 1, 3)
        grid.addWidget(
            QLabel(self.tr("Predikat Kinerja Pegawai")), 0, 3, Qt.AlignmentFlag.AlignHCenter
        )
        grid.addWidget(self.predikat_label, 1, 3, 2, 1)
        grid.setColumnStretch(2, 1)
        self.hasil.currentIndexChanged.connect(self._on_rating_changed)
        self.perilaku.currentIndexChanged.connect(self._on_rating_changed)
        self._fixed_hasil = False
        self._show_predikat(None)

    def set_ratings(self, hasil: Rating | None, perilaku: Rating | None) -> None:
        self.hasil.setCurrentIndex(max(0, self.hasil.findData(hasil.value if hasil else None)))
        self.perilaku.setCurrentIndex(
            max(0, self.perilaku.findData(perilaku.value if perilaku else None))
        )
        self._on_rating_changed()

    def fix_hasil(self, rating: Rating | None, capaian: CapaianOrganisasi | None) -> None:
        """A unit head: the hasil rating follows the capaian and cannot be chosen (the caller
        passes it to ``set_ratings``)."""
        self._fixed_hasil = rating is not None
        if rating is not None:
            self.head_note.setText(
                self.tr(
                    "Pimpinan unit: Rating Hasil Kerja mengikuti Capaian Kinerja Organisasi "
                    "(%1), yaitu %2."
                )
                .replace("%1", capaian.label if capaian else "—")
                .replace("%2", rating.label)
            )
        self.head_note.setVisible(self._fixed_hasil)

    def set_angka_kredit_basis(self, basis: AngkaKreditBasis | None) -> None:
        """A pejabat fungsional: show the angka kredit the predikat earns, live."""
        self._basis = basis
        self.angka_kredit.setVisible(basis is not None)
        self._show_angka_kredit(self.current_predikat())

    def hasil_rating(self) -> Rating | None:
        value = self.hasil.currentData()
        return Rating(value) if value else None

    def perilaku_rating(self) -> Rating | None:
        value = self.perilaku.currentData()
        return Rating(value) if value else None

    def current_predikat(self) -> Predikat | None:
        hasil, perilaku = self.hasil_rating(), self.perilaku_rating()
        return predikat(hasil, perilaku) if hasil and perilaku else None

    def set_read_only(self, read_only: bool) -> None:
        self.hasil.setEnabled(not read_only and not self._fixed_hasil)
        self.perilaku.setEnabled(not read_only)

    def _on_rating_changed(self) -> None:
        self._show_predikat(self.current_predikat())
        self._show_angka_kredit(self.current_predikat())
        self.changed.emit()

    def _show_angka_kredit(self, value: Predikat | None) -> None:
        basis = self._basis
        if basis is None:
            return
        how = (
            self.tr("%1; %2 bulan × %3 % × koefisien %4")
            .replace("%1", basis.jenjang_nama)
            .replace("%2", str(basis.months))
            .replace("%3", str(value.percentage) if value else "…")
            .replace("%4", _decimal(basis.koefisien))
        )
        amount = _decimal(basis.nilai(value)) if value else "—"
        self.angka_kredit.setText(
            self.tr("Angka kredit periode ini: %1 (%2)").replace("%1", amount).replace("%2", how)
        )

    def _show_predikat(self, value: Predikat | None) -> None:
        colour = PREDIKAT_COLOURS[value].name() if value else "#9aa0a6"
        self.predikat_label.setText(value.label if value else "—")
        self.predikat_label.setStyleSheet(
            f"QLabel {{ font-size: 17pt; font-weight: bold; color: white; background: {colour};"
            " border-radius: 6px; padding: 6px 14px; }"
        )
