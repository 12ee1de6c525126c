"""Every allowed and every refused transition of both workflow tables."""

from __future__ import annotations

import itertools

import pytest

from desktop.core.workflow import (
    EVAL_FLOW,
    SKP_FLOW,
    Action,
    EvalState,
    Role,
    SkpState,
    WorkflowError,
    allowed_actions,
    is_locked,
    next_state,
)

ADMIN, OP, PEN, ATASAN, PEG = Role.ADMIN, Role.OPERATOR, Role.PENILAI, Role.ATASAN, Role.PEGAWAI

SKP_ALLOWED = {
    (SkpState.DRAFT, Action.UBAH): ({ADMIN, OP, PEG}, SkpState.DRAFT),
    (SkpState.DRAFT, Action.AJUKAN): ({ADMIN, OP, PEG}, SkpState.DIAJUKAN),
    (SkpState.DIKEMBALIKAN, Action.UBAH): ({ADMIN, OP, PEG}, SkpState.DIKEMBALIKAN),
    (SkpState.DIKEMBALIKAN, Action.AJUKAN): ({ADMIN, OP, PEG}, SkpState.DIAJUKAN),
    (SkpState.DIAJUKAN, Action.SETUJUI): ({ADMIN, PEN}, SkpState.DISETUJUI),
    (SkpState.DIAJUKAN, Action.KEMBALIKAN): ({ADMIN, PEN}, SkpState.DIKEMBALIKAN),
    (SkpState.DISETUJUI, Action.REVISI): ({ADMIN, PEN}, SkpState.DRAFT),
}
EVAL_ALLOWED = {
    (EvalState.DRAFT, Action.UBAH): ({ADMIN, OP, PEN}, EvalState.DRAFT),
    (EvalState.DRAFT, Action.NILAI): ({ADMIN, OP, PEN}, EvalState.DINILAI),
    (EvalState.DINILAI, Action.UBAH): ({ADMIN, OP, PEN}, EvalState.DINILAI),
    (EvalState.DINILAI, Action.NILAI): ({ADMIN, OP, PEN}, EvalState.DINILAI),
    (EvalState.DINILAI, Action.TETAPKAN): ({ADMIN, PEN}, EvalState.DITETAPKAN),
    (EvalState.DITETAPKAN, Action.BUKA_KEMBALI): ({ADMIN, PEN}, EvalState.DINILAI),
    (EvalState.DITETAPKAN, Action.KEBERATAN): ({ADMIN, ATASAN}, EvalState.DINILAI),
}
NEEDS_REASON = {Action.KEMBALIKAN, Action.REVISI, Action.BUKA_KEMBALI, Action.KEBERATAN}


def cases(flow, states, table):
    for state, role, action in itertools.product(states, Role, Action):
        roles, to = table.get((state, action), (set(), None))
        yield pytest.param(
            flow, state, role, action, to if role in roles else None, id=f"{state}-{role}-{action}"
        )


@pytest.mark.parametrize(
    ("flow", "state", "role", "action", "expected"),
    [*cases(SKP_FLOW, SkpState, SKP_ALLOWED), *cases(EVAL_FLOW, EvalState, EVAL_ALLOWED)],
)
def test_transition(flow, state, role, action, expected):
    reason = "Target belum sesuai RHK atasan" if action in NEEDS_REASON else ""
    if expected is None:
        with pytest.raises(WorkflowError) as err:
            next_state(flow, state, role, action, reason)
        assert "tidak diizinkan" in err.value.message()
    else:
        assert next_state(flow, state, role, action, reason) == expected


@pytest.mark.parametrize(
    ("flow", "state", "action"),
    [
        (SKP_FLOW, SkpState.DIAJUKAN, Action.KEMBALIKAN),
        (SKP_FLOW, SkpState.DISETUJUI, Action.REVISI),
        (EVAL_FLOW, EvalState.DITETAPKAN, Action.BUKA_KEMBALI),
        (EVAL_FLOW, EvalState.DITETAPKAN, Action.KEBERATAN),
    ],
)
def test_returning_and_reopening_need_a_reason(flow, state, action):
    with pytest.raises(WorkflowError) as err:
        next_state(flow, state, Role.ADMIN, action, "   ")
    assert err.value.code == "reason"


def test_a_set_evaluation_is_locked_and_only_reopening_is_offered():
    assert is_locked(EvalState.DITETAPKAN) and not is_locked(EvalState.DINILAI)
    assert allowed_actions(EVAL_FLOW, EvalState.DITETAPKAN, Role.OPERATOR) == []
    assert allowed_actions(EVAL_FLOW, EvalState.DITETAPKAN, Role.PENILAI) == [Action.BUKA_KEMBALI]
    assert allowed_actions(EVAL_FLOW, EvalState.DITETAPKAN, Role.ATASAN) == [Action.KEBERATAN]


def test_pimpinan_may_do_nothing_anywhere():
    for state in SkpState:
        assert allowed_actions(SKP_FLOW, state, Role.PIMPINAN) == []
    for state in EvalState:
        assert allowed_actions(EVAL_FLOW, state, Role.PIMPINAN) == []
