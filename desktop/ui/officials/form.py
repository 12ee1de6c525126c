"""The form of one official from outside the staff list (Bupati, Wakil Bupati, an official of
another instansi). It never writes: ``load()`` → ``validate()`` → ``result()``; the caller saves
through ``store.pejabat_luar``."""

from __future__ import annotations

import copy

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.models import PejabatLuar, StatusAsn
from desktop.ui.widgets import ChoiceCombo, FieldGrid, TreeChoiceCombo


class OfficialForm(QDialog):
    """Nama, gelar, NIP (optional), golongan, jabatan, instansi, ASN / NON ASN, the unit the
    official heads (the Bupati heads the Pemerintah Kabupaten) and whether still active."""

    def __init__(
        self,
        golongan: list[tuple[str, str]],
        units: list[tuple[int, str, int]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, objectName="officialForm")
        self.setWindowTitle(self.tr("Pejabat di Luar Daftar Pegawai"))
        self._loaded: PejabatLuar | None = None
        self.nama = QLineEdit(objectName="nama")
        self.gelar_depan = QLineEdit(objectName="gelarDepan")
        self.gelar_belakang = QLineEdit(objectName="gelarBelakang")
        self.nip = QLineEdit(objectName="nip")
        self.nip.setPlaceholderText(self.tr("kosongkan bila tidak ada (mis. Bupati)"))
        self.golongan = ChoiceCombo(objectName="golongan")
        self.golongan.set_choices(golongan)
        self.jabatan = QLineEdit(objectName="jabatan")
        self.jabatan.setPlaceholderText(self.tr("mis. Bupati Kepahiang"))
        self.instansi = QLineEdit(objectName="instansi")
        self.status = ChoiceCombo(allow_empty=False, objectName="statusAsn")
        self.status.set_choices([(StatusAsn.NON_ASN, "NON ASN"), (StatusAsn.ASN, "ASN")])
        self.heads = TreeChoiceCombo(objectName="headsUnit")
        self.heads.set_tree_choices(units)
        self.aktif = QCheckBox(self.tr("Aktif (dapat dipilih sebagai pejabat penilai)"))
        self.grid = FieldGrid(columns=1)
        for key, label, widget in (
            ("nama", self.tr("&Nama:"), self.nama),
            ("gelar_depan", self.tr("Gelar &depan:"), self.gelar_depan),
            ("gelar_belakang", self.tr("Gelar &belakang:"), self.gelar_belakang),
            ("jabatan", self.tr("&Jabatan:"), self.jabatan),
            ("nip", self.tr("NIP/NR&P:"), self.nip),
            ("golongan", self.tr("&Golongan:"), self.golongan),
            ("instansi", self.tr("&Instansi:"), self.instansi),
            ("status", self.tr("S&tatus:"), self.status),
            ("heads", self.tr("&Memimpin unit:"), self.heads),
        ):
            self.grid.add(0, key, label, widget)
        self.grid.focus_order.append(self.aktif)
        hint = QLabel(
            self.tr(
                "Pejabat yang memimpin unit teratas (mis. Bupati untuk Pemerintah Kabupaten) "
                "menjadi pejabat penilai Sekretaris Daerah dan atasan pejabat penilai di "
                "bawahnya."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Simpan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid)
        layout.addWidget(self.aktif)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.grid.chain_focus()  # once every field is inside this window
        self.resize(560, self.sizeHint().height())

    def load(self, person: PejabatLuar, heads_unit: int | None) -> None:
        self._loaded = copy.deepcopy(person)
        self.nama.setText(person.nama)
        self.gelar_depan.setText(person.gelar_depan)
        self.gelar_belakang.setText(person.gelar_belakang)
        self.nip.setText(person.nip)
        self.golongan.set_value(person.golongan)
        self.jabatan.setText(person.jabatan)
        self.instansi.setText(person.instansi)
        self.status.set_value(StatusAsn(person.status_asn))
        self.heads.set_value(heads_unit)
        self.aktif.setChecked(person.aktif)
        self.nama.setFocus()

    def validate(self) -> dict[str, str]:
        """Messages by field for what the store would refuse (shown under the fields)."""
        problems: dict[str, str] = {}
        if not self.nama.text().strip():
            problems["nama"] = self.tr("Nama wajib diisi.")
        if not self.jabatan.text().strip():
            problems["jabatan"] = self.tr("Jabatan wajib diisi.")
        digits = "".join(c for c in self.nip.text() if c not in " .-'")
        if digits and not digits.isdigit():
            problems["nip"] = self.tr("NIP/NRP hanya berisi angka (boleh dikosongkan).")
        for key, message in self.grid.messages.items():
            text = problems.get(key, "")
            message.setText(text)
            message.setVisible(bool(text))
        return problems

    def result(self) -> tuple[PejabatLuar, int | None]:
        """The official as edited and the unit he heads (None: none)."""
        person = copy.deepcopy(self._loaded) if self._loaded else PejabatLuar("", "")
        person.nama = self.nama.text().strip()
        person.gelar_depan = self.gelar_depan.text().strip()
        person.gelar_belakang = self.gelar_belakang.text().strip()
        person.nip = self.nip.text().strip()
        person.golongan = self.golongan.value()
        person.jabatan = self.jabatan.text().strip()
        person.instansi = self.instansi.text().strip()
        person.status_asn = self.status.value()
        person.aktif = self.aktif.isChecked()
        return person, self.heads.value()

    def _on_save_clicked(self) -> None:
        if not self.validate():
            self.accept()
