"""Build step: copy the files the app reads at run time into the wheel as ``desktop/_data/``.

Why a copy and not a move: the product keeps ``db/`` and ``resources/`` at the top of the source
tree (the migrations and translations live there for the lead's tools), but an installed wheel
has no source tree, so ``desktop.paths`` looks for ``desktop/_data/{db,resources}`` first. An
editable install skips the copy and reads the source tree. The PyInstaller spec
(``installer/kinerja.spec``) places the same files at the same place inside the bundle.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent

# what runs needs: db/schema.sql is a snapshot for reviewers and tests, never read by the app
RUNTIME_DATA = {
    "db": ("migrations/*.sql", "reference/*.csv"),
    "resources": (
        "fonts/*.ttf",
        "fonts/LICENSE*",
        "styles/*.qss",
        "icons/*.svg",
        "translations/*.qm",
    ),
    "docs": ("panduan.md",),  # the user guide (Bantuan → Panduan Pengguna, its PDF)
}


def compile_translations(root: Path = ROOT) -> None:
    """Build each ``.qm`` from its ``.ts`` when missing or older (set-up normally did it)."""
    for ts in sorted((root / "resources" / "translations").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        lrelease = Path(sys.executable).parent / "pyside6-lrelease"
        if not lrelease.exists() and not qm.exists():
            raise SystemExit(f"{qm} is missing: run scripts/setup.sh (pyside6-lrelease) first")
        if lrelease.exists():
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


def runtime_files(root: Path = ROOT) -> list[tuple[Path, Path]]:
    """(source, path inside desktop/_data) for every file the installed app reads."""
    found = []
    for folder, patterns in RUNTIME_DATA.items():
        for pattern in patterns:
            for src in sorted((root / folder).glob(pattern)):
                found.append((src, Path(folder) / src.relative_to(root / folder)))
    return found


class BuildPyWithData(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads db/ and resources/ in the checkout
        compile_translations()
        target = Path(self.build_lib) / "desktop" / "_data"
        for src, rel in runtime_files():
            self.mkpath(str((target / rel).parent))
            self.copy_file(str(src), str(target / rel))


if __name__ == "__main__":  # setuptools runs it so; installer/kinerja.spec only reads the lists
    setup(cmdclass={"build_py": BuildPyWithData})
