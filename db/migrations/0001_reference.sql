-- Reference lists (not synced): seeded from db/reference/*.csv on every schema change.
CREATE TABLE ref_golongan (
    kode TEXT PRIMARY KEY,
    jenis TEXT NOT NULL CHECK (jenis IN ('pns', 'pppk')),
    pangkat TEXT,
    siasn_id INTEGER,
    urutan INTEGER NOT NULL
) STRICT;

CREATE TABLE ref_jenis_jabatan (
    kode TEXT PRIMARY KEY,
    nama TEXT NOT NULL,
    siasn_id INTEGER NOT NULL,
    manajerial INTEGER NOT NULL
) STRICT;

CREATE TABLE ref_eselon (
    id INTEGER PRIMARY KEY,
    kode TEXT NOT NULL,
    keterangan TEXT
) STRICT;

CREATE TABLE ref_kedudukan_hukum (
    id TEXT PRIMARY KEY,
    nama TEXT NOT NULL,
    aktif INTEGER NOT NULL
) STRICT;

CREATE TABLE ref_agama (
    id INTEGER PRIMARY KEY,
    nama TEXT NOT NULL
) STRICT;

CREATE TABLE ref_status_perkawinan (
    id INTEGER PRIMARY KEY,
    nama TEXT NOT NULL
) STRICT;

CREATE TABLE ref_pendidikan (
    kode TEXT PRIMARY KEY,
    nama TEXT NOT NULL,
    urutan INTEGER NOT NULL
) STRICT;

CREATE TABLE ref_jenjang_fungsional (
    kode TEXT PRIMARY KEY,
    nama TEXT NOT NULL,
    kategori TEXT NOT NULL,
    koefisien REAL NOT NULL,
    urutan INTEGER NOT NULL
) STRICT;

CREATE TABLE ref_berakhlak (
    nilai_no INTEGER NOT NULL,
    nilai TEXT NOT NULL,
    panduan_no INTEGER NOT NULL,
    panduan TEXT NOT NULL,
    PRIMARY KEY (nilai_no, panduan_no)
) STRICT;

-- Small facts about this database (reference list hash, demo seed, ...).
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT
) STRICT;
