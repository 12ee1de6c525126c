-- Survei Kepuasan Masyarakat (PermenPANRB 14/2017) per unit and period (S1, S2 or the year).
-- skm_survei and skm_rekap (per unsur, how many answered 1..4) are synced: the centre sees each
-- unit's index, and the counts are not personal data. skm_responden holds each respondent's
-- answers with the optional demographics and the service used; it stays at the office (no
-- uuid, never in a package). An import replaces the respondents of its file (berkas) and the
-- rekap is recomputed from all respondents; a rekap typed by hand has sumber 'manual'.

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
CREATE UNIQUE INDEX skm_survei_unit_periode ON skm_survei (unit_id, tahun, periode);

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
CREATE UNIQUE INDEX skm_rekap_unsur ON skm_rekap (survei_id, unsur);

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
CREATE UNIQUE INDEX skm_responden_kunci ON skm_responden (survei_id, berkas, kunci);

-- Stamping, as for the appraisal tables.

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
