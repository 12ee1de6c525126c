CREATE TABLE "_sqlite_migrations" (
   "id" INTEGER PRIMARY KEY,
   "migration_set" TEXT,
   "name" TEXT,
   "applied_at" TEXT
);

CREATE TABLE akun (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL COLLATE NOCASE UNIQUE,
    nama TEXT NOT NULL,
    nip TEXT,
    -- the person behind the account: a pejabat penilai, an atasan, a pegawai (NULL for others)
    staff_id INTEGER REFERENCES staff (id) ON DELETE SET NULL,
    role TEXT NOT NULL
        CHECK (role IN ('admin', 'operator', 'penilai', 'atasan', 'pimpinan', 'pegawai')),
    password_hash TEXT NOT NULL,
    aktif INTEGER NOT NULL DEFAULT 1 CHECK (aktif IN (0, 1)),
    -- failed logins since the last good one; 10 lock the account until `terkunci_sampai`
    gagal INTEGER NOT NULL DEFAULT 0,
    terkunci_sampai TEXT,
    -- set by a password reset: the next login must choose a new password
    harus_ganti INTEGER NOT NULL DEFAULT 0 CHECK (harus_ganti IN (0, 1)),
    dibuat TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    login_terakhir TEXT
) STRICT;

CREATE TABLE akun_unit (
    akun_id INTEGER NOT NULL REFERENCES akun (id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE CASCADE,
    PRIMARY KEY (akun_id, unit_id)
) STRICT;

CREATE TABLE asesmen (
    id INTEGER PRIMARY KEY,
    staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    tanggal TEXT NOT NULL,
    jpm REAL NOT NULL CHECK (jpm BETWEEN 0 AND 100),
    lembaga TEXT NOT NULL DEFAULT '',
    metode TEXT NOT NULL DEFAULT '',
    keterangan TEXT NOT NULL DEFAULT '',
    uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    rev INTEGER NOT NULL DEFAULT 0,
    origin TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    user TEXT NOT NULL,
    action TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_uuid TEXT,
    summary TEXT NOT NULL DEFAULT '',
    before TEXT,
    after TEXT
, akun_id INTEGER, source TEXT NOT NULL DEFAULT 'gui', staff_uuid TEXT, prev_hash TEXT, hash TEXT) STRICT;

CREATE TABLE capaian_organisasi (
    id INTEGER PRIMARY KEY,
    unit_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE CASCADE,
    tahun INTEGER NOT NULL,
    periode TEXT NOT NULL,
    capaian TEXT NOT NULL CHECK (capaian IN ('istimewa', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang')),
    uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    rev INTEGER NOT NULL DEFAULT 0,
    origin TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE central_row (
    id INTEGER PRIMARY KEY,
    table_name TEXT NOT NULL,
    uuid TEXT NOT NULL,
    office_uuid TEXT NOT NULL,
    data TEXT CHECK (data IS NULL OR json_valid(data)),
    updated_at TEXT NOT NULL,
    office_rev INTEGER NOT NULL,
    origin TEXT NOT NULL,
    package INTEGER NOT NULL,
    deleted_at TEXT,
    centre_base TEXT,
    centre_changed_at TEXT,
    centre_changed_by TEXT
) STRICT;

CREATE TABLE evaluasi (
    id INTEGER PRIMARY KEY,
    skp_id INTEGER NOT NULL REFERENCES skp (id) ON DELETE CASCADE,
    periode TEXT NOT NULL CHECK (periode GLOB 'TW[1-4]' OR periode GLOB 'B[01][0-9]' OR periode = 'TAHUNAN'),
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'dinilai', 'ditetapkan')),
    rating_hasil TEXT CHECK (rating_hasil IN ('di_atas', 'sesuai', 'di_bawah')),
    rating_perilaku TEXT CHECK (rating_perilaku IN ('di_atas', 'sesuai', 'di_bawah')),
    predikat TEXT CHECK (predikat IN ('sangat_baik', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang')),
    catatan TEXT NOT NULL DEFAULT '',
    alasan TEXT NOT NULL DEFAULT '',
    ditetapkan_pada TEXT,
    penilai_nama TEXT NOT NULL DEFAULT '',
    penilai_nip TEXT NOT NULL DEFAULT '',
    penilai_pangkat TEXT NOT NULL DEFAULT '',
    penilai_jabatan TEXT NOT NULL DEFAULT '',
    penilai_unit TEXT NOT NULL DEFAULT '',
    atasan_penilai_nama TEXT NOT NULL DEFAULT '',
    atasan_penilai_nip TEXT NOT NULL DEFAULT '',
    atasan_penilai_pangkat TEXT NOT NULL DEFAULT '',
    atasan_penilai_jabatan TEXT NOT NULL DEFAULT '',
    atasan_penilai_unit TEXT NOT NULL DEFAULT '',
    uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    rev INTEGER NOT NULL DEFAULT 0,
    origin TEXT NOT NULL DEFAULT ''
, penilai_status TEXT NOT NULL DEFAULT '' CHECK (penilai_status IN ('', 'asn', 'non_asn')), atasan_penilai_status TEXT NOT NULL DEFAULT '' CHECK (atasan_penilai_status IN ('', 'asn', 'non_asn'))) STRICT;

CREATE TABLE evaluasi_perilaku (
    id INTEGER PRIMARY KEY,
    evaluasi_id INTEGER NOT NULL REFERENCES evaluasi (id) ON DELETE CASCADE,
    nilai_no INTEGER NOT NULL CHECK (nilai_no BETWEEN 1 AND 7),
    umpan_balik TEXT NOT NULL DEFAULT '',
    uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    rev INTEGER NOT NULL DEFAULT 0,
    origin TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE iki (
    id INTEGER PRIMARY KEY,
    rhk_id INTEGER NOT NULL REFERENCES rhk (id) ON DELETE CASCADE,
    urutan INTEGER NOT NULL DEFAULT 0,
    aspek TEXT NOT NULL CHECK (aspek IN ('kuantitas', 'kualitas', 'waktu', 'biaya')),
    indikator TEXT NOT NULL,
    target TEXT NOT NULL DEFAULT '',
    uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    rev INTEGER NOT NULL DEFAULT 0,
    origin TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT
) STRICT;

CREATE TABLE office (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    office_uuid TEXT NOT NULL,
    instansi TEXT NOT NULL DEFAULT '',
    nama_kantor TEXT NOT NULL DEFAULT '',
    kota TEXT NOT NULL DEFAULT '',
    kertas TEXT NOT NULL DEFAULT 'a4' CHECK (kertas IN ('a4', 'f4')),
    emblem BLOB,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
, periode_evaluasi TEXT NOT NULL DEFAULT 'triwulan'
    CHECK (periode_evaluasi IN ('triwulan', 'bulanan'))) STRICT;

CREATE TABLE pejabat_luar (
    id INTEGER PRIMARY KEY,
    nama TEXT NOT NULL CHECK (nama <> ''),
    gelar_depan TEXT NOT NULL DEFAULT '',
    gelar_belakang TEXT NOT NULL DEFAULT '',
    nip TEXT NOT NULL DEFAULT '' CHECK (nip = '' OR nip NOT GLOB '*[^0-9]*'),
    golongan TEXT REFERENCES ref_golongan (kode),
    jabatan TEXT NOT NULL CHECK (jabatan <> ''),
    instansi TEXT NOT NULL DEFAULT '',
    status_asn TEXT NOT NULL DEFAULT 'non_asn' CHECK (status_asn IN ('asn', 'non_asn')),
    aktif INTEGER NOT NULL DEFAULT 1,
    uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    rev INTEGER NOT NULL DEFAULT 0,
    origin TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE pengaturan_talenta (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    gabung_kinerja TEXT NOT NULL DEFAULT 'terendah'
        CHECK (gabung_kinerja IN ('terendah', 'terakhir')),
    jpm_tinggi REAL NOT NULL DEFAULT 90 CHECK (jpm_tinggi BETWEEN 0 AND 100),
    jpm_menengah REAL NOT NULL DEFAULT 78 CHECK (jpm_menengah BETWEEN 0 AND 100),
    asesmen_berlaku_tahun INTEGER NOT NULL DEFAULT 3 CHECK (asesmen_berlaku_tahun BETWEEN 1 AND 10),
    target_jp INTEGER NOT NULL DEFAULT 20 CHECK (target_jp BETWEEN 0 AND 200),
    ipasn_versi TEXT NOT NULL DEFAULT '',
    CHECK (jpm_menengah <= jpm_tinggi)
) STRICT;

CREATE TABLE penilaian_pp46 (
    id INTEGER PRIMARY KEY,
    staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    tahun INTEGER NOT NULL CHECK (tahun BETWEEN 2011 AND 2021),
    nilai_skp TEXT NOT NULL,
    nilai_perilaku TEXT NOT NULL,
    nilai_prestasi TEXT NOT NULL,
    sebutan TEXT NOT NULL CHECK (sebutan IN ('sangat_baik', 'baik', 'cukup', 'kurang', 'buruk')),
    penilai_nama TEXT NOT NULL DEFAULT '',
    penilai_nip TEXT NOT NULL DEFAULT '',
    sumber TEXT NOT NULL DEFAULT '',
    uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    rev INTEGER NOT NULL DEFAULT 0,
    origin TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE print_log (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE CHECK (length(code) = 10),
    kind TEXT NOT NULL CHECK (kind IN ('skp', 'evaluasi', 'dokumen', 'rekap')),
    record_uuid TEXT NOT NULL,
    tahun INTEGER NOT NULL,
    periode TEXT NOT NULL DEFAULT '',
    content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
    snapshot TEXT NOT NULL CHECK (json_valid(snapshot)),
    format_version INTEGER NOT NULL DEFAULT 1,
    paper TEXT NOT NULL CHECK (paper IN ('a4', 'f4')),
    printed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    printed_by TEXT NOT NULL,
    last_printed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    times INTEGER NOT NULL DEFAULT 1 CHECK (times >= 1)
) STRICT;

CREATE TABLE realisasi (
    id INTEGER PRIMARY KEY,
    evaluasi_id INTEGER NOT NULL REFERENCES evaluasi (id) ON DELETE CASCADE,
    iki_id INTEGER NOT NULL REFERENCES iki (id) ON DELETE CASCADE,
    realisasi TEXT NOT NULL DEFAULT '',
    bukti_dukung TEXT NOT NULL DEFAULT '',
    bukti_berkas TEXT NOT NULL DEFAULT '',
    umpan_balik TEXT NOT NULL DEFAULT '',
    uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    rev INTEGER NOT NULL DEFAULT 0,
    origin TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE ref_agama (
    id INTEGER PRIMARY KEY,
    nama TEXT NOT NULL
) STRICT;

CREATE TABLE ref_berakhlak (
    nilai_no INTEGER NOT NULL,
    nilai TEXT NOT NULL,
    panduan_no INTEGER NOT NULL,
    panduan TEXT NOT NULL,
    PRIMARY KEY (nilai_no, panduan_no)
) STRICT;

CREATE TABLE ref_eselon (
    id INTEGER PRIMARY KEY,
    kode TEXT NOT NULL,
    keterangan TEXT
) STRICT;

CREATE TABLE ref_golongan (
    kode TEXT PRIMARY KEY,
    jenis TEXT NOT NULL CHECK (jenis IN ('pns', 'pppk')),
    pangkat TEXT,
    siasn_id INTEGER,
    urutan INTEGER NOT NULL
) STRICT;

CREATE TABLE ref_indikator (
    id INTEGER PRIMARY KEY,
    rumpun TEXT NOT NULL,
    rhk TEXT NOT NULL,
    aspek TEXT NOT NULL CHECK (aspek IN ('kuantitas', 'kualitas', 'waktu', 'biaya')),
    indikator TEXT NOT NULL,
    target TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE ref_ipasn (
    versi TEXT NOT NULL,
    dimensi TEXT NOT NULL CHECK (dimensi IN ('kualifikasi', 'kompetensi', 'kinerja', 'disiplin')),
    kode TEXT NOT NULL,
    uraian TEXT NOT NULL,
    nilai REAL NOT NULL CHECK (nilai >= 0),
    urutan INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (versi, dimensi, kode)
) STRICT;

CREATE TABLE ref_jenis_jabatan (
    kode TEXT PRIMARY KEY,
    nama TEXT NOT NULL,
    siasn_id INTEGER NOT NULL,
    manajerial INTEGER NOT NULL
) STRICT;

CREATE TABLE ref_jenis_pengembangan (
    kode TEXT PRIMARY KEY,
    nama TEXT NOT NULL,
    bentuk TEXT NOT NULL CHECK (bentuk IN ('klasikal', 'nonklasikal')),
    urutan INTEGER NOT NULL DEFAULT 0,
    siasn_id TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE ref_jenjang_fungsional (
    kode TEXT PRIMARY KEY,
    nama TEXT NOT NULL,
    kategori TEXT NOT NULL,
    koefisien REAL NOT NULL,
    urutan INTEGER NOT NULL
, siasn_id TEXT NOT NULL DEFAULT '') STRICT;

CREATE TABLE ref_kedudukan_hukum (
    id TEXT PRIMARY KEY,
    nama TEXT NOT NULL,
    aktif INTEGER NOT NULL
) STRICT;

CREATE TABLE ref_pangkat_maks (
    pendidikan TEXT PRIMARY KEY REFERENCES ref_pendidikan (kode),
    golongan TEXT NOT NULL REFERENCES ref_golongan (kode)
) STRICT;

CREATE TABLE ref_pendidikan (
    kode TEXT PRIMARY KEY,
    nama TEXT NOT NULL,
    urutan INTEGER NOT NULL
) STRICT;

CREATE TABLE ref_status_perkawinan (
    id INTEGER PRIMARY KEY,
    nama TEXT NOT NULL
) STRICT;

CREATE TABLE rhk (
    id INTEGER PRIMARY KEY,
    skp_id INTEGER NOT NULL REFERENCES skp (id) ON DELETE CASCADE,
    urutan INTEGER NOT NULL DEFAULT 0,
    jenis TEXT NOT NULL CHECK (jenis IN ('utama', 'tambahan')),
    uraian TEXT NOT NULL,
    rhk_atasan_id INTEGER REFERENCES rhk (id) ON DELETE SET NULL,
    rhk_atasan_text TEXT NOT NULL DEFAULT '',
    perspektif TEXT NOT NULL DEFAULT '',
    uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    rev INTEGER NOT NULL DEFAULT 0,
    origin TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE riwayat_diklat (
    id INTEGER PRIMARY KEY,
    staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    urutan INTEGER NOT NULL DEFAULT 0,
    nama TEXT NOT NULL,
    penyelenggara TEXT NOT NULL DEFAULT '',
    tanggal_mulai TEXT,
    tanggal_selesai TEXT,
    jp INTEGER NOT NULL DEFAULT 0 CHECK (jp >= 0),
    uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    rev INTEGER NOT NULL DEFAULT 0,
    origin TEXT NOT NULL DEFAULT ''
, jenis TEXT REFERENCES ref_jenis_pengembangan (kode), nomor_sertifikat TEXT NOT NULL DEFAULT '') STRICT;

CREATE TABLE riwayat_golongan (
    id INTEGER PRIMARY KEY,
    staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    urutan INTEGER NOT NULL DEFAULT 0,
    golongan TEXT NOT NULL REFERENCES ref_golongan (kode),
    tmt TEXT,
    nomor_sk TEXT NOT NULL DEFAULT '',
    tanggal_sk TEXT,
    uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    rev INTEGER NOT NULL DEFAULT 0,
    origin TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE riwayat_hukuman (
    id INTEGER PRIMARY KEY,
    staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    urutan INTEGER NOT NULL DEFAULT 0,
    kategori TEXT NOT NULL DEFAULT 'disiplin' CHECK (kategori IN ('disiplin', 'kode_etik')),
    tingkat TEXT NOT NULL DEFAULT '' CHECK (tingkat IN ('', 'ringan', 'sedang', 'berat')),
    jenis TEXT NOT NULL DEFAULT '',
    nomor_sk TEXT NOT NULL DEFAULT '',
    tanggal_sk TEXT,
    tmt TEXT,
    selesai TEXT,
    keterangan TEXT NOT NULL DEFAULT '',
    uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    rev INTEGER NOT NULL DEFAULT 0,
    origin TEXT NOT NULL DEFAULT '',
    CHECK (kategori = 'kode_etik' OR tingkat <> '')
) STRICT;

CREATE TABLE riwayat_jabatan (
    id INTEGER PRIMARY KEY,
    staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    urutan INTEGER NOT NULL DEFAULT 0,
    jabatan TEXT NOT NULL,
    unit_nama TEXT NOT NULL DEFAULT '',
    tmt TEXT,
    nomor_sk TEXT NOT NULL DEFAULT '',
    tanggal_sk TEXT,
    uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    rev INTEGER NOT NULL DEFAULT 0,
    origin TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE riwayat_pak (
    id INTEGER PRIMARY KEY,
    staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    tanggal TEXT NOT NULL,
    nomor_sk TEXT NOT NULL DEFAULT '',
    jenjang TEXT REFERENCES ref_jenjang_fungsional (kode),
    golongan TEXT REFERENCES ref_golongan (kode),
    ak_kumulatif REAL NOT NULL CHECK (ak_kumulatif >= 0),
    keterangan TEXT NOT NULL DEFAULT '',
    uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    rev INTEGER NOT NULL DEFAULT 0,
    origin TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE riwayat_pendidikan (
    id INTEGER PRIMARY KEY,
    staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    urutan INTEGER NOT NULL DEFAULT 0,
    jenjang TEXT NOT NULL REFERENCES ref_pendidikan (kode),
    nama_sekolah TEXT NOT NULL DEFAULT '',
    jurusan TEXT NOT NULL DEFAULT '',
    tahun_lulus INTEGER,
    uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    rev INTEGER NOT NULL DEFAULT 0,
    origin TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE riwayat_penghargaan (
    id INTEGER PRIMARY KEY,
    staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    urutan INTEGER NOT NULL DEFAULT 0,
    nama TEXT NOT NULL,
    pemberi TEXT NOT NULL DEFAULT '',
    tahun INTEGER,
    nomor_sk TEXT NOT NULL DEFAULT '',
    uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    rev INTEGER NOT NULL DEFAULT 0,
    origin TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE skm_rekap (
    id INTEGER PRIMARY KEY,
    survei_id INTEGER NOT NULL REFERENCES skm_survei (id) ON DELETE CASCADE,
    unsur INTEGER NOT NULL CHECK (unsur BETWEEN 1 AND 9),
    n1 INTEGER NOT NULL DEFAULT 0 CHECK (n1 >= 0),
    n2 INTEGER NOT NULL DEFAULT 0 CHECK (n2 >= 0),
    n3 INTEGER NOT NULL DEFAULT 0 CHECK (n3 >= 0),
    n4 INTEGER NOT NULL DEFAULT 0 CHECK (n4 >= 0),
    uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    rev INTEGER NOT NULL DEFAULT 0,
    origin TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE skm_responden (
    id INTEGER PRIMARY KEY,
    survei_id INTEGER NOT NULL REFERENCES skm_survei (id) ON DELETE CASCADE,
    berkas TEXT NOT NULL,
    kunci TEXT NOT NULL,
    u1 INTEGER NOT NULL CHECK (u1 BETWEEN 1 AND 4),
    u2 INTEGER NOT NULL CHECK (u2 BETWEEN 1 AND 4),
    u3 INTEGER NOT NULL CHECK (u3 BETWEEN 1 AND 4),
    u4 INTEGER NOT NULL CHECK (u4 BETWEEN 1 AND 4),
    u5 INTEGER NOT NULL CHECK (u5 BETWEEN 1 AND 4),
    u6 INTEGER NOT NULL CHECK (u6 BETWEEN 1 AND 4),
    u7 INTEGER NOT NULL CHECK (u7 BETWEEN 1 AND 4),
    u8 INTEGER NOT NULL CHECK (u8 BETWEEN 1 AND 4),
    u9 INTEGER NOT NULL CHECK (u9 BETWEEN 1 AND 4),
    layanan TEXT NOT NULL DEFAULT '',
    jenis_kelamin TEXT NOT NULL DEFAULT '',
    umur TEXT NOT NULL DEFAULT '',
    pendidikan TEXT NOT NULL DEFAULT '',
    pekerjaan TEXT NOT NULL DEFAULT '',
    tanggal TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE skm_survei (
    id INTEGER PRIMARY KEY,
    unit_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE CASCADE,
    tahun INTEGER NOT NULL CHECK (tahun BETWEEN 2000 AND 2100),
    periode TEXT NOT NULL CHECK (periode IN ('S1', 'S2', 'TAHUNAN')),
    populasi INTEGER CHECK (populasi IS NULL OR populasi > 0),
    sumber TEXT NOT NULL DEFAULT 'impor' CHECK (sumber IN ('impor', 'manual')),
    rencana_tindak_lanjut TEXT NOT NULL DEFAULT '',
    uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    rev INTEGER NOT NULL DEFAULT 0,
    origin TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE skp (
    id INTEGER PRIMARY KEY,
    staff_id INTEGER NOT NULL REFERENCES staff (id),
    tahun INTEGER NOT NULL CHECK (tahun BETWEEN 2000 AND 2100),
    pendekatan TEXT NOT NULL DEFAULT 'kuantitatif' CHECK (pendekatan IN ('kuantitatif', 'kualitatif')),
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'diajukan', 'disetujui', 'dikembalikan')),
    penilai_id INTEGER REFERENCES staff (id) ON DELETE SET NULL,
    dukungan_sumber_daya TEXT NOT NULL DEFAULT '',
    skema_pertanggungjawaban TEXT NOT NULL DEFAULT '',
    konsekuensi TEXT NOT NULL DEFAULT '',
    alasan TEXT NOT NULL DEFAULT '',
    uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    rev INTEGER NOT NULL DEFAULT 0,
    origin TEXT NOT NULL DEFAULT ''
, penilai_luar_id INTEGER REFERENCES pejabat_luar (id) ON DELETE SET NULL) STRICT;

CREATE TABLE skp_ekspektasi (
    id INTEGER PRIMARY KEY,
    skp_id INTEGER NOT NULL REFERENCES skp (id) ON DELETE CASCADE,
    nilai_no INTEGER NOT NULL CHECK (nilai_no BETWEEN 1 AND 7),
    ekspektasi TEXT NOT NULL DEFAULT '',
    uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    rev INTEGER NOT NULL DEFAULT 0,
    origin TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE staff (
    id INTEGER PRIMARY KEY,
    nip TEXT NOT NULL UNIQUE CHECK (length(nip) = 18 AND nip NOT GLOB '*[^0-9]*'),
    nip_lama TEXT NOT NULL DEFAULT '',
    nama TEXT NOT NULL CHECK (nama <> ''),
    gelar_depan TEXT NOT NULL DEFAULT '',
    gelar_belakang TEXT NOT NULL DEFAULT '',
    tempat_lahir TEXT NOT NULL DEFAULT '',
    tanggal_lahir TEXT,
    jenis_kelamin TEXT CHECK (jenis_kelamin IN ('L', 'P')),
    agama_id INTEGER REFERENCES ref_agama (id),
    status TEXT NOT NULL CHECK (status IN ('pns', 'cpns', 'pppk')),
    golongan TEXT REFERENCES ref_golongan (kode),
    tmt_golongan TEXT,
    tmt_cpns TEXT,
    tmt_pns TEXT,
    jabatan TEXT NOT NULL DEFAULT '',
    jenis_jabatan TEXT REFERENCES ref_jenis_jabatan (kode),
    jenjang TEXT REFERENCES ref_jenjang_fungsional (kode),
    eselon_id INTEGER REFERENCES ref_eselon (id),
    unit_id INTEGER REFERENCES unit (id),
    atasan_id INTEGER REFERENCES staff (id) ON DELETE SET NULL,
    tmt_jabatan TEXT,
    pendidikan TEXT REFERENCES ref_pendidikan (kode),
    tahun_lulus INTEGER,
    nik TEXT NOT NULL DEFAULT '' CHECK (nik = '' OR (length(nik) = 16 AND nik NOT GLOB '*[^0-9]*')),
    email TEXT NOT NULL DEFAULT '',
    no_hp TEXT NOT NULL DEFAULT '',
    alamat TEXT NOT NULL DEFAULT '',
    status_perkawinan_id INTEGER REFERENCES ref_status_perkawinan (id),
    kedudukan_hukum TEXT NOT NULL DEFAULT '01' REFERENCES ref_kedudukan_hukum (id),
    aktif INTEGER NOT NULL DEFAULT 1,
    nonaktif_alasan TEXT CHECK (nonaktif_alasan IN ('mutasi', 'pensiun', 'berhenti', 'meninggal')),
    nonaktif_tanggal TEXT,
    uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    rev INTEGER NOT NULL DEFAULT 0,
    origin TEXT NOT NULL DEFAULT ''
, siasn_id TEXT NOT NULL DEFAULT '', jenis_pegawai TEXT NOT NULL DEFAULT '', kontrak_selesai TEXT) STRICT;

CREATE TABLE sync_backlog (
    package INTEGER PRIMARY KEY REFERENCES sync_package (id) ON DELETE CASCADE,
    content BLOB NOT NULL
) STRICT;

CREATE TABLE sync_config (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    role TEXT NOT NULL DEFAULT 'office' CHECK (role IN ('office', 'central')),
    centre_uuid TEXT,
    centre_nama TEXT NOT NULL DEFAULT '',
    centre_sign_key BLOB,
    centre_box_key BLOB,
    centre_set_at TEXT,
    -- Raised by a receipt newer than this database's export log (restored from a backup):
    -- the next package takes a higher sequence number and carries every row.
    sequence_floor INTEGER NOT NULL DEFAULT 0,
    full_pending INTEGER NOT NULL DEFAULT 0 CHECK (full_pending IN (0, 1))
) STRICT;

CREATE TABLE sync_conflict (
    id INTEGER PRIMARY KEY,
    package INTEGER NOT NULL REFERENCES sync_package (id),
    office_uuid TEXT NOT NULL,
    table_name TEXT NOT NULL,
    uuid TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('both_changed', 'deleted_corrected', 'other_office')),
    fields TEXT NOT NULL,
    centre_value TEXT,
    office_value TEXT,
    resolution TEXT NOT NULL,
    created_at TEXT NOT NULL
) STRICT;

CREATE TABLE sync_export (
    sequence INTEGER PRIMARY KEY,
    package_id TEXT NOT NULL UNIQUE,
    base_sequence INTEGER NOT NULL,
    since_rev INTEGER NOT NULL,
    upto_rev INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    user TEXT NOT NULL,
    row_count INTEGER NOT NULL,
    tombstone_count INTEGER NOT NULL,
    counts TEXT NOT NULL,
    package_sha256 TEXT NOT NULL,
    file_name TEXT NOT NULL,
    encrypted INTEGER NOT NULL CHECK (encrypted IN (0, 1)),
    acked_at TEXT,
    receipt_sha256 TEXT
) STRICT;

CREATE TABLE sync_key (
    purpose TEXT PRIMARY KEY CHECK (purpose IN ('sign', 'box')),
    private_key BLOB NOT NULL,
    public_key BLOB NOT NULL,
    created_at TEXT NOT NULL
) STRICT;

CREATE TABLE sync_office (
    office_uuid TEXT PRIMARY KEY,
    nama TEXT NOT NULL DEFAULT '',
    instansi TEXT NOT NULL DEFAULT '',
    sign_key BLOB NOT NULL,
    fingerprint TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'revoked')),
    registered_at TEXT NOT NULL,
    registered_by TEXT NOT NULL,
    registered_how TEXT NOT NULL CHECK (registered_how IN ('key_file', 'first_contact')),
    revoked_at TEXT,
    revoked_reason TEXT NOT NULL DEFAULT '',
    applied_sequence INTEGER NOT NULL DEFAULT 0,
    last_package_at TEXT
) STRICT;

CREATE TABLE sync_package (
    id INTEGER PRIMARY KEY,
    office_uuid TEXT NOT NULL REFERENCES sync_office (office_uuid),
    sequence INTEGER NOT NULL,
    base_sequence INTEGER NOT NULL,
    full INTEGER NOT NULL CHECK (full IN (0, 1)),
    package_id TEXT NOT NULL UNIQUE,
    package_sha256 TEXT NOT NULL,
    created_at TEXT NOT NULL,
    received_at TEXT NOT NULL,
    received_by TEXT NOT NULL,
    file_name TEXT NOT NULL,
    encrypted INTEGER NOT NULL CHECK (encrypted IN (0, 1)),
    state TEXT NOT NULL CHECK (state IN ('applied', 'held', 'superseded')),
    applied_at TEXT,
    rows_total INTEGER NOT NULL DEFAULT 0,
    rows_new INTEGER NOT NULL DEFAULT 0,
    rows_updated INTEGER NOT NULL DEFAULT 0,
    rows_unchanged INTEGER NOT NULL DEFAULT 0,
    rows_deleted INTEGER NOT NULL DEFAULT 0,
    conflicts INTEGER NOT NULL DEFAULT 0,
    UNIQUE (office_uuid, sequence)
) STRICT;

CREATE TABLE sync_receipt (
    package INTEGER PRIMARY KEY REFERENCES sync_package (id),
    receipt_sha256 TEXT NOT NULL,
    created_at TEXT NOT NULL
) STRICT;

CREATE TABLE sync_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    rev INTEGER NOT NULL
) STRICT;

CREATE TABLE tombstone (
    id INTEGER PRIMARY KEY,
    table_name TEXT NOT NULL,
    uuid TEXT NOT NULL,
    rev INTEGER NOT NULL,
    deleted_at TEXT NOT NULL,
    origin TEXT NOT NULL
) STRICT;

CREATE TABLE umpan_balik_masyarakat (
    id INTEGER PRIMARY KEY,
    staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    tahun INTEGER NOT NULL,
    periode TEXT NOT NULL,
    tanggal TEXT,
    sumber TEXT NOT NULL DEFAULT '',
    isi TEXT NOT NULL,
    sentimen TEXT NOT NULL DEFAULT 'netral' CHECK (sentimen IN ('positif', 'netral', 'negatif')),
    uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    rev INTEGER NOT NULL DEFAULT 0,
    origin TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE unit (
    id INTEGER PRIMARY KEY,
    kode TEXT NOT NULL UNIQUE,
    nama TEXT NOT NULL,
    jenis TEXT NOT NULL CHECK (jenis IN ('instansi', 'opd', 'bidang', 'subbidang')),
    parent_id INTEGER REFERENCES unit (id),
    kepala_id INTEGER REFERENCES staff (id) ON DELETE SET NULL,
    aktif INTEGER NOT NULL DEFAULT 1,
    uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    rev INTEGER NOT NULL DEFAULT 0,
    origin TEXT NOT NULL DEFAULT ''
, rumpun TEXT NOT NULL DEFAULT '', jenis_unit TEXT NOT NULL DEFAULT '' CHECK (jenis_unit IN (
    '', 'opd', 'sekretariat', 'bidang', 'subbagian', 'seksi', 'upt', 'puskesmas', 'sekolah',
    'kecamatan', 'kelurahan')), singkatan TEXT NOT NULL DEFAULT '', jabatan_kepala TEXT NOT NULL DEFAULT '', kepala_luar_id INTEGER REFERENCES pejabat_luar (id) ON DELETE SET NULL, kritikal INTEGER NOT NULL DEFAULT 0 CHECK (kritikal IN (0, 1))) STRICT;

CREATE TABLE unit_alias (
    id INTEGER PRIMARY KEY,
    unit_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE CASCADE,
    alias TEXT NOT NULL CHECK (alias <> ''),
    UNIQUE (unit_id, alias)
) STRICT;

CREATE INDEX akun_unit_unit ON akun_unit (unit_id);

CREATE UNIQUE INDEX asesmen_staff_tanggal ON asesmen (staff_id, tanggal);

CREATE INDEX audit_log_action ON audit_log (action, id);

CREATE INDEX audit_log_akun ON audit_log (akun_id, id);

CREATE INDEX audit_log_at ON audit_log (at);

CREATE INDEX audit_log_row ON audit_log (row_uuid);

CREATE INDEX audit_log_source ON audit_log (source, id);

CREATE INDEX audit_log_staff ON audit_log (staff_uuid, id);

CREATE INDEX audit_log_user ON audit_log (user, id) WHERE akun_id IS NULL;

CREATE UNIQUE INDEX capaian_unit_periode ON capaian_organisasi (unit_id, tahun, periode);

CREATE UNIQUE INDEX central_row_key ON central_row (table_name, uuid);

CREATE INDEX central_row_office ON central_row (office_uuid, table_name);

CREATE UNIQUE INDEX evaluasi_perilaku_nilai ON evaluasi_perilaku (evaluasi_id, nilai_no);

CREATE INDEX evaluasi_periode ON evaluasi (periode);

CREATE UNIQUE INDEX evaluasi_skp_periode ON evaluasi (skp_id, periode);

CREATE INDEX evaluasi_skp_predikat ON evaluasi (skp_id, periode, status, predikat);

CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name"
    ON "_sqlite_migrations" ("migration_set", "name");

CREATE INDEX iki_rhk ON iki (rhk_id);

CREATE UNIQUE INDEX penilaian_pp46_staff_tahun ON penilaian_pp46 (staff_id, tahun);

CREATE INDEX print_log_record ON print_log (record_uuid, kind, periode);

CREATE UNIQUE INDEX realisasi_evaluasi_iki ON realisasi (evaluasi_id, iki_id);

CREATE INDEX realisasi_iki ON realisasi (iki_id);

CREATE INDEX ref_indikator_rumpun ON ref_indikator (rumpun);

CREATE INDEX rhk_atasan ON rhk (rhk_atasan_id);

CREATE INDEX rhk_skp ON rhk (skp_id);

CREATE INDEX riwayat_diklat_staff ON riwayat_diklat (staff_id);

CREATE INDEX riwayat_diklat_tanggal ON riwayat_diklat (staff_id, tanggal_mulai);

CREATE INDEX riwayat_golongan_staff ON riwayat_golongan (staff_id);

CREATE INDEX riwayat_hukuman_staff ON riwayat_hukuman (staff_id);

CREATE INDEX riwayat_jabatan_staff ON riwayat_jabatan (staff_id);

CREATE INDEX riwayat_pak_staff ON riwayat_pak (staff_id, tanggal);

CREATE INDEX riwayat_pendidikan_staff ON riwayat_pendidikan (staff_id);

CREATE INDEX riwayat_penghargaan_staff ON riwayat_penghargaan (staff_id);

CREATE UNIQUE INDEX skm_rekap_unsur ON skm_rekap (survei_id, unsur);

CREATE UNIQUE INDEX skm_responden_kunci ON skm_responden (survei_id, berkas, kunci);

CREATE UNIQUE INDEX skm_survei_unit_periode ON skm_survei (unit_id, tahun, periode);

CREATE UNIQUE INDEX skp_ekspektasi_nilai ON skp_ekspektasi (skp_id, nilai_no);

CREATE UNIQUE INDEX skp_staff_tahun ON skp (staff_id, tahun);

CREATE INDEX skp_tahun ON skp (tahun);

CREATE INDEX staff_atasan ON staff (atasan_id);

CREATE INDEX staff_nama ON staff (nama);

CREATE INDEX staff_siasn_id ON staff (siasn_id) WHERE siasn_id <> '';

CREATE INDEX staff_unit_aktif ON staff (unit_id, aktif);

CREATE INDEX sync_conflict_package ON sync_conflict (package);

CREATE INDEX tombstone_rev ON tombstone (rev);

CREATE INDEX umpan_balik_staff ON umpan_balik_masyarakat (staff_id, tahun, periode);

CREATE INDEX unit_alias_unit ON unit_alias (unit_id);

CREATE INDEX unit_kepala ON unit (kepala_id);

CREATE INDEX unit_parent ON unit (parent_id);

CREATE TRIGGER asesmen_stamp_insert AFTER INSERT ON asesmen
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE asesmen SET rev = (SELECT rev FROM sync_state),
        origin = CASE WHEN NEW.origin = '' THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;

CREATE TRIGGER asesmen_stamp_update AFTER UPDATE ON asesmen WHEN NEW.rev = OLD.rev
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE asesmen SET rev = (SELECT rev FROM sync_state),
        updated_at = CASE WHEN NEW.updated_at = OLD.updated_at THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now') ELSE NEW.updated_at END,
        origin = CASE WHEN NEW.origin = OLD.origin THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;

CREATE TRIGGER asesmen_tombstone AFTER DELETE ON asesmen
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    INSERT INTO tombstone (table_name, uuid, rev, deleted_at, origin)
    VALUES ('asesmen', OLD.uuid, (SELECT rev FROM sync_state), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), (SELECT office_uuid FROM office));
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log_append_only');
END;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log_append_only');
END;

CREATE TRIGGER capaian_organisasi_stamp_insert AFTER INSERT ON capaian_organisasi
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE capaian_organisasi SET rev = (SELECT rev FROM sync_state),
        origin = CASE WHEN NEW.origin = '' THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;

CREATE TRIGGER capaian_organisasi_stamp_update AFTER UPDATE ON capaian_organisasi WHEN NEW.rev = OLD.rev
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE capaian_organisasi SET rev = (SELECT rev FROM sync_state),
        updated_at = CASE WHEN NEW.updated_at = OLD.updated_at THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now') ELSE NEW.updated_at END,
        origin = CASE WHEN NEW.origin = OLD.origin THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;

CREATE TRIGGER capaian_organisasi_tombstone AFTER DELETE ON capaian_organisasi
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    INSERT INTO tombstone (table_name, uuid, rev, deleted_at, origin)
    VALUES ('capaian_organisasi', OLD.uuid, (SELECT rev FROM sync_state), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), (SELECT office_uuid FROM office));
END;

CREATE VIEW central_capaian_v AS
SELECT
    r.uuid,
    r.office_uuid,
    json_extract(r.data, '$.unit_uuid') AS unit_uuid,
    json_extract(r.data, '$.tahun') AS tahun,
    json_extract(r.data, '$.periode') AS periode,
    json_extract(r.data, '$.capaian') AS capaian
FROM central_row r
WHERE r.table_name = 'capaian_organisasi' AND r.deleted_at IS NULL;

CREATE VIEW central_evaluasi_v AS
SELECT
    r.uuid,
    r.office_uuid,
    o.nama AS office_nama,
    json_extract(r.data, '$.skp_uuid') AS skp_uuid,
    json_extract(k.data, '$.staff_uuid') AS staff_uuid,
    json_extract(k.data, '$.tahun') AS tahun,
    json_extract(r.data, '$.periode') AS periode,
    json_extract(r.data, '$.status') AS status,
    json_extract(r.data, '$.rating_hasil') AS rating_hasil,
    json_extract(r.data, '$.rating_perilaku') AS rating_perilaku,
    json_extract(r.data, '$.predikat') AS predikat,
    json_extract(r.data, '$.ditetapkan_pada') AS ditetapkan_pada,
    r.updated_at,
    p.received_at
FROM central_row r
JOIN sync_office o ON o.office_uuid = r.office_uuid
JOIN sync_package p ON p.id = r.package
JOIN central_row k
    ON k.table_name = 'skp' AND k.uuid = json_extract(r.data, '$.skp_uuid')
   AND k.deleted_at IS NULL
WHERE r.table_name = 'evaluasi' AND r.deleted_at IS NULL;

CREATE VIEW central_office_v AS
SELECT
    o.office_uuid,
    o.nama,
    o.instansi,
    o.status,
    o.applied_sequence,
    o.last_package_at,
    p.id AS last_package_id,
    p.file_name AS last_file_name,
    p.received_at AS last_received_at,
    p.applied_at AS last_applied_at,
    rc.created_at AS last_receipt_at,
    (SELECT count(*) FROM sync_package h
        WHERE h.office_uuid = o.office_uuid AND h.state = 'held') AS held_packages,
    (SELECT count(*) FROM central_row r
        WHERE r.office_uuid = o.office_uuid AND r.table_name = 'staff'
          AND r.deleted_at IS NULL) AS staff_rows,
    (SELECT count(*) FROM central_row r
        WHERE r.office_uuid = o.office_uuid AND r.table_name = 'staff'
          AND r.deleted_at IS NULL AND json_extract(r.data, '$.aktif') = 1) AS staff_active
FROM sync_office o
LEFT JOIN sync_package p
    ON p.office_uuid = o.office_uuid AND p.state = 'applied'
   AND p.sequence = o.applied_sequence
LEFT JOIN sync_receipt rc ON rc.package = p.id;

CREATE VIEW central_skp_v AS
SELECT
    r.uuid,
    r.office_uuid,
    o.nama AS office_nama,
    json_extract(r.data, '$.staff_uuid') AS staff_uuid,
    json_extract(r.data, '$.tahun') AS tahun,
    json_extract(r.data, '$.pendekatan') AS pendekatan,
    json_extract(r.data, '$.status') AS status,
    json_extract(r.data, '$.penilai_uuid') AS penilai_uuid,
    r.updated_at,
    p.received_at
FROM central_row r
JOIN sync_office o ON o.office_uuid = r.office_uuid
JOIN sync_package p ON p.id = r.package
WHERE r.table_name = 'skp' AND r.deleted_at IS NULL;

CREATE VIEW central_staff_v AS
SELECT
    r.uuid,
    r.office_uuid,
    o.nama AS office_nama,
    json_extract(r.data, '$.nip') AS nip,
    json_extract(r.data, '$.nama') AS nama,
    json_extract(r.data, '$.gelar_depan') AS gelar_depan,
    json_extract(r.data, '$.gelar_belakang') AS gelar_belakang,
    json_extract(r.data, '$.status') AS status,
    json_extract(r.data, '$.golongan') AS golongan,
    json_extract(r.data, '$.jabatan') AS jabatan,
    json_extract(r.data, '$.jenis_jabatan') AS jenis_jabatan,
    json_extract(r.data, '$.jenjang') AS jenjang,
    json_extract(r.data, '$.unit_uuid') AS unit_uuid,
    json_extract(ur.data, '$.nama') AS unit_nama,
    json_extract(r.data, '$.atasan_uuid') AS atasan_uuid,
    json_extract(r.data, '$.aktif') AS aktif,
    json_extract(r.data, '$.nonaktif_alasan') AS nonaktif_alasan,
    r.updated_at,
    r.office_rev,
    p.received_at,
    r.centre_base IS NOT NULL AS corrected_at_centre
FROM central_row r
JOIN sync_office o ON o.office_uuid = r.office_uuid
JOIN sync_package p ON p.id = r.package
LEFT JOIN central_row ur
    ON ur.table_name = 'unit' AND ur.uuid = json_extract(r.data, '$.unit_uuid')
WHERE r.table_name = 'staff' AND r.deleted_at IS NULL;

CREATE VIEW central_unit_v AS
SELECT
    r.uuid,
    r.office_uuid,
    o.nama AS office_nama,
    json_extract(r.data, '$.kode') AS kode,
    json_extract(r.data, '$.nama') AS nama,
    json_extract(r.data, '$.jenis') AS jenis,
    json_extract(r.data, '$.singkatan') AS singkatan,
    json_extract(r.data, '$.parent_uuid') AS parent_uuid,
    json_extract(r.data, '$.kepala_uuid') AS kepala_uuid,
    json_extract(r.data, '$.aktif') AS aktif,
    r.updated_at,
    p.received_at
FROM central_row r
JOIN sync_office o ON o.office_uuid = r.office_uuid
JOIN sync_package p ON p.id = r.package
WHERE r.table_name = 'unit' AND r.deleted_at IS NULL;

CREATE TRIGGER evaluasi_perilaku_stamp_insert AFTER INSERT ON evaluasi_perilaku
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE evaluasi_perilaku SET rev = (SELECT rev FROM sync_state),
        origin = CASE WHEN NEW.origin = '' THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;

CREATE TRIGGER evaluasi_perilaku_stamp_update AFTER UPDATE ON evaluasi_perilaku WHEN NEW.rev = OLD.rev
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE evaluasi_perilaku SET rev = (SELECT rev FROM sync_state),
        updated_at = CASE WHEN NEW.updated_at = OLD.updated_at THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now') ELSE NEW.updated_at END,
        origin = CASE WHEN NEW.origin = OLD.origin THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;

CREATE TRIGGER evaluasi_perilaku_tombstone AFTER DELETE ON evaluasi_perilaku
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    INSERT INTO tombstone (table_name, uuid, rev, deleted_at, origin)
    VALUES ('evaluasi_perilaku', OLD.uuid, (SELECT rev FROM sync_state), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), (SELECT office_uuid FROM office));
END;

CREATE TRIGGER evaluasi_stamp_insert AFTER INSERT ON evaluasi
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE evaluasi SET rev = (SELECT rev FROM sync_state),
        origin = CASE WHEN NEW.origin = '' THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;

CREATE TRIGGER evaluasi_stamp_update AFTER UPDATE ON evaluasi WHEN NEW.rev = OLD.rev
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE evaluasi SET rev = (SELECT rev FROM sync_state),
        updated_at = CASE WHEN NEW.updated_at = OLD.updated_at THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now') ELSE NEW.updated_at END,
        origin = CASE WHEN NEW.origin = OLD.origin THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;

CREATE TRIGGER evaluasi_tombstone AFTER DELETE ON evaluasi
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    INSERT INTO tombstone (table_name, uuid, rev, deleted_at, origin)
    VALUES ('evaluasi', OLD.uuid, (SELECT rev FROM sync_state), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), (SELECT office_uuid FROM office));
END;

CREATE TRIGGER iki_stamp_insert AFTER INSERT ON iki
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE iki SET rev = (SELECT rev FROM sync_state),
        origin = CASE WHEN NEW.origin = '' THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;

CREATE TRIGGER iki_stamp_update AFTER UPDATE ON iki WHEN NEW.rev = OLD.rev
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE iki SET rev = (SELECT rev FROM sync_state),
        updated_at = CASE WHEN NEW.updated_at = OLD.updated_at THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now') ELSE NEW.updated_at END,
        origin = CASE WHEN NEW.origin = OLD.origin THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;

CREATE TRIGGER iki_tombstone AFTER DELETE ON iki
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    INSERT INTO tombstone (table_name, uuid, rev, deleted_at, origin)
    VALUES ('iki', OLD.uuid, (SELECT rev FROM sync_state), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), (SELECT office_uuid FROM office));
END;

CREATE TRIGGER pejabat_luar_stamp_insert AFTER INSERT ON pejabat_luar
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE pejabat_luar SET rev = (SELECT rev FROM sync_state),
        origin = CASE WHEN NEW.origin = '' THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;

CREATE TRIGGER pejabat_luar_stamp_update AFTER UPDATE ON pejabat_luar WHEN NEW.rev = OLD.rev
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE pejabat_luar SET rev = (SELECT rev FROM sync_state),
        updated_at = CASE WHEN NEW.updated_at = OLD.updated_at THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now') ELSE NEW.updated_at END,
        origin = CASE WHEN NEW.origin = OLD.origin THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;

CREATE TRIGGER pejabat_luar_tombstone AFTER DELETE ON pejabat_luar
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    INSERT INTO tombstone (table_name, uuid, rev, deleted_at, origin)
    VALUES ('pejabat_luar', OLD.uuid, (SELECT rev FROM sync_state), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), (SELECT office_uuid FROM office));
END;

CREATE TRIGGER penilaian_pp46_read_only BEFORE UPDATE ON penilaian_pp46
WHEN NEW.staff_id IS NOT OLD.staff_id OR NEW.tahun IS NOT OLD.tahun
    OR NEW.nilai_skp IS NOT OLD.nilai_skp OR NEW.nilai_perilaku IS NOT OLD.nilai_perilaku
    OR NEW.nilai_prestasi IS NOT OLD.nilai_prestasi OR NEW.sebutan IS NOT OLD.sebutan
    OR NEW.penilai_nama IS NOT OLD.penilai_nama OR NEW.penilai_nip IS NOT OLD.penilai_nip
    OR NEW.sumber IS NOT OLD.sumber OR NEW.uuid IS NOT OLD.uuid
BEGIN
    SELECT RAISE(ABORT, 'penilaian_pp46 is read-only');
END;

CREATE TRIGGER penilaian_pp46_stamp_insert AFTER INSERT ON penilaian_pp46
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE penilaian_pp46 SET rev = (SELECT rev FROM sync_state),
        origin = CASE WHEN NEW.origin = '' THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;

CREATE TRIGGER penilaian_pp46_tombstone AFTER DELETE ON penilaian_pp46
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    INSERT INTO tombstone (table_name, uuid, rev, deleted_at, origin)
    VALUES ('penilaian_pp46', OLD.uuid, (SELECT rev FROM sync_state), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), (SELECT office_uuid FROM office));
END;

CREATE TRIGGER realisasi_stamp_insert AFTER INSERT ON realisasi
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE realisasi SET rev = (SELECT rev FROM sync_state),
        origin = CASE WHEN NEW.origin = '' THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;

CREATE TRIGGER realisasi_stamp_update AFTER UPDATE ON realisasi WHEN NEW.rev = OLD.rev
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE realisasi SET rev = (SELECT rev FROM sync_state),
        updated_at = CASE WHEN NEW.updated_at = OLD.updated_at THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now') ELSE NEW.updated_at END,
        origin = CASE WHEN NEW.origin = OLD.origin THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;

CREATE TRIGGER realisasi_tombstone AFTER DELETE ON realisasi
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    INSERT INTO tombstone (table_name, uuid, rev, deleted_at, origin)
    VALUES ('realisasi', OLD.uuid, (SELECT rev FROM sync_state), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), (SELECT office_uuid FROM office));
END;

CREATE TRIGGER rhk_stamp_insert AFTER INSERT ON rhk
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE rhk SET rev = (SELECT rev FROM sync_state),
        origin = CASE WHEN NEW.origin = '' THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;

CREATE TRIGGER rhk_stamp_update AFTER UPDATE ON rhk WHEN NEW.rev = OLD.rev
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE rhk SET rev = (SELECT rev FROM sync_state),
        updated_at = CASE WHEN NEW.updated_at = OLD.updated_at THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now') ELSE NEW.updated_at END,
        origin = CASE WHEN NEW.origin = OLD.origin THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;

CREATE TRIGGER rhk_tombstone AFTER DELETE ON rhk
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    INSERT INTO tombstone (table_name, uuid, rev, deleted_at, origin)
    VALUES ('rhk', OLD.uuid, (SELECT rev FROM sync_state), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), (SELECT office_uuid FROM office));
END;

CREATE TRIGGER riwayat_diklat_stamp_insert AFTER INSERT ON riwayat_diklat
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE riwayat_diklat SET rev = (SELECT rev FROM sync_state),
        origin = CASE WHEN NEW.origin = '' THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;

CREATE TRIGGER riwayat_diklat_stamp_update AFTER UPDATE ON riwayat_diklat WHEN NEW.rev = OLD.rev
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE riwayat_diklat SET rev = (SELECT rev FROM sync_state),
        updated_at = CASE WHEN NEW.updated_at = OLD.updated_at THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now') ELSE NEW.updated_at END,
        origin = CASE WHEN NEW.origin = OLD.origin THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;

CREATE TRIGGER riwayat_diklat_tombstone AFTER DELETE ON riwayat_diklat
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    INSERT INTO tombstone (table_name, uuid, rev, deleted_at, origin)
    VALUES ('riwayat_diklat', OLD.uuid, (SELECT rev FROM sync_state), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), (SELECT office_uuid FROM office));
END;

CREATE TRIGGER riwayat_golongan_stamp_insert AFTER INSERT ON riwayat_golongan
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE riwayat_golongan SET rev = (SELECT rev FROM sync_state),
        origin = CASE WHEN NEW.origin = '' THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;

CREATE TRIGGER riwayat_golongan_stamp_update AFTER UPDATE ON riwayat_golongan WHEN NEW.rev = OLD.rev
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE riwayat_golongan SET rev = (SELECT rev FROM sync_state),
        updated_at = CASE WHEN NEW.updated_at = OLD.updated_at THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now') ELSE NEW.updated_at END,
        origin = CASE WHEN NEW.origin = OLD.origin THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;

CREATE TRIGGER riwayat_golongan_tombstone AFTER DELETE ON riwayat_golongan
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    INSERT INTO tombstone (table_name, uuid, rev, deleted_at, origin)
    VALUES ('riwayat_golongan', OLD.uuid, (SELECT rev FROM sync_state), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), (SELECT office_uuid FROM office));
END;

CREATE TRIGGER riwayat_hukuman_stamp_insert AFTER INSERT ON riwayat_hukuman
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE riwayat_hukuman SET rev = (SELECT rev FROM sync_state),
        origin = CASE WHEN NEW.origin = '' THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;

CREATE TRIGGER riwayat_hukuman_stamp_update AFTER UPDATE ON riwayat_hukuman WHEN NEW.rev = OLD.rev
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE riwayat_hukuman SET rev = (SELECT rev FROM sync_state),
        updated_at = CASE WHEN NEW.updated_at = OLD.updated_at THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now') ELSE NEW.updated_at END,
        origin = CASE WHEN NEW.origin = OLD.origin THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;

CREATE TRIGGER riwayat_hukuman_tombstone AFTER DELETE ON riwayat_hukuman
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    INSERT INTO tombstone (table_name, uuid, rev, deleted_at, origin)
    VALUES ('riwayat_hukuman', OLD.uuid, (SELECT rev FROM sync_state), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), (SELECT office_uuid FROM office));
END;

CREATE TRIGGER riwayat_jabatan_stamp_insert AFTER INSERT ON riwayat_jabatan
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE riwayat_jabatan SET rev = (SELECT rev FROM sync_state),
        origin = CASE WHEN NEW.origin = '' THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;

CREATE TRIGGER riwayat_jabatan_stamp_update AFTER UPDATE ON riwayat_jabatan WHEN NEW.rev = OLD.rev
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE riwayat_jabatan SET rev = (SELECT rev FROM sync_state),
        updated_at = CASE WHEN NEW.updated_at = OLD.updated_at THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now') ELSE NEW.updated_at END,
        origin = CASE WHEN NEW.origin = OLD.origin THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;

CREATE TRIGGER riwayat_jabatan_tombstone AFTER DELETE ON riwayat_jabatan
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    INSERT INTO tombstone (table_name, uuid, rev, deleted_at, origin)
    VALUES ('riwayat_jabatan', OLD.uuid, (SELECT rev FROM sync_state), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), (SELECT office_uuid FROM office));
END;

CREATE TRIGGER riwayat_pak_stamp_insert AFTER INSERT ON riwayat_pak
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE riwayat_pak SET rev = (SELECT rev FROM sync_state),
        origin = CASE WHEN NEW.origin = '' THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;

CREATE TRIGGER riwayat_pak_stamp_update AFTER UPDATE ON riwayat_pak WHEN NEW.rev = OLD.rev
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE riwayat_pak SET rev = (SELECT rev FROM sync_state),
        updated_at = CASE WHEN NEW.updated_at = OLD.updated_at THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now') ELSE NEW.updated_at END,
        origin = CASE WHEN NEW.origin = OLD.origin THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;

CREATE TRIGGER riwayat_pak_tombstone AFTER DELETE ON riwayat_pak
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    INSERT INTO tombstone (table_name, uuid, rev, deleted_at, origin)
    VALUES ('riwayat_pak', OLD.uuid, (SELECT rev FROM sync_state), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), (SELECT office_uuid FROM office));
END;

CREATE TRIGGER riwayat_pendidikan_stamp_insert AFTER INSERT ON riwayat_pendidikan
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE riwayat_pendidikan SET rev = (SELECT rev FROM sync_state),
        origin = CASE WHEN NEW.origin = '' THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;

CREATE TRIGGER riwayat_pendidikan_stamp_update AFTER UPDATE ON riwayat_pendidikan WHEN NEW.rev = OLD.rev
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE riwayat_pendidikan SET rev = (SELECT rev FROM sync_state),
        updated_at = CASE WHEN NEW.updated_at = OLD.updated_at THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now') ELSE NEW.updated_at END,
        origin = CASE WHEN NEW.origin = OLD.origin THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;

CREATE TRIGGER riwayat_pendidikan_tombstone AFTER DELETE ON riwayat_pendidikan
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    INSERT INTO tombstone (table_name, uuid, rev, deleted_at, origin)
    VALUES ('riwayat_pendidikan', OLD.uuid, (SELECT rev FROM sync_state), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), (SELECT office_uuid FROM office));
END;

CREATE TRIGGER riwayat_penghargaan_stamp_insert AFTER INSERT ON riwayat_penghargaan
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE riwayat_penghargaan SET rev = (SELECT rev FROM sync_state),
        origin = CASE WHEN NEW.origin = '' THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;

CREATE TRIGGER riwayat_penghargaan_stamp_update AFTER UPDATE ON riwayat_penghargaan WHEN NEW.rev = OLD.rev
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE riwayat_penghargaan SET rev = (SELECT rev FROM sync_state),
        updated_at = CASE WHEN NEW.updated_at = OLD.updated_at THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now') ELSE NEW.updated_at END,
        origin = CASE WHEN NEW.origin = OLD.origin THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;

CREATE TRIGGER riwayat_penghargaan_tombstone AFTER DELETE ON riwayat_penghargaan
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    INSERT INTO tombstone (table_name, uuid, rev, deleted_at, origin)
    VALUES ('riwayat_penghargaan', OLD.uuid, (SELECT rev FROM sync_state), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), (SELECT office_uuid FROM office));
END;

CREATE TRIGGER skm_rekap_stamp_insert AFTER INSERT ON skm_rekap
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE skm_rekap SET rev = (SELECT rev FROM sync_state),
        origin = CASE WHEN NEW.origin = '' THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;

CREATE TRIGGER skm_rekap_stamp_update AFTER UPDATE ON skm_rekap WHEN NEW.rev = OLD.rev
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE skm_rekap SET rev = (SELECT rev FROM sync_state),
        updated_at = CASE WHEN NEW.updated_at = OLD.updated_at THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now') ELSE NEW.updated_at END,
        origin = CASE WHEN NEW.origin = OLD.origin THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;

CREATE TRIGGER skm_rekap_tombstone AFTER DELETE ON skm_rekap
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    INSERT INTO tombstone (table_name, uuid, rev, deleted_at, origin)
    VALUES ('skm_rekap', OLD.uuid, (SELECT rev FROM sync_state), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), (SELECT office_uuid FROM office));
END;

CREATE TRIGGER skm_survei_stamp_insert AFTER INSERT ON skm_survei
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE skm_survei SET rev = (SELECT rev FROM sync_state),
        origin = CASE WHEN NEW.origin = '' THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;

CREATE TRIGGER skm_survei_stamp_update AFTER UPDATE ON skm_survei WHEN NEW.rev = OLD.rev
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE skm_survei SET rev = (SELECT rev FROM sync_state),
        updated_at = CASE WHEN NEW.updated_at = OLD.updated_at THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now') ELSE NEW.updated_at END,
        origin = CASE WHEN NEW.origin = OLD.origin THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;

CREATE TRIGGER skm_survei_tombstone AFTER DELETE ON skm_survei
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    INSERT INTO tombstone (table_name, uuid, rev, deleted_at, origin)
    VALUES ('skm_survei', OLD.uuid, (SELECT rev FROM sync_state), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), (SELECT office_uuid FROM office));
END;

CREATE TRIGGER skp_ekspektasi_stamp_insert AFTER INSERT ON skp_ekspektasi
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE skp_ekspektasi SET rev = (SELECT rev FROM sync_state),
        origin = CASE WHEN NEW.origin = '' THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;

CREATE TRIGGER skp_ekspektasi_stamp_update AFTER UPDATE ON skp_ekspektasi WHEN NEW.rev = OLD.rev
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE skp_ekspektasi SET rev = (SELECT rev FROM sync_state),
        updated_at = CASE WHEN NEW.updated_at = OLD.updated_at THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now') ELSE NEW.updated_at END,
        origin = CASE WHEN NEW.origin = OLD.origin THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;

CREATE TRIGGER skp_ekspektasi_tombstone AFTER DELETE ON skp_ekspektasi
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    INSERT INTO tombstone (table_name, uuid, rev, deleted_at, origin)
    VALUES ('skp_ekspektasi', OLD.uuid, (SELECT rev FROM sync_state), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), (SELECT office_uuid FROM office));
END;

CREATE TRIGGER skp_stamp_insert AFTER INSERT ON skp
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE skp SET rev = (SELECT rev FROM sync_state),
        origin = CASE WHEN NEW.origin = '' THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;

CREATE TRIGGER skp_stamp_update AFTER UPDATE ON skp WHEN NEW.rev = OLD.rev
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE skp SET rev = (SELECT rev FROM sync_state),
        updated_at = CASE WHEN NEW.updated_at = OLD.updated_at THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now') ELSE NEW.updated_at END,
        origin = CASE WHEN NEW.origin = OLD.origin THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;

CREATE TRIGGER skp_tombstone AFTER DELETE ON skp
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    INSERT INTO tombstone (table_name, uuid, rev, deleted_at, origin)
    VALUES ('skp', OLD.uuid, (SELECT rev FROM sync_state), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), (SELECT office_uuid FROM office));
END;

CREATE TRIGGER staff_stamp_insert AFTER INSERT ON staff
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE staff SET rev = (SELECT rev FROM sync_state),
        origin = CASE WHEN NEW.origin = '' THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;

CREATE TRIGGER staff_stamp_update AFTER UPDATE ON staff WHEN NEW.rev = OLD.rev
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE staff SET rev = (SELECT rev FROM sync_state),
        updated_at = CASE WHEN NEW.updated_at = OLD.updated_at THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now') ELSE NEW.updated_at END,
        origin = CASE WHEN NEW.origin = OLD.origin THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;

CREATE TRIGGER staff_tombstone AFTER DELETE ON staff
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    INSERT INTO tombstone (table_name, uuid, rev, deleted_at, origin)
    VALUES ('staff', OLD.uuid, (SELECT rev FROM sync_state), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), (SELECT office_uuid FROM office));
END;

CREATE TRIGGER umpan_balik_masyarakat_stamp_insert AFTER INSERT ON umpan_balik_masyarakat
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE umpan_balik_masyarakat SET rev = (SELECT rev FROM sync_state),
        origin = CASE WHEN NEW.origin = '' THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;

CREATE TRIGGER umpan_balik_masyarakat_stamp_update AFTER UPDATE ON umpan_balik_masyarakat WHEN NEW.rev = OLD.rev
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE umpan_balik_masyarakat SET rev = (SELECT rev FROM sync_state),
        updated_at = CASE WHEN NEW.updated_at = OLD.updated_at THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now') ELSE NEW.updated_at END,
        origin = CASE WHEN NEW.origin = OLD.origin THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;

CREATE TRIGGER umpan_balik_masyarakat_tombstone AFTER DELETE ON umpan_balik_masyarakat
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    INSERT INTO tombstone (table_name, uuid, rev, deleted_at, origin)
    VALUES ('umpan_balik_masyarakat', OLD.uuid, (SELECT rev FROM sync_state), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), (SELECT office_uuid FROM office));
END;

CREATE TRIGGER unit_stamp_insert AFTER INSERT ON unit
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE unit SET rev = (SELECT rev FROM sync_state),
        origin = CASE WHEN NEW.origin = '' THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;

CREATE TRIGGER unit_stamp_update AFTER UPDATE ON unit WHEN NEW.rev = OLD.rev
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE unit SET rev = (SELECT rev FROM sync_state),
        updated_at = CASE WHEN NEW.updated_at = OLD.updated_at THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now') ELSE NEW.updated_at END,
        origin = CASE WHEN NEW.origin = OLD.origin THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;

CREATE TRIGGER unit_tombstone AFTER DELETE ON unit
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    INSERT INTO tombstone (table_name, uuid, rev, deleted_at, origin)
    VALUES ('unit', OLD.uuid, (SELECT rev FROM sync_state), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), (SELECT office_uuid FROM office));
END;

