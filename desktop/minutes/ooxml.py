"""WordprocessingML written as text: fast building blocks for the renderers.

python-docx's object API costs tens of microseconds per run and far more per
table cell; minutes with 1,000 opinions have tens of thousands of runs. So the
renderers write paragraphs and tables as XML strings (escaped here), collect
them in a :class:`Flow` and parse them into the body in one go. Element order
inside ``w:pPr``/``w:rPr``/``w:tblPr`` follows the schema, which Word enforces.

Units: twips (1/20 pt) for indents and widths, half-points for font sizes,
eighths of a point for border widths.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.text.run import Run
from lxml import etree

from .text import clean_text, escape, escape_attr

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NS_DECL = f'xmlns:w="{W_NS}"'
TWIPS_PER_MM = 1440 / 25.4
_THEME_FONT_ATTRS = ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")


def mm_to_twips(mm: float) -> int:
    return round(mm * TWIPS_PER_MM)


# ---------------------------------------------------------------- fonts and runs

@dataclass(frozen=True, slots=True)
class FontSpec:
    """A run format: East Asian and Latin font, size in points, weight, colour."""

    east_asia: str
    latin: str
    size_pt: float
    bold: bool = False
    italic: bool = False
    color: str | None = None  # "RRGGBB"
    condense: int = 0  # character spacing in twentieths of a point (negative: condensed)

    def rpr(self) -> str:
        return rpr_xml(self.east_asia, self.latin, self.size_pt, self.bold, self.italic, self.color, self.condense)


def rfonts_xml(east_asia: str | None, latin: str | None) -> str:
    if not east_asia and not latin:
        return ""
    attrs = []
    if latin:
        a = escape_attr(latin)
        attrs.append(f'w:ascii="{a}" w:hAnsi="{a}" w:cs="{a}"')
    if east_asia:
        attrs.append(f'w:eastAsia="{escape_attr(east_asia)}"')
    return f"<w:rFonts {' '.join(attrs)}/>"


@lru_cache(maxsize=256)
def rpr_xml(east_asia: str | None = None, latin: str | None = None, size_pt: float | None = None,
            bold: bool = False, italic: bool = False, color: str | None = None, condense: int = 0) -> str:
    """``<w:rPr>`` with children in schema order; "" when nothing is set."""
    parts = [rfonts_xml(east_asia, latin)]
    if bold:
        parts.append("<w:b/><w:bCs/>")
    if italic:
        parts.append("<w:i/><w:iCs/>")
    if color:
        parts.append(f'<w:color w:val="{color}"/>')
    if condense:
        parts.append(f'<w:spacing w:val="{condense}"/>')
    if size_pt:
        half = round(size_pt * 2)
        parts.append(f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>')
    inner = "".join(parts)
    return f"<w:rPr>{inner}</w:rPr>" if inner else ""


def set_run_font(run: Run, east_asia: str, latin: str | None = None) -> None:
    """Set a python-docx run's fonts on every slot, East Asian included.

    ``run.font.name`` only sets ``w:ascii``/``w:hAnsi``; Word then draws Chinese
    text in whatever the East Asian slot inherits. Theme-font attributes are
    removed because Word lets them override the explicit names.
    """
    rpr = run._r.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, rfonts)
    set_rfonts(rfonts, east_asia, latin or east_asia)


def set_rfonts(rfonts: etree._Element, east_asia: str, latin: str) -> None:
    for attr in _THEME_FONT_ATTRS:
        rfonts.attrib.pop(qn(f"w:{attr}"), None)
    rfonts.set(qn("w:ascii"), latin)
    rfonts.set(qn("w:hAnsi"), latin)
    rfonts.set(qn("w:cs"), latin)
    rfonts.set(qn("w:eastAsia"), east_asia)


_T_OPEN = '<w:t xml:space="preserve">'


def run_xml(text: str, rpr: str = "") -> str:
    """One run holding ``text`` (cleaned and escaped); newlines become ``w:br``, tabs ``w:tab``."""
    text = clean_text(text)
    if not text:
        return ""
    body = escape(text)
    if "\n" in body:
        body = body.replace("\n", "</w:t><w:br/>" + _T_OPEN)
    if "\t" in body:
        body = body.replace("\t", "</w:t><w:tab/>" + _T_OPEN)
    return f"<w:r>{rpr}{_T_OPEN}{body}</w:t></w:r>"


def field_xml(instruction: str, rpr: str = "", placeholder: str = "1") -> str:
    """A complex field (PAGE, NUMPAGES) as the runs Word writes for it."""
    return (f'<w:r>{rpr}<w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r>{rpr}<w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
            f'<w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r>{rpr}<w:t>{placeholder}</w:t></w:r>'
            f'<w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>')


# ---------------------------------------------------------------- paragraphs

def spacing_xml(before: float = 0, after: float = 0, line_pt: float | None = None,
                rule: str = "exact", line_multiple: float | None = None) -> str:
    """``w:spacing``: before/after in points; an exact line height, or a multiple of single."""
    attrs = f'w:before="{round(before * 20)}" w:after="{round(after * 20)}"'
    if line_pt is not None:
        attrs += f' w:line="{round(line_pt * 20)}" w:lineRule="{rule}"'
    elif line_multiple is not None:
        attrs += f' w:line="{round(line_multiple * 240)}" w:lineRule="auto"'
    return f"<w:spacing {attrs}/>"


def ind_xml(pitch_twips: int, first_chars: float = 0, hanging_chars: float = 0, left_chars: float = 0,
            right_chars: float = 0) -> str:
    """Indents in characters (``w:firstLineChars`` etc., which Word uses with a character
    grid) and the same in twips for readers that ignore the character units."""
    attrs = []
    if left_chars:
        attrs.append(f'w:leftChars="{round(left_chars * 100)}" w:left="{round(left_chars * pitch_twips)}"')
    if right_chars:
        attrs.append(f'w:rightChars="{round(right_chars * 100)}" w:right="{round(right_chars * pitch_twips)}"')
    if first_chars:
        attrs.append(f'w:firstLineChars="{round(first_chars * 100)}" w:firstLine="{round(first_chars * pitch_twips)}"')
    if hanging_chars:
        attrs.append(f'w:hangingChars="{round(hanging_chars * 100)}" w:hanging="{round(hanging_chars * pitch_twips)}"')
    return f"<w:ind {' '.join(attrs)}/>" if attrs else ""


def border_xml(side: str, size_eighths: int, color: str = "000000", space: int = 1) -> str:
    return f'<w:{side} w:val="single" w:sz="{size_eighths}" w:space="{space}" w:color="{color}"/>'


def ppr_xml(*, style: str | None = None, keep_next: bool = False, page_break_before: bool = False,
            borders: str = "", tabs: str = "", spacing: str = "", ind: str = "", jc: str | None = None,
            outline: int | None = None, snap_to_grid: bool | None = None, rpr: str = "",
            frame: str = "") -> str:
    """``<w:pPr>`` with children in schema order. ``borders`` is the inside of ``w:pBdr``
    (top, left, bottom, right, between in that order); ``tabs`` the inside of ``w:tabs``;
    ``frame`` a whole ``<w:framePr/>``."""
    parts = []
    if style:
        parts.append(f'<w:pStyle w:val="{escape_attr(style)}"/>')
    if keep_next:
        parts.append("<w:keepNext/>")
    if page_break_before:
        parts.append("<w:pageBreakBefore/>")
    if frame:
        parts.append(frame)
    if borders:
        parts.append(f"<w:pBdr>{borders}</w:pBdr>")
    if tabs:
        parts.append(f"<w:tabs>{tabs}</w:tabs>")
    if snap_to_grid is False:
        parts.append('<w:snapToGrid w:val="0"/>')
    parts.append(spacing)
    parts.append(ind)
    if jc:
        parts.append(f'<w:jc w:val="{jc}"/>')
    if outline is not None:
        parts.append(f'<w:outlineLvl w:val="{outline}"/>')
    parts.append(rpr)
    inner = "".join(parts)
    return f"<w:pPr>{inner}</w:pPr>" if inner else ""


_BEFORE_PAGE_BREAK = re.compile(r"^<w:pPr>((?:<w:pStyle [^>]*/>)?(?:<w:keepNext/>)?(?:<w:keepLines/>)?)")


def with_page_break_before(ppr: str) -> str:
    """``ppr`` with ``w:pageBreakBefore`` added in its schema position."""
    if not ppr:
        return "<w:pPr><w:pageBreakBefore/></w:pPr>"
    if "<w:pageBreakBefore/>" in ppr:
        return ppr
    return _BEFORE_PAGE_BREAK.sub(lambda m: f"<w:pPr>{m.group(1)}<w:pageBreakBefore/>", ppr, count=1)


def para_xml(runs: str, ppr: str = "") -> str:
    return f"<w:p>{ppr}{runs}</w:p>"


PAGE_BREAK_XML = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'


# ---------------------------------------------------------------- tables

@dataclass(frozen=True, slots=True)
class CellFormat:
    """How a renderer wants table cells to look."""

    ppr_left: str
    ppr_center: str
    rpr: str
    rpr_strong: str
    head_ppr: str
    head_rpr: str
    head_fill: str | None = None  # "RRGGBB" shading of the header row
    style_id: str | None = None  # a table style ("TableGrid"), or None for explicit borders
    border_eighths: int = 4
    head_ppr_center: str | None = None  # header cells over centred columns (default: head_ppr)


def cell_runs(value, fmt: CellFormat) -> str:
    """A cell value: a str, or a list of spans (objects with ``text`` and ``strong``)."""
    if isinstance(value, str):
        return run_xml(value, fmt.rpr)
    return "".join(run_xml(span.text, fmt.rpr_strong if span.strong else fmt.rpr) for span in value)


def table_xml(headers: list[str], rows: list[list], col_twips: list[int], fmt: CellFormat,
              center: frozenset[int] = frozenset()) -> str:
    """A fixed-layout table whose header row repeats on every page.

    Built as one string: no per-cell python-docx calls (GUIDE §6).
    """
    total = sum(col_twips)
    borders = ""
    if fmt.style_id is None:
        sides = "".join(border_xml(side, fmt.border_eighths, space=0)
                        for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
        borders = f"<w:tblBorders>{sides}</w:tblBorders>"
    style = f'<w:tblStyle w:val="{escape_attr(fmt.style_id)}"/>' if fmt.style_id else ""
    out = [
        f"<w:tbl><w:tblPr>{style}<w:tblW w:w=\"{total}\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>"
        f"{borders}<w:tblLayout w:type=\"fixed\"/>"
        '<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>'
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
        'w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>',
        "".join(f'<w:gridCol w:w="{w}"/>' for w in col_twips),
        "</w:tblGrid>",
    ]
    tc_pr = [f'<w:tcPr><w:tcW w:w="{w}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>' for w in col_twips]
    fill = f'<w:shd w:val="clear" w:color="auto" w:fill="{fmt.head_fill}"/>' if fmt.head_fill else ""
    head_tc_pr = [f'<w:tcPr><w:tcW w:w="{w}" w:type="dxa"/>{fill}<w:vAlign w:val="center"/></w:tcPr>'
                  for w in col_twips]
    out.append("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>")
    head_center = fmt.head_ppr_center or fmt.head_ppr
    for i, header in enumerate(headers):
        ppr = head_center if i in center else fmt.head_ppr
        out.append(f"<w:tc>{head_tc_pr[i]}<w:p>{ppr}{run_xml(header, fmt.head_rpr)}</w:p></w:tc>")
    out.append("</w:tr>")
    pprs = [fmt.ppr_center if i in center else fmt.ppr_left for i in range(len(col_twips))]
    for row in rows:
        out.append("<w:tr>")
        for i, value in enumerate(row):
            out.append(f"<w:tc>{tc_pr[i]}<w:p>{pprs[i]}{cell_runs(value, fmt)}</w:p></w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def split_widths(relative: list[float], total_twips: int) -> list[int]:
    scale = total_twips / sum(relative)
    widths = [int(w * scale) for w in relative]
    widths[-1] += total_twips - sum(widths)
    return widths


# ---------------------------------------------------------------- the flow

class Flow:
    """Body XML collected as strings, parsed and inserted into a document once."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def add(self, xml: str) -> None:
        self.parts.append(xml)

    def insert_into(self, document) -> None:
        """Add everything to ``document``'s body, before its final ``w:sectPr``.

        The parsed fragment *becomes* the body (existing children move into it)
        instead of its children moving into the body one by one: lxml's
        ``addprevious`` across documents is quadratic in a table's size (about 30 s
        for the appendix of 1,000 opinions, against 10 ms this way).
        """
        if not self.parts:
            return
        fragment = parse_xml(f"<w:body {_NS_DECL}>{''.join(self.parts)}</w:body>")
        self.parts.clear()
        body = document.element.body
        existing = list(body)
        sect_pr = existing.pop() if existing and existing[-1].tag == qn("w:sectPr") else None
        for index, child in enumerate(existing):
            fragment.insert(index, child)
        if sect_pr is not None:
            fragment.append(sect_pr)
        body.getparent().replace(body, fragment)
        if getattr(document, "_Document__body", None) is not None:
            document._Document__body = None  # python-docx caches a proxy of the old body


def replace_children(container: etree._Element, xml: str) -> None:
    """Replace the block content of a header/footer with paragraphs given as XML."""
    for child in list(container):
        container.remove(child)
    fragment = parse_xml(f"<w:ftr {_NS_DECL}>{xml}</w:ftr>")
    container.extend(list(fragment))


_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"


def text_box_xml(content: str, width_emu: int, height_emu: int, *, name: str, shape_id: int = 9001) -> str:
    """A run holding a text box of ``content`` (paragraph XML) anchored to the bottom of the
    type area, full width, with top-and-bottom wrapping and its text aligned to the bottom."""
    return (
        f'<w:r><w:drawing><wp:anchor xmlns:wp="{_WP}" distT="0" distB="0" distL="0" distR="0" simplePos="0" '
        'relativeHeight="251659264" behindDoc="0" locked="1" layoutInCell="0" allowOverlap="0">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="margin"><wp:align>bottom</wp:align></wp:positionV>'
        f'<wp:extent cx="{width_emu}" cy="{height_emu}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:wrapTopAndBottom/><wp:docPr id="{shape_id}" name="{escape_attr(name)}"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic xmlns:a="{_A}"><a:graphicData uri="{_WPS}"><wps:wsp xmlns:wps="{_WPS}">'
        '<wps:cNvSpPr txBox="1"/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{width_emu}" cy="{height_emu}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="b" '
        'anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor>'
        '</w:drawing></w:r>')
