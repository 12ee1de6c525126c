-- Appraisal history under PP 46/2011 (SKP 60 % + perilaku 40 %), kept read-only as imported:
-- the figures are stored as the old forms print them (text, e.g. '87.45') and never recomputed
-- under PermenPANRB 6/2022. Only the sync stamps (rev, origin, updated_at) may change.

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
CREATE UNIQUE INDEX penilaian_pp46_staff_tahun ON penilaian_pp46 (staff_id, tahun);

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
