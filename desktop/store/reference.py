"""Read the reference lists (golongan, agama, ...) seeded from db/reference/."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils


@dataclass(frozen=True)
class Golongan:
    kode: str
    jenis: str  # "pns" | "pppk"
    pangkat: str
    siasn_id: int | None

    @property
    def label(self) -> str:
        """``Penata Muda Tingkat I (III/b)``; PPPK golongan print bare (``IX``)."""
        return f"{self.pangkat} ({self.kode})" if self.pangkat else self.kode


@dataclass(frozen=True)
class Choice:
    """One entry of a short list shown in a combo box."""

    code: str | int
    name: str


def golongan(db: sqlite_utils.Database, jenis: str | None = None) -> list[Golongan]:
    sql = "SELECT kode, jenis, pangkat, siasn_id FROM ref_golongan"
    params: list[str] = []
    if jenis:
        sql += " WHERE jenis = ?"
        params.append(jenis)
    rows = db.execute(sql + " ORDER BY urutan", params).fetchall()
    return [Golongan(k, j, p or "", s) for k, j, p, s in rows]


_LISTS = {
    "agama": "SELECT id, nama FROM ref_agama ORDER BY id",
    "status_perkawinan": "SELECT id, nama FROM ref_status_perkawinan ORDER BY id",
    "kedudukan_hukum": "SELECT id, nama FROM ref_kedudukan_hukum ORDER BY id",
    "pendidikan": "SELECT kode, nama FROM ref_pendidikan ORDER BY urutan",
    "jenis_jabatan": "SELECT kode, nama FROM ref_jenis_jabatan ORDER BY rowid",
    "jenjang": "SELECT kode, nama FROM ref_jenjang_fungsional ORDER BY urutan",
    "eselon": "SELECT id, kode FROM ref_eselon ORDER BY id",
}


def choices(db: sqlite_utils.Database, name: str) -> list[Choice]:
    """A reference list by name: agama, status_perkawinan, kedudukan_hukum, pendidikan,
    jenis_jabatan, jenjang, eselon."""
    return [Choice(code, label) for code, label in db.execute(_LISTS[name]).fetchall()]


def berakhlak(db: sqlite_utils.Database) -> list[tuple[int, str, int, str]]:
    """(nilai_no, nilai, panduan_no, panduan) for the 7 values × 3 panduan perilaku."""
    return db.execute(
        "SELECT nilai_no, nilai, panduan_no, panduan FROM ref_berakhlak "
        "ORDER BY nilai_no, panduan_no"
    ).fetchall()


def koefisien_ids(db: sqlite_utils.Database) -> dict[str, str]:
    """SIASN's ``koefisienId`` per jenjang fungsional code (``ahli_pertama`` → ``"12"``)."""
    rows = db.execute("SELECT kode, siasn_id FROM ref_jenjang_fungsional").fetchall()
    return {kode: siasn_id for kode, siasn_id in rows if siasn_id}
