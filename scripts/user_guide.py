"""Build the illustrated user guide PDF: screenshots first, then ``docs/panduan.md`` with them.

    .venv/bin/python scripts/user_guide.py [-o Panduan.pdf] [--screen 1366x768] [--shots DIR]

Without ``--shots`` it runs ``scripts/screenshots.py`` twice (a demo office, and a new office's
first day) into a temporary folder on an offscreen screen of ``--screen``; with ``--shots`` it
uses pictures already made there. Screenshots and the PDF are generated files: never commit
them. The app's own "Simpan sebagai PDF…" (Bantuan → Panduan Pengguna) writes the same guide
without pictures.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.reports.guide import IMAGE, load_guide, render_guide_pdf  # noqa: E402


def make_screenshots(folder: Path, screen: str) -> None:
    """Both runs of the screenshot script, their pictures side by side in ``folder``."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    script = str(ROOT / "scripts" / "screenshots.py")
    runs = (
        [script, "--screen", screen, "--db", str(folder / "shots.sqlite"), "-o", str(folder)],
        [script, "--first-run", "--screen", screen, "-o", str(folder)],
    )
    for args in runs:
        print("  screenshots:", " ".join(args[1:]), flush=True)
        subprocess.run([sys.executable, *args], cwd=ROOT, env=env, check=True)


def missing_pictures(text: str, folder: Path) -> list[str]:
    names = [Path(m["path"]).name for line in text.splitlines() if (m := IMAGE.match(line))]
    return [name for name in names if not (folder / name).is_file()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--out", type=Path, default=Path("Panduan-Kinerja-Luring.pdf"))
    parser.add_argument("--screen", default="1366x768", help="screen size for the screenshots")
    parser.add_argument("--shots", type=Path, help="use the screenshots already in this folder")
    args = parser.parse_args()
    text = load_guide()
    with tempfile.TemporaryDirectory(prefix="panduan-") as temp:
        shots = args.shots or Path(temp)
        if args.shots is None:
            make_screenshots(shots, args.screen)
        for name in missing_pictures(text, shots):
            print(f"  no picture {name}: left out", file=sys.stderr)
        pdf = render_guide_pdf(text, shots)
    partial = args.out.with_name(args.out.name + ".sebagian")
    partial.write_bytes(pdf)
    os.replace(partial, args.out)
    print(f"{args.out} ({len(pdf) // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
