"""The page and the few kinds of lines the paperwork is made of.

Two looks: *official* for Chinese sessions (GB/T 9704 as in GUIDE §4: A4, margins 37/35/28/26 mm,
仿宋 3号 body, 小标宋 2号 title, 黑体 labels, page numbers "— 1 —") and *plain* for English
(25 mm margins, Calibri), plus a *poster* scale of either for the notice board (A3 or A4, large
type). Built on the minutes' OOXML helpers; every run names its East Asian font.
"""
from __future__ import annotations

from dataclasses import dataclass

from docx.document import Document
from docx.shared import Mm

from desktop.minutes.document_base import (
    FontEntry,
    add_font_entries,
    new_document,
    set_defaults,
    set_page,
    set_properties,
)
from desktop.minutes.ooxml import (
    Flow,
    border_xml,
    field_xml,
    ind_xml,
    mm_to_twips,
    para_xml,
    ppr_xml,
    replace_children,
    rpr_xml,
    run_xml,
    spacing_xml,
    with_page_break_before,
)
from desktop.minutes.text import balance_lines, char_width
from desktop.core.msg import is_zh

LATIN_OFFICIAL = "Times New Roman"
RED = "C00000"
FONT_TABLE = [
    FontEntry("仿宋", "FangSong", panose="02010609060101010101"),
    FontEntry("黑体", "SimHei", panose="02010609060101010101"),
    FontEntry("楷体", "KaiTi", panose="02010609060101010101"),
    FontEntry("宋体", "SimSun", family="auto", panose="02010600030101010101"),
    FontEntry("方正小标宋简体", "FZXiaoBiaoSong-B05S", family="script", panose="02000000000000000000"),
]


@dataclass(frozen=True)
class Look:
    """Fonts, sizes (pt) and the page of one look."""

    body: str
    label: str
    title: str
    latin: str
    body_pt: float
    small_pt: float
    title_pt: float
    margins: tuple[float, float, float, float]  # top, bottom, left, right (mm)
    page: tuple[float, float] = (210, 297)  # width, height (mm)
    line_pt: float | None = None  # exact line height (official grid), else 1.25 lines

    @property
    def text_width(self) -> int:
        top, bottom, left, right = self.margins
        return mm_to_twips(self.page[0] - left - right)


OFFICIAL = Look("仿宋", "黑体", "方正小标宋简体", LATIN_OFFICIAL, 16, 12, 22, (37, 35, 28, 26),
                line_pt=28.95)
PLAIN = Look("等线", "等线", "等线", "Calibri", 11, 9.5, 20, (25, 25, 25, 25))


def poster_look(lang: str, paper: str) -> Look:
    """The notice as a poster: A3 doubles every size of A4's large type."""
    scale = 1.41 if paper == "a3" else 1.0
    page = (297, 420) if paper == "a3" else (210, 297)
    zh = is_zh(lang)
    return Look("黑体" if zh else "Calibri", "黑体" if zh else "Calibri",
                "方正小标宋简体" if zh else "Calibri", LATIN_OFFICIAL if zh else "Calibri",
                round(20 * scale), round(14 * scale), round(40 * scale),
                tuple(round(m * scale) for m in (20, 20, 20, 20)), page)  # type: ignore[arg-type]


def look_for(lang: str) -> Look:
    return OFFICIAL if is_zh(lang) else PLAIN


class Writer:
    """Collects the body of one document in one look; ``finish`` returns the Document."""

    def __init__(self, lang: str, look: Look) -> None:
        self.lang, self.look = lang, look
        self.zh = is_zh(lang)
        self.document = new_document()
        self.flow = Flow()
        self._break = False
        section = self.document.sections[0]
        top, bottom, left, right = look.margins
        set_page(section, top=top, bottom=bottom, left=left, right=right,
                 header=min(15, top - 8), footer=min(15, bottom - 8))
        section.page_width, section.page_height = Mm(look.page[0]), Mm(look.page[1])
        set_defaults(self.document, east_asia=look.body, latin=look.latin, size_pt=look.body_pt,
                     lang=lang)
        add_font_entries(self.document, FONT_TABLE)
        self.pitch = round(look.body_pt * 20)

    # -- runs
    def rpr(self, role: str = "body", *, size: float | None = None, bold: bool = False,
            color: str | None = None) -> str:
        font = {"body": self.look.body, "label": self.look.label, "title": self.look.title,
                "page": "宋体" if self.zh else self.look.latin}[role]
        return rpr_xml(font, self.look.latin, size or self.look.body_pt, bold, False, color)

    def _spacing(self, before: float = 0, after: float = 0) -> str:
        if self.look.line_pt:
            return spacing_xml(before, after, line_pt=self.look.line_pt)
        return spacing_xml(before, after, line_multiple=1.25)

    # -- paragraphs
    def p(self, runs: str, ppr: str = "") -> None:
        if self._break:
            ppr = with_page_break_before(ppr)
            self._break = False
        self.flow.add(para_xml(runs, ppr))

    def page_break(self) -> None:
        self._break = True

    def mark(self, text: str, *, red: bool = True, size: float | None = None) -> None:
        """The red mark of the document ("青石街道交办单"), centred, with a rule under it."""
        rule = border_xml("bottom", 12, RED if red else "000000", space=4)
        self.p(run_xml(text, self.rpr("title", size=size or self.look.title_pt,
                                      color=RED if red else None)),
               ppr_xml(borders=rule, snap_to_grid=False, jc="center",
                       spacing=spacing_xml(0, 10, line_multiple=1.1)))

    def title(self, text: str, *, size: float | None = None, after: float = 12) -> None:
        """Centred; a long Chinese title in lines of even length (GB/T 9704)."""
        size = size or self.look.title_pt
        per_line = int(self.look.text_width / 20 / size)
        lines = balance_lines(text, per_line) if self.zh else [text]
        rpr = self.rpr("title", size=size)
        self.p("<w:r><w:br/></w:r>".join(run_xml(line, rpr) for line in lines),
               ppr_xml(snap_to_grid=False, jc="center", keep_next=True,
                       spacing=spacing_xml(6, after, line_multiple=1.15)))

    def right(self, text: str, *, size: float | None = None) -> None:
        self.p(run_xml(text, self.rpr(size=size)), ppr_xml(jc="right", spacing=self._spacing()))

    def heading(self, text: str, *, size: float | None = None) -> None:
        self.p(run_xml(text, self.rpr("label", size=size, bold=not self.zh)),
               ppr_xml(keep_next=True, spacing=self._spacing(6 if not self.zh else 0, 0),
                       ind=ind_xml(self.pitch, first_chars=2) if self.zh else ""))

    def para(self, text: str, *, size: float | None = None, indent: bool = True,
             note: bool = False) -> None:
        pitch = round((size or self.look.body_pt) * 20)
        self.p(run_xml(text, self.rpr("label" if note and self.zh else "body", size=size)),
               ppr_xml(spacing=self._spacing(0, 0 if self.zh else 4), jc="both" if self.zh else None,
                       ind=ind_xml(pitch, first_chars=2) if indent and self.zh else ""))

    def fact(self, label: str, value: str, *, size: float | None = None, left: float = 0) -> None:
        """"时间：…" with wrapped lines aligned after the label (``left``: indent in characters)."""
        pitch = round((size or self.look.body_pt) * 20)
        width = char_width(label)
        self.p(run_xml(label, self.rpr("label", size=size, bold=not self.zh))
               + run_xml(value, self.rpr(size=size)),
               ppr_xml(spacing=self._spacing(), ind=ind_xml(pitch, left_chars=left + width,
                                                           hanging_chars=width)))

    def blank(self) -> None:
        self.p("", ppr_xml(spacing=self._spacing()))

    def signature(self, lines: list[str]) -> None:
        self.blank()
        for i, line in enumerate(lines):
            self.p(run_xml(line, self.rpr()),
                   ppr_xml(keep_next=i < len(lines) - 1, jc="right", spacing=self._spacing(),
                           ind=ind_xml(self.pitch, right_chars=2 if self.zh else 0)))

    # -- tables
    def table(self, rows: list[list[str]], widths: list[float], *, head: list[str] | None = None,
              height_mm: float | None = None, size: float | None = None,
              label_columns: frozenset[int] = frozenset(), center: frozenset[int] = frozenset(),
              merge_wide: bool = True) -> None:
        """A bordered table; ``head`` repeats on every page; rows ``[text]`` of one cell span
        the whole width (a section heading of a form)."""
        size = size or self.look.small_pt
        total = self.look.text_width
        scale = total / sum(widths)
        cols = [int(w * scale) for w in widths]
        cols[-1] += total - sum(cols)
        sides = "".join(border_xml(side, 6, space=0)
                        for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
        out = [f'<w:tbl><w:tblPr><w:tblW w:w="{total}" w:type="dxa"/><w:jc w:val="center"/>'
               f'<w:tblBorders>{sides}</w:tblBorders><w:tblLayout w:type="fixed"/>'
               '<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/>'
               '</w:tblCellMar></w:tblPr><w:tblGrid>',
               "".join(f'<w:gridCol w:w="{w}"/>' for w in cols), "</w:tblGrid>"]
        cell_ppr = ppr_xml(snap_to_grid=False, spacing=spacing_xml(1, 1, line_multiple=1.1))
        center_ppr = ppr_xml(snap_to_grid=False, jc="center",
                             spacing=spacing_xml(1, 1, line_multiple=1.1))
        height = (f'<w:trHeight w:val="{mm_to_twips(height_mm)}" w:hRule="atLeast"/>'
                  if height_mm else "")

        def row_xml(cells: list[str], *, header: bool = False) -> str:
            props = "<w:cantSplit/>" + ("<w:tblHeader/>" if header else "") + height
            parts = [f"<w:tr><w:trPr>{props}</w:trPr>"]
            if len(cells) == 1 and len(cols) > 1 and merge_wide:
                parts.append(f'<w:tc><w:tcPr><w:tcW w:w="{total}" w:type="dxa"/>'
                             f'<w:gridSpan w:val="{len(cols)}"/><w:vAlign w:val="center"/></w:tcPr>'
                             f'{self._cell(cells[0], cell_ppr, self.rpr("label", size=size, bold=True))}'
                             "</w:tc>")
            else:
                for i, text in enumerate(cells):
                    strong = header or i in label_columns
                    rpr = self.rpr("label" if strong else "body", size=size,
                                   bold=strong and not self.zh)
                    ppr = center_ppr if header or i in center else cell_ppr
                    parts.append(f'<w:tc><w:tcPr><w:tcW w:w="{cols[i]}" w:type="dxa"/>'
                                 f'<w:vAlign w:val="center"/></w:tcPr>{self._cell(text, ppr, rpr)}'
                                 "</w:tc>")
            parts.append("</w:tr>")
            return "".join(parts)

        if head:
            out.append(row_xml(head, header=True))
        out.extend(row_xml(r) for r in rows)
        out.append("</w:tbl>")
        if self._break:  # a table cannot carry the break: an empty paragraph before it does
            self.p("", ppr_xml(spacing=spacing_xml(0, 0, line_pt=1), snap_to_grid=False))
        self.flow.add("".join(out))
        self.p("", ppr_xml(spacing=spacing_xml(0, 0, line_pt=6), snap_to_grid=False))

    @staticmethod
    def _cell(text: str, ppr: str, rpr: str) -> str:
        lines = text.split("\n") if text else [""]
        return "".join(para_xml(run_xml(line, rpr), ppr) for line in lines)

    # -- header, footer, finish
    def header_footer(self, header: str, *, numbering: str) -> None:
        """A running header and page numbers on every page: ``numbering`` "dash" is "— 1 —",
        "of" is "第 1 页 共 3 页" / "Page 1 of 3"."""
        section = self.document.sections[0]
        small = self.rpr(size=10.5 if self.zh else 9, color="404040")
        if header:
            section.header.is_linked_to_previous = False
            replace_children(section.header._element, para_xml(
                run_xml(header, small),
                ppr_xml(borders=border_xml("bottom", 4, "808080", space=1), jc="center",
                        spacing=spacing_xml(0, 0, line_multiple=1.0), snap_to_grid=False)))
        page_rpr = self.rpr("page", size=14 if numbering == "dash" and self.zh else 10)
        if numbering == "dash":
            runs = run_xml("— ", page_rpr) + field_xml("PAGE", page_rpr) + run_xml(" —", page_rpr)
        elif self.zh:
            runs = (run_xml("第 ", page_rpr) + field_xml("PAGE", page_rpr) + run_xml(" 页  共 ", page_rpr)
                    + field_xml("NUMPAGES", page_rpr) + run_xml(" 页", page_rpr))
        else:
            runs = (run_xml("Page ", page_rpr) + field_xml("PAGE", page_rpr) + run_xml(" of ", page_rpr)
                    + field_xml("NUMPAGES", page_rpr))
        section.footer.is_linked_to_previous = False
        replace_children(section.footer._element, para_xml(
            runs, ppr_xml(jc="center", spacing=spacing_xml(0, 0, line_multiple=1.0),
                          snap_to_grid=False)))

    def finish(self, *, title: str, subject: str, author: str) -> Document:
        self.flow.insert_into(self.document)
        set_properties(self.document, title=title, subject=subject, author=author, lang=self.lang)
        return self.document


def cn_date(value, zh: bool) -> str:
    """2026年12月1日 / 1 December 2026."""
    if value is None:
        return ""
    if zh:
        return f"{value.year}年{value.month}月{value.day}日"
    return f"{value.day} {value.strftime('%B')} {value.year}"


def cn_time_range(starts, ends, zh: bool) -> str:
    weekday_zh = "一二三四五六日"[starts.weekday()]
    if zh:
        return (f"{cn_date(starts, True)}（星期{weekday_zh}）{starts:%H:%M}—{ends:%H:%M}")
    return f"{starts:%A} {cn_date(starts, False)}, {starts:%H:%M}–{ends:%H:%M}"
