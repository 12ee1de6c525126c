"""The SKP editor: header, RHK/IKI tree, BerAKHLAK expectations, lampiran and the workflow
buttons. ``load(skp, context)`` → ``validate()`` → ``result()``; the caller saves through
``store.skp`` when ``action_requested`` arrives (see ``controller.EditorController``)."""

from __future__ import annotations

import copy

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.skp import Ekspektasi, Pendekatan, Skp
from desktop.core.skp_rules import content_problems
from desktop.core.validation import Report
from desktop.core.workflow import SKP_FLOW, Action, SkpState, role_label
from desktop.ui.appraisal.context import SkpContext, choice_key, parse_choice_key
from desktop.ui.appraisal.editor_base import IssueLabel, NoteLabel, WorkflowEditor
from desktop.ui.appraisal.header import EditorHeader
from desktop.ui.appraisal.labels import skp_status_label
from desktop.ui.appraisal.perilaku import BerakhlakPanel
from desktop.ui.appraisal.rhk_editor import RhkEditor
from desktop.ui.appraisal.services import AppraisalPrompts


class SkpDialog(WorkflowEditor):
    def __init__(self, prompts: AppraisalPrompts, parent: QWidget | None = None) -> None:
        super().__init__(prompts, parent)
        self.setObjectName("skpDialog")
        self.setWindowTitle(self.tr("Sasaran Kinerja Pegawai"))
        self.header = EditorHeader()
        self.note = NoteLabel()
        self.pendekatan = QComboBox(objectName="pendekatanCombo")
        self.pendekatan.addItem(self.tr("Kuantitatif"), Pendekatan.KUANTITATIF.value)
        self.pendekatan.addItem(self.tr("Kualitatif"), Pendekatan.KUALITATIF.value)
        self.penilai = QComboBox(objectName="penilaiCombo")
        self.penilai.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.penilai.setAccessibleName(self.tr("Pejabat Penilai Kinerja"))
        self.rhk_editor = RhkEditor()
        self.issues = IssueLabel(name="skpIssues")
        self.perilaku = BerakhlakPanel(with_feedback=False)
        self.lampiran = {
            key: QPlainTextEdit(objectName=key)
            for key in ("dukungan_sumber_daya", "skema_pertanggungjawaban", "konsekuensi")
        }
        self.tabs = QTabWidget()
        self.tabs.addTab(self._hasil_tab(), self.tr("Hasil Kerja"))
        self.tabs.addTab(self.perilaku, self.tr("Perilaku Kerja"))
        self.tabs.addTab(self._lampiran_tab(), self.tr("Lampiran"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.note)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(
            self._button_row(
                [
                    (Action.UBAH, self.tr("Simpan")),
                    (Action.AJUKAN, self.tr("Ajukan")),
                    (Action.SETUJUI, self.tr("Setujui")),
                    (Action.KEMBALIKAN, self.tr("Kembalikan")),
                    (Action.REVISI, self.tr("Revisi")),
                ]
            )
        )
        self.rhk_editor.changed.connect(self._on_content_changed)
        self.penilai.activated.connect(self._on_penilai_activated)
        self._loaded: Skp | None = None
        self._context: SkpContext | None = None
        self.resize(1180, 680)

    def _hasil_tab(self) -> QWidget:
        tab = QWidget()
        top = QHBoxLayout()
        caption = QLabel(self.tr("&Pendekatan:"))
        caption.setBuddy(self.pendekatan)
        top.addWidget(caption)
        top.addWidget(self.pendekatan)
        top.addSpacing(16)
        penilai_caption = QLabel(self.tr("Pejabat Pe&nilai:"))
        penilai_caption.setBuddy(self.penilai)
        penilai_caption.setToolTip(
            self.tr(
                "Bawaan: atasan langsung menurut struktur unit. Pilih pejabat lain bila "
                "penilaian dilakukan oleh pejabat di atasnya (misalnya jabatan atasan kosong)."
            )
        )
        top.addWidget(penilai_caption)
        top.addWidget(self.penilai)
        top.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.rhk_editor, 1)
        layout.addWidget(self.issues)
        return tab

    def _lampiran_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        captions = (
            self.tr("Dukungan Sumber Daya"),
            self.tr("Skema Pertanggungjawaban"),
            self.tr("Konsekuensi"),
        )
        for caption, edit in zip(captions, self.lampiran.values(), strict=True):
            edit.setTabChangesFocus(True)
            form.addRow(caption, edit)
        return tab

    # -- load / validate / result --------------------------------------------------------------
    def load(self, skp: Skp, context: SkpContext) -> None:
        self._loaded, self._context = copy.deepcopy(skp), context
        self.header.show_header(
            context.employee,
            self.tr("Tahun %1").replace("%1", str(skp.tahun)),
            skp.status.value,
            skp_status_label(skp.status),
            context.penilai,
        )
        self.pendekatan.setCurrentIndex(max(0, self.pendekatan.findData(skp.pendekatan.value)))
        self._fill_penilai(context, skp)
        self.rhk_editor.set_options(context.options)
        self.rhk_editor.load(skp.rhk)
        self.perilaku.set_values(context.berakhlak)
        self.perilaku.set_ekspektasi({e.nilai_no: e.ekspektasi for e in skp.ekspektasi})
        self.lampiran["dukungan_sumber_daya"].setPlainText(skp.dukungan_sumber_daya)
        self.lampiran["skema_pertanggungjawaban"].setPlainText(skp.skema_pertanggungjawaban)
        self.lampiran["konsekuensi"].setPlainText(skp.konsekuensi)
        self._apply_workflow(SKP_FLOW, skp.status, context.role)
        self._set_read_only(not self.editable)
        self.note.show_note(self._note(skp))
        self._on_content_changed()

    def _set_read_only(self, read_only: bool) -> None:
        self.rhk_editor.set_read_only(read_only)
        self.perilaku.set_read_only(read_only)
        self.pendekatan.setEnabled(not read_only)
        self.penilai.setEnabled(not read_only)
        for edit in self.lampiran.values():
            edit.setReadOnly(read_only)

    def _note(self, skp: Skp) -> str:
        returned = ""
        if skp.status is SkpState.DIKEMBALIKAN and skp.alasan:
            returned = self.tr("Dikembalikan oleh penilai: %1").replace("%1", skp.alasan)
        elif skp.status is SkpState.DRAFT and skp.alasan:
            returned = self.tr("Dibuka untuk revisi: %1").replace("%1", skp.alasan)
        if self.editable:
            return returned
        if skp.status is SkpState.DIAJUKAN:
            why = self.tr(
                "SKP sudah diajukan dan menunggu persetujuan; isinya tidak dapat "
                "diubah. Penilai dapat menyetujui atau mengembalikannya."
            )
        elif skp.status is SkpState.DISETUJUI:
            why = self.tr(
                "SKP sudah disetujui; isinya tidak dapat diubah. Pilih Revisi "
                "(dengan alasan) untuk membukanya kembali."
            )
        else:
            why = self.tr("Peran Anda (%1) tidak dapat mengubah SKP ini.").replace(
                "%1", role_label(self._context.role) if self._context else ""
            )
        return "\n".join(t for t in (why, returned) if t)

    def validate(self) -> Report:
        """Complete enough to submit (``core.skp_rules``, the rule the store applies), with the
        keyboard shortcut that fixes each problem."""
        report = Report()
        skp = Skp(staff_id=0, tahun=0, rhk=self.rhk_editor.rhks())
        for problem in content_problems(skp):
            n, m = str(problem.params.get("n", "")), str(problem.params.get("m", ""))
            text = {
                "no_utama": self.tr("Tambahkan minimal satu RHK Utama (Ctrl+R)."),
                "rhk_empty": self.tr("RHK %1 belum berisi uraian."),
                "no_iki": self.tr("RHK %1 belum memiliki IKI (Ctrl+I)."),
                "iki_incomplete": self.tr("RHK %1, IKI %2: isi indikator dan target."),
            }.get(problem.code, problem.message())
            field = "rhk" if problem.code in ("no_utama", "rhk_empty") else "iki"
            report.error(field, problem.code, text.replace("%1", n).replace("%2", m))
        return report

    def result(self) -> Skp:
        """The SKP as edited (stored ids and uuids kept)."""
        assert self._loaded is not None, "load() first"
        skp = copy.deepcopy(self._loaded)
        skp.pendekatan = Pendekatan(self.pendekatan.currentData())
        if self.penilai.count():
            skp.penilai_id, skp.penilai_luar_id = parse_choice_key(self.penilai.currentData())
        skp.rhk = self.rhk_editor.rhks()
        texts = self.perilaku.ekspektasi_texts()
        have = {e.nilai_no for e in skp.ekspektasi}
        skp.ekspektasi += [Ekspektasi(no) for no in sorted(texts) if no not in have]
        skp.ekspektasi.sort(key=lambda e: e.nilai_no)
        for item in skp.ekspektasi:
            item.ekspektasi = texts.get(item.nilai_no, item.ekspektasi)
        skp.dukungan_sumber_daya = self.lampiran["dukungan_sumber_daya"].toPlainText().strip()
        skp.skema_pertanggungjawaban = (
            self.lampiran["skema_pertanggungjawaban"].toPlainText().strip()
        )
        skp.konsekuensi = self.lampiran["konsekuensi"].toPlainText().strip()
        return skp

    def is_dirty(self) -> bool:
        return self._loaded is not None and self.result() != self._loaded

    # -- actions -------------------------------------------------------------------------------
    def prepare(self, action: Action) -> str | None:
        if action is Action.AJUKAN:
            report = self.validate()
            if not report.ok:
                self.tabs.setCurrentIndex(0)
                self.issues.show_messages([i.message for i in report.errors], "error")
                return None
            return ""
        if action is Action.KEMBALIKAN:
            return self.ask_reason(
                self.tr("Kembalikan SKP"), self.tr("Alasan pengembalian (wajib diisi):")
            )
        if action is Action.REVISI:
            return self.ask_reason(
                self.tr("Revisi SKP"), self.tr("Alasan revisi SKP yang sudah disetujui (wajib):")
            )
        return ""

    def _fill_penilai(self, context: SkpContext, skp: Skp) -> None:
        self.penilai.clear()
        for choice in context.penilai_choices:
            who = " · ".join(t for t in (choice.pejabat.nama, choice.pejabat.jabatan) if t)
            if not choice.key:
                who = self.tr("Atasan langsung: %1").replace("%1", who or self.tr("belum ada"))
            elif choice.luar_id is not None:
                who = self.tr("%1 (di luar daftar pegawai)").replace("%1", who)
            self.penilai.addItem(who, choice.key)
        current = choice_key(skp.penilai_id, skp.penilai_luar_id)
        self.penilai.setCurrentIndex(max(0, self.penilai.findData(current)))
        self.penilai.setVisible(bool(context.penilai_choices))

    def _on_penilai_activated(self, index: int) -> None:
        """Another Pejabat Penilai: show them and offer their RHK; links to RHK of the previous
        one are kept as text so nothing typed is lost."""
        if self._context is None or not 0 <= index < len(self._context.penilai_choices):
            return
        choice = self._context.penilai_choices[index]
        self.header.penilai.setText(self.header.penilai_text(choice.pejabat))
        self.rhk_editor.relink(choice.options)
        self._on_content_changed()

    def _on_content_changed(self) -> None:
        if not self.editable:
            self.issues.show_messages([])
            return
        self.issues.show_messages([i.message for i in self.validate().errors])
