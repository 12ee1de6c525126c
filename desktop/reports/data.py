"""Build the forms' dataclasses from the store: what each printed page will say.

A set (ditetapkan) evaluation prints the appraisers as they were snapshotted when it was set;
anything else prints the current appraiser chain. The capaian kinerja organisasi is the one of
the employee's unit, or of the nearest unit above it that has one for the period.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

import sqlite_utils

from desktop.core.access import Perm
from desktop.core.errors import KinerjaError
from desktop.core.models import JenisJabatan, Staff, staff_full_name
from desktop.core.nip import normalize_digits
from desktop.core.periods import parse_period
from desktop.core.skp import Evaluasi, Pejabat, Skp
from desktop.core.workflow import Action, EvalState, SkpState
from desktop.reports.model import (
    DokumenForm,
    EvaluasiForm,
    FormKind,
    Identity,
    IkiRow,
    PerilakuRow,
    RekapForm,
    RekapPerson,
    RhkRow,
    SkpForm,
)
from desktop.store import access, audit, prints
from desktop.store import penilai as penilai_store
from desktop.store.capaian import get_capaian
from desktop.store.evaluasi import find_evaluasi, get_evaluasi
from desktop.store.penilai import Appraiser, pejabat_of
from desktop.store.reference import berakhlak, golongan
from desktop.store.rows import required_id
from desktop.store.skp import find_skp, get_skp, superior_rhk_options
from desktop.store.staff import find_by_nip, get_staff
from desktop.store.units import get_office, list_units, unit_tree
from desktop.store.workspace import load_workspace


class ReportError(KinerjaError):
    catalog = {
        "nip": ("Pegawai dengan NIP {nip} tidak ditemukan.", "No employee with NIP {nip}."),
        "no_skp": (
            "{nama} belum memiliki SKP tahun {tahun}.",
            "{nama} has no SKP for {tahun}.",
        ),
        "no_evaluasi": (
            "{nama} belum memiliki evaluasi {periode} tahun {tahun}.",
            "{nama} has no evaluation for {periode} {tahun}.",
        ),
        "period_needed": (
            "Sebutkan periode evaluasi (--period), misalnya TW1 atau TAHUNAN.",
            "Name the evaluation period (--period), e.g. TW1 or TAHUNAN.",
        ),
        "unit": ("Unit dengan kode {kode} tidak ditemukan.", "No unit with code {kode}."),
    }


@dataclass(frozen=True)
class OfficePrint:
    """The office's print settings: instansi printed in the header, place, paper, emblem."""

    instansi: str
    kota: str
    paper: str
    emblem: bytes | None


def office_print(db: sqlite_utils.Database) -> OfficePrint:
    office = get_office(db)
    instansi = office.instansi.strip()
    if not instansi:  # fall back on the root of the unit tree
        roots = unit_tree(db).roots()
        instansi = roots[0].nama if roots else ""
    return OfficePrint(instansi, office.kota.strip(), office.kertas, prints.office_emblem(db))


def _identity(person: Pejabat) -> Identity:
    return Identity(person.nama, person.nip, person.pangkat, person.jabatan, person.unit)


class Loader:
    """Builds forms, remembering what many forms share (the unit tree, appraisers, capaian,
    the BerAKHLAK list): a batch of a thousand forms loads in about a second instead of ten.

    The appraiser chain is ``store.penilai``'s, asked with this loader as its ``People``
    (employees and the unit tree from the cache)."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.office = office_print(db)
        self.tree = unit_tree(db)
        self.pangkat = {g.kode: g.label for g in golongan(db)}
        self._staff: dict[int, Staff] = {}
        self._luar: dict[int, Identity] = {}
        self._capaian: dict[tuple[int, int, str], str] = {}
        self._atasan_rhk: dict[tuple[int | None, int], dict[int, str]] = {}
        self._berakhlak: dict[int, tuple[str, list[str]]] | None = None

    # -- people ----------------------------------------------------------------------------

    def staff(self, staff_id: int) -> Staff:
        if staff_id not in self._staff:
            self._staff[staff_id] = get_staff(self.db, staff_id)
        return self._staff[staff_id]

    def person(self, staff_id: int | None) -> Identity:
        """As ``store.penilai.pejabat`` prints a person: name with gelar, NIP, pangkat
        ``Penata Muda Tingkat I (III/b)``, jabatan, unit."""
        if staff_id is None:
            return Identity()
        staff = self.staff(staff_id)
        unit = self.tree.by_id.get(staff.unit_id or 0)
        return Identity(
            staff_full_name(staff),
            staff.nip,
            self.pangkat.get(staff.golongan or "", staff.golongan or ""),
            staff.jabatan,
            unit.nama if unit else "",
        )

    def chain(self, skp: Skp) -> tuple[int | None, int | None]:
        return penilai_store.chain(self.db, skp.staff_id, skp.penilai_id, people=self)

    def appraisers(self, skp: Skp, ev: Evaluasi | None = None) -> tuple[Identity, Identity]:
        """Snapshots once the evaluation is set, the current chain before; where the chain of
        employees ends, the official from outside the staff list (``store.penilai.appraisers``)."""
        if ev is not None and ev.status is EvalState.DITETAPKAN and _snapshotted(ev):
            return _identity(ev.penilai), _identity(ev.atasan_penilai)
        found = penilai_store.appraisers(
            self.db, skp.staff_id, skp.penilai_id, skp.penilai_luar_id, people=self
        )
        return self._printed(found[0]), self._printed(found[1])

    def _printed(self, who: Appraiser) -> Identity:
        return self.outsider(who.luar_id) if who.luar_id is not None else self.person(who.staff_id)

    def outsider(self, luar_id: int | None) -> Identity:
        """An official from outside the staff list as forms print them."""
        if luar_id is None:
            return Identity()
        if luar_id not in self._luar:
            self._luar[luar_id] = _identity(pejabat_of(self.db, Appraiser(luar_id=luar_id)))
        return self._luar[luar_id]

    def is_jpt(self, staff_id: int) -> bool:
        return self.staff(staff_id).jenis_jabatan == JenisJabatan.JPT

    # -- shared content --------------------------------------------------------------------

    def capaian(self, unit_id: int | None, tahun: int, periode: str) -> str:
        """The capaian of the unit, or of the nearest unit above it that has one; "" if none."""
        if unit_id is None:
            return ""
        key = (unit_id, tahun, periode)
        if key not in self._capaian:
            found = get_capaian(self.db, unit_id, tahun, periode)
            if found is not None:
                self._capaian[key] = found.value
            else:
                parent = self.tree.by_id[unit_id].parent_id if unit_id in self.tree.by_id else None
                self._capaian[key] = ""  # guards a loop in a damaged tree
                self._capaian[key] = self.capaian(parent, tahun, periode)
        return self._capaian[key]

    def perilaku(self, skp: Skp, ev: Evaluasi | None) -> tuple[PerilakuRow, ...]:
        if self._berakhlak is None:
            self._berakhlak = {}
            for nilai_no, nilai, _panduan_no, panduan in berakhlak(self.db):
                self._berakhlak.setdefault(nilai_no, (nilai, []))[1].append(panduan)
        ekspektasi = {e.nilai_no: e.ekspektasi for e in skp.ekspektasi}
        umpan = {p.nilai_no: p.umpan_balik for p in ev.perilaku} if ev else {}
        return tuple(
            PerilakuRow(n, nilai, tuple(panduan), ekspektasi.get(n, ""), umpan.get(n, ""))
            for n, (nilai, panduan) in sorted(self._berakhlak.items())
        )

    def rhk(self, skp: Skp, ev: Evaluasi | None) -> tuple[RhkRow, ...]:
        penilai_id, _ = self.chain(skp)
        key = (penilai_id, skp.tahun)
        if key not in self._atasan_rhk:
            options = superior_rhk_options(self.db, penilai_id, skp.tahun)
            self._atasan_rhk[key] = {o.id: o.uraian for o in options}
        atasan = self._atasan_rhk[key]
        realisasi = {r.iki_id: r for r in ev.realisasi} if ev else {}
        rows = []
        for rhk in sorted(skp.rhk, key=lambda r: r.jenis != "utama"):  # stable: Utama first
            iki_rows = []
            for iki in rhk.iki:
                real = realisasi.get(iki.id or 0)
                iki_rows.append(
                    IkiRow(iki.aspek.value, iki.indikator, iki.target,
                           real.realisasi if real else "", real.umpan_balik if real else "")
                )  # fmt: skip
            rows.append(
                RhkRow(rhk.jenis.value, rhk.uraian,
                       atasan.get(rhk.rhk_atasan_id or 0, rhk.rhk_atasan_text), rhk.perspektif,
                       tuple(iki_rows))
            )  # fmt: skip
        return tuple(rows)

    # -- forms -----------------------------------------------------------------------------

    def _identities(self, skp: Skp, ev: Evaluasi | None) -> tuple[Identity, Identity, bool]:
        pegawai = self.person(skp.staff_id)
        penilai, _atasan = self.appraisers(skp, ev)
        jpt = self.is_jpt(skp.staff_id)
        if jpt:  # the JPT form prints INSTANSI in the fifth identity row
            pegawai, penilai = (replace(p, unit=self.office.instansi) for p in (pegawai, penilai))
        return pegawai, penilai, jpt

    def skp_form(self, skp_id: int) -> SkpForm:
        skp = get_skp(self.db, skp_id)
        pegawai, penilai, jpt = self._identities(skp, None)
        return SkpForm(
            record_uuid=skp.uuid or "", instansi=self.office.instansi, tahun=skp.tahun,
            pegawai=pegawai, penilai=penilai, pendekatan=skp.pendekatan.value, jpt=jpt,
            status=skp.status.value, rhk=self.rhk(skp, None), perilaku=self.perilaku(skp, None),
            dukungan_sumber_daya=skp.dukungan_sumber_daya,
            skema_pertanggungjawaban=skp.skema_pertanggungjawaban, konsekuensi=skp.konsekuensi,
            disetujui_pada=approved_on(self.db, skp),
        )  # fmt: skip

    def evaluasi_form(self, evaluasi_id: int) -> EvaluasiForm:
        ev = get_evaluasi(self.db, evaluasi_id)
        skp = get_skp(self.db, ev.skp_id)
        pegawai, penilai, jpt = self._identities(skp, ev)
        unit_id = self.staff(skp.staff_id).unit_id
        return EvaluasiForm(
            record_uuid=ev.uuid or "", instansi=self.office.instansi, tahun=skp.tahun,
            periode=ev.periode, pegawai=pegawai, penilai=penilai,
            pendekatan=skp.pendekatan.value, jpt=jpt, status=ev.status.value,
            capaian=self.capaian(unit_id, skp.tahun, ev.periode), rhk=self.rhk(skp, ev),
            perilaku=self.perilaku(skp, ev),
            rating_hasil=ev.rating_hasil.value if ev.rating_hasil else "",
            rating_perilaku=ev.rating_perilaku.value if ev.rating_perilaku else "",
            predikat=ev.predikat.value if ev.predikat else "", catatan=ev.catatan,
            ditetapkan_pada=ev.ditetapkan_pada,
        )  # fmt: skip

    def dokumen_form(self, evaluasi_id: int) -> DokumenForm:
        ev = get_evaluasi(self.db, evaluasi_id)
        skp = get_skp(self.db, ev.skp_id)
        penilai, atasan = self.appraisers(skp, ev)
        unit_id = self.staff(skp.staff_id).unit_id
        return DokumenForm(
            record_uuid=ev.uuid or "", instansi=self.office.instansi, tahun=skp.tahun,
            periode=ev.periode, pegawai=self.person(skp.staff_id), penilai=penilai,
            atasan_penilai=atasan, status=ev.status.value,
            capaian=self.capaian(unit_id, skp.tahun, ev.periode),
            predikat=ev.predikat.value if ev.predikat else "", catatan=ev.catatan,
            ditetapkan_pada=ev.ditetapkan_pada, emblem=self.office.emblem,
        )  # fmt: skip


def approved_on(db: sqlite_utils.Database, skp: Skp) -> date | None:
    """The day an approved SKP was (last) approved, from the audit log; None for an SKP not
    approved, or one that came without its history (an import): the date is then written by
    hand rather than guessed. The log's UTC time is read in the PC's own time zone."""
    if skp.status is not SkpState.DISETUJUI or not skp.uuid:
        return None
    approvals = [
        e["at"] for e in audit.entries_for(db, skp.uuid)
        if e["table_name"] == "skp" and e["action"] == Action.SETUJUI.value
    ]  # fmt: skip
    if not approvals:
        return None
    moment = datetime.fromisoformat(approvals[-1].replace("Z", "+00:00"))
    return moment.astimezone().date()


def _snapshotted(ev: Evaluasi) -> bool:
    return bool(ev.penilai.nama or ev.penilai.nip)


def skp_form(db: sqlite_utils.Database, skp_id: int) -> SkpForm:
    access.require_skp(db, Perm.PRINT_FORMS, skp_id=skp_id)
    return Loader(db).skp_form(skp_id)


def evaluasi_form(db: sqlite_utils.Database, evaluasi_id: int) -> EvaluasiForm:
    access.require_evaluasi(db, Perm.PRINT_FORMS, evaluasi_id=evaluasi_id)
    return Loader(db).evaluasi_form(evaluasi_id)


def dokumen_form(db: sqlite_utils.Database, evaluasi_id: int) -> DokumenForm:
    access.require_evaluasi(db, Perm.PRINT_FORMS, evaluasi_id=evaluasi_id)
    return Loader(db).dokumen_form(evaluasi_id)


def unit_capaian(db: sqlite_utils.Database, unit_id: int | None, tahun: int, periode: str) -> str:
    """The capaian of the unit, or of the nearest unit above it that has one; "" if none."""
    return Loader(db).capaian(unit_id, tahun, periode)


def rekap_form(db: sqlite_utils.Database, unit_id: int, tahun: int, periode: str) -> RekapForm:
    """Everyone active in the unit and its sub-units for the year and period, judged against
    the capaian the unit's evaluations print (its own, else the nearest above it): the rekap
    of a sub-unit and of its OPD apply the same quotas."""
    access.require(db, Perm.REPORTS, unit_id=unit_id)
    code = parse_period(periode).code
    loader = Loader(db)
    unit = loader.tree.by_id[unit_id]
    ws = load_workspace(db, unit_id, loader.tree.subtree_ids(unit_id), tahun, code)
    tanpa_skp = tuple(
        RekapPerson(r.nip, r.nama, r.jabatan, r.unit_nama, "Belum ada SKP") for r in ws.without_skp
    )
    belum = tuple(
        RekapPerson(r.nip, r.nama, r.jabatan, r.unit_nama,
                    "Belum ada evaluasi" if r.evaluasi_id is None else "Rating belum lengkap")
        for r in ws.not_evaluated
    )  # fmt: skip
    return RekapForm(
        record_uuid=unit.uuid or "", instansi=loader.office.instansi, tahun=tahun, periode=code,
        unit_kode=unit.kode, unit_nama=unit.nama,
        capaian=loader.capaian(unit_id, tahun, code), pegawai_aktif=len(ws.rows),
        counts=tuple((p.value, n) for p, n in ws.counts.items()), tanpa_skp=tanpa_skp,
        belum_dinilai=belum, kepala=loader.person(unit.kepala_id),
    )  # fmt: skip


# -- finding what to print ---------------------------------------------------------------------


def staff_by_nip(db: sqlite_utils.Database, nip: str):
    try:
        digits = normalize_digits(nip)
    except KinerjaError:
        digits = nip
    staff = find_by_nip(db, digits)
    if staff is None:
        raise ReportError("nip", nip=nip)
    return staff


def skp_of(db: sqlite_utils.Database, nip: str, tahun: int) -> Skp:
    staff = staff_by_nip(db, nip)
    return staff_skp(db, required_id(staff), tahun, staff.nama)


def evaluasi_of(db: sqlite_utils.Database, nip: str, tahun: int, periode: str | None) -> Evaluasi:
    if not periode:
        raise ReportError("period_needed")
    staff = staff_by_nip(db, nip)
    return staff_evaluasi(db, required_id(staff), tahun, periode, staff.nama)


def staff_skp(db: sqlite_utils.Database, staff_id: int, tahun: int, nama: str = "") -> Skp:
    """The employee's SKP of the year; ``no_skp`` (with ``nama`` or the record's) if none."""
    skp = find_skp(db, staff_id, tahun)
    if skp is None:
        raise ReportError("no_skp", nama=nama or get_staff(db, staff_id).nama, tahun=tahun)
    return skp


def staff_evaluasi(
    db: sqlite_utils.Database, staff_id: int, tahun: int, periode: str | None, nama: str = ""
) -> Evaluasi:
    """The employee's evaluation of the period; ``no_skp`` / ``no_evaluasi`` if not there yet."""
    if not periode:
        raise ReportError("period_needed")
    code = parse_period(periode).code
    ev = find_evaluasi(db, required_id(staff_skp(db, staff_id, tahun, nama)), code)
    if ev is None:
        nama = nama or get_staff(db, staff_id).nama
        raise ReportError("no_evaluasi", nama=nama, periode=code, tahun=tahun)
    return ev


def person_form(
    db: sqlite_utils.Database, kind: str, staff_id: int, tahun: int, periode: str, nama: str = ""
):
    """An employee's SKP, evaluation or dokumen evaluasi, as the Cetak menu and the command
    line print them (the same messages when it is not there yet)."""
    if FormKind(kind) is FormKind.SKP:
        skp = staff_skp(db, staff_id, tahun, nama)
        return load_form(db, kind, required_id(skp), tahun, periode)
    ev = staff_evaluasi(db, staff_id, tahun, periode, nama)
    return load_form(db, kind, required_id(ev), tahun, ev.periode)


def unit_id_by_kode(db: sqlite_utils.Database, kode: str) -> int:
    for unit in list_units(db):
        if unit.kode == kode:
            return unit.id or 0
    raise ReportError("unit", kode=kode)


def load_form(db: sqlite_utils.Database, kind: str, record_id: int, tahun: int, periode: str):
    """The form of ``kind`` for a record id (an SKP, an evaluation, or a unit for the rekap)."""
    kind = FormKind(kind)
    if kind is FormKind.SKP:
        return skp_form(db, record_id)
    if kind is FormKind.EVALUASI:
        return evaluasi_form(db, record_id)
    if kind is FormKind.DOKUMEN:
        return dokumen_form(db, record_id)
    return rekap_form(db, record_id, tahun, periode)
