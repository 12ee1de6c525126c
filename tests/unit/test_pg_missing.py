"""An office install (and the office bundle) has no psycopg: a PostgreSQL URL is refused with
what to install, never an ImportError."""

from __future__ import annotations

import sys

from click.testing import CliRunner

from desktop.cli import cli


def test_a_postgresql_centre_without_psycopg_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "psycopg", None)  # "import psycopg" now fails
    result = CliRunner().invoke(
        cli, ["--db", "postgresql://pusat@localhost/kinerja", "sync", "offices"]
    )
    assert result.exit_code == 1
    assert "psycopg" in result.stderr and "kinerja-luring[central]" in result.stderr
    assert "Traceback" not in result.output
