"""The pieces several imports and file writers share keep each caller's old wording."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from desktop.core.os_errors import describe_os_error, write_errors_as
from desktop.imports.plan import map_columns
from desktop.store.backup_archive import BackupError, check_format
from desktop.sync.errors import SyncError


def test_a_pulled_medium_is_named_only_where_a_stick_is_written() -> None:
    pulled = OSError(errno.EIO, "Input/output error")
    assert describe_os_error(pulled, medium=True) == "media tidak dapat diakses (dicabut?)"
    assert describe_os_error(pulled) == "Input/output error"
    assert describe_os_error(OSError(errno.ENOSPC, "x"), medium=True) == "ruang disk penuh"


def test_a_failed_write_becomes_the_callers_error(tmp_path: Path) -> None:
    with pytest.raises(SyncError) as caught, write_errors_as(SyncError, tmp_path, medium=True):
        raise OSError(errno.EROFS, "Read-only file system")
    assert "media hanya dapat dibaca" in caught.value.message()


def test_a_bad_version_is_refused_with_the_callers_code() -> None:
    header = {"format": "kinerja-cadangan", "format_version": 0}
    with pytest.raises(BackupError) as caught:
        check_format(header, "a.zip", "kinerja-cadangan", 1, bad_version="damaged")
    assert caught.value.code == "damaged"
    with pytest.raises(BackupError) as caught:
        check_format({**header, "format_version": 2}, "a.zip", "kinerja-cadangan", 1)
    assert caught.value.code == "newer_format"


def test_the_first_of_two_synonyms_wins_and_unknown_headers_are_listed() -> None:
    keys = {"NIP": "nip", "NIP Baru": "nip", "Nama": "nama"}
    columns, ignored, index = map_columns(["NIP", "Nama", "NIP Baru", "Lain", ""], keys.get)
    assert columns == {"NIP": "nip", "Nama": "nama"}
    assert ignored == ["NIP Baru", "Lain"]
    assert index == {"nip": 0, "nama": 1}
