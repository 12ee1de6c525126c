"""Who may do what, in which state: the SKP and evaluation workflows as one table each.

Every check in the app asks ``next_state``; nothing else decides whether an action is allowed.
SKP: Draft → Diajukan → Disetujui (or Dikembalikan with a reason; revised with a reason).
Evaluation: Draft → Dinilai → Ditetapkan (locked; changed only after a recorded reopening).
Keberatan: the atasan pejabat penilai decides an objection to a set evaluation; upholding it
reopens the evaluation (with the decision as its reason) so the rating can be corrected.
Which records a role may touch (its scope: OPD, appraisees, self) is ``core.access``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.core.errors import ValidationError
from desktop.core.i18n import language, pick


class Role(StrEnum):
    """The six roles of DESIGN.md §7; values as in migration 0013's CHECK on ``akun.role``."""

    ADMIN = "admin"  # admin kepegawaian: everything
    OPERATOR = "operator"  # staff data and appraisal entry for the OPD(s) in scope
    PENILAI = "penilai"  # pejabat penilai: the SKPs and evaluations of their appraisees
    ATASAN = "atasan"  # atasan pejabat penilai: sees them, decides keberatan
    PIMPINAN = "pimpinan"  # read-only: reports and rekap
    PEGAWAI = "pegawai"  # own record, own SKP and evaluations


_ROLE_LABELS = {
    "admin": ("Admin Kepegawaian", "HR Admin"),
    "operator": ("Operator", "Operator"),
    "penilai": ("Pejabat Penilai", "Appraiser"),
    "atasan": ("Atasan Pejabat Penilai", "Appraiser's Superior"),
    "pimpinan": ("Pimpinan", "Head of Office"),
    "pegawai": ("Pegawai", "Employee"),
}


def role_label(role: Role | str, lang: str | None = None) -> str:
    """The role as people name it, in ``lang`` (default: the current language)."""
    texts = _ROLE_LABELS[str(role)]
    return texts[1] if (lang or language()) == "en" else texts[0]


class SkpState(StrEnum):
    DRAFT = "draft"
    DIAJUKAN = "diajukan"
    DISETUJUI = "disetujui"
    DIKEMBALIKAN = "dikembalikan"


class EvalState(StrEnum):
    DRAFT = "draft"
    DINILAI = "dinilai"
    DITETAPKAN = "ditetapkan"


class Action(StrEnum):
    UBAH = "ubah"  # edit the content
    AJUKAN = "ajukan"  # submit the SKP to the penilai
    SETUJUI = "setujui"  # approve the SKP
    KEMBALIKAN = "kembalikan"  # return the SKP with a reason
    REVISI = "revisi"  # reopen an approved SKP for revision, with a reason
    NILAI = "nilai"  # record both ratings
    TETAPKAN = "tetapkan"  # set (lock) the evaluation
    BUKA_KEMBALI = "buka_kembali"  # reopen a set evaluation, with a reason
    KEBERATAN = "keberatan"  # uphold an objection to a set evaluation: reopen it, with the decision


@dataclass(frozen=True)
class Transition:
    state: str
    action: Action
    roles: frozenset[Role]
    to: str
    needs_reason: bool = False


# a pegawai drafts and submits their own SKP (the scope "self" is core.access's)
_EDITORS = frozenset({Role.ADMIN, Role.OPERATOR, Role.PEGAWAI})
_APPRAISERS = frozenset({Role.ADMIN, Role.PENILAI})
_ENTRY = frozenset({Role.ADMIN, Role.OPERATOR, Role.PENILAI})
_KEBERATAN = frozenset({Role.ADMIN, Role.ATASAN})

SKP_FLOW: tuple[Transition, ...] = (
    Transition(SkpState.DRAFT, Action.UBAH, _EDITORS, SkpState.DRAFT),
    Transition(SkpState.DRAFT, Action.AJUKAN, _EDITORS, SkpState.DIAJUKAN),
    Transition(SkpState.DIKEMBALIKAN, Action.UBAH, _EDITORS, SkpState.DIKEMBALIKAN),
    Transition(SkpState.DIKEMBALIKAN, Action.AJUKAN, _EDITORS, SkpState.DIAJUKAN),
    Transition(SkpState.DIAJUKAN, Action.SETUJUI, _APPRAISERS, SkpState.DISETUJUI),
    Transition(SkpState.DIAJUKAN, Action.KEMBALIKAN, _APPRAISERS, SkpState.DIKEMBALIKAN, True),
    Transition(SkpState.DISETUJUI, Action.REVISI, _APPRAISERS, SkpState.DRAFT, True),
)

EVAL_FLOW: tuple[Transition, ...] = (
    Transition(EvalState.DRAFT, Action.UBAH, _ENTRY, EvalState.DRAFT),
    Transition(EvalState.DRAFT, Action.NILAI, _ENTRY, EvalState.DINILAI),
    Transition(EvalState.DINILAI, Action.UBAH, _ENTRY, EvalState.DINILAI),
    Transition(EvalState.DINILAI, Action.NILAI, _ENTRY, EvalState.DINILAI),
    Transition(EvalState.DINILAI, Action.TETAPKAN, _APPRAISERS, EvalState.DITETAPKAN),
    Transition(EvalState.DITETAPKAN, Action.BUKA_KEMBALI, _APPRAISERS, EvalState.DINILAI, True),
    Transition(EvalState.DITETAPKAN, Action.KEBERATAN, _KEBERATAN, EvalState.DINILAI, True),
)


class WorkflowError(ValidationError):
    catalog = {
        "refused": (
            "Tindakan '{action}' tidak diizinkan untuk peran {role} pada status {state}.",
            "Action '{action}' is not allowed for role {role} in state {state}.",
        ),
        "reason": (
            "Tindakan '{action}' memerlukan alasan.",
            "Action '{action}' needs a reason.",
        ),
    }


def find(flow: tuple[Transition, ...], state: str, action: Action) -> Transition | None:
    return next((t for t in flow if t.state == state and t.action == action), None)


def next_state(
    flow: tuple[Transition, ...], state: str, role: Role, action: Action, reason: str = ""
) -> str:
    """The state after ``action``; raises WorkflowError when the table does not allow it."""
    transition = find(flow, state, Action(action))
    if transition is None or Role(role) not in transition.roles:
        raise WorkflowError(
            "refused", action=action_label(action), role=role_label(role), state=state
        )
    if transition.needs_reason and not reason.strip():
        raise WorkflowError("reason", action=action_label(action))
    return transition.to


def allowed_actions(flow: tuple[Transition, ...], state: str, role: Role) -> list[Action]:
    """The buttons to enable for ``role`` in ``state``."""
    return [t.action for t in flow if t.state == state and Role(role) in t.roles]


def is_locked(state: str) -> bool:
    """A set evaluation cannot be edited until it is reopened."""
    return state == EvalState.DITETAPKAN


def action_label(action: Action | str) -> str:
    return {
        "ubah": pick("ubah", "edit"),
        "ajukan": pick("ajukan", "submit"),
        "setujui": pick("setujui", "approve"),
        "kembalikan": pick("kembalikan", "return"),
        "revisi": pick("revisi", "revise"),
        "nilai": pick("nilai", "rate"),
        "tetapkan": pick("tetapkan", "set"),
        "buka_kembali": pick("buka kembali", "reopen"),
        "keberatan": pick("putuskan keberatan", "uphold the objection"),
    }[str(action)]
