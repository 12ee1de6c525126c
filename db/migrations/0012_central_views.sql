-- Read-only views for analysts at a centre (docs/sync.md): the latest merged version of each
-- office row, one column per field, with its office and when the package that brought that
-- version was received. The merged rows stay one JSON text each in `central_row`; these views
-- only read them (json_extract), so a later field needs a new view, never a data migration.
-- In an office database they are simply empty.

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

-- Evaluations with their predikat and the year and staff of their SKP.
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

-- Capaian kinerja organisasi per unit, year and period (the quotas a distribution is held to).
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
