"""``verify(db, code)``: does a printed page still match the data, and if not, what changed?

The content as printed (from the print log) and the content the same form would print now are
flattened into labelled fields ("Pejabat Penilai Kinerja › NIP", "RHK Utama 2 › IKI 1 ›
Target") and compared value by value. Fields a later app version added to a form are not
reported as changes of an older printout.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils

from desktop.core.dates import format_date_id
from desktop.core.i18n import pick
from desktop.core.nip import format_nip
from desktop.reports import data, labels
from desktop.reports.verification import (
    FieldChange,
    VerifyResult,
    VerifyStatus,
    content_hash,
    format_code,
    normalize_code,
    snapshot,
)
from desktop.store import prints


def verify(db: sqlite_utils.Database, code: str) -> VerifyResult:
    """Check a printed code against the current data. Raises ``VerifyError`` for text that
    cannot be a code; an unknown code gives status ``UNKNOWN``."""
    normal = normalize_code(code)
    printed = format_code(normal)
    record = prints.find_print(db, normal)
    if record is None:
        return VerifyResult(printed, VerifyStatus.UNKNOWN)
    result = VerifyResult(
        printed,
        VerifyStatus.MATCH,
        kind=record.kind,
        title=describe(record.kind, record.snapshot),
        printed_at=record.printed_at,
        printed_by=record.printed_by,
        times=record.times,
    )
    record_id = prints.record_id(db, record.kind, record.record_uuid)
    if record_id is None:
        result.status = VerifyStatus.GONE
        return result
    current = snapshot(data.load_form(db, record.kind, record_id, record.tahun, record.periode))
    # A field a later version added to the form (the SKP's approval date) was not part of
    # what an older print hashed: compare on the fields the print knew.
    current = {k: v for k, v in current.items() if k in record.snapshot}
    if content_hash(current) != record.content_hash:
        result.status = VerifyStatus.CHANGED
        result.changes = compare(record.snapshot, current)
    return result


KIND_TITLES = {
    "skp": ("Sasaran Kinerja Pegawai", "Performance plan (SKP)"),
    "evaluasi": ("Evaluasi Kinerja Pegawai", "Performance evaluation"),
    "dokumen": ("Dokumen Evaluasi Kinerja Pegawai", "Performance evaluation document"),
    "rekap": ("Rekapitulasi Predikat Kinerja", "Performance rating summary"),
}


def describe(kind: str, snap: dict[str, Any]) -> str:
    """``Dokumen Evaluasi Kinerja Pegawai TW1 2026 - Budi Santoso, S.Kom. (NIP …)``."""
    title = pick(*KIND_TITLES.get(kind, (kind, kind)))
    when = " ".join(str(x) for x in (snap.get("periode") or "", snap.get("tahun", "")) if x)
    if kind == "rekap":
        return f"{title} {when} - {snap.get('unit_nama', '')} ({snap.get('unit_kode', '')})"
    person = snap.get("pegawai") or {}
    return f"{title} {when} - {person.get('nama', '')} (NIP {format_nip(person.get('nip', ''))})"


# -- flattening ---------------------------------------------------------------------------------

_TOP = {
    "instansi": ("Instansi", "Agency"),
    "tahun": ("Tahun", "Year"),
    "periode": ("Periode", "Period"),
    "pendekatan": ("Pendekatan", "Approach"),
    "jpt": ("Bentuk JPT", "JPT form"),
    "status": ("Status", "Status"),
    "pegawai": ("Pegawai yang Dinilai", "Employee"),
    "penilai": ("Pejabat Penilai Kinerja", "Appraiser"),
    "atasan_penilai": ("Atasan Pejabat Penilai Kinerja", "Appraiser's superior"),
    "capaian": ("Capaian Kinerja Organisasi", "Organisation's performance"),
    "rating_hasil": ("Rating Hasil Kerja", "Work-result rating"),
    "rating_perilaku": ("Rating Perilaku Kerja", "Behaviour rating"),
    "predikat": ("Predikat Kinerja Pegawai", "Performance rating"),
    "catatan": ("Catatan/Rekomendasi", "Notes/recommendation"),
    "ditetapkan_pada": ("Tanggal ditetapkan", "Date set"),
    "disetujui_pada": ("Tanggal disetujui", "Date approved"),
    "dukungan_sumber_daya": ("Dukungan Sumber Daya", "Resources"),
    "skema_pertanggungjawaban": ("Skema Pertanggungjawaban", "Accountability"),
    "konsekuensi": ("Konsekuensi", "Consequences"),
    "unit_kode": ("Kode unit", "Unit code"),
    "unit_nama": ("Nama unit", "Unit name"),
    "pegawai_aktif": ("Jumlah pegawai aktif", "Active staff"),
    "kepala": ("Kepala unit", "Head of unit"),
}
_PERSON = {
    "nama": ("Nama", "Name"),
    "nip": ("NIP", "NIP"),
    "pangkat": ("Pangkat/Gol. Ruang", "Rank/grade"),
    "jabatan": ("Jabatan", "Position"),
    "unit": ("Unit Kerja", "Unit"),
}
_IKI = {
    "aspek": ("Aspek", "Aspect"),
    "indikator": ("Indikator Kinerja Individu", "Indicator"),
    "target": ("Target", "Target"),
    "realisasi": ("Realisasi", "Result"),
    "umpan_balik": ("Umpan balik", "Feedback"),
}
_SEP = " › "


def _label(table: dict[str, tuple[str, str]], key: str) -> str:
    return pick(*table.get(key, (key, key)))


def _show(key: str, value: Any) -> str:
    """A value as it reads on the form."""
    if value in ("", None):
        return pick("(kosong)", "(empty)")
    if key in ("rating_hasil", "rating_perilaku"):
        return labels.rating(value)
    if key == "predikat":
        return labels.predikat(value)
    if key == "capaian":
        return labels.capaian(value)
    if key == "aspek":
        return labels.aspek(value)
    if key == "status":
        return labels.status(value)
    if key == "nip":
        return format_nip(value)
    if key in ("ditetapkan_pada", "disetujui_pada"):
        from datetime import date

        return format_date_id(date.fromisoformat(value))
    if isinstance(value, bool):
        return pick("ya", "yes") if value else pick("tidak", "no")
    return str(value)


def flatten(snap: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """Field path → (words for it, value as printed), in the order of the form."""
    out: dict[str, tuple[str, str]] = {}
    for key, value in snap.items():
        if key in ("record_uuid",):
            continue
        if key in ("pegawai", "penilai", "atasan_penilai", "kepala"):
            for sub, val in (value or {}).items():
                words = _label(_TOP, key) + _SEP + _label(_PERSON, sub)
                out[f"{key}.{sub}"] = (words, _show(sub, val))
        elif key == "rhk":
            _flatten_rhk(value or [], out)
        elif key == "perilaku":
            for item in value or []:
                head = pick("Perilaku", "Behaviour") + f" {item['nilai_no']} ({item['nilai']})"
                for sub, words in (
                    ("ekspektasi", pick("Ekspektasi khusus pimpinan", "Leader's expectation")),
                    ("umpan_balik", pick("Umpan balik", "Feedback")),
                ):
                    out[f"perilaku.{item['nilai_no']}.{sub}"] = (
                        head + _SEP + words,
                        _show(sub, item.get(sub)),
                    )
        elif key == "counts":
            for code, n in value or []:
                out[f"counts.{code}"] = (pick("Jumlah ", "Count ") + labels.predikat(code), str(n))
        elif key in ("tanpa_skp", "belum_dinilai"):
            head = (
                pick("Tanpa SKP", "Without SKP")
                if key == "tanpa_skp"
                else pick("Belum dinilai", "Not yet rated")
            )
            for person in value or []:
                words = f"{head}{_SEP}{person['nama']} ({format_nip(person['nip'])})"
                out[f"{key}.{person['nip']}"] = (words, person.get("keterangan") or "-")
        else:
            out[key] = (_label(_TOP, key), _show(key, value))
    return out


def _flatten_rhk(items: list[dict], out: dict[str, tuple[str, str]]) -> None:
    numbers = {"utama": 0, "tambahan": 0}
    for item in items:
        jenis = item.get("jenis", "utama")
        numbers[jenis] = numbers.get(jenis, 0) + 1
        head = f"RHK {jenis.title()} {numbers[jenis]}"
        base = f"rhk.{jenis}.{numbers[jenis]}"
        out[f"{base}.uraian"] = (
            head + _SEP + pick("Rencana Hasil Kerja", "Planned result"),
            _show("uraian", item.get("uraian")),
        )
        out[f"{base}.atasan"] = (
            head + _SEP + pick("RHK pimpinan yang diintervensi", "Superior's RHK"),
            _show("rhk_atasan", item.get("rhk_atasan")),
        )
        if item.get("perspektif"):
            out[f"{base}.perspektif"] = (head + _SEP + "Perspektif", item["perspektif"])
        for k, iki in enumerate(item.get("iki") or [], start=1):
            for sub, val in iki.items():
                words = f"{head}{_SEP}IKI {k}{_SEP}{_label(_IKI, sub)}"
                out[f"{base}.iki.{k}.{sub}"] = (words, _show(sub, val))


def compare(printed: dict[str, Any], current: dict[str, Any]) -> list[FieldChange]:
    """What differs, in the order of the form; fields missing on one side say so."""
    before, after = flatten(printed), flatten(current)
    known_tops = {path.split(".")[0] for path in before}
    missing = pick("(tidak ada)", "(none)")
    changes = []
    for path, (words, value) in before.items():
        now = after.get(path)
        if now is None:
            changes.append(FieldChange(words, value, missing))
        elif now[1] != value:
            changes.append(FieldChange(words, value, now[1]))
    for path, (words, value) in after.items():
        if path not in before and path.split(".")[0] in known_tops:
            changes.append(FieldChange(words, missing, value))
    return changes


# -- reporting ----------------------------------------------------------------------------------


def summary(result: VerifyResult) -> str:
    """One sentence on the outcome, in the current language."""
    if result.status is VerifyStatus.UNKNOWN:
        return pick(
            f"Kode {result.code} tidak dikenal: tidak ada cetakan dengan kode ini di basis data "
            "ini. Periksa ketikan kode, atau cetakan berasal dari kantor lain.",
            f"Code {result.code} is unknown: no printout with this code in this database. "
            "Check the code as typed, or the printout comes from another office.",
        )
    if result.status is VerifyStatus.GONE:
        return pick(
            f"Kode {result.code}: {result.title}. Data asal cetakan ini sudah dihapus.",
            f"Code {result.code}: {result.title}. The record it was printed from was deleted.",
        )
    if result.status is VerifyStatus.MATCH:
        return pick(
            f"COCOK - kode {result.code}: {result.title}. Isi cetakan sama dengan data saat ini.",
            f"MATCH - code {result.code}: {result.title}. The printout matches the current data.",
        )
    n = len(result.changes)
    return pick(
        f"BERUBAH - kode {result.code}: {result.title}. {n} isian berubah sejak dicetak:",
        f"CHANGED - code {result.code}: {result.title}. {n} fields changed since printing:",
    )


def report_lines(result: VerifyResult) -> list[str]:
    """The outcome and, for a changed form, one line per field: printed → now."""
    lines = [summary(result)]
    if result.printed_at:
        lines.append(
            pick(
                f"Dicetak {result.printed_at[:16].replace('T', ' ')} UTC oleh {result.printed_by}"
                f" ({result.times}x).",
                f"Printed {result.printed_at[:16].replace('T', ' ')} UTC by {result.printed_by}"
                f" ({result.times}x).",
            )
        )
    for change in result.changes:
        lines.append(
            pick(
                f'  - {change.field}: tercetak "{change.printed}", sekarang "{change.current}"',
                f'  - {change.field}: printed "{change.printed}", now "{change.current}"',
            )
        )
    return lines
