"""A smaller ICU data library for the Linux bundle (issue 15: the folder must stay ≤ 120 MB).

PySide6's Linux wheels ship ICU's full data (``libicudata.so.73``, 32 MB: every locale's names,
collation, calendars, break-iteration dictionaries, transliterators and CJK converters). Qt
uses ICU here for case mapping, normalisation, time zones, collation and legacy codecs; the
app speaks Indonesian and English only and reads its files through Python. This module takes
the data package out of the library, removes with ICU's own ``icupkg`` the locale bundles other
than root/en/id, the break-iteration and transliteration trees (Qt has its own text
boundaries) and the multi-byte converters, and links the rest back into a library of the same
soname and symbol with ``genccode`` and ``gcc``. Without those tools (``icu-devtools``, gcc)
the full library is kept and a warning printed: the bundle still works, only larger.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

KEEP_LOCALES = {"root", "en", "id", "in"}  # "in": ICU's old code for Indonesian
DROP_TREES = ("brkitr/", "translit/")
BIG_CONVERTER = 20_000  # bytes: single-byte tables are 1–4 KB, CJK multi-byte ones 50–500 KB
_LOCALE = re.compile(r"^([a-z]{2,3})(_.*)?$")
_MISSING = re.compile(r"^Item (\S+) depends on missing item", re.MULTILINE)


def _tool(name: str) -> str | None:
    """``icupkg`` and ``genccode`` live in /usr/sbin on Debian, not always on a user's PATH."""
    return shutil.which(name) or shutil.which(name, path="/usr/sbin:/usr/bin:/sbin:/bin")


def _run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([_tool(args[0]) or args[0], *args[1:]], cwd=cwd, capture_output=True,
                          text=True)  # fmt: skip


def _data_bytes(library: Path) -> tuple[str, bytes]:
    """The entry name (``icudt73``) and the raw data package inside ``library``."""
    symbols = _run("readelf", "-sW", str(library)).stdout
    match = re.search(r":\s+([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT.*\s(icudt\d+)_dat$",
                      symbols, re.MULTILINE)  # fmt: skip
    if not match:
        raise RuntimeError(f"no icudtNN_dat symbol in {library}")
    address, size, entry = int(match[1], 16), int(match[2], 0), match[3]
    sections = _run("readelf", "-SW", str(library)).stdout
    for line in sections.splitlines():
        fields = line.replace("[ ", "[").split()
        if len(fields) > 5 and fields[1] == ".rodata":
            section_address, offset = int(fields[3], 16), int(fields[4], 16)
            start = offset + address - section_address
            return entry, library.read_bytes()[start : start + size]
    raise RuntimeError(f"no .rodata section in {library}")


def _to_drop(items: list[str], sizes: dict[str, int]) -> set[str]:
    drop = set()
    for item in items:
        name = item.rsplit("/", 1)[-1]
        stem, _, ext = name.rpartition(".")
        match = _LOCALE.match(stem)
        other_locale = bool(match) and match[1] not in KEEP_LOCALES and match[1] != "res"
        big_converter = ext == "cnv" and sizes.get(item, 0) > BIG_CONVERTER
        if (ext == "res" and other_locale) or item.startswith(DROP_TREES) or big_converter:
            drop.add(item)
    return drop


def slim(library: Path, work: Path) -> Path:
    """A slimmed copy of ``library`` in ``work`` (or ``library`` itself when tools are missing)."""
    tools = [_tool(t) for t in ("icupkg", "genccode", "gcc", "readelf")]
    if not all(tools):
        print("slim_icu: icupkg/genccode/gcc/readelf missing: keeping the full ICU data "
              "(apt-get install icu-devtools gcc binutils)", file=sys.stderr)  # fmt: skip
        return library
    if work.exists():
        shutil.rmtree(work)
    (work / "items").mkdir(parents=True)
    entry, data = _data_bytes(library)
    package = work / f"{entry}l.dat"
    package.write_bytes(data)
    items = _run("icupkg", "-l", str(package)).stdout.split()
    _run("icupkg", "-x", "*", "-d", str(work / "items"), str(package))
    sizes = {i: (work / "items" / i).stat().st_size for i in items if (work / "items" / i).exists()}
    drop = _to_drop(items, sizes)
    out = work / "out"
    for _ in range(8):  # an item that needs a dropped one goes too
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir()
        (work / "drop.txt").write_text("\n".join(sorted(drop)) + "\n")
        result = _run("icupkg", "-r", str(work / "drop.txt"), str(package), str(out / package.name))
        needing = set(_MISSING.findall(result.stderr + result.stdout))
        if result.returncode == 0 and not needing:
            break
        if not needing - drop:
            raise RuntimeError(f"icupkg failed: {result.stderr.strip()}")
        drop |= needing
    _run("genccode", "--assembly", "gcc", "-e", entry, "-d", str(out), str(out / package.name))
    built = out / library.name
    link = _run("gcc", "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", str(built),
                str(out / f"{entry}l_dat.S"))  # fmt: skip
    if link.returncode != 0 or not built.exists():
        raise RuntimeError(f"linking the ICU data failed: {link.stderr.strip()}")
    print(f"slim_icu: {library.stat().st_size / 1e6:.1f} MB -> {built.stat().st_size / 1e6:.1f} MB "
          f"({len(drop)} of {len(items)} items dropped)", file=sys.stderr)  # fmt: skip
    return built


def slim_binaries(binaries: list[tuple[str, str, str]], work: Path) -> list[tuple[str, str, str]]:
    """PyInstaller's binaries with the ICU data library replaced by its slimmed copy."""
    result = []
    for dest, src, kind in binaries:
        if kind != "SYMLINK" and re.search(r"libicudata\.so\.\d+$", dest):
            src = str(slim(Path(src), work))
        result.append((dest, src, kind))
    return result
