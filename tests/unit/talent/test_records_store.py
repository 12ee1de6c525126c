"""The talent inputs saved with the staff record: round trip, a save that changes nothing
writes nothing, bad input changes nothing, and who reads the riwayat hukuman."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.access import AccessError
from desktop.core.errors import ValidationError
from desktop.core.models import (
    Asesmen,
    JenisJabatan,
    RiwayatDiklat,
    RiwayatHukuman,
    RiwayatPak,
    StaffHistory,
    StatusPegawai,
    Unit,
    UnitJenis,
)
from desktop.core.workflow import Role
from desktop.store import history as history_store
from desktop.store import person_data
from desktop.store import staff as staff_store
from desktop.store import units as unit_store
from desktop.store.session import Session, acting
from desktop.sync.schema_rules import build_rules
from desktop.sync.tables import BY_NAME
from tests.conftest import make_staff
from tests.unit.talent.office_support import write_fingerprint


def _history() -> StaffHistory:
    return StaffHistory(
        diklat=[
            RiwayatDiklat(
                "Bimtek SIASN",
                "BKN",
                date(2025, 2, 1),
                date(2025, 2, 3),
                24,
                jenis="bimtek",
                nomor_sertifikat="BKN/2025/17",
            )
        ],
        hukuman=[
            RiwayatHukuman(
                "teguran tertulis",
                "disiplin",
                "ringan",
                "800/12/BKPSDM",
                date(2025, 5, 2),
                date(2025, 5, 2),
            )
        ],
        asesmen=[
            Asesmen(date(2025, 3, 1), 82.5, "UPT Penilaian Kompetensi", "assessment center"),
            Asesmen(date(2023, 3, 1), 75.0, "BKN", "CAT"),
        ],
        pak=[RiwayatPak(date(2024, 1, 2), "800/PAK/3", "ahli_pertama", "III/a", 45.5)],
    )


@pytest.fixture
def office(fresh_db):
    db = fresh_db
    root = unit_store.save_unit(db, Unit("1", "Pemerintah Kabupaten", UnitJenis.INSTANSI))
    opd_a = unit_store.save_unit(db, Unit("1.01", "Dinas A", UnitJenis.OPD, root.id))
    opd_b = unit_store.save_unit(db, Unit("1.02", "Dinas B", UnitJenis.OPD, root.id))
    kepala = staff_store.save_staff(
        db,
        make_staff(
            nip="197502022001031002",
            nama="Kepala A",
            tanggal_lahir=date(1975, 2, 2),
            tmt_cpns=date(2001, 3, 1),
            unit_id=opd_a.id,
            jenis_jabatan=JenisJabatan.ADMINISTRATOR,
        ),
    )
    opd_a.kepala_id = kepala.id
    unit_store.save_unit(db, opd_a)
    person = staff_store.save_staff(
        db, make_staff(unit_id=opd_a.id, jenis_jabatan=JenisJabatan.FUNGSIONAL), _history()
    )
    return {"db": db, "person": person.id, "kepala": kepala.id, "a": opd_a.id, "b": opd_b.id}


def test_the_talent_lists_round_trip_with_the_record(office):
    _staff, history = staff_store.load_record(office["db"], office["person"])
    assert [(h.jenis, h.tingkat) for h in history.hukuman] == [("teguran tertulis", "ringan")]
    assert [(a.tanggal, a.jpm) for a in history.asesmen] == [
        (date(2023, 3, 1), 75.0),
        (date(2025, 3, 1), 82.5),
    ]  # date order
    assert history.pak[0].ak_kumulatif == 45.5 and history.pak[0].jenjang == "ahli_pertama"
    assert (history.diklat[0].jenis, history.diklat[0].nomor_sertifikat) == (
        "bimtek",
        "BKN/2025/17",
    )


def test_saving_an_unchanged_record_writes_nothing(office):
    db = office["db"]
    staff, history = staff_store.load_record(db, office["person"])
    before = write_fingerprint(db)
    staff_store.save_staff(db, staff, history)
    assert write_fingerprint(db) == before


def test_an_edited_assessment_keeps_its_uuid_and_a_removed_one_leaves_a_tombstone(office):
    db = office["db"]
    staff, history = staff_store.load_record(db, office["person"])
    kept, dropped = history.asesmen[1], history.asesmen[0]
    kept.jpm = 91.0
    history.asesmen = [kept]
    staff_store.save_staff(db, staff, history)
    rows = db.execute("SELECT uuid, jpm FROM asesmen").fetchall()
    assert rows == [(kept.uuid, 91.0)]
    tomb = "SELECT count(*) FROM tombstone WHERE table_name = 'asesmen' AND uuid = ?"
    assert db.execute(tomb, [dropped.uuid]).fetchone()[0] == 1


@pytest.mark.parametrize(
    "breaks",
    [
        lambda h: setattr(h.asesmen[0], "jpm", 101.0),
        lambda h: setattr(h.hukuman[0], "tingkat", ""),
        lambda h: setattr(h.pak[0], "ak_kumulatif", -3.0),
        lambda h: h.asesmen.append(Asesmen(h.asesmen[0].tanggal, 70.0)),
    ],
    ids=["jpm-101", "disiplin-without-tingkat", "negative-ak", "two-on-one-day"],
)
def test_bad_input_is_refused_with_a_reason_and_changes_nothing(office, breaks):
    db = office["db"]
    staff, history = staff_store.load_record(db, office["person"])
    staff.jabatan = "Analis SDM Aparatur Ahli Muda"  # the record's own change is refused too
    breaks(history)
    before = write_fingerprint(db)
    with pytest.raises(ValidationError) as refused:
        staff_store.save_staff(db, staff, history)
    assert ", baris " in refused.value.message()
    assert write_fingerprint(db) == before
    assert staff_store.get_staff(db, office["person"]).jabatan != staff.jabatan


def _session(office, role: Role) -> Session:
    return {
        Role.OPERATOR: Session(Role.OPERATOR, 2, "op", unit_ids=frozenset({office["a"]})),
        Role.PENILAI: Session(Role.PENILAI, 3, "penilai", staff_id=office["kepala"]),
        Role.PIMPINAN: Session(Role.PIMPINAN, 5, "pimpinan"),
        Role.PEGAWAI: Session(Role.PEGAWAI, 6, "pegawai", staff_id=office["person"]),
    }[role]


@pytest.mark.parametrize(
    ("role", "reads"),
    [(Role.OPERATOR, True), (Role.PEGAWAI, True), (Role.PENILAI, False), (Role.PIMPINAN, False)],
)
def test_who_reads_the_riwayat_hukuman(office, role, reads):
    """Admin and the operator of the OPD, and the person themself; not the appraiser nor the
    pimpinan (they see the talent lists' verdict, not the SK)."""
    with acting(_session(office, role)):
        _staff, history = staff_store.load_record(office["db"], office["person"])
    assert bool(history.hukuman) is reads
    assert len(history.asesmen) == 2  # the other lists are not sensitive


def test_an_operator_of_another_opd_reads_nothing_of_the_person(office):
    other = Session(Role.OPERATOR, 2, "op", unit_ids=frozenset({office["b"]}))
    with acting(other), pytest.raises(AccessError):
        staff_store.load_record(office["db"], office["person"])
    with acting(other):
        assert not history_store.readable(office["db"], "hukuman", office["person"])


def test_a_session_that_may_not_read_sanctions_never_erases_them(office):
    db = office["db"]
    with acting(_session(office, Role.PIMPINAN)), db.atomic():
        history_store.save_history(db, office["person"], StaffHistory())  # hukuman looks empty
    assert db.execute("SELECT count(*) FROM riwayat_hukuman").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM asesmen").fetchone()[0] == 0


def test_the_personal_data_report_lists_the_talent_inputs(office):
    staff = staff_store.get_staff(office["db"], office["person"])
    staff.status, staff.kontrak_selesai = StatusPegawai.PPPK, date(2027, 6, 30)
    staff_store.save_staff(office["db"], staff)
    sections = {s.code: s for s in person_data.held_about(office["db"], office["person"])}
    assert sections["riwayat_hukuman"].rows[0][:3] == ("disiplin", "ringan", "teguran tertulis")
    assert len(sections["asesmen"].rows) == 2 and sections["riwayat_pak"].rows[0][4] == 45.5
    diklat = dict(
        zip(sections["riwayat_diklat"].columns, sections["riwayat_diklat"].rows[0], strict=True)
    )
    assert diklat["jenis"] == "Bimbingan teknis" and diklat["nomor_sertifikat"] == "BKN/2025/17"
    record = dict(zip(sections["staff"].columns, sections["staff"].rows[0], strict=True))
    assert record["kontrak_selesai"] == "2027-06-30"


def test_the_new_tables_and_fields_are_synced_and_checked(office):
    rules = build_rules(office["db"])
    for table in ("riwayat_hukuman", "asesmen", "riwayat_pak"):
        assert table in rules and "staff_uuid" in BY_NAME[table].fields
    assert {"jenis", "nomor_sertifikat"} <= set(BY_NAME["riwayat_diklat"].fields)
    assert "kontrak_selesai" in BY_NAME["staff"].fields and "kritikal" in BY_NAME["unit"].fields
    assert "keterangan" not in BY_NAME["riwayat_hukuman"].fields  # free text stays at the office


def test_the_kinds_of_competence_development_are_seeded(office):
    rows = (
        office["db"]
        .execute("SELECT bentuk, count(*) FROM ref_jenis_pengembangan GROUP BY bentuk")
        .fetchall()
    )
    counts = dict(rows)
    assert counts["klasikal"] >= 10 and counts["nonklasikal"] >= 10
