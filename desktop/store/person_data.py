"""Everything the database holds about one employee, for the "Laporan Data Pribadi" (the right
of access, UU 27/2022): the staff record with codes named, riwayat, SKPs with their RHK and IKI,
evaluations, public feedback, PP 46 appraisals and the accounts linked to the person.

Each part is a ``Section`` of named columns and plain rows, so the report prints what is
stored without knowing the tables. Password hashes are never read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlite_utils

_STAFF_SQL = """
SELECT s.nip, s.nip_lama, s.gelar_depan, s.nama, s.gelar_belakang, s.tempat_lahir,
       s.tanggal_lahir, s.jenis_kelamin, ag.nama AS agama_id, sp.nama AS status_perkawinan_id,
       upper(s.status) AS status, s.jenis_pegawai, s.golongan, s.tmt_golongan, s.tmt_cpns,
       s.tmt_pns, s.jabatan, jj.nama AS jenis_jabatan, jf.nama AS jenjang,
       es.kode AS eselon_id, u.nama AS unit_id,
       CASE WHEN a.id IS NULL THEN NULL ELSE a.nama || ' (' || a.nip || ')' END AS atasan_id,
       s.tmt_jabatan, pd.nama AS pendidikan, s.tahun_lulus, s.nik, s.email, s.no_hp, s.alamat,
       kh.nama AS kedudukan_hukum, s.siasn_id, s.aktif, s.nonaktif_alasan, s.nonaktif_tanggal,
       s.kontrak_selesai, s.updated_at
FROM staff s
LEFT JOIN ref_agama ag ON ag.id = s.agama_id
LEFT JOIN ref_status_perkawinan sp ON sp.id = s.status_perkawinan_id
LEFT JOIN ref_jenis_jabatan jj ON jj.kode = s.jenis_jabatan
LEFT JOIN ref_jenjang_fungsional jf ON jf.kode = s.jenjang
LEFT JOIN ref_eselon es ON es.id = s.eselon_id
LEFT JOIN unit u ON u.id = s.unit_id
LEFT JOIN staff a ON a.id = s.atasan_id
LEFT JOIN ref_pendidikan pd ON pd.kode = s.pendidikan
LEFT JOIN ref_kedudukan_hukum kh ON kh.id = s.kedudukan_hukum
WHERE s.id = :sid
"""

# (section code, SQL over :sid); the columns are those the SQL names
_LISTS: tuple[tuple[str, str], ...] = (
    ("riwayat_jabatan", "SELECT jabatan, unit_nama, tmt, nomor_sk, tanggal_sk "
     "FROM riwayat_jabatan WHERE staff_id = :sid ORDER BY urutan, id"),
    ("riwayat_golongan", "SELECT golongan, tmt, nomor_sk, tanggal_sk "
     "FROM riwayat_golongan WHERE staff_id = :sid ORDER BY urutan, id"),
    ("riwayat_pendidikan", "SELECT jenjang, nama_sekolah, jurusan, tahun_lulus "
     "FROM riwayat_pendidikan WHERE staff_id = :sid ORDER BY urutan, id"),
    ("riwayat_diklat", "SELECT d.nama, coalesce(j.nama, d.jenis) AS jenis, d.penyelenggara, "
     "d.tanggal_mulai, d.tanggal_selesai, d.jp, d.nomor_sertifikat FROM riwayat_diklat d "
     "LEFT JOIN ref_jenis_pengembangan j ON j.kode = d.jenis "
     "WHERE d.staff_id = :sid ORDER BY d.urutan, d.id"),
    ("riwayat_penghargaan", "SELECT nama, pemberi, tahun, nomor_sk "
     "FROM riwayat_penghargaan WHERE staff_id = :sid ORDER BY urutan, id"),
    ("skp", "SELECT k.tahun, k.pendekatan, k.status, "
     "coalesce(p.nama, l.nama, '') AS penilai_id, k.alasan, k.updated_at "
     "FROM skp k LEFT JOIN staff p ON p.id = k.penilai_id "
     "LEFT JOIN pejabat_luar l ON l.id = k.penilai_luar_id "
     "WHERE k.staff_id = :sid ORDER BY k.tahun"),
    ("rhk", "SELECT k.tahun, r.jenis, r.uraian, "
     "(SELECT group_concat(i.aspek || ': ' || i.indikator || ' — ' || i.target, '\n') "
     " FROM iki i WHERE i.rhk_id = r.id) AS iki "
     "FROM rhk r JOIN skp k ON k.id = r.skp_id WHERE k.staff_id = :sid "
     "ORDER BY k.tahun, r.jenis DESC, r.urutan, r.id"),
    ("evaluasi", "SELECT k.tahun, e.periode, e.status, e.rating_hasil, e.rating_perilaku, "
     "e.predikat, e.catatan, e.penilai_nama, e.ditetapkan_pada "
     "FROM evaluasi e JOIN skp k ON k.id = e.skp_id WHERE k.staff_id = :sid "
     "ORDER BY k.tahun, e.periode"),
    ("umpan_balik_masyarakat", "SELECT tahun, periode, tanggal, sumber, isi, sentimen "
     "FROM umpan_balik_masyarakat WHERE staff_id = :sid ORDER BY tahun, periode, id"),
    ("penilaian_pp46", "SELECT tahun, nilai_skp, nilai_perilaku, nilai_prestasi, sebutan, "
     "penilai_nama FROM penilaian_pp46 WHERE staff_id = :sid ORDER BY tahun"),
    # the talent inputs (issue 14), after the appraisal history
    ("riwayat_hukuman", "SELECT kategori, tingkat, jenis, nomor_sk, tanggal_sk, tmt, selesai, "
     "keterangan FROM riwayat_hukuman WHERE staff_id = :sid ORDER BY urutan, id"),
    ("asesmen", "SELECT tanggal, jpm, lembaga, metode, keterangan "
     "FROM asesmen WHERE staff_id = :sid ORDER BY tanggal"),
    ("riwayat_pak", "SELECT tanggal, nomor_sk, jenjang, golongan, ak_kumulatif, keterangan "
     "FROM riwayat_pak WHERE staff_id = :sid ORDER BY tanggal, id"),
    ("akun", "SELECT username, nama, role, aktif, dibuat, login_terakhir "
     "FROM akun WHERE staff_id = :sid ORDER BY username"),
)  # fmt: skip


@dataclass(frozen=True)
class Section:
    code: str  # the table it comes from (``audit_terms.table_label`` names it)
    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]


def held_about(db: sqlite_utils.Database, staff_id: int) -> list[Section]:
    """The staff record first (one row), then every list, empty ones included (the report
    says "tidak ada" rather than leaving a reader to wonder)."""
    sections = [_section(db, "staff", _STAFF_SQL, staff_id)]
    sections += [_section(db, code, sql, staff_id) for code, sql in _LISTS]
    return sections


def _section(db: sqlite_utils.Database, code: str, sql: str, staff_id: int) -> Section:
    cursor = db.execute(sql, {"sid": staff_id})
    columns = tuple(d[0] for d in cursor.description)
    return Section(code, columns, [tuple(row) for row in cursor.fetchall()])
