<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="28"/>
        <location filename="../../desktop/ui/appraisal/labels.py" line="39"/>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="29"/>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="30"/>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="31"/>
        <source>Dikembalikan</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="26"/>
        <source>Tanpa SKP</source>
        <translation>Without SKP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="37"/>
        <source>Belum ada</source>
        <translation>None yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="40"/>
        <source>Dinilai</source>
        <translation>Rated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="41"/>
        <source>Ditetapkan</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="48"/>
        <source>Tahunan</source>
        <translation>Annual</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="63"/>
        <source>Di Atas</source>
        <translation>Above</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="64"/>
        <source>Sesuai</source>
        <translation>As expected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="65"/>
        <source>Di Bawah</source>
        <translation>Below</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="83"/>
        <source>Kuantitas</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="84"/>
        <source>Kualitas</source>
        <translation>Quality</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="85"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="86"/>
        <source>Biaya</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="91"/>
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
        <location filename="../../desktop/ui/appraisal/services.py" line="39"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/services.py" line="60"/>
        <source>Semua berkas (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>AppraisalWorkspace</name>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace.py" line="169"/>
        <source>Hapus capaian kinerja organisasi</source>
        <translation>Clear the organisation&apos;s performance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace.py" line="171"/>
        <source>Capaian kinerja organisasi periode ini akan dihapus (misalnya karena salah pilih). Evaluasi yang sudah ditetapkan tidak berubah. Lanjutkan?</source>
        <translation>The organisation&apos;s performance for this period will be cleared (for instance after a wrong choice). Evaluations already set do not change. Continue?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace.py" line="174"/>
        <source>Hapus</source>
        <translation>Remove</translation>
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
    <message>
        <location filename="../../desktop/ui/reports/batch_summary.py" line="105"/>
        <source>%1 formulir, %2 halaman, %3 berkas, dalam %4 detik.
Disimpan di: %5</source>
        <translation>%1 forms, %2 pages, %3 files, in %4 seconds.
Saved in: %5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/batch_summary.py" line="115"/>
        <source>Tidak ada pegawai yang dilewati.</source>
        <translation>Nobody was left out.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/batch_summary.py" line="118"/>
        <source>%1 pegawai dilewati (%2 formulir) karena datanya belum ada. Lengkapi di halaman Penilaian Kinerja, lalu cetak formulir mereka:</source>
        <translation>%1 employees were left out (%2 forms) because their data is not there yet. Complete it on the Performance Appraisal page, then print their forms:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/batch_summary.py" line="128"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/batch_summary.py" line="128"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/batch_summary.py" line="128"/>
        <source>Formulir</source>
        <translation>Forms</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/batch_summary.py" line="128"/>
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
        <source>&amp;Impor %1 Paket</source>
        <translation>&amp;Import %1 Packages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/central_dialog.py" line="303"/>
        <source>&amp;Impor</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/central_dialog.py" line="312"/>
        <source>folder yang sama dengan paketnya (flashdisk yang dibawa kantor)</source>
        <translation>the package&apos;s own folder (the office&apos;s USB stick)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/central_dialog.py" line="320"/>
        <source>Pilih paket kantor</source>
        <translation>Choose office packages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/central_dialog.py" line="321"/>
        <source>Paket Kinerja Luring (*.kinerja);;Semua berkas (*)</source>
        <translation>Kinerja Luring packages (*.kinerja);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/central_dialog.py" line="338"/>
        <source>Folder untuk tanda terima</source>
        <translation>Folder for receipts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/central_dialog.py" line="353"/>
        <source>Simpan laporan impor</source>
        <translation>Save import report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/central_dialog.py" line="354"/>
        <source>Teks (*.txt);;JSON (*.json)</source>
        <translation>Text (*.txt);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/central_dialog.py" line="369"/>
        <source>Laporan disimpan ke %1.</source>
        <translation>Report saved to %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/central_dialog.py" line="370"/>
        <source>Laporan disimpan</source>
        <translation>Report saved</translation>
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
        <location filename="../../desktop/ui/sync/export_wizard.py" line="55"/>
        <source>Isi paket</source>
        <translation>Package content</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="57"/>
        <source>Periksa apa yang akan dikirim, lalu tekan “Tulis Paket”.</source>
        <translation>Check what will be sent, then press “Write Package”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="60"/>
        <source>&amp;Tulis Paket</source>
        <translation>&amp;Write Package</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="66"/>
        <source>Tujuan:</source>
        <translation>Destination:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="67"/>
        <source>Paket:</source>
        <translation>Package:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="68"/>
        <source>Isi:</source>
        <translation>Content:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="69"/>
        <source>Enkripsi:</source>
        <translation>Encryption:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="71"/>
        <source>Jenis data</source>
        <translation>Kind of data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="71"/>
        <source>Baris</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="83"/>
        <source>Kirim &amp;semua data (paket lengkap) — hanya bila pusat kehilangan data</source>
        <translation>Send &amp;all data (full package) — only when the centre lost data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="101"/>
        <source>Menghitung data yang akan dikirim…</source>
        <translation>Counting the data to send…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="125"/>
        <source>urutan %1 dari %2</source>
        <translation>number %1 from %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="143"/>
        <source>semua data kantor (belum ada tanda terima dari pusat).</source>
        <translation>all of the office&apos;s data (no receipt from the centre yet).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="145"/>
        <source>semua data kantor (pusat meminta paket lengkap).</source>
        <translation>all of the office&apos;s data (the centre asked for a full package).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="148"/>
        <source>data yang berubah sejak paket urutan %1 (diterima pusat %2).</source>
        <translation>data changed since package %1 (acknowledged by the centre %2).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="155"/>
        <source>Paket urutan %1 belum ada tanda terimanya; isinya ikut dikirim lagi, jadi tidak ada yang hilang bila flashdisk sebelumnya hilang.</source>
        <translation>Package %1 has no receipt yet; its content is sent again, so nothing is lost if the earlier stick was lost.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="164"/>
        <source>dienkripsi untuk pusat %1
sidik jari pusat: %2</source>
        <translation>encrypted for centre %1
centre fingerprint: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="165"/>
        <source>tanpa nama</source>
        <translation>unnamed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="172"/>
        <source>TIDAK dienkripsi: kunci pusat belum diimpor. Siapa pun yang menemukan flashdisk dapat membaca isinya. Impor dulu kunci pusat (Sinkronisasi → Impor Kunci Pusat) bila memungkinkan.</source>
        <translation>NOT encrypted: the centre&apos;s key has not been imported. Anyone who finds the stick can read it. Import the centre&apos;s key first (Sync → Import Centre Key) if you can.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="184"/>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="199"/>
        <source>Tidak ada perubahan sejak tanda terima terakhir. Paket kosong tetap dapat dikirim sebagai tanda bahwa kantor ini aktif.</source>
        <translation>Nothing changed since the last receipt. An empty package can still be sent to show this office is active.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="221"/>
        <source>Menulis paket ke %1…</source>
        <translation>Writing the package to %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="251"/>
        <source>Flashdisk atau folder %1 tidak ditemukan lagi (dicabut?). Colokkan kembali lalu tekan “Tulis Paket”, atau kembali dan pilih tujuan lain. Tidak ada yang ditulis.</source>
        <translation>The stick or folder %1 can no longer be found (removed?). Plug it in again and press “Write Package”, or go back and choose another destination. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="265"/>
        <source>Dibatalkan. Tidak ada berkas yang ditulis.</source>
        <translation>Cancelled. No file was written.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop/ui/widgets.py" line="46"/>
        <source>hh-bb-tttt</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets.py" line="56"/>
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
        <location filename="../../desktop/ui/staff/history_tab.py" line="134"/>
        <source>Diklat</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="144"/>
        <source>Total %1 JP · tahun %2: %3 JP (minimal 20 JP setahun)</source>
        <translation>Total %1 JP · %2: %3 JP (at least 20 JP a year)</translation>
    </message>
</context>
<context>
    <name>DistributionChart</name>
    <message>
        <location filename="../../desktop/ui/appraisal/chart.py" line="73"/>
        <source>Kurva distribusi predikat</source>
        <translation>Rating distribution curve</translation>
    </message>
</context>
<context>
    <name>DistributionPanel</name>
    <message>
        <location filename="../../desktop/ui/appraisal/distribution_panel.py" line="33"/>
        <source>&lt;b&gt;Kurva distribusi predikat kinerja pegawai&lt;/b&gt;</source>
        <translation>&lt;b&gt;Distribution curve of staff performance ratings&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/distribution_panel.py" line="64"/>
        <source>Termasuk %1 penilaian yang belum ditetapkan (masih dapat berubah).</source>
        <translation>Includes %1 evaluations not yet set (they may still change).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/distribution_panel.py" line="70"/>
        <source>Capaian kinerja organisasi belum ditetapkan</source>
        <translation>Organisational performance not set yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/distribution_panel.py" line="74"/>
        <source>Belum ada pegawai yang dinilai pada periode ini</source>
        <translation>No staff rated in this period yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/distribution_panel.py" line="76"/>
        <source>✓ Distribusi sesuai kuota</source>
        <translation>✓ Distribution within the quotas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/distribution_panel.py" line="82"/>
        <source>Kuota (capaian %1): %2</source>
        <translation>Quotas (performance %1): %2</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="278"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="279"/>
        <source>Paket sudah ada di flashdisk.</source>
        <translation>The package is on the stick.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="288"/>
        <source>Berkas:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="289"/>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="290"/>
        <source>Isi:</source>
        <translation>Content:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="291"/>
        <source>Enkripsi:</source>
        <translation>Encryption:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="292"/>
        <source>Sidik jari kantor:</source>
        <translation>Office fingerprint:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="295"/>
        <source>Bawa flashdisk ke pusat. Setelah pusat mengimpor paket ini, pusat memberikan berkas tanda terima (.kinerja-tt); impor di sini lewat Sinkronisasi → Impor Tanda Terima, agar paket berikutnya hanya berisi perubahan baru.</source>
        <translation>Take the stick to the centre. After importing this package the centre gives you a receipt file (.kinerja-tt); import it here through Sync → Import Receipt, so the next package only holds new changes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="314"/>
        <source>✔ Paket urutan %1 sudah ditulis dan diperiksa ulang.
Flashdisk AMAN untuk dicabut.</source>
        <translation>✔ Package %1 was written and checked again.
It is SAFE to remove the stick.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="321"/>
        <source>%1 baris, %2%3</source>
        <translation>%1 rows, %2%3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="324"/>
        <source> (paket lengkap)</source>
        <translation> (full package)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="327"/>
        <source>ya, untuk pusat %1</source>
        <translation>yes, for centre %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="329"/>
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
    <name>EmploymentTab</name>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="69"/>
        <source>Sesuai struktur</source>
        <translation>From org chart</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="73"/>
        <source>Isi dengan kepala unit menurut struktur organisasi</source>
        <translation>Fill in the unit head according to the organisation chart</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="78"/>
        <source>Status pegawai</source>
        <translation>Employment status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="79"/>
        <source>Golongan</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="80"/>
        <source>TMT golongan</source>
        <translation>Grade effective date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="81"/>
        <source>TMT CPNS</source>
        <translation>CPNS effective date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="82"/>
        <source>TMT PNS</source>
        <translation>PNS effective date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="83"/>
        <source>Kedudukan hukum</source>
        <translation>Legal status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="84"/>
        <source>Pendidikan terakhir</source>
        <translation>Highest education</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="85"/>
        <source>Tahun lulus</source>
        <translation>Graduation year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="86"/>
        <source>NIP lama</source>
        <translation>Old NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="87"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="88"/>
        <source>Jenis jabatan</source>
        <translation>Position type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="89"/>
        <source>Jenjang</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="90"/>
        <source>Eselon</source>
        <translation>Echelon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="91"/>
        <source>TMT jabatan</source>
        <translation>Position effective date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="92"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="102"/>
        <source>Atasan langsung</source>
        <translation>Direct superior</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="43"/>
        <source>Tidak dapat dilanjutkan</source>
        <translation>Cannot continue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="48"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="32"/>
        <source>Evaluasi Kinerja Pegawai</source>
        <translation>Staff Performance Evaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="39"/>
        <source>Catatan dan rekomendasi Pejabat Penilai</source>
        <translation>Appraising official&apos;s notes and recommendations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="41"/>
        <source>Hasil Kerja</source>
        <translation>Work Results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="42"/>
        <source>Perilaku Kerja</source>
        <translation>Work Behaviour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="43"/>
        <source>Catatan / Rekomendasi</source>
        <translation>Notes / Recommendations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="64"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="65"/>
        <source>Nilai</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="66"/>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="179"/>
        <source>Tetapkan</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="67"/>
        <source>Buka Kembali</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="80"/>
        <source>%1 · Tahun %2</source>
        <translation>%1 · Year %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="114"/>
        <source>Terkunci: evaluasi ini sudah ditetapkan pada %1. Perubahan hanya dapat dilakukan setelah Buka Kembali (dengan alasan).</source>
        <translation>Locked: this evaluation was finalised on %1. It can only be changed after Reopen (with a reason).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="119"/>
        <source>Dibuka kembali: %1</source>
        <translation>Reopened: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="123"/>
        <source>Peran Anda (%1) tidak dapat mengubah evaluasi ini.</source>
        <translation>Your role (%1) cannot change this evaluation.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="129"/>
        <source>Perhatian: SKP tahun ini belum disetujui (status %1).</source>
        <translation>Note: this year&apos;s SKP has not been approved yet (status %1).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="142"/>
        <source>Pilih Rating Hasil Kerja dan Rating Perilaku Kerja sebelum menilai.</source>
        <translation>Choose the Work Results rating and the Work Behaviour rating before rating.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="174"/>
        <source>Tetapkan evaluasi</source>
        <translation>Finalise evaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="176"/>
        <source>Setelah ditetapkan, evaluasi terkunci dan hanya dapat diubah melalui Buka Kembali (dengan alasan). Tetapkan sekarang?</source>
        <translation>Once finalised, the evaluation is locked and can only be changed through Reopen (with a reason). Finalise now?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="184"/>
        <source>Buka kembali evaluasi</source>
        <translation>Reopen evaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="185"/>
        <source>Alasan membuka kembali evaluasi (wajib diisi):</source>
        <translation>Reason for reopening the evaluation (required):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="191"/>
        <source>Pilih baris indikator terlebih dahulu.</source>
        <translation>Select an indicator row first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="193"/>
        <source>Lampirkan bukti dukung</source>
        <translation>Attach supporting evidence</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="344"/>
        <source>Ekspor Paket ke Pusat</source>
        <translation>Export Package to the Centre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="348"/>
        <source>&lt; &amp;Kembali</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="349"/>
        <source>&amp;Lanjut &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="350"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/export_wizard.py" line="351"/>
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
    <name>Formatting</name>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="45"/>
        <source>laki-laki</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="46"/>
        <source>perempuan</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="51"/>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="52"/>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="59"/>
        <source>Mutasi</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="60"/>
        <source>Pensiun</source>
        <translation>Retirement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="61"/>
        <source>Berhenti</source>
        <translation>Resignation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="62"/>
        <source>Meninggal</source>
        <translation>Deceased</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="67"/>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="68"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>HistoryTabFactory</name>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="160"/>
        <location filename="../../desktop/ui/staff/history_tab.py" line="209"/>
        <source>Nomor SK</source>
        <translation>Decree no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="161"/>
        <source>Tanggal SK</source>
        <translation>Decree date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="165"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="166"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="167"/>
        <location filename="../../desktop/ui/staff/history_tab.py" line="177"/>
        <source>TMT</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="171"/>
        <source>Riwayat Jabatan</source>
        <translation>Position History</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="176"/>
        <source>Golongan</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="181"/>
        <source>Riwayat Golongan</source>
        <translation>Grade History</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="186"/>
        <source>Jenjang</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="187"/>
        <source>Nama sekolah / perguruan tinggi</source>
        <translation>School / university</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="188"/>
        <source>Jurusan</source>
        <translation>Major</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="189"/>
        <source>Tahun lulus</source>
        <translation>Graduation year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="192"/>
        <source>Riwayat Pendidikan</source>
        <translation>Education History</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="196"/>
        <source>Nama diklat</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="197"/>
        <source>Penyelenggara</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="198"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="199"/>
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="200"/>
        <source>JP</source>
        <translation>Hours (JP)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="206"/>
        <location filename="../../desktop/ui/staff/history_tab.py" line="212"/>
        <source>Penghargaan</source>
        <translation>Awards</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="207"/>
        <source>Pemberi</source>
        <translation>Awarded by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="208"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../../desktop/ui/staff/history_model.py" line="76"/>
        <source>%1, baris %2: %3 wajib diisi.</source>
        <translation>%1, row %2: %3 is required.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_model.py" line="124"/>
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
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="49"/>
        <source>Pratinjau Impor — %1</source>
        <translation>Import Preview — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="57"/>
        <source>Semua baris (%1)</source>
        <translation>All rows (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="61"/>
        <source>Ditolak (%1)</source>
        <translation>Rejected (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="65"/>
        <source>Impor %1 baris</source>
        <translation>Import %1 rows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="69"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="134"/>
        <source>&lt;b&gt;Kolom dikenali:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Kolom diabaikan:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Recognised columns:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Ignored columns:&lt;/b&gt; %2</translation>
    </message>
</context>
<context>
    <name>KeyFlows</name>
    <message>
        <location filename="../../desktop/ui/sync/key_flows.py" line="49"/>
        <source>Pilih folder untuk berkas kunci</source>
        <translation>Choose a folder for the key file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/key_flows.py" line="59"/>
        <source>Berikan berkas ini kepada setiap kantor. Saat kantor menelepon untuk mencocokkan, bacakan sidik jari ini.</source>
        <translation>Give this file to every office. When an office phones to check, read out this fingerprint.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/key_flows.py" line="62"/>
        <source>Serahkan berkas ini ke pusat. Saat pusat menelepon untuk mencocokkan, bacakan sidik jari ini.</source>
        <translation>Hand this file to the centre. When the centre phones to check, read out this fingerprint.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/key_flows.py" line="67"/>
        <source>Berkas kunci ditulis</source>
        <translation>Key file written</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/key_flows.py" line="68"/>
        <source>Berkas kunci ditulis ke %1.

Sidik jari: %2

%3</source>
        <translation>Key file written to %1.

Fingerprint: %2

%3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/key_flows.py" line="81"/>
        <source>Impor Kunci Kantor</source>
        <translation>Import Office Key</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/key_flows.py" line="81"/>
        <source>Impor Kunci Pusat</source>
        <translation>Import Centre Key</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/key_flows.py" line="82"/>
        <source>Berkas kunci Kinerja Luring %1;;Semua berkas (*)</source>
        <translation>Kinerja Luring key files %1;;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/key_flows.py" line="101"/>
        <source>Kunci kantor %1 (%2)</source>
        <translation>Key of office %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/key_flows.py" line="106"/>
        <source>Telepon kantor tersebut dan minta operatornya membacakan sidik jari pada layar Sinkronisasi → Status Sinkronisasi. Daftarkan hanya bila sama persis.</source>
        <translation>Phone that office and ask the operator to read out the fingerprint shown under Sync → Sync Status. Register it only if it is exactly the same.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/key_flows.py" line="110"/>
        <source>Kunci pusat %1</source>
        <translation>Key of centre %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/key_flows.py" line="110"/>
        <location filename="../../desktop/ui/sync/key_flows.py" line="132"/>
        <source>(tanpa nama)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/key_flows.py" line="112"/>
        <source>Telepon pusat dan minta petugasnya membacakan sidik jari kunci pusat. Terima hanya bila sama persis: paket kantor ini akan dienkripsi untuk kunci ini.</source>
        <translation>Phone the centre and ask them to read out the centre key&apos;s fingerprint. Accept it only if it is exactly the same: this office&apos;s packages will be encrypted for this key.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/key_flows.py" line="117"/>
        <source>Cocokkan sidik jari</source>
        <translation>Check the fingerprint</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/key_flows.py" line="118"/>
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
        <location filename="../../desktop/ui/sync/key_flows.py" line="122"/>
        <source>Sidik jari cocok, terima</source>
        <translation>Fingerprint matches, accept</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/key_flows.py" line="127"/>
        <source>Kantor %1 terdaftar (sidik jari %2).</source>
        <translation>Office %1 registered (fingerprint %2).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/key_flows.py" line="130"/>
        <source>Kunci pusat %1 diterima (sidik jari %2). Paket berikutnya dienkripsi untuk pusat ini.</source>
        <translation>Key of centre %1 accepted (fingerprint %2). The next packages are encrypted for this centre.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/key_flows.py" line="135"/>
        <source>Menggantikan kunci %1.</source>
        <translation>Replaces key %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/key_flows.py" line="141"/>
        <source>Kunci diterima</source>
        <translation>Key accepted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/key_flows.py" line="162"/>
        <source>Basis data pusat</source>
        <translation>Central database</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/key_flows.py" line="164"/>
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
    <name>MainActions</name>
    <message>
        <location filename="../../desktop/ui/actions.py" line="17"/>
        <source>&amp;Impor Pegawai…</source>
        <translation>&amp;Import Staff…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="18"/>
        <source>&amp;Ekspor Pegawai…</source>
        <translation>&amp;Export Staff…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="19"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="20"/>
        <source>Pengaturan &amp;Kantor…</source>
        <translation>&amp;Office Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="21"/>
        <source>&amp;Tambah</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="22"/>
        <source>Tambah pegawai baru (Ctrl+N)</source>
        <translation>Add a new employee (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="23"/>
        <source>&amp;Buka</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="28"/>
        <source>Buka data pegawai terpilih (Enter)</source>
        <translation>Open the selected employee (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="29"/>
        <source>&amp;Nonaktifkan…</source>
        <translation>&amp;Deactivate…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="30"/>
        <source>&amp;Aktifkan kembali</source>
        <translation>&amp;Reactivate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="31"/>
        <source>&amp;Cari…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="32"/>
        <source>Tampilkan pegawai &amp;nonaktif</source>
        <translation>Show &amp;inactive staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="37"/>
        <source>&amp;Tentang Kinerja Luring</source>
        <translation>&amp;About Kinerja Luring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="38"/>
        <source>&amp;Data Pegawai</source>
        <translation>&amp;Staff Records</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="39"/>
        <source>&amp;Penilaian Kinerja</source>
        <translation>&amp;Performance Appraisal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="59"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="65"/>
        <source>&amp;Pegawai</source>
        <translation>&amp;Staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="69"/>
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="73"/>
        <source>&amp;Bahasa</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="76"/>
        <source>B&amp;antuan</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="69"/>
        <source>Data Pegawai</source>
        <translation>Staff Records</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="70"/>
        <location filename="../../desktop/ui/main_window.py" line="196"/>
        <source>Penilaian Kinerja</source>
        <translation>Performance Appraisal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="84"/>
        <source>Alat utama</source>
        <translation>Main tools</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="218"/>
        <source>Menampilkan %1 dari %2 pegawai</source>
        <translation>Showing %1 of %2 staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="256"/>
        <source>Tersimpan: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="277"/>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="279"/>
        <source>Bahasa akan berganti setelah aplikasi dibuka kembali.
The language changes when the app is restarted.</source>
        <translation>The language changes when the app is restarted.
Bahasa akan berganti setelah aplikasi dibuka kembali.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="295"/>
        <source>Pengaturan kantor tersimpan.</source>
        <translation>Office settings saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="300"/>
        <source>Tentang Kinerja Luring</source>
        <translation>About Kinerja Luring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="302"/>
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
    <name>OfficeDialog</name>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="48"/>
        <source>Pengaturan Kantor</source>
        <translation>Office Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="59"/>
        <source>mis. Pemerintah Kabupaten Kepahiang</source>
        <translation>e.g. Pemerintah Kabupaten Kepahiang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="62"/>
        <source>mis. Badan Kepegawaian dan Pengembangan Sumber Daya Manusia</source>
        <translation>e.g. Badan Kepegawaian dan Pengembangan Sumber Daya Manusia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="65"/>
        <source>mis. Kepahiang</source>
        <translation>e.g. Kepahiang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="68"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="68"/>
        <source>F4 / folio (215 × 330 mm)</source>
        <translation>F4 / folio (215 × 330 mm)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="72"/>
        <source>Triwulan (TW I–IV)</source>
        <translation>Quarterly (TW I–IV)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="72"/>
        <source>Bulanan</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="76"/>
        <source>Instansi</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="77"/>
        <source>Nama kantor</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="78"/>
        <source>Tempat tanda tangan</source>
        <translation>Place of signing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="79"/>
        <source>Evaluasi periodik</source>
        <translation>Periodic evaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="80"/>
        <source>Ukuran kertas</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="81"/>
        <source>Lambang</source>
        <translation>Emblem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="85"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="89"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="94"/>
        <source>Nama instansi dicetak di kepala setiap formulir penilaian; tempat tanda tangan dicetak sebelum tanggal (mis. “Kepahiang, 23 November 2026”).</source>
        <translation>The agency name is printed at the head of every appraisal form; the place of signing is printed before the date (e.g. “Kepahiang, 23 November 2026”).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="115"/>
        <source>Pilih gambar…</source>
        <translation>Choose image…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="116"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="141"/>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="152"/>
        <source>Pilih lambang</source>
        <translation>Choose the emblem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="152"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="175"/>
        <source>%1 evaluasi yang sudah ada tetap seperti semula; evaluasi baru memakai periode ini.</source>
        <translation>%1 existing evaluations stay as they are; new evaluations use this period.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="182"/>
        <source>Nama instansi wajib diisi.</source>
        <translation>The agency name is required.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="213"/>
        <source>Berkas tidak dapat dibaca: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="217"/>
        <source>Gambar terlalu besar (maksimal 2 MB); perkecil dulu.</source>
        <translation>The image is too large (2 MB at most); make it smaller first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/dialog.py" line="222"/>
        <source>Berkas ini bukan gambar PNG atau JPEG yang dapat dibaca.</source>
        <translation>This file is not a readable PNG or JPEG image.</translation>
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
    <name>PreviewDialog</name>
    <message>
        <location filename="../../desktop/ui/reports/preview.py" line="88"/>
        <source>Ukuran kertas cetakan ini (bawaan: pengaturan kantor)</source>
        <translation>Paper size of this print (default: the office setting)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview.py" line="89"/>
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview.py" line="90"/>
        <source>&amp;Simpan PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview.py" line="91"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview.py" line="98"/>
        <source>&amp;Kertas</source>
        <translation>P&amp;aper</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview.py" line="115"/>
        <source>Cetak lewat printer (Ctrl+P)</source>
        <translation>Print on a printer (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview.py" line="116"/>
        <source>Simpan sebagai berkas PDF (Ctrl+S)</source>
        <translation>Save as a PDF file (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview.py" line="129"/>
        <source>Halaman sebelumnya</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview.py" line="130"/>
        <source>Halaman berikutnya</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview.py" line="132"/>
        <source>Perkecil</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview.py" line="135"/>
        <source>Perbesar</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview.py" line="138"/>
        <source>Selebar jendela</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview.py" line="141"/>
        <source>Satu halaman</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview.py" line="141"/>
        <source>Satu halaman penuh</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview.py" line="145"/>
        <source>&amp;Halaman</source>
        <translation>Pa&amp;ge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview.py" line="199"/>
        <source>Pratinjau Cetak — %1</source>
        <translation>Print Preview — %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/reports/preview.py" line="204"/>
        <source>Kode verifikasi %1 · %n halaman</source>
        <translation>
            <numerusform>Verification code %1 · %n page</numerusform>
            <numerusform>Verification code %1 · %n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview.py" line="211"/>
        <source>dari %1</source>
        <translation>of %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview.py" line="259"/>
        <source>Formulir ini belum disetujui/ditetapkan, sehingga tercetak dengan tanda KONSEP. Cetak ulang setelah ditetapkan untuk ditandatangani.</source>
        <translation>This form is not approved/set yet, so it prints marked KONSEP (draft). Print it again once set, for signing.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview.py" line="339"/>
        <source>Menyusun ulang untuk kertas %1…</source>
        <translation>Laying out again for %1 paper…</translation>
    </message>
</context>
<context>
    <name>PreviewFlow</name>
    <message>
        <location filename="../../desktop/ui/reports/preview_flow.py" line="43"/>
        <source>Menyiapkan pratinjau…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview_flow.py" line="74"/>
        <source>Menyusun ulang…</source>
        <translation>Laying out again…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview_flow.py" line="96"/>
        <source>Dibatalkan; tidak ada yang dicetak atau dicatat.</source>
        <translation>Cancelled; nothing was printed or recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview_flow.py" line="105"/>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview_flow.py" line="114"/>
        <source>Tersimpan ke %1. Kode verifikasi %2 tercatat.</source>
        <translation>Saved to %1. Verification code %2 recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview_flow.py" line="127"/>
        <source>Mengirim ke printer…</source>
        <translation>Sending to the printer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview_flow.py" line="129"/>
        <source>Mencetak %1…</source>
        <translation>Printing %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview_flow.py" line="140"/>
        <source>%1: %2 halaman dikirim ke %3. Kode verifikasi %4 tercatat.</source>
        <translation>%1: %2 pages sent to %3. Verification code %4 recorded.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../desktop/ui/prompts.py" line="38"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prompts.py" line="47"/>
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
        <location filename="../../desktop/ui/appraisal/realisasi_table.py" line="39"/>
        <source>RHK</source>
        <translation>RHK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/realisasi_table.py" line="40"/>
        <source>Aspek</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/realisasi_table.py" line="41"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/realisasi_table.py" line="42"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/realisasi_table.py" line="43"/>
        <source>Realisasi</source>
        <translation>Achievement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/realisasi_table.py" line="44"/>
        <source>Bukti Dukung</source>
        <translation>Supporting Evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/realisasi_table.py" line="45"/>
        <source>Umpan Balik</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/realisasi_table.py" line="46"/>
        <source>Berkas</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/realisasi_table.py" line="58"/>
        <source>Realisasi per indikator</source>
        <translation>Achievement per indicator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/realisasi_table.py" line="60"/>
        <source>Lampirkan berkas…</source>
        <translation>Attach files…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/realisasi_table.py" line="61"/>
        <source>Hapus daftar berkas</source>
        <translation>Clear the file list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/realisasi_table.py" line="77"/>
        <source>Kolom putih dapat diisi: pilih sel lalu ketik atau tekan F2.</source>
        <translation>White columns can be edited: select a cell, then type or press F2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/realisasi_table.py" line="163"/>
        <source>%1 berkas</source>
        <translation>%1 file(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/realisasi_table.py" line="164"/>
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
        <location filename="../../desktop/ui/reports/menu.py" line="15"/>
        <source>Cetak &amp;SKP…</source>
        <translation>Print &amp;SKP…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/menu.py" line="16"/>
        <source>Cetak &amp;Evaluasi Kinerja…</source>
        <translation>Print performance &amp;evaluation…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/menu.py" line="17"/>
        <source>Cetak &amp;Dokumen Evaluasi…</source>
        <translation>Print evaluation &amp;document…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/menu.py" line="18"/>
        <source>Cetak &amp;Massal Unit…</source>
        <translation>&amp;Batch print unit…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/menu.py" line="19"/>
        <source>&amp;Rekap Predikat Unit…</source>
        <translation>Unit rating s&amp;ummary…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/menu.py" line="20"/>
        <source>&amp;Verifikasi Cetakan…</source>
        <translation>&amp;Verify a printout…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/menu.py" line="21"/>
        <source>Pratinjau dan cetak SKP pegawai terpilih</source>
        <translation>Preview and print the selected employee&apos;s SKP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/menu.py" line="22"/>
        <source>Pratinjau dan cetak evaluasi kinerja pegawai terpilih</source>
        <translation>Preview and print the selected employee&apos;s performance evaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/menu.py" line="23"/>
        <source>Pratinjau dan cetak dokumen evaluasi pegawai terpilih</source>
        <translation>Preview and print the selected employee&apos;s evaluation document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/menu.py" line="24"/>
        <source>Cetak formulir semua pegawai unit terpilih</source>
        <translation>Print the forms of everyone in the selected unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/menu.py" line="25"/>
        <source>Rekap predikat unit terpilih terhadap kuota</source>
        <translation>Rating summary of the selected unit against the quota</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/menu.py" line="27"/>
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
        <location filename="../../desktop/ui/reports/services.py" line="39"/>
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
        <location filename="../../desktop/ui/reports/preview.py" line="346"/>
        <source>Sasaran Kinerja Pegawai</source>
        <translation>Performance plan (SKP)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview.py" line="347"/>
        <source>Evaluasi Kinerja Pegawai</source>
        <translation>Performance evaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview.py" line="348"/>
        <source>Dokumen Evaluasi Kinerja Pegawai</source>
        <translation>Performance evaluation document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview.py" line="349"/>
        <source>Rekapitulasi Predikat Kinerja</source>
        <translation>Performance rating summary</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/preview.py" line="368"/>
        <source>NIP %1</source>
        <translation>NIP %1</translation>
    </message>
</context>
<context>
    <name>ReportsController</name>
    <message>
        <location filename="../../desktop/ui/reports/controller.py" line="58"/>
        <source>&amp;Cetak</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/controller.py" line="111"/>
        <source>Pilih seorang pegawai di tabel terlebih dahulu.</source>
        <translation>Select an employee in the table first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/controller.py" line="126"/>
        <location filename="../../desktop/ui/reports/controller.py" line="176"/>
        <source>Pilih sebuah unit di pohon unit terlebih dahulu.</source>
        <translation>Select a unit in the unit tree first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/controller.py" line="153"/>
        <source>Pilih Periode Cetak</source>
        <translation>Choose the Period to Print</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/controller.py" line="197"/>
        <source>Mencetak formulir %1, %2 %3…</source>
        <translation>Printing the forms of %1, %2 %3…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/controller.py" line="204"/>
        <source>%v dari %m formulir</source>
        <translation>%v of %m forms</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/controller.py" line="220"/>
        <source>Cetak massal selesai: %1 formulir.</source>
        <translation>Batch printing finished: %1 forms.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/controller.py" line="228"/>
        <source>Cetak massal dibatalkan. Tidak ada berkas yang ditulis dan tidak ada yang dicatat.</source>
        <translation>Batch printing cancelled. No file was written and nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/controller.py" line="244"/>
        <source>Cetak</source>
        <translation>Print</translation>
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
        <location filename="../../desktop/ui/appraisal/rhk_editor.py" line="59"/>
        <source>Tambah RHK</source>
        <translation>Add RHK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/rhk_editor.py" line="60"/>
        <source>Tambah IKI</source>
        <translation>Add IKI</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/rhk_editor.py" line="61"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/rhk_editor.py" line="64"/>
        <source>Naik</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/rhk_editor.py" line="65"/>
        <source>Turun</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/rhk_editor.py" line="69"/>
        <source>Ketik atau tekan F2 untuk mengubah sel; Enter menyimpan sel, Esc membatalkan. Arahkan kursor ke sel untuk melihat teks lengkap.</source>
        <translation>Type or press F2 to edit a cell; Enter keeps it, Esc cancels. Hover over a cell to see its full text.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/rhk_editor.py" line="110"/>
        <source>Jenis / Aspek</source>
        <translation>Type / Aspect</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/rhk_editor.py" line="111"/>
        <source>Rencana Hasil Kerja / Indikator</source>
        <translation>Planned Work Result / Indicator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/rhk_editor.py" line="112"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/rhk_editor.py" line="113"/>
        <source>RHK atasan yang diintervensi</source>
        <translation>Superior&apos;s RHK supported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/rhk_editor.py" line="126"/>
        <source>Rencana Hasil Kerja dan Indikator</source>
        <translation>Planned Work Results and Indicators</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/rhk_editor.py" line="204"/>
        <source>RHK atasan #%1</source>
        <translation>Superior&apos;s RHK #%1</translation>
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
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../desktop/ui/staff/dialog.py" line="56"/>
        <source>Data Pribadi</source>
        <translation>Personal Data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/dialog.py" line="57"/>
        <source>Kepegawaian</source>
        <translation>Employment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/dialog.py" line="61"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/dialog.py" line="64"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/dialog.py" line="99"/>
        <source>Pegawai Baru</source>
        <translation>New Employee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/dialog.py" line="101"/>
        <source>Data Pegawai — %1</source>
        <translation>Employee Record — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/dialog.py" line="172"/>
        <source>Pegawai baru</source>
        <translation>New employee</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <location filename="../../desktop/ui/staff/view.py" line="87"/>
        <source>Cari nama, NIP, atau jabatan… (Ctrl+F)</source>
        <translation>Search name, NIP or position… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/view.py" line="89"/>
        <source>Cari pegawai</source>
        <translation>Search staff</translation>
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
        <location filename="../../desktop/ui/staff/model.py" line="351"/>
        <source>nonaktif</source>
        <translation>inactive</translation>
    </message>
</context>
<context>
    <name>StaffTableView</name>
    <message>
        <location filename="../../desktop/ui/staff/view.py" line="40"/>
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
    <name>SyncController</name>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="57"/>
        <source>&amp;Sinkronisasi</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="59"/>
        <source>&amp;Ekspor Paket ke Flashdisk…</source>
        <translation>&amp;Export Package to USB Stick…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="60"/>
        <source>Impor &amp;Tanda Terima dari Pusat…</source>
        <translation>Import &amp;Receipt from the Centre…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="61"/>
        <source>&amp;Status Sinkronisasi…</source>
        <translation>Sync &amp;Status…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="62"/>
        <source>&amp;Impor Paket Kantor…</source>
        <translation>&amp;Import Office Packages…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="65"/>
        <source>Jadikan Basis Data P&amp;usat…</source>
        <translation>Make This the Ce&amp;ntral Database…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="105"/>
        <source>Ekspor &amp;Kunci Pusat…</source>
        <translation>Export Centre &amp;Key…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="106"/>
        <source>Impor Kunci &amp;Kantor…</source>
        <translation>Import &amp;Office Key…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="111"/>
        <source>Ekspor &amp;Kunci Kantor…</source>
        <translation>Export Office &amp;Key…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="112"/>
        <source>Impor Kunci &amp;Pusat…</source>
        <translation>Import &amp;Centre Key…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="174"/>
        <source>Paket urutan %1 ditulis ke %2</source>
        <translation>Package %1 written to %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="197"/>
        <source>Impor Tanda Terima dari Pusat</source>
        <translation>Import Receipt from the Centre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="198"/>
        <source>Tanda terima Kinerja Luring %1;;Semua berkas (*)</source>
        <translation>Kinerja Luring receipts %1;;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="217"/>
        <source>Mengimpor tanda terima…</source>
        <translation>Importing the receipt…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="225"/>
        <source>Pusat belum dikenal</source>
        <translation>Unknown centre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="227"/>
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
        <location filename="../../desktop/ui/sync/controller.py" line="233"/>
        <location filename="../../desktop/ui/sync/controller.py" line="252"/>
        <source>(tanpa nama)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="235"/>
        <source>Sidik jari cocok, percayai</source>
        <translation>Fingerprint matches, trust</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="243"/>
        <source>Tanda terima paket urutan %1 lebih baru dari log ekspor kantor ini: basis data ini tampaknya dipulihkan dari cadangan. Paket berikutnya berisi semua data.</source>
        <translation>The receipt of package %1 is newer than this office&apos;s export log: this database seems restored from a backup. The next package carries all data.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="249"/>
        <source>Pusat %1 sudah menerapkan paket urutan %2.
Data yang masih menunggu paket berikutnya: %3 baris.</source>
        <translation>Centre %1 has applied package %2.
Data still waiting for the next package: %3 rows.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="256"/>
        <source>Tanda terima diterima</source>
        <translation>Receipt accepted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="277"/>
        <source>Memeriksa %1 paket…</source>
        <translation>Checking %1 packages…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="289"/>
        <source>Mengimpor %1 paket…</source>
        <translation>Importing %1 packages…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="299"/>
        <source>Kantor baru</source>
        <translation>New office</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/controller.py" line="301"/>
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
        <location filename="../../desktop/ui/sync/controller.py" line="310"/>
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
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="33"/>
        <source>Rencana hasil kerja (RHK)</source>
        <translation>Work plans (RHK)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="34"/>
        <source>Indikator kinerja (IKI)</source>
        <translation>Performance indicators (IKI)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="35"/>
        <source>Ekspektasi pimpinan</source>
        <translation>Leader&apos;s expectations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="36"/>
        <source>Evaluasi kinerja</source>
        <translation>Performance evaluations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="37"/>
        <source>Realisasi</source>
        <translation>Achievements</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="38"/>
        <source>Umpan balik perilaku</source>
        <translation>Behaviour feedback</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="39"/>
        <source>Capaian organisasi</source>
        <translation>Organisation results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="40"/>
        <source>Penilaian lama (PP 46/2011)</source>
        <translation>Legacy appraisals (PP 46/2011)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="51"/>
        <source>Data yang dihapus</source>
        <translation>Deleted records</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="67"/>
        <source>diterapkan</source>
        <translation>applied</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="68"/>
        <source>ditahan</source>
        <translation>held</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="69"/>
        <source>ditolak</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="70"/>
        <source>digantikan paket baru</source>
        <translation>superseded</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="82"/>
        <source>diubah di kantor dan di pusat; versi kantor dipakai</source>
        <translation>changed at the office and the centre; the office&apos;s version kept</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="85"/>
        <source>dihapus kantor setelah dikoreksi pusat; dihapus</source>
        <translation>deleted by the office after a centre correction; deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="88"/>
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
    <message>
        <location filename="../../desktop/ui/sync/status_dialog.py" line="151"/>
        <source>urutan %1, %2, %3 baris</source>
        <translation>number %1, %2, %3 rows</translation>
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
    <message>
        <location filename="../../desktop/ui/sync/status_dialog.py" line="169"/>
        <source>%1 baris</source>
        <translation>%1 rows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/status_dialog.py" line="171"/>
        <source> (paket berikutnya berisi semua data)</source>
        <translation> (the next package carries all data)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/status_dialog.py" line="181"/>
        <source>belum diatur — paket tidak dienkripsi; impor kunci pusat dahulu</source>
        <translation>not set — packages are not encrypted; import the centre key first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/status_dialog.py" line="186"/>
        <source>%1, sidik jari %2</source>
        <translation>%1, fingerprint %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/status_dialog.py" line="187"/>
        <source>tanpa nama</source>
        <translation>unnamed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/status_dialog.py" line="191"/>
        <source> — paket tidak dienkripsi (kunci enkripsi pusat belum ada)</source>
        <translation> — packages not encrypted (no centre encryption key yet)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/status_dialog.py" line="211"/>
        <source> (lengkap)</source>
        <translation> (full)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/status_dialog.py" line="215"/>
        <source>belum</source>
        <translation>not yet</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../desktop/ui/tasks.py" line="88"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks.py" line="89"/>
        <source>Mohon tunggu</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="44"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="47"/>
        <source>Belum ditetapkan</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="50"/>
        <source>Buka SKP</source>
        <translation>Open SKP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="51"/>
        <source>Evaluasi</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="59"/>
        <source>&amp;Tahun</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="60"/>
        <source>&amp;Periode</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="61"/>
        <source>&amp;Capaian Kinerja Organisasi</source>
        <translation>Organisational &amp;performance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="96"/>
        <source>Pilih unit kerja di sebelah kiri.</source>
        <translation>Choose a work unit on the left.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="101"/>
        <source>Pegawai %1 · ber-SKP %2 · dinilai %3 · belum dinilai %4 · tanpa SKP %5</source>
        <translation>Staff %1 · with SKP %2 · rated %3 · not rated %4 · without SKP %5</translation>
    </message>
</context>
<context>
    <name>TransferController</name>
    <message>
        <location filename="../../desktop/ui/imports/controller.py" line="66"/>
        <location filename="../../desktop/ui/imports/controller.py" line="86"/>
        <source>Impor Pegawai</source>
        <translation>Import Staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/controller.py" line="67"/>
        <source>Lembar kerja (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/controller.py" line="71"/>
        <source>Membaca %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/controller.py" line="87"/>
        <source>%1 baris ditolak dan akan dilewati. Impor %2 baris lainnya?</source>
        <translation>%1 rows were rejected and will be skipped. Import the other %2 rows?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/controller.py" line="90"/>
        <source>Impor %1 baris</source>
        <translation>Import %1 rows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/controller.py" line="95"/>
        <source>Mengimpor…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/controller.py" line="105"/>
        <source>Impor selesai</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/controller.py" line="106"/>
        <source>%1 pegawai baru, %2 diperbarui, %3 tidak berubah.</source>
        <translation>%1 new staff, %2 updated, %3 unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/controller.py" line="118"/>
        <source>Ekspor Pegawai</source>
        <translation>Export Staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/controller.py" line="119"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/controller.py" line="128"/>
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/controller.py" line="134"/>
        <source>Ekspor selesai</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/controller.py" line="135"/>
        <source>%1 pegawai diekspor ke %2.</source>
        <translation>%1 staff exported to %2.</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="70"/>
        <source>Terjadi kesalahan tak terduga</source>
        <translation>An unexpected error occurred</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="75"/>
        <source>&lt;b&gt;Terjadi kesalahan tak terduga.&lt;/b&gt;&lt;br&gt;Data yang sudah disimpan aman. Salin rincian di bawah dan kirimkan kepada pengelola aplikasi.</source>
        <translation>&lt;b&gt;An unexpected error occurred.&lt;/b&gt;&lt;br&gt;Data already saved is safe. Copy the details below and send them to the app&apos;s administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="84"/>
        <source>Salin rincian</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="86"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="99"/>
        <source>Tersalin</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <location filename="../../desktop/ui/units/model.py" line="86"/>
        <source>Semua unit</source>
        <translation>All units</translation>
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
    <name>VerifyDialog</name>
    <message>
        <location filename="../../desktop/ui/reports/verify_dialog.py" line="51"/>
        <source>Verifikasi Cetakan — Periksa Kode Cetak</source>
        <translation>Verify a Printout — Check the Printed Code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/verify_dialog.py" line="56"/>
        <source>Kode verifikasi</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/verify_dialog.py" line="59"/>
        <source>&amp;Periksa</source>
        <translation>C&amp;heck</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/verify_dialog.py" line="70"/>
        <source>&amp;Salin hasil</source>
        <translation>Co&amp;py result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/verify_dialog.py" line="78"/>
        <source>&amp;Kode</source>
        <translation>C&amp;ode</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/verify_dialog.py" line="84"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/verify_dialog.py" line="108"/>
        <source>Ketik kode verifikasi yang tercetak di kaki halaman, misalnya 7KQ2M-9XH4D. Huruf besar/kecil, spasi dan tanda hubung tidak berpengaruh.</source>
        <translation>Type the verification code printed at the foot of the page, e.g. 7KQ2M-9XH4D. Case, spaces and dashes do not matter.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/verify_dialog.py" line="118"/>
        <source>Isian</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/verify_dialog.py" line="118"/>
        <source>Tercetak</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/verify_dialog.py" line="118"/>
        <source>Sekarang</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/verify_dialog.py" line="177"/>
        <source>COCOK</source>
        <translation>MATCH</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/verify_dialog.py" line="177"/>
        <source>Isi cetakan sama dengan data saat ini.</source>
        <translation>The printout matches the current data.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/verify_dialog.py" line="179"/>
        <source>BERUBAH</source>
        <translation>CHANGED</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/reports/verify_dialog.py" line="181"/>
        <source>%n isian berubah sejak dicetak; cetakan ini tidak lagi sesuai data.</source>
        <translation>
            <numerusform>%n field changed since printing; this printout no longer matches the data.</numerusform>
            <numerusform>%n fields changed since printing; this printout no longer matches the data.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/reports/verify_dialog.py" line="201"/>
        <source>Dicetak %1 oleh %2, %n kali.</source>
        <translation>
            <numerusform>Printed %1 by %2, once.</numerusform>
            <numerusform>Printed %1 by %2, %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/reports/verify_dialog.py" line="204"/>
        <source>Dicetak %1, %n kali.</source>
        <translation>
            <numerusform>Printed %1, once.</numerusform>
            <numerusform>Printed %1, %n times.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/verify_dialog.py" line="186"/>
        <source>DATA DIHAPUS</source>
        <translation>RECORD DELETED</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/verify_dialog.py" line="187"/>
        <source>Data asal cetakan ini sudah dihapus dari basis data.</source>
        <translation>The record this was printed from has been deleted from the database.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/verify_dialog.py" line="189"/>
        <source>TIDAK DIKENAL</source>
        <translation>UNKNOWN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/verify_dialog.py" line="191"/>
        <source>Tidak ada cetakan dengan kode %1 di basis data ini. Periksa ketikan kode, atau cetakan berasal dari kantor lain.</source>
        <translation>No printout with code %1 in this database. Check the code as typed, or the printout comes from another office.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/verify_dialog.py" line="197"/>
        <source>Kode %1: %2</source>
        <translation>Code %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/verify_dialog.py" line="232"/>
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
</context>
<context>
    <name>WorkspaceTable</name>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="118"/>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="119"/>
        <source>Tanpa SKP</source>
        <translation>Without SKP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="120"/>
        <source>Belum dinilai</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="121"/>
        <source>Sudah dinilai</source>
        <translation>Rated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="132"/>
        <source>Pegawai dan status penilaian</source>
        <translation>Staff and appraisal status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="135"/>
        <source>Tampi&amp;lkan</source>
        <translation>&amp;Show</translation>
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
