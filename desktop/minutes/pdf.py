"""A PDF beside the Word file, through LibreOffice when it is installed (fonts embedded).

LibreOffice's PDF export embeds the (subsetted) fonts it used, so the PDF looks the same on
every machine. On Linux, where the official faces (仿宋, 黑体, 楷体, 小标宋) are missing, the
conversion uses ``resources/fonts/fonts.conf``: free faces that match them (AR PL SungtiL GB,
WenQuanYi Zen Hei, AR PL KaitiM GB, Noto Serif CJK SC Bold), when those are installed.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from ..core.paths import resources_dir
from .errors import MinutesError
from .safe_write import write_atomically

TIMEOUT_S = 180


class PdfUnavailable(MinutesError):
    """LibreOffice is not installed or could not convert the file; the .docx is unaffected."""


def find_soffice() -> str | None:
    """LibreOffice's ``soffice``: ``TINGJIAN_SOFFICE``, the PATH, then the usual install folders."""
    override = os.environ.get("TINGJIAN_SOFFICE")
    if override:
        return override if Path(override).is_file() else None
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    candidates = [Path("/Applications/LibreOffice.app/Contents/MacOS/soffice")]
    if sys.platform == "win32":
        for base in (os.environ.get("PROGRAMFILES", ""), os.environ.get("PROGRAMFILES(X86)", "")):
            if base:
                candidates.append(Path(base) / "LibreOffice" / "program" / "soffice.exe")
    return next((str(c) for c in candidates if c.is_file()), None)


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    conf = resources_dir() / "fonts" / "fonts.conf"
    if sys.platform.startswith("linux") and "FONTCONFIG_FILE" not in env and conf.is_file():
        env["FONTCONFIG_FILE"] = str(conf)
    return env


def write_pdf(docx_path: Path, pdf_path: Path | None = None) -> Path:
    """Convert ``docx_path`` to PDF (default: the same name with .pdf) or raise :class:`PdfUnavailable`."""
    docx_path = Path(docx_path)
    pdf_path = Path(pdf_path) if pdf_path else docx_path.with_suffix(".pdf")
    soffice = find_soffice()
    if soffice is None:
        raise PdfUnavailable(
            zh="未找到 LibreOffice，未生成 PDF（Word 文件已保存）。安装 LibreOffice 后可加 --pdf 重新生成。",
            en="LibreOffice is not installed, so no PDF was written (the Word file was saved). "
            "Install LibreOffice to get a PDF with --pdf.")
    with tempfile.TemporaryDirectory(prefix="tingjian-pdf-") as work:
        profile = Path(work) / "profile"
        command = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
                   "--convert-to", "pdf:writer_pdf_Export", "--outdir", work, str(docx_path)]
        try:
            subprocess.run(command, capture_output=True, timeout=TIMEOUT_S, check=False, env=_environment())
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise PdfUnavailable(zh=f"LibreOffice 转换 PDF 失败（{exc}），Word 文件已保存。",
                                 en=f"LibreOffice could not convert the file to PDF ({exc}); the Word file was saved.") \
                from exc
        produced = Path(work) / (docx_path.stem + ".pdf")
        if not produced.is_file():
            raise PdfUnavailable(zh="LibreOffice 未能生成 PDF，Word 文件已保存。",
                                 en="LibreOffice did not produce a PDF; the Word file was saved.")
        write_atomically(pdf_path, produced.read_bytes())
    return pdf_path
