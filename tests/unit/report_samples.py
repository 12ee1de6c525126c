"""Forms built directly as dataclasses (no database): realistic, long names with gelar, long
RHK text, fixed dates and codes, for golden renders and layout tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from desktop.reports.model import (
    DokumenForm,
    EvaluasiForm,
    Identity,
    IkiRow,
    PerilakuRow,
    PrintOptions,
    RekapForm,
    RekapPerson,
    RhkRow,
    SkpForm,
)

INSTANSI = "Pemerintah Kabupaten Kepahiang"
PEGAWAI = Identity(
    "Dr. Hj. Rr. Siti Nurhaliza Kusumawardhani, S.Sos., M.Si., M.Kom.",
    "198609262015052001",
    "Penata Muda Tingkat I (III/b)",
    "Analis Sumber Daya Manusia Aparatur Ahli Pertama",
    "Sub Bidang Pengembangan Kompetensi Aparatur, Bidang Pengembangan Sumber Daya Manusia",
)
PENILAI = Identity(
    "Ir. Ahmad Fauzi Rahmatullah, M.T.",
    "197501012000031002",
    "Pembina Tingkat I (IV/b)",
    "Kepala Bidang Pengembangan Sumber Daya Manusia",
    "Bidang Pengembangan Sumber Daya Manusia",
)
ATASAN = Identity(
    "Drs. H. Bambang Sutrisno, M.M.",
    "196805121990031004",
    "Pembina Utama Muda (IV/c)",
    "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
    "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
)
BERAKHLAK = (
    (1, "Berorientasi Pelayanan", ("Memahami dan memenuhi kebutuhan masyarakat",
     "Ramah, cekatan, solutif, dan dapat diandalkan", "Melakukan perbaikan tiada henti")),
    (2, "Akuntabel", ("Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan "
     "berintegritas tinggi", "Menggunakan kekayaan dan barang milik negara secara bertanggung "
     "jawab, efektif, dan efisien", "Tidak menyalahgunakan kewenangan jabatan")),
    (3, "Kompeten", ("Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah",
     "Membantu orang lain belajar", "Melaksanakan tugas dengan kualitas terbaik")),
    (4, "Harmonis", ("Menghargai setiap orang apapun latar belakangnya",
     "Suka menolong orang lain", "Membangun lingkungan kerja yang kondusif")),
    (5, "Loyal", ("Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik "
     "Indonesia Tahun 1945, setia kepada Negara Kesatuan Republik Indonesia serta pemerintahan "
     "yang sah", "Menjaga nama baik sesama ASN, Pimpinan, Instansi, dan Negara",
     "Menjaga rahasia jabatan dan negara")),
    (6, "Adaptif", ("Cepat menyesuaikan diri menghadapi perubahan",
     "Terus berinovasi dan mengembangkan kreativitas", "Bertindak proaktif")),
    (7, "Kolaboratif", ("Memberi kesempatan kepada berbagai pihak untuk berkontribusi",
     "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
     "Menggerakkan pemanfaatan berbagai sumberdaya untuk tujuan bersama")),
)  # fmt: skip
EKSPEKTASI = (
    "Memberikan layanan administrasi kepegawaian yang cepat dan ramah",
    "Menyelesaikan usulan tepat waktu tanpa kesalahan data",
    "Mengikuti paling sedikit 20 JP pengembangan kompetensi",
    "",
    "",
    "Mengusulkan satu inovasi layanan",
    "",
)
OPTIONS = PrintOptions(
    paper="a4",
    kota="Kepahiang",
    tanggal=date(2026, 4, 3),
    code="7KQ2M-9XH4D",
    qr_payload="KL1:7KQ2M-9XH4D:DOKUMEN:0123456789ABCDEF0123456789ABCDEF:3F2A9C81D07BE455",
)


def perilaku(umpan_balik: bool = False) -> tuple[PerilakuRow, ...]:
    return tuple(
        PerilakuRow(n, nilai, panduan, EKSPEKTASI[n - 1],
                    "Sudah sesuai ekspektasi; pertahankan." if umpan_balik else "")
        for n, nilai, panduan in BERAKHLAK
    )  # fmt: skip


def rhk_rows(count: int = 3, *, evaluasi: bool = False, jpt: bool = False) -> tuple[RhkRow, ...]:
    """``count`` RHK, the last one Tambahan; two or three IKI each; a JPT's RHK name their
    perspektif."""
    rows = []
    for i in range(1, count + 1):
        iki = (
            IkiRow("kuantitas", f"Jumlah dokumen usulan kenaikan pangkat dan mutasi pegawai yang "
                   f"diverifikasi secara lengkap (RHK {i})", "450 dokumen",
                   "130 dokumen" if evaluasi else "",
                   "Capaian sesuai rencana; percepat verifikasi berkas di bulan Maret."
                   if evaluasi else ""),
            IkiRow("kualitas", "Persentase usulan yang diterima BKN tanpa pengembalian", "95 %",
                   "97 %" if evaluasi else ""),
            IkiRow("waktu", "Rata-rata waktu verifikasi satu berkas usulan", "3 hari kerja",
                   "2,5 hari kerja" if evaluasi else ""),
        )  # fmt: skip
        rows.append(
            RhkRow(
                "tambahan" if i == count and count > 1 else "utama",
                f"Terlaksananya verifikasi dan pengelolaan usulan layanan kepegawaian secara "
                f"akurat, tepat waktu dan akuntabel (RHK {i})",
                "Meningkatnya kualitas pelayanan administrasi kepegawaian di lingkungan "
                "Pemerintah Kabupaten Kepahiang",
                ("Penerima Layanan" if i % 2 else "Proses Bisnis Internal") if jpt else "",
                iki[: 2 + (i % 2)],
            )
        )
    return tuple(rows)


def skp(rhk: int = 3, **overrides) -> SkpForm:
    jpt = bool(overrides.get("jpt"))
    values = dict(
        record_uuid="0f3c2a6e9b8d4c1fa7e5d3b2c1a09f8e", instansi=INSTANSI, tahun=2026,
        pegawai=PEGAWAI, penilai=PENILAI, status="disetujui", rhk=rhk_rows(rhk, jpt=jpt),
        perilaku=perilaku(),
        dukungan_sumber_daya="Aplikasi SIASN dan akses internet kantor\nAnggaran perjalanan dinas",
        skema_pertanggungjawaban="Laporan bulanan kepada Kepala Bidang\nLaporan triwulan",
        konsekuensi="Keterlambatan layanan menurunkan capaian unit kerja",
        disetujui_pada=date(2026, 1, 9),
    )  # fmt: skip
    values.update(overrides)
    return SkpForm(**values)


def evaluasi(rhk: int = 3, **overrides) -> EvaluasiForm:
    jpt = bool(overrides.get("jpt"))
    values = dict(
        record_uuid="5a1d8c3e7f2b4a6c9d0e1f2a3b4c5d6e", instansi=INSTANSI, tahun=2026,
        periode="TW1", pegawai=PEGAWAI, penilai=PENILAI, status="ditetapkan", capaian="baik",
        rhk=rhk_rows(rhk, evaluasi=True, jpt=jpt), perilaku=perilaku(True), rating_hasil="di_atas",
        rating_perilaku="sesuai", predikat="baik", ditetapkan_pada=date(2026, 4, 3),
    )  # fmt: skip
    values.update(overrides)
    return EvaluasiForm(**values)


def dokumen(**overrides) -> DokumenForm:
    values = dict(
        record_uuid="5a1d8c3e7f2b4a6c9d0e1f2a3b4c5d6e", instansi=INSTANSI, tahun=2026,
        periode="TW1", pegawai=PEGAWAI, penilai=PENILAI, atasan_penilai=ATASAN,
        status="ditetapkan", capaian="baik", predikat="sangat_baik",
        catatan="Pertahankan kecepatan layanan; ikuti pelatihan manajemen proyek pada triwulan II.",
        ditetapkan_pada=date(2026, 4, 3),
    )  # fmt: skip
    values.update(overrides)
    return DokumenForm(**values)


def rekap(**overrides) -> RekapForm:
    people = tuple(
        RekapPerson(f"19900101201903100{n}", f"Pegawai Contoh {n}, S.E.", "Pengelola Keuangan",
                    "Sub Bagian Keuangan", "Belum ada evaluasi")
        for n in range(1, 4)
    )  # fmt: skip
    values = dict(
        record_uuid="9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b", instansi=INSTANSI, tahun=2026,
        periode="TW1", unit_kode="1.03", unit_nama="Badan Kepegawaian dan Pengembangan SDM",
        capaian="baik", pegawai_aktif=48,
        counts=(("sangat_baik", 9), ("baik", 30), ("butuh_perbaikan", 2), ("kurang", 1),
                ("sangat_kurang", 0)),
        tanpa_skp=people[:1], belum_dinilai=people, kepala=ATASAN,
    )  # fmt: skip
    values.update(overrides)
    return RekapForm(**values)


def options(**overrides) -> PrintOptions:
    return replace(OPTIONS, **overrides)
