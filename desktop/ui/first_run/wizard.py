"""The first start of an office: a short wizard over an empty database.

Three pages: the office's names and place of signing, the evaluation period, paper and emblem,
then three ways on (import the unit structure, import staff, open the demo office). Like every
dialog it writes nothing: ``choice()`` returns what was typed and chosen, and the main window
saves it through ``store.office_settings`` (the same saving as Pengaturan Kantor).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.core.validation import Issue, Severity
from desktop.store.units import Office
from desktop.ui.first_run.emblem_field import EmblemField
from desktop.ui.prompts import Prompts
from desktop.ui.widgets import ChoiceCombo, FieldGrid

KEEP = False  # no emblem chosen: leave the database's as it is


class NextStep(enum.Enum):
    NONE = "none"  # Selesai: the empty window, with its empty states
    UNITS = "units"  # Impor struktur organisasi
    STAFF = "staff"  # Impor data pegawai
    DEMO = "demo"  # Buka kantor contoh (a file of its own)


@dataclass
class FirstRunChoice:
    """What the wizard hands back; ``office`` is None when the person only wanted the demo."""

    office: Office | None
    emblem: bytes | bool | None
    step: NextStep


def _hint(text: str) -> QLabel:
    label = QLabel(text, objectName="hint")
    label.setWordWrap(True)
    return label


class OfficePage(QWizardPage):
    """Instansi (required), nama kantor and the place printed before the signing date."""

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("officePage")
        self.setTitle(self.tr("Selamat datang di Kinerja Luring"))
        self.setSubTitle(
            self.tr(
                "Basis data ini belum berisi kantor. Isi nama kantor Anda; semuanya dapat "
                "diubah nanti di Berkas → Pengaturan Kantor."
            )
        )
        self.instansi = QLineEdit(office.instansi, objectName="instansi")
        self.instansi.setPlaceholderText(self.tr("mis. Pemerintah Kabupaten Kepahiang"))
        self.nama_kantor = QLineEdit(office.nama_kantor, objectName="namaKantor")
        self.nama_kantor.setPlaceholderText(
            self.tr("mis. Badan Kepegawaian dan Pengembangan Sumber Daya Manusia")
        )
        self.kota = QLineEdit(office.kota, objectName="kota")
        self.kota.setPlaceholderText(self.tr("mis. Kepahiang"))
        self.grid = FieldGrid(columns=1)
        self.grid.add(0, "instansi", self.tr("Instansi"), self.instansi)
        self.grid.add(0, "nama_kantor", self.tr("Nama kantor"), self.nama_kantor)
        self.grid.add(0, "kota", self.tr("Tempat tanda tangan"), self.kota)
        self.grid.chain_focus()
        self.demo_button = QPushButton(
            self.tr("Hanya ingin mencoba? Buka kantor contoh"), objectName="demoOnlyButton"
        )
        self.demo_button.setFlat(True)
        self.demo_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.demo_button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid)
        layout.addWidget(
            _hint(
                self.tr(
                    "Nama instansi dicetak di kepala setiap formulir penilaian; tempat tanda "
                    "tangan dicetak sebelum tanggal (mis. “Kepahiang, 23 November 2026”)."
                )
            )
        )
        layout.addStretch(1)
        layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignLeft)

    def validatePage(self) -> bool:
        """Instansi is required (as in Pengaturan Kantor); the message sits under the field."""
        if self.instansi.text().strip():
            self.grid.messages["instansi"].show_issues([])
            return True
        message = self.tr("Nama instansi wajib diisi.")
        self.grid.messages["instansi"].show_issues([Issue("instansi", "office", message)])
        self.instansi.setFocus()
        return False


class FormsPage(QWizardPage):
    """How the office evaluates and prints: triwulan or bulanan, A4 or F4, the emblem."""

    def __init__(self, office: Office, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formsPage")
        self.setTitle(self.tr("Formulir penilaian"))
        self.setSubTitle(self.tr("Periode evaluasi dan kertas cetak; lambang boleh menyusul."))
        self.periode = ChoiceCombo(allow_empty=False, objectName="periode")
        self.periode.set_choices(
            [("triwulan", self.tr("Triwulan (TW I–IV)")), ("bulanan", self.tr("Bulanan"))]
        )
        self.periode.set_value(office.periode_evaluasi)
        self.kertas = ChoiceCombo(allow_empty=False, objectName="kertas")
        self.kertas.set_choices(
            [("a4", self.tr("A4 (210 × 297 mm)")), ("f4", self.tr("F4 / folio (215 × 330 mm)"))]
        )
        self.kertas.set_value(office.kertas)
        self.emblem = EmblemField(prompts)
        self.grid = FieldGrid(columns=1)
        self.grid.add(0, "periode", self.tr("Evaluasi periodik"), self.periode)
        self.grid.add(0, "kertas", self.tr("Ukuran kertas"), self.kertas)
        message = self.grid.add(
            0,
            "emblem",
            self.tr("Lambang (opsional)"),
            self.emblem,
            focus=[self.emblem.choose, self.emblem.remove],
        )
        self.emblem.problem.connect(
            lambda text: message.show_issues(
                [Issue("emblem", "office", text, Severity.ERROR)] if text else []
            )
        )
        self.grid.chain_focus()
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid)
        layout.addWidget(
            _hint(self.tr("Lambang daerah dicetak pada Dokumen Evaluasi (PNG atau JPEG, ≤ 2 MB)."))
        )
        layout.addStretch(1)


class NextPage(QWizardPage):
    """Three ways on; clicking one finishes the wizard with that step."""

    def __init__(self, wizard: FirstRunWizard, units_import: bool) -> None:
        super().__init__(wizard)
        self.setObjectName("nextPage")
        self.setTitle(self.tr("Langkah berikutnya"))
        self.setSubTitle(
            self.tr("Data kantor disimpan saat Anda memilih. Dari mana data kantor Anda datang?")
        )
        layout = QVBoxLayout(self)
        self.units_button = self._way(
            layout,
            "importUnitsButton",
            self.tr("Impor struktur organisasi"),
            self.tr("Daftar unit kerja (SOTK) dari lembar kerja xlsx/csv: kode, nama, induk."),
        )
        self.units_button.setVisible(units_import)
        self.staff_button = self._way(
            layout,
            "importStaffButton",
            self.tr("Impor data pegawai"),
            self.tr(
                "Daftar pegawai Anda (xlsx/csv) atau unduhan SIASN; unit kerja yang belum ada "
                "dapat dibuat dari daftarnya."
            ),
        )
        self.demo_button = self._way(
            layout,
            "openDemoButton",
            self.tr("Buka kantor contoh"),
            self.tr(
                "Kabupaten rekaan di berkas tersendiri untuk mencoba aplikasi; data kantor Anda "
                "tidak tersentuh."
            ),
        )
        layout.addWidget(_hint(self.tr("Atau tekan Selesai untuk mulai dengan jendela kosong.")))
        layout.addStretch(1)
        self.units_button.clicked.connect(lambda: wizard.finish_with(NextStep.UNITS))
        self.staff_button.clicked.connect(lambda: wizard.finish_with(NextStep.STAFF))
        self.demo_button.clicked.connect(lambda: wizard.finish_with(NextStep.DEMO))

    @staticmethod
    def _way(layout: QVBoxLayout, name: str, text: str, note: str) -> QCommandLinkButton:
        button = QCommandLinkButton(text, note, objectName=name)
        button.setAutoDefault(False)
        layout.addWidget(button)
        return button


class FirstRunWizard(QWizard):
    """``choice()`` after ``accepted``; Batal leaves the database untouched."""

    def __init__(
        self,
        office: Office,
        prompts: Prompts,
        parent: QWidget | None = None,
        *,
        units_import: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(self.tr("Kantor baru"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        for button, text in (
            (QWizard.WizardButton.BackButton, self.tr("< &Kembali")),
            (QWizard.WizardButton.NextButton, self.tr("&Lanjut >")),
            (QWizard.WizardButton.FinishButton, self.tr("&Selesai")),
            (QWizard.WizardButton.CancelButton, self.tr("Batal")),
        ):
            self.setButtonText(button, text)
        self._office = office
        self._step = NextStep.NONE
        self._demo_only = False
        self.office_page = OfficePage(office)
        self.forms_page = FormsPage(office, prompts)
        self.next_page = NextPage(self, units_import)
        for page in (self.office_page, self.forms_page, self.next_page):
            self.addPage(page)
        self.office_page.demo_button.clicked.connect(self._on_demo_only_clicked)
        self.resize(640, 480)

    def finish_with(self, step: NextStep) -> None:
        self._step = step
        self.accept()

    def choice(self) -> FirstRunChoice:
        """The office as typed (None for "just the demo"), the emblem and the next step."""
        if self._demo_only:
            return FirstRunChoice(None, KEEP, NextStep.DEMO)
        o, f = self.office_page, self.forms_page
        office = Office(
            office_uuid=self._office.office_uuid,
            instansi=o.instansi.text().strip(),
            nama_kantor=o.nama_kantor.text().strip(),
            kota=o.kota.text().strip(),
            kertas=str(f.kertas.value()),
            periode_evaluasi=str(f.periode.value()),
        )
        return FirstRunChoice(office, f.emblem.value(), self._step)

    def _on_demo_only_clicked(self) -> None:
        self._demo_only = True
        self._step = NextStep.DEMO
        self.accept()

    def done(self, result: int) -> None:
        """QWizard validates the current page before accepting; "just the demo" saves
        nothing, so an empty first page must not hold it back."""
        if self._demo_only:
            QDialog.done(self, result)
        else:
            super().done(result)
