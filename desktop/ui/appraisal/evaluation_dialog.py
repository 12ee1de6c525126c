"""The evaluation editor of one SKP and period: realisasi per IKI with bukti dukung and umpan
balik, feedback per BerAKHLAK value, the two ratings with the live predikat, catatan /
rekomendasi, and citizen feedback beside it. A set (ditetapkan) evaluation opens read-only
with a lock note; the store refuses any save too. ``load`` → ``validate`` → ``result``."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QSplitter, QTabWidget, QVBoxLayout, QWidget

from desktop.core.dates import format_date_id
from desktop.core.skp import Evaluasi, UmpanBalikPerilaku
from desktop.core.validation import Report
from desktop.core.workflow import EVAL_FLOW, Action, EvalState, SkpState, is_locked, role_label
from desktop.ui.appraisal.context import EvalContext
from desktop.ui.appraisal.editor_base import IssueLabel, NoteLabel, WorkflowEditor
from desktop.ui.appraisal.feedback_panel import FeedbackPanel
from desktop.ui.appraisal.header import EditorHeader
from desktop.ui.appraisal.labels import eval_status_label, period_label, skp_status_label
from desktop.ui.appraisal.perilaku import BerakhlakPanel
from desktop.ui.appraisal.rating_box import RatingBox
from desktop.ui.appraisal.realisasi_table import RealisasiTable
from desktop.ui.appraisal.services import AppraisalPrompts
from desktop.ui.appraisal.skm_view import SkmEvidenceBox, fill_realisasi


class EvaluationDialog(WorkflowEditor):
    def __init__(self, prompts: AppraisalPrompts, parent: QWidget | None = None) -> None:
        super().__init__(prompts, parent)
        self.setObjectName("evaluationDialog")
        self.setWindowTitle(self.tr("Evaluasi Kinerja Pegawai"))
        self.header = EditorHeader()
        self.note = NoteLabel()
        self.realisasi = RealisasiTable()
        self.perilaku = BerakhlakPanel(with_feedback=True)
        self.catatan = QPlainTextEdit(objectName="catatanEdit")
        self.catatan.setTabChangesFocus(True)
        self.catatan.setPlaceholderText(self.tr("Catatan dan rekomendasi Pejabat Penilai"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.realisasi, self.tr("Hasil Kerja"))
        self.tabs.addTab(self.perilaku, self.tr("Perilaku Kerja"))
        self.tabs.addTab(self.catatan, self.tr("Catatan / Rekomendasi"))
        self.feedback = FeedbackPanel()
        self.skm = SkmEvidenceBox()  # the unit's SKM, evidence beside the citizen feedback
        self.skm.fill_requested.connect(self._on_skm_fill_requested)
        self.ratings = RatingBox()
        self.issues = IssueLabel(name="evaluationIssues")
        self._lay_out()
        self.realisasi.attach_button.clicked.connect(self._on_attach_clicked)
        self.ratings.changed.connect(self._on_ratings_changed)
        self._loaded: Evaluasi | None = None
        self._context: EvalContext | None = None
        self.resize(1240, 700)

    def _lay_out(self) -> None:
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.tabs)
        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(self.skm)
        side.addWidget(self.feedback)
        split.addWidget(side)
        split.setStretchFactor(0, 1)
        split.setSizes([960, 250])
        layout = QVBoxLayout(self)
        for widget in (self.header, self.note, split, self.ratings, self.issues):
            layout.addWidget(widget, 1 if widget is split else 0)
        buttons = [
            (Action.UBAH, self.tr("Simpan")),
            (Action.NILAI, self.tr("Nilai")),
            (Action.TETAPKAN, self.tr("Tetapkan")),
            (Action.BUKA_KEMBALI, self.tr("Buka Kembali")),
            (Action.KEBERATAN, self.tr("Keberatan Diterima")),
        ]
        layout.addLayout(self._button_row(buttons))

    @property
    def context(self) -> EvalContext | None:
        """What the dialog was loaded with (employee, period, SKP, feedback)."""
        return self._context

    # -- load / validate / result --------------------------------------------------------------
    def load(self, ev: Evaluasi, context: EvalContext) -> None:
        self._loaded, self._context = copy.deepcopy(ev), context
        when = (
            self.tr("%1 · Tahun %2")
            .replace("%1", period_label(context.period))
            .replace("%2", str(context.skp.tahun))
        )
        self.header.show_header(
            context.employee, when, ev.status.value, eval_status_label(ev.status), context.penilai
        )
        self.realisasi.load(ev.realisasi, context.skp)
        self.perilaku.set_values(context.berakhlak)
        self.perilaku.set_ekspektasi({e.nilai_no: e.ekspektasi for e in context.skp.ekspektasi})
        self.perilaku.set_feedback({p.nilai_no: p.umpan_balik for p in ev.perilaku})
        self.catatan.setPlainText(ev.catatan)
        self.feedback.set_items(context.feedback)
        self._apply_workflow(EVAL_FLOW, ev.status, context.role)
        self.buttons[Action.KEBERATAN].setVisible(Action.KEBERATAN in self.allowed)  # atasan
        self.ratings.fix_hasil(context.head_rating, context.head_capaian)
        self.ratings.set_angka_kredit_basis(context.angka_kredit)
        # A head's hasil follows today's capaian while the evaluation can still change.
        hasil = context.head_rating if context.head_rating and self.editable else ev.rating_hasil
        self.ratings.set_ratings(hasil, ev.rating_perilaku)
        self._set_read_only(not self.editable)
        self.skm.show_evidence(context.skm, editable=self.editable)
        self.note.show_note(self._note(ev))
        self.issues.show_messages([])

    def _set_read_only(self, read_only: bool) -> None:
        self.realisasi.set_read_only(read_only)
        self.perilaku.set_read_only(read_only)
        self.catatan.setReadOnly(read_only)
        self.ratings.set_read_only(read_only)
        self.feedback.add_button.setVisible(not read_only)

    def _note(self, ev: Evaluasi) -> str:
        if is_locked(ev.status):
            when = format_date_id(ev.ditetapkan_pada) if ev.ditetapkan_pada else "—"
            return self.tr(
                "Terkunci: evaluasi ini sudah ditetapkan pada %1. Perubahan "
                "hanya dapat dilakukan setelah Buka Kembali (dengan alasan)."
            ).replace("%1", when)
        notes = []
        if ev.status is EvalState.DINILAI and ev.alasan:
            notes.append(self.tr("Dibuka kembali: %1").replace("%1", ev.alasan))
        context = self._context
        if not self.editable and context is not None:
            notes.append(
                self.tr("Peran Anda (%1) tidak dapat mengubah evaluasi ini.").replace(
                    "%1", role_label(context.role)
                )
            )
        if context is not None and context.skp.status is not SkpState.DISETUJUI:
            notes.append(
                self.tr("Perhatian: SKP tahun ini belum disetujui (status %1).").replace(
                    "%1", skp_status_label(context.skp.status)
                )
            )
        return "\n".join(notes)

    def validate(self) -> Report:
        """Ready to rate: both ratings chosen."""
        report = Report()
        if self.ratings.hasil_rating() is None or self.ratings.perilaku_rating() is None:
            report.error(
                "rating",
                "missing",
                self.tr("Pilih Rating Hasil Kerja dan Rating Perilaku Kerja sebelum menilai."),
            )
        return report

    def result(self) -> Evaluasi:
        assert self._loaded is not None, "load() first"
        ev = copy.deepcopy(self._loaded)
        ev.realisasi = self.realisasi.values()
        texts = self.perilaku.feedback_texts()
        known = {p.nilai_no: p for p in ev.perilaku}
        ev.perilaku = [
            known.get(no) or UmpanBalikPerilaku(no) for no in sorted(set(known) | set(texts))
        ]
        for item in ev.perilaku:
            item.umpan_balik = texts.get(item.nilai_no, item.umpan_balik)
        ev.rating_hasil = self.ratings.hasil_rating()
        ev.rating_perilaku = self.ratings.perilaku_rating()
        ev.catatan = self.catatan.toPlainText().strip()
        return ev

    def is_dirty(self) -> bool:
        return self._loaded is not None and self.result() != self._loaded

    # -- actions -------------------------------------------------------------------------------
    def prepare(self, action: Action) -> str | None:
        if action in (Action.NILAI, Action.TETAPKAN):
            report = self.validate()
            if not report.ok:
                self.issues.show_messages([i.message for i in report.errors], "error")
                return None
        if action is Action.TETAPKAN and not self.prompts.confirm(
            self,
            self.tr("Tetapkan evaluasi"),
            self.tr(
                "Setelah ditetapkan, evaluasi terkunci dan hanya dapat diubah melalui "
                "Buka Kembali (dengan alasan). Tetapkan sekarang?"
            ),
            self.tr("Tetapkan"),
        ):
            return None
        if action is Action.BUKA_KEMBALI:
            return self.ask_reason(
                self.tr("Buka kembali evaluasi"),
                self.tr("Alasan membuka kembali evaluasi (wajib diisi):"),
            )
        if action is Action.KEBERATAN:
            return self.ask_reason(
                self.tr("Keberatan diterima"),
                self.tr("Keputusan atas keberatan pegawai (wajib diisi); evaluasi dibuka kembali:"),
            )
        return ""

    def _on_attach_clicked(self) -> None:
        if self.realisasi.table.currentRow() < 0:
            self.issues.show_messages([self.tr("Pilih baris indikator terlebih dahulu.")])
            return
        self.realisasi.add_files(self.prompts.open_files(self, self.tr("Lampirkan bukti dukung")))

    def _on_skm_fill_requested(self) -> None:
        evidence = self.skm.evidence
        if evidence is not None and not fill_realisasi(self.realisasi, evidence):
            self.issues.show_messages(
                [self.tr("Tidak ada indikator Indeks Kepuasan Masyarakat di SKP ini.")]
            )

    def _on_ratings_changed(self) -> None:
        if self.ratings.current_predikat() is not None:
            self.issues.show_messages([])
