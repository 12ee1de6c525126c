"""A PostgreSQL centre made by an earlier version is brought up to date when it is next
opened (issue 16): its keys compare byte by byte afterwards, and what it held is still there,
views included."""

from __future__ import annotations

from pathlib import Path

from desktop.sync import Role, export_package, import_packages, set_role
from desktop.sync.copies import office_copy
from desktop.sync.keyfile import export_key_file, import_key_file
from desktop.sync.pg import connect
from desktop.sync.pg_schema import SCHEMA_VERSION, VIEW_NAMES
from tests.sync.conftest import PgServer
from tests.unit.sync_support import TRUST_ALL, demo_office, introduce, office_data, office_uuid

_COLLATIONS = (
    "SELECT column_name, coalesce(collation_name, '') FROM information_schema.columns "
    "WHERE table_name = 'central_row' AND column_name IN ('table_name', 'uuid', 'office_uuid') "
    "ORDER BY column_name"
)


def _as_version_1(url: str) -> None:
    """What version 1 made: the keys in the database's own collation."""
    db = connect(url)
    with db.atomic():
        db.raw.execute(f"DROP VIEW {', '.join(VIEW_NAMES)}")
        for column in ("table_name", "uuid", "office_uuid"):
            db.raw.execute(
                f'ALTER TABLE central_row ALTER COLUMN {column} TYPE text COLLATE "default"'
            )
        db.raw.execute("UPDATE kinerja_schema SET version = 1")
    db.close()


def test_a_version_1_centre_is_upgraded_when_opened_and_keeps_its_rows(
    pg_server: PgServer, tmp_path: Path
):
    url = pg_server.new_database()
    centre = connect(url, create=True)
    set_role(centre, Role.CENTRAL)
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    office = demo_office(tmp_path / "kantor.sqlite", staff=20)
    try:
        introduce(office, centre, stick)
        key, _ = export_key_file(office, stick / "kantor.kinerja-kunci")
        import_key_file(centre, key)
        package = export_package(office, stick)
        assert import_packages(centre, [package.path], trust=TRUST_ALL).ok
        centre.close()
        _as_version_1(url)

        reopened = connect(url)
        try:
            version = reopened.raw.execute("SELECT version FROM kinerja_schema").fetchall()
            assert version == [(SCHEMA_VERSION,)]
            assert reopened.raw.execute(_COLLATIONS).fetchall() == [
                ("office_uuid", "C"), ("table_name", "C"), ("uuid", "C"),
            ]  # fmt: skip
            assert office_copy(reopened, office_uuid(office)) == office_data(office)
            staff = office.execute("SELECT count(*) FROM staff").fetchone()[0]
            assert reopened.execute("SELECT count(*) FROM central_staff_v").fetchone()[0] == staff
        finally:
            reopened.close()
    finally:
        office.close()


def test_a_new_centre_is_made_at_the_current_version(pg_server: PgServer):
    url = pg_server.new_database()
    db = connect(url, create=True)
    try:
        assert db.raw.execute("SELECT version FROM kinerja_schema").fetchall() == [
            (SCHEMA_VERSION,)
        ]
        assert {name for _, name in db.raw.execute(_COLLATIONS).fetchall()} == {"C"}
    finally:
        db.close()


def test_a_user_who_may_only_read_and_write_still_opens_an_older_centre(
    pg_server: PgServer, tmp_path: Path
):
    """The upgrade needs the owner's rights; a user without them works on the older schema
    (slower keys, same rows) instead of being refused."""
    import uuid

    from psycopg.conninfo import make_conninfo

    url = pg_server.new_database()
    role = "kinerja_rw_" + uuid.uuid4().hex[:8]
    owner = connect(url, create=True)
    owner.raw.execute(f"CREATE ROLE {role} LOGIN")
    rights = "SELECT, INSERT, UPDATE, DELETE"
    owner.raw.execute(f"GRANT {rights} ON ALL TABLES IN SCHEMA public TO {role}")
    owner.raw.execute(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {role}")
    _as_version_1(url)
    try:
        limited = connect(make_conninfo(url, user=role))
        try:
            assert limited.raw.execute("SELECT version FROM kinerja_schema").fetchall() == [(1,)]
            assert limited.execute("SELECT count(*) FROM central_row").fetchone()[0] == 0
        finally:
            limited.close()
    finally:
        owner.raw.execute(f"DROP OWNED BY {role}")
        owner.raw.execute(f"DROP ROLE {role}")
        owner.close()
