"""The official style: minutes in the format of GB/T 9704-2012 (GUIDE §4).

A4; margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (type area 156 × 225 mm);
22 lines of 28 characters: body 仿宋 3号 (16 pt) at an exact line height of
28.95 pt on a line grid. 28 characters of 16 pt (448 pt) do not fit the 442 pt
line, so 3号 text is condensed by 0.25 pt a character. (Word's character grid,
``w:docGrid w:type="linesAndChars"`` with a negative ``w:charSpace``, does the same in
Word and WPS, but LibreOffice then gives each character two grid cells and the
page falls apart; condensing works in all three.) The mark "民情恳谈会纪要" red, centred; headings
"一、" 黑体, "（一）" 楷体, "1." 仿宋 bold; page numbers "— 1 —" in 宋体 4号, odd
pages right and even pages left; the 版记 between a thick and a thin rule.

Fonts
-----
All font choices are in :data:`FONTS`. Names are those Word resolves on a standard
Chinese Windows (仿宋, 黑体, 楷体, 宋体 ship with Windows; their English names
FangSong, SimHei, KaiTi, SimSun are registered as ``w:altName`` in the font table,
so an English Word with the fonts installed finds them too). Fall-backs when a
font is missing:

* 仿宋_GB2312 (the font named by older rules, installed in many offices) → we use
  仿宋 (FangSong), its successor on every Windows since Vista; macOS: STFangsong.
* 方正小标宋简体 (the title face) is a commercial font found in most government
  offices but not in Windows itself. It is used for the mark and the title; where it
  is missing, Word substitutes by the font table's charset (GB2312) and panose,
  normally 宋体 — a lighter face than intended but correct text. Bold is not forced:
  小标宋 is already heavy and bold 宋体 looks crude.
* 黑体 → SimHei; 楷体 → KaiTi (楷体_GB2312 on old systems); macOS: STHeiti, STKaiti.

Latin letters and digits use Times New Roman, as most provincial rules for
official documents ask.
"""
from __future__ import annotations

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
from .document_base import (
    FontEntry,
    add_font_entries,
    define_paragraph_style,
    new_document,
    set_defaults,
    set_doc_grid,
    set_page,
)
from .ooxml import (
    CellFormat,
    FontSpec,
    Flow,
    border_xml,
    field_xml,
    ind_xml,
    mm_to_twips,
    para_xml,
    ppr_xml,
    replace_children,
    rfonts_xml,
    run_xml,
    spacing_xml,
    split_widths,
    table_xml,
    text_box_xml,
    with_page_break_before,
)
from .text import balance_lines, char_width
from ..core.msg import is_zh

LATIN = "Times New Roman"
RED = "FF0000"
CONDENSE = -5  # twentieths of a point: 28 × (16 − 0.25) pt = 441 pt fits the 442.2 pt line

#: role → font. The single place where the official style chooses its type.
FONTS: dict[str, FontSpec] = {
    "mark": FontSpec("方正小标宋简体", LATIN, 22, color=RED),  # 纪要 mark, 2号, red
    "title": FontSpec("方正小标宋简体", LATIN, 22),  # title of the session, 2号
    "body": FontSpec("仿宋", LATIN, 16, condense=CONDENSE),  # 3号
    "label": FontSpec("黑体", LATIN, 16, condense=CONDENSE),  # 出席： 列席： 请假： 时间： 附件
    "h1": FontSpec("黑体", LATIN, 16, condense=CONDENSE),  # 一、
    "h2": FontSpec("楷体", LATIN, 16, condense=CONDENSE),  # （一）
    "h3": FontSpec("仿宋", LATIN, 16, bold=True, condense=CONDENSE),  # 1.
    "note": FontSpec("楷体", LATIN, 16, condense=CONDENSE),  # remarks in brackets
    "table": FontSpec("仿宋", LATIN, 12),  # 小四 in tables
    "table_head": FontSpec("黑体", LATIN, 12),
    "table_small": FontSpec("仿宋", LATIN, 10.5),  # 五号 in the long appendix table
    "table_small_head": FontSpec("黑体", LATIN, 10.5),
    "imprint": FontSpec("仿宋", LATIN, 14),  # 版记, 4号
    "page": FontSpec("宋体", "宋体", 14),  # page numbers, 4号
}

#: Font table entries: Chinese name, English name, panose of the Windows font.
FONT_TABLE = [
    FontEntry("仿宋", "FangSong", panose="02010609060101010101"),
    FontEntry("黑体", "SimHei", panose="02010609060101010101"),
    FontEntry("楷体", "KaiTi", panose="02010609060101010101"),
    FontEntry("宋体", "SimSun", family="auto", panose="02010600030101010101"),
    FontEntry("方正小标宋简体", "FZXiaoBiaoSong-B05S", family="script", panose="02000000000000000000"),
]

# Page geometry (mm) and the 22 × 28 grid.
MARGINS = dict(top=37, bottom=35, left=28, right=26)
TEXT_WIDTH = mm_to_twips(210 - MARGINS["left"] - MARGINS["right"])  # 156 mm = 8844 twips
LINE_PT = 28.95  # 225 mm / 22 lines, rounded down so 22 lines always fit
LINE_TWIPS = round(LINE_PT * 20)  # 579
CHAR_TWIPS = round(FONTS["body"].size_pt * 20 + CONDENSE)  # one condensed character: 315 twips
FOOTER_MM = 35 - 7 - 6  # page number 7 mm below the type area (GB/T 9704 §7.5)
RULE_THICK = 8  # 0.35 mm ≈ 1 pt, in eighths of a point
RULE_THIN = 6  # 0.25 mm ≈ 0.71 pt
MASTHEAD_RULE = 12  # red rule under the mark: 1.5 pt
TITLE_CHARS = 20  # 2号 characters a line: 442 pt / 22 pt
TITLE_LINE_PT = 36
MARK_TOP_MM = 35  # from the top of the type area to the top of the 纪要 mark (GUIDE §4)
IMPRINT_CHARS = 31  # 4号 characters in a line of the type area (442 pt / 14 pt)




#: Paragraph styles of the official layout: id → (name, based on, font role, pPr).
#: Formatting lives in styles (so a user's edits in Word stay consistent and the
#: file stays small); each run still names its fonts on both slots.
def _styles() -> dict[str, tuple[str, str | None, str, str]]:
    line = spacing_xml(line_pt=LINE_PT)
    indent = ind_xml(CHAR_TWIPS, first_chars=2)
    cell = dict(snap_to_grid=False, spacing=spacing_xml(1, 1, line_multiple=1.0))
    head = dict(keep_next=True, snap_to_grid=False, spacing=spacing_xml(3, 3, line_multiple=1.0), jc="center")
    return {
        "Normal": ("Normal", None, "body", ppr_xml(spacing=line, jc="both")),
        "BodyText": ("Body Text", "Normal", "body", ppr_xml(spacing=line, ind=indent, jc="both")),
        "Title": ("Title", "Normal", "title", ppr_xml(snap_to_grid=False, spacing=spacing_xml(line_pt=TITLE_LINE_PT),
                                                      jc="center")),
        "Heading1": ("heading 1", "Normal", "h1", ppr_xml(keep_next=True, spacing=line, ind=indent, outline=0)),
        "Heading2": ("heading 2", "Normal", "h2", ppr_xml(keep_next=True, spacing=line, ind=indent, outline=1)),
        "Heading3": ("heading 3", "Normal", "h3", ppr_xml(keep_next=True, spacing=line, ind=indent, outline=2)),
        "TableText": ("Table Text", "Normal", "table", ppr_xml(**cell, jc="left")),
        "TableHeading": ("Table Heading", "Normal", "table_head", ppr_xml(**head)),
        "TableTextSmall": ("Table Text Small", "Normal", "table_small", ppr_xml(**cell, jc="left")),
        "TableHeadingSmall": ("Table Heading Small", "Normal", "table_small_head", ppr_xml(**head)),
        "Imprint": ("Imprint", "Normal", "imprint", ppr_xml(spacing=line, jc="left")),
    }


def _font_rpr(role: str) -> str:
    """A run's own fonts (East Asian and Latin slots); size, weight and spacing come from its style."""
    spec = FONTS[role]
    return f"<w:rPr>{rfonts_xml(spec.east_asia, spec.latin)}</w:rPr>"


class OfficialRenderer:
    """Writes blocks into a new document in the official layout."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.zh = is_zh(lang)
        self.document = new_document()
        self.flow = Flow()
        self._break_before = False
        self._setup()
        self.rpr = {role: _font_rpr(role) for role in FONTS}
        self.rpr_full = {role: spec.rpr() for role, spec in FONTS.items()}
        self.ppr_body = ppr_xml(style="BodyText")
        self.ppr_plain = ""
        self.ppr_heading = {level: ppr_xml(style=f"Heading{level}") for level in (1, 2, 3)}
        self.table_formats = {
            small: CellFormat(
                ppr_left=ppr_xml(style=f"TableText{suffix}"),
                ppr_center=ppr_xml(style=f"TableText{suffix}", jc="center"),
                rpr="", rpr_strong="", head_ppr=ppr_xml(style=f"TableHeading{suffix}"),
                head_rpr="", head_fill=None, style_id=None, border_eighths=4)
            for small, suffix in ((False, ""), (True, "Small"))
        }

    # ------------------------------------------------------------ set-up
    def _setup(self) -> None:
        doc = self.document
        section = doc.sections[0]
        set_page(section, **MARGINS, header=15, footer=FOOTER_MM)
        set_doc_grid(section, LINE_TWIPS)
        body = FONTS["body"]
        set_defaults(doc, east_asia=body.east_asia, latin=body.latin, size_pt=body.size_pt, lang=self.lang)
        add_font_entries(doc, FONT_TABLE)
        for style_id, (name, based_on, role, ppr) in _styles().items():
            define_paragraph_style(doc, style_id, name, ppr=ppr, rpr=FONTS[role].rpr(), based_on=based_on,
                                   next_style="BodyText" if style_id.startswith("Heading") else style_id)
        self._footers()

    def _footers(self) -> None:
        """"— 1 —" odd pages right, even pages left, each one character in from the edge."""
        doc = self.document
        doc.settings.odd_and_even_pages_header_footer = True
        section = doc.sections[0]
        rpr = FONTS["page"].rpr()
        number = run_xml("— ", rpr) + field_xml("PAGE", rpr) + run_xml(" —", rpr)
        odd = para_xml(number, ppr_xml(spacing=spacing_xml(), ind=ind_xml(CHAR_TWIPS, right_chars=1),
                                       jc="right", snap_to_grid=False))
        even = para_xml(number, ppr_xml(spacing=spacing_xml(), ind=ind_xml(CHAR_TWIPS, left_chars=1),
                                        jc="left", snap_to_grid=False))
        section.footer.is_linked_to_previous = False
        replace_children(section.footer._element, odd)
        section.even_page_footer.is_linked_to_previous = False
        replace_children(section.even_page_footer._element, even)

    # ------------------------------------------------------------ blocks
    def render(self, blocks: list[Block]) -> Document:
        handlers = {
            Masthead: self._masthead, Fact: self._fact, LabelledLine: self._labelled, Heading: self._heading,
            Para: self._para, Table: self._table, Signature: self._signature, PageBreak: self._page_break,
            AttachmentHead: self._attachment_head, Imprint: self._imprint,
        }
        for block in blocks:
            handlers[type(block)](block)
        self._p("", ppr_xml(spacing=spacing_xml(line_pt=1), snap_to_grid=False))  # end after a table
        self.flow.insert_into(self.document)
        return self.document

    def _p(self, runs: str, ppr: str) -> None:
        if self._break_before:
            ppr = with_page_break_before(ppr)
            self._break_before = False
        self.flow.add(para_xml(runs, ppr))

    def _blank(self) -> None:
        self._p("", self.ppr_plain)

    def _title(self, text: str, keep_next: bool = False) -> None:
        """The title centred in 小标宋 2号, in lines of even length; off the line grid so its
        36 pt lines are not stretched to two grid lines each."""
        lines = balance_lines(text, TITLE_CHARS)
        runs = "<w:r><w:br/></w:r>".join(run_xml(line, self.rpr["title"]) for line in lines)
        self._p(runs, ppr_xml(style="Title", keep_next=keep_next))

    def _masthead(self, b: Masthead) -> None:
        # the mark's top edge 35 mm below the top of the type area: the space before it, less the
        # half-leading above a 2号 character on its 36 pt line
        before = MARK_TOP_MM / 25.4 * 72 - (TITLE_LINE_PT - FONTS["mark"].size_pt) / 2
        self._p(run_xml(b.mark, self.rpr_full["mark"]),
                ppr_xml(style="Title", snap_to_grid=False, spacing=spacing_xml(before, 0, line_pt=TITLE_LINE_PT),
                        jc="center"))
        rule = border_xml("bottom", MASTHEAD_RULE, RED, space=4)
        tabs = f'<w:tab w:val="right" w:pos="{TEXT_WIDTH}"/>'
        org_date = run_xml(b.org, self.rpr["body"]) + "<w:r><w:tab/></w:r>" + run_xml(b.date_text, self.rpr["body"])
        self._p(org_date, ppr_xml(borders=rule, tabs=tabs))
        self._blank()
        self._title(b.title)
        self._blank()

    def _hanging(self, label: str, text: str, rpr_label: str, rpr_text: str, left: float = 2) -> None:
        width = char_width(label)
        ind = ind_xml(CHAR_TWIPS, left_chars=left + width, hanging_chars=width)
        self._p(run_xml(label, rpr_label) + run_xml(text, rpr_text),
                ppr_xml(ind=ind, jc=None if self.zh else "left"))

    def _fact(self, b: Fact) -> None:
        self._hanging(b.label, b.value, self.rpr["label"], self.rpr["body"])

    def _labelled(self, b: LabelledLine) -> None:
        self._hanging(b.label, b.text, self.rpr["label"], self.rpr["body"])

    def _heading(self, b: Heading) -> None:
        level = min(max(b.level, 1), 3)
        self._p(run_xml(b.text, self.rpr[f"h{level}"]), self.ppr_heading[level])

    def _para(self, b: Para) -> None:
        # One look for the whole paragraph, so one run: fewer nodes, and a number can
        # never be split across runs.
        rpr = self.rpr["note"] if b.note else self.rpr["body"]
        self._p(run_xml("".join(span.text for span in b.spans), rpr), self.ppr_body if b.indent else self.ppr_plain)

    def _table(self, b: Table) -> None:
        self.flow.add(table_xml(b.headers, b.rows, split_widths(b.widths, TEXT_WIDTH), self.table_formats[b.small],
                                b.center))
        self._p("", ppr_xml(snap_to_grid=False, spacing=spacing_xml(line_pt=LINE_PT / 2)))

    def _signature(self, b: Signature) -> None:
        """A 纪要 has no signature block and no closing date line (GUIDE §4): approval is
        kept in the record and in the file's properties."""


    def _page_break(self, b: PageBreak) -> None:
        self._break_before = True

    def _attachment_head(self, b: AttachmentHead) -> None:
        self._p(run_xml(b.label, self.rpr["label"]), self.ppr_plain)
        self._blank()
        self._title(b.title, keep_next=True)
        self._blank()

    def _imprint(self, b: Imprint) -> None:
        """版记 at the foot of the last page: 抄送 and 印发机关 … 印发日期 between rules (thick,
        thin, thick), the last rule on the bottom edge of the type area (GB/T 9704 §7.4.1).

        The rules and lines are a text box anchored to the bottom of the type area with
        top-and-bottom wrapping, text bottom-aligned: the last page's text flows above it,
        so the 版记 neither covers the attachment nor sits at the top of an empty page.
        (A floating table does the same in Word, but LibreOffice lays a full-width
        floating table out inline.)
        """
        rpr = self.rpr["imprint"]
        paragraphs = []
        lines = 1
        if b.cc:
            width = char_width(b.cc_label)
            ind = ind_xml(CHAR_TWIPS, left_chars=1 + width, hanging_chars=width, right_chars=1)
            paragraphs.append((run_xml(b.cc_label, rpr) + run_xml(b.cc, rpr), ind, ""))
            per_line = IMPRINT_CHARS - 2 - width
            lines += max(1, -(-round(char_width(b.cc)) // max(int(per_line), 1)))
        right = TEXT_WIDTH - CHAR_TWIPS
        tabs = f'<w:tab w:val="right" w:pos="{right}"/>'
        issued = run_xml(b.issuer, rpr) + "<w:r><w:tab/></w:r>" + run_xml(b.issued, rpr)
        paragraphs.append((issued, ind_xml(CHAR_TWIPS, left_chars=1), tabs))
        inner = []
        for i, (runs, ind, tab) in enumerate(paragraphs):
            top = border_xml("top", RULE_THICK, space=1) if i == 0 else ""
            last = i == len(paragraphs) - 1
            bottom = border_xml("bottom", RULE_THICK if last else RULE_THIN, space=1)
            inner.append(para_xml(runs, ppr_xml(style="Imprint", keep_next=not last, borders=top + bottom,
                                                tabs=tab, ind=ind)))
        height_emu = round((lines * LINE_PT + 4 * len(paragraphs)) * 12700)
        self._p(text_box_xml("".join(inner), TEXT_WIDTH * 635, height_emu, name="版记"),
                ppr_xml(spacing=spacing_xml(line_pt=1), snap_to_grid=False))


def render_official(blocks: list[Block], lang: str) -> Document:
    return OfficialRenderer(lang).render(blocks)
