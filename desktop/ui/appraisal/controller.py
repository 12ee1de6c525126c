"""Opens the SKP and evaluation editors and carries out what they ask: every save and workflow
step goes through ``store.skp`` / ``store.evaluasi`` here (dialogs never write), errors go to
``prompts.error``, and the dialog is reloaded from the database after each step."""

from __future__ import annotations

from functools import partial

import sqlite_utils
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget

from desktop.core.errors import KinerjaError
from desktop.core.ids import required_id
from desktop.core.skp import Evaluasi, Skp, UmpanBalikMasyarakat
from desktop.core.workflow import Action
from desktop.store import capaian as capaian_store
from desktop.store import evaluasi as ev_store
from desktop.store import skp as skp_store
from desktop.ui.appraisal.context import EvalContext, eval_context, skp_context, unit_rumpun
from desktop.ui.appraisal.evaluation_dialog import EvaluationDialog
from desktop.ui.appraisal.feedback_entry import FeedbackEntryDialog
from desktop.ui.appraisal.prompt_dialogs import StartChoice
from desktop.ui.appraisal.services import AppraisalPrompts
from desktop.ui.appraisal.skp_dialog import SkpDialog


class EditorController(QObject):
    """``skp_saved(staff_id)`` / ``evaluasi_saved(staff_id)`` after every stored change;
    ``editor_opened(dialog)`` when an editor appears (window-modal, not blocking)."""

    skp_saved = Signal(int)
    evaluasi_saved = Signal(int)
    editor_opened = Signal(QDialog)

    def __init__(
        self, db: sqlite_utils.Database, prompts: AppraisalPrompts, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.db, self.prompts, self.window = db, prompts, parent
        self.editor: SkpDialog | EvaluationDialog | None = None
        # the version of the record each open editor loaded: a save over a newer one is
        # refused ("diubah oleh … pada …"), never silently overwritten
        self._versions: dict[int, str | None] = {}

    # -- opening -------------------------------------------------------------------------------
    def open_skp(self, staff_id: int, tahun: int, unit_id: int | None = None) -> None:
        """The employee's SKP of the year; a missing one is started as the person chooses."""
        try:
            skp = skp_store.find_skp(self.db, staff_id, tahun) or self._start_skp(
                staff_id, tahun, unit_id
            )
        except KinerjaError as exc:
            self.prompts.error(self.window, exc)
            return
        if skp is None:
            return
        dialog = SkpDialog(self.prompts, self.window)
        self._load_skp(dialog, skp)
        dialog.action_requested.connect(partial(self._on_skp_action_requested, dialog))
        self._show(dialog)

    def _start_skp(self, staff_id: int, tahun: int, unit_id: int | None) -> Skp | None:
        can_copy = skp_store.find_skp(self.db, staff_id, tahun - 1) is not None
        choice = self.prompts.choose_start(self.window, tahun - 1, can_copy)
        if choice is StartChoice.SALIN:
            copied = skp_store.copy_from_year(self.db, staff_id, tahun - 1, tahun)
            self.skp_saved.emit(staff_id)
            return copied
        skp = skp_store.new_skp(staff_id, tahun)
        if choice is StartChoice.PUSTAKA:
            items = skp_store.indicator_library(self.db, unit_rumpun(self.db, unit_id) or None)
            chosen = self.prompts.choose_indicators(self.window, items)
            if not chosen:
                return None
            skp.rhk = skp_store.rhk_from_library(chosen)
        return skp if choice is not None else None

    def open_evaluation(self, staff_id: int, tahun: int, periode: str) -> None:
        """The evaluation of the period (a new draft when none is stored)."""
        skp = skp_store.find_skp(self.db, staff_id, tahun)
        if skp is None or skp.id is None:
            self.open_skp(staff_id, tahun)
            return
        try:
            ev = ev_store.open_evaluasi(self.db, skp.id, periode)
            context = eval_context(self.db, ev)
        except KinerjaError as exc:
            self.prompts.error(self.window, exc)
            return
        dialog = EvaluationDialog(self.prompts, self.window)
        self._load_evaluation(dialog, ev, context)
        dialog.action_requested.connect(partial(self._on_eval_action_requested, dialog))
        dialog.feedback.add_requested.connect(partial(self._on_feedback_add_requested, dialog))
        self._show(dialog)

    def _load_skp(self, dialog: SkpDialog, skp: Skp) -> None:
        dialog.load(skp, skp_context(self.db, skp))
        version = skp_store.edit_version(self.db, skp.id) if skp.id is not None else None
        self._versions[id(dialog)] = version

    def _load_evaluation(
        self, dialog: EvaluationDialog, ev: Evaluasi, context: EvalContext
    ) -> None:
        dialog.load(ev, context)
        version = ev_store.edit_version(self.db, ev.id) if ev.id is not None else None
        self._versions[id(dialog)] = version

    def _show(self, dialog: SkpDialog | EvaluationDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_editor_finished)
        self.editor = dialog
        dialog.open()
        self.editor_opened.emit(dialog)

    # -- actions -------------------------------------------------------------------------------
    def _on_skp_action_requested(self, dialog: SkpDialog, action: str, reason: str) -> None:
        act, saved = Action(action), None
        try:
            skp = dialog.result()
            if act is Action.UBAH or (act is Action.AJUKAN and dialog.editable):
                skp = saved = skp_store.save_skp(
                    self.db, skp, expected_version=self._versions.get(id(dialog))
                )
            if act is not Action.UBAH:
                skp_id = required_id(skp)
                skp = saved = skp_store.transition_skp(self.db, skp_id, act, reason=reason)
        except KinerjaError as exc:
            self.prompts.error(dialog, exc)
            if saved is None:
                return
            skp = saved
        self._load_skp(dialog, skp)
        self.skp_saved.emit(skp.staff_id)

    def _on_eval_action_requested(self, dialog: EvaluationDialog, action: str, reason: str) -> None:
        act, saved = Action(action), None
        try:
            ev = dialog.result()
            if act is Action.UBAH or (act in (Action.NILAI, Action.TETAPKAN) and dialog.editable):
                ev = saved = ev_store.save_evaluasi(
                    self.db, ev, expected_version=self._versions.get(id(dialog))
                )
            if act is not Action.UBAH:
                ev_id = required_id(ev)
                ev = saved = ev_store.transition_evaluasi(self.db, ev_id, act, reason=reason)
        except KinerjaError as exc:
            self.prompts.error(dialog, exc)
        if saved is not None:
            self._reload_evaluation(dialog, saved)

    def _reload_evaluation(self, dialog: EvaluationDialog, saved: Evaluasi) -> None:
        ev = ev_store.open_evaluasi(self.db, saved.skp_id, saved.periode)
        context = eval_context(self.db, ev)
        self._load_evaluation(dialog, ev, context)
        self.evaluasi_saved.emit(context.employee.staff_id)

    def _on_feedback_add_requested(self, dialog: EvaluationDialog) -> None:
        context = dialog.context
        if context is None:
            return
        entry = FeedbackEntryDialog(context.skp.tahun, dialog)
        entry.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        entry.accepted.connect(partial(self._on_feedback_entered, dialog, entry))
        entry.open()

    def _on_feedback_entered(self, dialog: EvaluationDialog, entry: FeedbackEntryDialog) -> None:
        context = dialog.context
        assert context is not None
        isi, sumber, tanggal, sentimen = entry.values()
        staff_id, tahun = context.employee.staff_id, context.skp.tahun
        item = UmpanBalikMasyarakat(staff_id, tahun, context.period.code, isi, sumber, tanggal,
                                    sentimen)  # fmt: skip
        try:
            capaian_store.add_feedback(self.db, item)
        except KinerjaError as exc:
            self.prompts.error(dialog, exc)
            return
        items = capaian_store.list_feedback(self.db, staff_id, tahun, context.period.code)
        context.feedback = items
        dialog.feedback.set_items(items)

    def _on_editor_finished(self, _result: int) -> None:
        if self.editor is not None:
            self._versions.pop(id(self.editor), None)
        self.editor = None
