"""Cetak massal: which forms of a unit, for which year and period, on which paper, into one
PDF or one file per person, and where. ``result()`` returns a ``BatchRequest``; the
controller runs it in the background.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.periods import Period
from desktop.core.validation import Issue
from desktop.ui.host import UnitChoice
from desktop.ui.reports.jobs import BatchRequest
from desktop.ui.reports.paper import PaperCombo
from desktop.ui.reports.period_dialog import MAX_YEAR, MIN_YEAR, period_text
from desktop.ui.reports.services import ReportPrompts
from desktop.ui.widgets import FieldMessage, chain_focus


class BatchDialog(QDialog):
    def __init__(
        self,
        unit: UnitChoice,
        periods: list[Period],
        tahun: int,
        periode: str,
        paper: str,
        prompts: ReportPrompts,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("batchDialog")
        self.setWindowTitle(self.tr("Cetak Massal — %1").replace("%1", unit.nama))
        self.setMinimumWidth(560)
        self.unit, self.prompts = unit, prompts
        self.year = QSpinBox(objectName="batchYear")
        self.year.setRange(MIN_YEAR, MAX_YEAR)
        self.year.setValue(min(max(tahun, MIN_YEAR), MAX_YEAR))
        self.period = QComboBox(objectName="batchPeriod")
        for period in periods:
            self.period.addItem(period_text(period), period.code)
        self.period.setCurrentIndex(max(0, self.period.findData(periode)))
        self.skp = QCheckBox(self.tr("&SKP"), objectName="formSkp")
        self.evaluasi = QCheckBox(self.tr("&Evaluasi Kinerja"), objectName="formEvaluasi")
        self.dokumen = QCheckBox(self.tr("&Dokumen Evaluasi"), objectName="formDokumen")
        self.dokumen.setChecked(True)
        self.one_file = QRadioButton(self.tr("Satu berkas &PDF"), objectName="oneFile")
        self.per_person = QRadioButton(
            self.tr("Satu berkas per pe&gawai, dalam folder"), objectName="perPerson"
        )
        self.one_file.setChecked(True)
        self._mode = QButtonGroup(self)
        self._mode.addButton(self.one_file)
        self._mode.addButton(self.per_person)
        self.paper = PaperCombo(paper, objectName="batchPaper")
        self.output = QLineEdit(objectName="batchOutput")
        self.output.setPlaceholderText(self.tr("Tekan Pilih… untuk menentukan tempat"))
        self.browse = QPushButton(self.tr("P&ilih…"), objectName="browseButton")
        self.forms_message = FieldMessage()
        self.output_message = FieldMessage()
        self.print_button = QPushButton(self.tr("&Cetak"), objectName="startBatch")
        self._build()
        self.browse.clicked.connect(self._on_browse_clicked)
        self.one_file.toggled.connect(self._on_mode_toggled)
        self.output.textEdited.connect(self._on_output_edited)

    def _build(self) -> None:
        heading = QLabel(self.tr("Cetak formulir semua pegawai aktif di unit ini dan sub-unitnya."))
        heading.setWordWrap(True)
        unit = QLabel(f"<b>{self.unit.nama}</b> ({self.unit.kode})", objectName="batchUnit")
        forms = QHBoxLayout()
        for box in (self.skp, self.evaluasi, self.dokumen):
            forms.addWidget(box)
        forms.addStretch(1)
        modes = QVBoxLayout()
        modes.addWidget(self.one_file)
        modes.addWidget(self.per_person)
        where = QHBoxLayout()
        where.addWidget(self.output, 1)
        where.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("Unit"), unit)
        form.addRow(self._label(self.tr("&Tahun"), self.year), self.year)
        form.addRow(self._label(self.tr("Peri&ode"), self.period), self.period)
        form.addRow(self.tr("Formulir"), _stack(forms, self.forms_message))
        form.addRow(self.tr("Hasil"), _stack(modes))
        form.addRow(self._label(self.tr("&Kertas"), self.paper), self.paper)
        form.addRow(
            self._label(self.tr("Si&mpan ke"), self.output), _stack(where, self.output_message)
        )
        buttons = QDialogButtonBox()
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._on_print_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.print_button.setDefault(True)  # once inside the dialog, or Qt picks the first
        self.browse.setAutoDefault(False)
        chain_focus([
            self.year, self.period, self.skp, self.evaluasi, self.dokumen, self.one_file,
            self.per_person, self.paper, self.output, self.browse, self.print_button,
        ])  # fmt: skip
        self.year.setFocus()

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    # -- public --------------------------------------------------------------------------------
    def kinds(self) -> tuple[str, ...]:
        boxes = (("skp", self.skp), ("evaluasi", self.evaluasi), ("dokumen", self.dokumen))
        return tuple(kind for kind, box in boxes if box.isChecked())

    def result(self) -> BatchRequest:
        out = Path(self.output.text().strip())
        if not self.per_person.isChecked() and out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")  # typed without the extension
        return BatchRequest(
            self.unit.unit_id,
            self.unit.nama,
            self.year.value(),
            str(self.period.currentData()),
            self.kinds(),
            self.per_person.isChecked(),
            self.paper.paper(),
            out,
        )

    def validate(self) -> bool:
        """Inline messages under the fields; True when the batch can start."""
        ok = True
        if not self.kinds():
            _show(self.forms_message, "forms", self.tr("Pilih paling sedikit satu formulir."))
            ok = False
        else:
            self.forms_message.show_issues([])
        problem = self._output_problem()
        if problem:
            _show(self.output_message, "output", problem)
            ok = False
        else:
            self.output_message.show_issues([])
        return ok

    def _output_problem(self) -> str:
        text = self.output.text().strip()
        if not text:
            return self.tr("Tentukan tempat menyimpan hasilnya.")
        path = Path(text)
        if self.per_person.isChecked():
            if path.exists() and not path.is_dir():
                return self.tr("Itu sebuah berkas; pilih sebuah folder.")
            return ""
        if path.is_dir():
            return self.tr("Itu sebuah folder; pilih nama berkas PDF.")
        if not path.parent.is_dir():
            return self.tr("Folder %1 tidak ada.").replace("%1", str(path.parent))
        return ""

    # -- slots ---------------------------------------------------------------------------------
    def _suggested_name(self) -> str:
        kinds = "-".join(self.kinds()) or "formulir"
        return f"Cetak-{self.unit.kode}-{kinds}-{self.period.currentData()}-{self.year.value()}.pdf"

    def _on_browse_clicked(self) -> bool:
        if self.per_person.isChecked():
            path = self.prompts.choose_folder(self, self.tr("Folder untuk berkas per pegawai"))
        else:
            path = self.prompts.save_pdf(
                self, self.tr("Simpan cetak massal"), self._suggested_name()
            )
        if path is None:
            return False
        self.output.setText(str(path))
        self.output_message.show_issues([])
        return True

    def _on_output_edited(self, _text: str) -> None:
        self.output_message.show_issues([])

    def _on_mode_toggled(self, _one_file: bool) -> None:
        """A file name does not fit a folder answer (and back): ask again."""
        self.output.clear()
        self.output_message.show_issues([])

    def _on_print_clicked(self) -> None:
        if not self.output.text().strip() and not self._on_browse_clicked():
            return
        if self.validate():
            self.accept()


def _show(message: FieldMessage, field: str, text: str) -> None:
    message.show_issues([Issue(field, "invalid", text)])


def _stack(row: QHBoxLayout | QVBoxLayout, message: FieldMessage | None = None) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addLayout(row)
    if message is not None:
        layout.addWidget(message)
    return box
