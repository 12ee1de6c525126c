"""Rules that screens and commands share live once: the appraiser chain (``store.penilai``, also
for a batch of forms), which offices an import asks about (``sync.trust.first_contacts``), what
an employee's form is and what is said when it is missing (``reports.data``), and the
fingerprint a screen shows (``sync.keys.own_fingerprint``)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.reports import data
from desktop.store import penilai as penilai_store
from desktop.store import staff as staff_store
from desktop.sync import TrustPolicy, export_package, import_packages, sync_status
from desktop.sync.keyfile import export_key_file, import_key_file
from desktop.sync.keys import own_fingerprint
from desktop.sync.reader import peek_manifest
from desktop.sync.trust import first_contacts
from tests.unit.report_office import YEAR, build_report_office
from tests.unit.sync_support import centre_db, demo_office, introduce


@pytest.fixture
def office(fresh_db):
    return fresh_db, build_report_office(fresh_db)


def test_a_batch_prints_the_appraisers_the_store_snapshots(office):
    db, o = office
    loader = data.Loader(db)
    for person in [o.kaban, o.kabid, *o.staff]:
        skp = data.staff_skp(db, person.id, YEAR) if person.id in o.skp else None
        if skp is None:
            continue
        chain = penilai_store.appraisers(db, person.id, skp.penilai_id, skp.penilai_luar_id)
        expected = tuple(data._identity(penilai_store.pejabat_of(db, a)) for a in chain)
        assert loader.appraisers(skp) == expected, person.nama


def test_an_employee_without_skp_gets_the_same_words_on_screen_and_command_line(office):
    db, o = office
    lone = next(p for p in o.staff if p.id not in o.skp) if len(o.skp) < len(o.staff) else None
    if lone is None:  # everyone has one: take a year nobody planned
        lone, tahun = o.staff[0], YEAR + 5
    else:
        tahun = YEAR
    with pytest.raises(data.ReportError) as by_screen:
        data.person_form(db, "skp", lone.id, tahun, "TW1")
    with pytest.raises(data.ReportError) as by_command:
        data.skp_of(db, lone.nip, tahun)
    assert by_screen.value.message() == by_command.value.message()
    assert staff_store.get_staff(db, lone.id).nama in by_screen.value.message()


def test_an_employee_form_is_the_one_the_command_line_prints(office):
    db, o = office
    person = next(p for p in o.staff if p.id in o.evaluasi)
    by_screen = data.person_form(db, "evaluasi", person.id, YEAR, "TW1")
    ev = data.evaluasi_of(db, person.nip, YEAR, "TW1")
    assert by_screen == data.load_form(db, "evaluasi", ev.id, YEAR, ev.periode)


def test_a_screen_shows_the_fingerprint_without_holding_the_key(fresh_db, tmp_path):
    assert own_fingerprint(fresh_db) is None  # reading makes no key
    assert fresh_db["sync_key"].count == 0
    centre = centre_db(tmp_path / "pusat.sqlite", fresh=True)
    try:
        _path, key = export_key_file(centre, tmp_path)
        assert own_fingerprint(centre) == key.fingerprint
    finally:
        centre.close()
    office = demo_office(tmp_path / "kantor.sqlite", staff=20)
    try:
        export_package(office, tmp_path)
        assert own_fingerprint(office) == sync_status(office).fingerprint
    finally:
        office.close()


def test_the_import_asks_about_exactly_the_offices_the_screen_lists(tmp_path):
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    centre = centre_db(tmp_path / "pusat.sqlite")
    known = demo_office(tmp_path / "kenal.sqlite", staff=20)
    stranger = demo_office(tmp_path / "asing.sqlite", seed=23, staff=20)
    try:
        for office in (known, stranger):
            introduce(office, centre, stick)
        key, _ = export_key_file(known, stick / "kenal.kinerja-kunci")
        import_key_file(centre, key)
        files = [export_package(known, stick).path, export_package(stranger, stick).path]
        copy = stick / "salinan.kinerja"  # the same office's package twice: asked once
        shutil.copy(files[1], copy)
        files.append(copy)
        listed = first_contacts(centre, [(f, peek_manifest(f)) for f in files])
        assert [o.fingerprint for o in listed] == [peek_manifest(files[1]).office.fingerprint]
        asked: list[str] = []
        policy = TrustPolicy(confirm=lambda o: asked.append(o.fingerprint) or False)
        report = import_packages(centre, files, trust=policy)
        assert asked == [o.fingerprint for o in listed]
        assert [o.code for o in report.outcomes if o.file != files[0].name] == [
            "unknown_office",
            "unknown_office",
        ]
    finally:
        for db in (known, stranger, centre):
            db.close()


def test_a_damaged_package_is_not_asked_about(tmp_path: Path):
    centre = centre_db(tmp_path / "pusat.sqlite")
    stranger = demo_office(tmp_path / "asing.sqlite", seed=24, staff=20)
    try:
        package = export_package(stranger, tmp_path).path
        manifest = peek_manifest(package)
        broken = tmp_path / "rusak.kinerja"
        broken.write_bytes(package.read_bytes()[:-200])  # cut short: does not verify
        assert first_contacts(centre, [(broken, manifest)]) == []
        assert [
            o.file for o in first_contacts(centre, [(broken, manifest), (package, manifest)])
        ] == [package.name]
    finally:
        stranger.close()
        centre.close()
