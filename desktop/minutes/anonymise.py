"""Public versions: citizens renamed, contact details dropped, personal data masked.

Two layers (GUIDE §5):

1. :func:`anonymise` works on the content before anything is written: each
   citizen speaker gets a public name from :func:`desktop.core.privacy.public_name`
   (the same person the same label throughout, keyed by the speaker's name; their
   full name is replaced in every free text too), ``contact`` is dropped, citizens'
   attendance shows a head count instead of names, and :func:`mask_text` runs over
   every string of the content. Officials keep their names.
2. :func:`mask_package` is the last line of defence on the finished document: it
   runs ``mask_text`` over every text node of every XML part of the package (body,
   tables, headers, footers, comments, footnotes, core and app properties, a
   template's leftovers), over text-bearing attributes (image descriptions, field
   instructions, content-control tags), external link targets, and over each
   paragraph's joined text in case a number is split across runs.
"""
from __future__ import annotations

import dataclasses
import re
from typing import Callable

from docx.document import Document
from docx.opc.part import XmlPart
from docx.oxml.ns import qn
from lxml import etree

from desktop.core import privacy

from .content import AttendanceLine, MinutesContent, OpinionEntry, ReportBackContent
from .labels import labels_for

_KEEP_FIELDS = {"lang"}  # strings that are codes, not text


class _Namer:
    """Public labels for citizen speakers, numbered in order of first appearance."""

    def __init__(self, lang: str, style: str) -> None:
        self.lang = lang
        self.style = style
        self.labels: dict[str, str] = {}

    def visit(self, opinion: OpinionEntry) -> None:
        key = (opinion.speaker or "").strip()
        if opinion.is_citizen and key and key not in self.labels:
            self.labels[key] = privacy.public_name(key, opinion.speaker_gender, len(self.labels),
                                                   self.lang, self.style)

    def rename(self, opinion: OpinionEntry) -> OpinionEntry:
        if not opinion.is_citizen:
            return dataclasses.replace(opinion, contact=None)
        key = (opinion.speaker or "").strip()
        return dataclasses.replace(opinion, speaker=self.labels.get(key, ""), contact=None)

    def scrubber(self) -> Callable[[str], str]:
        """mask_text, after replacing citizens' full names (two characters or more) in free text."""
        names = sorted((n for n in self.labels if len(n) >= 2), key=len, reverse=True)
        if not names:
            return privacy.mask_text
        pattern = re.compile("|".join(re.escape(n) for n in names))
        labels = self.labels

        def scrub(text: str) -> str:
            return privacy.mask_text(pattern.sub(lambda m: labels[m.group(0)], text))

        return scrub


def map_strings(value, fn: Callable[[str], str]):
    """Apply ``fn`` to every str inside dataclasses, tuples and named tuples."""
    if isinstance(value, str):
        return fn(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: map_strings(getattr(value, f.name), fn)
                   for f in dataclasses.fields(value) if f.name not in _KEEP_FIELDS}
        return dataclasses.replace(value, **changes)
    if isinstance(value, tuple):
        items = [map_strings(item, fn) for item in value]
        return type(value)(*items) if hasattr(value, "_fields") else tuple(items)
    return value


def _citizen_lines(lines: tuple[AttendanceLine, ...], lang: str) -> tuple[AttendanceLine, ...]:
    people = labels_for(lang)["people"]
    return tuple(
        dataclasses.replace(line, names=(people.format(n=len(line.names)),) if line.names else ())
        if line.is_citizen else line
        for line in lines)


def anonymise(content: MinutesContent, naming_style: str = "honorific") -> MinutesContent:
    """The public version of ``content`` (``public`` set True)."""
    namer = _Namer(content.lang, naming_style)
    for section in content.agenda:
        for opinion in section.opinions:
            namer.visit(opinion)
    for opinion in content.appendix:
        namer.visit(opinion)
    renamed = dataclasses.replace(
        content,
        public=True,
        agenda=tuple(dataclasses.replace(s, opinions=tuple(namer.rename(o) for o in s.opinions))
                     for s in content.agenda),
        appendix=tuple(namer.rename(o) for o in content.appendix),
        present=_citizen_lines(content.present, content.lang),
        attending=_citizen_lines(content.attending, content.lang),
        excused=_citizen_lines(content.excused, content.lang),
    )
    return map_strings(renamed, namer.scrubber())


def anonymise_report_back(content: ReportBackContent, naming_style: str = "honorific") -> ReportBackContent:
    """The report back is always public: same treatment as :func:`anonymise`."""
    namer = _Namer(content.lang, naming_style)
    for item in content.items:
        namer.visit(item.opinion)
    renamed = dataclasses.replace(
        content, items=tuple(dataclasses.replace(item, opinion=namer.rename(item.opinion)) for item in content.items))
    return map_strings(renamed, namer.scrubber())


# ---------------------------------------------------------------- the finished package

_TEXT_ATTRIBUTES = ("descr", "title", qn("w:instr"))  # image alt text, fldSimple instructions
_TAG_ELEMENTS = (qn("w:alias"), qn("w:tag"))  # content-control titles and tags keep text in w:val
_W_T = qn("w:t")
_W_P = qn("w:p")
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


# python-docx's element classes override ``.text`` (a run's or paragraph's joined
# text, with a setter that rewrites the run); masking must see lxml's own text nodes.
_RAW_TEXT = etree._Element.text
_RAW_TAIL = etree._Element.tail


def mask_tree(root: etree._Element, mask: Callable[[str], str] | None = None) -> int:
    """Mask every text node (and text-bearing attribute) under ``root``; return how many changed."""
    mask = mask or privacy.mask_text
    get_text, set_text = _RAW_TEXT.__get__, _RAW_TEXT.__set__
    get_tail, set_tail = _RAW_TAIL.__get__, _RAW_TAIL.__set__
    changed = 0
    for el in root.iter():
        if not isinstance(el.tag, str):  # comments, processing instructions
            continue
        text = get_text(el)
        if text and not text.isspace():
            new = mask(text)
            if new != text:
                set_text(el, new)
                changed += 1
        tail = get_tail(el)
        if tail and not tail.isspace():
            new = mask(tail)
            if new != tail:
                set_tail(el, new)
                changed += 1
        if el.attrib:
            for attr in _TEXT_ATTRIBUTES:
                value = el.get(attr)
                if value:
                    new = mask(value)
                    if new != value:
                        el.set(attr, new)
                        changed += 1
            if el.tag in _TAG_ELEMENTS:
                value = el.get(qn("w:val"))
                if value and mask(value) != value:
                    el.set(qn("w:val"), mask(value))
                    changed += 1
    return changed + _mask_split_paragraphs(root, mask)


def _mask_split_paragraphs(root: etree._Element, mask: Callable[[str], str]) -> int:
    """A number split across runs ("139" | "12345678") is caught on the paragraph's joined text;
    the paragraph's text then goes, masked, into its first ``w:t``."""
    get_text, set_text = _RAW_TEXT.__get__, _RAW_TEXT.__set__
    changed = 0
    for p in root.iter(_W_P):
        texts = [t for t in p.iter(_W_T) if next(t.iterancestors(_W_P)) is p]
        if len(texts) < 2:
            continue
        joined = "".join(get_text(t) or "" for t in texts)
        masked = mask(joined)
        if masked != joined:
            set_text(texts[0], masked)
            texts[0].set(_XML_SPACE, "preserve")
            for t in texts[1:]:
                set_text(t, "")
            changed += 1
    return changed


def _is_xml(part) -> bool:
    ct = part.content_type or ""
    return ct.endswith("+xml") or ct in ("application/xml", "text/xml")


def mask_package(document: Document, mask: Callable[[str], str] | None = None) -> int:
    """Mask personal data in every XML part of ``document``'s package; return the number of changes."""
    mask = mask or privacy.mask_text
    package = document.part.package
    changed = 0
    for part in package.iter_parts():
        if isinstance(part, XmlPart):
            changed += mask_tree(part.element, mask)
        elif _is_xml(part) and part.blob:
            try:
                root = etree.fromstring(part.blob)
            except etree.XMLSyntaxError:
                continue
            n = mask_tree(root, mask)
            if n:
                # An opaque part keeps its bytes in ``_blob``; there is no public setter.
                part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
                changed += n
        for rel in part.rels.values():
            changed += _mask_external(rel, mask)
    for rel in package.rels.values():
        changed += _mask_external(rel, mask)
    return changed


def _mask_external(rel, mask: Callable[[str], str]) -> int:
    if not rel.is_external:
        return 0
    target = rel.target_ref
    new = mask(target)
    if new == target:
        return 0
    rel._target = new  # no public setter for an external relationship's target
    return 1
