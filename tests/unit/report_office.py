"""A small office with SKPs and evaluations, built through the store, for the report tests:
a BKPSDM with a head, a bidang with its head, three staff (long names with gelar), SKPs whose
RHK intervene the head's, TW1 evaluations (two set, one only rated) and one person without
an SKP."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import sqlite_utils

from desktop.core.appraisal import CapaianOrganisasi, Rating
from desktop.core.models import Gender, JenisJabatan, Staff, Unit, UnitJenis
from desktop.core.skp import Aspek, Iki, Rhk
from desktop.core.workflow import Action, Role
from desktop.store import evaluasi as ev_store
from desktop.store import skp as skp_store
from desktop.store import staff as staff_store
from desktop.store import units as unit_store
from desktop.store.capaian import set_capaian
from tests.conftest import make_staff

YEAR = 2026
SET_ON = date(2026, 4, 3)


@dataclass
class ReportOffice:
    opd: Unit
    bidang: Unit
    kaban: Staff
    kabid: Staff
    staff: list[Staff] = field(default_factory=list)
    skp: dict[int, int] = field(default_factory=dict)  # staff id -> skp id
    evaluasi: dict[int, int] = field(default_factory=dict)  # staff id -> TW1 evaluation id

    @property
    def siti(self) -> Staff:
        return self.staff[0]


def _person(db, unit: Unit, atasan: Staff | None, **values) -> Staff:
    return staff_store.save_staff(
        db, make_staff(unit_id=unit.id, atasan_id=atasan.id if atasan else None, **values)
    )


def _rhk(n: int, atasan_id: int | None = None, jenis: str = "utama") -> Rhk:
    return Rhk(
        f"Terverifikasinya usulan layanan kepegawaian secara akurat dan tepat waktu ({n})",
        jenis=jenis,
        rhk_atasan_id=atasan_id,
        iki=[
            Iki(f"Jumlah berkas usulan yang diverifikasi lengkap ({n})", Aspek.KUANTITAS,
                "450 berkas"),
            Iki("Persentase usulan diterima BKN tanpa pengembalian", Aspek.KUALITAS, "95 %"),
        ],
    )  # fmt: skip


def make_skp(db, staff: Staff, *, rhk_count: int = 2, atasan_rhk: int | None = None) -> int:
    skp = skp_store.new_skp(staff.id, YEAR)
    skp.rhk = [_rhk(n, atasan_rhk) for n in range(1, rhk_count + 1)]
    skp.rhk.append(_rhk(rhk_count + 1, jenis="tambahan"))
    skp.ekspektasi[0].ekspektasi = "Memberikan layanan administrasi yang cepat dan ramah"
    skp.ekspektasi[2].ekspektasi = "Mengikuti paling sedikit 20 JP pengembangan kompetensi"
    skp.dukungan_sumber_daya = "Aplikasi SIASN\nAnggaran perjalanan dinas"
    skp.skema_pertanggungjawaban = "Laporan bulanan kepada Kepala Bidang"
    skp.konsekuensi = "Keterlambatan layanan menurunkan capaian unit kerja"
    return skp_store.save_skp(db, skp).id


def rate(
    db, skp_id: int, hasil: Rating, perilaku: Rating, *, periode: str = "TW1", tetapkan=True
) -> int:
    ev = ev_store.open_evaluasi(db, skp_id, periode)
    ev.rating_hasil, ev.rating_perilaku = hasil, perilaku
    ev.realisasi[0].realisasi = "130 berkas"
    ev.realisasi[0].umpan_balik = "Capaian sesuai rencana triwulan"
    ev.perilaku[0].umpan_balik = "Layanan ramah, pertahankan"
    ev.catatan = "Ikuti pelatihan manajemen proyek pada triwulan II"
    ev = ev_store.save_evaluasi(db, ev)
    if tetapkan:
        ev_store.transition_evaluasi(db, ev.id, Action.NILAI)
        ev_store.transition_evaluasi(db, ev.id, Action.TETAPKAN, role=Role.PENILAI, today=SET_ON)
    return ev.id


def build_report_office(db: sqlite_utils.Database, *, rhk_count: int = 2) -> ReportOffice:
    office = unit_store.get_office(db)
    office.instansi, office.kota, office.kertas = (
        "Pemerintah Kabupaten Kepahiang",
        "Kepahiang",
        "a4",
    )
    unit_store.save_office(db, office)
    root = unit_store.save_unit(db, Unit("1", "Pemerintah Kabupaten Kepahiang", UnitJenis.INSTANSI))
    opd = unit_store.save_unit(
        db, Unit("1.03", "Badan Kepegawaian dan Pengembangan SDM", UnitJenis.OPD, root.id)
    )
    bidang = unit_store.save_unit(
        db, Unit("1.03.02", "Bidang Pengembangan Sumber Daya Manusia", UnitJenis.BIDANG, opd.id)
    )
    kaban = _person(
        db, opd, None, nip="196805121990031004", nama="Bambang Sutrisno", gelar_depan="Drs. H.",
        gelar_belakang="M.M.", tanggal_lahir=date(1968, 5, 12), tmt_cpns=date(1990, 3, 1),
        golongan="IV/c", jabatan="Kepala Badan", jenis_jabatan=JenisJabatan.JPT,
    )  # fmt: skip
    kabid = _person(
        db, bidang, kaban, nip="197501012000031002", nama="Ahmad Fauzi Rahmatullah",
        gelar_depan="Ir.", gelar_belakang="M.T.", tanggal_lahir=date(1975, 1, 1),
        tmt_cpns=date(2000, 3, 1), golongan="IV/b",
        jabatan="Kepala Bidang Pengembangan Sumber Daya Manusia",
        jenis_jabatan=JenisJabatan.ADMINISTRATOR,
    )  # fmt: skip
    opd.kepala_id, bidang.kepala_id = kaban.id, kabid.id
    opd, bidang = unit_store.save_unit(db, opd), unit_store.save_unit(db, bidang)
    result = ReportOffice(opd, bidang, kaban, kabid)
    people = [
        dict(nip="198609262015052001", nama="Siti Nurhaliza Kusumawardhani", gelar_depan="Dr. Hj.",
             gelar_belakang="S.Sos., M.Si.", jenis_kelamin=Gender.P, golongan="III/b",
             jabatan="Analis Sumber Daya Manusia Aparatur Ahli Pertama"),
        dict(nip="199001152019031003", nama="Rudi Hartono", gelar_belakang="S.Kom.",
             tanggal_lahir=date(1990, 1, 15), tmt_cpns=date(2019, 3, 1), golongan="III/a",
             jabatan="Pranata Komputer Ahli Pertama"),
        dict(nip="199203202020122004", nama="Dewi Lestari", gelar_belakang="A.Md.",
             tanggal_lahir=date(1992, 3, 20), tmt_cpns=date(2020, 12, 1), jenis_kelamin=Gender.P,
             golongan="II/c", jabatan="Pengelola Data Kepegawaian"),
    ]  # fmt: skip
    for values in people:
        result.staff.append(_person(db, bidang, kabid, **values))
    head_skp = make_skp(db, kabid, rhk_count=1)
    head_rhk = skp_store.get_skp(db, head_skp).rhk[0].id
    result.skp[kabid.id] = head_skp
    for person in result.staff[:2]:
        result.skp[person.id] = make_skp(db, person, rhk_count=rhk_count, atasan_rhk=head_rhk)
    set_capaian(db, opd.id, YEAR, "TW1", CapaianOrganisasi.BAIK)
    siti, rudi = result.staff[:2]
    result.evaluasi[siti.id] = rate(db, result.skp[siti.id], Rating.DI_ATAS, Rating.DI_ATAS)
    result.evaluasi[rudi.id] = rate(
        db, result.skp[rudi.id], Rating.SESUAI, Rating.SESUAI, tetapkan=False
    )
    return result
