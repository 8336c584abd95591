"""Fixtures for the Word writers: sample content, generated templates, reading packages back."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from tests.minutes.samples import sample_minutes, sample_report_back

TEMPLATE_HEADER = "XX街道办事处"
TEMPLATE_FOOTER = "地址：滨河路88号"
TEMPLATE_BODY = "模板中的示例正文，应被清除。"
TEMPLATE_HEADING_COLOR = RGBColor(0x8B, 0x00, 0x00)


@pytest.fixture(scope="session")
def zh_content():
    return sample_minutes("zh")


@pytest.fixture(scope="session")
def en_content():
    return sample_minutes("en")


@pytest.fixture(scope="session")
def zh_report():
    return sample_report_back("zh")


def make_template(path: Path, *, drop_styles: tuple[str, ...] = (), rename_ids: dict[str, str] | None = None,
                  sections: int = 1) -> Path:
    """A letterhead template: header text, footer, custom Heading 1 and Title, 30 mm side margins.

    ``drop_styles`` removes styles by id (to test fall-backs); ``rename_ids`` changes style ids
    the way Chinese Word writes them ("Heading1" → "1") while keeping the names.
    """
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(30)
    header = section.header.paragraphs[0]
    run = header.add_run(TEMPLATE_HEADER)
    run.font.size = Pt(16)
    run.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    section.footer.paragraphs[0].add_run(TEMPLATE_FOOTER)
    heading = document.styles["Heading 1"]
    heading.font.color.rgb = TEMPLATE_HEADING_COLOR
    heading.font.size = Pt(18)
    document.styles["Title"].font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    document.add_paragraph(TEMPLATE_BODY)
    for _ in range(sections - 1):
        document.add_section()
        document.add_paragraph(TEMPLATE_BODY)
    styles = document.styles.element
    for style in list(styles.iterchildren(qn("w:style"))):
        sid = style.get(qn("w:styleId"))
        if sid in drop_styles:
            styles.remove(style)
        elif rename_ids and sid in rename_ids:
            style.set(qn("w:styleId"), rename_ids[sid])
    document.save(path)
    return path


def package_parts(data: bytes | Path) -> dict[str, str]:
    """Every member of a .docx (zip) as text: XML and .rels parts decoded, others as latin-1."""
    if isinstance(data, Path):
        data = data.read_bytes()
    out = {}
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            blob = archive.read(name)
            try:
                out[name] = blob.decode("utf-8")
            except UnicodeDecodeError:
                out[name] = blob.decode("latin-1")
    return out


def reopen(document) -> docx.document.Document:
    """Save and reopen: what a user's Word would read."""
    buffer = io.BytesIO()
    document.save(buffer)
    buffer.seek(0)
    return docx.Document(buffer)


def body_texts(document) -> list[str]:
    return [p.text for p in document.paragraphs]


def all_text(document) -> str:
    """Body paragraphs and every table cell, joined."""
    parts = body_texts(document)
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def find_table(document, first_header: str, second_header: str):
    for table in document.tables:
        cells = table.rows[0].cells
        if len(cells) >= 2 and cells[0].text == first_header and cells[1].text == second_header:
            return table
    raise AssertionError(f"no table with headers {first_header!r}, {second_header!r}")
