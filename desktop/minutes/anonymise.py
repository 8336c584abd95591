"""Public versions: citizens renamed as people, contact details dropped, personal data masked.

Two layers (GUIDE §5), both driven by one :class:`~desktop.core.public_record.PublicRecord`:

1. :func:`anonymise` works on the content before anything is written. :func:`public_record`
   builds the session's directory from the content: each citizen (speakers, registered
   attendees) gets a public label from :func:`desktop.core.privacy.public_name` — 王女士 when
   the salutation is recorded or written in the name, else 居民甲 — and the officials (chair,
   facilitator, recorder, leaders, departments, the organisation) keep their names. Every string
   of the content then goes through :meth:`PublicRecord.scrub`: citizens' *mentions* (not
   substrings) take their label, personal data is masked, the secretary's review decisions are
   applied. ``contact`` is dropped and citizens' attendance shows a head count.
2. :func:`mask_package` is the last line of defence on the finished document: it runs the
   number/e-mail masker over every text node of every XML part of the package (body, tables,
   headers, footers, comments, footnotes, properties, a template's leftovers), over
   text-bearing attributes, external link targets, and over each paragraph's joined text in
   case a number is split across runs. The organisation's published numbers and the tokens the
   secretary kept are left as they are.

:func:`review_minutes` / :func:`review_report_back` list what the public version replaces and
what still looks personal, for the privacy review before approval.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Mapping
from typing import Callable

from docx.document import Document
from docx.opc.part import XmlPart
from docx.oxml.ns import qn
from lxml import etree

from desktop.core import privacy
from desktop.core.public_record import PublicRecord, ReviewItem, looks_like_person_name

from .content import AttendanceLine, MinutesContent, OpinionEntry, ReportBackContent
from .labels import labels_for

_KEEP_FIELDS = {"lang", "citizens"}  # strings that are codes, not text, or the directory itself


@dataclasses.dataclass(frozen=True)
class PrivacyOptions:
    """What the organisation and the secretary decided: numbers the organisation publishes
    (kept), and the review decisions of the session (``ReviewItem.key`` -> "keep"/"mask")."""

    published_numbers: tuple[str, ...] = ()
    decisions: Mapping[str, str] = dataclasses.field(default_factory=dict)


class _Namer:
    """Public labels for citizens, numbered in order of first appearance."""

    def __init__(self, lang: str, style: str) -> None:
        self.lang = lang
        self.style = style
        self.labels: dict[str, str] = {}
        self.count = 0  # people labelled so far (a name and its "张伟先生" form are one person)

    def add(self, name: str, gender: str | None = None, salutation: str | None = None) -> None:
        key = (name or "").strip()
        if key and key not in self.labels and looks_like_person_name(key):
            label = privacy.public_name(key, gender, self.count, self.lang, self.style,
                                        salutation)
            self.count += 1
            self.labels[key] = label
            base, written = privacy.split_salutation(key)
            if written and len(base) >= 2:  # "张伟先生": mentions of 张伟 take the same label
                self.labels.setdefault(base, label)

    def visit(self, opinion: OpinionEntry) -> None:
        if opinion.is_citizen:
            self.add(opinion.speaker, opinion.speaker_gender,
                     getattr(opinion, "speaker_salutation", None))

    def rename(self, opinion: OpinionEntry) -> OpinionEntry:
        if not opinion.is_citizen:
            return dataclasses.replace(opinion, contact=None)
        key = (opinion.speaker or "").strip()
        return dataclasses.replace(opinion, speaker=self.labels.get(key, key), contact=None)


def _split_names(values: Iterable[str]) -> Iterator[str]:
    for value in values:
        value = (value or "").strip()
        if value:
            yield value
            for part in value.replace("、", " ").replace("，", " ").replace(",", " ").split():
                yield part


def _officials(content: MinutesContent) -> list[str]:
    names = [content.chair, content.facilitator, content.recorder, content.org_name,
             content.issued_by, *content.cc]
    for line in (*content.present, *content.attending, *content.excused):
        if not line.is_citizen:
            names.extend((line.unit, *line.names))
    for row in content.commitments:
        names.append(row.owner)
    for section in content.agenda:
        names.extend(r.owner for r in section.reported)
    for opinion in _opinions(content):
        names.append(opinion.reply_by)
        if not opinion.is_citizen:
            names.extend((opinion.speaker, opinion.speaker_group))
    return list(_split_names(names))


def _opinions(content: MinutesContent) -> Iterator[OpinionEntry]:
    for section in content.agenda:
        yield from section.opinions
    yield from content.appendix


def _minutes_namer(content: MinutesContent, naming_style: str) -> _Namer:
    namer = _Namer(content.lang, naming_style)
    for opinion in _opinions(content):
        namer.visit(opinion)
    for line in (*content.present, *content.attending, *content.excused):
        if line.is_citizen:
            for name in line.names:
                namer.add(name)
    for name, gender, salutation in content.citizens:  # registered, named in a text without speaking
        namer.add(name, gender or None, salutation or None)
    return namer


def public_record(content: MinutesContent | ReportBackContent, naming_style: str = "honorific",
                  options: PrivacyOptions | None = None) -> PublicRecord:
    """The engine that makes ``content`` public: its directory, labels and decisions."""
    options = options or PrivacyOptions()
    if isinstance(content, ReportBackContent):
        namer = _Namer(content.lang, naming_style)
        officials: list[str] = [content.org_name]
        for item in content.items:
            namer.visit(item.opinion)
            officials.append(item.opinion.reply_by)
            officials.extend(line.owner for line in item.commitments)
            if not item.opinion.is_citizen:
                officials.append(item.opinion.speaker)
        officials = list(_split_names(officials))
    else:
        namer = _minutes_namer(content, naming_style)
        officials = _officials(content)
    return PublicRecord(citizens=namer.labels, officials=officials,
                        published_numbers=options.published_numbers, decisions=options.decisions)


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls)
                                          if f.name not in _KEEP_FIELDS)
    return names


def map_strings(value, fn: Callable[[str], str]):
    """Apply ``fn`` to every str inside dataclasses, tuples and named tuples (objects in which
    nothing changes are returned as they are)."""
    if isinstance(value, str):
        return fn(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for name in _field_names(type(value)):
            old = getattr(value, name)
            new = map_strings(old, fn)
            if new is not old:
                changes[name] = new
        return dataclasses.replace(value, **changes) if changes else value
    if isinstance(value, tuple):
        items = [map_strings(item, fn) for item in value]
        if all(new is old for new, old in zip(items, value)):
            return value
        return type(value)(*items) if hasattr(value, "_fields") else tuple(items)
    return value


def iter_strings(value, where: str = "") -> Iterator[tuple[str, str]]:
    """(field path, text) for every str inside dataclasses and tuples, as :func:`map_strings`
    visits them."""
    if isinstance(value, str):
        yield where, value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            if f.name not in _KEEP_FIELDS:
                yield from iter_strings(getattr(value, f.name), f"{where}.{f.name}" if where else f.name)
    elif isinstance(value, tuple):
        for n, item in enumerate(value, start=1):
            yield from iter_strings(item, f"{where}[{n}]")


def _citizen_lines(lines: tuple[AttendanceLine, ...], lang: str) -> tuple[AttendanceLine, ...]:
    people = labels_for(lang)["people"]
    return tuple(
        dataclasses.replace(line, names=(people.format(n=len(line.names)),) if line.names else ())
        if line.is_citizen else line
        for line in lines)


def _renamed_minutes(content: MinutesContent, namer: _Namer) -> MinutesContent:
    return dataclasses.replace(
        content,
        public=True,
        agenda=tuple(dataclasses.replace(s, opinions=tuple(namer.rename(o) for o in s.opinions))
                     for s in content.agenda),
        appendix=tuple(namer.rename(o) for o in content.appendix),
        present=_citizen_lines(content.present, content.lang),
        attending=_citizen_lines(content.attending, content.lang),
        excused=_citizen_lines(content.excused, content.lang),
    )


def anonymise(content: MinutesContent, naming_style: str = "honorific",
              options: PrivacyOptions | None = None) -> MinutesContent:
    """The public version of ``content`` (``public`` set True)."""
    record = public_record(content, naming_style, options)
    namer = _minutes_namer(content, naming_style)
    public = map_strings(_renamed_minutes(content, namer), record.scrub)
    return dataclasses.replace(public, citizens=())  # the directory's names stay out of it


def anonymise_report_back(content: ReportBackContent, naming_style: str = "honorific",
                          options: PrivacyOptions | None = None) -> ReportBackContent:
    """The report back is always public: same treatment as :func:`anonymise`."""
    record = public_record(content, naming_style, options)
    namer = _Namer(content.lang, naming_style)
    for item in content.items:
        namer.visit(item.opinion)
    renamed = dataclasses.replace(
        content, items=tuple(dataclasses.replace(item, opinion=namer.rename(item.opinion)) for item in content.items))
    return map_strings(renamed, record.scrub)


def review_minutes(content: MinutesContent | ReportBackContent, naming_style: str = "honorific",
                   options: PrivacyOptions | None = None) -> list[ReviewItem]:
    """The privacy review of the public version of ``content``: every replacement and every
    remaining suspicious token, with its context and the decision recorded for it."""
    record = public_record(content, naming_style, options)
    return record.review(iter_strings(content))


def package_mask(options: PrivacyOptions | None = None) -> Callable[[str], str]:
    """The masker for the finished package: published numbers and kept tokens stay."""
    options = options or PrivacyOptions()
    keep = PublicRecord(decisions=options.decisions).kept_tokens
    published = options.published_numbers
    if not keep and not published:
        return privacy.mask_text

    def mask(text: str) -> str:
        return privacy.mask_text(text, published, keep=keep)

    return mask


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


_W_NS = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
# Where WordprocessingML keeps text; iterating these by tag runs in libxml2. Any other text node
# (a tail, text a template put where Word does not look) is found by the XPath after them.
_TEXT_ELEMENTS = (qn("w:t"), qn("w:delText"), qn("w:instrText"), qn("w:delInstrText"))
_OTHER_TEXT_NODES = etree.XPath(
    ".//text()[normalize-space() and not(parent::w:t or parent::w:delText or parent::w:instrText "
    "or parent::w:delInstrText)]", namespaces=_W_NS)
# Where Word keeps text in attributes: DrawingML descriptions and titles (docPr, cNvPr), field
# instructions (fldSimple), content-control titles and tags; found by tag, in libxml2.
_ATTRIBUTE_HOLDERS = ("{*}docPr", "{*}cNvPr", qn("w:fldSimple"), qn("w:alias"), qn("w:tag"))
_may_hold = privacy.may_hold_personal_data


def _memo(mask: Callable[[str], str]) -> Callable[[str], str]:
    """``mask`` computed once per distinct text (dates, labels and captions repeat a lot)."""
    seen: dict[str, str] = {}

    def cached(text: str) -> str:
        result = seen.get(text)
        if result is None:
            result = seen[text] = mask(text)
        return result

    return cached


def mask_tree(root: etree._Element, mask: Callable[[str], str] | None = None) -> int:
    """Mask every text node (and text-bearing attribute) under ``root``; return how many changed.

    Text that cannot hold personal data (no five digits, no @, no WeChat label:
    :func:`privacy.may_hold_personal_data`) is never masked; a paragraph whose joined text may
    hold some is masked again as a whole, in case a number is split across runs."""
    mask = _memo(mask or privacy.mask_text)
    open_ends: list[etree._Element] = []  # w:t whose text may continue into the next run
    changed = _mask_elements(root.iter(*_TEXT_ELEMENTS), mask, open_ends)
    seen: set[etree._Element] = set()
    for t in open_ends:
        p = next(t.iterancestors(_W_P), None)
        if p is not None and p not in seen:
            seen.add(p)
            changed += _mask_split(p, mask)
    for node in _OTHER_TEXT_NODES(root):  # tails and stray text, not comments or PIs
        if not _may_hold(node):
            continue
        text = str(node)
        new = mask(text)
        if new != text:
            (_RAW_TEXT.__set__ if node.is_text else _RAW_TAIL.__set__)(node.getparent(), new)
            changed += 1
    for el in root.iter(*_ATTRIBUTE_HOLDERS):
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
    return changed


# Characters a number, an e-mail address or an id can end a run with and go on in the next.
_CONTINUES = frozenset("0123456789０１２３４５６７８９@＠.-_ ()+xX") | frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _mask_elements(elements, mask: Callable[[str], str],  # noqa: ANN001
                   open_ends: list[etree._Element]) -> int:
    get_text, set_text = _RAW_TEXT.__get__, _RAW_TEXT.__set__
    changed = 0
    for el in elements:
        text = get_text(el)
        if not text:
            continue
        if text[-1] in _CONTINUES and el.tag == _W_T:
            open_ends.append(el)
        if _may_hold(text):
            new = mask(text)
            if new != text:
                set_text(el, new)
                changed += 1
    return changed


def _mask_split(p: etree._Element, mask: Callable[[str], str]) -> int:
    """A number split across runs ("139" | "12345678") is caught on the paragraph's joined text;
    the paragraph's text then goes, masked, into its first ``w:t``."""
    get_text, set_text = _RAW_TEXT.__get__, _RAW_TEXT.__set__
    texts = [t for t in p.iter(_W_T) if next(t.iterancestors(_W_P)) is p]
    if len(texts) < 2:
        return 0
    joined = "".join(get_text(t) or "" for t in texts)
    masked = mask(joined) if _may_hold(joined) else joined
    if masked == joined:
        return 0
    set_text(texts[0], masked)
    texts[0].set(_XML_SPACE, "preserve")
    for t in texts[1:]:
        set_text(t, "")
    return 1


def _is_xml(part) -> bool:
    ct = part.content_type or ""
    return ct.endswith("+xml") or ct in ("application/xml", "text/xml")


def mask_package(document: Document, mask: Callable[[str], str] | None = None) -> int:
    """Mask personal data in every XML part of ``document``'s package; return the number of changes."""
    mask = _memo(mask or privacy.mask_text)
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
