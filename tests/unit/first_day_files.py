"""Messy staff lists as real offices and SIASN hand them over, for the first-day tests.

``office_list`` is an office's own sheet (title rows, mixed header spellings, NIPs with spaces,
dots and apostrophes, dates as Excel dates and as text, blank rows, a duplicate and an
invalid NIP, a misspelt unit, units in different case and punctuation, PNS, CPNS and PPPK).
``siasn_records`` is SIASN's data utama; ``siasn_json`` and ``siasn_sheet`` write it as the
web service's JSON and as a download with UPPER_SNAKE headers.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl

# (row in the sheet → why it is refused) for office_list: the test checks every one is named.
OFFICE_BAD_ROWS = {14: "duplicate", 15: "nip", 16: "near miss"}
OFFICE_GOOD = 9  # rows that import


def office_list(path: Path) -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Pegawai"
    ws.append(["DAFTAR PEGAWAI KEADAAN 1 JANUARI 2026"])
    ws.append([])
    ws.append(
        [
            "No",
            "NIP",
            "Nama Lengkap",
            "Gelar Belakang",
            "L/P",
            "Tgl. Lahir",
            "Status ASN",
            "Gol/Ruang",
            "TMT Gol",
            "Jabatan",
            "Unit Induk",
            "Unit Kerja",
            "Keterangan",
        ]
    )
    rows: list[list[Any]] = [
        [1, "19700312 199503 1 002", "Budi Santoso", "S.K.M., M.Kes.", "L",
         datetime(1970, 3, 12), "PNS", "IV/b", "01-04-2020", "Kepala Dinas Kesehatan",
         "Dinas Kesehatan", "Dinas Kesehatan", ""],
        [2, "19860926 201505 1 001", "Andi Wijaya", "S.Gz.", "L", datetime(1986, 9, 26), "PNS",
         "III/b", datetime(2019, 4, 1), "Nutrisionis Ahli Pertama", "Dinas Kesehatan",
         "Seksi Gizi", ""],
        [3, "19900101.201801.2.002", "Maria Ulfa", "", "P", "01-01-1990", "pns",
         "Penata Muda Tingkat I (III/b)", "01-04-2022", "Pengelola Data",
         "DINAS KESEHATAN", "Seksi  Gizi.", ""],
        [4, "'198803152010011003", "Rudi Hartono", "S.Sos.", "L", "15 Maret 1988", "PNS",
         "III/d", "01-10-2021", "Kepala Bidang Mutasi",
         "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Bidang Mutasi", ""],
        [5, "199107072015032004", "Sari Dewi", "S.Kom.", "P", "07-07-1991", "PNS", "III/c",
         "01-04-2023", "Analis Kepegawaian Ahli Muda", "BKPSDM", "Bidang Mutasi", ""],
        [],
        [6, "199203102023212001", "Wulan Sari", "A.Md.Kep.", "P", "10 Maret 1992", "PPPK", "VII",
         "01-03-2023", "Perawat Terampil", "Dinas Kesehatan", "Puskesmas Sukamaju", ""],
        [7, "200001152024011001", "Fajar Nugraha", "S.Pd.", "L", "15-01-2000", "CPNS", "III/a",
         "01-01-2024", "Guru Ahli Pertama", "Dinas Pendidikan", "", ""],
        [8, "19851120 201001 2 005", "Nur Aini", "", "P", datetime(1985, 11, 20), "PNS", "III/a",
         "01-04-2018", "Pengadministrasi Umum", "dinas pendidikan", "Sekretariat", ""],
        [9, "19820505 200801 1 006", "Agus Salim", "S.E.", "L", "05-05-1982", "PNS", "III/d",
         "01-10-2019", "Sekretaris Dinas", "Dinas Kesehatan", "Sekretariat", ""],
        [10, "19860926 201505 1 001", "Andi Wijaya (dobel)", "", "L", "26-09-1986", "PNS",
         "III/b", "", "Nutrisionis", "Dinas Kesehatan", "Seksi Gizi", "baris ganda"],
        [11, "19861332 201505 1 001", "Salah Tanggal", "", "L", "", "PNS", "III/a", "",
         "Pengadministrasi", "Dinas Kesehatan", "", ""],
        [12, "19930303 201903 2 007", "Tika Rahma", "A.Md.", "P", "03-03-1993", "PNS", "II/c",
         "01-03-2021", "Pengelola Keuangan", "Dinas Kesehtan", "Sekretariat", ""],
        [],
    ]  # fmt: skip
    for row in rows:
        ws.append(row)
    target = path / "daftar_pegawai.xlsx"
    book.save(target)
    return target


def siasn_records(later: bool = False) -> list[dict[str, Any]]:
    """Four people in a two-level tree; ``later`` is a download a year on (a promotion, a new
    jabatan, a CPNS made PNS)."""
    people = [
        _person("1a2b3c", "197503152000031002", "Hendra Gunawan", "", "S.T., M.T.", "1975-03-15",
                "M", "P", "PNS DAERAH KABUPATEN/KOTA", "Pembina Tingkat I (IV/b)", "01-04-2021",
                "Jabatan Struktural", "Kepala Dinas Pekerjaan Umum dan Penataan Ruang",
                "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
                "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "S-2 TEKNIK SIPIL", 2005),
        _person("4d5e6f", "198607142010012003", "Rina Marlina", "", "S.T.", "1986-07-14", "F",
                "P", "PNS DAERAH KABUPATEN/KOTA", "III/b", "01-04-2019",
                "Jabatan Fungsional Tertentu", "Teknik Jalan dan Jembatan Ahli Pertama",
                "BIDANG BINA MARGA", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "S-1 TEKNIK SIPIL",
                2008),
        _person("7a8b9c", "199511202024011001", "Dimas Pratama", "", "A.Md.", "1995-11-20", "M",
                "C", "PNS DAERAH KABUPATEN/KOTA", "II/c", "01-01-2024",
                "Jabatan Fungsional Umum", "Pengadministrasi Perkantoran", "BIDANG BINA MARGA",
                "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "D-III TEKNIK SIPIL", 2017),
        _person("0f1e2d", "199008082023211004", "Yoga Saputra", "", "S.T.", "1990-08-08", "M",
                "P", "PPPK", "IX", "01-04-2023", "Jabatan Fungsional Tertentu",
                "Teknik Pengairan Ahli Pertama", "BIDANG SUMBER DAYA AIR",
                "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "S-1 TEKNIK SIPIL", 2013),
    ]  # fmt: skip
    if later:
        rina = people[1]
        rina.update(golRuangAkhir="Penata (III/c)", tmtGolAkhir="01-04-2023",
                    jabatanNama="Teknik Jalan dan Jembatan Ahli Muda", tmtJabatan="01-06-2023",
                    unorNama="BIDANG SUMBER DAYA AIR")  # fmt: skip
        dimas = people[2]
        dimas.update(statusPegawai="P", tmtPns="01-01-2025")
    return people


def _person(
    pid: str, nip: str, nama: str, depan: str, belakang: str, lahir: str, jk: str, status: str,
    jenis: str, gol: str, tmt_gol: str, jenis_jab: str, jabatan: str, unor: str, induk: str,
    pendidikan: str, lulus: int,
) -> dict[str, Any]:  # fmt: skip
    y, m, d = lahir.split("-")
    tmt_cpns = f"01-{nip[12:14]}-{nip[8:12]}" if nip[12:14] != "21" else ""
    return {
        "id": pid, "nipBaru": nip, "nipLama": "", "nama": nama.upper(), "gelarDepan": depan,
        "gelarBelakang": belakang, "tempatLahir": "BANDUNG", "tglLahir": f"{d}-{m}-{y}",
        "jenisKelamin": jk, "agama": "Islam", "nik": "", "noHp": "081234567890",
        "alamat": "Jl. Merdeka No. 1", "statusPegawai": status, "jenisPegawaiNama": jenis,
        "kedudukanPnsNama": "Aktif", "tmtCpns": tmt_cpns,
        "tmtPns": "" if status != "P" or jenis == "PPPK" else tmt_cpns,
        "unorNama": unor, "unorIndukNama": induk, "instansiKerjaNama": "Pemerintah Kab. Contoh",
        "jenisJabatan": jenis_jab, "jabatanNama": jabatan, "tmtJabatan": tmt_gol,
        "golRuangAkhir": gol, "tmtGolAkhir": tmt_gol, "pendidikanTerakhirNama": pendidikan,
        "tahunLulus": lulus, "eselon": None, "riwayat": [],
    }  # fmt: skip


def siasn_json(path: Path, records: list[dict[str, Any]], name: str = "siasn.json") -> Path:
    target = path / name
    target.write_text(json.dumps({"code": 1, "data": records}, indent=1), encoding="utf-8")
    return target


# SIASN download column → JSON field.
SHEET_COLUMNS = {
    "PNS_ID": "id", "NIP_BARU": "nipBaru", "NIP_LAMA": "nipLama", "NAMA": "nama",
    "GELAR_DEPAN": "gelarDepan", "GELAR_BELAKANG": "gelarBelakang",
    "TEMPAT_LAHIR_NAMA": "tempatLahir", "TANGGAL_LAHIR": "tglLahir",
    "JENIS_KELAMIN": "jenisKelamin", "AGAMA_NAMA": "agama", "NIK": "nik", "NOMOR_HP": "noHp",
    "ALAMAT": "alamat", "STATUS_CPNS_PNS": "statusPegawai",
    "JENIS_PEGAWAI_NAMA": "jenisPegawaiNama", "KEDUDUKAN_HUKUM_NAMA": "kedudukanPnsNama",
    "TMT_CPNS": "tmtCpns", "TMT_PNS": "tmtPns", "GOL_AKHIR_NAMA": "golRuangAkhir",
    "TMT_GOLONGAN": "tmtGolAkhir", "JENIS_JABATAN_NAMA": "jenisJabatan",
    "JABATAN_NAMA": "jabatanNama", "TMT_JABATAN": "tmtJabatan", "UNOR_NAMA": "unorNama",
    "UNOR_INDUK_NAMA": "unorIndukNama", "INSTANSI_KERJA_NAMA": "instansiKerjaNama",
    "PENDIDIKAN_NAMA": "pendidikanTerakhirNama", "TAHUN_LULUS": "tahunLulus",
}  # fmt: skip


def siasn_sheet(path: Path, records: list[dict[str, Any]], name: str = "siasn.xlsx") -> Path:
    """The same records as SIASN's spreadsheet download: dates as Excel dates, M/F as is."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(list(SHEET_COLUMNS))
    for record in records:
        ws.append([_cell(column, record.get(field)) for column, field in SHEET_COLUMNS.items()])
    target = path / name
    book.save(target)
    return target


def _cell(column: str, value: Any) -> Any:
    if column.startswith(("TANGGAL", "TMT")) and value:
        d, m, y = value.split("-")
        return datetime(int(y), int(m), int(d))
    return value


def birth(nip: str) -> date:
    return date(int(nip[:4]), int(nip[4:6]), int(nip[6:8]))
