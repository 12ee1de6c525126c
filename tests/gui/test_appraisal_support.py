"""Shared pieces of the appraisal GUI tests: an office built through the store (a bidang with
its head and staff reporting to him), store shortcuts for SKP and ratings, and
``ScriptedPrompts``, which answers the editors' questions from a script instead of opening
modal dialogs (the swappable prompts service of ``desktop.ui.appraisal.services``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import sqlite_utils
from PySide6.QtWidgets import QWidget

from desktop.core.appraisal import Rating
from desktop.core.models import Gender, JenisJabatan, Staff, Unit, UnitJenis
from desktop.core.skp import Aspek, Iki, Rhk, Skp
from desktop.core.workflow import Action
from desktop.store import evaluasi as ev_store
from desktop.store import skp as skp_store
from desktop.store import staff as staff_store
from desktop.store import units as unit_store
from desktop.store.skp import LibraryItem
from desktop.ui.appraisal.prompt_dialogs import StartChoice
from desktop.ui.appraisal.services import AppraisalPrompts
from tests.conftest import make_staff, make_unit

YEAR = 2026
NAMES = [
    "Budi Santoso",
    "Citra Lestari",
    "Dedi Saputra",
    "Eka Rahmawati",
    "Fajar Wibowo",
    "Gita Susanti",
    "Hadi Hidayat",
    "Indah Permata",
    "Joko Purnomo",
    "Kartika Sari",
]
SURNAMES = ["Nugroho", "Siregar", "Pratama", "Hasibuan", "Wulandari", "Kurniawan"]


@dataclass
class AppraisalOffice:
    db: sqlite_utils.Database
    bidang: Unit
    kabid: Staff
    staff: list[Staff] = field(default_factory=list)


def _nip(n: int, gender: Gender) -> tuple[str, date]:
    birth = date(1980 + n % 15, 1 + n % 12, 1 + n % 28)
    return f"{birth:%Y%m%d}200501{1 if gender is Gender.L else 2}{n + 1:03d}", birth


def _name(n: int) -> str:
    if n < len(NAMES):
        return NAMES[n]
    return f"{NAMES[n % len(NAMES)].split()[0]} {SURNAMES[(n // len(NAMES)) % len(SURNAMES)]}"


def _add_staff(db: sqlite_utils.Database, n: int, unit_id: int, atasan_id: int) -> Staff:
    gender = Gender.P if n % 2 else Gender.L
    nip, birth = _nip(n, gender)
    return staff_store.save_staff(
        db,
        make_staff(
            nip=nip,
            nama=_name(n),
            tanggal_lahir=birth,
            jenis_kelamin=gender,
            tmt_cpns=date(2005, 1, 1),
            unit_id=unit_id,
            atasan_id=atasan_id,
        ),
    )


def build_office(db: sqlite_utils.Database, staff_count: int = 5) -> AppraisalOffice:
    """Instansi → Bidang Mutasi (rumpun kepegawaian) with a kabid and ``staff_count`` staff."""
    root = make_unit(db)
    bidang = unit_store.save_unit(
        db, Unit("1.01", "Bidang Mutasi", UnitJenis.BIDANG, root.id, rumpun="kepegawaian")
    )
    kabid = staff_store.save_staff(
        db,
        make_staff(
            nip="197501012000031002",
            nama="Ahmad Yani",
            tanggal_lahir=date(1975, 1, 1),
            tmt_cpns=date(2000, 3, 1),
            golongan="IV/a",
            jabatan="Kepala Bidang Mutasi",
            jenis_jabatan=JenisJabatan.ADMINISTRATOR,
            unit_id=bidang.id,
        ),
    )
    bidang.kepala_id = kabid.id
    bidang = unit_store.save_unit(db, bidang)
    office = AppraisalOffice(db, bidang, kabid)
    office.staff = [_add_staff(db, n, bidang.id, kabid.id) for n in range(staff_count)]
    return office


def skp_for(
    db: sqlite_utils.Database,
    staff_id: int,
    uraian: str = "Terkelolanya data",
    atasan: int | None = None,
    approve: bool = False,
) -> Skp:
    skp = skp_store.new_skp(staff_id, YEAR)
    skp.rhk = [
        Rhk(
            uraian,
            rhk_atasan_id=atasan,
            iki=[
                Iki("Jumlah usulan diproses", Aspek.KUANTITAS, "500 usulan"),
                Iki("Usulan tanpa kesalahan", Aspek.KUALITAS, "100 %"),
            ],
        )
    ]
    skp = skp_store.save_skp(db, skp)
    if approve:
        skp_store.transition_skp(db, skp.id, Action.AJUKAN)
        skp = skp_store.transition_skp(db, skp.id, Action.SETUJUI)
    return skp


def rate(
    db: sqlite_utils.Database, skp_id: int, hasil: Rating, perilaku: Rating, periode: str = "TW1"
) -> None:
    ev = ev_store.open_evaluasi(db, skp_id, periode)
    ev.rating_hasil, ev.rating_perilaku = hasil, perilaku
    ev_store.transition_evaluasi(db, ev_store.save_evaluasi(db, ev).id, Action.NILAI)


class ScriptedPrompts(AppraisalPrompts):
    """Answers from lists set by the test; records every question and error."""

    def __init__(self) -> None:
        super().__init__()
        self.reasons: list[str | None] = []
        self.confirms: list[bool] = []
        self.start: StartChoice | None = StartChoice.KOSONG
        self.pick: str = ""  # library items whose RHK contains this text
        self.files: list[Path] = []
        self.asked: list[str] = []
        self.confirm_options: list[dict] = []  # safe_default, cancel_text per question
        self.errors: list[BaseException] = []

    def ask_reason(self, parent: QWidget | None, title: str, prompt: str) -> str | None:
        self.asked.append(title)
        return self.reasons.pop(0) if self.reasons else None

    def confirm(
        self, parent: QWidget | None, title: str, text: str, ok_text: str, **options
    ) -> bool:
        self.asked.append(text)
        self.confirm_options.append(options)
        return self.confirms.pop(0) if self.confirms else True

    def choose_start(
        self, parent: QWidget | None, from_year: int, can_copy: bool
    ) -> StartChoice | None:
        self.asked.append(f"start {from_year} {can_copy}")
        return self.start

    def choose_indicators(
        self, parent: QWidget | None, items: list[LibraryItem]
    ) -> list[LibraryItem]:
        self.asked.append(f"library {len(items)}")
        return [i for i in items if self.pick and self.pick in i.rhk]

    def open_files(self, parent: QWidget | None, title: str) -> list[Path]:
        return list(self.files)

    def error(self, parent: QWidget | None, exc: BaseException) -> None:
        self.errors.append(exc)


def test_office_head_is_everyones_penilai(fresh_db):
    office = build_office(fresh_db, staff_count=3)
    assert {ev_store.resolve_penilai(fresh_db, s.id) for s in office.staff} == {office.kabid.id}
