<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name />
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="28" />
        <location filename="../../desktop/ui/appraisal/labels.py" line="39" />
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="29" />
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="30" />
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="31" />
        <source>Dikembalikan</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="26" />
        <source>Tanpa SKP</source>
        <translation>Without SKP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="37" />
        <source>Belum ada</source>
        <translation>None yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="40" />
        <source>Dinilai</source>
        <translation>Rated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="41" />
        <source>Ditetapkan</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="48" />
        <source>Tahunan</source>
        <translation>Annual</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="63" />
        <source>Di Atas</source>
        <translation>Above</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="64" />
        <source>Sesuai</source>
        <translation>As expected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="65" />
        <source>Di Bawah</source>
        <translation>Below</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="83" />
        <source>Kuantitas</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="84" />
        <source>Kualitas</source>
        <translation>Quality</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="85" />
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="86" />
        <source>Biaya</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="91" />
        <source>Utama</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/labels.py" line="91" />
        <source>Tambahan</source>
        <translation>Additional</translation>
    </message>
</context>
<context>
    <name>AppraisalPrompts</name>
    <message>
        <location filename="../../desktop/ui/appraisal/services.py" line="39" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/services.py" line="60" />
        <source>Semua berkas (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>BerakhlakPanel</name>
    <message>
        <location filename="../../desktop/ui/appraisal/perilaku.py" line="45" />
        <source>Perilaku Kerja (BerAKHLAK)</source>
        <translation>Work Behaviour (BerAKHLAK)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/perilaku.py" line="45" />
        <source>Ekspektasi Khusus Pimpinan</source>
        <translation>Leader's Specific Expectations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/perilaku.py" line="47" />
        <source>Umpan Balik</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/perilaku.py" line="70" />
        <source>Umpan balik %1</source>
        <translation>Feedback %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/perilaku.py" line="77" />
        <source>Ekspektasi %1</source>
        <translation>Expectation %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/perilaku.py" line="86" />
        <source>(tidak ada ekspektasi khusus)</source>
        <translation>(no specific expectation)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop/ui/widgets.py" line="46" />
        <source>hh-bb-tttt</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets.py" line="56" />
        <source>Pilih dari kalender</source>
        <translation>Pick from the calendar</translation>
    </message>
</context>
<context>
    <name>DeactivateDialog</name>
    <message>
        <location filename="../../desktop/ui/staff/deactivate.py" line="39" />
        <source>Nonaktifkan Pegawai</source>
        <translation>Deactivate Employee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/deactivate.py" line="43" />
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Data dan riwayatnya tetap tersimpan; pegawai tidak lagi tampil di daftar aktif.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;The record and its history are kept; the employee no longer appears in the active list.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/deactivate.py" line="54" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/deactivate.py" line="55" />
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/deactivate.py" line="58" />
        <source>Nonaktifkan</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/deactivate.py" line="60" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/deactivate.py" line="74" />
        <source>Tanggal wajib diisi.</source>
        <translation>The date is required.</translation>
    </message>
</context>
<context>
    <name>DiklatTab</name>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="134" />
        <source>Diklat</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="144" />
        <source>Total %1 JP · tahun %2: %3 JP (minimal 20 JP setahun)</source>
        <translation>Total %1 JP · %2: %3 JP (at least 20 JP a year)</translation>
    </message>
</context>
<context>
    <name>DistributionChart</name>
    <message>
        <location filename="../../desktop/ui/appraisal/chart.py" line="73" />
        <source>Kurva distribusi predikat</source>
        <translation>Rating distribution curve</translation>
    </message>
</context>
<context>
    <name>DistributionPanel</name>
    <message>
        <location filename="../../desktop/ui/appraisal/distribution_panel.py" line="33" />
        <source>&lt;b&gt;Kurva distribusi predikat kinerja pegawai&lt;/b&gt;</source>
        <translation>&lt;b&gt;Distribution curve of staff performance ratings&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/distribution_panel.py" line="59" />
        <source>Capaian kinerja organisasi belum ditetapkan</source>
        <translation>Organisational performance not set yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/distribution_panel.py" line="63" />
        <source>Belum ada pegawai yang dinilai pada periode ini</source>
        <translation>No staff rated in this period yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/distribution_panel.py" line="65" />
        <source>✓ Distribusi sesuai kuota</source>
        <translation>✓ Distribution within the quotas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/distribution_panel.py" line="71" />
        <source>Kuota (capaian %1): %2</source>
        <translation>Quotas (performance %1): %2</translation>
    </message>
</context>
<context>
    <name>EditorHeader</name>
    <message>
        <location filename="../../desktop/ui/appraisal/header.py" line="50" />
        <source>NIP %1 · %2</source>
        <translation>NIP %1 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/header.py" line="61" />
        <source>Pejabat Penilai Kinerja: belum ada (tetapkan kepala unit atau atasan)</source>
        <translation>Appraising official: none yet (set the unit head or the superior)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/header.py" line="64" />
        <source>NIP %1</source>
        <translation>NIP %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/header.py" line="67" />
        <source>Pejabat Penilai Kinerja: %1</source>
        <translation>Appraising official: %1</translation>
    </message>
</context>
<context>
    <name>EmploymentTab</name>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="69" />
        <source>Sesuai struktur</source>
        <translation>From org chart</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="73" />
        <source>Isi dengan kepala unit menurut struktur organisasi</source>
        <translation>Fill in the unit head according to the organisation chart</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="78" />
        <source>Status pegawai</source>
        <translation>Employment status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="79" />
        <source>Golongan</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="80" />
        <source>TMT golongan</source>
        <translation>Grade effective date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="81" />
        <source>TMT CPNS</source>
        <translation>CPNS effective date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="82" />
        <source>TMT PNS</source>
        <translation>PNS effective date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="83" />
        <source>Kedudukan hukum</source>
        <translation>Legal status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="84" />
        <source>Pendidikan terakhir</source>
        <translation>Highest education</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="85" />
        <source>Tahun lulus</source>
        <translation>Graduation year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="86" />
        <source>NIP lama</source>
        <translation>Old NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="87" />
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="88" />
        <source>Jenis jabatan</source>
        <translation>Position type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="89" />
        <source>Jenjang</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="90" />
        <source>Eselon</source>
        <translation>Echelon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="91" />
        <source>TMT jabatan</source>
        <translation>Position effective date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="92" />
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/employment_tab.py" line="102" />
        <source>Atasan langsung</source>
        <translation>Direct superior</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="43" />
        <source>Tidak dapat dilanjutkan</source>
        <translation>Cannot continue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="48" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="32" />
        <source>Evaluasi Kinerja Pegawai</source>
        <translation>Staff Performance Evaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="39" />
        <source>Catatan dan rekomendasi Pejabat Penilai</source>
        <translation>Appraising official's notes and recommendations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="41" />
        <source>Hasil Kerja</source>
        <translation>Work Results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="42" />
        <source>Perilaku Kerja</source>
        <translation>Work Behaviour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="43" />
        <source>Catatan / Rekomendasi</source>
        <translation>Notes / Recommendations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="64" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="65" />
        <source>Nilai</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="66" />
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="172" />
        <source>Tetapkan</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="67" />
        <source>Buka Kembali</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="75" />
        <source>%1 · Tahun %2</source>
        <translation>%1 · Year %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="107" />
        <source>Terkunci: evaluasi ini sudah ditetapkan pada %1. Perubahan hanya dapat dilakukan setelah Buka Kembali (dengan alasan).</source>
        <translation>Locked: this evaluation was finalised on %1. It can only be changed after Reopen (with a reason).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="112" />
        <source>Dibuka kembali: %1</source>
        <translation>Reopened: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="116" />
        <source>Peran Anda (%1) tidak dapat mengubah evaluasi ini.</source>
        <translation>Your role (%1) cannot change this evaluation.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="122" />
        <source>Perhatian: SKP tahun ini belum disetujui (status %1).</source>
        <translation>Note: this year's SKP has not been approved yet (status %1).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="135" />
        <source>Pilih Rating Hasil Kerja dan Rating Perilaku Kerja sebelum menilai.</source>
        <translation>Choose the Work Results rating and the Work Behaviour rating before rating.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="167" />
        <source>Tetapkan evaluasi</source>
        <translation>Finalise evaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="169" />
        <source>Setelah ditetapkan, evaluasi terkunci dan hanya dapat diubah melalui Buka Kembali (dengan alasan). Tetapkan sekarang?</source>
        <translation>Once finalised, the evaluation is locked and can only be changed through Reopen (with a reason). Finalise now?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="177" />
        <source>Buka kembali evaluasi</source>
        <translation>Reopen evaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="178" />
        <source>Alasan membuka kembali evaluasi (wajib diisi):</source>
        <translation>Reason for reopening the evaluation (required):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="184" />
        <source>Pilih baris indikator terlebih dahulu.</source>
        <translation>Select an indicator row first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/evaluation_dialog.py" line="186" />
        <source>Lampirkan bukti dukung</source>
        <translation>Attach supporting evidence</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <location filename="../../desktop/ui/appraisal/feedback_panel.py" line="23" />
        <source>&lt;b&gt;Umpan balik masyarakat&lt;/b&gt;</source>
        <translation>&lt;b&gt;Public feedback&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/feedback_panel.py" line="27" />
        <source>Umpan balik masyarakat</source>
        <translation>Public feedback</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/feedback_panel.py" line="28" />
        <source>Belum ada umpan balik masyarakat untuk periode ini.</source>
        <translation>No public feedback for this period yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/feedback_panel.py" line="45" />
        <source>tanpa sumber</source>
        <translation>no source</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/feedback_panel.py" line="50" />
        <source>Sentimen: %1</source>
        <translation>Sentiment: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/feedback_panel.py" line="55" />
        <source>positif</source>
        <translation>positive</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/feedback_panel.py" line="55" />
        <source>negatif</source>
        <translation>negative</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/feedback_panel.py" line="56" />
        <source>netral</source>
        <translation>neutral</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="45" />
        <source>laki-laki</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="46" />
        <source>perempuan</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="51" />
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="52" />
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="59" />
        <source>Mutasi</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="60" />
        <source>Pensiun</source>
        <translation>Retirement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="61" />
        <source>Berhenti</source>
        <translation>Resignation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="62" />
        <source>Meninggal</source>
        <translation>Deceased</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="67" />
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="68" />
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>HistoryTabFactory</name>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="160" />
        <location filename="../../desktop/ui/staff/history_tab.py" line="209" />
        <source>Nomor SK</source>
        <translation>Decree no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="161" />
        <source>Tanggal SK</source>
        <translation>Decree date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="165" />
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="166" />
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="167" />
        <location filename="../../desktop/ui/staff/history_tab.py" line="177" />
        <source>TMT</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="171" />
        <source>Riwayat Jabatan</source>
        <translation>Position History</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="176" />
        <source>Golongan</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="181" />
        <source>Riwayat Golongan</source>
        <translation>Grade History</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="186" />
        <source>Jenjang</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="187" />
        <source>Nama sekolah / perguruan tinggi</source>
        <translation>School / university</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="188" />
        <source>Jurusan</source>
        <translation>Major</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="189" />
        <source>Tahun lulus</source>
        <translation>Graduation year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="192" />
        <source>Riwayat Pendidikan</source>
        <translation>Education History</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="196" />
        <source>Nama diklat</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="197" />
        <source>Penyelenggara</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="198" />
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="199" />
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="200" />
        <source>JP</source>
        <translation>Hours (JP)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="206" />
        <location filename="../../desktop/ui/staff/history_tab.py" line="212" />
        <source>Penghargaan</source>
        <translation>Awards</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="207" />
        <source>Pemberi</source>
        <translation>Awarded by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_tab.py" line="208" />
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../../desktop/ui/staff/history_model.py" line="76" />
        <source>%1, baris %2: %3 wajib diisi.</source>
        <translation>%1, row %2: %3 is required.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/history_model.py" line="124" />
        <source>%1 harus berupa angka.</source>
        <translation>%1 must be a number.</translation>
    </message>
</context>
<context>
    <name>ImportModels</name>
    <message>
        <location filename="../../desktop/ui/imports/model.py" line="23" />
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/model.py" line="24" />
        <source>Diubah</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/model.py" line="25" />
        <source>Sama</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/model.py" line="26" />
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/model.py" line="35" />
        <location filename="../../desktop/ui/imports/model.py" line="42" />
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/model.py" line="36" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/model.py" line="37" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/model.py" line="38" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/model.py" line="39" />
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/model.py" line="43" />
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/model.py" line="44" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/model.py" line="118" />
        <source>Berubah: %1</source>
        <translation>Changes: %1</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="48" />
        <source>Pratinjau Impor — %1</source>
        <translation>Import Preview — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="56" />
        <source>Semua baris (%1)</source>
        <translation>All rows (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="60" />
        <source>Ditolak (%1)</source>
        <translation>Rejected (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="64" />
        <source>Impor %1 baris</source>
        <translation>Import %1 rows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="68" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="133" />
        <source>&lt;b&gt;Kolom dikenali:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Kolom diabaikan:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Recognised columns:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Ignored columns:&lt;/b&gt; %2</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <location filename="../../desktop/ui/appraisal/prompt_dialogs.py" line="118" />
        <source>Pustaka indikator</source>
        <translation>Indicator library</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/prompt_dialogs.py" line="121" />
        <source>RHK / Indikator</source>
        <translation>RHK / Indicator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/prompt_dialogs.py" line="121" />
        <source>Aspek</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/prompt_dialogs.py" line="121" />
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/prompt_dialogs.py" line="126" />
        <source>Ambil yang dicentang</source>
        <translation>Use the ticked ones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/prompt_dialogs.py" line="129" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/prompt_dialogs.py" line="133" />
        <source>Centang indikator yang akan dipakai (Spasi).</source>
        <translation>Tick the indicators to use (Space).</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../desktop/ui/actions.py" line="17" />
        <source>&amp;Impor Pegawai…</source>
        <translation>&amp;Import Staff…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="18" />
        <source>&amp;Ekspor Pegawai…</source>
        <translation>&amp;Export Staff…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="19" />
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="20" />
        <source>&amp;Tambah</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="21" />
        <source>Tambah pegawai baru (Ctrl+N)</source>
        <translation>Add a new employee (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="22" />
        <source>&amp;Buka</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="27" />
        <source>Buka data pegawai terpilih (Enter)</source>
        <translation>Open the selected employee (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="28" />
        <source>&amp;Nonaktifkan…</source>
        <translation>&amp;Deactivate…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="29" />
        <source>&amp;Aktifkan kembali</source>
        <translation>&amp;Reactivate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="30" />
        <source>&amp;Cari…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="31" />
        <source>Tampilkan pegawai &amp;nonaktif</source>
        <translation>Show &amp;inactive staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="36" />
        <source>&amp;Tentang Kinerja Luring</source>
        <translation>&amp;About Kinerja Luring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="54" />
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="58" />
        <source>&amp;Pegawai</source>
        <translation>&amp;Staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="62" />
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="63" />
        <source>&amp;Bahasa</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="66" />
        <source>B&amp;antuan</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="67" />
        <source>Alat utama</source>
        <translation>Main tools</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="148" />
        <source>Menampilkan %1 dari %2 pegawai</source>
        <translation>Showing %1 of %2 staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="186" />
        <source>Tersimpan: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="207" />
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="209" />
        <source>Bahasa akan berganti setelah aplikasi dibuka kembali.
The language changes when the app is restarted.</source>
        <translation>The language changes when the app is restarted.
Bahasa akan berganti setelah aplikasi dibuka kembali.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="217" />
        <source>Tentang Kinerja Luring</source>
        <translation>About Kinerja Luring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="219" />
        <source>Kinerja Luring %1
Data kepegawaian dan penilaian kinerja ASN tanpa internet.
Basis data: %2</source>
        <translation>Kinerja Luring %1
Staff records and civil-service performance appraisal without internet.
Database: %2</translation>
    </message>
</context>
<context>
    <name>PersonalTab</name>
    <message>
        <location filename="../../desktop/ui/staff/personal_tab.py" line="64" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/personal_tab.py" line="65" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/personal_tab.py" line="66" />
        <source>Gelar depan</source>
        <translation>Title (before name)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/personal_tab.py" line="67" />
        <source>Gelar belakang</source>
        <translation>Degree (after name)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/personal_tab.py" line="68" />
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/personal_tab.py" line="69" />
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/personal_tab.py" line="70" />
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/personal_tab.py" line="71" />
        <source>Agama</source>
        <translation>Religion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/personal_tab.py" line="72" />
        <source>Status perkawinan</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/personal_tab.py" line="73" />
        <source>NIK</source>
        <translation>NIK (national ID)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/personal_tab.py" line="74" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/personal_tab.py" line="75" />
        <source>No. HP</source>
        <translation>Mobile no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/personal_tab.py" line="76" />
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/personal_tab.py" line="149" />
        <source>lahir %1</source>
        <translation>born %1</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../desktop/ui/prompts.py" line="38" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prompts.py" line="47" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>RatingBox</name>
    <message>
        <location filename="../../desktop/ui/appraisal/rating_box.py" line="28" />
        <location filename="../../desktop/ui/appraisal/rating_box.py" line="30" />
        <source>— pilih —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/rating_box.py" line="34" />
        <source>Predikat kinerja pegawai</source>
        <translation>Staff performance rating</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/rating_box.py" line="44" />
        <source>Rating &amp;Hasil Kerja</source>
        <translation>&amp;Work Results rating</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/rating_box.py" line="45" />
        <source>Rating &amp;Perilaku Kerja</source>
        <translation>Work &amp;Behaviour rating</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/rating_box.py" line="55" />
        <source>Predikat Kinerja Pegawai</source>
        <translation>Staff Performance Rating</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/rating_box.py" line="78" />
        <source>Pimpinan unit: Rating Hasil Kerja mengikuti Capaian Kinerja Organisasi (%1), yaitu %2.</source>
        <translation>Unit head: the Work Results rating follows the organisation's performance (%1), i.e. %2.</translation>
    </message>
</context>
<context>
    <name>RealisasiTable</name>
    <message>
        <location filename="../../desktop/ui/appraisal/realisasi_table.py" line="39" />
        <source>RHK</source>
        <translation>RHK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/realisasi_table.py" line="40" />
        <source>Aspek</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/realisasi_table.py" line="41" />
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/realisasi_table.py" line="42" />
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/realisasi_table.py" line="43" />
        <source>Realisasi</source>
        <translation>Achievement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/realisasi_table.py" line="44" />
        <source>Bukti Dukung</source>
        <translation>Supporting Evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/realisasi_table.py" line="45" />
        <source>Umpan Balik</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/realisasi_table.py" line="46" />
        <source>Berkas</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/realisasi_table.py" line="58" />
        <source>Realisasi per indikator</source>
        <translation>Achievement per indicator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/realisasi_table.py" line="60" />
        <source>Lampirkan berkas…</source>
        <translation>Attach files…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/realisasi_table.py" line="61" />
        <source>Hapus daftar berkas</source>
        <translation>Clear the file list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/realisasi_table.py" line="77" />
        <source>Kolom putih dapat diisi: pilih sel lalu ketik atau tekan F2.</source>
        <translation>White columns can be edited: select a cell, then type or press F2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/realisasi_table.py" line="163" />
        <source>%1 berkas</source>
        <translation>%1 file(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/realisasi_table.py" line="164" />
        <source>Belum ada berkas</source>
        <translation>No files yet</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../desktop/ui/appraisal/prompt_dialogs.py" line="48" />
        <source>Lanjutkan</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/prompt_dialogs.py" line="49" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RhkDelegate</name>
    <message>
        <location filename="../../desktop/ui/appraisal/rhk_delegate.py" line="54" />
        <source>— tidak dipilih —</source>
        <translation>— none —</translation>
    </message>
</context>
<context>
    <name>RhkEditor</name>
    <message>
        <location filename="../../desktop/ui/appraisal/rhk_editor.py" line="59" />
        <source>Tambah RHK</source>
        <translation>Add RHK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/rhk_editor.py" line="60" />
        <source>Tambah IKI</source>
        <translation>Add IKI</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/rhk_editor.py" line="61" />
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/rhk_editor.py" line="64" />
        <source>Naik</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/rhk_editor.py" line="65" />
        <source>Turun</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/rhk_editor.py" line="69" />
        <source>Ketik atau tekan F2 untuk mengubah sel; Enter menyimpan sel, Esc membatalkan. Arahkan kursor ke sel untuk melihat teks lengkap.</source>
        <translation>Type or press F2 to edit a cell; Enter keeps it, Esc cancels. Hover over a cell to see its full text.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/rhk_editor.py" line="110" />
        <source>Jenis / Aspek</source>
        <translation>Type / Aspect</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/rhk_editor.py" line="111" />
        <source>Rencana Hasil Kerja / Indikator</source>
        <translation>Planned Work Result / Indicator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/rhk_editor.py" line="112" />
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/rhk_editor.py" line="113" />
        <source>RHK atasan yang diintervensi</source>
        <translation>Superior's RHK supported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/rhk_editor.py" line="126" />
        <source>Rencana Hasil Kerja dan Indikator</source>
        <translation>Planned Work Results and Indicators</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/rhk_editor.py" line="193" />
        <source>RHK atasan #%1</source>
        <translation>Superior's RHK #%1</translation>
    </message>
</context>
<context>
    <name>SkpDialog</name>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="36" />
        <source>Sasaran Kinerja Pegawai</source>
        <translation>Staff Performance Targets (SKP)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="40" />
        <source>Kuantitatif</source>
        <translation>Quantitative</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="41" />
        <source>Kualitatif</source>
        <translation>Qualitative</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="50" />
        <source>Hasil Kerja</source>
        <translation>Work Results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="51" />
        <source>Perilaku Kerja</source>
        <translation>Work Behaviour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="52" />
        <source>Lampiran</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="60" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="61" />
        <source>Ajukan</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="62" />
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="63" />
        <source>Kembalikan</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="64" />
        <source>Revisi</source>
        <translation>Revise</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="76" />
        <source>&amp;Pendekatan:</source>
        <translation>&amp;Approach:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="91" />
        <source>Dukungan Sumber Daya</source>
        <translation>Resource Support</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="92" />
        <source>Skema Pertanggungjawaban</source>
        <translation>Accountability Scheme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="93" />
        <source>Konsekuensi</source>
        <translation>Consequences</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="105" />
        <source>Tahun %1</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="133" />
        <source>Dikembalikan oleh penilai: %1</source>
        <translation>Returned by the appraiser: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="135" />
        <source>Dibuka untuk revisi: %1</source>
        <translation>Opened for revision: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="140" />
        <source>SKP sudah diajukan dan menunggu persetujuan; isinya tidak dapat diubah. Penilai dapat menyetujui atau mengembalikannya.</source>
        <translation>The SKP has been submitted and awaits approval; its content cannot be changed. The appraiser can approve or return it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="145" />
        <source>SKP sudah disetujui; isinya tidak dapat diubah. Pilih Revisi (dengan alasan) untuk membukanya kembali.</source>
        <translation>The SKP has been approved; its content cannot be changed. Choose Revise (with a reason) to reopen it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="149" />
        <source>Peran Anda (%1) tidak dapat mengubah SKP ini.</source>
        <translation>Your role (%1) cannot change this SKP.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="159" />
        <source>Tambahkan minimal satu RHK Utama (Ctrl+R).</source>
        <translation>Add at least one main RHK (Ctrl+R).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="163" />
        <source>RHK %1 belum berisi uraian.</source>
        <translation>RHK %1 has no description yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="169" />
        <source>RHK %1 belum memiliki IKI (Ctrl+I).</source>
        <translation>RHK %1 has no IKI yet (Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="176" />
        <source>RHK %1, IKI %2: isi indikator dan target.</source>
        <translation>RHK %1, IKI %2: fill in the indicator and target.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="215" />
        <source>Kembalikan SKP</source>
        <translation>Return SKP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="215" />
        <source>Alasan pengembalian (wajib diisi):</source>
        <translation>Reason for returning (required):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="219" />
        <source>Revisi SKP</source>
        <translation>Revise SKP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/skp_dialog.py" line="219" />
        <source>Alasan revisi SKP yang sudah disetujui (wajib):</source>
        <translation>Reason for revising the approved SKP (required):</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../desktop/ui/staff/dialog.py" line="56" />
        <source>Data Pribadi</source>
        <translation>Personal Data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/dialog.py" line="57" />
        <source>Kepegawaian</source>
        <translation>Employment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/dialog.py" line="61" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/dialog.py" line="64" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/dialog.py" line="99" />
        <source>Pegawai Baru</source>
        <translation>New Employee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/dialog.py" line="101" />
        <source>Data Pegawai — %1</source>
        <translation>Employee Record — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/dialog.py" line="172" />
        <source>Pegawai baru</source>
        <translation>New employee</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <location filename="../../desktop/ui/staff/view.py" line="87" />
        <source>Cari nama, NIP, atau jabatan… (Ctrl+F)</source>
        <translation>Search name, NIP or position… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/view.py" line="89" />
        <source>Cari pegawai</source>
        <translation>Search staff</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <location filename="../../desktop/ui/staff/model.py" line="34" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/model.py" line="35" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/model.py" line="36" />
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/model.py" line="37" />
        <source>Gol.</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/model.py" line="38" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/model.py" line="39" />
        <source>Unit Kerja</source>
        <translation>Work Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff/model.py" line="351" />
        <source>nonaktif</source>
        <translation>inactive</translation>
    </message>
</context>
<context>
    <name>StaffTableView</name>
    <message>
        <location filename="../../desktop/ui/staff/view.py" line="40" />
        <source>Daftar pegawai</source>
        <translation>Staff list</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../desktop/ui/appraisal/prompt_dialogs.py" line="72" />
        <source>SKP baru</source>
        <translation>New SKP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/prompt_dialogs.py" line="75" />
        <source>Pegawai ini belum memiliki SKP tahun %1. Mulai dari mana?</source>
        <translation>This employee has no SKP for %1 yet. Start from where?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/prompt_dialogs.py" line="84" />
        <source>Mulai kosong</source>
        <translation>Start empty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/prompt_dialogs.py" line="87" />
        <source>Salin SKP tahun %1</source>
        <translation>Copy the %1 SKP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/prompt_dialogs.py" line="90" />
        <source>Dari pustaka indikator</source>
        <translation>From the indicator library</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/prompt_dialogs.py" line="103" />
        <source>Lanjutkan</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/prompt_dialogs.py" line="104" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../desktop/ui/tasks.py" line="82" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks.py" line="83" />
        <source>Mohon tunggu</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="45" />
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="48" />
        <source>Belum ditetapkan</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="51" />
        <source>Buka SKP</source>
        <translation>Open SKP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="52" />
        <source>Evaluasi</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="60" />
        <source>&amp;Tahun</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="61" />
        <source>&amp;Periode</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="62" />
        <source>&amp;Capaian Kinerja Organisasi</source>
        <translation>Organisational &amp;performance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="100" />
        <source>Pilih unit kerja di sebelah kiri.</source>
        <translation>Choose a work unit on the left.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="105" />
        <source>Pegawai %1 · ber-SKP %2 · dinilai %3 · belum dinilai %4 · tanpa SKP %5</source>
        <translation>Staff %1 · with SKP %2 · rated %3 · not rated %4 · without SKP %5</translation>
    </message>
</context>
<context>
    <name>TransferController</name>
    <message>
        <location filename="../../desktop/ui/imports/controller.py" line="66" />
        <location filename="../../desktop/ui/imports/controller.py" line="86" />
        <source>Impor Pegawai</source>
        <translation>Import Staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/controller.py" line="67" />
        <source>Lembar kerja (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/controller.py" line="71" />
        <source>Membaca %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/controller.py" line="87" />
        <source>%1 baris ditolak dan akan dilewati. Impor %2 baris lainnya?</source>
        <translation>%1 rows were rejected and will be skipped. Import the other %2 rows?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/controller.py" line="90" />
        <source>Impor %1 baris</source>
        <translation>Import %1 rows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/controller.py" line="95" />
        <source>Mengimpor…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/controller.py" line="105" />
        <source>Impor selesai</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/controller.py" line="106" />
        <source>%1 pegawai baru, %2 diperbarui, %3 tidak berubah.</source>
        <translation>%1 new staff, %2 updated, %3 unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/controller.py" line="118" />
        <source>Ekspor Pegawai</source>
        <translation>Export Staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/controller.py" line="119" />
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/controller.py" line="128" />
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/controller.py" line="134" />
        <source>Ekspor selesai</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/controller.py" line="135" />
        <source>%1 pegawai diekspor ke %2.</source>
        <translation>%1 staff exported to %2.</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="70" />
        <source>Terjadi kesalahan tak terduga</source>
        <translation>An unexpected error occurred</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="75" />
        <source>&lt;b&gt;Terjadi kesalahan tak terduga.&lt;/b&gt;&lt;br&gt;Data yang sudah disimpan aman. Salin rincian di bawah dan kirimkan kepada pengelola aplikasi.</source>
        <translation>&lt;b&gt;An unexpected error occurred.&lt;/b&gt;&lt;br&gt;Data already saved is safe. Copy the details below and send them to the app's administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="84" />
        <source>Salin rincian</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="86" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="99" />
        <source>Tersalin</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <location filename="../../desktop/ui/units/model.py" line="86" />
        <source>Semua unit</source>
        <translation>All units</translation>
    </message>
</context>
<context>
    <name>UnitTreeView</name>
    <message>
        <location filename="../../desktop/ui/units/view.py" line="26" />
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
</context>
<context>
    <name>WorkflowEditor</name>
    <message>
        <location filename="../../desktop/ui/appraisal/editor_base.py" line="64" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/editor_base.py" line="116" />
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/editor_base.py" line="117" />
        <source>Ada perubahan yang belum disimpan. Tutup tanpa menyimpan?</source>
        <translation>There are unsaved changes. Close without saving?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/editor_base.py" line="118" />
        <source>Tutup tanpa menyimpan</source>
        <translation>Close without saving</translation>
    </message>
</context>
<context>
    <name>WorkspaceTable</name>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="122" />
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="123" />
        <source>Tanpa SKP</source>
        <translation>Without SKP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="124" />
        <source>Belum dinilai</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="125" />
        <source>Sudah dinilai</source>
        <translation>Rated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="136" />
        <source>Pegawai dan status penilaian</source>
        <translation>Staff and appraisal status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/workspace_view.py" line="139" />
        <source>Tampi&amp;lkan</source>
        <translation>&amp;Show</translation>
    </message>
</context>
<context>
    <name>WorkspaceTableModel</name>
    <message>
        <location filename="../../desktop/ui/appraisal/model.py" line="92" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/model.py" line="93" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/model.py" line="94" />
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/model.py" line="95" />
        <source>Status
SKP</source>
        <translation>SKP
status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/model.py" line="96" />
        <source>Status
Evaluasi</source>
        <translation>Evaluation
status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/model.py" line="97" />
        <source>Rating
Hasil</source>
        <translation>Results
rating</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/model.py" line="98" />
        <source>Rating
Perilaku</source>
        <translation>Behaviour
rating</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/model.py" line="99" />
        <source>Predikat</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal/model.py" line="124" />
        <source> (kepala unit)</source>
        <translation> (unit head)</translation>
    </message>
</context>
</TS>