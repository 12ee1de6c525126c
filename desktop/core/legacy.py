"""Appraisals made under PP 46/2011 (before PermenPANRB 6/2022): kept, read-only, as imported.

Under PP 46/2011 the Nilai Prestasi Kerja was SKP 60 % + perilaku kerja 40 %, with the sebutan
91+ Sangat Baik, 76–90 Baik, 61–75 Cukup, 51–60 Kurang, 50 and below Buruk. Such history is never
recomputed into a predikat of the new rules; these functions only check an imported record
for consistency, so the operator is warned when the file and the old formula disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from desktop.core.errors import ValidationError
from desktop.core.i18n import pick

LAST_YEAR = 2021  # appraisals of 2022 onwards follow PermenPANRB 6/2022
FIRST_YEAR = 2011
TOLERANCE = Decimal("0.05")  # rounding on old printed forms


class Sebutan(StrEnum):
    """The five grades of PP 46/2011 (not the predikat of PermenPANRB 6/2022)."""

    SANGAT_BAIK = "sangat_baik"
    BAIK = "baik"
    CUKUP = "cukup"
    KURANG = "kurang"
    BURUK = "buruk"

    @property
    def label(self) -> str:
        return {
            "sangat_baik": pick("Sangat Baik", "Very Good"),
            "baik": pick("Baik", "Good"),
            "cukup": pick("Cukup", "Fair"),
            "kurang": pick("Kurang", "Poor"),
            "buruk": pick("Buruk", "Bad"),
        }[self.value]


class LegacyError(ValidationError):
    catalog = {
        "tahun": (
            "Tahun {tahun} bukan penilaian PP 46/2011 (hanya {first}–{last}; sejak 2022 "
            "berlaku PermenPANRB 6/2022).",
            "Year {tahun} is not a PP 46/2011 appraisal (only {first}–{last}; from 2022 "
            "PermenPANRB 6/2022 applies).",
        ),
        "nilai": (
            "Nilai {name} harus antara 0 dan 100 (tertulis {value}).",
            "The {name} score must be between 0 and 100 (got {value}).",
        ),
        "sebutan": (
            "Sebutan '{text}' tidak dikenal (Sangat Baik, Baik, Cukup, Kurang, Buruk).",
            "Unknown grade '{text}' (Sangat Baik, Baik, Cukup, Kurang, Buruk).",
        ),
        "changed": (
            "Penilaian PP 46/2011 tahun {tahun} untuk NIP {nip} sudah tersimpan dengan nilai "
            "lain; riwayat lama tidak dapat diubah.",
            "The PP 46/2011 appraisal of {tahun} for NIP {nip} is already stored with other "
            "values; old history cannot be changed.",
        ),
    }


@dataclass
class PenilaianLama:
    """One year of PP 46/2011 history for one employee, as printed on the old DP3/PPK form."""

    staff_id: int
    tahun: int
    nilai_skp: Decimal
    nilai_perilaku: Decimal
    nilai_prestasi: Decimal
    sebutan: Sebutan
    penilai_nama: str = ""
    penilai_nip: str = ""
    sumber: str = ""  # where it came from (file name), for the record
    id: int | None = None
    uuid: str | None = None


def nilai_prestasi(nilai_skp: Decimal, nilai_perilaku: Decimal) -> Decimal:
    """SKP 60 % + perilaku 40 %, to two decimals as the old forms print it."""
    value = Decimal(nilai_skp) * Decimal("0.6") + Decimal(nilai_perilaku) * Decimal("0.4")
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def sebutan(nilai: Decimal) -> Sebutan:
    """The grade of a score: ≥ 91 Sangat Baik, ≥ 76 Baik, ≥ 61 Cukup, ≥ 51 Kurang, else Buruk
    (scores between the printed whole-number bands go to the band below the next bound)."""
    for bound, grade in (
        (91, Sebutan.SANGAT_BAIK),
        (76, Sebutan.BAIK),
        (61, Sebutan.CUKUP),
        (51, Sebutan.KURANG),
    ):
        if Decimal(nilai) >= bound:
            return grade
    return Sebutan.BURUK


def parse_sebutan(text: str) -> Sebutan:
    key = "".join(str(text or "").lower().split())
    found = {
        "sangatbaik": Sebutan.SANGAT_BAIK,
        "baik": Sebutan.BAIK,
        "cukup": Sebutan.CUKUP,
        "kurang": Sebutan.KURANG,
        "buruk": Sebutan.BURUK,
    }.get(key)
    if found is None:
        raise LegacyError("sebutan", text=text)
    return found


def check(record: PenilaianLama) -> list[str]:
    """Refuse impossible values (LegacyError); return warnings where the stored figures and the
    PP 46/2011 formula disagree. The record is kept as imported either way."""
    if not FIRST_YEAR <= record.tahun <= LAST_YEAR:
        raise LegacyError("tahun", tahun=record.tahun, first=FIRST_YEAR, last=LAST_YEAR)
    for name, value in (
        ("SKP", record.nilai_skp),
        (pick("perilaku", "behaviour"), record.nilai_perilaku),
        (pick("prestasi", "performance"), record.nilai_prestasi),
    ):
        if not Decimal(0) <= Decimal(value) <= Decimal(100):
            raise LegacyError("nilai", name=name, value=value)
    warnings = []
    expected = nilai_prestasi(record.nilai_skp, record.nilai_perilaku)
    if abs(expected - Decimal(record.nilai_prestasi)) > TOLERANCE:
        warnings.append(
            pick(
                f"Tahun {record.tahun}: nilai prestasi {record.nilai_prestasi} berbeda dari "
                f"60 % SKP + 40 % perilaku ({expected}); disimpan sesuai berkas.",
                f"Year {record.tahun}: performance score {record.nilai_prestasi} differs from "
                f"60 % SKP + 40 % behaviour ({expected}); kept as in the file.",
            )
        )
    grade = sebutan(Decimal(record.nilai_prestasi))
    if grade is not record.sebutan:
        warnings.append(
            pick(
                f"Tahun {record.tahun}: sebutan {record.sebutan.label} tidak sesuai nilai "
                f"{record.nilai_prestasi} ({grade.label}); disimpan sesuai berkas.",
                f"Year {record.tahun}: grade {record.sebutan.label} does not match score "
                f"{record.nilai_prestasi} ({grade.label}); kept as in the file.",
            )
        )
    return warnings
