"""Printed forms (reportlab, Qt-free): SKP, Evaluasi Kinerja Pegawai, Dokumen Evaluasi Kinerja
Pegawai, the rekap per unit, and batch printing, each page carrying a verification code and QR.

Where to start:
- ``printing.print_record(db, kind, record_id, ...)`` → ``Printed`` (PDF bytes, code, pages);
  ``log=False`` for a preview, then ``verification.register(db, printed.sealed)`` once printed.
- ``batch.plan_unit(...)`` + ``batch.run_batch(..., progress=...)`` for a unit or a chosen list.
- ``verify.verify(db, code)`` → ``VerifyResult``; ``verify.report_lines(result)`` to show it.
- ``data.*_form(db, id)`` build the dataclasses of ``model.py``; each form module
  (``skp``, ``evaluasi``, ``dokumen``, ``rekap``) has ``render(form, PrintOptions) -> bytes``.
"""
