"""The user guide as text and PDF: its four chapters, pictures taken from a screenshot folder
(left out when missing), deterministic output, and only pictures the screenshot script makes."""

from __future__ import annotations

import io
import re
from pathlib import Path

from PIL import Image
from pypdf import PdfReader

from desktop.reports.guide import IMAGE, chapters, load_guide, render_guide_pdf, with_pictures

ROOT = Path(__file__).resolve().parents[2]
CHAPTERS = ["1. Hari pertama", "2. Tahun penilaian", "3. Mencetak", "4. Sinkronisasi",
            "5. Manajemen Talenta"]  # fmt: skip


def pictures_named(text: str) -> list[str]:
    return [Path(m["path"]).name for line in text.splitlines() if (m := IMAGE.match(line))]


def text_of(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)


def test_the_guide_has_the_four_chapters_in_order():
    assert chapters(load_guide()) == CHAPTERS


def test_pictures_point_into_the_folder_or_are_left_out(tmp_path):
    guide = load_guide()
    names = pictures_named(guide)
    assert len(names) >= 6
    assert pictures_named(with_pictures(guide, None)) == []
    Image.new("RGB", (40, 30), "white").save(tmp_path / names[0])
    rewritten = with_pictures(guide, tmp_path)
    assert pictures_named(rewritten) == [names[0]]
    assert str((tmp_path / names[0]).resolve().as_posix()) in rewritten


def test_every_picture_is_one_the_screenshot_script_makes():
    script = (ROOT / "scripts" / "screenshots.py").read_text(encoding="utf-8")
    for name in pictures_named(load_guide()):
        stem = re.sub(r"_\d+$", "", Path(name).stem)  # grab_tabs numbers the tabs
        assert f'"{stem}"' in script, name


def test_the_pdf_has_the_chapters_one_per_page_and_the_pictures_found(tmp_path):
    guide = load_guide()
    plain = render_guide_pdf(guide)
    assert all(title in text_of(plain) for title in CHAPTERS)
    assert len(PdfReader(io.BytesIO(plain)).pages) >= 4
    assert b"/Subtype /Image" not in plain
    Image.new("RGB", (1366, 728), "#dde3ea").save(tmp_path / "main_unit.png")
    illustrated = render_guide_pdf(guide, tmp_path)
    assert illustrated.count(b"/Subtype /Image") == 1
    assert render_guide_pdf(guide, tmp_path) == illustrated  # deterministic


def test_the_guide_script_builds_the_illustrated_pdf_from_a_screenshot_folder(tmp_path):
    import subprocess
    import sys

    shots = tmp_path / "shots"
    shots.mkdir()
    Image.new("RGB", (1024, 728), "#dde3ea").save(shots / "appraisal_workspace.png")
    out = tmp_path / "Panduan.pdf"
    done = subprocess.run(
        [sys.executable, "scripts/user_guide.py", "--shots", str(shots), "-o", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "no picture main_unit.png: left out" in done.stderr  # named, not fatal
    pdf = out.read_bytes()
    assert all(title in text_of(pdf) for title in CHAPTERS)
    assert pdf.count(b"/Subtype /Image") == 1
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["Panduan.pdf"]
