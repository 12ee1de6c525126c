"""The chunk-at-once envelope check of ``sync.validate`` (a speed-up) lets through exactly
what the row-by-row check lets through: any bad uuid, rev, stamp or origin sends the chunk
to the row-by-row check, which names the row."""

from __future__ import annotations

import pytest

from desktop.sync.errors import SyncError
from desktop.sync.validate import _envelope, _envelopes_fine

GOOD = ("a" * 32, 3, "2026-01-02T03:04:05.678Z", "b" * 32, "{}")


def _with(at: int, value) -> list[tuple]:
    bad = list(GOOD)
    bad[at] = value
    return [GOOD, tuple(bad), GOOD]


def test_good_rows_pass_at_once():
    assert _envelopes_fine([GOOD] * 3, set())


@pytest.mark.parametrize(
    ("at", "value"),
    [
        (0, "A" * 32), (0, "a" * 31), (0, "a" * 32 + "\n" + "a" * 32), (0, 7),
        (1, -1), (1, 1 << 63), (1, True), (1, "3"),
        (2, "2026-01-02"), (2, "2026-01-02T03:04:05Z\n2026-01-02T03:04:05Z"), (2, None),
        (3, "nobody"), (3, 5),
    ],
)  # fmt: skip
def test_any_bad_envelope_goes_row_by_row_and_is_named(at, value):
    chunk = _with(at, value)
    assert not _envelopes_fine(chunk, set())
    with pytest.raises(SyncError) as caught:
        for line in chunk:
            _envelope("p.kinerja", "staff", line, set())
    assert caught.value.code == "invalid_row"
