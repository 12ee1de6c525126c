"""What a printed form shows, as plain frozen dataclasses.

A renderer takes one of these (and ``PrintOptions``) and returns PDF bytes; ``data.py`` builds
them from the store. Values are already in printable form (names with gelar, pangkat as
"Penata Muda Tingkat I (III/b)"), except ratings, predikat and capaian, which stay codes so a
verification can compare them and the renderer prints their official Indonesian wording.
Everything except ``emblem`` is the form's *content*: it is hashed and snapshotted in the print
log, so a later ``verify`` can say what changed since the page was printed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import ClassVar


class FormKind(StrEnum):
    SKP = "skp"
    EVALUASI = "evaluasi"
    DOKUMEN = "dokumen"
    REKAP = "rekap"


@dataclass(frozen=True)
class Identity:
    """One identity block: NAMA, NIP, PANGKAT/GOL. RUANG, JABATAN, UNIT KERJA."""

    nama: str = ""
    nip: str = ""  # 18 digits, or empty (a political official, a non-ASN appraiser)
    pangkat: str = ""
    jabatan: str = ""
    unit: str = ""


@dataclass(frozen=True)
class IkiRow:
    aspek: str  # kuantitas | kualitas | waktu | biaya
    indikator: str
    target: str
    realisasi: str = ""
    umpan_balik: str = ""


@dataclass(frozen=True)
class RhkRow:
    jenis: str  # utama | tambahan
    uraian: str
    rhk_atasan: str = ""
    perspektif: str = ""
    iki: tuple[IkiRow, ...] = ()


@dataclass(frozen=True)
class PerilakuRow:
    """One BerAKHLAK value with its three panduan perilaku."""

    nilai_no: int
    nilai: str
    panduan: tuple[str, ...]
    ekspektasi: str = ""
    umpan_balik: str = ""


@dataclass(frozen=True)
class SkpForm:
    kind: ClassVar[FormKind] = FormKind.SKP
    record_uuid: str
    instansi: str
    tahun: int
    pegawai: Identity
    penilai: Identity
    pendekatan: str = "kuantitatif"
    jpt: bool = False  # JPT form: INSTANSI instead of UNIT KERJA, a PERSPEKTIF column
    status: str = "draft"  # SkpState value; anything but "disetujui" prints as KONSEP
    rhk: tuple[RhkRow, ...] = ()
    perilaku: tuple[PerilakuRow, ...] = ()
    dukungan_sumber_daya: str = ""
    skema_pertanggungjawaban: str = ""
    konsekuensi: str = ""
    disetujui_pada: date | None = None  # the day it was approved: the date it is signed on

    @property
    def periode(self) -> str:
        return ""

    @property
    def final(self) -> bool:
        return self.status == "disetujui"


@dataclass(frozen=True)
class EvaluasiForm:
    kind: ClassVar[FormKind] = FormKind.EVALUASI
    record_uuid: str
    instansi: str
    tahun: int
    periode: str  # Period code: TW1…TW4, B01…B12, TAHUNAN
    pegawai: Identity
    penilai: Identity
    pendekatan: str = "kuantitatif"
    jpt: bool = False
    status: str = "draft"  # EvalState value; anything but "ditetapkan" prints as KONSEP
    capaian: str = ""  # CapaianOrganisasi value, "" when not set
    rhk: tuple[RhkRow, ...] = ()
    perilaku: tuple[PerilakuRow, ...] = ()
    rating_hasil: str = ""  # Rating value or ""
    rating_perilaku: str = ""
    predikat: str = ""  # Predikat value or ""
    catatan: str = ""
    ditetapkan_pada: date | None = None

    @property
    def final(self) -> bool:
        return self.status == "ditetapkan"


@dataclass(frozen=True)
class DokumenForm:
    """Dokumen Evaluasi Kinerja Pegawai: the one-page sheet of 29 numbered fields."""

    kind: ClassVar[FormKind] = FormKind.DOKUMEN
    record_uuid: str
    instansi: str
    tahun: int
    periode: str
    pegawai: Identity
    penilai: Identity
    atasan_penilai: Identity
    status: str = "draft"
    capaian: str = ""
    predikat: str = ""
    catatan: str = ""
    ditetapkan_pada: date | None = None
    emblem: bytes | None = field(default=None, compare=False, repr=False)  # not content

    @property
    def final(self) -> bool:
        return self.status == "ditetapkan"


@dataclass(frozen=True)
class RekapPerson:
    nip: str
    nama: str
    jabatan: str
    unit: str
    keterangan: str = ""  # why they are listed: no SKP, not rated, ...


@dataclass(frozen=True)
class RekapForm:
    """Per unit (with its sub-units) and period: predikat counts against the quota."""

    kind: ClassVar[FormKind] = FormKind.REKAP
    record_uuid: str  # the unit's uuid
    instansi: str
    tahun: int
    periode: str
    unit_kode: str
    unit_nama: str
    capaian: str = ""
    pegawai_aktif: int = 0
    counts: tuple[tuple[str, int], ...] = ()  # (Predikat value, people), best first
    tanpa_skp: tuple[RekapPerson, ...] = ()
    belum_dinilai: tuple[RekapPerson, ...] = ()
    kepala: Identity = field(default_factory=Identity)

    @property
    def final(self) -> bool:
        return True

    @property
    def dinilai(self) -> int:
        return sum(n for _, n in self.counts)


Form = SkpForm | EvaluasiForm | DokumenForm | RekapForm


@dataclass(frozen=True)
class PrintOptions:
    """How (not what) to print: none of this is part of the verified content."""

    paper: str = "a4"  # a4 | f4
    kota: str = ""  # place in "Kepahiang, 23 November 2026"
    tanggal: date | None = None  # the date beside the place; None: leave it to be written by hand
    code: str = ""  # verification code, "ABCDE-FGHJK"
    qr_payload: str = ""  # what the QR code holds: code, kind, record id and content hash
