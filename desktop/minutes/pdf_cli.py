"""``tingjian minutes … --pdf``: the PDF beside the Word file, or a clear note why not."""
from __future__ import annotations

import sys
from pathlib import Path

from ..core.services.minutes_versions import refuse_recorded
from .pdf import PdfUnavailable, write_pdf


def write_pdf_for(args, docx_path: Path, lang: str) -> None:
    from ..cli.common import _open

    pdf = Path(docx_path).with_suffix(".pdf")
    db = _open(args, create=False)
    try:
        refuse_recorded(db, pdf)
    finally:
        db.close()
    try:
        print(write_pdf(docx_path, pdf))
    except PdfUnavailable as exc:
        print(f"tingjian: {exc.message(lang)}", file=sys.stderr)
