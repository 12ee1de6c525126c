"""SKP (Sasaran Kinerja Pegawai) and its evaluations as plain dataclasses.

An SKP belongs to one employee and year: RHK Utama/Tambahan (each intervening a superior's RHK)
with one or more IKI (aspek + target), the BerAKHLAK expectations and the lampiran. An
evaluation belongs to one SKP and period: realisasi and umpan balik per IKI, feedback per
BerAKHLAK value, the two ratings, and snapshots of the appraisers taken when it is set.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from desktop.core.appraisal import Predikat, Rating, predikat
from desktop.core.workflow import EvalState, SkpState


class Pendekatan(StrEnum):
    KUANTITATIF = "kuantitatif"
    KUALITATIF = "kualitatif"


class JenisRhk(StrEnum):
    UTAMA = "utama"
    TAMBAHAN = "tambahan"


class Aspek(StrEnum):
    KUANTITAS = "kuantitas"
    KUALITAS = "kualitas"
    WAKTU = "waktu"
    BIAYA = "biaya"


@dataclass
class Iki:
    """Indikator Kinerja Individu: what is measured, on which aspek, to which target."""

    indikator: str
    aspek: Aspek = Aspek.KUANTITAS
    target: str = ""
    id: int | None = None
    uuid: str | None = None


@dataclass
class Rhk:
    """Rencana Hasil Kerja, linked to the superior's RHK it intervenes."""

    uraian: str
    jenis: JenisRhk = JenisRhk.UTAMA
    rhk_atasan_id: int | None = None
    rhk_atasan_text: str = ""  # when the superior's SKP is not in this database
    perspektif: str = ""  # JPT form only
    iki: list[Iki] = field(default_factory=list)
    id: int | None = None
    uuid: str | None = None


@dataclass
class Ekspektasi:
    """Ekspektasi Khusus Pimpinan for one BerAKHLAK value (1–7)."""

    nilai_no: int
    ekspektasi: str = ""
    id: int | None = None
    uuid: str | None = None


@dataclass
class Skp:
    staff_id: int
    tahun: int
    pendekatan: Pendekatan = Pendekatan.KUANTITATIF
    status: SkpState = SkpState.DRAFT
    penilai_id: int | None = None  # None: the atasan langsung
    penilai_luar_id: int | None = None  # an official not on the staff list (PejabatLuar)
    dukungan_sumber_daya: str = ""
    skema_pertanggungjawaban: str = ""
    konsekuensi: str = ""
    alasan: str = ""  # why it was returned or revised, last time
    rhk: list[Rhk] = field(default_factory=list)
    ekspektasi: list[Ekspektasi] = field(default_factory=list)
    id: int | None = None
    uuid: str | None = None

    def all_iki(self) -> list[Iki]:
        return [iki for rhk in self.rhk for iki in rhk.iki]


@dataclass
class Realisasi:
    iki_id: int
    realisasi: str = ""
    bukti_dukung: str = ""
    bukti_berkas: str = ""  # file references, one per line
    umpan_balik: str = ""
    id: int | None = None
    uuid: str | None = None


@dataclass
class UmpanBalikPerilaku:
    nilai_no: int
    umpan_balik: str = ""
    id: int | None = None
    uuid: str | None = None


@dataclass
class Pejabat:
    """Who the appraiser (or their superior) was when the evaluation was set."""

    nama: str = ""
    nip: str = ""
    pangkat: str = ""
    jabatan: str = ""
    unit: str = ""
    status: str = ""  # "asn" / "non_asn" ('' = ASN, as before outside officials existed)


@dataclass
class Evaluasi:
    skp_id: int
    periode: str  # Period code: TW1…TW4, B01…B12, TAHUNAN
    status: EvalState = EvalState.DRAFT
    rating_hasil: Rating | None = None
    rating_perilaku: Rating | None = None
    catatan: str = ""  # catatan / rekomendasi
    alasan: str = ""  # why it was last reopened
    ditetapkan_pada: date | None = None
    realisasi: list[Realisasi] = field(default_factory=list)
    perilaku: list[UmpanBalikPerilaku] = field(default_factory=list)
    penilai: Pejabat = field(default_factory=Pejabat)
    atasan_penilai: Pejabat = field(default_factory=Pejabat)
    id: int | None = None
    uuid: str | None = None

    @property
    def predikat(self) -> Predikat | None:
        """The matrix result once both ratings are given."""
        if self.rating_hasil is None or self.rating_perilaku is None:
            return None
        return predikat(self.rating_hasil, self.rating_perilaku)


@dataclass
class UmpanBalikMasyarakat:
    """Citizen or service-user feedback about one employee, shown beside bukti dukung."""

    staff_id: int
    tahun: int
    periode: str
    isi: str
    sumber: str = ""
    tanggal: date | None = None
    sentimen: str = "netral"  # positif | netral | negatif
    id: int | None = None
    uuid: str | None = None
