"""Blocks → Word through paragraph and table *styles*: the engine of the plain and template styles.

Every paragraph names a style (Title, Heading 1–3, Normal) so the navigation pane,
the table of contents and the user's own restyling work. A role whose style a
template lacks is written with direct formatting instead (see :data:`FALLBACK`).
"""
from __future__ import annotations

from dataclasses import dataclass

from docx.document import Document

from .blocks import (
    AttachmentHead,
    Block,
    Fact,
    Heading,
    Imprint,
    LabelledLine,
    Masthead,
    PageBreak,
    Para,
    Signature,
    Table,
)
from .ooxml import (
    CellFormat,
    Flow,
    border_xml,
    ind_xml,
    para_xml,
    ppr_xml,
    rpr_xml,
    run_xml,
    spacing_xml,
    split_widths,
    table_xml,
    with_page_break_before,
)
from .text import balance_lines, char_width

ROLES = ("title", "heading1", "heading2", "heading3", "normal", "table")


@dataclass(frozen=True, slots=True)
class StyleMap:
    """Style ids for each role; None where the document has no such style."""

    title: str | None = "Title"
    heading1: str | None = "Heading1"
    heading2: str | None = "Heading2"
    heading3: str | None = "Heading3"
    normal: str | None = "Normal"
    table: str | None = "TableGrid"

    def heading(self, level: int) -> str | None:
        return (self.heading1, self.heading2, self.heading3)[min(max(level, 1), 3) - 1]


#: Direct formatting for a role whose style is missing: (pPr extras, rPr).
FALLBACK = {
    "title": dict(size_pt=20, bold=True, jc="center", before=0, after=12, outline=None),
    "heading1": dict(size_pt=16, bold=True, jc=None, before=18, after=6, outline=0),
    "heading2": dict(size_pt=14, bold=True, jc=None, before=12, after=4, outline=1),
    "heading3": dict(size_pt=12, bold=True, jc=None, before=8, after=2, outline=2),
}

STRONG = rpr_xml(bold=True)
SMALL_PT = 9  # type size of long tables (the appendix)
QUIET = rpr_xml(italic=True, color="595959")


class StyledRenderer:
    """Writes blocks into ``document`` (whose body should be empty) using ``styles``.

    ``text_width`` is the width of the type area in twips (for tables).
    """

    def __init__(self, document: Document, styles: StyleMap, text_width: int,
                 head_fill: str | None = "D9E2F3", body_pt: float = 10.5, title_chars: int | None = None) -> None:
        self.document = document
        self.styles = styles
        self.text_width = text_width
        self.flow = Flow()
        self._break_before = False
        self.body_pt = body_pt
        self.title_chars = title_chars
        s = styles
        self.ppr_normal = ppr_xml(style=s.normal)
        self.ppr_heading = {level: self._heading_ppr(level) for level in (1, 2, 3)}
        self.rpr_heading = {level: self._fallback_rpr(f"heading{level}", s.heading(level)) for level in (1, 2, 3)}
        self.ppr_title = self._role_ppr("title", s.title)
        self.rpr_title = self._fallback_rpr("title", s.title)
        cell = spacing_xml(2, 2, line_multiple=1.0)
        self.table_formats = {
            small: CellFormat(
                ppr_left=ppr_xml(spacing=cell, jc="left"), ppr_center=ppr_xml(spacing=cell, jc="center"),
                rpr=rpr_xml(size_pt=size), rpr_strong=rpr_xml(size_pt=size, bold=True),
                head_ppr=ppr_xml(keep_next=True, spacing=cell, jc="left"),
                head_ppr_center=ppr_xml(keep_next=True, spacing=cell, jc="center"),
                head_rpr=rpr_xml(size_pt=size, bold=True), head_fill=head_fill, style_id=s.table, border_eighths=4)
            for small, size in ((False, None), (True, SMALL_PT))
        }

    def _role_ppr(self, role: str, style_id: str | None, **extra) -> str:
        if style_id:
            return ppr_xml(style=style_id, **extra)
        f = FALLBACK[role]
        return ppr_xml(style=self.styles.normal, keep_next=role != "title",
                       spacing=spacing_xml(f["before"], f["after"], line_multiple=1.0),
                       jc=f["jc"], outline=f["outline"], **extra)

    def _heading_ppr(self, level: int) -> str:
        return self._role_ppr(f"heading{level}", self.styles.heading(level))

    @staticmethod
    def _fallback_rpr(role: str, style_id: str | None) -> str:
        if style_id:
            return ""
        f = FALLBACK[role]
        return rpr_xml(size_pt=f["size_pt"], bold=f["bold"])

    # ------------------------------------------------------------ blocks
    def render(self, blocks: list[Block]) -> Document:
        handlers = {
            Masthead: self._masthead, Fact: self._fact, LabelledLine: self._fact, Heading: self._heading,
            Para: self._para, Table: self._table, Signature: self._signature, PageBreak: self._page_break,
            AttachmentHead: self._attachment_head, Imprint: self._imprint,
        }
        for block in blocks:
            handlers[type(block)](block)
        self.flow.insert_into(self.document)
        return self.document

    def _p(self, runs: str, ppr: str) -> None:
        if self._break_before:
            ppr = with_page_break_before(ppr)
            self._break_before = False
        self.flow.add(para_xml(runs, ppr))

    def _masthead(self, b: Masthead) -> None:
        lines = balance_lines(b.title, self.title_chars) if self.title_chars else [b.title]
        self._p("<w:r><w:br/></w:r>".join(run_xml(line, self.rpr_title) for line in lines), self.ppr_title)
        sub = "  ·  ".join(part for part in (b.mark, b.org, b.date_text) if part)
        self._p(run_xml(sub, rpr_xml(color="404040")), ppr_xml(style=self.styles.normal,
                                                             spacing=spacing_xml(0, 12, line_multiple=1.15)))

    def _fact(self, b: Fact | LabelledLine) -> None:
        """"出席：…" with wrapped lines aligned after the label."""
        value = b.value if isinstance(b, Fact) else b.text
        width = char_width(b.label)
        ind = ind_xml(round(self.body_pt * 20), left_chars=width, hanging_chars=width)
        self._p(run_xml(b.label, STRONG) + run_xml(value),
                ppr_xml(style=self.styles.normal, spacing=spacing_xml(0, 2, line_multiple=1.15), ind=ind))

    def _heading(self, b: Heading) -> None:
        level = min(max(b.level, 1), 3)
        self._p(run_xml(b.text, self.rpr_heading[level]), self.ppr_heading[level])

    def _para(self, b: Para) -> None:
        if b.note:
            runs = "".join(run_xml(span.text, QUIET) for span in b.spans)
        else:
            runs = "".join(run_xml(span.text, STRONG if span.strong else "") for span in b.spans)
        self._p(runs, self.ppr_normal)

    def _table(self, b: Table) -> None:
        self.flow.add(table_xml(b.headers, b.rows, split_widths(b.widths, self.text_width),
                                self.table_formats[b.small], b.center))
        self._p("", ppr_xml(style=self.styles.normal, spacing=spacing_xml(0, 0, line_multiple=1.0)))

    def _signature(self, b: Signature) -> None:
        spacing = spacing_xml(0, 0, line_multiple=1.15)
        keep = ppr_xml(style=self.styles.normal, keep_next=True, spacing=spacing, jc="right")
        self._p("", keep)
        for index, line in enumerate(b.lines):  # the block stays together on one page
            self._p(run_xml(line), keep if index < len(b.lines) - 1 else
                    ppr_xml(style=self.styles.normal, spacing=spacing, jc="right"))

    def _page_break(self, b: PageBreak) -> None:
        self._break_before = True

    def _attachment_head(self, b: AttachmentHead) -> None:
        sep = "：" if any(ord(c) >= 0x2E80 for c in b.label) else ": "
        self._p(run_xml(b.label + sep + b.title, self.rpr_heading[1]), self.ppr_heading[1])

    def _imprint(self, b: Imprint) -> None:
        small = rpr_xml(size_pt=9, color="404040")
        rule = border_xml("top", 6, "808080", space=4)
        first = True
        if b.cc:
            self._p(run_xml(b.cc_label, rpr_xml(size_pt=9, bold=True, color="404040")) + run_xml(b.cc, small),
                    ppr_xml(style=self.styles.normal, keep_next=True, borders=rule,
                            spacing=spacing_xml(18, 0, line_multiple=1.15)))
            first = False
        line = "  ".join(part for part in (b.issuer, b.issued) if part)
        self._p(run_xml(line, small), ppr_xml(style=self.styles.normal, borders=rule if first else "",
                                              spacing=spacing_xml(18 if first else 0, 0, line_multiple=1.15)))
