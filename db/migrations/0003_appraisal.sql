-- Appraisal under PermenPANRB 6/2022: SKP (RHK, IKI, BerAKHLAK expectations, lampiran),
-- periodic and annual evaluations (realisasi, umpan balik, ratings, predikat, snapshots of the
-- appraisers), capaian kinerja organisasi, citizen feedback, and the indicator library.

ALTER TABLE office ADD COLUMN periode_evaluasi TEXT NOT NULL DEFAULT 'triwulan'
    CHECK (periode_evaluasi IN ('triwulan', 'bulanan'));
ALTER TABLE unit ADD COLUMN rumpun TEXT NOT NULL DEFAULT '';

CREATE TABLE ref_indikator (
    id INTEGER PRIMARY KEY,
    rumpun TEXT NOT NULL,
    rhk TEXT NOT NULL,
    aspek TEXT NOT NULL CHECK (aspek IN ('kuantitas', 'kualitas', 'waktu', 'biaya')),
    indikator TEXT NOT NULL,
    target TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX ref_indikator_rumpun ON ref_indikator (rumpun);

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
) STRICT;
CREATE UNIQUE INDEX skp_staff_tahun ON skp (staff_id, tahun);
CREATE INDEX skp_tahun ON skp (tahun);

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
CREATE INDEX rhk_skp ON rhk (skp_id);
CREATE INDEX rhk_atasan ON rhk (rhk_atasan_id);

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
CREATE INDEX iki_rhk ON iki (rhk_id);

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
CREATE UNIQUE INDEX skp_ekspektasi_nilai ON skp_ekspektasi (skp_id, nilai_no);

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
) STRICT;
CREATE UNIQUE INDEX evaluasi_skp_periode ON evaluasi (skp_id, periode);
CREATE INDEX evaluasi_periode ON evaluasi (periode);

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
CREATE UNIQUE INDEX realisasi_evaluasi_iki ON realisasi (evaluasi_id, iki_id);
CREATE INDEX realisasi_iki ON realisasi (iki_id);

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
CREATE UNIQUE INDEX evaluasi_perilaku_nilai ON evaluasi_perilaku (evaluasi_id, nilai_no);

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
CREATE UNIQUE INDEX capaian_unit_periode ON capaian_organisasi (unit_id, tahun, periode);

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
CREATE INDEX umpan_balik_staff ON umpan_balik_masyarakat (staff_id, tahun, periode);

-- Stamping, as for the staff tables.

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
