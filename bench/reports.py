"""Speed of printed forms (a script, not a test).

    .venv/bin/python bench/reports.py [--forms 1000] [--workers N]

Lays out 1,000 Dokumen Evaluasi Kinerja Pegawai (one page each) and 1,000 two-page SKPs
through the real batch code (sealing with verification codes, worker processes, joining),
into one PDF and into one file per person, and prints seconds, forms and pages per second.
Target: 1,000 forms in under 10 s on 2 cores (an office suite's mail merge takes ~160 s).
If LibreOffice (``soffice``) is installed, also times converting one comparable form document
with ``soffice --headless`` and prints the ratio.
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

TARGET_S = 10.0


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


def measure(db, label: str, forms: list[Form], out: Path, *, separate: bool, workers) -> float:
    """Print wall and CPU seconds of one batch; returns CPU seconds per form."""
    started, cpu = time.perf_counter(), cpu_seconds()
    result = batch.run_batch(db, plan_of(forms), out, separate=separate, workers=workers, log=False)
    seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu
    verdict = "OK" if seconds < TARGET_S else "LAMBAT"
    print(
        f"{label:<44} {seconds:6.2f} s (CPU {cpu:5.1f} s)  {result.forms / seconds:5.0f} "
        f"formulir/s  {result.pages / seconds:5.0f} halaman/s  ({result.pages} halaman, "
        f"{len(result.files)} berkas, {result.workers} proses)  [{verdict}]"
    )
    return cpu / result.forms


def office_suite(per_form: float, folder: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(
            "LibreOffice (soffice) tidak ada di mesin ini: perbandingan dilewati. "
            "DESIGN.md §9 mencatat ~1,5 s untuk satu dokumen dan ~0,16 s per dokumen dalam "
            f"satu panggilan massal, yaitu ~{0.16 / per_form:.0f}x waktu CPU per formulir di sini."
        )
        return
    html = folder / "dokumen.html"
    html.write_text(_html_form(), encoding="utf-8")
    started = time.perf_counter()
    subprocess.run(
        [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(html)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    seconds = time.perf_counter() - started
    print(
        f"soffice --headless, 1 dokumen: {seconds:.2f} s; di sini {per_form * 1000:.1f} ms per "
        f"formulir dalam batch: {seconds / per_form:.0f}x lebih cepat"
    )


def _html_form() -> str:
    form = samples.dokumen()
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
    args = parser.parse_args()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"Mesin: {os.cpu_count()} inti, beban {load}; target {args.forms} formulir < "
        f"{TARGET_S:.0f} s. Beban di atas jumlah inti (program lain) memperlambat waktu jam; "
        "waktu CPU tidak."
    )
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = open_db(folder / "bench.sqlite")
        dok, skps = dokumen_forms(args.forms), skp_forms(args.forms)
        pages = len(skp.render(skps[0], samples.OPTIONS).split(b"/Type /Page\n")) - 1
        print(f"(SKP contoh: {pages} halaman per formulir; dokumen: 1 halaman)")
        dokumen.render(dok[0], samples.OPTIONS)  # fonts loaded, as in a running app
        per_form = measure(db, f"{args.forms} Dokumen Evaluasi, satu PDF, 1 proses", dok,
                           folder / "dok-1.pdf", separate=False, workers=1)  # fmt: skip
        measure(db, f"{args.forms} Dokumen Evaluasi, satu PDF", dok, folder / "dok.pdf",
                separate=False, workers=args.workers)  # fmt: skip
        measure(db, f"{args.forms} Dokumen Evaluasi, berkas per pegawai", dok,
                folder / "dok-sendiri", separate=True, workers=args.workers)  # fmt: skip
        measure(db, f"{args.forms} SKP, satu PDF", skps, folder / "skp.pdf", separate=False,
                workers=args.workers)  # fmt: skip
        measure(db, f"{args.forms} SKP, berkas per pegawai", skps, folder / "skp-sendiri",
                separate=True, workers=args.workers)  # fmt: skip
        office_suite(per_form, folder)
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
