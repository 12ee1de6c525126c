"""Where the app runs and finds its files: the Windows version gate, the fast ``--version``,
a ``.kinerja`` package as the only argument, the remembered data folder, and the refusal to
open a database when the installation lost its migrations."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop import __version__, launcher, paths, platform_check
from desktop.core import i18n
from desktop.store import db as store_db


def test_windows_older_than_1809_is_refused_with_an_indonesian_message(capsys):
    assert platform_check.unsupported_windows(17134)  # Windows 10 1803
    assert not platform_check.unsupported_windows(17763)  # 1809
    assert not platform_check.unsupported_windows(None)  # not Windows
    with pytest.raises(SystemExit) as exit_info:
        platform_check.refuse_unsupported_windows(build=9600)  # Windows 8.1
    assert exit_info.value.code == 1
    err = capsys.readouterr().err
    assert "memerlukan Windows 10 versi 1809" in err and "9600" in err
    i18n.set_language("en")
    assert "needs Windows 10 version 1809" in platform_check.unsupported_message(9600)


def test_a_supported_windows_or_linux_passes_silently(capsys):
    platform_check.refuse_unsupported_windows(build=19045)
    assert capsys.readouterr().err == ""


def test_version_is_answered_without_loading_the_app():
    code = (
        "import sys; from desktop import launcher; sys.argv = ['kinerja', '--version']; "
        "launcher.main(); "
        "print(sorted(m for m in sys.modules if m.startswith(('sqlite_utils', 'click', "
        "'desktop.cli', 'PySide6'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out == [f"kinerja, version {__version__}", "[]"]


def test_the_fast_version_says_what_click_says():
    from click.testing import CliRunner

    from desktop.cli import cli

    result = CliRunner().invoke(cli, ["--version"], prog_name="kinerja")
    assert result.output.strip() == launcher.fast_answer(["--version"])


def test_a_package_as_the_only_argument_opens_the_central_import():
    package = r"C:\Users\kantor\Downloads\bkd-00012.KINERJA"
    assert launcher.rewrite([package]) == ["gui", "--import", package]
    assert launcher.rewrite(["--db", "x.sqlite"]) == ["--db", "x.sqlite"]
    assert launcher.rewrite(["sync", "import", "a.kinerja"]) == ["sync", "import", "a.kinerja"]


@pytest.fixture
def config_home(tmp_path, monkeypatch) -> Path:
    monkeypatch.setattr(paths, "config_dir", lambda: tmp_path / "config")
    monkeypatch.setattr(paths, "platform_data_dir", lambda: tmp_path / "platform")
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    return tmp_path


def test_the_data_folder_is_the_platforms_until_the_office_chooses_another(config_home):
    assert paths.user_data_dir() == config_home / "platform"
    chosen = paths.remember_data_dir(config_home / "D" / "KinerjaData")
    assert chosen.is_dir()
    assert paths.user_data_dir() == chosen  # remembered: read again on the next start
    assert paths.default_db_path() == chosen / "kinerja.sqlite"
    assert paths.remember_data_dir(None) == config_home / "platform"
    assert paths.user_data_dir() == config_home / "platform"


def test_the_office_chooses_the_data_folder_on_the_command_line(config_home):
    from click.testing import CliRunner

    from desktop.cli import cli

    chosen = config_home / "D" / "Kinerja"
    result = CliRunner().invoke(cli, ["folder-data", str(chosen)])
    assert result.exit_code == 0 and f"Folder data: {chosen}" in result.output
    assert paths.user_data_dir() == chosen and paths.default_db_path().parent == chosen
    blocked = config_home / "berkas"
    blocked.write_text("bukan folder")
    refused = CliRunner().invoke(cli, ["folder-data", str(blocked / "sub")])
    assert refused.exit_code == 1 and "Tidak ada yang diubah" in refused.output
    assert paths.user_data_dir() == chosen
    reset = CliRunner().invoke(cli, ["folder-data", "--reset"])
    assert reset.exit_code == 0 and paths.user_data_dir() == config_home / "platform"


def test_the_environment_overrides_the_data_folder_for_one_run(config_home, monkeypatch):
    paths.remember_data_dir(config_home / "chosen")
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(config_home / "once"))
    assert paths.user_data_dir() == config_home / "once"


def test_the_portable_zip_keeps_its_data_beside_the_program(config_home, monkeypatch):
    program = config_home / "USB" / "KinerjaLuring"
    program.mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program / "kinerja.exe"))
    assert paths.user_data_dir() == config_home / "platform"  # installed: no marker
    (program / paths.PORTABLE_MARKER).write_text("portable")
    assert paths.user_data_dir() == program / "data"


def test_no_migrations_means_no_database_file(tmp_path, monkeypatch):
    empty = tmp_path / "kosong"
    empty.mkdir()
    monkeypatch.setattr(paths, "migrations_dir", lambda: empty)
    target = tmp_path / "folder-baru" / "kantor.sqlite"
    with pytest.raises(store_db.InstallError) as refused:
        store_db.open_db(target)
    assert "Instalasi Kinerja Luring tidak lengkap" in refused.value.message()
    assert str(empty) in refused.value.message()
    assert not target.exists() and not target.parent.exists()


def test_the_source_tree_is_used_when_nothing_was_installed():
    assert (paths.project_root() / "db" / "migrations").is_dir()
    assert paths.fonts_dir().is_dir() and paths.translations_dir().is_dir()
