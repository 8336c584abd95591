"""Each style opens in a real word processor: LibreOffice converts it to PDF with the text intact."""
from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from desktop.minutes import TemplateStyle, write_minutes

from .conftest import make_template


def _soffice() -> str:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        pytest.skip("LibreOffice not installed: apt-get install libreoffice-writer-nogui")
    return exe


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("style", ["official", "plain", "template"])
def test_libreoffice_renders_the_minutes(tmp_path, zh_content, style):
    soffice = _soffice()
    chosen = TemplateStyle(make_template(tmp_path / "letterhead.docx")) if style == "template" else style
    source = write_minutes(zh_content, chosen, tmp_path / f"minutes-{style}.docx").path
    out = tmp_path / "pdf"
    profile = (tmp_path / "lo-profile").as_uri()  # a private profile: parallel runs do not clash
    completed = subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", str(out),
         str(source)], capture_output=True, text=True, timeout=120)
    pdf = out / f"minutes-{style}.pdf"
    assert pdf.exists(), completed.stdout + completed.stderr
    data = pdf.read_bytes()
    pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
    assert pages > 0
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, timeout=60).stdout
        assert int(re.search(r"Pages:\s+(\d+)", info).group(1)) == pages
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext not installed: apt-get install poppler-utils")
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                          timeout=60).stdout
    squashed = _squash(text)
    assert _squash(zh_content.title) in squashed
    opinion = zh_content.agenda[1].opinions[0].text  # 我家住5号楼6层，老伴去年中风以后……
    assert _squash(opinion[:20]) in squashed
    assert "民情恳谈会纪要" in squashed
