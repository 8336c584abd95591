"""The small document model between content and Word: what to say, not how it looks.

:mod:`desktop.minutes.compose` turns content into a list of blocks once; each
renderer (official, plain, template) turns blocks into WordprocessingML in its
own look. Text in blocks is final (numbered, labelled, anonymised), so renderers
never make wording decisions.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Span:
    """A piece of a paragraph. Each free-text value of the content gets its own span
    (and so its own run), which keeps the public-version masking exact."""

    text: str
    strong: bool = False


@dataclass(slots=True)
class Masthead:
    """The head of the document: mark ("民情恳谈会纪要"), issuing body, date, title."""

    mark: str
    org: str
    date_text: str
    title: str


@dataclass(slots=True)
class Fact:
    """"时间：2026年11月23日 14:30—16:30" — a label and its value on one line."""

    label: str
    value: str


@dataclass(slots=True)
class LabelledLine:
    """"出席：…" — label, then text whose wrapped lines align after the colon."""

    label: str
    text: str


@dataclass(slots=True)
class Heading:
    level: int  # 1..3 are headings; numbering is already in ``text``
    text: str


@dataclass(slots=True)
class Para:
    spans: list[Span]
    indent: bool = True  # first-line indent of two characters (official style)
    note: bool = False  # a remark in smaller or quieter type


@dataclass(slots=True)
class Table:
    """A table with one header row repeated on each page.

    ``widths`` are relative column widths; ``center`` lists the columns whose cells
    are centred (numbers, dates). ``rows`` hold final cell text; a cell may be a
    list of spans (each its own run) or a str.
    """

    headers: list[str]
    rows: list[list]
    widths: list[float]
    center: frozenset[int] = field(default_factory=frozenset)
    small: bool = False  # a long table in smaller type (the appendix)


@dataclass(slots=True)
class Signature:
    """Right-aligned lines at the end of the body (approval, issuing body and date)."""

    lines: list[str]


@dataclass(slots=True)
class PageBreak:
    pass


@dataclass(slots=True)
class AttachmentHead:
    """"附件" at the top left of a new page, then the attachment's title centred."""

    label: str
    title: str


@dataclass(slots=True)
class Imprint:
    """版记: 抄送 and 印发机关/印发日期 between rules, at the end of the document."""

    cc_label: str
    cc: str  # already joined, with the closing 。
    issuer: str
    issued: str  # "2026年11月24日印发"


Block = Masthead | Fact | LabelledLine | Heading | Para | Table | Signature | PageBreak | AttachmentHead | Imprint
