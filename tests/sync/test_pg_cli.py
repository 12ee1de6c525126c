"""``kinerja --db postgresql://… sync …`` (issue 16): a PostgreSQL centre made, given an
office's key file, importing, listing, revoking; an office command given a URL is refused
with a message, and a server that cannot be reached is a message too, never a traceback."""

from __future__ import annotations

import json
import os
from pathlib import Path

from click.testing import CliRunner

from desktop.cli import cli
from desktop.sync import export_key_file, export_package
from tests.sync.conftest import PG_ENV, PgServer, in_ci
from tests.unit.sync_support import demo_office


def run(*args: object):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def test_a_postgresql_centre_on_the_command_line(pg_server: PgServer, tmp_path: Path):
    url = pg_server.new_database()
    stick = tmp_path / "fd"
    stick.mkdir()
    not_yet = run("--db", url, "sync", "offices")
    assert not_yet.exit_code == 1 and "sync role central" in not_yet.stderr
    made = run("--db", url, "sync", "role", "central", "--nama", "BKN Kanreg VII")
    assert made.exit_code == 0 and "central" in made.output, made.output
    assert run("--db", url, "sync", "keys", "export", stick).exit_code == 0
    [centre_key] = stick.glob("*.kinerja-kunci")

    office = demo_office(tmp_path / "kantor.sqlite", staff=30)
    try:
        from desktop.sync import import_key_file

        import_key_file(office, centre_key)
        office_key, _ = export_key_file(office, tmp_path / "kantor.kinerja-kunci")
        package = export_package(office, stick)
    finally:
        office.close()
    registered = run("--db", url, "sync", "keys", "import", office_key)
    assert registered.exit_code == 0, registered.output

    imported = run("--db", url, "sync", "import", package.path, "--json")
    assert imported.exit_code == 0, imported.output
    report = json.loads(imported.output)
    assert report["ok"] and report["outcomes"][0]["counts"]["new"] == package.total_rows
    assert "postgresql://" in report["database"]
    again = run("--db", url, "sync", "import", package.path)
    assert again.exit_code == 1 and "sudah diimpor" in again.stderr

    listed = json.loads(run("--db", url, "sync", "offices", "--json").output)
    assert [o["applied_sequence"] for o in listed] == [1]
    status = run("--db", url, "sync", "status")
    assert status.exit_code == 0 and "central" in status.output
    revoked = run("--db", url, "sync", "revoke", listed[0]["office_uuid"], "--reason", "hilang")
    assert revoked.exit_code == 0 and "dicabut" in revoked.output


def test_office_commands_refuse_a_postgresql_url(pg_server: PgServer):
    url = pg_server.new_database()
    for args in (["staff", "list"], ["sync", "export", "-o", "."], ["backup", "list"]):
        result = run("--db", url, *args)
        assert result.exit_code == 1, args
        assert "PostgreSQL hanya untuk pusat" in result.stderr, args
    english = run("--db", url, "--lang", "en", "staff", "list")
    assert "PostgreSQL is for the centre only" in english.stderr


def test_an_unreachable_server_is_a_message():
    result = run("--db", "postgresql://nobody@/nodb?host=/nonexistent-kinerja", "sync", "offices")
    assert result.exit_code == 1 and "tidak dapat dihubungi" in result.stderr


def test_ci_runs_the_postgresql_tests():
    """In CI the PostgreSQL cases must never be skipped: ``scripts/test.sh`` starts a server
    and sets the URL."""
    if in_ci():
        assert os.environ.get(PG_ENV, "").startswith("postgresql://")


def test_a_server_gone_mid_command_is_a_message(capsys):
    """Whatever command was running when the server went away ends with exit 1 and words,
    not a traceback (its transaction went with the connection: nothing was changed)."""
    import psycopg
    import pytest

    from desktop.cli.common import rejecting

    with pytest.raises(SystemExit) as ended, rejecting():
        raise psycopg.OperationalError("server closed the connection unexpectedly")
    assert ended.value.code == 1
    said = capsys.readouterr().err
    assert "terputus" in said and "server closed the connection" in said
    with pytest.raises(psycopg.ProgrammingError), rejecting():  # a bug stays a bug
        raise psycopg.ProgrammingError("syntax error")
