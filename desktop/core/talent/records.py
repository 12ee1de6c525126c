"""Rules for the talent inputs on a staff record: riwayat hukuman disiplin, hasil asesmen,
PAK and the competence-development fields of riwayat diklat.

One place for the staff dialog, the store (which refuses a save that breaks them, so bad input
changes nothing) and the spreadsheet imports. Each problem is a ``RecordProblem`` with a stable
code; the field it names is rendered in the language the message is asked in.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from desktop.core.errors import ValidationError
from desktop.core.i18n import language
from desktop.core.models import (
    Asesmen,
    KategoriHukuman,
    RiwayatDiklat,
    RiwayatHukuman,
    RiwayatPak,
    StaffHistory,
    TingkatHukuman,
)

JPM_MIN, JPM_MAX = 0.0, 100.0

FIELD_LABELS: dict[str, tuple[str, str]] = {
    "tanggal": ("Tanggal", "Date"),
    "tanggal_sk": ("Tanggal SK", "SK date"),
    "tmt": ("TMT", "TMT"),
    "selesai": ("Selesai", "End"),
    "tanggal_mulai": ("Mulai", "Start"),
    "tanggal_selesai": ("Selesai", "End"),
    "jpm": ("JPM", "JPM"),
    "ak_kumulatif": ("AK kumulatif", "Cumulative AK"),
    "jp": ("JP", "JP"),
    "tingkat": ("Tingkat", "Level"),
}

# Which list of ``StaffHistory`` each rule set checks, and the title a message starts with.
SECTIONS: dict[str, tuple[str, str]] = {
    "hukuman": ("Riwayat Hukuman Disiplin", "Disciplinary sanctions"),
    "asesmen": ("Hasil Asesmen", "Assessment results"),
    "pak": ("PAK", "Credit-point assessments (PAK)"),
    "diklat": ("Diklat", "Training"),
}


class RecordProblem(ValidationError):
    """One value of a talent record that breaks a rule; nothing was saved."""

    catalog = {
        "required": ("{field} wajib diisi.", "{field} is required."),
        "tingkat_required": (
            "Tingkat hukuman disiplin wajib dipilih (ringan, sedang atau berat).",
            "Choose the level of the disciplinary sanction (ringan, sedang or berat).",
        ),
        "tingkat_etik": (
            "Pelanggaran kode etik tidak memakai tingkat hukuman disiplin; kosongkan tingkatnya.",
            "A code-of-ethics breach has no disciplinary level; leave the level empty.",
        ),
        "future": ("{field} tidak boleh di masa depan.", "{field} cannot be in the future."),
        "order": ("{field} tidak boleh sebelum {other}.", "{field} cannot precede {other}."),
        "jpm_range": (
            "JPM harus antara 0 dan 100 % (tertulis {value}).",
            "JPM must be between 0 and 100 % (given {value}).",
        ),
        "negative": ("{field} tidak boleh negatif.", "{field} cannot be negative."),
        "duplicate": (
            "Hasil asesmen tanggal {value} sudah ada di baris {row}.",
            "An assessment dated {value} is already on row {row}.",
        ),
        "in_list": ("{section}, baris {row}: {problem}", "{section}, row {row}: {problem}"),
    }

    def message(self, lang: str | None = None) -> str:
        lang = lang or language()
        params = dict(self.params)
        for key in ("field", "other"):
            if key in params:
                pair = FIELD_LABELS.get(params[key], (params[key], params[key]))
                params[key] = pair[1] if lang == "en" else pair[0]
        if "section" in params:
            pair = SECTIONS.get(params["section"], (params["section"],) * 2)
            params["section"] = pair[1] if lang == "en" else pair[0]
        if isinstance(params.get("problem"), RecordProblem):
            params["problem"] = params["problem"].message(lang)
        texts = self.catalog[self.code]
        return (texts[1] if lang == "en" else texts[0]).format(**params)


Problems = list[tuple[str, RecordProblem]]  # (field, problem)


def _dates(item: Any, names: tuple[str, ...], today: date, out: Problems) -> None:
    for name in names:
        value = getattr(item, name)
        if value is not None and value > today:
            out.append((name, RecordProblem("future", field=name)))


def _order(item: Any, first: str, then: str, out: Problems) -> None:
    start, end = getattr(item, first), getattr(item, then)
    if start is not None and end is not None and end < start:
        out.append((then, RecordProblem("order", field=then, other=first)))


def check_hukuman(item: RiwayatHukuman, today: date | None = None) -> Problems:
    """Disiplin needs its tingkat (PP 94/2021), kode etik has none; dates in order."""
    out: Problems = []
    tingkat = TingkatHukuman(item.tingkat or "")
    kategori = KategoriHukuman(item.kategori or KategoriHukuman.DISIPLIN)  # an editor's text
    if kategori is KategoriHukuman.DISIPLIN and tingkat is TingkatHukuman.NONE:
        out.append(("tingkat", RecordProblem("tingkat_required")))
    if kategori is KategoriHukuman.KODE_ETIK and tingkat is not TingkatHukuman.NONE:
        out.append(("tingkat", RecordProblem("tingkat_etik")))
    _dates(item, ("tanggal_sk",), today or date.today(), out)
    _order(item, "tmt", "selesai", out)
    return out


def check_asesmen(item: Asesmen, today: date | None = None) -> Problems:
    """A date (not in the future) and a JPM of 0–100 %."""
    out: Problems = []
    if item.tanggal is None:
        out.append(("tanggal", RecordProblem("required", field="tanggal")))
    _dates(item, ("tanggal",), today or date.today(), out)
    if item.jpm is None:
        out.append(("jpm", RecordProblem("required", field="jpm")))
    elif not JPM_MIN <= item.jpm <= JPM_MAX:
        out.append(("jpm", RecordProblem("jpm_range", value=_number(item.jpm))))
    return out


def check_pak(item: RiwayatPak, today: date | None = None) -> Problems:
    """A date (not in the future) and a cumulative AK of at least 0."""
    out: Problems = []
    if item.tanggal is None:
        out.append(("tanggal", RecordProblem("required", field="tanggal")))
    _dates(item, ("tanggal",), today or date.today(), out)
    if item.ak_kumulatif is None:
        out.append(("ak_kumulatif", RecordProblem("required", field="ak_kumulatif")))
    elif item.ak_kumulatif < 0:
        out.append(("ak_kumulatif", RecordProblem("negative", field="ak_kumulatif")))
    return out


def check_diklat(item: RiwayatDiklat, today: date | None = None) -> Problems:
    """JP not negative, the end not before the start."""
    out: Problems = []
    if item.jp < 0:
        out.append(("jp", RecordProblem("negative", field="jp")))
    _order(item, "tanggal_mulai", "tanggal_selesai", out)
    return out


Rule = Callable[[Any, "date | None"], Problems]
CHECKS: dict[str, Rule] = {"hukuman": check_hukuman, "asesmen": check_asesmen,
                           "pak": check_pak, "diklat": check_diklat}  # fmt: skip


Found = list[tuple[int, str, RecordProblem]]  # (row number from 1, field, problem)


def check_list(attr: str, items: list[Any], today: date | None = None) -> Found:
    """Every problem of one riwayat list as (row number from 1, field, problem); two
    assessments on one date are one too many (the table keeps one per day)."""
    rule = CHECKS.get(attr)
    found: Found = []
    seen: dict[date, int] = {}
    for n, item in enumerate(items, start=1):
        if rule is not None:
            found += [(n, name, problem) for name, problem in rule(item, today)]
        if attr == "asesmen" and item.tanggal is not None:
            first = seen.setdefault(item.tanggal, n)
            if first != n:
                value = item.tanggal.isoformat()
                found.append((n, "tanggal", RecordProblem("duplicate", value=value, row=first)))
    return found


def first_problem(history: StaffHistory, today: date | None = None) -> RecordProblem | None:
    """The first problem of the talent lists of ``history``, naming its list and row (the
    store refuses the save with it)."""
    for attr in CHECKS:
        found = check_list(attr, getattr(history, attr), today)
        if found:
            row, _field, problem = found[0]
            return RecordProblem("in_list", section=attr, row=row, problem=problem)
    return None


def _number(value: float) -> str:
    text = f"{value:g}"
    return text.replace(".", ",") if language() != "en" else text
