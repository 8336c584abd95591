"""The plain style: a clean modern layout for Chinese or English minutes.

A4 with 25 mm margins; 等线 (DengXian, Office's default Chinese face since 2016)
for Chinese and Calibri for Latin text, set on both font slots of every style;
real Word heading styles (navigation pane, table of contents); tables with a
shaded header row repeated on every page; a running header and "Page N of M".
Fall-backs: 等线 → 微软雅黑 (Microsoft YaHei) → 宋体; Calibri → Arial.
"""
from __future__ import annotations

from docx.document import Document

from .blocks import Block
from .document_base import define_paragraph_style, new_document, set_defaults, set_page
from .labels import labels_for
from .ooxml import (
    FontSpec,
    field_xml,
    mm_to_twips,
    para_xml,
    ppr_xml,
    replace_children,
    run_xml,
    spacing_xml,
)
from .styled import StyledRenderer, StyleMap
from ..core.msg import pick

EAST_ASIA = "等线"
LATIN = "Calibri"
INK = "1F3864"  # dark blue of titles and headings
ACCENT = "2F5496"

#: role → font. The single place where the plain style chooses its type.
FONTS: dict[str, FontSpec] = {
    "body_zh": FontSpec(EAST_ASIA, LATIN, 10.5),
    "body_en": FontSpec(EAST_ASIA, LATIN, 11),
    "title": FontSpec(EAST_ASIA, LATIN, 20, bold=True, color=INK),
    "h1": FontSpec(EAST_ASIA, LATIN, 15, bold=True, color=INK),
    "h2": FontSpec(EAST_ASIA, LATIN, 12.5, bold=True, color=ACCENT),
    "h3": FontSpec(EAST_ASIA, LATIN, 11, bold=True, color=ACCENT),
    "header": FontSpec(EAST_ASIA, LATIN, 8, color="7F7F7F"),
}

MARGIN_MM = 25
TEXT_WIDTH = mm_to_twips(210 - 2 * MARGIN_MM)


def new_plain_document(lang: str, header_text: str = "") -> Document:
    """A new document with the plain style's page, fonts, styles, header and footer."""
    document = new_document()
    section = document.sections[0]
    set_page(section, top=MARGIN_MM, bottom=MARGIN_MM, left=MARGIN_MM, right=MARGIN_MM, header=12, footer=12)
    body = FONTS[pick(lang, en="body_en", zh="body_zh")]
    set_defaults(document, east_asia=body.east_asia, latin=body.latin, size_pt=body.size_pt, lang=lang)
    define_paragraph_style(document, "Normal", "Normal", based_on=None,
                           ppr=ppr_xml(spacing=spacing_xml(0, 6, line_multiple=1.25)), rpr=body.rpr())
    define_paragraph_style(document, "Title", "Title",
                           ppr=ppr_xml(spacing=spacing_xml(0, 4, line_multiple=1.0)), rpr=FONTS["title"].rpr())
    for level, (before, after) in zip((1, 2, 3), ((18, 6), (12, 4), (8, 2))):
        define_paragraph_style(document, f"Heading{level}", f"heading {level}",
                               ppr=ppr_xml(keep_next=True, spacing=spacing_xml(before, after, line_multiple=1.1),
                                           outline=level - 1),
                               rpr=FONTS[f"h{level}"].rpr())
    header_rpr = FONTS["header"].rpr()
    if header_text:
        section.header.is_linked_to_previous = False
        replace_children(section.header._element,
                         para_xml(run_xml(header_text, header_rpr), ppr_xml(spacing=spacing_xml(), jc="right")))
    L = labels_for(lang)
    before, _, rest = L["page"].partition("{page}")
    middle, _, after = rest.partition("{pages}")
    footer = (run_xml(before, header_rpr) + field_xml("PAGE", header_rpr) + run_xml(middle, header_rpr)
              + field_xml("NUMPAGES", header_rpr) + run_xml(after, header_rpr))
    section.footer.is_linked_to_previous = False
    replace_children(section.footer._element, para_xml(footer, ppr_xml(spacing=spacing_xml(), jc="center")))
    return document


def render_plain(blocks: list[Block], lang: str, header_text: str = "") -> Document:
    document = new_plain_document(lang, header_text)
    body = FONTS[pick(lang, en="body_en", zh="body_zh")]
    title_chars = int(TEXT_WIDTH / 20 / FONTS["title"].size_pt)
    return StyledRenderer(document, StyleMap(), TEXT_WIDTH, body_pt=body.size_pt,
                          title_chars=title_chars).render(blocks)

