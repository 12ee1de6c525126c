-- Who heads a unit is asked per staff row: the appraisal workspace marks unit heads (a head's
-- Rating Hasil Kerja is the unit's capaian), evaluations look up the unit a person heads, and
-- deleting a staff row sets unit.kepala_id to NULL (a foreign key without an index scans the
-- whole unit table for every deleted row). Without this index each lookup scans `unit`.
CREATE INDEX unit_kepala ON unit (kepala_id);
