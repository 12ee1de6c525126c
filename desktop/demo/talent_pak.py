"""Penetapan angka kredit (PAK) of the demo's fungsional PNS: one PAK issued in January 2024 or
2025 converting the year before, stating the AK gathered in the current pangkat.

The AK grows with the years in the golongan at the koefisien of the jenjang (PermenPANRB 1/2023)
times what the predikat gave (75–150 %), so after about four years most reach what the next
pangkat asks (Ahli Pertama 50 … keterampilan II/a 15) and the newly promoted are far from it.
"""

from __future__ import annotations

from datetime import date

from desktop.core.angka_kredit import KOEFISIEN
from desktop.demo.rand import DemoRandom
from desktop.demo.talent_people import Employee

WITH_PAK = 0.85  # of fungsional PNS
ISSUED = (date(2024, 1, 15), date(2025, 1, 15))  # a PAK in the second half of January


def pak_rows(rng: DemoRandom, people: list[Employee], stamp: str) -> list[dict]:
    rows = []
    for p in people:
        if p.status != "pns" or p.jenjang not in KOEFISIEN or not rng.chance(WITH_PAK):
            continue
        options = [d for d in ISSUED if p.tmt_golongan < d]
        if not options:
            continue  # promoted since the last PAK: the next one comes with the next year
        issued = rng.item(options).replace(day=rng.randint(15, 31))
        years = (issued - p.tmt_golongan).days / 365.25
        factor = rng.uniform(0.8, 1.45)
        ak = round(years * float(KOEFISIEN[p.jenjang]) * factor, 2)
        rows.append({
            "staff_id": p.id, "tanggal": issued.isoformat(),
            "nomor_sk": f"800.1.3.2/{rng.randint(1, 400)}/PAK/BKPSDM/{issued.year}",
            "jenjang": p.jenjang, "golongan": p.golongan, "ak_kumulatif": ak,
            "keterangan": f"Konversi predikat kinerja tahun {issued.year - 1}",
            "uuid": rng.uuid(), "updated_at": stamp,
        })  # fmt: skip
    return rows
