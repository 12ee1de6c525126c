"""Speed of printed forms (a script, not a test).

    .venv/bin/python bench/reports.py [--forms 1000] [--workers N]

Lays out 1,000 Dokumen Evaluasi Kinerja Pegawai (one page each) and 1,000 two-page SKPs
through the real batch code (sealing with verification codes, worker processes, joining),
into one PDF and into one file per person, and prints seconds, forms and pages per second.
Target (issue 12): 1,000 Dokumen Evaluasi in one PDF <= 2.5 s on 2 cores. If LibreOffice
(``soffice``) is installed, it is measured side by side, like against like: 100 comparable
documents converted in one ``soffice --headless`` call against our per-form time in the batch,
and one document in one cold call against one form rendered in a fresh Python process.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.reports import batch, dokumen, skp
from desktop.reports.model import Form, IkiRow, RhkRow
from desktop.store.db import open_db
from tests.unit import report_samples as samples

TARGET_S = 2.5  # issue 12: 1,000 Dokumen Evaluasi in one PDF on 2 cores


def dokumen_forms(n: int) -> list[Form]:
    return [
        samples.dokumen(
            record_uuid=f"{i:032x}",
            pegawai=replace(samples.PEGAWAI, nama=f"Pegawai Contoh Nomor {i}, S.Kom."),
        )
        for i in range(n)
    ]  # fmt: skip


def skp_forms(n: int) -> list[Form]:
    """SKPs of one RHK Utama and one Tambahan: the SKP on one page, the lampiran on the next."""
    rhk = (
        RhkRow("utama", "Terverifikasinya usulan layanan kepegawaian secara akurat",
               "Meningkatnya kualitas pelayanan kepegawaian",
               iki=(IkiRow("kuantitas", "Jumlah berkas usulan diverifikasi", "450 berkas"),
                    IkiRow("kualitas", "Usulan diterima BKN tanpa pengembalian", "95 %"))),
        RhkRow("tambahan", "Tersusunnya laporan kepegawaian bulanan", "-",
               iki=(IkiRow("waktu", "Laporan selesai sebelum tanggal 5", "12 laporan"),)),
    )  # fmt: skip
    short = tuple(replace(p, panduan=p.panduan[:1]) for p in samples.perilaku())
    base = replace(samples.skp(1), rhk=rhk, perilaku=short)
    return [
        replace(base, record_uuid=f"{i:032x}",
                pegawai=replace(samples.PEGAWAI, nama=f"Pegawai Contoh Nomor {i}, S.E."))
        for i in range(n)
    ]  # fmt: skip


def plan_of(forms: list[Form]) -> batch.BatchPlan:
    owners = [(f.record_uuid[-18:], f.pegawai.nama) for f in forms]
    return batch.BatchPlan(forms=forms, owners=owners)


def cpu_seconds() -> float:
    """CPU time of this process and of its finished workers: unlike the wall clock it does not
    grow when other programs share the machine. (Windows: this process only.)"""
    try:
        import resource
    except ImportError:
        return time.process_time()
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def measure(
    db, label: str, forms: list[Form], out: Path, *, separate: bool, workers, target: float | None
) -> float:
    """Print wall and CPU seconds of one batch beside its target; returns wall seconds per
    form."""
    started, cpu = time.perf_counter(), cpu_seconds()
    result = batch.run_batch(db, plan_of(forms), out, separate=separate, workers=workers, log=False)
    seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu
    verdict = "" if target is None else ("  [OK]" if seconds <= target else "  [LAMBAT]")
    print(
        f"{label:<44} {seconds:6.2f} s (CPU {cpu:5.1f} s)  {result.forms / seconds:5.0f} "
        f"formulir/s  {result.pages / seconds:5.0f} halaman/s  ({result.pages} halaman, "
        f"{len(result.files)} berkas, {result.workers} proses){verdict}"
    )
    return seconds / result.forms


def office_suite(ours_batch: float, ours_single: float, folder: Path, count: int) -> None:
    """LibreOffice side by side, like against like: ``count`` comparable documents converted in
    ONE ``soffice --headless`` call (a mail merge's batch) against our per-form wall time in the
    1,000-form batch, and one document in one cold call against one form in one cold process."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("LibreOffice (soffice) tidak ada di mesin ini: perbandingan dilewati.")
        return
    docs = folder / "soffice-in"
    docs.mkdir()
    for i in range(count):
        (docs / f"dokumen-{i:04d}.html").write_text(_html_form(i), encoding="utf-8")
    out = folder / "soffice-out"

    def convert(files: list[Path]) -> float:
        started = time.perf_counter()
        subprocess.run(
            [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(out),
             *map(str, files)],
            check=True, capture_output=True, timeout=1800,
        )  # fmt: skip
        return time.perf_counter() - started

    files = sorted(docs.iterdir())
    single = convert(files[:1])
    batch_s = convert(files)
    per_doc = batch_s / count
    print(f"soffice, {count} dokumen dalam satu panggilan: {batch_s:.2f} s = {per_doc * 1000:.0f} "
          f"ms per dokumen; di sini {ours_batch * 1000:.2f} ms per formulir dalam batch "
          f"(waktu jam): {per_doc / ours_batch:.0f}x lebih cepat")  # fmt: skip
    print(f"soffice, 1 dokumen, 1 panggilan: {single:.2f} s; di sini 1 formulir dalam proses "
          f"baru: {ours_single:.2f} s: {single / ours_single:.1f}x lebih cepat")  # fmt: skip


def one_form_cold() -> float:
    """One Dokumen Evaluasi rendered in a fresh Python process (imports, fonts, layout, file),
    as ``kinerja report dokumen`` does for one person."""
    code = (  # run from the project folder: ``python -c`` puts it on sys.path
        "import sys\n"
        "from desktop.reports import dokumen\n"
        "from tests.unit import report_samples as s\n"
        "open(sys.argv[1], 'wb').write(dokumen.render(s.dokumen(), s.OPTIONS))\n"
    )
    root = Path(__file__).resolve().parent.parent
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code, str(Path(tmp) / "satu.pdf")], check=True,
                       cwd=root)  # fmt: skip
        return time.perf_counter() - started


def _html_form(i: int = 0) -> str:
    form = samples.dokumen(
        pegawai=replace(samples.PEGAWAI, nama=f"Pegawai Contoh Nomor {i}, S.Kom.")
    )
    rows = "".join(
        f"<tr><td>{label}</td><td>{value}</td></tr>"
        for person in (form.pegawai, form.penilai, form.atasan_penilai)
        for label, value in zip(("NAMA", "NIP", "PANGKAT", "JABATAN", "UNIT KERJA"),
                                (person.nama, person.nip, person.pangkat, person.jabatan,
                                 person.unit), strict=True)
    )  # fmt: skip
    return (
        "<html><body><h3>DOKUMEN EVALUASI KINERJA PEGAWAI</h3>"
        f"<table border='1'>{rows}</table><p>{form.catatan}</p></body></html>"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--forms", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=None, help="bawaan: otomatis")
    parser.add_argument("--soffice-docs", type=int, default=100,
                        help="dokumen LibreOffice dalam satu panggilan (0: lewati)")  # fmt: skip
    args = parser.parse_args()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"Mesin: {os.cpu_count()} inti, beban {load}; target {args.forms} Dokumen Evaluasi "
        f"dalam satu PDF <= {TARGET_S} s pada 2 inti. Beban di atas jumlah inti (program lain) "
        "memperlambat waktu jam; waktu CPU tidak."
    )
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = open_db(folder / "bench.sqlite")
        dok, skps = dokumen_forms(args.forms), skp_forms(args.forms)
        pages = len(skp.render(skps[0], samples.OPTIONS).split(b"/Type /Page\n")) - 1
        print(f"(SKP contoh: {pages} halaman per formulir; dokumen: 1 halaman)")
        dokumen.render(dok[0], samples.OPTIONS)  # fonts loaded, as in a running app
        measure(db, f"{args.forms} Dokumen Evaluasi, satu PDF, 1 proses", dok,
                folder / "dok-1.pdf", separate=False, workers=1, target=None)  # fmt: skip
        per_form = measure(db, f"{args.forms} Dokumen Evaluasi, satu PDF", dok,
                           folder / "dok.pdf", separate=False, workers=args.workers,
                           target=TARGET_S * args.forms / 1000)  # fmt: skip
        measure(db, f"{args.forms} Dokumen Evaluasi, berkas per pegawai", dok,
                folder / "dok-sendiri", separate=True, workers=args.workers,
                target=None)  # fmt: skip
        measure(db, f"{args.forms} SKP, satu PDF", skps, folder / "skp.pdf", separate=False,
                workers=args.workers, target=None)  # fmt: skip
        measure(db, f"{args.forms} SKP, berkas per pegawai", skps, folder / "skp-sendiri",
                separate=True, workers=args.workers, target=None)  # fmt: skip
        if args.soffice_docs:
            office_suite(per_form, one_form_cold(), folder, args.soffice_docs)
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
