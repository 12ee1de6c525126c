"""The demo unit tree: which OPD, bidang and seksi exist for a given office size, their codes
and the title and rank of each unit's head.

Every unit below the instansi gets a head, so a small office (30 staff) cannot have 240 units:
the tree is pruned until the heads fit ``HEAD_SHARE`` of the staff, seksi first, then bidang,
then the least central OPD. Codes are given after pruning so they stay contiguous
(``1``, ``1.02``, ``1.02.03``, ``1.02.03.01``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core.models import JenisJabatan, Unit, UnitJenis
from desktop.demo.data_units import INSTANSI, OPDS, BidangDef, Mix, OpdDef
from desktop.demo.rand import DemoRandom

HEAD_SHARE = 0.4  # at most this share of the staff are unit heads
_TITLES = (
    ("Sub Bagian ", "Kepala Sub Bagian "), ("Sub Bidang ", "Kepala Sub Bidang "),
    ("Seksi ", "Kepala Seksi "), ("Bidang ", "Kepala Bidang "), ("Bagian ", "Kepala Bagian "),
    ("Sekretariat ", "Sekretaris "), ("Inspektorat Pembantu ", "Inspektur Pembantu "),
)  # fmt: skip
_ESELON_JENIS = {2: JenisJabatan.JPT, 3: JenisJabatan.ADMINISTRATOR, 4: JenisJabatan.PENGAWAS}


@dataclass(slots=True)
class DemoUnit:
    """A unit of the generated tree with what staffing needs to know about it."""

    id: int
    kode: str
    nama: str
    jenis: UnitJenis
    parent: DemoUnit | None
    uuid: str
    opd: OpdDef | None = None
    weight: float = 0.0  # share of the OPD's staff working directly in this unit
    mix: Mix = ()
    pelaksana: float = 0.5
    kepala: str = ""  # the head's jabatan, e.g. "Kepala Bidang Bina Marga"
    eselon: int | None = None
    kepala_id: int | None = None
    children: list[DemoUnit] = field(default_factory=list)

    @property
    def head_jenis(self) -> JenisJabatan | None:
        return _ESELON_JENIS.get(self.eselon // 10) if self.eselon else None

    def to_unit(self) -> Unit:
        parent_id = self.parent.id if self.parent else None
        return Unit(self.kode, self.nama, self.jenis, parent_id, self.kepala_id, id=self.id)


def plan_tree(rng: DemoRandom, staff: int) -> list[DemoUnit]:
    """The pruned unit tree, parents before children, with ids 1… in code order."""
    plan: list[_Opd] = [(opd, [_Bidang(b, len(b.subs)) for b in opd.bidang]) for opd in OPDS]
    _prune(plan, max(1, min(_heads(plan), round(staff * HEAD_SHARE))))
    root = DemoUnit(1, "1", INSTANSI, UnitJenis.INSTANSI, None, rng.uuid())
    units = [root]
    for i, (opd, bidangs) in enumerate(plan, start=1):
        _add_opd(rng, units, root, f"1.{i:02d}", opd, bidangs)
    return units


def _add_opd(
    rng: DemoRandom,
    units: list[DemoUnit],
    root: DemoUnit,
    kode: str,
    opd: OpdDef,
    bidangs: list[_Bidang],
) -> None:
    total = sum(cut.bidang.weight for cut in bidangs) or 1.0
    top = _unit(rng, units, root, kode, opd.nama, UnitJenis.OPD, opd, opd.mix, opd.pelaksana)
    top.weight, top.kepala, top.eselon = 0.05 * total, opd.kepala, opd.eselon
    for j, cut in enumerate(bidangs, start=1):
        _add_bidang(rng, units, top, f"{kode}.{j:02d}", cut.bidang, cut.subs)


def _add_bidang(
    rng: DemoRandom, units: list[DemoUnit], top: DemoUnit, kode: str, bidang: BidangDef, n_subs: int
) -> None:
    opd = top.opd
    assert opd is not None
    mix = bidang.mix or opd.mix
    share = opd.pelaksana if bidang.pelaksana is None else bidang.pelaksana
    unit = _unit(rng, units, top, kode, bidang.nama, UnitJenis.BIDANG, opd, mix, share)
    unit.weight = bidang.weight * (0.3 if n_subs else 1.0)
    unit.kepala, unit.eselon = head_title(bidang.nama), _eselon(bidang.nama)
    for k, nama in enumerate(bidang.subs[:n_subs], start=1):
        sub = _unit(rng, units, unit, f"{kode}.{k:02d}", nama, UnitJenis.SUBBIDANG, opd, mix, share)
        sub.weight = bidang.weight * 0.7 / n_subs
        sub.kepala, sub.eselon = head_title(nama), 41


def _unit(
    rng: DemoRandom,
    units: list[DemoUnit],
    parent: DemoUnit,
    kode: str,
    nama: str,
    jenis: UnitJenis,
    opd: OpdDef,
    mix: Mix,
    pelaksana: float,
) -> DemoUnit:
    unit = DemoUnit(
        len(units) + 1, kode, nama, jenis, parent, rng.uuid(), opd, mix=mix, pelaksana=pelaksana
    )
    parent.children.append(unit)
    units.append(unit)
    return unit


def head_title(nama: str) -> str:
    """The head's jabatan by rule: ``Bidang X`` → ``Kepala Bidang X``, ``Sekretariat X`` →
    ``Sekretaris X``; the data lists then only need to name the units.
    """
    for prefix, title in _TITLES:
        if nama.startswith(prefix):
            return title + nama[len(prefix) :]
    return f"Kepala {nama}"


def _eselon(nama: str) -> int:
    """III.a for sekretaris, kepala bagian and irban; III.b for kabid and sekcam; IV.a for seksi."""
    if nama.startswith("Sekretariat Kecamatan") or nama.startswith("Bidang "):
        return 32
    if nama.startswith(("Sekretariat ", "Bagian ", "Inspektorat Pembantu ")):
        return 31
    return 41


@dataclass(slots=True)
class _Bidang:
    """A bidang kept in the plan, with how many of its seksi are kept."""

    bidang: BidangDef
    subs: int


_Opd = tuple[OpdDef, list[_Bidang]]


def _heads(plan: list[_Opd]) -> int:
    return sum(1 + sum(1 + cut.subs for cut in bidangs) for _, bidangs in plan)


def _prune(plan: list[_Opd], budget: int) -> None:
    """Remove units one at a time until the heads fit the budget (see the module docstring)."""
    while _heads(plan) > budget:
        if not _drop_seksi(plan) and not _drop_bidang(plan):
            if len(plan) == 1:
                plan[0][1].pop()
            else:
                plan.remove(max(plan, key=lambda p: p[0].priority))


def _drop_seksi(plan: list[_Opd]) -> bool:
    """One seksi less where there are most, in the least central OPD and lightest bidang."""
    best: tuple[tuple[int, int, float, int], _Bidang] | None = None
    for opd, bidangs in plan:
        for j, cut in enumerate(bidangs):
            key = (cut.subs, opd.priority, -cut.bidang.weight, j)
            if cut.subs and (best is None or key > best[0]):
                best = (key, cut)
    if best is None:
        return False
    best[1].subs -= 1
    return True


def _drop_bidang(plan: list[_Opd]) -> bool:
    """One bidang less in the OPD with most of them (the lightest, the last on ties)."""
    candidates = [p for p in plan if len(p[1]) > 1]
    if not candidates:
        return False
    _, bidangs = max(candidates, key=lambda p: (len(p[1]), p[0].priority))
    lightest = min(range(len(bidangs)), key=lambda j: (bidangs[j].bidang.weight, -j))
    bidangs.pop(lightest)
    return True
