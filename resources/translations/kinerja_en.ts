<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../desktop/ui/accounts/forms.py" line="208"/>
        <source>Akun baru</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/forms.py" line="208"/>
        <source>Peran dan cakupan</source>
        <translation>Role and scope</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/forms.py" line="209"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/forms.py" line="209"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/forms.py" line="225"/>
        <source>Nama &amp;pengguna</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/forms.py" line="226"/>
        <source>Nama &amp;lengkap</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/forms.py" line="227"/>
        <source>&amp;Peran</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/forms.py" line="228"/>
        <source>NIP &amp;pegawai</source>
        <translation>Employee &amp;NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/forms.py" line="230"/>
        <source>&amp;OPD (operator)</source>
        <translation>&amp;OPDs (operators)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/forms.py" line="232"/>
        <source>&amp;Kata sandi</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/forms.py" line="233"/>
        <source>&amp;Ulangi kata sandi</source>
        <translation>R&amp;epeat password</translation>
    </message>
</context>
<context>
    <name>AccountsController</name>
    <message>
        <location filename="../../desktop/ui/accounts/controller.py" line="75"/>
        <source>Ganti &amp;pengguna…</source>
        <translation>Switch &amp;User…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/controller.py" line="77"/>
        <source>K&amp;unci jendela</source>
        <translation>&amp;Lock Window</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/controller.py" line="79"/>
        <source>Ganti kata &amp;sandi…</source>
        <translation>&amp;Change Password…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/controller.py" line="81"/>
        <source>Kelola &amp;Akun…</source>
        <translation>&amp;Manage Accounts…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/controller.py" line="168"/>
        <source>Akun admin dibuat; Anda masuk sebagai %1.</source>
        <translation>Admin account created; you are signed in as %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/controller.py" line="218"/>
        <source>Kantor contoh: masuk sebagai admin, operator, penilai atau pimpinan; kata sandinya kinerja-demo.</source>
        <translation>Demo office: sign in as admin, operator, penilai or pimpinan; the password is kinerja-demo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/controller.py" line="283"/>
        <source>Kata sandi baru diperlukan sebelum melanjutkan.</source>
        <translation>A new password is needed before you can continue.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/controller.py" line="332"/>
        <source>Kata sandi diganti.</source>
        <translation>Password changed.</translation>
    </message>
</context>
<context>
    <name>AdminSetupDialog</name>
    <message>
        <location filename="../../desktop/ui/accounts/forms.py" line="107"/>
        <source>Buat akun admin</source>
        <translation>Create the admin account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/forms.py" line="107"/>
        <source>&amp;Buat akun</source>
        <translation>&amp;Create account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/forms.py" line="107"/>
        <source>&amp;Nanti</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/forms.py" line="112"/>
        <source>Basis data ini belum memakai akun: siapa pun yang membuka aplikasi dapat melihat dan mengubah data pribadi pegawai. Buat akun admin kepegawaian; sesudahnya setiap orang masuk dengan akunnya sendiri.</source>
        <translation>This database does not use accounts yet: anyone who opens the app can see and change the staff&apos;s personal data. Create an HR admin account; after that everyone signs in with their own account.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/forms.py" line="122"/>
        <source>Nama &amp;lengkap</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/forms.py" line="123"/>
        <source>&amp;NIP (boleh kosong)</source>
        <translation>&amp;NIP (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/forms.py" line="124"/>
        <source>Nama &amp;pengguna</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/forms.py" line="125"/>
        <source>Kata &amp;sandi (min. %1 karakter)</source>
        <translation>&amp;Password (min. %1 characters)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/forms.py" line="127"/>
        <source>&amp;Ulangi kata sandi</source>
        <translation>&amp;Repeat password</translation>
    </message>
</context>
<context>
    <name>Appraisal</name>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="23"/>
        <source>Tanpa SKP</source>
        <translation>Without SKP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="25"/>
        <location filename="../../desktop/ui/appraisal/labels.py" line="36"/>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="26"/>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="27"/>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="28"/>
        <source>Dikembalikan</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="34"/>
        <source>Belum ada</source>
        <translation>None yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="37"/>
        <source>Dinilai</source>
        <translation>Rated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="38"/>
        <source>Ditetapkan</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="45"/>
        <source>Tahunan</source>
        <translation>Annual</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="60"/>
        <source>Di Atas</source>
        <translation>Above</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="61"/>
        <source>Sesuai</source>
        <translation>As expected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="62"/>
        <source>Di Bawah</source>
        <translation>Below</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="80"/>
        <source>Kuantitas</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="81"/>
        <source>Kualitas</source>
        <translation>Quality</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="82"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="83"/>
        <source>Biaya</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="89"/>
        <source>Utama</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="91"/>
        <source>Tambahan</source>
        <translation>Additional</translation>
    </message>
</context>
<context>
    <name>AppraisalPrompts</name>
    <message>
        <location filename="../../desktop/ui/appraisal/services.py" line="47"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/services.py" line="66"/>
        <source>Semua berkas (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>AppraisalWorkspace</name>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace.py" line="232"/>
        <source>Hapus capaian kinerja organisasi</source>
        <translation>Clear the organisation&apos;s performance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace.py" line="234"/>
        <source>Capaian kinerja organisasi periode ini akan dihapus (misalnya karena salah pilih). Evaluasi yang sudah ditetapkan tidak berubah. Lanjutkan?</source>
        <translation>The organisation&apos;s performance for this period will be cleared (for instance after a wrong choice). Evaluations already set do not change. Continue?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace.py" line="237"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>AuditController</name>
    <message>
        <location filename="../../desktop/ui/audit/controller.py" line="54"/>
        <source>&amp;Jejak Audit…</source>
        <translation>&amp;Audit Trail…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/controller.py" line="57"/>
        <source>Laporan &amp;Data Pribadi…</source>
        <translation>&amp;Personal Data Report…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/controller.py" line="136"/>
        <source>Tidak ada pegawai dengan NIP atau nama &quot;%1&quot;.</source>
        <translation>No employee has the NIP or name &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/controller.py" line="145"/>
        <source>%1 pegawai cocok; catatan semuanya ditampilkan.</source>
        <translation>%1 employees match; the records of all of them are shown.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/controller.py" line="181"/>
        <source>Ekspor Jejak Audit</source>
        <translation>Export Audit Trail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/controller.py" line="182"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/controller.py" line="188"/>
        <source>Mengekspor jejak audit…</source>
        <translation>Exporting the audit trail…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/controller.py" line="197"/>
        <source>Ekspor selesai</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/controller.py" line="198"/>
        <source>%1 catatan jejak audit diekspor ke %2.</source>
        <translation>%1 audit trail records exported to %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/controller.py" line="214"/>
        <location filename="../../desktop/ui/audit/controller.py" line="219"/>
        <location filename="../../desktop/ui/audit/controller.py" line="234"/>
        <source>Laporan Data Pribadi</source>
        <translation>Personal Data Report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/controller.py" line="215"/>
        <source>Pilih dahulu seorang pegawai di daftar.</source>
        <translation>Choose an employee in the list first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/controller.py" line="219"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/controller.py" line="225"/>
        <source>Menyusun laporan data pribadi…</source>
        <translation>Preparing the personal data report…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/controller.py" line="235"/>
        <source>Laporan data pribadi %1 (%2 halaman) ditulis ke %3.</source>
        <translation>Personal data report of %1 (%2 pages) written to %3.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../desktop/ui/audit/dialog.py" line="60"/>
        <source>Jejak Audit</source>
        <translation>Audit Trail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/dialog.py" line="64"/>
        <source>Setiap perubahan data, ekspor, cetak, pencadangan dan pemulihan, dengan akun, waktu dan nilai lama → baru. Catatan ini tidak dapat diubah atau dihapus.</source>
        <translation>Every data change, export, print, backup and restore, with the account, the time and the old → new values. These records cannot be changed or deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/dialog.py" line="88"/>
        <source>NIP atau nama pegawai</source>
        <translation>Employee NIP or name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/dialog.py" line="92"/>
        <source>Semua jenis</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/dialog.py" line="97"/>
        <source>&amp;Terapkan</source>
        <translation>A&amp;pply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/dialog.py" line="99"/>
        <source>&amp;Hapus filter</source>
        <translation>&amp;Clear filter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/dialog.py" line="104"/>
        <source>&amp;Pegawai</source>
        <translation>&amp;Staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/dialog.py" line="104"/>
        <source>A&amp;kun</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/dialog.py" line="104"/>
        <source>&amp;Jenis</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/dialog.py" line="104"/>
        <source>&amp;Dari</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/dialog.py" line="105"/>
        <source>&amp;Sampai</source>
        <translation>T&amp;o</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/dialog.py" line="146"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/dialog.py" line="146"/>
        <source>Lama</source>
        <translation>Old</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/dialog.py" line="146"/>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/dialog.py" line="158"/>
        <source>&amp;Ekspor ke Excel…</source>
        <translation>&amp;Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/dialog.py" line="159"/>
        <source>T&amp;utup</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/dialog.py" line="171"/>
        <source>Semua akun</source>
        <translation>All accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/dialog.py" line="180"/>
        <source>Tanggal tidak dapat dibaca: tulis hh-bb-tttt.</source>
        <translation>The date cannot be read: write dd-mm-yyyy.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/dialog.py" line="183"/>
        <source>Tanggal &quot;dari&quot; jatuh setelah tanggal &quot;sampai&quot;.</source>
        <translation>The &quot;from&quot; date falls after the &quot;to&quot; date.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/dialog.py" line="202"/>
        <source>%1 catatan</source>
        <translation>Records: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/dialog.py" line="204"/>
        <source>%1 catatan (%2 dimuat; gulir untuk memuat lagi)</source>
        <translation>Records: %1 (%2 loaded; scroll to load more)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/dialog.py" line="227"/>
        <source>Pilih satu catatan untuk melihat rinciannya.</source>
        <translation>Select a record to see its details.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/dialog.py" line="232"/>
        <source>Baris: %1</source>
        <translation>Row: %1</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../desktop/ui/audit/model.py" line="27"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/model.py" line="27"/>
        <source>Akun</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/model.py" line="27"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/model.py" line="27"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/model.py" line="28"/>
        <source>Tabel</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/model.py" line="28"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/model.py" line="28"/>
        <source>Field: lama → baru</source>
        <translation>Field: old → new</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/model.py" line="29"/>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <location filename="../../desktop/ui/backup/controller.py" line="60"/>
        <source>&amp;Cadangan…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup/controller.py" line="145"/>
        <source>Cadangan otomatis gagal: %1</source>
        <translation>Automatic backup failed: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup/controller.py" line="193"/>
        <source>Cadangan dibuat: %1</source>
        <translation>Backup created: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/backup/controller.py" line="204"/>
        <source>%Ln pegawai</source>
        <translation>
            <numerusform>%Ln employee</numerusform>
            <numerusform>%Ln employees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/backup/controller.py" line="205"/>
        <source>%Ln unit</source>
        <translation>
            <numerusform>%Ln unit</numerusform>
            <numerusform>%Ln units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/backup/controller.py" line="206"/>
        <source>%Ln SKP</source>
        <translation>
            <numerusform>%Ln SKP</numerusform>
            <numerusform>%Ln SKPs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/backup/controller.py" line="207"/>
        <source>%Ln evaluasi</source>
        <translation>
            <numerusform>%Ln evaluation</numerusform>
            <numerusform>%Ln evaluations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup/controller.py" line="212"/>
        <source>Pulihkan cadangan tanggal %1 (%2)?
Isinya: %3.%4

Seluruh isi basis data saat ini diganti dengan isi cadangan. Keadaan sekarang dicadangkan dulu (“Sebelum pemulihan”), jadi pemulihan dapat dibatalkan dengan cara yang sama.</source>
        <translation>Restore the backup of %1 (%2)?
It holds: %3.%4

Everything in the current database is replaced by the backup&apos;s content. The present state is backed up first (“Before a restore”), so the restore can be undone the same way.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup/controller.py" line="221"/>
        <source>Kantor: %1</source>
        <translation>Office: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup/controller.py" line="233"/>
        <source>Pilih berkas cadangan</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup/controller.py" line="233"/>
        <source>Cadangan %1</source>
        <translation>Backups %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup/controller.py" line="249"/>
        <source>Cadangan terenkripsi</source>
        <translation>Encrypted backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup/controller.py" line="250"/>
        <source>Kata sandi untuk %1:</source>
        <translation>Password for %1:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup/controller.py" line="263"/>
        <source>Pulihkan Cadangan</source>
        <translation>Restore Backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup/controller.py" line="265"/>
        <source>&amp;Pulihkan</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup/controller.py" line="280"/>
        <source>Dipulihkan dari cadangan %1.</source>
        <translation>Restored from the backup of %1.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../desktop/ui/backup/dialog.py" line="72"/>
        <source>Cadangan Basis Data</source>
        <translation>Database Backups</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup/dialog.py" line="76"/>
        <source>Cadangan dibuat otomatis saat aplikasi ditutup, tiap 30 menit bila ada perubahan, dan sebelum impor, pemulihan atau pembaruan. Disimpan: 10 terbaru, lalu satu per hari (7 hari), satu per minggu (4 minggu) dan satu per bulan (6 bulan).
Folder: %1</source>
        <translation>Backups are made automatically when the app closes, every 30 minutes when something has changed, and before an import, a restore or an update. Kept: the 10 newest, then one a day (7 days), one a week (4 weeks) and one a month (6 months).
Folder: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup/dialog.py" line="85"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup/dialog.py" line="85"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup/dialog.py" line="85"/>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup/dialog.py" line="85"/>
        <source>Pegawai</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup/dialog.py" line="86"/>
        <source>Unit</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup/dialog.py" line="86"/>
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup/dialog.py" line="86"/>
        <source>Evaluasi</source>
        <translation>Evaluations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup/dialog.py" line="98"/>
        <source>Belum ada cadangan.</source>
        <translation>No backups yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup/dialog.py" line="102"/>
        <source>&amp;Buat Cadangan Sekarang</source>
        <translation>&amp;Back Up Now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup/dialog.py" line="104"/>
        <source>&amp;Pulihkan…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup/dialog.py" line="105"/>
        <source>Pulihkan dari Ber&amp;kas…</source>
        <translation>Restore from &amp;File…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup/dialog.py" line="107"/>
        <source>Simpan ke &amp;Flashdisk (Terenkripsi)…</source>
        <translation>Save to USB &amp;Stick (Encrypted)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup/dialog.py" line="119"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>BackupReasons</name>
    <message>
        <location filename="../../desktop/ui/backup/dialog.py" line="37"/>
        <source>Dibuat manual</source>
        <translation>Created manually</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup/dialog.py" line="38"/>
        <source>Otomatis (ada perubahan)</source>
        <translation>Automatic (changes made)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup/dialog.py" line="39"/>
        <source>Saat aplikasi ditutup</source>
        <translation>When the app was closed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup/dialog.py" line="40"/>
        <source>Sebelum pemulihan</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup/dialog.py" line="41"/>
        <source>Sebelum impor pegawai</source>
        <translation>Before a staff import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup/dialog.py" line="44"/>
        <source>Sebelum impor penilaian</source>
        <translation>Before an appraisal import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup/dialog.py" line="47"/>
        <source>Sebelum impor paket kantor</source>
        <translation>Before an office package import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup/dialog.py" line="50"/>
        <source>Disalin ke flashdisk</source>
        <translation>Copied to a USB stick</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup/dialog.py" line="55"/>
        <source>Sebelum pembaruan basis data (%1)</source>
        <translation>Before a database update (%1)</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../../desktop/ui/reports/batch_dialog.py" line="50"/>
        <source>Cetak Massal — %1</source>
        <translation>Batch Printing — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/batch_dialog.py" line="60"/>
        <source>&amp;SKP</source>
        <translation>&amp;SKP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/batch_dialog.py" line="61"/>
        <source>&amp;Evaluasi Kinerja</source>
        <translation>Performance e&amp;valuation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/batch_dialog.py" line="62"/>
        <source>&amp;Dokumen Evaluasi</source>
        <translation>Evaluation &amp;document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/batch_dialog.py" line="64"/>
        <source>Satu berkas &amp;PDF</source>
        <translation>One PDF &amp;file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/batch_dialog.py" line="66"/>
        <source>Satu berkas per pe&amp;gawai, dalam folder</source>
        <translation>One file per &amp;employee, in a folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/batch_dialog.py" line="74"/>
        <source>Tekan Pilih… untuk menentukan tempat</source>
        <translation>Press Choose… to pick where</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/batch_dialog.py" line="75"/>
        <source>P&amp;ilih…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/batch_dialog.py" line="78"/>
        <source>&amp;Cetak</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/batch_dialog.py" line="85"/>
        <source>Cetak formulir semua pegawai aktif di unit ini dan sub-unitnya.</source>
        <translation>Print the forms of every active employee of this unit and its sub-units.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/batch_dialog.py" line="99"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/batch_dialog.py" line="100"/>
        <source>&amp;Tahun</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/batch_dialog.py" line="101"/>
        <source>Peri&amp;ode</source>
        <translation>Peri&amp;od</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/batch_dialog.py" line="102"/>
        <source>Formulir</source>
        <translation>Forms</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/batch_dialog.py" line="103"/>
        <source>Hasil</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/batch_dialog.py" line="104"/>
        <source>&amp;Kertas</source>
        <translation>P&amp;aper</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/batch_dialog.py" line="106"/>
        <source>Si&amp;mpan ke</source>
        <translation>Save &amp;to</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/batch_dialog.py" line="110"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/batch_dialog.py" line="155"/>
        <source>Pilih paling sedikit satu formulir.</source>
        <translation>Choose at least one form.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/batch_dialog.py" line="170"/>
        <source>Tentukan tempat menyimpan hasilnya.</source>
        <translation>Choose where to save the result.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/batch_dialog.py" line="174"/>
        <source>Itu sebuah berkas; pilih sebuah folder.</source>
        <translation>That is a file; choose a folder.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/batch_dialog.py" line="177"/>
        <source>Itu sebuah folder; pilih nama berkas PDF.</source>
        <translation>That is a folder; choose a PDF file name.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/batch_dialog.py" line="179"/>
        <source>Folder %1 tidak ada.</source>
        <translation>Folder %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/batch_dialog.py" line="189"/>
        <source>Folder untuk berkas per pegawai</source>
        <translation>Folder for the per-employee files</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/batch_dialog.py" line="192"/>
        <source>Simpan cetak massal</source>
        <translation>Save batch print</translation>
    </message>
</context>
<context>
    <name>BatchSummaryDialog</name>
    <message>
        <location filename="../../desktop/ui/reports/batch_summary.py" line="70"/>
        <location filename="../../desktop/ui/reports/batch_summary.py" line="74"/>
        <source>Cetak massal selesai</source>
        <translation>Batch printing finished</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/batch_summary.py" line="84"/>
        <source>&amp;Buka folder</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/batch_summary.py" line="85"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/reports/batch_summary.py" line="107"/>
        <source>%1 formulir</source>
        <translation>
            <numerusform>%1 form</numerusform>
            <numerusform>%1 forms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/reports/batch_summary.py" line="108"/>
        <source>%1 halaman</source>
        <translation>
            <numerusform>%1 page</numerusform>
            <numerusform>%1 pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/reports/batch_summary.py" line="109"/>
        <source>%1 berkas</source>
        <translation>
            <numerusform>%1 file</numerusform>
            <numerusform>%1 files</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/batch_summary.py" line="113"/>
        <source>%1, dalam %2 detik.
Disimpan di: %3</source>
        <translation>%1, in %2 seconds.
Saved in: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/batch_summary.py" line="121"/>
        <source>Tidak ada pegawai yang dilewati.</source>
        <translation>Nobody was left out.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/reports/batch_summary.py" line="124"/>
        <source>%1 pegawai dilewati (%2 formulir) karena datanya belum ada. Lengkapi di halaman Penilaian Kinerja, lalu cetak formulir mereka:</source>
        <translation>
            <numerusform>%1 employee was left out (%2 forms) because their data is not there yet. Complete it on the Performance Appraisal page, then print their forms:</numerusform>
            <numerusform>%1 employees were left out (%2 forms) because their data is not there yet. Complete it on the Performance Appraisal page, then print their forms:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/batch_summary.py" line="136"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/batch_summary.py" line="136"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/batch_summary.py" line="136"/>
        <source>Formulir</source>
        <translation>Forms</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/batch_summary.py" line="136"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>BerakhlakPanel</name>
    <message>
        <location filename="../../desktop/ui/appraisal/perilaku.py" line="45"/>
        <source>Perilaku Kerja (BerAKHLAK)</source>
        <translation>Work Behaviour (BerAKHLAK)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/perilaku.py" line="45"/>
        <source>Ekspektasi Khusus Pimpinan</source>
        <translation>Leader&apos;s Specific Expectations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/perilaku.py" line="47"/>
        <source>Umpan Balik</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/perilaku.py" line="70"/>
        <source>Umpan balik %1</source>
        <translation>Feedback %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/perilaku.py" line="77"/>
        <source>Ekspektasi %1</source>
        <translation>Expectation %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/perilaku.py" line="86"/>
        <source>(tidak ada ekspektasi khusus)</source>
        <translation>(no specific expectation)</translation>
    </message>
</context>
<context>
    <name>BoxButton</name>
    <message>
        <location filename="../../desktop/ui/talent/map_grid.py" line="37"/>
        <source>Kotak %1
%2 orang · %3</source>
        <translation>Box %1
%2 people · %3</translation>
    </message>
</context>
<context>
    <name>CentralImportDialog</name>
    <message>
        <location filename="../../desktop/ui/sync/central_dialog.py" line="76"/>
        <source>Impor Paket Kantor</source>
        <translation>Import Office Packages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/central_dialog.py" line="92"/>
        <source>Pilih paket untuk melihat rinciannya.</source>
        <translation>Select a package to see its details.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/central_dialog.py" line="95"/>
        <source>Belum ada impor pada sesi ini.</source>
        <translation>No import in this session yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/central_dialog.py" line="96"/>
        <source>&amp;Simpan Laporan…</source>
        <translation>&amp;Save Report…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/central_dialog.py" line="99"/>
        <source>Paket per kantor</source>
        <translation>Packages per office</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/central_dialog.py" line="100"/>
        <source>Laporan impor</source>
        <translation>Import report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/central_dialog.py" line="101"/>
        <source>Konflik</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/central_dialog.py" line="108"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/central_dialog.py" line="118"/>
        <source>Paket yang akan diimpor</source>
        <translation>Packages to import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/central_dialog.py" line="124"/>
        <source>&amp;Tambah Paket…</source>
        <translation>&amp;Add Packages…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/central_dialog.py" line="126"/>
        <source>Pilih satu atau beberapa berkas .kinerja (Ctrl+O)</source>
        <translation>Choose one or more .kinerja files (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/central_dialog.py" line="127"/>
        <source>&amp;Keluarkan</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/central_dialog.py" line="128"/>
        <source>Keluarkan berkas terpilih dari antrean (Delete)</source>
        <translation>Remove the selected files from the queue (Delete)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/central_dialog.py" line="131"/>
        <source>Impor semua paket di antrean (Ctrl+Enter)</source>
        <translation>Import every package in the queue (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/central_dialog.py" line="137"/>
        <source>Pilih &amp;Folder…</source>
        <translation>Choose &amp;Folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/central_dialog.py" line="150"/>
        <source>Tanda terima ditulis ke:</source>
        <translation>Receipts are written to:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/central_dialog.py" line="165"/>
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/central_dialog.py" line="187"/>
        <source>&lt;b&gt;Pusat:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Sidik jari kunci pusat:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Centre:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Centre key fingerprint:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/central_dialog.py" line="196"/>
        <source>Konflik (%1)</source>
        <translation>Conflicts (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/central_dialog.py" line="223"/>
        <source>%1 — tidak dapat dibaca; akan ditolak</source>
        <translation>%1 — cannot be read; will be refused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/central_dialog.py" line="226"/>
        <source>%1 — %2, paket urutan %3, %4 baris</source>
        <translation>%1 — %2, package %3, %4 rows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/central_dialog.py" line="265"/>
        <source>Laporan impor paket, %1 (pusat: %2)</source>
        <translation>Package import report, %1 (centre: %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/central_dialog.py" line="273"/>
        <source>tanpa nama</source>
        <translation>unnamed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/central_dialog.py" line="280"/>
        <source>Impor selesai: %1 paket diterapkan, %2 ditahan, %3 ditolak; %4 tanda terima ditulis.</source>
        <translation>Import finished: %1 packages applied, %2 held, %3 refused; %4 receipts written.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/central_dialog.py" line="296"/>
        <source>Impor dibatalkan. Tidak ada yang diubah.</source>
        <translation>Import cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/central_dialog.py" line="303"/>
        <source>&amp;Impor</source>
        <translation>&amp;Import</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/sync/central_dialog.py" line="303"/>
        <source>&amp;Impor %Ln Paket</source>
        <translation>
            <numerusform>&amp;Import %Ln Package</numerusform>
            <numerusform>&amp;Import %Ln Packages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/central_dialog.py" line="312"/>
        <source>folder yang sama dengan paketnya (flashdisk yang dibawa kantor)</source>
        <translation>the package&apos;s own folder (the office&apos;s USB stick)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/central_dialog.py" line="319"/>
        <source>Pilih paket kantor</source>
        <translation>Choose office packages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/central_dialog.py" line="320"/>
        <source>Paket Kinerja Luring (*.kinerja);;Semua berkas (*)</source>
        <translation>Kinerja Luring packages (*.kinerja);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/central_dialog.py" line="337"/>
        <source>Folder untuk tanda terima</source>
        <translation>Folder for receipts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/central_dialog.py" line="352"/>
        <source>Simpan laporan impor</source>
        <translation>Save import report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/central_dialog.py" line="353"/>
        <source>Teks (*.txt);;JSON (*.json)</source>
        <translation>Text (*.txt);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/central_dialog.py" line="368"/>
        <source>Laporan disimpan ke %1.</source>
        <translation>Report saved to %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/central_dialog.py" line="369"/>
        <source>Laporan disimpan</source>
        <translation>Report saved</translation>
    </message>
</context>
<context>
    <name>CentralOverview</name>
    <message>
        <location filename="../../desktop/ui/sync/overview_page.py" line="78"/>
        <source>Muat &amp;Ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/overview_page.py" line="79"/>
        <source>&amp;Ekspor ke Excel…</source>
        <translation>&amp;Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/overview_page.py" line="81"/>
        <location filename="../../desktop/ui/sync/overview_page.py" line="93"/>
        <location filename="../../desktop/ui/sync/overview_page.py" line="123"/>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/overview_page.py" line="81"/>
        <source>Paket terakhir</source>
        <translation>Last package</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/overview_page.py" line="81"/>
        <location filename="../../desktop/ui/sync/overview_page.py" line="89"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/overview_page.py" line="82"/>
        <source>Tanda terima</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/overview_page.py" line="82"/>
        <source>Tertahan</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/overview_page.py" line="82"/>
        <source>Pegawai</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/overview_page.py" line="83"/>
        <location filename="../../desktop/ui/sync/overview_page.py" line="89"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/overview_page.py" line="88"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/overview_page.py" line="88"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/overview_page.py" line="88"/>
        <source>Golongan</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/overview_page.py" line="88"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/overview_page.py" line="89"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/overview_page.py" line="93"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/overview_page.py" line="93"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/overview_page.py" line="93"/>
        <source>Capaian</source>
        <translation>Performance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/overview_page.py" line="94"/>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/overview_page.py" line="94"/>
        <source>Kuota SE MenPANRB 3/2023</source>
        <translation>SE MenPANRB 3/2023 quotas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/overview_page.py" line="124"/>
        <source>Pegawai gabungan</source>
        <translation>Merged staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/overview_page.py" line="129"/>
        <source>Distribusi predikat per kantor dan tahun</source>
        <translation>Rating distribution per office and year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/overview_page.py" line="156"/>
        <source>%1 pegawai gabungan dari %2 kantor</source>
        <translation>%1 merged staff from %2 offices</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/overview_page.py" line="180"/>
        <source>Menghitung distribusi predikat…</source>
        <translation>Calculating the rating distribution…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/overview_page.py" line="214"/>
        <source>urutan %1</source>
        <translation>number %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/overview_page.py" line="225"/>
        <source>%1 (dicabut)</source>
        <translation>%1 (revoked)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/overview_page.py" line="246"/>
        <source>Belum ada paket kantor yang diterapkan.</source>
        <translation>No office package applied yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/overview_page.py" line="249"/>
        <source>%1 pertama dari %2 pegawai %3 (semuanya ada di view central_staff_v)</source>
        <translation>First %1 of the %2 staff of %3 (all of them are in the view central_staff_v)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/overview_page.py" line="256"/>
        <source>%1 pegawai %2</source>
        <translation>%1 staff of %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/overview_page.py" line="264"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/overview_page.py" line="264"/>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/overview_page.py" line="275"/>
        <source>belum diisi</source>
        <translation>not entered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/overview_page.py" line="292"/>
        <source>Ekspor Rekap Pusat</source>
        <translation>Export Centre Summary</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/overview_page.py" line="293"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/overview_page.py" line="307"/>
        <source>Rekap pusat diekspor</source>
        <translation>Centre summary exported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/overview_page.py" line="308"/>
        <source>Rekap kantor dan distribusi predikat ditulis ke %1.</source>
        <translation>Office summary and rating distribution written to %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/overview_page.py" line="327"/>
        <source>Rekap Pusat</source>
        <translation>Centre Summary</translation>
    </message>
</context>
<context>
    <name>CentreWindow</name>
    <message>
        <location filename="../../desktop/ui/sync/pg_window.py" line="32"/>
        <source>Rekap Pusat — %1 — Kinerja Luring</source>
        <translation>Centre Summary — %1 — Kinerja Luring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/pg_window.py" line="36"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/pg_window.py" line="37"/>
        <source>&amp;Muat Ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/pg_window.py" line="39"/>
        <source>&amp;Ekspor ke Excel…</source>
        <translation>&amp;Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/pg_window.py" line="41"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/pg_window.py" line="45"/>
        <source>Paket kantor diimpor dari baris perintah (sync import)</source>
        <translation>Office packages are imported on the command line (sync import)</translation>
    </message>
</context>
<context>
    <name>ConflictTable</name>
    <message>
        <location filename="../../desktop/ui/sync/package_tree.py" line="252"/>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/package_tree.py" line="252"/>
        <source>Jenis data</source>
        <translation>Kind of data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/package_tree.py" line="252"/>
        <source>Data</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/package_tree.py" line="252"/>
        <source>Kolom</source>
        <translation>Fields</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/package_tree.py" line="253"/>
        <source>Penyelesaian</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/package_tree.py" line="253"/>
        <source>Nilai pusat → kantor</source>
        <translation>Centre value → office value</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/package_tree.py" line="299"/>
        <source>%1: pusat %2 → kantor %3</source>
        <translation>%1: centre %2 → office %3</translation>
    </message>
</context>
<context>
    <name>ContentPage</name>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="56"/>
        <source>Isi paket</source>
        <translation>Package content</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="58"/>
        <source>Periksa apa yang akan dikirim, lalu tekan “Tulis Paket”.</source>
        <translation>Check what will be sent, then press “Write Package”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="61"/>
        <source>&amp;Tulis Paket</source>
        <translation>&amp;Write Package</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="67"/>
        <source>Tujuan:</source>
        <translation>Destination:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="68"/>
        <source>Paket:</source>
        <translation>Package:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="69"/>
        <source>Isi:</source>
        <translation>Content:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="70"/>
        <source>Enkripsi:</source>
        <translation>Encryption:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="72"/>
        <source>Jenis data</source>
        <translation>Kind of data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="72"/>
        <source>Baris</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="84"/>
        <source>Kirim &amp;semua data (paket lengkap) — hanya bila pusat kehilangan data</source>
        <translation>Send &amp;all data (full package) — only when the centre lost data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="102"/>
        <source>Menghitung data yang akan dikirim…</source>
        <translation>Counting the data to send…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="126"/>
        <source>urutan %1 dari %2</source>
        <translation>number %1 from %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="144"/>
        <source>semua data kantor (belum ada tanda terima dari pusat).</source>
        <translation>all of the office&apos;s data (no receipt from the centre yet).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="146"/>
        <source>semua data kantor (pusat meminta paket lengkap).</source>
        <translation>all of the office&apos;s data (the centre asked for a full package).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="149"/>
        <source>data yang berubah sejak paket urutan %1 (diterima pusat %2).</source>
        <translation>data changed since package %1 (acknowledged by the centre %2).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="156"/>
        <source>Paket urutan %1 belum ada tanda terimanya; isinya ikut dikirim lagi, jadi tidak ada yang hilang bila flashdisk sebelumnya hilang.</source>
        <translation>Package %1 has no receipt yet; its content is sent again, so nothing is lost if the earlier stick was lost.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="165"/>
        <source>dienkripsi untuk pusat %1
sidik jari pusat: %2</source>
        <translation>encrypted for centre %1
centre fingerprint: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="166"/>
        <source>tanpa nama</source>
        <translation>unnamed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="173"/>
        <source>TIDAK dienkripsi: kunci pusat belum diimpor. Siapa pun yang menemukan flashdisk dapat membaca isinya. Impor dulu kunci pusat (Sinkronisasi → Impor Kunci Pusat) bila memungkinkan.</source>
        <translation>NOT encrypted: the centre&apos;s key has not been imported. Anyone who finds the stick can read it. Import the centre&apos;s key first (Sync → Import Centre Key) if you can.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="185"/>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="200"/>
        <source>Tidak ada perubahan sejak tanda terima terakhir. Paket kosong tetap dapat dikirim sebagai tanda bahwa kantor ini aktif.</source>
        <translation>Nothing changed since the last receipt. An empty package can still be sent to show this office is active.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="223"/>
        <source>Tulis paket tanpa enkripsi?</source>
        <translation>Write the package unencrypted?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="225"/>
        <source>Kunci pusat belum diimpor, jadi paket ini TIDAK dienkripsi: siapa pun yang menemukan flashdisk dapat membaca data pegawai di dalamnya.</source>
        <translation>The centre&apos;s key has not been imported, so this package is NOT encrypted: anyone who finds the stick can read the staff data on it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="228"/>
        <source>Tulis tanpa enkripsi</source>
        <translation>Write unencrypted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="230"/>
        <source>Kembali</source>
        <translation>Go back</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="238"/>
        <source>Menulis paket ke %1…</source>
        <translation>Writing the package to %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="268"/>
        <source>Flashdisk atau folder %1 tidak ditemukan lagi (dicabut?). Colokkan kembali lalu tekan “Tulis Paket”, atau kembali dan pilih tujuan lain. Tidak ada yang ditulis.</source>
        <translation>The stick or folder %1 can no longer be found (removed?). Plug it in again and press “Write Package”, or go back and choose another destination. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="282"/>
        <source>Dibatalkan. Tidak ada berkas yang ditulis.</source>
        <translation>Cancelled. No file was written.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop/ui/widgets.py" line="50"/>
        <source>hh-bb-tttt</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets.py" line="60"/>
        <source>Pilih dari kalender</source>
        <translation>Pick from the calendar</translation>
    </message>
</context>
<context>
    <name>DeactivateDialog</name>
    <message>
        <location filename="../../desktop/ui/staff/deactivate.py" line="39"/>
        <source>Nonaktifkan Pegawai</source>
        <translation>Deactivate Employee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/deactivate.py" line="43"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Data dan riwayatnya tetap tersimpan; pegawai tidak lagi tampil di daftar aktif.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;The record and its history are kept; the employee no longer appears in the active list.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/deactivate.py" line="54"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/deactivate.py" line="55"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/deactivate.py" line="58"/>
        <source>Nonaktifkan</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/deactivate.py" line="60"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/deactivate.py" line="74"/>
        <source>Tanggal wajib diisi.</source>
        <translation>The date is required.</translation>
    </message>
</context>
<context>
    <name>DemoOpener</name>
    <message>
        <location filename="../../desktop/ui/first_run/demo_office.py" line="70"/>
        <source>Membangun kantor contoh…</source>
        <translation>Building the demo office…</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <location filename="../../desktop/ui/sync/destination_page.py" line="42"/>
        <source>Pilih flashdisk tujuan</source>
        <translation>Choose the USB stick</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/destination_page.py" line="45"/>
        <source>Paket berisi data yang berubah sejak tanda terima terakhir dari pusat. Pilih flashdisk yang akan dibawa ke pusat.</source>
        <translation>The package holds the data changed since the centre&apos;s last receipt. Choose the stick that will be taken to the centre.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/destination_page.py" line="57"/>
        <source>Tidak ada flashdisk yang terdeteksi. Colokkan flashdisk lalu tekan “Cari Ulang”, atau pilih folder lain.</source>
        <translation>No USB stick found. Plug one in and press “Search Again”, or choose another folder.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/destination_page.py" line="63"/>
        <source>Cari &amp;Ulang (F5)</source>
        <translation>Search &amp;Again (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/destination_page.py" line="64"/>
        <source>Pilih &amp;Folder Lain…</source>
        <translation>Choose Another &amp;Folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/destination_page.py" line="73"/>
        <source>&amp;Tujuan:</source>
        <translation>&amp;Destination:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/destination_page.py" line="92"/>
        <source>Folder pilihan
%1</source>
        <translation>Chosen folder
%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/destination_page.py" line="101"/>
        <source>%1
%2 — kosong %3 dari %4</source>
        <translation>%1
%2 — %3 free of %4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/destination_page.py" line="134"/>
        <source>Pilih folder tujuan paket</source>
        <translation>Choose the folder for the package</translation>
    </message>
</context>
<context>
    <name>DiklatTab</name>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="147"/>
        <source>Diklat</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="157"/>
        <source>Total %1 JP · tahun %2: %3 JP (minimal 20 JP setahun)</source>
        <translation>Total %1 JP · %2: %3 JP (at least 20 JP a year)</translation>
    </message>
</context>
<context>
    <name>DistributionChart</name>
    <message>
        <location filename="../../desktop/ui/appraisal/chart.py" line="81"/>
        <source>Kurva distribusi predikat</source>
        <translation>Rating distribution curve</translation>
    </message>
</context>
<context>
    <name>DistributionPanel</name>
    <message>
        <location filename="../../desktop/ui/appraisal/distribution_panel.py" line="36"/>
        <source>&lt;b&gt;Kurva distribusi predikat kinerja pegawai&lt;/b&gt;</source>
        <translation>&lt;b&gt;Distribution curve of staff performance ratings&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/appraisal/distribution_panel.py" line="77"/>
        <source>Termasuk %1 penilaian yang belum ditetapkan (masih dapat berubah).</source>
        <translation>
            <numerusform>Includes %1 evaluation not yet set (it may still change).</numerusform>
            <numerusform>Includes %1 evaluations not yet set (they may still change).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/distribution_panel.py" line="82"/>
        <source>Capaian kinerja organisasi belum ditetapkan</source>
        <translation>Organisational performance not set yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/distribution_panel.py" line="88"/>
        <source>Belum ada pegawai yang dinilai pada periode ini</source>
        <translation>No staff rated in this period yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/distribution_panel.py" line="90"/>
        <source>✓ Distribusi sesuai kuota</source>
        <translation>✓ Distribution within the quotas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/distribution_panel.py" line="96"/>
        <source>Kuota (capaian %1): %2</source>
        <translation>Quotas (performance %1): %2</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="295"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="296"/>
        <source>Paket sudah ada di flashdisk.</source>
        <translation>The package is on the stick.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="305"/>
        <source>Berkas:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="306"/>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="307"/>
        <source>Isi:</source>
        <translation>Content:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="308"/>
        <source>Enkripsi:</source>
        <translation>Encryption:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="309"/>
        <source>Sidik jari kantor:</source>
        <translation>Office fingerprint:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="312"/>
        <source>Bawa flashdisk ke pusat. Setelah pusat mengimpor paket ini, pusat memberikan berkas tanda terima (.kinerja-tt); impor di sini lewat Sinkronisasi → Impor Tanda Terima, agar paket berikutnya hanya berisi perubahan baru.</source>
        <translation>Take the stick to the centre. After importing this package the centre gives you a receipt file (.kinerja-tt); import it here through Sync → Import Receipt, so the next package only holds new changes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="331"/>
        <source>✔ Paket urutan %1 sudah ditulis dan diperiksa ulang.
Flashdisk AMAN untuk dicabut.</source>
        <translation>✔ Package %1 was written and checked again.
It is SAFE to remove the stick.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/sync/export_wizard.py" line="338"/>
        <source>%1 baris, %2%3</source>
        <translation>
            <numerusform>%1 row, %2%3</numerusform>
            <numerusform>%1 rows, %2%3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="341"/>
        <source> (paket lengkap)</source>
        <translation> (full package)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="344"/>
        <source>ya, untuk pusat %1</source>
        <translation>yes, for centre %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="346"/>
        <source>tidak (kunci pusat belum diimpor)</source>
        <translation>no (the centre&apos;s key was not imported)</translation>
    </message>
</context>
<context>
    <name>EditorHeader</name>
    <message>
        <location filename="../../desktop/ui/appraisal/header.py" line="50"/>
        <source>NIP %1 · %2</source>
        <translation>NIP %1 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/header.py" line="61"/>
        <source>Pejabat Penilai Kinerja: belum ada (tetapkan kepala unit atau atasan)</source>
        <translation>Appraising official: none yet (set the unit head or the superior)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/header.py" line="64"/>
        <source>NIP %1</source>
        <translation>NIP %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/header.py" line="67"/>
        <source>Pejabat Penilai Kinerja: %1</source>
        <translation>Appraising official: %1</translation>
    </message>
</context>
<context>
    <name>EmblemField</name>
    <message>
        <location filename="../../desktop/ui/first_run/emblem_field.py" line="26"/>
        <source>Pilih gambar…</source>
        <translation>Choose image…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/emblem_field.py" line="27"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/emblem_field.py" line="44"/>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/emblem_field.py" line="49"/>
        <source>Pilih lambang</source>
        <translation>Choose the emblem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/emblem_field.py" line="49"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>EmploymentTab</name>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="49"/>
        <source>Akhir masa perjanjian kerja PPPK</source>
        <translation>End of the PPPK employment contract</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="71"/>
        <source>Sesuai struktur</source>
        <translation>From org chart</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="75"/>
        <source>Isi dengan kepala unit menurut struktur organisasi</source>
        <translation>Fill in the unit head according to the organisation chart</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="80"/>
        <source>Status pegawai</source>
        <translation>Employment status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="81"/>
        <source>Golongan</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="82"/>
        <source>TMT golongan</source>
        <translation>Grade effective date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="83"/>
        <source>TMT CPNS</source>
        <translation>CPNS effective date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="84"/>
        <source>TMT PNS</source>
        <translation>PNS effective date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="85"/>
        <source>Akhir kontrak</source>
        <translation>Contract end</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="86"/>
        <source>Kedudukan hukum</source>
        <translation>Legal status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="87"/>
        <source>Pendidikan terakhir</source>
        <translation>Highest education</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="88"/>
        <source>Tahun lulus</source>
        <translation>Graduation year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="89"/>
        <source>NIP lama</source>
        <translation>Old NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="90"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="91"/>
        <source>Jenis jabatan</source>
        <translation>Position type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="92"/>
        <source>Jenjang</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="93"/>
        <source>Eselon</source>
        <translation>Echelon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="94"/>
        <source>TMT jabatan</source>
        <translation>Position effective date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="95"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="105"/>
        <source>Atasan langsung</source>
        <translation>Direct superior</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="57"/>
        <source>Basis data sedang dipakai</source>
        <translation>The database is in use</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="63"/>
        <source>Coba lagi</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="65"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="89"/>
        <source>Tidak dapat dilanjutkan</source>
        <translation>Cannot continue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="94"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="33"/>
        <source>Evaluasi Kinerja Pegawai</source>
        <translation>Staff Performance Evaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="40"/>
        <source>Catatan dan rekomendasi Pejabat Penilai</source>
        <translation>Appraising official&apos;s notes and recommendations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="42"/>
        <source>Hasil Kerja</source>
        <translation>Work Results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="43"/>
        <source>Perilaku Kerja</source>
        <translation>Work Behaviour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="44"/>
        <source>Catatan / Rekomendasi</source>
        <translation>Notes / Recommendations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="70"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="71"/>
        <source>Nilai</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="72"/>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="188"/>
        <source>Tetapkan</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="73"/>
        <source>Buka Kembali</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="74"/>
        <source>Keberatan Diterima</source>
        <translation>Objection Upheld</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="87"/>
        <source>%1 · Tahun %2</source>
        <translation>%1 · Year %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="123"/>
        <source>Terkunci: evaluasi ini sudah ditetapkan pada %1. Perubahan hanya dapat dilakukan setelah Buka Kembali (dengan alasan).</source>
        <translation>Locked: this evaluation was finalised on %1. It can only be changed after Reopen (with a reason).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="128"/>
        <source>Dibuka kembali: %1</source>
        <translation>Reopened: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="132"/>
        <source>Peran Anda (%1) tidak dapat mengubah evaluasi ini.</source>
        <translation>Your role (%1) cannot change this evaluation.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="138"/>
        <source>Perhatian: SKP tahun ini belum disetujui (status %1).</source>
        <translation>Note: this year&apos;s SKP has not been approved yet (status %1).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="151"/>
        <source>Pilih Rating Hasil Kerja dan Rating Perilaku Kerja sebelum menilai.</source>
        <translation>Choose the Work Results rating and the Work Behaviour rating before rating.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="183"/>
        <source>Tetapkan evaluasi</source>
        <translation>Finalise evaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="185"/>
        <source>Setelah ditetapkan, evaluasi terkunci dan hanya dapat diubah melalui Buka Kembali (dengan alasan). Tetapkan sekarang?</source>
        <translation>Once finalised, the evaluation is locked and can only be changed through Reopen (with a reason). Finalise now?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="193"/>
        <source>Buka kembali evaluasi</source>
        <translation>Reopen evaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="194"/>
        <source>Alasan membuka kembali evaluasi (wajib diisi):</source>
        <translation>Reason for reopening the evaluation (required):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="198"/>
        <source>Keberatan diterima</source>
        <translation>Objection upheld</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="199"/>
        <source>Keputusan atas keberatan pegawai (wajib diisi); evaluasi dibuka kembali:</source>
        <translation>Decision on the employee&apos;s objection (required); the evaluation is reopened:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="205"/>
        <source>Pilih baris indikator terlebih dahulu.</source>
        <translation>Select an indicator row first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="207"/>
        <source>Lampirkan bukti dukung</source>
        <translation>Attach supporting evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="213"/>
        <source>Tidak ada indikator Indeks Kepuasan Masyarakat di SKP ini.</source>
        <translation>This SKP has no Public Satisfaction Index (IKM) indicator.</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="361"/>
        <source>Ekspor Paket ke Pusat</source>
        <translation>Export Package to the Centre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="365"/>
        <source>&lt; &amp;Kembali</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="366"/>
        <source>&amp;Lanjut &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="367"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="368"/>
        <source>&amp;Selesai</source>
        <translation>&amp;Finish</translation>
    </message>
</context>
<context>
    <name>FeedbackEntryDialog</name>
    <message>
        <location filename="../../desktop/ui/appraisal/feedback_entry.py" line="27"/>
        <source>Tambah umpan balik masyarakat</source>
        <translation>Add citizen feedback</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/feedback_entry.py" line="31"/>
        <source>mis. Pelayanan cepat dan ramah saat mengurus SK</source>
        <translation>e.g. Quick and friendly service with a decree</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/feedback_entry.py" line="33"/>
        <source>mis. Survei kepuasan, kotak saran, SP4N-LAPOR!</source>
        <translation>e.g. Satisfaction survey, suggestion box, SP4N-LAPOR!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/feedback_entry.py" line="37"/>
        <source>Positif</source>
        <translation>Positive</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/feedback_entry.py" line="37"/>
        <source>Netral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/feedback_entry.py" line="38"/>
        <source>Negatif</source>
        <translation>Negative</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/feedback_entry.py" line="42"/>
        <source>Isi</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/feedback_entry.py" line="43"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/feedback_entry.py" line="44"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/feedback_entry.py" line="45"/>
        <source>Sentimen</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/feedback_entry.py" line="49"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/feedback_entry.py" line="52"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/feedback_entry.py" line="71"/>
        <source>Isi umpan balik wajib diisi.</source>
        <translation>The feedback text is required.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/feedback_entry.py" line="72"/>
        <source>Tanggal harus dalam tahun %1.</source>
        <translation>The date must lie in %1.</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <location filename="../../desktop/ui/appraisal/feedback_panel.py" line="35"/>
        <source>Tambah umpan balik…</source>
        <translation>Add feedback…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/feedback_panel.py" line="38"/>
        <source>&lt;b&gt;Umpan balik masyarakat&lt;/b&gt;</source>
        <translation>&lt;b&gt;Public feedback&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/feedback_panel.py" line="42"/>
        <source>Umpan balik masyarakat</source>
        <translation>Public feedback</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/feedback_panel.py" line="43"/>
        <source>Belum ada umpan balik masyarakat untuk periode ini.</source>
        <translation>No public feedback for this period yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/feedback_panel.py" line="61"/>
        <source>tanpa sumber</source>
        <translation>no source</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/feedback_panel.py" line="66"/>
        <source>Sentimen: %1</source>
        <translation>Sentiment: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/feedback_panel.py" line="71"/>
        <source>positif</source>
        <translation>positive</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/feedback_panel.py" line="71"/>
        <source>negatif</source>
        <translation>negative</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/feedback_panel.py" line="72"/>
        <source>netral</source>
        <translation>neutral</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../desktop/ui/file_dialogs.py" line="53"/>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_dialogs.py" line="55"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_dialogs.py" line="60"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_dialogs.py" line="102"/>
        <source>Basis data kantor yang sedang dibuka (dan berkas -wal/-shm-nya) tidak dapat dipilih di sini.</source>
        <translation>The office database that is open (and its -wal/-shm files) cannot be chosen here.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../desktop/ui/first_run/wizard.py" line="220"/>
        <source>Kantor baru</source>
        <translation>New Office</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/wizard.py" line="224"/>
        <source>&lt; &amp;Kembali</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/wizard.py" line="225"/>
        <source>&amp;Lanjut &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/wizard.py" line="226"/>
        <source>&amp;Selesai</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/wizard.py" line="227"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="71"/>
        <source>laki-laki</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="72"/>
        <source>perempuan</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="77"/>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="78"/>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="85"/>
        <source>Mutasi</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="86"/>
        <source>Pensiun</source>
        <translation>Retirement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="87"/>
        <source>Berhenti</source>
        <translation>Resignation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="88"/>
        <source>Meninggal</source>
        <translation>Deceased</translation>
    </message>
</context>
<context>
    <name>FormsPage</name>
    <message>
        <location filename="../../desktop/ui/first_run/wizard.py" line="120"/>
        <source>Formulir penilaian</source>
        <translation>Appraisal forms</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/wizard.py" line="121"/>
        <source>Periode evaluasi dan kertas cetak; lambang boleh menyusul.</source>
        <translation>Evaluation period and printing paper; the emblem can come later.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/wizard.py" line="124"/>
        <source>Triwulan (TW I–IV)</source>
        <translation>Quarterly (TW I–IV)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/wizard.py" line="124"/>
        <source>Bulanan</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/wizard.py" line="129"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/wizard.py" line="129"/>
        <source>F4 / folio (215 × 330 mm)</source>
        <translation>F4 / folio (215 × 330 mm)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/wizard.py" line="134"/>
        <source>Evaluasi periodik</source>
        <translation>Periodic evaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/wizard.py" line="135"/>
        <source>Ukuran kertas</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/wizard.py" line="139"/>
        <source>Lambang (opsional)</source>
        <translation>Emblem (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/wizard.py" line="152"/>
        <source>Lambang daerah dicetak pada Dokumen Evaluasi (PNG atau JPEG, ≤ 2 MB).</source>
        <translation>The regional emblem is printed on the evaluation document (PNG or JPEG, ≤ 2 MB).</translation>
    </message>
</context>
<context>
    <name>FormsProgressBar</name>
    <message>
        <location filename="../../desktop/ui/reports/batch_progress.py" line="20"/>
        <source>Menyiapkan…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/batch_progress.py" line="22"/>
        <source>%1 dari %2 formulir</source>
        <translation>%1 of %2 forms</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../desktop/ui/help/guide_dialog.py" line="32"/>
        <location filename="../../desktop/ui/help/guide_dialog.py" line="95"/>
        <location filename="../../desktop/ui/help/guide_dialog.py" line="103"/>
        <source>Panduan Pengguna</source>
        <translation>User Guide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/guide_dialog.py" line="36"/>
        <source>Bab panduan</source>
        <translation>Guide chapters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/guide_dialog.py" line="41"/>
        <source>Isi panduan</source>
        <translation>Guide text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/guide_dialog.py" line="42"/>
        <source>&amp;Simpan sebagai PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/guide_dialog.py" line="57"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/guide_dialog.py" line="80"/>
        <source>Simpan panduan sebagai PDF</source>
        <translation>Save the guide as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/guide_dialog.py" line="80"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/guide_dialog.py" line="96"/>
        <source>Panduan tidak dapat disimpan ke %1: %2</source>
        <translation>The guide could not be saved to %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/guide_dialog.py" line="104"/>
        <source>Panduan tersimpan di %1.</source>
        <translation>Guide saved to %1.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="70"/>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="71"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="112"/>
        <source>%1, baris %2: %3</source>
        <translation>%1, row %2: %3</translation>
    </message>
</context>
<context>
    <name>HistoryTabFactory</name>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="181"/>
        <location filename="../../desktop/ui/staff/history_tab.py" line="232"/>
        <source>Nomor SK</source>
        <translation>Decree no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="182"/>
        <source>Tanggal SK</source>
        <translation>Decree date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="186"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="187"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="188"/>
        <location filename="../../desktop/ui/staff/history_tab.py" line="198"/>
        <source>TMT</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="192"/>
        <source>Riwayat Jabatan</source>
        <translation>Position History</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="197"/>
        <source>Golongan</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="202"/>
        <source>Riwayat Golongan</source>
        <translation>Grade History</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="207"/>
        <source>Jenjang</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="208"/>
        <source>Nama sekolah / perguruan tinggi</source>
        <translation>School / university</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="209"/>
        <source>Jurusan</source>
        <translation>Major</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="210"/>
        <source>Tahun lulus</source>
        <translation>Graduation year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="213"/>
        <source>Riwayat Pendidikan</source>
        <translation>Education History</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="218"/>
        <source>Nama diklat</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="219"/>
        <source>Penyelenggara</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="220"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="221"/>
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="222"/>
        <source>JP</source>
        <translation>Hours (JP)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="229"/>
        <location filename="../../desktop/ui/staff/history_tab.py" line="235"/>
        <source>Penghargaan</source>
        <translation>Awards</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="230"/>
        <source>Pemberi</source>
        <translation>Awarded by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="231"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../../desktop/ui/staff/history_model.py" line="78"/>
        <source>%1, baris %2: %3 wajib diisi.</source>
        <translation>%1, row %2: %3 is required.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_model.py" line="126"/>
        <source>%1 harus berupa angka.</source>
        <translation>%1 must be a number.</translation>
    </message>
</context>
<context>
    <name>ImportModels</name>
    <message>
        <location filename="../../desktop/ui/imports/model.py" line="23"/>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/model.py" line="24"/>
        <source>Diubah</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/model.py" line="25"/>
        <source>Sama</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/model.py" line="26"/>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/model.py" line="35"/>
        <location filename="../../desktop/ui/imports/model.py" line="42"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/model.py" line="36"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/model.py" line="37"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/model.py" line="38"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/model.py" line="39"/>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/model.py" line="43"/>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/model.py" line="44"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/model.py" line="118"/>
        <source>Berubah: %1</source>
        <translation>Changes: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/model.py" line="164"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/model.py" line="165"/>
        <source>Unit baru</source>
        <translation>New unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/model.py" line="166"/>
        <source>Di bawah</source>
        <translation>Under</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/model.py" line="167"/>
        <source>Tingkat</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/model.py" line="168"/>
        <source>Pegawai</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/model.py" line="171"/>
        <source>Instansi</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/model.py" line="172"/>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/model.py" line="173"/>
        <source>Bidang</source>
        <translation>Division</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/model.py" line="174"/>
        <source>Subbidang/Seksi</source>
        <translation>Subdivision/Section</translation>
    </message>
</context>
<context>
    <name>ImportNotes</name>
    <message>
        <location filename="../../desktop/ui/imports/notes.py" line="26"/>
        <source>… dan %1 catatan lain</source>
        <translation>… and %1 more notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/notes.py" line="28"/>
        <source>Catatan berkas:</source>
        <translation>Notes on the file:</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="61"/>
        <source>Pratinjau Impor — %1</source>
        <translation>Import Preview — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="103"/>
        <source>Unit berikut disebut dalam berkas tetapi belum ada. Centang &quot;Buat unit baru&quot; untuk membuatnya bersama data pegawai (dalam satu penyimpanan); tanpa centang, baris pegawainya ditolak.</source>
        <translation>The units below are named in the file but do not exist yet. Tick &quot;Create new units&quot; to create them together with the staff data (in one save); without the tick, their staff rows are rejected.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="131"/>
        <source>Semua baris (%1)</source>
        <translation>All rows (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="134"/>
        <source>Ditolak (%1)</source>
        <translation>Rejected (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="139"/>
        <source>Unit baru (%1)</source>
        <translation>New units (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="142"/>
        <source>Buat unit baru (%1)</source>
        <translation>Create new units (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/imports/dialog.py" line="148"/>
        <source>Impor %1 baris</source>
        <translation>
            <numerusform>Import %1 row</numerusform>
            <numerusform>Import %1 rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="80"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="154"/>
        <source>&apos;%1&apos; tidak dibuat — mungkin maksudnya &lt;b&gt;%2&lt;/b&gt;? (baris %3)</source>
        <translation>&apos;%1&apos; not created — did you mean &lt;b&gt;%2&lt;/b&gt;? (row %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="216"/>
        <source>&lt;b&gt;Kolom dikenali:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Kolom diabaikan:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Recognised columns:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Ignored columns:&lt;/b&gt; %2</translation>
    </message>
</context>
<context>
    <name>IpAsnTab</name>
    <message>
        <location filename="../../desktop/ui/talent/ipasn_tab.py" line="46"/>
        <source>Cetak PDF…</source>
        <translation>Print PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/ipasn_tab.py" line="47"/>
        <source>Ekspor Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/ipasn_tab.py" line="50"/>
        <source>Kualifikasi</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/ipasn_tab.py" line="50"/>
        <source>Kompetensi</source>
        <translation>Competence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/ipasn_tab.py" line="50"/>
        <source>Kinerja</source>
        <translation>Performance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/ipasn_tab.py" line="51"/>
        <source>Disiplin</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/ipasn_tab.py" line="53"/>
        <location filename="../../desktop/ui/talent/ipasn_tab.py" line="59"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/ipasn_tab.py" line="53"/>
        <source>Pegawai</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/ipasn_tab.py" line="53"/>
        <source>IP ASN</source>
        <translation>IP ASN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/ipasn_tab.py" line="57"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/ipasn_tab.py" line="57"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/ipasn_tab.py" line="57"/>
        <source>Kual.</source>
        <translation>Qual.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/ipasn_tab.py" line="57"/>
        <source>Komp.</source>
        <translation>Comp.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/ipasn_tab.py" line="57"/>
        <source>Kin.</source>
        <translation>Perf.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/ipasn_tab.py" line="58"/>
        <source>Disp.</source>
        <translation>Disc.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/ipasn_tab.py" line="58"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/ipasn_tab.py" line="58"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/ipasn_tab.py" line="59"/>
        <source>Yang dapat menaikkan</source>
        <translation>Could be raised by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/ipasn_tab.py" line="59"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/ipasn_tab.py" line="90"/>
        <source>Pra-pengukuran dari data kantor (PermenPANRB 38/2018, Peraturan BKN 8/2019); PNS dan CPNS aktif. Hasil resmi IP ASN diukur di sistem BKN.</source>
        <translation>Pre-assessment from the office&apos;s data (PermenPANRB 38/2018, BKN Regulation 8/2019); active PNS and CPNS. The official IP ASN is measured in the BKN system.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/ipasn_tab.py" line="109"/>
        <source>Memuat IP ASN tahun %1…</source>
        <translation>Loading the IP ASN of %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/ipasn_tab.py" line="136"/>
        <source>Tahun %1 · %2 pegawai · rata-rata IP ASN %3 (%4) · %5 · rubrik versi %6</source>
        <translation>Year %1 · %2 staff · average IP ASN %3 (%4) · %5 · rubric version %6</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/ipasn_tab.py" line="141"/>
        <source>Sebaran kategori: %1</source>
        <translation>Category spread: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/ipasn_tab.py" line="144"/>
        <source>Pilih seorang pegawai untuk melihat bukti tiap dimensi.</source>
        <translation>Select an employee to see the evidence for each dimension.</translation>
    </message>
</context>
<context>
    <name>JpTab</name>
    <message>
        <location filename="../../desktop/ui/talent/jp_tab.py" line="40"/>
        <source>Cetak PDF…</source>
        <translation>Print PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/jp_tab.py" line="41"/>
        <source>Ekspor Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/jp_tab.py" line="45"/>
        <location filename="../../desktop/ui/talent/jp_tab.py" line="52"/>
        <location filename="../../desktop/ui/talent/jp_tab.py" line="56"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/jp_tab.py" line="45"/>
        <source>Pegawai</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/jp_tab.py" line="46"/>
        <source>% capai</source>
        <translation>% met</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/jp_tab.py" line="46"/>
        <location filename="../../desktop/ui/talent/jp_tab.py" line="50"/>
        <source>Jumlah JP</source>
        <translation>Total JP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/jp_tab.py" line="45"/>
        <source>Capai</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/jp_tab.py" line="46"/>
        <source>Di bawah</source>
        <translation>Below</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/jp_tab.py" line="47"/>
        <source>Rerata JP</source>
        <translation>Average JP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/jp_tab.py" line="50"/>
        <location filename="../../desktop/ui/talent/jp_tab.py" line="56"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/jp_tab.py" line="50"/>
        <location filename="../../desktop/ui/talent/jp_tab.py" line="56"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/jp_tab.py" line="50"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/jp_tab.py" line="51"/>
        <source>Kurang JP</source>
        <translation>JP short</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/jp_tab.py" line="51"/>
        <source>Klasikal</source>
        <translation>Classroom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/jp_tab.py" line="51"/>
        <source>Nonklasikal</source>
        <translation>Non-classroom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/jp_tab.py" line="52"/>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/jp_tab.py" line="52"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/jp_tab.py" line="56"/>
        <source>Dasar</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/jp_tab.py" line="57"/>
        <source>Saran pengembangan</source>
        <translation>Suggested development</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/jp_tab.py" line="59"/>
        <source>Hanya yang di bawah target</source>
        <translation>Only those below target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/jp_tab.py" line="81"/>
        <source>Saran bagi BKPSDM dari evaluasi kinerja di bawah ekspektasi (tahunan; bila belum ditetapkan, periodik terakhir): bukan keputusan.</source>
        <translation>Suggestions for the BKPSDM from performance evaluations below expectations (annual; if not finalised yet, the latest periodic one): not a decision.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/jp_tab.py" line="88"/>
        <source>Per pegawai</source>
        <translation>Per employee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/jp_tab.py" line="89"/>
        <source>Kebutuhan pengembangan</source>
        <translation>Development needs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/jp_tab.py" line="109"/>
        <source>Memuat JP tahun %1…</source>
        <translation>Loading the training hours of %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/jp_tab.py" line="133"/>
        <source>Tahun %1 · target %2 JP per pegawai · %3 pegawai (PNS dan CPNS; PPPK tidak termasuk) · %4 mencapai target · %5 di bawah target · rata-rata %6 JP</source>
        <translation>Year %1 · target %2 JP (hours) per employee · %3 staff (PNS and CPNS; PPPK not included) · %4 reached the target · %5 below target · average %6 JP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/jp_tab.py" line="141"/>
        <source>Kebutuhan pengembangan (%1)</source>
        <translation>Development needs (%1)</translation>
    </message>
</context>
<context>
    <name>KeyFlows</name>
    <message>
        <location filename="../../desktop/ui/sync/key_flows.py" line="56"/>
        <source>Pilih folder untuk berkas kunci</source>
        <translation>Choose a folder for the key file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/key_flows.py" line="65"/>
        <source>Berikan berkas ini kepada setiap kantor. Saat kantor menelepon untuk mencocokkan, bacakan sidik jari ini.</source>
        <translation>Give this file to every office. When an office phones to check, read out this fingerprint.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/key_flows.py" line="68"/>
        <source>Serahkan berkas ini ke pusat. Saat pusat menelepon untuk mencocokkan, bacakan sidik jari ini.</source>
        <translation>Hand this file to the centre. When the centre phones to check, read out this fingerprint.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/key_flows.py" line="73"/>
        <source>Berkas kunci ditulis</source>
        <translation>Key file written</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/key_flows.py" line="74"/>
        <source>Berkas kunci ditulis ke %1.

Sidik jari: %2

%3</source>
        <translation>Key file written to %1.

Fingerprint: %2

%3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/key_flows.py" line="87"/>
        <source>Impor Kunci Kantor</source>
        <translation>Import Office Key</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/key_flows.py" line="87"/>
        <source>Impor Kunci Pusat</source>
        <translation>Import Centre Key</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/key_flows.py" line="88"/>
        <source>Berkas kunci Kinerja Luring %1;;Semua berkas (*)</source>
        <translation>Kinerja Luring key files %1;;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/key_flows.py" line="107"/>
        <source>Kunci kantor %1 (%2)</source>
        <translation>Key of office %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/key_flows.py" line="112"/>
        <source>Telepon kantor tersebut dan minta operatornya membacakan sidik jari pada layar Sinkronisasi → Status Sinkronisasi. Daftarkan hanya bila sama persis.</source>
        <translation>Phone that office and ask the operator to read out the fingerprint shown under Sync → Sync Status. Register it only if it is exactly the same.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/key_flows.py" line="116"/>
        <source>Kunci pusat %1</source>
        <translation>Key of centre %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/key_flows.py" line="116"/>
        <location filename="../../desktop/ui/sync/key_flows.py" line="139"/>
        <source>(tanpa nama)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/key_flows.py" line="118"/>
        <source>Telepon pusat dan minta petugasnya membacakan sidik jari kunci pusat. Terima hanya bila sama persis: paket kantor ini akan dienkripsi untuk kunci ini.</source>
        <translation>Phone the centre and ask them to read out the centre key&apos;s fingerprint. Accept it only if it is exactly the same: this office&apos;s packages will be encrypted for this key.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/key_flows.py" line="123"/>
        <source>Cocokkan sidik jari</source>
        <translation>Check the fingerprint</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/key_flows.py" line="124"/>
        <source>%1

Sidik jari:
%2

%3</source>
        <translation>%1

Fingerprint:
%2

%3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/key_flows.py" line="128"/>
        <source>Sidik jari cocok, terima</source>
        <translation>Fingerprint matches, accept</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/key_flows.py" line="134"/>
        <source>Kantor %1 terdaftar (sidik jari %2).</source>
        <translation>Office %1 registered (fingerprint %2).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/key_flows.py" line="137"/>
        <source>Kunci pusat %1 diterima (sidik jari %2). Paket berikutnya dienkripsi untuk pusat ini.</source>
        <translation>Key of centre %1 accepted (fingerprint %2). The next packages are encrypted for this centre.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/key_flows.py" line="142"/>
        <source>Menggantikan kunci %1.</source>
        <translation>Replaces key %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/key_flows.py" line="146"/>
        <source>Kunci diterima</source>
        <translation>Key accepted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/key_flows.py" line="167"/>
        <source>Basis data pusat</source>
        <translation>Central database</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/key_flows.py" line="169"/>
        <source>Basis data ini sekarang basis data pusat %1. Ekspor kunci pusat (Sinkronisasi → Ekspor Kunci Pusat) dan berikan kepada setiap kantor.</source>
        <translation>This database is now the central database of %1. Export the centre key (Sync → Export Centre Key) and give it to every office.</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <location filename="../../desktop/ui/appraisal/prompt_dialogs.py" line="118"/>
        <source>Pustaka indikator</source>
        <translation>Indicator library</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/prompt_dialogs.py" line="121"/>
        <source>RHK / Indikator</source>
        <translation>RHK / Indicator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/prompt_dialogs.py" line="121"/>
        <source>Aspek</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/prompt_dialogs.py" line="121"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/prompt_dialogs.py" line="126"/>
        <source>Ambil yang dicentang</source>
        <translation>Use the ticked ones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/prompt_dialogs.py" line="129"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/prompt_dialogs.py" line="133"/>
        <source>Centang indikator yang akan dipakai (Spasi).</source>
        <translation>Tick the indicators to use (Space).</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../desktop/ui/accounts/lock_screen.py" line="50"/>
        <source>&amp;Masuk</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/lock_screen.py" line="52"/>
        <source>Pengguna &amp;lain…</source>
        <translation>&amp;Other user…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/lock_screen.py" line="67"/>
        <source>Nama &amp;pengguna</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/lock_screen.py" line="68"/>
        <source>&amp;Kata sandi</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/lock_screen.py" line="92"/>
        <source>Kinerja Luring terkunci</source>
        <translation>Kinerja Luring is locked</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/lock_screen.py" line="94"/>
        <source>Jendela dikunci. Masukkan kata sandi %1 untuk melanjutkan.</source>
        <translation>The window is locked. Enter the password for %1 to continue.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/lock_screen.py" line="99"/>
        <source>Masuk ke Kinerja Luring</source>
        <translation>Sign in to Kinerja Luring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/lock_screen.py" line="100"/>
        <source>Masukkan nama pengguna dan kata sandi Anda.</source>
        <translation>Enter your username and password.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/lock_screen.py" line="121"/>
        <source>Isi nama pengguna.</source>
        <translation>Enter your username.</translation>
    </message>
</context>
<context>
    <name>LowPerformanceTab</name>
    <message>
        <location filename="../../desktop/ui/talent/performance_tab.py" line="30"/>
        <source>Hanya yang berturut-turut</source>
        <translation>Consecutive only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/performance_tab.py" line="33"/>
        <source>Bahan pembinaan, bukan keputusan.</source>
        <translation>Guidance material, not a decision.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/performance_tab.py" line="35"/>
        <source>Cetak PDF…</source>
        <translation>Print PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/performance_tab.py" line="36"/>
        <source>Ekspor xlsx…</source>
        <translation>Export xlsx…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/performance_tab.py" line="68"/>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/performance_tab.py" line="80"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/performance_tab.py" line="81"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/performance_tab.py" line="82"/>
        <source>Golongan</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/performance_tab.py" line="83"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/performance_tab.py" line="84"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/performance_tab.py" line="85"/>
        <source>Berturut-turut</source>
        <translation>Consecutive</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/performance_tab.py" line="86"/>
        <source>Periode dan predikat</source>
        <translation>Periods and ratings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/performance_tab.py" line="91"/>
        <source>%1 pegawai, %2 berturut-turut</source>
        <translation>%1 staff, %2 consecutive</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../desktop/ui/actions.py" line="22"/>
        <source>&amp;Buka basis data…</source>
        <translation>O&amp;pen Database…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="23"/>
        <source>Basis data ba&amp;ru…</source>
        <translation>&amp;New Database…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="25"/>
        <source>&amp;Impor Pegawai…</source>
        <translation>&amp;Import Staff…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="26"/>
        <source>&amp;Ekspor Pegawai…</source>
        <translation>&amp;Export Staff…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="28"/>
        <source>Sertakan data &amp;pribadi saat ekspor</source>
        <translation>Include personal &amp;data in exports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="31"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="33"/>
        <source>&amp;Tambah</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="32"/>
        <source>Pen&amp;gaturan Kantor…</source>
        <translation>&amp;Office Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="35"/>
        <source>Tambah pegawai baru (%1)</source>
        <translation>Add a new employee (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="37"/>
        <source>&amp;Buka</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="39"/>
        <source>Buka data pegawai terpilih (Enter)</source>
        <translation>Open the selected employee (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="40"/>
        <source>&amp;Nonaktifkan…</source>
        <translation>&amp;Deactivate…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="41"/>
        <source>&amp;Aktifkan kembali</source>
        <translation>&amp;Reactivate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="42"/>
        <source>&amp;Cari…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="43"/>
        <source>Tampilkan pegawai &amp;nonaktif</source>
        <translation>Show &amp;inactive staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="48"/>
        <source>&amp;Tentang Kinerja Luring</source>
        <translation>&amp;About Kinerja Luring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="49"/>
        <source>&amp;Pintasan Papan Ketik…</source>
        <translation>&amp;Keyboard Shortcuts…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="50"/>
        <source>Pan&amp;duan Pengguna</source>
        <translation>&amp;User Guide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="51"/>
        <source>&amp;Data Pegawai</source>
        <translation>&amp;Staff Records</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="53"/>
        <source>&amp;Penilaian Kinerja</source>
        <translation>&amp;Performance Appraisal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="73"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="75"/>
        <source>Berkas &amp;terakhir</source>
        <translation>&amp;Recent Files</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="83"/>
        <source>&amp;Pegawai</source>
        <translation>&amp;Staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="87"/>
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="91"/>
        <source>&amp;Bahasa</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="94"/>
        <source>B&amp;antuan</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="93"/>
        <source>Data Pegawai</source>
        <translation>Staff Records</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="94"/>
        <location filename="../../desktop/ui/main_window.py" line="290"/>
        <source>Penilaian Kinerja</source>
        <translation>Performance Appraisal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="96"/>
        <source>Belum ada unit kerja</source>
        <translation>No work units yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="97"/>
        <source>Impor daftar pegawai; unit kerjanya dapat dibuat dari daftar itu.</source>
        <translation>Import a staff list; its work units can be created from it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="111"/>
        <location filename="../../desktop/ui/main_window.py" line="240"/>
        <source>KANTOR CONTOH</source>
        <translation>DEMO OFFICE</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="116"/>
        <source>Data rekaan untuk mencoba aplikasi; bukan data kantor Anda.</source>
        <translation>Made-up data for trying out the app; not your office&apos;s data.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="123"/>
        <source>Alat utama</source>
        <translation>Main tools</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="298"/>
        <source>Distribusi</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="299"/>
        <source>SKM</source>
        <translation>SKM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="331"/>
        <source>Memuat daftar pegawai…</source>
        <translation>Loading the staff list…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="334"/>
        <source>Menampilkan %1 dari %2 pegawai</source>
        <translation>Showing %1 of %2 staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="350"/>
        <source>Tersimpan: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="374"/>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="376"/>
        <source>Bahasa akan berganti setelah aplikasi dibuka kembali.
The language changes when the app is restarted.</source>
        <translation>The language changes when the app is restarted.
Bahasa akan berganti setelah aplikasi dibuka kembali.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="390"/>
        <source>Pengaturan kantor tersimpan.</source>
        <translation>Office settings saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="409"/>
        <source>Tentang Kinerja Luring</source>
        <translation>About Kinerja Luring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="411"/>
        <source>Kinerja Luring %1
Data kepegawaian dan penilaian kinerja ASN tanpa internet.
Basis data: %2</source>
        <translation>Kinerja Luring %1
Staff records and civil-service performance appraisal without internet.
Database: %2</translation>
    </message>
</context>
<context>
    <name>MakeCentralDialog</name>
    <message>
        <location filename="../../desktop/ui/sync/role_dialog.py" line="29"/>
        <source>Jadikan Basis Data Pusat</source>
        <translation>Make This the Central Database</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/role_dialog.py" line="32"/>
        <source>Basis data ini akan menjadi basis data &lt;b&gt;pusat&lt;/b&gt;: menerima paket dari kantor-kantor dan menulis tanda terima, dan tidak lagi mengirim paket. Lakukan ini hanya pada berkas basis data yang khusus dipakai pusat (BKN Kantor Regional atau BKD), bukan pada basis data kantor.</source>
        <translation>This database will become a &lt;b&gt;central&lt;/b&gt; database: it receives packages from offices and writes receipts, and no longer sends packages. Do this only on a database file kept for the centre (BKN regional office or BKD), never on an office&apos;s database.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/role_dialog.py" line="41"/>
        <source>mis. BKN Kantor Regional VII Palembang</source>
        <translation>e.g. BKN Kantor Regional VII Palembang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/role_dialog.py" line="44"/>
        <source>&amp;Nama pusat:</source>
        <translation>Centre &amp;name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/role_dialog.py" line="50"/>
        <source>&amp;Jadikan Pusat</source>
        <translation>&amp;Make Central</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/role_dialog.py" line="52"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/role_dialog.py" line="66"/>
        <source>Isi nama pusat; nama ini tertulis pada setiap tanda terima.</source>
        <translation>Enter the centre&apos;s name; it is written on every receipt.</translation>
    </message>
</context>
<context>
    <name>ManageAccounts</name>
    <message>
        <location filename="../../desktop/ui/accounts/manage_controller.py" line="126"/>
        <source>Nonaktifkan akun</source>
        <translation>Deactivate account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/manage_controller.py" line="128"/>
        <source>Nonaktifkan akun %1? Pemiliknya tidak dapat masuk lagi sampai diaktifkan kembali.</source>
        <translation>Deactivate the account %1? Its owner cannot sign in again until it is reactivated.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/manage_controller.py" line="131"/>
        <source>Nonaktifkan</source>
        <translation>Deactivate</translation>
    </message>
</context>
<context>
    <name>ManageAccountsDialog</name>
    <message>
        <location filename="../../desktop/ui/accounts/manage.py" line="39"/>
        <source>Kelola Akun</source>
        <translation>Manage Accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/manage.py" line="44"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/manage.py" line="45"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/manage.py" line="46"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/manage.py" line="47"/>
        <source>Cakupan</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/manage.py" line="48"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/manage.py" line="49"/>
        <source>Masuk terakhir</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/manage.py" line="59"/>
        <source>&amp;Tambah…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/manage.py" line="60"/>
        <source>&amp;Peran dan cakupan…</source>
        <translation>&amp;Role and scope…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/manage.py" line="61"/>
        <source>&amp;Reset kata sandi…</source>
        <translation>Reset &amp;password…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/manage.py" line="62"/>
        <location filename="../../desktop/ui/accounts/manage.py" line="152"/>
        <source>&amp;Nonaktifkan</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/manage.py" line="65"/>
        <source> menit</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/manage.py" line="66"/>
        <source>tidak pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/manage.py" line="82"/>
        <source>&amp;Kunci jendela bila tidak dipakai selama</source>
        <translation>&amp;Lock the window when idle for</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/manage.py" line="88"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/manage.py" line="122"/>
        <source>Nonaktif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/manage.py" line="124"/>
        <source>Terkunci</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/manage.py" line="125"/>
        <source>Harus ganti sandi</source>
        <translation>Must change password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/manage.py" line="125"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/manage.py" line="152"/>
        <source>&amp;Aktifkan</source>
        <translation>Ac&amp;tivate</translation>
    </message>
</context>
<context>
    <name>MapTab</name>
    <message>
        <location filename="../../desktop/ui/talent/map_tab.py" line="65"/>
        <source>Hanya PNS aktif yang dipetakan; PPPK dan CPNS tidak termasuk. Kinerja dari predikat tahunan yang ditetapkan, potensial dari hasil asesmen (JPM).</source>
        <translation>Only active PNS are mapped; PPPK and CPNS are not included. Performance comes from the finalised annual ratings, potential from the assessment results (JPM).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/map_tab.py" line="71"/>
        <source>Cetak PDF…</source>
        <translation>Print PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/map_tab.py" line="72"/>
        <source>Ekspor Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/map_tab.py" line="90"/>
        <source>Pilih sebuah kotak untuk melihat pegawainya.</source>
        <translation>Select a box to see its staff.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/map_tab.py" line="100"/>
        <source>Pegawai di kotak</source>
        <translation>Staff in the box</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/map_tab.py" line="101"/>
        <source>Belum dipetakan</source>
        <translation>Not yet mapped</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/map_tab.py" line="156"/>
        <source>Tahun %1 · %2 pegawai dipetakan
Belum dipetakan: %3
Tidak memenuhi rekam jejak: %4
Kelompok rencana suksesi (kotak 7–9): %5</source>
        <translation>Year %1 · %2 staff mapped
Not yet mapped: %3
Track record not met: %4
Succession pool (boxes 7–9): %5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/map_tab.py" line="166"/>
        <source>Belum dipetakan (%1)</source>
        <translation>Not yet mapped (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/map_tab.py" line="181"/>
        <source>Kotak %1 — %2 (%3 orang). Rekomendasi: %4</source>
        <translation>Box %1 — %2 (%3 people). Recommendation: %4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/map_tab.py" line="196"/>
        <source>Menyusun peta talenta…</source>
        <translation>Building the talent map…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/map_tab.py" line="200"/>
        <source>Dibatalkan.</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>NextPage</name>
    <message>
        <location filename="../../desktop/ui/first_run/wizard.py" line="163"/>
        <source>Langkah berikutnya</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/wizard.py" line="165"/>
        <source>Data kantor disimpan saat Anda memilih. Dari mana data kantor Anda datang?</source>
        <translation>The office details are saved when you choose. Where does your office&apos;s data come from?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/wizard.py" line="171"/>
        <source>Impor struktur organisasi</source>
        <translation>Import the organisation structure</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/wizard.py" line="172"/>
        <source>Daftar unit kerja (SOTK) dari lembar kerja xlsx/csv: kode, nama, induk.</source>
        <translation>The list of work units (SOTK) from an xlsx/csv spreadsheet: code, name, parent.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/wizard.py" line="178"/>
        <source>Impor data pegawai</source>
        <translation>Import staff data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/wizard.py" line="180"/>
        <source>Daftar pegawai Anda (xlsx/csv) atau unduhan SIASN; unit kerja yang belum ada dapat dibuat dari daftarnya.</source>
        <translation>Your staff list (xlsx/csv) or a SIASN download; work units that do not exist yet can be created from the list.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/wizard.py" line="187"/>
        <source>Buka kantor contoh</source>
        <translation>Open the demo office</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/wizard.py" line="189"/>
        <source>Kabupaten rekaan di berkas tersendiri untuk mencoba aplikasi; data kantor Anda tidak tersentuh.</source>
        <translation>A made-up regency in a file of its own, for trying out the app; your office&apos;s data is not touched.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/wizard.py" line="193"/>
        <source>Atau tekan Selesai untuk mulai dengan jendela kosong.</source>
        <translation>Or press Finish to start with an empty window.</translation>
    </message>
</context>
<context>
    <name>NineBoxGrid</name>
    <message>
        <location filename="../../desktop/ui/talent/map_grid.py" line="59"/>
        <source>Di atas
ekspektasi</source>
        <translation>Above
expectations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/map_grid.py" line="59"/>
        <source>Sesuai
ekspektasi</source>
        <translation>Meets
expectations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/map_grid.py" line="60"/>
        <source>Di bawah
ekspektasi</source>
        <translation>Below
expectations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/map_grid.py" line="72"/>
        <source>KINERJA ↑</source>
        <translation>PERFORMANCE ↑</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/map_grid.py" line="77"/>
        <source>Rendah</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/map_grid.py" line="77"/>
        <source>Menengah</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/map_grid.py" line="77"/>
        <source>Tinggi</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/map_grid.py" line="81"/>
        <source>POTENSIAL →</source>
        <translation>POTENTIAL →</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="70"/>
        <source>Pengaturan Kantor</source>
        <translation>Office Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="81"/>
        <source>mis. Pemerintah Kabupaten Kepahiang</source>
        <translation>e.g. Pemerintah Kabupaten Kepahiang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="84"/>
        <source>mis. Badan Kepegawaian dan Pengembangan Sumber Daya Manusia</source>
        <translation>e.g. Badan Kepegawaian dan Pengembangan Sumber Daya Manusia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="87"/>
        <source>mis. Kepahiang</source>
        <translation>e.g. Kepahiang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="90"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="90"/>
        <source>F4 / folio (215 × 330 mm)</source>
        <translation>F4 / folio (215 × 330 mm)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="94"/>
        <source>Triwulan (TW I–IV)</source>
        <translation>Quarterly (TW I–IV)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="94"/>
        <source>Bulanan</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="98"/>
        <source>Instansi</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="99"/>
        <source>Nama kantor</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="100"/>
        <source>Tempat tanda tangan</source>
        <translation>Place of signing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="101"/>
        <source>Evaluasi periodik</source>
        <translation>Periodic evaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="102"/>
        <source>Ukuran kertas</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="103"/>
        <source>Lambang</source>
        <translation>Emblem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="107"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="111"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="116"/>
        <source>Nama instansi dicetak di kepala setiap formulir penilaian; tempat tanda tangan dicetak sebelum tanggal (mis. “Kepahiang, 23 November 2026”).</source>
        <translation>The agency name is printed at the head of every appraisal form; the place of signing is printed before the date (e.g. “Kepahiang, 23 November 2026”).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="134"/>
        <source>Pilih gambar…</source>
        <translation>Choose image…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="135"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="156"/>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="162"/>
        <source>Pilih lambang</source>
        <translation>Choose the emblem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="162"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="185"/>
        <source>%1 evaluasi yang sudah ada tetap seperti semula; evaluasi baru memakai periode ini.</source>
        <translation>%1 existing evaluations stay as they are; new evaluations use this period.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="192"/>
        <source>Nama instansi wajib diisi.</source>
        <translation>The agency name is required.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="223"/>
        <source>Berkas tidak dapat dibaca: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="227"/>
        <source>Gambar terlalu besar (maksimal 2 MB); perkecil dulu.</source>
        <translation>The image is too large (2 MB at most); make it smaller first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="232"/>
        <source>Berkas ini bukan gambar PNG atau JPEG yang dapat dibaca.</source>
        <translation>This file is not a readable PNG or JPEG image.</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../desktop/ui/first_run/wizard.py" line="64"/>
        <source>Selamat datang di Kinerja Luring</source>
        <translation>Welcome to Kinerja Luring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/wizard.py" line="67"/>
        <source>Basis data ini belum berisi kantor. Isi nama kantor Anda; semuanya dapat diubah nanti di Berkas → Pengaturan Kantor.</source>
        <translation>This database has no office yet. Enter your office&apos;s names; everything can be changed later under File → Office Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/wizard.py" line="72"/>
        <source>mis. Pemerintah Kabupaten Kepahiang</source>
        <translation>e.g. Pemerintah Kabupaten Kepahiang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/wizard.py" line="75"/>
        <source>mis. Badan Kepegawaian dan Pengembangan Sumber Daya Manusia</source>
        <translation>e.g. Badan Kepegawaian dan Pengembangan Sumber Daya Manusia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/wizard.py" line="78"/>
        <source>mis. Kepahiang</source>
        <translation>e.g. Kepahiang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/wizard.py" line="80"/>
        <source>Instansi</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/wizard.py" line="81"/>
        <source>Nama kantor</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/wizard.py" line="82"/>
        <source>Tempat tanda tangan</source>
        <translation>Place of signing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/wizard.py" line="85"/>
        <source>Hanya ingin mencoba? Buka kantor contoh</source>
        <translation>Just want to try it? Open the demo office</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/wizard.py" line="95"/>
        <source>Nama instansi dicetak di kepala setiap formulir penilaian; tempat tanda tangan dicetak sebelum tanggal (mis. “Kepahiang, 23 November 2026”).</source>
        <translation>The agency name is printed at the head of every appraisal form; the place of signing is printed before the date (e.g. “Kepahiang, 23 November 2026”).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/wizard.py" line="108"/>
        <source>Nama instansi wajib diisi.</source>
        <translation>The agency name is required.</translation>
    </message>
</context>
<context>
    <name>OfficialForm</name>
    <message>
        <location filename="../../desktop/ui/officials/form.py" line="34"/>
        <source>Pejabat di Luar Daftar Pegawai</source>
        <translation>Official Outside the Staff List</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/officials/form.py" line="40"/>
        <source>kosongkan bila tidak ada (mis. Bupati)</source>
        <translation>leave empty if there is none (e.g. a regent)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/officials/form.py" line="44"/>
        <source>mis. Bupati Kepahiang</source>
        <translation>e.g. Bupati Kepahiang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/officials/form.py" line="50"/>
        <source>Aktif (dapat dipilih sebagai pejabat penilai)</source>
        <translation>Active (can be chosen as appraising official)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/officials/form.py" line="53"/>
        <source>&amp;Nama:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/officials/form.py" line="54"/>
        <source>Gelar &amp;depan:</source>
        <translation>&amp;Title (before name):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/officials/form.py" line="55"/>
        <source>Gelar &amp;belakang:</source>
        <translation>&amp;Degree (after name):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/officials/form.py" line="56"/>
        <source>&amp;Jabatan:</source>
        <translation>P&amp;osition:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/officials/form.py" line="57"/>
        <source>NIP/NR&amp;P:</source>
        <translation>NIP/NR&amp;P:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/officials/form.py" line="58"/>
        <source>&amp;Golongan:</source>
        <translation>&amp;Grade:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/officials/form.py" line="59"/>
        <source>&amp;Instansi:</source>
        <translation>&amp;Agency:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/officials/form.py" line="60"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/officials/form.py" line="61"/>
        <source>&amp;Memimpin unit:</source>
        <translation>&amp;Heads unit:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/officials/form.py" line="67"/>
        <source>Pejabat yang memimpin unit teratas (mis. Bupati untuk Pemerintah Kabupaten) menjadi pejabat penilai Sekretaris Daerah dan atasan pejabat penilai di bawahnya.</source>
        <translation>The official who heads the top unit (e.g. the regent for the Pemerintah Kabupaten) becomes the appraising official of the Regional Secretary and the appraiser&apos;s superior for the officials below.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/officials/form.py" line="77"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/officials/form.py" line="78"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/officials/form.py" line="107"/>
        <source>Nama wajib diisi.</source>
        <translation>The name is required.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/officials/form.py" line="109"/>
        <source>Jabatan wajib diisi.</source>
        <translation>The position is required.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/officials/form.py" line="112"/>
        <source>NIP/NRP hanya berisi angka (boleh dikosongkan).</source>
        <translation>The NIP/NRP holds digits only (it may be left empty).</translation>
    </message>
</context>
<context>
    <name>OfficialsController</name>
    <message>
        <location filename="../../desktop/ui/officials/controller.py" line="34"/>
        <source>Pejabat di &amp;Luar Daftar Pegawai…</source>
        <translation>Officials Outside the Staff &amp;List…</translation>
    </message>
</context>
<context>
    <name>OfficialsDialog</name>
    <message>
        <location filename="../../desktop/ui/officials/dialog.py" line="31"/>
        <source>Pejabat di Luar Daftar Pegawai</source>
        <translation>Officials Outside the Staff List</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/officials/dialog.py" line="35"/>
        <source>Pejabat penilai atau atasan yang tidak ada di daftar pegawai kantor ini: Bupati, Wakil Bupati, atau pejabat instansi lain. Mereka dapat dipilih sebagai pejabat penilai pada SKP, dan tercetak pada formulir dengan NIP &quot;-&quot; bila tidak ada.</source>
        <translation>Appraising officials or superiors who are not on this office&apos;s staff list: the regent (Bupati), the deputy regent, or officials of other agencies. They can be chosen as the appraising official on an SKP, and are printed on the forms with NIP &quot;-&quot; when they have none.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/officials/dialog.py" line="44"/>
        <source>Belum ada pejabat di luar daftar pegawai. Tambahkan Bupati bila ia menilai Sekretaris Daerah.</source>
        <translation>No officials outside the staff list yet. Add the regent (Bupati) if they appraise the Regional Secretary.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/officials/dialog.py" line="52"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/officials/dialog.py" line="52"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/officials/dialog.py" line="52"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/officials/dialog.py" line="52"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/officials/dialog.py" line="53"/>
        <source>Memimpin unit</source>
        <translation>Heads unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/officials/dialog.py" line="64"/>
        <source>&amp;Tambah…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/officials/dialog.py" line="65"/>
        <source>&amp;Ubah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/officials/dialog.py" line="66"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/officials/dialog.py" line="89"/>
        <source> · nonaktif</source>
        <translation> · inactive</translation>
    </message>
</context>
<context>
    <name>PackageTree</name>
    <message>
        <location filename="../../desktop/ui/sync/package_tree.py" line="59"/>
        <source>Kantor %1 belum terdaftar dan sidik jarinya (%2) tidak dikonfirmasi. Cocokkan sidik jari dengan kantor itu lalu impor ulang, atau impor dulu berkas kuncinya. Tidak ada yang diubah.</source>
        <translation>Office %1 is not registered and its fingerprint (%2) was not confirmed. Check the fingerprint with that office and import again, or import its key file first. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/package_tree.py" line="78"/>
        <source>Kantor / berkas paket</source>
        <translation>Office / package file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/package_tree.py" line="78"/>
        <location filename="../../desktop/ui/sync/package_tree.py" line="90"/>
        <source>Urutan</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/package_tree.py" line="78"/>
        <source>Status</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/package_tree.py" line="79"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/package_tree.py" line="79"/>
        <source>Baris</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/package_tree.py" line="79"/>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/package_tree.py" line="114"/>
        <source>dicabut</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/package_tree.py" line="114"/>
        <source>terdaftar</source>
        <translation>registered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/package_tree.py" line="118"/>
        <source>diterapkan sampai urutan %1 · sidik jari %2</source>
        <translation>applied up to number %1 · fingerprint %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/package_tree.py" line="123"/>
        <source>Kantor %1 (%2)
Sidik jari kunci: %3
Terdaftar %4 oleh %5</source>
        <translation>Office %1 (%2)
Key fingerprint: %3
Registered %4 by %5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/package_tree.py" line="131"/>
        <source>Kunci dicabut %1. %2</source>
        <translation>Key revoked %1. %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/package_tree.py" line="150"/>
        <source>menunggu paket urutan %1 dari kantor ini</source>
        <translation>waiting for package %1 of this office</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/package_tree.py" line="154"/>
        <source>sudah tercakup paket yang lebih baru; tidak diterapkan</source>
        <translation>covered by a newer package; not applied</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/package_tree.py" line="157"/>
        <source>baru %1 · diubah %2 · sama %3 · dihapus %4 · konflik %5</source>
        <translation>new %1 · updated %2 · unchanged %3 · deleted %4 · conflicts %5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/package_tree.py" line="167"/>
        <source>paket lengkap</source>
        <translation>full package</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/package_tree.py" line="169"/>
        <source>perubahan sejak paket urutan %1</source>
        <translation>changes since package %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/package_tree.py" line="173"/>
        <source>diterima %1</source>
        <translation>received %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/package_tree.py" line="175"/>
        <source>diterapkan %1</source>
        <translation>applied %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/package_tree.py" line="186"/>
        <source> (belum terdaftar)</source>
        <translation> (not registered)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/package_tree.py" line="188"/>
        <source>Berkas tidak dikenal</source>
        <translation>Unknown files</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/package_tree.py" line="190"/>
        <source>sidik jari %1</source>
        <translation>fingerprint %1</translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <location filename="../../desktop/ui/reports/paper.py" line="21"/>
        <source>F4 (215 × 330 mm)</source>
        <translation>F4 (215 × 330 mm)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/paper.py" line="22"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../desktop/ui/backup/stick.py" line="40"/>
        <source>Kata sandi cadangan</source>
        <translation>Backup password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup/stick.py" line="42"/>
        <source>Cadangan dienkripsi dengan kata sandi ini (paling sedikit %1 karakter).</source>
        <translation>The backup is encrypted with this password (at least %1 characters).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup/stick.py" line="46"/>
        <source>&amp;Tulis ke Flashdisk</source>
        <translation>&amp;Write to USB Stick</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup/stick.py" line="54"/>
        <source>Catat kata sandi di tempat yang aman. Tanpa kata sandi, cadangan ini tidak dapat dibuka oleh siapa pun, termasuk Anda.</source>
        <translation>Write the password down somewhere safe. Without it nobody can open this backup, not even you.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup/stick.py" line="64"/>
        <source>Kata &amp;sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup/stick.py" line="65"/>
        <source>&amp;Ulangi kata sandi:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../desktop/ui/accounts/forms.py" line="147"/>
        <source>Ganti kata sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/forms.py" line="147"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/forms.py" line="147"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/forms.py" line="153"/>
        <source>Kata sandi Anda direset oleh admin. Pilih kata sandi baru sebelum melanjutkan.</source>
        <translation>Your password was reset by an admin. Choose a new password before you continue.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/forms.py" line="159"/>
        <source>Kata sandi &amp;lama</source>
        <translation>&amp;Old password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/forms.py" line="160"/>
        <source>Kata sandi &amp;baru (min. %1 karakter)</source>
        <translation>&amp;New password (min. %1 characters)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/forms.py" line="162"/>
        <source>&amp;Ulangi kata sandi baru</source>
        <translation>&amp;Repeat new password</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <location filename="../../desktop/ui/reports/period_dialog.py" line="54"/>
        <source>Tahun dan periode penilaian yang dicetak:</source>
        <translation>Year and appraisal period to print:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/period_dialog.py" line="56"/>
        <source>Tahun SKP yang dicetak:</source>
        <translation>Year of the SKP to print:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/period_dialog.py" line="59"/>
        <source>&amp;Tahun</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/period_dialog.py" line="63"/>
        <source>&amp;Periode</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/period_dialog.py" line="69"/>
        <source>&amp;Lanjut</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/period_dialog.py" line="72"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PersonalTab</name>
    <message>
        <location filename="../../desktop/ui/staff/personal_tab.py" line="64"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/personal_tab.py" line="65"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/personal_tab.py" line="66"/>
        <source>Gelar depan</source>
        <translation>Title (before name)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/personal_tab.py" line="67"/>
        <source>Gelar belakang</source>
        <translation>Degree (after name)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/personal_tab.py" line="68"/>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/personal_tab.py" line="69"/>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/personal_tab.py" line="70"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/personal_tab.py" line="71"/>
        <source>Agama</source>
        <translation>Religion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/personal_tab.py" line="72"/>
        <source>Status perkawinan</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/personal_tab.py" line="73"/>
        <source>NIK</source>
        <translation>NIK (national ID)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/personal_tab.py" line="74"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/personal_tab.py" line="75"/>
        <source>No. HP</source>
        <translation>Mobile no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/personal_tab.py" line="76"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/personal_tab.py" line="149"/>
        <source>lahir %1</source>
        <translation>born %1</translation>
    </message>
</context>
<context>
    <name>PlacementModel</name>
    <message>
        <location filename="../../desktop/ui/talent/map_model.py" line="38"/>
        <source>Rekam Jejak</source>
        <translation>Track Record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/map_model.py" line="38"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/map_model.py" line="40"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/map_model.py" line="41"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/map_model.py" line="42"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/map_model.py" line="43"/>
        <source>Unit Kerja</source>
        <translation>Work Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/map_model.py" line="44"/>
        <location filename="../../desktop/ui/talent/map_model.py" line="45"/>
        <source>Predikat %1</source>
        <translation>Rating %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/map_model.py" line="46"/>
        <source>JPM</source>
        <translation>JPM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/map_model.py" line="73"/>
        <source>Memenuhi</source>
        <translation>Met</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../desktop/ui/reports/preview.py" line="89"/>
        <source>Ukuran kertas cetakan ini (bawaan: pengaturan kantor)</source>
        <translation>Paper size of this print (default: the office setting)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview.py" line="90"/>
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview.py" line="91"/>
        <source>&amp;Simpan PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview.py" line="92"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview.py" line="99"/>
        <source>&amp;Kertas</source>
        <translation>P&amp;aper</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview.py" line="116"/>
        <source>Cetak lewat printer (Ctrl+P)</source>
        <translation>Print on a printer (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview.py" line="117"/>
        <source>Simpan sebagai berkas PDF (Ctrl+S)</source>
        <translation>Save as a PDF file (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview.py" line="130"/>
        <source>Halaman sebelumnya</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview.py" line="131"/>
        <source>Halaman berikutnya</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview.py" line="132"/>
        <source>Perkecil</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview.py" line="133"/>
        <source>Perbesar</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview.py" line="135"/>
        <source>Selebar jendela</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview.py" line="138"/>
        <source>Satu halaman</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview.py" line="138"/>
        <source>Satu halaman penuh</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview.py" line="142"/>
        <source>&amp;Halaman</source>
        <translation>Pa&amp;ge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview.py" line="196"/>
        <source>Pratinjau Cetak — %1</source>
        <translation>Print Preview — %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/reports/preview.py" line="201"/>
        <source>Kode verifikasi %1 · %n halaman</source>
        <translation>
            <numerusform>Verification code %1 · %n page</numerusform>
            <numerusform>Verification code %1 · %n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview.py" line="208"/>
        <source>dari %1</source>
        <translation>of %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview.py" line="256"/>
        <source>Formulir ini belum disetujui/ditetapkan, sehingga tercetak dengan tanda KONSEP. Cetak ulang setelah ditetapkan untuk ditandatangani.</source>
        <translation>This form is not approved/set yet, so it prints marked KONSEP (draft). Print it again once set, for signing.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview.py" line="336"/>
        <source>Menyusun ulang untuk kertas %1…</source>
        <translation>Laying out again for %1 paper…</translation>
    </message>
</context>
<context>
    <name>PreviewFlow</name>
    <message>
        <location filename="../../desktop/ui/reports/preview_flow.py" line="48"/>
        <source>Menyiapkan pratinjau…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview_flow.py" line="79"/>
        <source>Menyusun ulang…</source>
        <translation>Laying out again…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview_flow.py" line="101"/>
        <source>Dibatalkan; tidak ada yang dicetak atau dicatat.</source>
        <translation>Cancelled; nothing was printed or recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview_flow.py" line="110"/>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview_flow.py" line="119"/>
        <source>Tersimpan ke %1. Kode verifikasi %2 tercatat.</source>
        <translation>Saved to %1. Verification code %2 recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview_flow.py" line="132"/>
        <source>Mengirim ke printer…</source>
        <translation>Sending to the printer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview_flow.py" line="134"/>
        <source>Mencetak %1…</source>
        <translation>Printing %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview_flow.py" line="145"/>
        <source>%1: %2 halaman dikirim ke %3. Kode verifikasi %4 tercatat.</source>
        <translation>%1: %2 pages sent to %3. Verification code %4 recorded.</translation>
    </message>
</context>
<context>
    <name>PromotionTab</name>
    <message>
        <location filename="../../desktop/ui/talent/promotion_tab.py" line="155"/>
        <source>Kenaikan Pangkat</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/promotion_tab.py" line="155"/>
        <source>Kenaikan Jenjang</source>
        <translation>Level advancement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/promotion_tab.py" line="156"/>
        <source>Kontrak PPPK</source>
        <translation>PPPK contracts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/promotion_tab.py" line="159"/>
        <location filename="../../desktop/ui/talent/promotion_tab.py" line="242"/>
        <source>Memenuhi syarat</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/promotion_tab.py" line="159"/>
        <source>Belum memenuhi</source>
        <translation>Not yet eligible</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/promotion_tab.py" line="159"/>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/promotion_tab.py" line="163"/>
        <source>Cetak PDF…</source>
        <translation>Print PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/promotion_tab.py" line="164"/>
        <source>Ekspor xlsx…</source>
        <translation>Export xlsx…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/promotion_tab.py" line="177"/>
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/promotion_tab.py" line="178"/>
        <source>Daftar:</source>
        <translation>List:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/promotion_tab.py" line="179"/>
        <source>Tampilkan:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/promotion_tab.py" line="242"/>
        <source>Belum</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/promotion_tab.py" line="248"/>
        <location filename="../../desktop/ui/talent/promotion_tab.py" line="273"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/promotion_tab.py" line="248"/>
        <location filename="../../desktop/ui/talent/promotion_tab.py" line="273"/>
        <location filename="../../desktop/ui/talent/promotion_tab.py" line="296"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/promotion_tab.py" line="248"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/promotion_tab.py" line="249"/>
        <source>Golongan → baru</source>
        <translation>Grade → new</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/promotion_tab.py" line="249"/>
        <source>Masa kerja gol.</source>
        <translation>Time in grade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/promotion_tab.py" line="250"/>
        <location filename="../../desktop/ui/talent/promotion_tab.py" line="251"/>
        <location filename="../../desktop/ui/talent/promotion_tab.py" line="275"/>
        <location filename="../../desktop/ui/talent/promotion_tab.py" line="298"/>
        <location filename="../../desktop/ui/talent/promotion_tab.py" line="299"/>
        <source>Predikat %1</source>
        <translation>Rating %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/promotion_tab.py" line="251"/>
        <location filename="../../desktop/ui/talent/promotion_tab.py" line="275"/>
        <source>AK / syarat</source>
        <translation>Credit pts / required</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/promotion_tab.py" line="252"/>
        <location filename="../../desktop/ui/talent/promotion_tab.py" line="276"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/promotion_tab.py" line="252"/>
        <location filename="../../desktop/ui/talent/promotion_tab.py" line="276"/>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/promotion_tab.py" line="273"/>
        <location filename="../../desktop/ui/talent/promotion_tab.py" line="296"/>
        <source>Golongan</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/promotion_tab.py" line="274"/>
        <source>Jenjang → berikutnya</source>
        <translation>Level → next</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/promotion_tab.py" line="274"/>
        <source>Masa dalam jenjang</source>
        <translation>Time in level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/promotion_tab.py" line="296"/>
        <source>NI PPPK</source>
        <translation>NI PPPK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/promotion_tab.py" line="297"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/promotion_tab.py" line="297"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/promotion_tab.py" line="297"/>
        <source>Akhir kontrak</source>
        <translation>Contract end</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/promotion_tab.py" line="298"/>
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/talent/promotion_tab.py" line="325"/>
        <source>%n kontrak</source>
        <translation>
            <numerusform>%n contract</numerusform>
            <numerusform>%n contracts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/promotion_tab.py" line="327"/>
        <source>%1 dari %2 memenuhi syarat</source>
        <translation>%1 of %2 eligible</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../desktop/ui/prompts.py" line="83"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prompts.py" line="90"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>RatingBox</name>
    <message>
        <location filename="../../desktop/ui/appraisal/rating_box.py" line="37"/>
        <location filename="../../desktop/ui/appraisal/rating_box.py" line="39"/>
        <source>— pilih —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/rating_box.py" line="43"/>
        <source>Predikat kinerja pegawai</source>
        <translation>Staff performance rating</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/rating_box.py" line="57"/>
        <source>Rating &amp;Hasil Kerja</source>
        <translation>&amp;Work Results rating</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/rating_box.py" line="58"/>
        <source>Rating &amp;Perilaku Kerja</source>
        <translation>Work &amp;Behaviour rating</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/rating_box.py" line="69"/>
        <source>Predikat Kinerja Pegawai</source>
        <translation>Staff Performance Rating</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/rating_box.py" line="92"/>
        <source>Pimpinan unit: Rating Hasil Kerja mengikuti Capaian Kinerja Organisasi (%1), yaitu %2.</source>
        <translation>Unit head: the Work Results rating follows the organisation&apos;s performance (%1), i.e. %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/rating_box.py" line="132"/>
        <source>%1; %2 bulan × %3 % × koefisien %4</source>
        <translation>%1; %2 months × %3 % × coefficient %4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/rating_box.py" line="140"/>
        <source>Angka kredit periode ini: %1 (%2)</source>
        <translation>Credit points this period: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>RealisasiTable</name>
    <message>
        <location filename="../../desktop/ui/appraisal/realisasi_table.py" line="59"/>
        <source>RHK</source>
        <translation>RHK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/realisasi_table.py" line="60"/>
        <source>Aspek</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/realisasi_table.py" line="61"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/realisasi_table.py" line="62"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/realisasi_table.py" line="63"/>
        <source>Realisasi</source>
        <translation>Achievement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/realisasi_table.py" line="64"/>
        <source>Bukti Dukung</source>
        <translation>Supporting Evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/realisasi_table.py" line="65"/>
        <source>Umpan Balik</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/realisasi_table.py" line="66"/>
        <source>Berkas</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/realisasi_table.py" line="79"/>
        <source>Realisasi per indikator</source>
        <translation>Achievement per indicator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/realisasi_table.py" line="81"/>
        <source>Lampirkan berkas…</source>
        <translation>Attach files…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/realisasi_table.py" line="82"/>
        <source>Hapus daftar berkas</source>
        <translation>Clear the file list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/realisasi_table.py" line="99"/>
        <source>Kolom putih dapat diisi: Tab ke sel berikutnya, ketik atau Enter, Esc batal.</source>
        <translation>White cells can be filled in: Tab to the next cell, type or press Enter, Esc to cancel.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/realisasi_table.py" line="124"/>
        <location filename="../../desktop/ui/appraisal/realisasi_table.py" line="212"/>
        <source>%1 berkas</source>
        <translation>%1 file(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/realisasi_table.py" line="213"/>
        <source>Belum ada berkas</source>
        <translation>No files yet</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../desktop/ui/appraisal/prompt_dialogs.py" line="48"/>
        <source>Lanjutkan</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/prompt_dialogs.py" line="49"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../desktop/ui/reports/menu.py" line="17"/>
        <source>Cetak &amp;SKP…</source>
        <translation>Print &amp;SKP…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/menu.py" line="18"/>
        <source>Cetak &amp;Evaluasi Kinerja…</source>
        <translation>Print performance &amp;evaluation…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/menu.py" line="19"/>
        <source>Cetak &amp;Dokumen Evaluasi…</source>
        <translation>Print evaluation &amp;document…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/menu.py" line="20"/>
        <source>Cetak &amp;Massal Unit…</source>
        <translation>&amp;Batch print unit…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/menu.py" line="21"/>
        <source>&amp;Rekap Predikat Unit…</source>
        <translation>Unit rating s&amp;ummary…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/menu.py" line="22"/>
        <source>&amp;Verifikasi Cetakan…</source>
        <translation>&amp;Verify a printout…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/menu.py" line="23"/>
        <source>Pratinjau dan cetak SKP pegawai terpilih</source>
        <translation>Preview and print the selected employee&apos;s SKP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/menu.py" line="24"/>
        <source>Pratinjau dan cetak evaluasi kinerja pegawai terpilih</source>
        <translation>Preview and print the selected employee&apos;s performance evaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/menu.py" line="25"/>
        <source>Pratinjau dan cetak dokumen evaluasi pegawai terpilih</source>
        <translation>Preview and print the selected employee&apos;s evaluation document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/menu.py" line="26"/>
        <source>Cetak formulir semua pegawai unit terpilih</source>
        <translation>Print the forms of everyone in the selected unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/menu.py" line="27"/>
        <source>Rekap predikat unit terpilih terhadap kuota</source>
        <translation>Rating summary of the selected unit against the quota</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/menu.py" line="29"/>
        <source>Periksa kode cetak: apakah cetakan masih sesuai dengan data saat ini</source>
        <translation>Check a printed code: does the printout still match the current data</translation>
    </message>
</context>
<context>
    <name>ReportPrompts</name>
    <message>
        <location filename="../../desktop/ui/reports/services.py" line="26"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/services.py" line="38"/>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../desktop/ui/reports/batch_summary.py" line="34"/>
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/batch_summary.py" line="35"/>
        <source>Evaluasi Kinerja</source>
        <translation>Performance evaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/batch_summary.py" line="36"/>
        <source>Dokumen Evaluasi</source>
        <translation>Evaluation document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/batch_summary.py" line="37"/>
        <source>Rekap Predikat</source>
        <translation>Rating summary</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/batch_summary.py" line="45"/>
        <source>belum ada SKP</source>
        <translation>no SKP yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/batch_summary.py" line="46"/>
        <source>belum ada evaluasi periode ini</source>
        <translation>no evaluation for this period yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview.py" line="343"/>
        <source>Sasaran Kinerja Pegawai</source>
        <translation>Performance plan (SKP)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview.py" line="344"/>
        <source>Evaluasi Kinerja Pegawai</source>
        <translation>Performance evaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview.py" line="345"/>
        <source>Dokumen Evaluasi Kinerja Pegawai</source>
        <translation>Performance evaluation document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview.py" line="346"/>
        <source>Rekapitulasi Predikat Kinerja</source>
        <translation>Performance rating summary</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview.py" line="365"/>
        <source>NIP %1</source>
        <translation>NIP %1</translation>
    </message>
</context>
<context>
    <name>ReportsController</name>
    <message>
        <location filename="../../desktop/ui/reports/controller.py" line="61"/>
        <source>&amp;Cetak</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/controller.py" line="103"/>
        <source>Pilih seorang pegawai di tabel terlebih dahulu.</source>
        <translation>Select an employee in the table first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/controller.py" line="118"/>
        <location filename="../../desktop/ui/reports/controller.py" line="163"/>
        <source>Pilih sebuah unit di pohon unit terlebih dahulu.</source>
        <translation>Select a unit in the unit tree first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/controller.py" line="141"/>
        <source>Pilih Periode Cetak</source>
        <translation>Choose the Period to Print</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/controller.py" line="180"/>
        <source>Mencetak formulir %1, %2 %3…</source>
        <translation>Printing the forms of %1, %2 %3…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/reports/controller.py" line="201"/>
        <source>Cetak massal selesai: %Ln formulir.</source>
        <translation>
            <numerusform>Batch printing done: %Ln form.</numerusform>
            <numerusform>Batch printing done: %Ln forms.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/controller.py" line="209"/>
        <source>Cetak massal dibatalkan. Tidak ada berkas yang ditulis dan tidak ada yang dicatat.</source>
        <translation>Batch printing cancelled. No file was written and nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/controller.py" line="225"/>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>ResetDialog</name>
    <message>
        <location filename="../../desktop/ui/accounts/forms.py" line="177"/>
        <source>Reset kata sandi</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/forms.py" line="177"/>
        <source>&amp;Reset</source>
        <translation>&amp;Reset</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/forms.py" line="177"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/forms.py" line="182"/>
        <source>Kata sandi sementara untuk %1; pemiliknya harus menggantinya saat masuk berikutnya.</source>
        <translation>A temporary password for %1; its owner must change it at the next sign-in.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/forms.py" line="188"/>
        <source>Kata sandi &amp;sementara</source>
        <translation>&amp;Temporary password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/forms.py" line="189"/>
        <source>&amp;Ulangi</source>
        <translation>Re&amp;peat</translation>
    </message>
</context>
<context>
    <name>RhkDelegate</name>
    <message>
        <location filename="../../desktop/ui/appraisal/rhk_delegate.py" line="54"/>
        <source>— tidak dipilih —</source>
        <translation>— none —</translation>
    </message>
</context>
<context>
    <name>RhkEditor</name>
    <message>
        <location filename="../../desktop/ui/appraisal/rhk_editor.py" line="62"/>
        <source>Tambah RHK</source>
        <translation>Add RHK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/rhk_editor.py" line="63"/>
        <source>Tambah IKI</source>
        <translation>Add IKI</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/rhk_editor.py" line="64"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/rhk_editor.py" line="67"/>
        <source>Naik</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/rhk_editor.py" line="68"/>
        <source>Turun</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/rhk_editor.py" line="72"/>
        <source>Tab ke sel berikutnya; ketik, F2 atau Enter untuk mengubah sel; Enter menyimpan sel, Esc membatalkan. Arahkan kursor ke sel untuk melihat teks lengkap.</source>
        <translation>Tab to the next cell; type, F2 or Enter to edit a cell; Enter saves the cell, Esc cancels. Hover over a cell to see its full text.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/rhk_editor.py" line="113"/>
        <source>Jenis / Aspek</source>
        <translation>Type / Aspect</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/rhk_editor.py" line="114"/>
        <source>Rencana Hasil Kerja / Indikator</source>
        <translation>Planned Work Result / Indicator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/rhk_editor.py" line="115"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/rhk_editor.py" line="116"/>
        <source>RHK atasan yang diintervensi</source>
        <translation>Superior&apos;s RHK supported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/rhk_editor.py" line="129"/>
        <source>Rencana Hasil Kerja dan Indikator</source>
        <translation>Planned Work Results and Indicators</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/rhk_editor.py" line="209"/>
        <source>RHK atasan #%1</source>
        <translation>Superior&apos;s RHK #%1</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="26"/>
        <source>Jendela utama</source>
        <translation>Main window</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="27"/>
        <source>Formulir SKP</source>
        <translation>SKP form</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="28"/>
        <source>Data pegawai</source>
        <translation>Employee record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="29"/>
        <source>Pratinjau cetak</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="30"/>
        <location filename="../../desktop/ui/shortcuts.py" line="74"/>
        <source>Struktur organisasi</source>
        <translation>Organisation structure</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="31"/>
        <source>Sinkronisasi</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="49"/>
        <source>Buka basis data</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="50"/>
        <source>Impor pegawai</source>
        <translation>Import staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="51"/>
        <source>Ekspor pegawai</source>
        <translation>Export staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="52"/>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="53"/>
        <source>Tambah pegawai baru</source>
        <translation>Add a new employee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="58"/>
        <source>Buka pegawai terpilih</source>
        <translation>Open the selected employee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="60"/>
        <source>Cari pegawai</source>
        <translation>Search staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="61"/>
        <source>Halaman Data Pegawai</source>
        <translation>Staff Records page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="66"/>
        <source>Halaman Penilaian Kinerja</source>
        <translation>Performance Appraisal page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="72"/>
        <source>Halaman Manajemen Talenta</source>
        <translation>Talent Management page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="75"/>
        <source>Cetak SKP</source>
        <translation>Print SKP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="80"/>
        <source>Cetak evaluasi kinerja</source>
        <translation>Print performance evaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="86"/>
        <source>Cetak dokumen evaluasi</source>
        <translation>Print evaluation document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="88"/>
        <source>Cetak massal unit</source>
        <translation>Batch print unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="89"/>
        <source>Rekap predikat unit</source>
        <translation>Unit rating summary</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="90"/>
        <source>Verifikasi cetakan</source>
        <translation>Verify a printout</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="95"/>
        <source>Ekspor paket ke flashdisk</source>
        <translation>Export package to USB stick</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="101"/>
        <source>Impor paket kantor (pusat)</source>
        <translation>Import office packages (centre)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="103"/>
        <source>Kunci jendela</source>
        <translation>Lock window</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="104"/>
        <source>Ganti pengguna</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="109"/>
        <source>Daftar pintasan papan ketik</source>
        <translation>List of keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="111"/>
        <source>Panduan pengguna</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="112"/>
        <source>Simpan data pegawai</source>
        <translation>Save the employee record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="113"/>
        <source>Tambah RHK</source>
        <translation>Add RHK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="114"/>
        <source>Tambah IKI di bawah RHK ini</source>
        <translation>Add an IKI under this RHK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="115"/>
        <source>Hapus baris RHK/IKI</source>
        <translation>Remove the RHK/IKI row</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="116"/>
        <source>Naikkan baris</source>
        <translation>Move row up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="117"/>
        <source>Turunkan baris</source>
        <translation>Move row down</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="118"/>
        <source>Halaman sebelumnya</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="119"/>
        <source>Halaman berikutnya</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="120"/>
        <source>Perkecil</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="121"/>
        <source>Perbesar</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="122"/>
        <source>Selebar jendela</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="123"/>
        <source>Satu halaman penuh</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="124"/>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="125"/>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="126"/>
        <source>Tambah unit</source>
        <translation>Add unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="127"/>
        <source>Ubah unit</source>
        <translation>Edit unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="132"/>
        <source>Tambah paket ke antrean (pusat)</source>
        <translation>Add packages to the queue (centre)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="138"/>
        <source>Impor semua paket di antrean</source>
        <translation>Import every package in the queue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="144"/>
        <source>Keluarkan paket dari antrean</source>
        <translation>Remove packages from the queue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="146"/>
        <source>Cari flashdisk lagi</source>
        <translation>Search for USB sticks again</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="185"/>
        <source>Pintasan Papan Ketik</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="187"/>
        <source>Jendela</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="187"/>
        <source>Tombol</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="188"/>
        <source>Perintah</source>
        <translation>Command</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="206"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SkmEvidenceBox</name>
    <message>
        <location filename="../../desktop/ui/appraisal/skm_view.py" line="183"/>
        <source>Isi realisasi IKM dari SKM</source>
        <translation>Fill in the IKM achievement from the SKM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skm_view.py" line="187"/>
        <source>Mengisi realisasi indikator Indeks Kepuasan Masyarakat dengan hasil survei dan mencatat sumbernya di bukti dukung.</source>
        <translation>Fills in the achievement of the Public Satisfaction Index indicators with the survey result and notes the source in the supporting evidence.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skm_view.py" line="205"/>
        <source>&lt;b&gt;Survei Kepuasan Masyarakat&lt;/b&gt; · %1</source>
        <translation>&lt;b&gt;Public Satisfaction Survey&lt;/b&gt; · %1</translation>
    </message>
</context>
<context>
    <name>SkmImportDialog</name>
    <message>
        <location filename="../../desktop/ui/appraisal/skm_dialogs.py" line="60"/>
        <source>Impor Responden SKM</source>
        <translation>Import SKM Respondents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skm_dialogs.py" line="71"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skm_dialogs.py" line="71"/>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skm_dialogs.py" line="71"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skm_dialogs.py" line="81"/>
        <source>&amp;Periode survei</source>
        <translation>Survey &amp;period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skm_dialogs.py" line="82"/>
        <source>P&amp;opulasi penerima layanan</source>
        <translation>Service-user p&amp;opulation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skm_dialogs.py" line="100"/>
        <source>Berkas %1: baru %2 · diubah %3 · sama %4 · ditolak %5 · dihapus %6</source>
        <translation>File %1: new %2 · changed %3 · unchanged %4 · rejected %5 · removed %6</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skm_dialogs.py" line="115"/>
        <source>Setelah diimpor: IKM %1, mutu %2 (%3), %4 responden.</source>
        <translation>After the import: IKM %1, grade %2 (%3), %4 respondents.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skm_dialogs.py" line="118"/>
        <source>Belum ada responden yang sah.</source>
        <translation>No valid respondents yet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/appraisal/skm_dialogs.py" line="123"/>
        <source>Impor %Ln responden yang sah</source>
        <translation>
            <numerusform>Import %Ln valid respondent</numerusform>
            <numerusform>Import %Ln valid respondents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skm_dialogs.py" line="124"/>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>SkmPanel</name>
    <message>
        <location filename="../../desktop/ui/appraisal/skm_panel.py" line="57"/>
        <source>&lt;b&gt;Kepuasan masyarakat (SKM) unit&lt;/b&gt;</source>
        <translation>&lt;b&gt;Unit&apos;s public satisfaction (SKM)&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skm_panel.py" line="65"/>
        <source>Umpan balik masyarakat unit ini</source>
        <translation>Public feedback on this unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skm_panel.py" line="66"/>
        <source>Kelola SKM</source>
        <translation>Manage SKM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skm_panel.py" line="78"/>
        <source>Impor jawaban responden…</source>
        <translation>Import respondents&apos; answers…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skm_panel.py" line="79"/>
        <source>Ketik rekap jawaban…</source>
        <translation>Enter answer totals…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skm_panel.py" line="80"/>
        <source>Rencana tindak lanjut…</source>
        <translation>Follow-up plan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skm_panel.py" line="81"/>
        <source>Cetak Laporan Hasil SKM…</source>
        <translation>Print SKM Results Report…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skm_panel.py" line="82"/>
        <source>Ekspor ke Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skm_panel.py" line="117"/>
        <source>Umpan balik masyarakat atas pegawai unit ini (%1)</source>
        <translation>Public feedback on this unit&apos;s staff (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skm_panel.py" line="140"/>
        <source>Impor jawaban responden SKM</source>
        <translation>Import SKM respondents&apos; answers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skm_panel.py" line="179"/>
        <source>Rencana tindak lanjut</source>
        <translation>Follow-up plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skm_panel.py" line="180"/>
        <source>Rencana tindak lanjut atas unsur yang terendah:</source>
        <translation>Follow-up plan for the lowest-scoring elements:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skm_panel.py" line="193"/>
        <source>Simpan Laporan Hasil SKM</source>
        <translation>Save SKM Results Report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skm_panel.py" line="193"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skm_panel.py" line="196"/>
        <source>Ekspor hasil SKM</source>
        <translation>Export SKM results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skm_panel.py" line="196"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>SkmRekapDialog</name>
    <message>
        <location filename="../../desktop/ui/appraisal/skm_dialogs.py" line="135"/>
        <source>Ketik Rekap SKM</source>
        <translation>Enter SKM Totals</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skm_dialogs.py" line="161"/>
        <source>&amp;Periode survei</source>
        <translation>Survey &amp;period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skm_dialogs.py" line="162"/>
        <source>P&amp;opulasi penerima layanan</source>
        <translation>Service-user p&amp;opulation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skm_dialogs.py" line="197"/>
        <source>IKM %1 · mutu %2 (%3) · %4 responden</source>
        <translation>IKM %1 · grade %2 (%3) · %4 respondents</translation>
    </message>
</context>
<context>
    <name>SkmSummary</name>
    <message>
        <location filename="../../desktop/ui/appraisal/skm_view.py" line="66"/>
        <source>Belum ada hasil SKM untuk periode ini</source>
        <translation>No SKM results for this period yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skm_view.py" line="69"/>
        <source>Impor jawaban responden atau ketik rekapnya (PermenPANRB 14/2017: sembilan unsur, jawaban 1–4).</source>
        <translation>Import the respondents&apos; answers or enter their totals (PermenPANRB 14/2017: nine elements, answers 1–4).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skm_view.py" line="77"/>
        <source>&lt;b&gt;IKM %1&lt;/b&gt; · mutu %2 (%3)</source>
        <translation>&lt;b&gt;IKM %1&lt;/b&gt; · grade %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skm_view.py" line="87"/>
        <source>Unsur terendah: %1 (NRR %2)</source>
        <translation>Lowest element: %1 (NRR %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skm_view.py" line="94"/>
        <source>%1 · %2 responden</source>
        <translation>%1 · %2 respondents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skm_view.py" line="97"/>
        <source> (populasi belum diisi)</source>
        <translation> (population not entered)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skm_view.py" line="98"/>
        <source>cukup</source>
        <translation>enough</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skm_view.py" line="98"/>
        <source>KURANG dari sampel minimal</source>
        <translation>BELOW the minimum sample</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skm_view.py" line="99"/>
        <source> · minimal %1: %2</source>
        <translation> · minimum %1: %2</translation>
    </message>
</context>
<context>
    <name>SkpDialog</name>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="37"/>
        <source>Sasaran Kinerja Pegawai</source>
        <translation>Staff Performance Targets (SKP)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="41"/>
        <source>Kuantitatif</source>
        <translation>Quantitative</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="42"/>
        <source>Kualitatif</source>
        <translation>Qualitative</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="45"/>
        <source>Pejabat Penilai Kinerja</source>
        <translation>Appraising official</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="54"/>
        <source>Hasil Kerja</source>
        <translation>Work Results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="55"/>
        <source>Perilaku Kerja</source>
        <translation>Work Behaviour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="56"/>
        <source>Lampiran</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="64"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="65"/>
        <source>Ajukan</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="66"/>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="67"/>
        <source>Kembalikan</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="68"/>
        <source>Revisi</source>
        <translation>Revise</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="81"/>
        <source>&amp;Pendekatan:</source>
        <translation>&amp;Approach:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="86"/>
        <source>Pejabat Pe&amp;nilai:</source>
        <translation>&amp;Appraiser:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="90"/>
        <source>Bawaan: atasan langsung menurut struktur unit. Pilih pejabat lain bila penilaian dilakukan oleh pejabat di atasnya (misalnya jabatan atasan kosong).</source>
        <translation>Default: the direct superior in the unit tree. Choose another official when a higher one appraises (for instance when the superior&apos;s post is vacant).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="107"/>
        <source>Dukungan Sumber Daya</source>
        <translation>Resource Support</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="108"/>
        <source>Skema Pertanggungjawaban</source>
        <translation>Accountability Scheme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="109"/>
        <source>Konsekuensi</source>
        <translation>Consequences</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="121"/>
        <source>Tahun %1</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="151"/>
        <source>Dikembalikan oleh penilai: %1</source>
        <translation>Returned by the appraiser: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="153"/>
        <source>Dibuka untuk revisi: %1</source>
        <translation>Opened for revision: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="158"/>
        <source>SKP sudah diajukan dan menunggu persetujuan; isinya tidak dapat diubah. Penilai dapat menyetujui atau mengembalikannya.</source>
        <translation>The SKP has been submitted and awaits approval; its content cannot be changed. The appraiser can approve or return it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="163"/>
        <source>SKP sudah disetujui; isinya tidak dapat diubah. Pilih Revisi (dengan alasan) untuk membukanya kembali.</source>
        <translation>The SKP has been approved; its content cannot be changed. Choose Revise (with a reason) to reopen it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="167"/>
        <source>Peran Anda (%1) tidak dapat mengubah SKP ini.</source>
        <translation>Your role (%1) cannot change this SKP.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="180"/>
        <source>Tambahkan minimal satu RHK Utama (Ctrl+R).</source>
        <translation>Add at least one main RHK (Ctrl+R).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="181"/>
        <source>RHK %1 belum berisi uraian.</source>
        <translation>RHK %1 has no description yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="182"/>
        <source>RHK %1 belum memiliki IKI (Ctrl+I).</source>
        <translation>RHK %1 has no IKI yet (Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="183"/>
        <source>RHK %1, IKI %2: isi indikator dan target.</source>
        <translation>RHK %1, IKI %2: fill in the indicator and target.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="224"/>
        <source>Kembalikan SKP</source>
        <translation>Return SKP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="224"/>
        <source>Alasan pengembalian (wajib diisi):</source>
        <translation>Reason for returning (required):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="228"/>
        <source>Revisi SKP</source>
        <translation>Revise SKP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="228"/>
        <source>Alasan revisi SKP yang sudah disetujui (wajib):</source>
        <translation>Reason for revising the approved SKP (required):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="237"/>
        <source>Atasan langsung: %1</source>
        <translation>Direct superior: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="237"/>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="239"/>
        <source>%1 (di luar daftar pegawai)</source>
        <translation>%1 (outside the staff list)</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../desktop/ui/staff/dialog.py" line="76"/>
        <source>Data Pribadi</source>
        <translation>Personal Data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/dialog.py" line="77"/>
        <source>Kepegawaian</source>
        <translation>Employment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/dialog.py" line="81"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/dialog.py" line="84"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/dialog.py" line="126"/>
        <source>Pegawai Baru</source>
        <translation>New Employee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/dialog.py" line="128"/>
        <source>Data Pegawai — %1</source>
        <translation>Employee Record — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/dialog.py" line="220"/>
        <source>Tutup tanpa menyimpan?</source>
        <translation>Close without saving?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/dialog.py" line="221"/>
        <source>Perubahan pada formulir ini belum disimpan dan akan hilang.</source>
        <translation>The changes on this form have not been saved and will be lost.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/dialog.py" line="222"/>
        <source>Tutup tanpa menyimpan</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/dialog.py" line="224"/>
        <source>Kembali ke formulir</source>
        <translation>Back to the form</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/dialog.py" line="247"/>
        <source>Pegawai baru</source>
        <translation>New employee</translation>
    </message>
</context>
<context>
    <name>StaffEditor</name>
    <message>
        <location filename="../../desktop/ui/staff/editing.py" line="124"/>
        <source>Data sudah diubah</source>
        <translation>The record has been changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/editing.py" line="126"/>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <location filename="../../desktop/ui/staff/view.py" line="90"/>
        <source>Cari nama, NIP, atau jabatan… (Ctrl+F)</source>
        <translation>Search name, NIP or position… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/view.py" line="92"/>
        <source>Cari pegawai</source>
        <translation>Search staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/view.py" line="95"/>
        <source>Belum ada pegawai</source>
        <translation>No staff yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/view.py" line="96"/>
        <source>Impor daftar pegawai (xlsx/csv/SIASN) atau tambahkan satu per satu.</source>
        <translation>Import a staff list (xlsx/csv/SIASN) or add employees one by one.</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <location filename="../../desktop/ui/staff/model.py" line="34"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/model.py" line="35"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/model.py" line="36"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/model.py" line="37"/>
        <source>Gol.</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/model.py" line="38"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/model.py" line="39"/>
        <source>Unit Kerja</source>
        <translation>Work Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/model.py" line="355"/>
        <source>nonaktif</source>
        <translation>inactive</translation>
    </message>
</context>
<context>
    <name>StaffTableView</name>
    <message>
        <location filename="../../desktop/ui/staff/view.py" line="43"/>
        <source>Daftar pegawai</source>
        <translation>Staff list</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../desktop/ui/appraisal/prompt_dialogs.py" line="72"/>
        <source>SKP baru</source>
        <translation>New SKP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/prompt_dialogs.py" line="75"/>
        <source>Pegawai ini belum memiliki SKP tahun %1. Mulai dari mana?</source>
        <translation>This employee has no SKP for %1 yet. Start from where?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/prompt_dialogs.py" line="84"/>
        <source>Mulai kosong</source>
        <translation>Start empty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/prompt_dialogs.py" line="87"/>
        <source>Salin SKP tahun %1</source>
        <translation>Copy the %1 SKP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/prompt_dialogs.py" line="90"/>
        <source>Dari pustaka indikator</source>
        <translation>From the indicator library</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/prompt_dialogs.py" line="103"/>
        <source>Lanjutkan</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/prompt_dialogs.py" line="104"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StartFlow</name>
    <message>
        <location filename="../../desktop/ui/first_run/flow.py" line="82"/>
        <location filename="../../desktop/ui/first_run/flow.py" line="95"/>
        <location filename="../../desktop/ui/first_run/flow.py" line="102"/>
        <source>Impor daftar pegawai…</source>
        <translation>Import a staff list…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/flow.py" line="83"/>
        <source>Tambah pegawai</source>
        <translation>Add an employee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/flow.py" line="84"/>
        <source>Buka kantor contoh</source>
        <translation>Open the demo office</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/flow.py" line="90"/>
        <source>Impor struktur organisasi (SOTK), atau impor daftar pegawai dan biarkan unit kerjanya dibuat dari daftar itu.</source>
        <translation>Import the organisation structure (SOTK), or import a staff list and let its work units be created from it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/flow.py" line="94"/>
        <source>Impor struktur organisasi…</source>
        <translation>Import the organisation structure…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/flow.py" line="101"/>
        <source>Ke Data Pegawai</source>
        <translation>Go to Staff Records</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/flow.py" line="171"/>
        <location filename="../../desktop/ui/first_run/flow.py" line="204"/>
        <source>Buka basis data</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/flow.py" line="178"/>
        <location filename="../../desktop/ui/first_run/flow.py" line="187"/>
        <source>Basis data baru</source>
        <translation>New Database</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/flow.py" line="189"/>
        <source>Berkas %1 sudah ada dan tidak ditimpa. Pilih nama lain, atau bukalah dengan Berkas → Buka basis data…</source>
        <translation>The file %1 already exists and was not overwritten. Choose another name, or open it with File → Open Database…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/flow.py" line="197"/>
        <source>Basis data Kinerja (*.sqlite *.db);;Semua berkas (*)</source>
        <translation>Kinerja databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/flow.py" line="205"/>
        <source>Berkas %1 tidak ditemukan (dipindah atau dihapus?).</source>
        <translation>The file %1 was not found (moved or deleted?).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/flow.py" line="226"/>
        <source>(belum ada)</source>
        <translation>(none yet)</translation>
    </message>
</context>
<context>
    <name>StickDonePage</name>
    <message>
        <location filename="../../desktop/ui/backup/stick.py" line="98"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup/stick.py" line="103"/>
        <source>Berkas:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup/stick.py" line="116"/>
        <source>✔ Cadangan terenkripsi sudah ditulis dan diperiksa ulang (%1).
Flashdisk AMAN untuk dicabut.</source>
        <translation>✔ The encrypted backup was written and checked again (%1).
It is SAFE to remove the stick.</translation>
    </message>
</context>
<context>
    <name>StickWizard</name>
    <message>
        <location filename="../../desktop/ui/backup/stick.py" line="131"/>
        <source>Simpan Cadangan ke Flashdisk</source>
        <translation>Save a Backup to a USB Stick</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup/stick.py" line="135"/>
        <source>&lt; &amp;Kembali</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup/stick.py" line="136"/>
        <source>&amp;Lanjut &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup/stick.py" line="137"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup/stick.py" line="138"/>
        <source>&amp;Selesai</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup/stick.py" line="141"/>
        <source>Pilih flashdisk untuk cadangan terenkripsi seluruh basis data.</source>
        <translation>Choose the USB stick for an encrypted backup of the whole database.</translation>
    </message>
</context>
<context>
    <name>SuccessionTab</name>
    <message>
        <location filename="../../desktop/ui/talent/succession_tab.py" line="72"/>
        <source>Jabatan terpilih</source>
        <translation>Selected position</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/succession_tab.py" line="73"/>
        <source>Semua jabatan kritikal unit ini</source>
        <translation>All key positions of this unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/succession_tab.py" line="74"/>
        <source>Cetak Draf Suksesi…</source>
        <translation>Print Succession Draft…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/succession_tab.py" line="76"/>
        <source>Ekspor Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/succession_tab.py" line="97"/>
        <source>Cetak/ekspor:</source>
        <translation>Print/export:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/succession_tab.py" line="162"/>
        <source>Belum ada jabatan kritikal di unit ini. Tandai unit kerja yang kepalanya merupakan jabatan kritikal (tombol di kanan, atau Struktur Organisasi).</source>
        <translation>No key positions in this unit yet. Mark the work units whose head is a key position (the button on the right, or Organisation Structure).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/talent/succession_tab.py" line="166"/>
        <source>%1 jabatan kritikal. Calon dari kelompok rencana suksesi (kotak 7–9, rekam jejak terpenuhi), satu tingkat di bawah jabatan; PNS saja.</source>
        <translation>
            <numerusform>%1 key position. Candidates come from the succession pool (boxes 7–9, track record met), one level below the position; PNS only.</numerusform>
            <numerusform>%1 key positions. Candidates come from the succession pool (boxes 7–9, track record met), one level below the position; PNS only.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/succession_tab.py" line="199"/>
        <source>— (lowong atau dijabat pejabat di luar daftar pegawai)</source>
        <translation>— (vacant, or held by an official not on the staff list)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/succession_tab.py" line="202"/>
        <source>%1 (NIP %2), TMT pensiun %3</source>
        <translation>%1 (NIP %2), retires %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/talent/succession_tab.py" line="209"/>
        <source>%1 — pemangku: %2. %3 calon.</source>
        <translation>
            <numerusform>%1 — holder: %2. %3 candidate.</numerusform>
            <numerusform>%1 — holder: %2. %3 candidates.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/succession_tab.py" line="229"/>
        <source>Hapus Tanda Jabatan Kritikal</source>
        <translation>Unmark Key Position</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/succession_tab.py" line="231"/>
        <source>Tandai Jabatan Kritikal</source>
        <translation>Mark as Key Position</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/succession_tab.py" line="246"/>
        <source>%1 ditandai sebagai jabatan kritikal.</source>
        <translation>%1 marked as a key position.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/succession_tab.py" line="248"/>
        <source>Tanda jabatan kritikal %1 dihapus.</source>
        <translation>%1 is no longer marked as a key position.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="67"/>
        <source>&amp;Sinkronisasi</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="69"/>
        <source>&amp;Ekspor Paket ke Flashdisk…</source>
        <translation>&amp;Export Package to USB Stick…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="70"/>
        <source>Impor &amp;Tanda Terima dari Pusat…</source>
        <translation>Import &amp;Receipt from the Centre…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="71"/>
        <source>&amp;Status Sinkronisasi…</source>
        <translation>Sync &amp;Status…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="72"/>
        <source>&amp;Impor Paket Kantor…</source>
        <translation>&amp;Import Office Packages…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="75"/>
        <source>Jadikan Basis Data P&amp;usat…</source>
        <translation>Make This the Ce&amp;ntral Database…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="76"/>
        <source>&amp;Rekap Pusat</source>
        <translation>Centre S&amp;ummary</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="131"/>
        <source>Ekspor &amp;Kunci Pusat…</source>
        <translation>Export Centre &amp;Key…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="132"/>
        <source>Impor Kunci &amp;Kantor…</source>
        <translation>Import &amp;Office Key…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="137"/>
        <source>Ekspor &amp;Kunci Kantor…</source>
        <translation>Export Office &amp;Key…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="138"/>
        <source>Impor Kunci &amp;Pusat…</source>
        <translation>Import &amp;Centre Key…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="212"/>
        <source>Paket urutan %1 ditulis ke %2</source>
        <translation>Package %1 written to %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="237"/>
        <source>Impor Tanda Terima dari Pusat</source>
        <translation>Import Receipt from the Centre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="238"/>
        <source>Tanda terima Kinerja Luring %1;;Semua berkas (*)</source>
        <translation>Kinerja Luring receipts %1;;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="259"/>
        <source>Mengimpor tanda terima…</source>
        <translation>Importing the receipt…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="267"/>
        <source>Pusat belum dikenal</source>
        <translation>Unknown centre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="269"/>
        <source>Tanda terima %1 ditandatangani pusat yang belum dikenal kantor ini:

%2

Sidik jari kunci pusat:
%3

Telepon pusat dan minta petugasnya membacakan sidik jari kunci pusat. Percayai pusat ini hanya bila sidik jarinya sama persis; paket berikutnya akan dienkripsi untuk pusat ini.</source>
        <translation>Receipt %1 is signed by a centre this office does not know yet:

%2

Centre key fingerprint:
%3

Phone the centre and ask them to read out the centre key&apos;s fingerprint. Trust this centre only if it is exactly the same; the next packages will be encrypted for it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="275"/>
        <location filename="../../desktop/ui/sync/controller.py" line="294"/>
        <source>(tanpa nama)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="277"/>
        <source>Sidik jari cocok, percayai</source>
        <translation>Fingerprint matches, trust</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="285"/>
        <source>Tanda terima paket urutan %1 lebih baru dari log ekspor kantor ini: basis data ini tampaknya dipulihkan dari cadangan. Paket berikutnya berisi semua data.</source>
        <translation>The receipt of package %1 is newer than this office&apos;s export log: this database seems restored from a backup. The next package carries all data.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="291"/>
        <source>Pusat %1 sudah menerapkan paket urutan %2.
Data yang masih menunggu paket berikutnya: %3 baris.</source>
        <translation>Centre %1 has applied package %2.
Data still waiting for the next package: %3 rows.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="298"/>
        <source>Tanda terima diterima</source>
        <translation>Receipt accepted</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/sync/controller.py" line="321"/>
        <source>Memeriksa %Ln paket…</source>
        <translation>
            <numerusform>Checking %Ln package…</numerusform>
            <numerusform>Checking %Ln packages…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/sync/controller.py" line="333"/>
        <source>Mengimpor %Ln paket…</source>
        <translation>
            <numerusform>Importing %Ln package…</numerusform>
            <numerusform>Importing %Ln packages…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="343"/>
        <source>Kantor baru</source>
        <translation>New office</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="345"/>
        <source>Paket %1 berasal dari kantor yang belum terdaftar di pusat ini:

%2
%3

Sidik jari kunci kantor:
%4

Telepon kantor tersebut dan minta operatornya membacakan sidik jari pada layar Sinkronisasi → Status Sinkronisasi. Daftarkan kantor ini hanya bila sidik jarinya sama persis; bila tidak, paketnya ditolak.</source>
        <translation>Package %1 comes from an office not registered at this centre:

%2
%3

Office key fingerprint:
%4

Phone that office and ask the operator to read out the fingerprint shown under Sync → Sync Status. Register the office only if it is exactly the same; otherwise its package is refused.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="354"/>
        <source>Sidik jari cocok, daftarkan</source>
        <translation>Fingerprint matches, register</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="25"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="26"/>
        <source>Pegawai</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="27"/>
        <source>Riwayat jabatan</source>
        <translation>Position history</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="28"/>
        <source>Riwayat golongan</source>
        <translation>Rank history</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="29"/>
        <source>Riwayat pendidikan</source>
        <translation>Education history</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="30"/>
        <source>Riwayat diklat</source>
        <translation>Training history</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="31"/>
        <source>Riwayat penghargaan</source>
        <translation>Awards</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="32"/>
        <source>Riwayat hukuman disiplin</source>
        <translation>Disciplinary sanctions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="33"/>
        <source>Hasil asesmen</source>
        <translation>Assessment results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="34"/>
        <source>Penetapan angka kredit</source>
        <translation>Credit point assessments (PAK)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="35"/>
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="36"/>
        <source>Rencana hasil kerja (RHK)</source>
        <translation>Work plans (RHK)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="37"/>
        <source>Indikator kinerja (IKI)</source>
        <translation>Performance indicators (IKI)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="38"/>
        <source>Ekspektasi pimpinan</source>
        <translation>Leader&apos;s expectations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="39"/>
        <source>Evaluasi kinerja</source>
        <translation>Performance evaluations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="40"/>
        <source>Realisasi</source>
        <translation>Achievements</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="41"/>
        <source>Umpan balik perilaku</source>
        <translation>Behaviour feedback</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="42"/>
        <source>Capaian organisasi</source>
        <translation>Organisation results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="43"/>
        <source>Penilaian lama (PP 46/2011)</source>
        <translation>Legacy appraisals (PP 46/2011)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="54"/>
        <source>Data yang dihapus</source>
        <translation>Deleted records</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="70"/>
        <source>diterapkan</source>
        <translation>applied</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="71"/>
        <source>ditahan</source>
        <translation>held</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="72"/>
        <source>ditolak</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="73"/>
        <source>digantikan paket baru</source>
        <translation>superseded</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="85"/>
        <source>diubah di kantor dan di pusat; versi kantor dipakai</source>
        <translation>changed at the office and the centre; the office&apos;s version kept</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="88"/>
        <source>dihapus kantor setelah dikoreksi pusat; dihapus</source>
        <translation>deleted by the office after a centre correction; deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="91"/>
        <source>milik kantor lain; tidak diubah</source>
        <translation>belongs to another office; unchanged</translation>
    </message>
</context>
<context>
    <name>SyncStatusDialog</name>
    <message>
        <location filename="../../desktop/ui/sync/status_dialog.py" line="70"/>
        <source>Status Sinkronisasi</source>
        <translation>Sync Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/status_dialog.py" line="74"/>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/status_dialog.py" line="84"/>
        <source>Kantor:</source>
        <translation>Office:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/status_dialog.py" line="85"/>
        <source>Sidik jari kunci kantor:</source>
        <translation>Office key fingerprint:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/status_dialog.py" line="86"/>
        <source>Pusat:</source>
        <translation>Centre:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/status_dialog.py" line="87"/>
        <source>Paket terakhir:</source>
        <translation>Last package:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/status_dialog.py" line="88"/>
        <source>Tanda terima terakhir:</source>
        <translation>Last receipt:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/status_dialog.py" line="89"/>
        <source>Belum ada tanda terima:</source>
        <translation>Without a receipt:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/status_dialog.py" line="90"/>
        <source>Data belum diterima pusat:</source>
        <translation>Not yet at the centre:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/status_dialog.py" line="91"/>
        <source>Jenis data</source>
        <translation>Kind of data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/status_dialog.py" line="91"/>
        <location filename="../../desktop/ui/sync/status_dialog.py" line="96"/>
        <source>Baris</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/status_dialog.py" line="96"/>
        <source>Urutan</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/status_dialog.py" line="96"/>
        <source>Dibuat</source>
        <translation>Written</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/status_dialog.py" line="96"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/status_dialog.py" line="97"/>
        <source>Diterima pusat</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/status_dialog.py" line="104"/>
        <source>Ikut dalam paket berikutnya</source>
        <translation>Goes into the next package</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/status_dialog.py" line="105"/>
        <source>Riwayat paket</source>
        <translation>Package history</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/status_dialog.py" line="106"/>
        <source>&amp;Ekspor Paket…</source>
        <translation>&amp;Export Package…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/status_dialog.py" line="108"/>
        <source>Impor &amp;Tanda Terima…</source>
        <translation>Import &amp;Receipt…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/status_dialog.py" line="111"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/status_dialog.py" line="131"/>
        <source>Membaca status sinkronisasi…</source>
        <translation>Reading the sync status…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/status_dialog.py" line="146"/>
        <source>belum dibuat (dibuat pada ekspor paket atau ekspor kunci yang pertama)</source>
        <translation>not made yet (made by the first package or key export)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/sync/status_dialog.py" line="151"/>
        <source>urutan %1, %2, %3 baris</source>
        <translation>
            <numerusform>number %1, %2, %3 row</numerusform>
            <numerusform>number %1, %2, %3 rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/status_dialog.py" line="156"/>
        <source>belum pernah mengekspor</source>
        <translation>never exported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/status_dialog.py" line="159"/>
        <source>paket urutan %1, diterapkan pusat %2</source>
        <translation>package %1, applied by the centre %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/status_dialog.py" line="163"/>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/status_dialog.py" line="167"/>
        <source>paket urutan %1</source>
        <translation>package %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/sync/status_dialog.py" line="169"/>
        <source>%1 baris</source>
        <translation>
            <numerusform>%1 row</numerusform>
            <numerusform>%1 rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/status_dialog.py" line="173"/>
        <source> (paket berikutnya berisi semua data)</source>
        <translation> (the next package carries all data)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/status_dialog.py" line="183"/>
        <source>belum diatur — paket tidak dienkripsi; impor kunci pusat dahulu</source>
        <translation>not set — packages are not encrypted; import the centre key first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/status_dialog.py" line="188"/>
        <source>%1, sidik jari %2</source>
        <translation>%1, fingerprint %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/status_dialog.py" line="189"/>
        <source>tanpa nama</source>
        <translation>unnamed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/status_dialog.py" line="193"/>
        <source> — paket tidak dienkripsi (kunci enkripsi pusat belum ada)</source>
        <translation> — packages not encrypted (no centre encryption key yet)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/status_dialog.py" line="213"/>
        <source> (lengkap)</source>
        <translation> (full)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/status_dialog.py" line="217"/>
        <source>belum</source>
        <translation>not yet</translation>
    </message>
</context>
<context>
    <name>TalentFeature</name>
    <message>
        <location filename="../../desktop/ui/talent/feature.py" line="32"/>
        <source>Manajemen Talenta</source>
        <translation>Talent Management</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/feature.py" line="33"/>
        <source>&amp;Manajemen Talenta</source>
        <translation>&amp;Talent Management</translation>
    </message>
</context>
<context>
    <name>TalentImports</name>
    <message>
        <location filename="../../desktop/ui/imports/talent_controller.py" line="58"/>
        <source>Impor Hasil Ases&amp;men…</source>
        <translation>Import Assessmen&amp;t Results…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/talent_controller.py" line="61"/>
        <source>Impor Riwayat Pengembangan Kompete&amp;nsi…</source>
        <translation>Import Competence De&amp;velopment History…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/talent_controller.py" line="64"/>
        <source>Impor Riwayat &amp;Hukuman Disiplin…</source>
        <translation>Import Disciplinar&amp;y Sanctions…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/talent_controller.py" line="74"/>
        <source>Impor Hasil Asesmen</source>
        <translation>Import Assessment Results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/talent_controller.py" line="76"/>
        <source>Impor Riwayat Hukuman Disiplin</source>
        <translation>Import Disciplinary Sanctions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/talent_controller.py" line="77"/>
        <source>Impor Riwayat Pengembangan Kompetensi</source>
        <translation>Import Competence Development History</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/talent_controller.py" line="105"/>
        <source>Lembar kerja (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/talent_controller.py" line="109"/>
        <source>Membaca %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/talent_controller.py" line="126"/>
        <source>Mengimpor…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/talent_controller.py" line="133"/>
        <source>%1 baris baru, %2 diperbarui, %3 tidak berubah.</source>
        <translation>%1 new rows, %2 updated, %3 unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/talent_controller.py" line="138"/>
        <source>Impor selesai</source>
        <translation>Import finished</translation>
    </message>
</context>
<context>
    <name>TalentLists</name>
    <message>
        <location filename="../../desktop/ui/talent/list_tools.py" line="135"/>
        <source>Cetak PDF</source>
        <translation>Print PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/list_tools.py" line="136"/>
        <source>Ekspor Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/list_tools.py" line="141"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/list_tools.py" line="142"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/list_tools.py" line="108"/>
        <source>Berkas tidak dapat ditulis: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/list_tools.py" line="84"/>
        <source>Tersimpan: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>TalentPage</name>
    <message>
        <location filename="../../desktop/ui/talent/page.py" line="51"/>
        <source>Peta Talenta</source>
        <translation>Talent Map</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/page.py" line="53"/>
        <source>Suksesi</source>
        <translation>Succession</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/page.py" line="58"/>
        <source>Kenaikan Pangkat &amp; Jenjang</source>
        <translation>Promotion &amp; Level Advancement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/page.py" line="63"/>
        <source>Kinerja Rendah</source>
        <translation>Low Performance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/page.py" line="66"/>
        <source>Pengembangan Kompetensi</source>
        <translation>Competence Development</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/page.py" line="68"/>
        <source>IP ASN</source>
        <translation>IP ASN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/page.py" line="175"/>
        <source>Tahun penilaian:</source>
        <translation>Appraisal year:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/page.py" line="182"/>
        <source>Draf — hasil resmi di sistem BKN</source>
        <translation>Draft — official results are in the BKN system</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/page.py" line="186"/>
        <source>Peta talenta resmi ada di sistem BKN (Kepka BKN 411/2025); daftar di sini adalah bahan persiapan dan bukti.</source>
        <translation>The official talent map is in the BKN system (Kepka BKN 411/2025); the lists here are preparation material and evidence.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/page.py" line="197"/>
        <source>Pengaturan Talenta…</source>
        <translation>Talent Settings…</translation>
    </message>
</context>
<context>
    <name>TalentSettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/talent/settings_dialog.py" line="33"/>
        <source>Pengaturan Talenta</source>
        <translation>Talent Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/settings_dialog.py" line="41"/>
        <source>Pengaturan ini berlaku untuk seluruh kantor. Peta talenta resmi tetap di sistem BKN; aplikasi ini menyiapkan draf.</source>
        <translation>These settings apply to the whole office. The official talent map stays in the BKN system; this app prepares a draft.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/settings_dialog.py" line="50"/>
        <source>Yang terendah dari dua tahun terakhir</source>
        <translation>The lower of the last two years</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/settings_dialog.py" line="51"/>
        <source>Tahun terakhir saja</source>
        <translation>The last year only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/settings_dialog.py" line="56"/>
        <source> tahun</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/settings_dialog.py" line="58"/>
        <source> JP</source>
        <translation> JP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/settings_dialog.py" line="60"/>
        <source>Terbaru</source>
        <translation>Latest</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/settings_dialog.py" line="61"/>
        <source>Kinerja dua tahun</source>
        <translation>Two-year performance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/settings_dialog.py" line="62"/>
        <source>Potensial tinggi mulai JPM</source>
        <translation>High potential from JPM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/settings_dialog.py" line="64"/>
        <source>Potensial menengah mulai JPM</source>
        <translation>Medium potential from JPM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/settings_dialog.py" line="66"/>
        <source>Hasil asesmen berlaku</source>
        <translation>Assessment results valid for</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/settings_dialog.py" line="67"/>
        <source>Target pengembangan per tahun</source>
        <translation>Development target per year (JP hours)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/settings_dialog.py" line="68"/>
        <source>Versi rubrik IP ASN</source>
        <translation>IP ASN rubric version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/settings_dialog.py" line="75"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/settings_dialog.py" line="76"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/talent/settings_dialog.py" line="99"/>
        <source>Batas menengah tidak boleh di atas batas tinggi.</source>
        <translation>The medium cut-off may not be above the high cut-off.</translation>
    </message>
</context>
<context>
    <name>TalentTabFactory</name>
    <message>
        <location filename="../../desktop/ui/staff/talent_tabs.py" line="47"/>
        <source>klasikal</source>
        <translation>classroom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/talent_tabs.py" line="47"/>
        <source>nonklasikal</source>
        <translation>non-classroom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/talent_tabs.py" line="52"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/talent_tabs.py" line="53"/>
        <source>Nomor sertifikat</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/talent_tabs.py" line="57"/>
        <source>Hukuman disiplin</source>
        <translation>Disciplinary sanction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/talent_tabs.py" line="58"/>
        <source>Pelanggaran kode etik</source>
        <translation>Breach of the code of ethics</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/talent_tabs.py" line="59"/>
        <source>Ringan</source>
        <translation>Minor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/talent_tabs.py" line="59"/>
        <source>Sedang</source>
        <translation>Moderate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/talent_tabs.py" line="60"/>
        <source>Berat</source>
        <translation>Severe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/talent_tabs.py" line="62"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/talent_tabs.py" line="63"/>
        <source>Tingkat</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/talent_tabs.py" line="64"/>
        <source>Jenis hukuman</source>
        <translation>Sanction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/talent_tabs.py" line="65"/>
        <source>Nomor SK</source>
        <translation>Decree no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/talent_tabs.py" line="66"/>
        <source>Tanggal SK</source>
        <translation>Decree date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/talent_tabs.py" line="67"/>
        <source>TMT</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/talent_tabs.py" line="68"/>
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/talent_tabs.py" line="69"/>
        <location filename="../../desktop/ui/staff/talent_tabs.py" line="84"/>
        <location filename="../../desktop/ui/staff/talent_tabs.py" line="98"/>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/talent_tabs.py" line="73"/>
        <source>Data sensitif: hanya admin, operator OPD-nya dan pegawai yang bersangkutan yang dapat melihatnya.</source>
        <translation>Sensitive data: only admins, the operators of the employee&apos;s OPD and the employee concerned can see it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/talent_tabs.py" line="76"/>
        <source>Riwayat Hukuman Disiplin</source>
        <translation>Disciplinary Sanctions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/talent_tabs.py" line="80"/>
        <location filename="../../desktop/ui/staff/talent_tabs.py" line="93"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/talent_tabs.py" line="81"/>
        <source>JPM (%)</source>
        <translation>JPM (%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/talent_tabs.py" line="82"/>
        <source>Lembaga</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/talent_tabs.py" line="83"/>
        <source>Metode</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/talent_tabs.py" line="87"/>
        <source>Hasil Asesmen</source>
        <translation>Assessment Results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/talent_tabs.py" line="94"/>
        <source>Nomor PAK</source>
        <translation>PAK no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/talent_tabs.py" line="95"/>
        <source>Jenjang</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/talent_tabs.py" line="96"/>
        <source>Golongan</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/talent_tabs.py" line="97"/>
        <source>AK kumulatif</source>
        <translation>Cumulative credit points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/talent_tabs.py" line="101"/>
        <source>PAK</source>
        <translation>Credit Points (PAK)</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <location filename="../../desktop/ui/units/dialogs.py" line="207"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../desktop/ui/tasks.py" line="104"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks.py" line="105"/>
        <source>Mohon tunggu</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="47"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="50"/>
        <source>Belum ditetapkan</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="53"/>
        <source>Buka SKP</source>
        <translation>Open SKP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="54"/>
        <source>Evaluasi</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="62"/>
        <source>&amp;Tahun</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="63"/>
        <source>&amp;Periode</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="64"/>
        <source>&amp;Capaian Kinerja Organisasi</source>
        <translation>Organisational &amp;performance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="103"/>
        <source>Pilih unit kerja di sebelah kiri.</source>
        <translation>Choose a work unit on the left.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="108"/>
        <source>Pegawai %1 · ber-SKP %2 · dinilai %3 · belum dinilai %4 · tanpa SKP %5</source>
        <translation>Staff %1 · with SKP %2 · rated %3 · not rated %4 · without SKP %5</translation>
    </message>
</context>
<context>
    <name>TransferController</name>
    <message>
        <location filename="../../desktop/ui/imports/controller.py" line="106"/>
        <location filename="../../desktop/ui/imports/controller.py" line="126"/>
        <source>Impor Pegawai</source>
        <translation>Import Staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/controller.py" line="114"/>
        <source>Membaca %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/imports/controller.py" line="68"/>
        <source>Impor %1 baris</source>
        <translation>
            <numerusform>Import %1 row</numerusform>
            <numerusform>Import %1 rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/controller.py" line="130"/>
        <source>Mengimpor…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/controller.py" line="147"/>
        <source>Impor selesai</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/controller.py" line="139"/>
        <source>%1 pegawai baru, %2 diperbarui, %3 tidak berubah.</source>
        <translation>%1 new staff, %2 updated, %3 unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/controller.py" line="108"/>
        <source>Lembar kerja atau data SIASN (*.xlsx *.csv *.json);;Excel (*.xlsx);;CSV (*.csv);;Data utama SIASN (*.json)</source>
        <translation>Spreadsheets or SIASN data (*.xlsx *.csv *.json);;Excel (*.xlsx);;CSV (*.csv);;SIASN master data (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/imports/controller.py" line="62"/>
        <source>%1 baris ditolak dan akan dilewati.</source>
        <translation>
            <numerusform>%1 row was rejected and will be skipped.</numerusform>
            <numerusform>%1 rows were rejected and will be skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/imports/controller.py" line="65"/>
        <source>Impor %1 baris lainnya?</source>
        <translation>
            <numerusform>Import the other %1 row?</numerusform>
            <numerusform>Import the other %1 rows?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/controller.py" line="146"/>
        <source>%1 unit baru dibuat.</source>
        <translation>%1 new units created.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/controller.py" line="160"/>
        <source>Ekspor Pegawai</source>
        <translation>Export Staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/controller.py" line="161"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/controller.py" line="170"/>
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/controller.py" line="180"/>
        <source>Berkas ini memuat data pribadi (NIK, alamat, telepon, email): simpan dengan aman. Ekspor ini tercatat di jejak audit.</source>
        <translation>This file contains personal data (NIK, address, phone, email): keep it safe. This export is recorded in the audit trail.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/controller.py" line="183"/>
        <source>Ekspor selesai</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/controller.py" line="174"/>
        <source>%1 pegawai diekspor ke %2.</source>
        <translation>%1 staff exported to %2.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../desktop/ui/appraisal/skm_view.py" line="139"/>
        <source>Belum ada tren</source>
        <translation>No trend yet</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="116"/>
        <source>Terjadi kesalahan tak terduga</source>
        <translation>An unexpected error occurred</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="121"/>
        <source>&lt;b&gt;Terjadi kesalahan tak terduga.&lt;/b&gt;&lt;br&gt;Data yang sudah disimpan aman. Salin rincian di bawah dan kirimkan kepada pengelola aplikasi.</source>
        <translation>&lt;b&gt;An unexpected error occurred.&lt;/b&gt;&lt;br&gt;Data already saved is safe. Copy the details below and send them to the app&apos;s administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="130"/>
        <source>Salin rincian</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="132"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="145"/>
        <source>Tersalin</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../desktop/ui/units/dialogs.py" line="70"/>
        <source>— (tingkat teratas)</source>
        <translation>— (top level)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/dialogs.py" line="75"/>
        <source>mis. Dinas Kesehatan</source>
        <translation>e.g. Dinas Kesehatan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/dialogs.py" line="77"/>
        <source>mis. Dinkes</source>
        <translation>e.g. Dinkes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/dialogs.py" line="81"/>
        <source>mis. Kepala Dinas Kesehatan</source>
        <translation>e.g. Kepala Dinas Kesehatan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/dialogs.py" line="84"/>
        <source>Jabatan kritikal (posisi kunci rencana suksesi)</source>
        <translation>Key position (for succession planning)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/dialogs.py" line="88"/>
        <source>Satu nama per baris, mis. nama lama unit</source>
        <translation>One name per line, e.g. the unit&apos;s old name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/dialogs.py" line="93"/>
        <source>Induk</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/dialogs.py" line="94"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/dialogs.py" line="95"/>
        <source>Nama unit</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/dialogs.py" line="96"/>
        <source>Singkatan</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/dialogs.py" line="97"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/dialogs.py" line="98"/>
        <source>Jabatan kepala</source>
        <translation>Head&apos;s position</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/dialogs.py" line="99"/>
        <source>Kepala</source>
        <translation>Head</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/dialogs.py" line="101"/>
        <source>Nama lain</source>
        <translation>Other names</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/dialogs.py" line="105"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/dialogs.py" line="109"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/dialogs.py" line="137"/>
        <source>Belum ada pegawai di unit ini.</source>
        <translation>No staff in this unit yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/dialogs.py" line="145"/>
        <source>kosongkan untuk otomatis: %1</source>
        <translation>leave empty for automatic: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/dialogs.py" line="152"/>
        <source>Nama unit wajib diisi.</source>
        <translation>The unit name is required.</translation>
    </message>
</context>
<context>
    <name>UnitEditModel</name>
    <message>
        <location filename="../../desktop/ui/units/editor_model.py" line="34"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor_model.py" line="34"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor_model.py" line="34"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor_model.py" line="34"/>
        <source>Pegawai aktif</source>
        <translation>Active staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor_model.py" line="48"/>
        <source>%1 (nonaktif)</source>
        <translation>%1 (inactive)</translation>
    </message>
</context>
<context>
    <name>UnitEditTree</name>
    <message>
        <location filename="../../desktop/ui/units/edit_tree.py" line="40"/>
        <source>Struktur organisasi</source>
        <translation>Organisation structure</translation>
    </message>
</context>
<context>
    <name>UnitEditor</name>
    <message>
        <location filename="../../desktop/ui/units/editor.py" line="55"/>
        <source>Struktur Organisasi</source>
        <translation>Organisation Structure</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor.py" line="68"/>
        <source>&amp;Tambah unit…</source>
        <translation>&amp;Add unit…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor.py" line="69"/>
        <source>&amp;Ubah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor.py" line="70"/>
        <source>&amp;Pindahkan ke…</source>
        <translation>&amp;Move to…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor.py" line="71"/>
        <source>&amp;Gabungkan ke…</source>
        <translation>Mer&amp;ge into…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor.py" line="72"/>
        <location filename="../../desktop/ui/units/editor.py" line="215"/>
        <source>&amp;Nonaktifkan</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor.py" line="73"/>
        <source>&amp;Impor struktur…</source>
        <translation>&amp;Import structure…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor.py" line="74"/>
        <source>&amp;Ekspor struktur…</source>
        <translation>E&amp;xport structure…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor.py" line="91"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor.py" line="118"/>
        <source>Belum ada unit. Tambahkan unit pertama (misalnya Pemerintah Kabupaten …) atau impor struktur organisasi.</source>
        <translation>No units yet. Add the first unit (for instance Pemerintah Kabupaten …) or import the organisation structure.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor.py" line="127"/>
        <source>Berkas impor: .xlsx atau .csv dengan kolom Kode, Nama, Singkatan, Induk (kode atau nama unit induk) dan Jenis (OPD, Sekretariat, Bidang, Subbagian, Seksi, UPTD, Puskesmas, Sekolah, Kecamatan, Kelurahan).</source>
        <translation>Import file: .xlsx or .csv with the columns Kode, Nama, Singkatan, Induk (code or name of the parent unit) and Jenis (OPD, Sekretariat, Bidang, Subbagian, Seksi, UPTD, Puskesmas, Sekolah, Kecamatan, Kelurahan).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor.py" line="135"/>
        <source>Tambah Unit Pertama…</source>
        <translation>Add the First Unit…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor.py" line="138"/>
        <source>Impor Struktur Organisasi…</source>
        <translation>Import Organisation Structure…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor.py" line="178"/>
        <source>Seret unit ke unit lain untuk memindahkannya ke bawah unit itu.</source>
        <translation>Drag a unit onto another unit to move it under that one.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor.py" line="215"/>
        <source>&amp;Aktifkan kembali</source>
        <translation>&amp;Reactivate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor.py" line="222"/>
        <source>Jabatan kepala: %1</source>
        <translation>Head&apos;s position: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor.py" line="224"/>
        <source>Jabatan kritikal (rencana suksesi)</source>
        <translation>Key position (succession planning)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor.py" line="227"/>
        <source>Nama lain: %1</source>
        <translation>Other names: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor.py" line="256"/>
        <source>Tambah Unit</source>
        <translation>Add Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor.py" line="271"/>
        <source>Ubah Unit</source>
        <translation>Edit Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor.py" line="290"/>
        <source>(tingkat teratas)</source>
        <translation>(top level)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor.py" line="293"/>
        <location filename="../../desktop/ui/units/editor.py" line="314"/>
        <source>Pindahkan Unit</source>
        <translation>Move Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor.py" line="294"/>
        <source>Pindahkan %1 (beserta sub-unitnya) ke bawah:</source>
        <translation>Move %1 (with its sub-units) under:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor.py" line="295"/>
        <location filename="../../desktop/ui/units/editor.py" line="314"/>
        <source>Pindahkan</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor.py" line="310"/>
        <source>tingkat teratas</source>
        <translation>the top level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor.py" line="312"/>
        <source>Pindahkan %1 (beserta sub-unitnya) ke bawah %2?</source>
        <translation>Move %1 (with its sub-units) under %2?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor.py" line="328"/>
        <location filename="../../desktop/ui/units/editor.py" line="344"/>
        <source>Gabungkan Unit</source>
        <translation>Merge Units</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor.py" line="329"/>
        <source>Gabungkan %1 ke unit:</source>
        <translation>Merge %1 into the unit:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor.py" line="330"/>
        <source>Lanjut</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor.py" line="338"/>
        <source>Gabungkan %1 ke %2?

%3 pegawai dan %4 sub-unit pindah ke %2; riwayat pegawai tetap. Nama %1 menjadi nama lain %2, lalu unit %1 dihapus.</source>
        <translation>Merge %1 into %2?

%3 staff and %4 sub-units move to %2; staff history is kept. The name %1 becomes another name of %2, then the unit %1 is deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor.py" line="344"/>
        <source>Gabungkan</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor.py" line="358"/>
        <source>Nonaktifkan %1?</source>
        <translation>Deactivate %1?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor.py" line="360"/>
        <source>Nonaktifkan %1 beserta %2 sub-unitnya?</source>
        <translation>Deactivate %1 with its %2 sub-units?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor.py" line="364"/>
        <source>Nonaktifkan Unit</source>
        <translation>Deactivate Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor.py" line="364"/>
        <source>Nonaktifkan</source>
        <translation>Deactivate</translation>
    </message>
</context>
<context>
    <name>UnitJenis</name>
    <message>
        <location filename="../../desktop/ui/units/editor_model.py" line="105"/>
        <source>Instansi</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor_model.py" line="106"/>
        <source>Perangkat daerah</source>
        <translation>Regional agency</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor_model.py" line="107"/>
        <source>Bidang</source>
        <translation>Division</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor_model.py" line="108"/>
        <source>Subbidang/Seksi</source>
        <translation>Subdivision/Section</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor_model.py" line="118"/>
        <source>Sekretariat</source>
        <translation>Secretariat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor_model.py" line="119"/>
        <source>Bidang/Bagian</source>
        <translation>Division/Department</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor_model.py" line="120"/>
        <source>Subbagian</source>
        <translation>Subdepartment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor_model.py" line="121"/>
        <source>Seksi/Subbidang</source>
        <translation>Section/Subdivision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor_model.py" line="122"/>
        <source>UPT/UPTD</source>
        <translation>Technical unit (UPT/UPTD)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor_model.py" line="123"/>
        <source>Puskesmas</source>
        <translation>Health centre (Puskesmas)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor_model.py" line="124"/>
        <source>Sekolah</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor_model.py" line="125"/>
        <source>Kecamatan</source>
        <translation>District (Kecamatan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/editor_model.py" line="126"/>
        <source>Kelurahan/Desa</source>
        <translation>Village (Kelurahan/Desa)</translation>
    </message>
</context>
<context>
    <name>UnitTransfers</name>
    <message>
        <location filename="../../desktop/ui/units/transfer.py" line="35"/>
        <source>Lembar kerja (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/transfer.py" line="39"/>
        <location filename="../../desktop/ui/units/transfer.py" line="48"/>
        <location filename="../../desktop/ui/units/transfer.py" line="52"/>
        <source>Impor Struktur Organisasi</source>
        <translation>Import Organisation Structure</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/transfer.py" line="50"/>
        <source>Impor yang valid</source>
        <translation>Import the valid rows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/transfer.py" line="50"/>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/transfer.py" line="66"/>
        <source>Baru: %1   Diubah: %2   Sama: %3   Ditolak: %4</source>
        <translation>New: %1   Changed: %2   Unchanged: %3   Rejected: %4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/transfer.py" line="76"/>
        <source>%1 Baris %2, kolom %3: %4</source>
        <translation>%1 Row %2, column %3: %4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/transfer.py" line="82"/>
        <source>… dan %1 catatan lain.</source>
        <translation>… and %1 more notes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/transfer.py" line="85"/>
        <source>Tidak ada yang perlu disimpan.</source>
        <translation>Nothing to save.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/transfer.py" line="92"/>
        <location filename="../../desktop/ui/units/transfer.py" line="105"/>
        <source>Ekspor Struktur Organisasi</source>
        <translation>Export Organisation Structure</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/units/transfer.py" line="103"/>
        <source>%Ln unit diekspor ke %2.</source>
        <translation>
            <numerusform>%Ln unit exported to %2.</numerusform>
            <numerusform>%Ln units exported to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <location filename="../../desktop/ui/units/model.py" line="86"/>
        <source>Semua unit</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/units/model.py" line="88"/>
        <source>%1 (nonaktif)</source>
        <translation>%1 (inactive)</translation>
    </message>
</context>
<context>
    <name>UnitTreeView</name>
    <message>
        <location filename="../../desktop/ui/units/view.py" line="26"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
</context>
<context>
    <name>UnitsController</name>
    <message>
        <location filename="../../desktop/ui/units/controller.py" line="29"/>
        <source>Struktur &amp;Organisasi…</source>
        <translation>Organisation &amp;Structure…</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../desktop/ui/reports/verify_dialog.py" line="52"/>
        <source>Verifikasi Cetakan — Periksa Kode Cetak</source>
        <translation>Verify a Printout — Check the Printed Code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/verify_dialog.py" line="57"/>
        <source>Kode verifikasi</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/verify_dialog.py" line="60"/>
        <source>&amp;Periksa</source>
        <translation>C&amp;heck</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/verify_dialog.py" line="71"/>
        <source>&amp;Salin hasil</source>
        <translation>Co&amp;py result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/verify_dialog.py" line="79"/>
        <source>&amp;Kode</source>
        <translation>C&amp;ode</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/verify_dialog.py" line="85"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/verify_dialog.py" line="109"/>
        <source>Ketik kode verifikasi yang tercetak di kaki halaman, misalnya 7KQ2M-9XH4D. Huruf besar/kecil, spasi dan tanda hubung tidak berpengaruh.</source>
        <translation>Type the verification code printed at the foot of the page, e.g. 7KQ2M-9XH4D. Case, spaces and dashes do not matter.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/verify_dialog.py" line="119"/>
        <source>Isian</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/verify_dialog.py" line="119"/>
        <source>Tercetak</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/verify_dialog.py" line="119"/>
        <source>Sekarang</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/verify_dialog.py" line="178"/>
        <source>COCOK</source>
        <translation>MATCH</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/verify_dialog.py" line="178"/>
        <source>Isi cetakan sama dengan data saat ini.</source>
        <translation>The printout matches the current data.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/verify_dialog.py" line="180"/>
        <source>BERUBAH</source>
        <translation>CHANGED</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/reports/verify_dialog.py" line="182"/>
        <source>%n isian berubah sejak dicetak; cetakan ini tidak lagi sesuai data.</source>
        <translation>
            <numerusform>%n field changed since printing; this printout no longer matches the data.</numerusform>
            <numerusform>%n fields changed since printing; this printout no longer matches the data.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/reports/verify_dialog.py" line="202"/>
        <source>Dicetak %1 oleh %2, %n kali.</source>
        <translation>
            <numerusform>Printed %1 by %2, once.</numerusform>
            <numerusform>Printed %1 by %2, %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/reports/verify_dialog.py" line="205"/>
        <source>Dicetak %1, %n kali.</source>
        <translation>
            <numerusform>Printed %1, once.</numerusform>
            <numerusform>Printed %1, %n times.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/verify_dialog.py" line="187"/>
        <source>DATA DIHAPUS</source>
        <translation>RECORD DELETED</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/verify_dialog.py" line="188"/>
        <source>Data asal cetakan ini sudah dihapus dari basis data.</source>
        <translation>The record this was printed from has been deleted from the database.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/verify_dialog.py" line="190"/>
        <source>TIDAK DIKENAL</source>
        <translation>UNKNOWN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/verify_dialog.py" line="192"/>
        <source>Tidak ada cetakan dengan kode %1 di basis data ini. Periksa ketikan kode, atau cetakan berasal dari kantor lain.</source>
        <translation>No printout with code %1 in this database. Check the code as typed, or the printout comes from another office.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/verify_dialog.py" line="198"/>
        <source>Kode %1: %2</source>
        <translation>Code %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/verify_dialog.py" line="233"/>
        <source>Tersalin</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>WorkflowEditor</name>
    <message>
        <location filename="../../desktop/ui/appraisal/editor_base.py" line="64"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/editor_base.py" line="116"/>
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/editor_base.py" line="117"/>
        <source>Ada perubahan yang belum disimpan. Tutup tanpa menyimpan?</source>
        <translation>There are unsaved changes. Close without saving?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/editor_base.py" line="118"/>
        <source>Tutup tanpa menyimpan</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/editor_base.py" line="120"/>
        <source>Kembali ke formulir</source>
        <translation>Back to the form</translation>
    </message>
</context>
<context>
    <name>WorkspaceTable</name>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="125"/>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="126"/>
        <source>Tanpa SKP</source>
        <translation>Without SKP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="127"/>
        <source>Belum dinilai</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="128"/>
        <source>Sudah dinilai</source>
        <translation>Rated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="139"/>
        <source>Pegawai dan status penilaian</source>
        <translation>Staff and appraisal status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="142"/>
        <source>Tampi&amp;lkan</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="149"/>
        <source>Belum ada pegawai untuk dinilai</source>
        <translation>No staff to appraise yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="151"/>
        <source>Penilaian kinerja dimulai dari data pegawai: impor daftar pegawai atau tambahkan pegawai di halaman Data Pegawai, lalu susun SKP-nya di sini.</source>
        <translation>Performance appraisal starts from the staff records: import a staff list or add staff on the Staff Records page, then draw up their SKPs here.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="159"/>
        <source>Memuat data penilaian…</source>
        <translation>Loading appraisal data…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="183"/>
        <source>Belum ada SKP tahun %1 di unit ini. Pilih pegawai lalu tekan Buka SKP untuk menyusunnya (klik ganda juga bisa).</source>
        <translation>No SKP for %1 in this unit yet. Select an employee and press Open SKP to draw one up (or double-click).</translation>
    </message>
</context>
<context>
    <name>WorkspaceTableModel</name>
    <message>
        <location filename="../../desktop/ui/appraisal/model.py" line="92"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/model.py" line="93"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/model.py" line="94"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/model.py" line="95"/>
        <source>Status
SKP</source>
        <translation>SKP
status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/model.py" line="96"/>
        <source>Status
Evaluasi</source>
        <translation>Evaluation
status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/model.py" line="97"/>
        <source>Rating
Hasil</source>
        <translation>Results
rating</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/model.py" line="98"/>
        <source>Rating
Perilaku</source>
        <translation>Behaviour
rating</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/model.py" line="99"/>
        <source>Predikat</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/model.py" line="124"/>
        <source> (kepala unit)</source>
        <translation> (unit head)</translation>
    </message>
</context>
</TS>
