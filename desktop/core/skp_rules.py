"""When an SKP is complete enough to be submitted (``ajukan``) to the Pejabat Penilai.

PermenPANRB 6/2022 asks for at least one RHK Utama, and every RHK measured by one or more IKI
with an indikator and a target. The store refuses a submission that breaks this; the SKP editor
shows the same problems inline while the person types.
"""

from __future__ import annotations

from desktop.core.errors import ValidationError
from desktop.core.skp import JenisRhk, Skp


class SkpContentError(ValidationError):
    """One thing missing from an SKP before it can be submitted."""

    catalog = {
        "no_utama": ("SKP belum memiliki RHK Utama.", "The SKP has no main RHK (Utama)."),
        "rhk_empty": ("RHK {n} belum berisi uraian.", "RHK {n} has no description."),
        "no_iki": ("RHK {n} belum memiliki IKI.", "RHK {n} has no IKI."),
        "iki_incomplete": (
            "RHK {n}, IKI {m}: isi indikator dan target.",
            "RHK {n}, IKI {m}: fill in the indicator and the target.",
        ),
    }


def content_problems(skp: Skp) -> list[SkpContentError]:
    """Everything that keeps ``skp`` from being submitted, in reading order (empty: complete).

    RHK and IKI are numbered from 1 as the editor and the printed form show them."""
    problems: list[SkpContentError] = []
    if not any(JenisRhk(r.jenis) is JenisRhk.UTAMA for r in skp.rhk):
        problems.append(SkpContentError("no_utama"))
    for n, rhk in enumerate(skp.rhk, start=1):
        if not rhk.uraian.strip():
            problems.append(SkpContentError("rhk_empty", n=n))
        if not rhk.iki:
            problems.append(SkpContentError("no_iki", n=n))
        for m, iki in enumerate(rhk.iki, start=1):
            if not iki.indikator.strip() or not iki.target.strip():
                problems.append(SkpContentError("iki_incomplete", n=n, m=m))
    return problems
