-- SIASN's reference id of a jenjang fungsional (`koefisienId` in /kinerjaperiodik/save):
-- 12 Ahli Pertama, 22 Ahli Muda, 32 Ahli Madya, 42 Ahli Utama, 52 Pemula, 62 Terampil,
-- 72 Mahir, 82 Penyelia. Text, as SIASN sends its ids; seeded from jenjang_fungsional.csv.
ALTER TABLE ref_jenjang_fungsional ADD COLUMN siasn_id TEXT NOT NULL DEFAULT '';
