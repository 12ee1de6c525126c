"""The succession rules (core.talent.succession): eligibility, order, warnings, readiness."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desktop.core import i18n
from desktop.core.appraisal import Predikat
from desktop.core.talent.succession import (
    Kesiapan,
    KeyPosition,
    Pegawai,
    Talent,
    Tingkat,
    bup_age,
    candidates_for,
    head_title,
    is_eligible,
    min_golongan,
    person_tingkat,
    succession,
    tmt_pensiun,
    unit_tingkat,
)

SB, B = Predikat.SANGAT_BAIK, Predikat.BAIK
ON = date(2026, 12, 5)


def person(sid: int, **over) -> Pegawai:
    values = dict(
        staff_id=sid, nip=f"{sid:018d}", nama=f"Pegawai {sid:02d}", status="pns",
        tanggal_lahir=date(1980, 1, 1), golongan="III/d", pendidikan="S1", eselon="IV.a",
    )  # fmt: skip
    values.update(over)
    return Pegawai(**values)


def talent(sid: int, box: int | None = 9, predikat=(SB, SB), jpm=92.0, pool=True) -> Talent:
    return Talent(sid, box, predikat, jpm, pool and box in (7, 8, 9))


def position(tingkat=Tingkat.ADMINISTRATOR, eselon="III.b", holder=None) -> KeyPosition:
    jabatan = "Kepala Bidang Pelayanan"
    return KeyPosition(1, "1.01.01", "Bidang Pelayanan", jabatan, tingkat, eselon, holder)


def test_candidates_are_ordered_by_box_then_predikat_then_jpm():
    people = [
        (person(1), talent(1, box=7)),
        (person(2), talent(2, box=8, predikat=(SB, B), jpm=95)),
        (person(3), talent(3, box=8, predikat=(B, SB), jpm=91)),
        (person(4), talent(4, box=9, jpm=90)),
        (person(5), talent(5, box=8, predikat=(SB, SB), jpm=93)),
        (person(6), talent(6, box=8, predikat=(SB, SB), jpm=96)),
    ]
    found = candidates_for(position(), people, ON)
    assert [c.person.staff_id for c in found] == [4, 6, 5, 3, 2, 1]


def test_the_holder_the_pool_outsiders_and_non_pns_are_left_out():
    holder = person(1, eselon="III.b")
    people = [
        (holder, talent(1)),
        (person(2), talent(2, box=6)),  # outside the pool
        (person(3), talent(3, box=9, pool=False)),  # rekam jejak not met
        (person(4), talent(4, box=None)),  # not mapped
        (person(5, status="pppk"), talent(5)),
        (person(6, status="cpns"), talent(6)),
        (person(7), talent(7)),
    ]
    found = candidates_for(position(holder=holder), people, ON)
    assert [c.person.staff_id for c in found] == [7]


@pytest.mark.parametrize(
    ("pos", "who", "ok"),
    [
        (Tingkat.JPT_PRATAMA, dict(eselon="III.a"), True),
        (Tingkat.JPT_PRATAMA, dict(eselon="", jenjang="ahli_madya"), True),
        (Tingkat.JPT_PRATAMA, dict(eselon="IV.a"), False),  # two levels below
        (Tingkat.JPT_PRATAMA, dict(eselon="II.b"), False),  # same level
        (Tingkat.ADMINISTRATOR, dict(eselon="IV.b"), True),
        (Tingkat.ADMINISTRATOR, dict(eselon="", jenjang="ahli_muda"), True),
        (Tingkat.ADMINISTRATOR, dict(eselon="", jenjang="ahli_pertama"), False),
        (Tingkat.PENGAWAS, dict(eselon="", jenis_jabatan="pelaksana"), True),
        (Tingkat.PENGAWAS, dict(eselon="", jenjang="ahli_pertama"), True),
        (Tingkat.PENGAWAS, dict(eselon="", jenjang="mahir"), True),
        (Tingkat.PENGAWAS, dict(eselon="IV.a"), False),
    ],
)
def test_eligibility_is_one_level_below(pos, who, ok):
    p = person(2, **who)
    assert p.tingkat is not None and is_eligible(pos, p.tingkat) is ok
    found = candidates_for(position(pos, eselon=""), [(p, talent(2))], ON)
    assert bool(found) is ok


def test_an_unknown_level_is_kept_with_a_warning():
    p = person(2, eselon="", jenjang=None, jenis_jabatan=None)
    (c,) = candidates_for(position(), [(p, talent(2))], ON)
    assert [w.code for w in c.catatan] == ["tingkat"]
    assert c.kesiapan is Kesiapan.SATU_DUA


def test_retirement_within_two_years_is_warned_at_the_positions_bup():
    pos = position(Tingkat.JPT_PRATAMA, eselon="II.b")
    near = person(2, eselon="III.a", golongan="IV/b", tanggal_lahir=date(1967, 1, 10))
    found = {c.person.staff_id: c for c in candidates_for(pos, [(near, talent(2))], ON)}
    # JPT: BUP 60 → 1 Feb 2027, within two years of 5 Dec 2026
    assert found[2].pensiun == date(2027, 2, 1)
    assert [w.code for w in found[2].catatan] == ["bup"]
    young = person(4, eselon="III.a", golongan="IV/b", tanggal_lahir=date(1975, 6, 1))
    (c,) = candidates_for(pos, [(young, talent(4))], ON)
    assert c.catatan == () and c.kesiapan is Kesiapan.SEKARANG


def test_bup_edges():
    assert bup_age(Tingkat.ADMINISTRATOR) == 58
    assert bup_age(Tingkat.JPT_PRATAMA) == 60
    assert bup_age(Tingkat.ADMINISTRATOR, "ahli_madya") == 60
    assert bup_age(Tingkat.JPT_PRATAMA, "ahli_utama") == 65
    assert tmt_pensiun(date(1968, 12, 31), 58) == date(2027, 1, 1)
    assert tmt_pensiun(date(1968, 2, 29), 58) == date(2026, 3, 1)
    # a TMT pensiun exactly two years after the draft date warns; a day later does not
    pos = position()
    on_edge = person(2, tanggal_lahir=date(1970, 11, 15))  # 58 in Nov 2028 → 1 Dec 2028
    (c,) = candidates_for(pos, [(on_edge, talent(2))], date(2026, 12, 1))
    assert [w.code for w in c.catatan] == ["bup"]
    assert candidates_for(pos, [(on_edge, talent(2))], date(2026, 11, 30))[0].catatan == ()


def test_education_below_the_minimum_is_warned():
    pos = position()
    d3 = person(2, pendidikan="D3")
    d4 = person(3, pendidikan="D4")
    unknown = person(4, pendidikan=None)
    pairs = [(d3, talent(2)), (d4, talent(3)), (unknown, talent(4))]
    found = {c.person.staff_id: c for c in candidates_for(pos, pairs, ON)}
    assert [(w.code, w.value, w.need) for w in found[2].catatan] == [("pendidikan", "D3", "S1/D4")]
    assert found[3].catatan == ()
    assert [w.code for w in found[4].catatan] == ["no_pendidikan"]
    # a pengawas post asks D3
    staff = person(5, eselon="", jenis_jabatan="pelaksana", pendidikan="D3", golongan="III/a")
    (c,) = candidates_for(position(Tingkat.PENGAWAS, "IV.a"), [(staff, talent(5))], ON)
    assert c.catatan == ()


@pytest.mark.parametrize(
    ("eselon", "tingkat", "need"),
    [
        ("II.a", Tingkat.JPT_PRATAMA, "IV/b"),
        ("II.b", Tingkat.JPT_PRATAMA, "IV/a"),
        ("III.a", Tingkat.ADMINISTRATOR, "III/d"),
        ("III.b", Tingkat.ADMINISTRATOR, "III/c"),
        ("IV.a", Tingkat.PENGAWAS, "III/a"),
        ("", Tingkat.ADMINISTRATOR, "III/c"),
        ("", Tingkat.JPT_PRATAMA, "IV/a"),
    ],
)
def test_golongan_minimum_per_eselon(eselon, tingkat, need):
    assert min_golongan(tingkat, eselon) == need


def test_golongan_below_the_minimum_is_warned_and_defers():
    pos = position(Tingkat.ADMINISTRATOR, eselon="III.a")
    low = person(2, golongan="III/c")
    ok = person(3, golongan="III/d")
    none = person(4, golongan=None)
    pairs = [(low, talent(2)), (ok, talent(3)), (none, talent(4))]
    found = {c.person.staff_id: c for c in candidates_for(pos, pairs, ON)}
    assert [(w.code, w.need) for w in found[2].catatan] == [("golongan", "III/d")]
    assert found[2].kesiapan is Kesiapan.SATU_DUA
    assert found[3].catatan == () and found[3].kesiapan is Kesiapan.SEKARANG
    assert [w.code for w in found[4].catatan] == ["no_golongan"]


@pytest.mark.parametrize(
    ("box", "warnings", "expected"),
    [
        (9, {}, Kesiapan.SEKARANG),
        (8, {}, Kesiapan.SATU_DUA),
        (7, {}, Kesiapan.SATU_DUA),
        (9, {"pendidikan": "D3"}, Kesiapan.SATU_DUA),
        (9, {"pendidikan": "D3", "golongan": "III/a"}, Kesiapan.LEBIH_DUA),
        (8, {"golongan": "III/a"}, Kesiapan.LEBIH_DUA),
        (7, {"pendidikan": "D3", "golongan": "III/a", "tanggal_lahir": None}, Kesiapan.LEBIH_DUA),
    ],
)
def test_readiness_starts_from_the_box_and_warnings_push_it_later(box, warnings, expected):
    (c,) = candidates_for(position(), [(person(2, **warnings), talent(2, box=box))], ON)
    assert len(c.catatan) == len(warnings)
    assert c.kesiapan is expected
    assert f"kotak {box}" in c.alasan()
    start = Kesiapan.SEKARANG if box == 9 else Kesiapan.SATU_DUA
    assert ("mundur" in c.alasan()) is (expected is not start)


def test_levels_of_people_and_units():
    assert person_tingkat("III.b") is Tingkat.ADMINISTRATOR
    assert person_tingkat("Non Eselon", "ahli_muda") is Tingkat.PENGAWAS
    assert person_tingkat("", None, "pelaksana") is Tingkat.PELAKSANA
    assert person_tingkat("", None, None) is None
    assert unit_tingkat("opd") is Tingkat.JPT_PRATAMA
    assert unit_tingkat("bidang") is Tingkat.ADMINISTRATOR
    assert unit_tingkat("subbidang") is Tingkat.PENGAWAS
    assert unit_tingkat("opd", "kecamatan") is Tingkat.ADMINISTRATOR
    assert unit_tingkat("bidang", "", "II.b") is Tingkat.JPT_PRATAMA  # the head's eselon wins


def test_the_holders_own_retirement_date():
    holder = person(1, eselon="II.b", jenis_jabatan="jpt", tanggal_lahir=date(1967, 5, 20))
    draft = succession(position(Tingkat.JPT_PRATAMA, "II.b", holder), [], ON)
    assert draft.holder_pensiun == date(2027, 6, 1)
    assert draft.candidates == ()
    assert succession(position(), [], ON).holder_pensiun is None


def test_warning_texts_follow_the_language():
    (c,) = candidates_for(position(), [(person(2, pendidikan="D3"), talent(2))], ON)
    assert c.catatan[0].text() == "pendidikan D3 di bawah S1/D4"
    i18n.set_language("en")
    assert c.catatan[0].text() == "education D3 below S1/D4"
    assert c.kesiapan.label == "Ready in 1–2 years"
    c2 = replace(c, catatan=())
    assert c2.alasan().startswith("box 9")


@pytest.mark.parametrize(
    ("unit", "title"),
    [
        ("Sekretariat Daerah", "Sekretaris Daerah"),
        ("Sekretariat Dinas Kesehatan", "Sekretaris Dinas Kesehatan"),
        ("Kecamatan Ujan Mas", "Camat Ujan Mas"),
        ("Kelurahan Pensiunan", "Lurah Pensiunan"),
        ("Inspektorat Daerah", "Inspektur Daerah"),
        ("Dinas Kesehatan", "Kepala Dinas Kesehatan"),
    ],
)
def test_the_heads_title_when_the_unit_does_not_name_it(unit, title):
    assert head_title(unit) == title
