"""The built wheel works on its own: built from a copy of the checkout (sdist, then wheel),
installed into a fresh virtual environment outside the source tree, it builds a demo office,
prints a Dokumen Evaluasi and writes a sync package; with its migrations gone it refuses to
open a database instead of half-creating one.

The new environment gets the wheel only (``--no-deps``); the dependencies already installed in
this environment are made visible through a ``.pth`` file, so the test needs no network and
takes seconds. A check below makes sure every dependency the wheel declares is found there.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from desktop import __version__, paths

SOURCE = paths.project_root()
COPIED = ["pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "desktop", "db", "resources"]
COPIED += ["docs"]  # the user guide (docs/panduan.md) ships as desktop/_data/docs/


def run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None, check: bool = True):
    result = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )
    if check:
        assert result.returncode == 0, f"{args}\n{result.stdout}\n{result.stderr}"
    return result


def build_wheel(tmp: Path) -> Path:
    """``python -m build`` (sdist, then the wheel from it) on a copy, so the checkout gets no
    build/ or egg-info of ours; ``pip wheel`` when ``build`` is not installed."""
    src = tmp / "src"
    for name in COPIED:
        origin = SOURCE / name
        if origin.is_dir():
            shutil.copytree(origin, src / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            src.mkdir(exist_ok=True)
            shutil.copy2(origin, src / name)
    dist = tmp / "dist"
    if importlib.util.find_spec("build") is not None:
        run(sys.executable, "-m", "build", "--no-isolation", "--outdir", dist, src, cwd=tmp)
    else:
        run(
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            dist,
            src,
            cwd=tmp,
        )
    (wheel,) = dist.glob("*.whl")
    return wheel


def fresh_venv(tmp: Path, wheel: Path) -> Path:
    """A new environment holding the wheel; this environment's packages seen through a .pth."""
    venv = tmp / "venv"
    run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=tmp)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    purelib = run(
        python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=tmp
    ).stdout.strip()
    here = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    Path(purelib, "_kinerja_test_deps.pth").write_text("\n".join(sorted(here)) + "\n")
    run(
        sys.executable,
        "-m",
        "pip",
        "--python",
        python,
        "install",
        "--no-deps",
        "--no-index",
        "--disable-pip-version-check",
        "-q",
        wheel,
        cwd=tmp,
    )
    return venv


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("wheel")
    wheel = build_wheel(tmp)
    venv = fresh_venv(tmp, wheel)
    bindir = venv / ("Scripts" if os.name == "nt" else "bin")
    return {
        "tmp": tmp,
        "wheel": wheel,
        "venv": venv,
        "kinerja": bindir / "kinerja",
        "python": bindir / "python",
    }


def office_env(tmp: Path) -> dict[str, str]:
    env = dict(os.environ, KINERJA_DATA_DIR=str(tmp / "data"), QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONPATH", None)
    return env


RUNTIME_FILES = [
    ("db/migrations", ".sql"),
    ("db/reference", ".csv"),
    ("resources/fonts", ".ttf"),
    ("resources/styles", ".qss"),
    ("resources/icons", ".svg"),
    ("resources/translations", ".qm"),
]


def test_the_wheel_carries_migrations_reference_lists_fonts_styles_and_translations(installed):
    names = zipfile.ZipFile(installed["wheel"]).namelist()
    for folder, suffix in RUNTIME_FILES:
        expected = sorted(p.name for p in (SOURCE / folder).glob(f"*{suffix}"))
        inside = f"desktop/_data/{folder}/"
        found = sorted(Path(n).name for n in names if n.startswith(inside) and n.endswith(suffix))
        assert expected and found == expected, folder
    assert not [n for n in names if n.startswith(("tests/", "db/", "resources/"))]


def test_the_installed_app_reads_its_user_guide(installed):
    """docs/panduan.md travels as desktop/_data/docs/ (Bantuan → Panduan Pengguna, its PDF)."""
    names = zipfile.ZipFile(installed["wheel"]).namelist()
    assert "desktop/_data/docs/panduan.md" in names
    code = "from desktop.reports.guide import *; print(len(chapters(load_guide())))"
    tmp = installed["tmp"]
    from desktop.reports.guide import chapters, load_guide

    expected = str(len(chapters(load_guide())))  # the chapters of the checkout's guide
    printed = run(installed["python"], "-c", code, cwd=tmp, env=office_env(tmp)).stdout
    assert printed.strip() == expected


def test_the_wheel_declares_only_what_runs(installed):
    meta = (
        zipfile.ZipFile(installed["wheel"])
        .read(f"kinerja_luring-{__version__}.dist-info/METADATA")
        .decode()
    )
    runtime = [
        line.split(":", 1)[1].strip()
        for line in meta.splitlines()
        if line.startswith("Requires-Dist:") and "extra ==" not in line
    ]
    names = {re.split(r"[<>=!~; \[]", req, maxsplit=1)[0].lower() for req in runtime}
    assert "faker" not in names
    assert {"pyside6-essentials", "pyside6-pdf", "sqlite-utils", "reportlab"} <= names
    from importlib.metadata import PackageNotFoundError, distribution

    for name in names:  # the .pth above makes these visible in the new environment
        try:
            distribution(name)
        except PackageNotFoundError:  # pragma: no cover - a broken test environment
            pytest.fail(f"{name} is declared by the wheel but not installed here")


def test_installed_app_runs_outside_the_source_tree(installed):
    tmp, kinerja = installed["tmp"], installed["kinerja"]
    env = office_env(tmp)
    where = run(
        installed["python"],
        "-c",
        "import desktop, desktop.paths as p; print(desktop.__file__); print(p.project_root())",
        cwd=tmp,
        env=env,
    ).stdout.split()
    venv = str(installed["venv"].resolve())
    assert all(Path(w).resolve().as_posix().startswith(Path(venv).as_posix()) for w in where)

    assert run(kinerja, "--version", cwd=tmp, env=env).stdout.strip() == (
        f"kinerja, version {__version__}"
    )
    office = tmp / "kantor.sqlite"
    built = run(kinerja, "--db", office, "demo", "--staff", "40", "--seed", "2", cwd=tmp, env=env)
    assert "Kantor contoh dibuat" in built.stdout
    nip = (
        sqlite3.connect(office)
        .execute("SELECT s.nip FROM staff s JOIN skp k ON k.staff_id = s.id ORDER BY s.nip")
        .fetchone()[0]
    )
    pdf = tmp / "dokumen.pdf"
    run(
        kinerja,
        "--db",
        office,
        "report",
        "dokumen",
        "--nip",
        nip,
        "--year",
        "2025",
        "--period",
        "TW1",
        "-o",
        pdf,
        cwd=tmp,
        env=env,
    )
    assert pdf.read_bytes().startswith(b"%PDF-")
    stick = tmp / "stick"
    stick.mkdir()
    run(kinerja, "--db", office, "sync", "export", "-o", stick, cwd=tmp, env=env)
    assert len(list(stick.glob("*.kinerja"))) == 1


def test_an_installation_without_migrations_refuses_and_creates_nothing(installed):
    tmp = installed["tmp"]
    site = Path(
        run(
            installed["python"],
            "-c",
            "import desktop; print(desktop.__file__)",
            cwd=tmp,
            env=office_env(tmp),
        ).stdout.strip()
    ).parent
    migrations = site / "_data" / "db" / "migrations"
    hidden = migrations.with_name("migrations-hidden")
    migrations.rename(hidden)
    try:
        office = tmp / "baru.sqlite"
        result = run(
            installed["kinerja"], "--db", office, "demo", cwd=tmp, env=office_env(tmp), check=False
        )
    finally:
        hidden.rename(migrations)
    assert result.returncode == 1
    assert "Instalasi Kinerja Luring tidak lengkap" in result.stderr
    assert "Traceback" not in result.stderr
    assert not office.exists()
