"""The package format's building blocks: canonical lines, the fast line reader, the manifest
checks, fingerprints, encryption and the three-way merge rule."""

from __future__ import annotations

import json
from dataclasses import asdict

import pytest

from desktop.sync import keys
from desktop.sync.encryption import DecryptError, decrypter, encrypter
from desktop.sync.manifest import (
    FORMAT,
    Manifest,
    ManifestError,
    Member,
    OfficeInfo,
    canonical,
    parse_manifest,
    row_line,
)
from desktop.sync.merge import BadRow, parse_rows, three_way

TRICKY = [
    'Kepala "Seksi"',
    "back\\slash",
    "baris\nbaru\r\ttab",
    "\x01\x1f kontrol",
    "Ngabéhi Suryaningrat 🙂",
    "pemisah\u2028baris",
    "",
]


@pytest.mark.parametrize("text", TRICKY)
def test_a_row_line_is_the_canonical_json_of_the_row(text):
    data = {"a": text, "b": 7, "c": None, "d": -1}
    line = row_line("ab" * 16, 42, "2026-11-23T08:00:00.000Z", "cd" * 16, data)
    expected = {"data": data, "origin": "cd" * 16, "rev": 42,
                "updated_at": "2026-11-23T08:00:00.000Z", "uuid": "ab" * 16}  # fmt: skip
    assert line == canonical(expected)
    assert "\n" not in line


def test_the_fast_reader_agrees_with_json():
    lines = [
        row_line(f"{n:032x}", n, "2026-01-01T00:00:00.000Z", "ff" * 16, {"nama": t, "x": n})
        for n, t in enumerate(TRICKY)
    ]
    content = ("\n".join(lines) + "\n").encode()
    fast = parse_rows(content, len(lines))
    slow = []
    for line in lines:
        obj = json.loads(line)
        slow.append(
            (obj["uuid"], obj["rev"], obj["updated_at"], obj["origin"], canonical(obj["data"]))
        )
    assert fast == slow


def test_a_line_in_another_spelling_is_read_and_made_canonical():
    line = b'{ "uuid": "aa", "rev": 3, "updated_at": "t", "origin": "o", "data": {"b": 1, "a": 2} }'
    assert parse_rows(line + b"\n", 1) == [("aa", 3, "t", "o", '{"a":2,"b":1}')]


@pytest.mark.parametrize(
    "content",
    [b"not json\n", b'{"data":[1],"origin":"o","rev":1,"updated_at":"t","uuid":"u"}\n', b"\xff\n"],
)
def test_a_line_that_is_no_row_is_refused(content):
    with pytest.raises(BadRow):
        parse_rows(content, 1)


def test_a_member_with_a_different_row_count_is_refused():
    line = row_line("aa", 1, "t", "o", {"a": 1})
    with pytest.raises(BadRow):
        parse_rows((line + "\n").encode(), 2)


def _manifest(**changes) -> Manifest:
    office = OfficeInfo("a" * 32, "BKPSDM", "Pemkab", "Kepahiang", "", "")
    base = Manifest(FORMAT, 1, "0.1.0", "0005_sync", "b" * 32, office, 2, 1, False, 10, 20,
                    "2026-11-23T08:00:00.000Z", "operator", {"staff": 1},
                    [Member("data/staff.jsonl", "staff", 1, 10, "0" * 64)])  # fmt: skip
    data = asdict(base)
    data.update(changes)
    return data


@pytest.mark.parametrize(
    "changes",
    [{"sequence": 0}, {"base_sequence": 2}, {"since_rev": 30}, {"package_id": "x"},
     {"rows": {"staff": -1}}, {"rows": {"staff": 2}},
     {"members": [{"name": "../etc", "table": "staff", "rows": 1, "size": 0, "sha256": ""}]},
     {"members": [{"name": "data/x.jsonl", "table": "Staff;", "rows": 1, "size": 0,
                   "sha256": ""}]}],
)  # fmt: skip
def test_a_manifest_with_impossible_values_is_refused(changes):
    with pytest.raises(ManifestError):
        parse_manifest(canonical(_manifest(**changes)).encode())


def test_a_newer_manifest_says_which_version():
    with pytest.raises(ManifestError) as caught:
        parse_manifest(canonical(_manifest(format_version=3)).encode())
    assert caught.value.newer == 3
    assert parse_manifest(canonical(_manifest()).encode()).sequence == 2


def test_fingerprints_compare_however_they_are_typed():
    pair = keys.new_pair(keys.SIGN)
    fp = pair.fingerprint
    assert len(fp) == 39 and fp.count("-") == 7
    assert keys.normal_fingerprint(fp.lower().replace("-", " ")) == fp


def test_encryption_round_trip_and_binding():
    centre = keys.new_pair(keys.BOX)
    info, encrypt = encrypter("c" * 32, centre.public, "p" * 32)
    stored = encrypt("data/staff.jsonl", b"rahasia\n" * 100)
    assert b"rahasia" not in stored and info.recipient_key == keys.fingerprint(centre.public)
    decrypt = decrypter(centre, info, "p" * 32)
    assert decrypt("data/staff.jsonl", stored) == b"rahasia\n" * 100
    with pytest.raises(DecryptError):
        decrypt("data/unit.jsonl", stored)  # moved to another name
    with pytest.raises(DecryptError):
        decrypter(centre, info, "q" * 32)("data/staff.jsonl", stored)  # another package
    with pytest.raises(DecryptError):
        decrypter(keys.new_pair(keys.BOX), info, "p" * 32)("data/staff.jsonl", stored)


@pytest.mark.parametrize(
    ("base", "ours", "theirs", "merged", "clashes"),
    [
        ({"a": 1}, {"a": 1}, {"a": 2}, {"a": 2}, []),  # office changed
        ({"a": 1}, {"a": 5}, {"a": 1}, {"a": 5}, []),  # centre corrected, office did not
        ({"a": 1}, {"a": 5}, {"a": 5}, {"a": 5}, []),  # both to the same value
        ({"a": 1}, {"a": 5}, {"a": 7}, {"a": 7}, ["a"]),  # both, differently: office wins
        ({"a": 1, "b": 1}, {"a": 5, "b": 1}, {"a": 1, "b": 2}, {"a": 5, "b": 2}, []),
        ({"a": 1}, {"a": 1}, {"a": 1, "n": 3}, {"a": 1, "n": 3}, []),  # a new field
    ],
)
def test_the_three_way_rule(base, ours, theirs, merged, clashes):
    assert three_way(base, ours, theirs) == (merged, clashes)
