"""Join PDFs that this app's reportlab layout wrote into one file, at a few microseconds a page.

A batch lays out its forms in several processes, each writing one PDF of consecutive forms;
this joins them in order. General PDF libraries parse every object into Python values and take
about 2 ms a page (4 s for a 2,000-page batch); here only the object dictionaries are touched:
objects are found through the classic xref table reportlab writes, renumbered, and the page
trees are replaced by one. Streams (ASCII85, as reportlab writes them) are copied untouched.
Font subset tags are made unique per part, so no viewer or printer mixes up two subsets.
Only our own output is accepted: anything else raises ``ValueError``.
"""

from __future__ import annotations

import hashlib
import re
from itertools import pairwise

_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_XREF_HEAD = re.compile(rb"xref\s+0 (\d+)\s+")
_REF = re.compile(rb"(\d+) 0 R")
_ROOT = re.compile(rb"/Root (\d+) 0 R")
_INFO = re.compile(rb"/Info (\d+) 0 R")
_PAGES = re.compile(rb"/Pages (\d+) 0 R")
_KIDS = re.compile(rb"/Kids \[([^\]]*)\]")
_SUBSET = re.compile(rb"/([A-Z]{6})\+")
HEADER = b"%PDF-1.4\n%\x93\x8c\x8b\x9e ReportLab Generated PDF document (Kinerja Luring)\n"


class _Part:
    """One PDF split into numbered objects: (dictionary part, stream part)."""

    def __init__(self, pdf: bytes) -> None:
        tail = _STARTXREF.search(pdf[-64:])
        if tail is None:
            raise ValueError("not a reportlab PDF: no startxref")
        xref_at = int(tail.group(1))
        head = _XREF_HEAD.match(pdf, xref_at)
        if head is None:
            raise ValueError("not a reportlab PDF: no classic xref table")
        count = int(head.group(1))
        table = pdf[head.end() : head.end() + 20 * count]
        offsets = {n: int(table[20 * n : 20 * n + 10]) for n in range(1, count)}
        ends = [*sorted(offsets.values()), xref_at]
        following = dict(pairwise(ends))
        self.objects: dict[int, tuple[bytes, bytes]] = {}
        for number, start in offsets.items():
            body = pdf[start : following[start]]
            body = body[body.index(b" obj") + 4 : body.rindex(b"endobj")].strip(b"\r\n")
            split = body.find(b"stream\n")
            if split < 0:
                split = body.find(b"stream\r\n")
            if split >= 0:
                self.objects[number] = (body[:split], body[split:])
            else:
                self.objects[number] = (body, b"")
        after = head.end() + 20 * count
        trailer = pdf[after : after + 4096]
        self.root = int(_ROOT.search(trailer).group(1))  # type: ignore[union-attr]
        info = _INFO.search(trailer)
        self.info = int(info.group(1)) if info else None
        self.pages_root = int(_PAGES.search(self.objects[self.root][0]).group(1))  # type: ignore[union-attr]
        kids = _KIDS.search(self.objects[self.pages_root][0])
        if kids is None or b"/Type /Pages" in b"".join(
            self.objects[int(k)][0] for k in _REF.findall(kids.group(1))
        ):
            raise ValueError("nested page trees are not supported")
        self.pages = [int(k) for k in _REF.findall(kids.group(1))]


def _tag(index: int) -> bytes:
    """Three letters naming a part (AAA, AAB, …) for its font subset tags."""
    letters = []
    for _ in range(3):
        index, rest = divmod(index, 26)
        letters.append(chr(65 + rest))
    return "".join(reversed(letters)).encode()


def concat(pdfs: list[bytes]) -> bytes:
    """One PDF with the pages of ``pdfs`` in order (deterministic for the same input)."""
    if len(pdfs) == 1:
        return pdfs[0]
    parts = [_Part(pdf) for pdf in pdfs]
    out: dict[int, tuple[bytes, bytes]] = {}
    catalog, pages_root, info = 1, 2, 3
    next_number = 4
    kids: list[int] = []
    first_catalog = b""
    for index, part in enumerate(parts):
        mapping: dict[int, int] = {part.root: catalog, part.pages_root: pages_root}
        if part.info is not None:
            mapping[part.info] = info
        for number in sorted(part.objects):
            if number not in mapping:
                mapping[number] = next_number
                next_number += 1
        tag = _tag(index)

        def renumber(match: re.Match, mapping: dict[int, int] = mapping) -> bytes:
            return b"%d 0 R" % mapping[int(match.group(1))]

        def subset(match: re.Match[bytes], tag: bytes = tag) -> bytes:
            return b"/" + tag + match.group(1)[3:] + b"+"

        for number, (dictionary, stream) in part.objects.items():
            target = mapping[number]
            if target == pages_root or (target in (catalog, info) and index):
                continue  # one catalog, one page tree and one Info for the whole file
            text = _REF.sub(renumber, dictionary)
            text = _SUBSET.sub(subset, text)
            if target == catalog:
                first_catalog = text
                continue
            out[target] = (text, stream)
        kids += [mapping[p] for p in part.pages]
    out[catalog] = (first_catalog, b"")
    kid_refs = b" ".join(b"%d 0 R" % k for k in kids)
    out[pages_root] = (
        b"<<\n/Count %d /Kids [ %s ] /Type /Pages\n>>" % (len(kids), kid_refs),
        b"",
    )
    if info not in out:
        out[info] = (b"<<\n/Producer (Kinerja Luring)\n>>", b"")
    return _write(out)


def _write(objects: dict[int, tuple[bytes, bytes]]) -> bytes:
    chunks = [HEADER]
    offsets: list[int] = []
    position = len(HEADER)
    for number in range(1, len(objects) + 1):
        dictionary, stream = objects[number]
        body = b"%d 0 obj\n%s\n%s%sendobj\n" % (
            number,
            dictionary,
            stream,
            b"\n" if stream and not stream.endswith(b"\n") else b"",
        )
        offsets.append(position)
        chunks.append(body)
        position += len(body)
    digest = hashlib.md5(b"".join(chunks), usedforsecurity=False).hexdigest().encode()
    xref = [b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)]
    xref += [b"%010d 00000 n \n" % off for off in offsets]
    trailer = b"trailer\n<<\n/ID [<%s><%s>] /Info 3 0 R /Root 1 0 R /Size %d\n>>\n" % (
        digest,
        digest,
        len(objects) + 1,
    )
    trailer += b"startxref\n%d\n%%%%EOF\n" % position
    return b"".join(chunks) + b"".join(xref) + trailer
