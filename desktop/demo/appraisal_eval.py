"""Rows of the demo year's evaluations: TW1–TW3 set (ditetapkan, with the appraisers
snapshotted), TW4 rated for most staff, a few TW4 drafts still being filled and a few not
started; no annual evaluation yet (in a complete earlier year TW4 and TAHUNAN are set too).
Each has realisasi per IKI with bukti dukung and umpan balik, now and then feedback per
BerAKHLAK value, a catatan, and citizen feedback for staff who serve the public.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from desktop.core.appraisal import Predikat, Rating, predikat
from desktop.demo.appraisal_data import (
    BUKTI_DUKUNG,
    CATATAN,
    FEEDBACK,
    FEEDBACK_RUMPUN,
    FEEDBACK_SOURCES,
    UMPAN_BALIK_HASIL,
    UMPAN_BALIK_PERILAKU,
)
from desktop.demo.appraisal_office import DemoOffice
from desktop.demo.appraisal_skp import Ids, SkpPlan
from desktop.demo.appraisal_text import realisasi
from desktop.demo.rand import DemoRandom

LAST_QUARTER = 4
ANNUAL = "TAHUNAN"
FILE_SHARE = 0.3  # realisasi rows with an evidence file referenced
PERILAKU_FEEDBACK = (0, 0, 1, 1, 2)  # how many BerAKHLAK values get a written remark
CITIZEN_CHANCE = 0.05  # per public-facing employee and quarter

EVALUASI_COLUMNS = (
    "id", "skp_id", "periode", "status", "rating_hasil", "rating_perilaku", "predikat",
    "catatan", "ditetapkan_pada", "penilai_nama", "penilai_nip", "penilai_pangkat",
    "penilai_jabatan", "penilai_unit", "atasan_penilai_nama", "atasan_penilai_nip",
    "atasan_penilai_pangkat", "atasan_penilai_jabatan", "atasan_penilai_unit",
    "penilai_status", "atasan_penilai_status", "uuid", "updated_at",
)  # fmt: skip
REALISASI_COLUMNS = ("id", "evaluasi_id", "iki_id", "realisasi", "bukti_dukung", "bukti_berkas",
                     "umpan_balik", "uuid", "updated_at")  # fmt: skip
PERILAKU_COLUMNS = ("id", "evaluasi_id", "nilai_no", "umpan_balik", "uuid", "updated_at")
FEEDBACK_COLUMNS = ("staff_id", "tahun", "periode", "tanggal", "sumber", "isi", "sentimen",
                    "uuid", "updated_at")  # fmt: skip
_EMPTY_SNAPSHOT = ("",) * 12

Stamp = Callable[[date], str]


@dataclass
class EvalRows:
    evaluasi: list[tuple] = field(default_factory=list)
    realisasi: list[tuple] = field(default_factory=list)
    perilaku: list[tuple] = field(default_factory=list)
    feedback: list[tuple] = field(default_factory=list)
    status: dict[str, int] = field(default_factory=dict)  # "TW4 dinilai" → count
    feedback_written: int = 0  # feedback rows already handed to the writer by ``drain``

    def drain(self) -> EvalRows:
        """The rows gathered so far, leaving these lists empty: a quarter is written as soon as
        it is rated, so a 50,000-staff year never holds four quarters of rows at once."""
        taken = EvalRows(self.evaluasi, self.realisasi, self.perilaku, self.feedback)
        self.feedback_written += len(self.feedback)
        self.evaluasi, self.realisasi, self.perilaku, self.feedback = [], [], [], []
        return taken

    @property
    def feedback_count(self) -> int:
        return self.feedback_written + len(self.feedback)


@dataclass
class Rated:
    """What one person got in one quarter (None ratings: a TW4 draft not rated yet)."""

    hasil: Rating | None
    perilaku: Rating | None
    status: str


class EvalWriter:
    """Builds the rows; ``add`` once per person and quarter, in a fixed order."""

    def __init__(
        self,
        rng: DemoRandom,
        office: DemoOffice,
        ids: Ids,
        stamp: Stamp,
        tendency: dict[int, float],
    ) -> None:
        self.rng, self.office, self.ids, self.stamp = rng, office, ids, stamp
        self.tendency = tendency
        self.rows = EvalRows()
        self._snapshots: dict[int, tuple[str, ...]] = {}

    def add(self, plan: SkpPlan, quarter: int | None, rated: Rated) -> None:
        """One evaluation of ``quarter`` 1–4, or the annual one (None)."""
        year = self.office.year
        day = _set_day(self.rng, year, quarter)
        periode = ANNUAL if quarter is None else f"TW{quarter}"
        when = self.stamp(day)
        value = predikat(rated.hasil, rated.perilaku) if rated.hasil and rated.perilaku else None
        evaluasi_id = self.ids.take("evaluasi")
        locked = rated.status == "ditetapkan"
        self.rows.evaluasi.append((
            evaluasi_id, plan.id, periode, rated.status, _value(rated.hasil),
            _value(rated.perilaku), _value(value),
            self.rng.item(CATATAN[value.value]) if value else "",
            day.isoformat() if locked else None,
            *(self.snapshot(plan.staff_id) if locked else _EMPTY_SNAPSHOT),
            self.rng.uuid(), when,
        ))  # fmt: skip
        key = f"{periode} {rated.status}"
        self.rows.status[key] = self.rows.status.get(key, 0) + 1
        self._realisasi(plan, quarter, evaluasi_id, rated, when)
        if rated.status != "draft":
            self._perilaku(evaluasi_id, when)

    def snapshot(self, staff_id: int) -> tuple[str, ...]:
        """Pejabat Penilai and Atasan Pejabat Penilai as ``store.penilai.snapshot_values``."""
        if staff_id not in self._snapshots:
            office = self.office
            penilai = office.penilai(staff_id)
            if penilai is None:  # the Sekda: the Bupati, from outside the staff list
                first, second = office.outsider(office.outside_head(staff_id)), None
            else:
                atasan = office.penilai(penilai)
                first = office.snapshot(penilai)
                if atasan is None:
                    second = office.outsider(office.outside_head(penilai))
                else:
                    second = office.snapshot(None if atasan == staff_id else atasan)
            second = second or office.snapshot(None)
            self._snapshots[staff_id] = (*first[:5], *second[:5], first[5], second[5])
        return self._snapshots[staff_id]

    def _realisasi(
        self, plan: SkpPlan, quarter: int | None, evaluasi_id: int, rated: Rated, when: str
    ) -> None:
        rng, nip = self.rng, self.office.people[plan.staff_id].nip
        level = (rated.hasil or Rating.SESUAI).value
        draft = rated.status == "draft"
        if quarter is None:
            periode, folder = f"tahun {self.office.year}", ANNUAL
        else:
            periode, folder = f"triwulan {['I', 'II', 'III', 'IV'][quarter - 1]}", f"TW{quarter}"
        for n, iki in enumerate(plan.all_iki(), start=1):
            filled = not draft or rng.chance(0.5)
            has_file = filled and rng.chance(FILE_SHARE)
            self.rows.realisasi.append((
                self.ids.take("realisasi"), evaluasi_id, iki.id,
                realisasi(rng, iki.target, quarter or LAST_QUARTER, level, annual=quarter is None)
                if filled else "",
                rng.item(BUKTI_DUKUNG).format(periode=periode) if filled else "",
                f"D:\\Bukti Kinerja\\{self.office.year}\\{folder}\\{nip}-{n}.pdf"
                if has_file else "",
                rng.item(UMPAN_BALIK_HASIL[level]) if filled and not draft else "",
                rng.uuid(), when,
            ))  # fmt: skip

    def _perilaku(self, evaluasi_id: int, when: str) -> None:
        for nilai_no in sorted(self.rng.sample(range(1, 8), self.rng.item(PERILAKU_FEEDBACK))):
            self.rows.perilaku.append((
                self.ids.take("evaluasi_perilaku"), evaluasi_id, nilai_no,
                self.rng.item(UMPAN_BALIK_PERILAKU[nilai_no]), self.rng.uuid(), when,
            ))  # fmt: skip

    def citizen_feedback(self, staff_id: int, quarter: int) -> None:
        """Now and then a service user's remark about someone who serves the public."""
        person = self.office.people[staff_id]
        rumpun = self.office.rumpun.get(person.unit_id, "")
        if rumpun not in FEEDBACK_RUMPUN or staff_id in self.office.head_of:
            return
        if not self.rng.chance(CITIZEN_CHANCE):
            return
        mood = self.tendency[staff_id] + self.rng.gauss(0, 0.7)
        sentimen = "positif" if mood > 0.2 else "negatif" if mood < -1.0 else "netral"
        first = date(self.office.year, 3 * quarter - 2, 1)
        day = self.rng.day_between(first, date(self.office.year, 3 * quarter, 28))
        self.rows.feedback.append((
            staff_id, self.office.year, f"TW{quarter}", day.isoformat(),
            self.rng.item(FEEDBACK_SOURCES), self.rng.item(FEEDBACK[sentimen]), sentimen,
            self.rng.uuid(), self.stamp(day),
        ))  # fmt: skip


def _value(item: Rating | Predikat | None) -> str | None:
    return item.value if item is not None else None


def _set_day(rng: DemoRandom, year: int, quarter: int | None) -> date:
    """When a quarter's evaluation was last touched: early in the next quarter; TW4 in the last
    days before the demo's today (2 January); the annual one (None, only in a past year) in
    the January after."""
    if quarter is None:
        return rng.day_between(date(year + 1, 1, 6), date(year + 1, 1, 30))
    if quarter == LAST_QUARTER:
        return rng.day_between(date(year, 12, 22), date(year + 1, 1, 1))
    return rng.day_between(date(year, 3 * quarter + 1, 2), date(year, 3 * quarter + 1, 24))
