"""Package-level set-up shared by the writers: base document, page, defaults, fonts, properties."""
from __future__ import annotations

from dataclasses import dataclass

import docx
from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.section import Section
from docx.shared import Mm
from lxml import etree

from .ooxml import W_NS, set_rfonts
from .text import clean_text, escape
from desktop.core.msg import pick
from ..core.clock import SYSTEM_CLOCK

# Parts of python-docx's default template that do not belong in our output: a
# thumbnail of some other document, and Word 2010's duplicate of styles.xml.
_DROPPED_PACKAGE_RELS = {RT.THUMBNAIL}
_DROPPED_DOCUMENT_RELS = {"http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"}


def new_document() -> Document:
    """python-docx's default document without its stray thumbnail and styles copy."""
    document = docx.Document()
    package = document.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype in _DROPPED_PACKAGE_RELS:
            del package.rels[rid]
    for rid, rel in list(document.part.rels.items()):
        if rel.reltype in _DROPPED_DOCUMENT_RELS:
            del document.part.rels[rid]
    return document


def set_page(section: Section, *, top: float, bottom: float, left: float, right: float,
             header: float | None = None, footer: float | None = None) -> None:
    """A4 portrait with margins in millimetres."""
    section.page_width = Mm(210)
    section.page_height = Mm(297)
    section.top_margin = Mm(top)
    section.bottom_margin = Mm(bottom)
    section.left_margin = Mm(left)
    section.right_margin = Mm(right)
    section.gutter = Mm(0)
    if header is not None:
        section.header_distance = Mm(header)
    if footer is not None:
        section.footer_distance = Mm(footer)


def set_doc_grid(section: Section, line_pitch_twips: int, char_space: int | None = None) -> None:
    """The page's line (and character) grid: ``w:docGrid``."""
    sect_pr = section._sectPr
    grid = sect_pr.find(qn("w:docGrid"))
    if grid is None:
        grid = sect_pr.makeelement(qn("w:docGrid"), {})
        sect_pr.append(grid)
    grid.attrib.clear()
    grid.set(qn("w:type"), "linesAndChars" if char_space is not None else "lines")
    grid.set(qn("w:linePitch"), str(line_pitch_twips))
    if char_space is not None:
        grid.set(qn("w:charSpace"), str(char_space))


def language_tags(lang: str) -> tuple[str, str]:
    """(w:val, w:eastAsia) language tags for the document's language."""
    return pick(lang, en=("en-GB", "zh-CN"), zh=("zh-CN", "zh-CN"))


def set_defaults(document: Document, *, east_asia: str, latin: str, size_pt: float, lang: str) -> None:
    """Document-wide default fonts on every slot, size and language.

    Theme-font references are stripped from all styles: the default template's
    theme maps East Asian text to a Japanese font, and Word prefers a theme
    reference over an explicit name.
    """
    styles = document.styles.element
    for rfonts in styles.iter(qn("w:rFonts")):
        for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
            rfonts.attrib.pop(qn(f"w:{attr}"), None)
        if not rfonts.attrib:
            rfonts.getparent().remove(rfonts)
    rpr = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    for child in list(rpr):
        rpr.remove(child)
    val, east = language_tags(lang)
    half = round(size_pt * 2)
    rpr.extend(list(parse_xml(
        f'<w:rPr xmlns:w="{W_NS}"><w:rFonts w:ascii="x" w:hAnsi="x" w:eastAsia="x" w:cs="x"/>'
        f'<w:kern w:val="2"/><w:sz w:val="{half}"/><w:szCs w:val="{half}"/>'
        f'<w:lang w:val="{val}" w:eastAsia="{east}" w:bidi="ar-SA"/></w:rPr>')))
    set_rfonts(rpr.find(qn("w:rFonts")), east_asia, latin)
    settings = document.settings.element
    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), val)
        theme_lang.set(qn("w:eastAsia"), "zh-CN")


def find_style(document: Document, style_id: str) -> etree._Element | None:
    for style in document.styles.element.iterchildren(qn("w:style")):
        if style.get(qn("w:styleId")) == style_id:
            return style
    return None


def define_paragraph_style(document: Document, style_id: str, name: str, *, ppr: str, rpr: str,
                           based_on: str | None = "Normal", next_style: str | None = "Normal") -> None:
    """Create or redefine a paragraph style; ``ppr``/``rpr`` are ``<w:pPr>``/``<w:rPr>`` XML.

    Existing formatting of the style is replaced, so nothing of the default
    template's look (blue headings, theme fonts) leaks through.
    """
    style = find_style(document, style_id)
    if style is None:
        style = parse_xml(f'<w:style xmlns:w="{W_NS}" w:type="paragraph" w:styleId="{escape(style_id)}">'
                          f'<w:name w:val="{escape(name)}"/><w:qFormat/></w:style>')
        document.styles.element.append(style)
    for tag in ("w:basedOn", "w:next", "w:pPr", "w:rPr"):
        for child in style.findall(qn(tag)):
            style.remove(child)
    name_el = style.find(qn("w:name"))
    anchor = name_el
    if based_on and style_id != based_on:
        based = parse_xml(f'<w:basedOn xmlns:w="{W_NS}" w:val="{based_on}"/>')
        anchor.addnext(based)
        anchor = based
    if next_style:
        anchor.addnext(parse_xml(f'<w:next xmlns:w="{W_NS}" w:val="{next_style}"/>'))
    for xml in (ppr, rpr):
        if xml:
            style.append(parse_xml(xml.replace("<w:pPr>", f'<w:pPr xmlns:w="{W_NS}">', 1)
                                   .replace("<w:rPr>", f'<w:rPr xmlns:w="{W_NS}">', 1)))


@dataclass(frozen=True, slots=True)
class FontEntry:
    """A ``w:font`` of the font table: how Word finds or substitutes a font.

    ``alt_name`` is the font's other name (仿宋 ↔ FangSong) so Word resolves the
    Chinese name on an English system; ``charset`` "86" (GB2312) and the panose
    number steer Word's substitution to a Chinese font when the font is missing.
    """

    name: str
    alt_name: str = ""
    charset: str = "86"
    family: str = "modern"
    pitch: str = "variable"
    panose: str = ""


def add_font_entries(document: Document, entries: list[FontEntry]) -> None:
    """Add entries to word/fontTable.xml (python-docx keeps it as an opaque part)."""
    part = next((rel.target_part for rel in document.part.rels.values()
                 if rel.reltype == RT.FONT_TABLE and not rel.is_external), None)
    if part is None:
        return
    root = etree.fromstring(part.blob)
    known = {font.get(qn("w:name")) for font in root.iter(qn("w:font"))}
    for entry in entries:
        if entry.name in known:
            continue
        xml = f'<w:font xmlns:w="{W_NS}" w:name="{escape(entry.name)}">'
        if entry.alt_name:
            xml += f'<w:altName w:val="{escape(entry.alt_name)}"/>'
        if entry.panose:
            xml += f'<w:panose1 w:val="{entry.panose}"/>'
        xml += (f'<w:charset w:val="{entry.charset}"/><w:family w:val="{entry.family}"/>'
                f'<w:pitch w:val="{entry.pitch}"/></w:font>')
        root.append(etree.fromstring(xml))
    # An opaque part keeps its bytes in ``_blob``; there is no public setter.
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


_APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Template>Normal.dotm</Template><Application>Tingjian</Application><DocSecurity>0</DocSecurity>"
    "<ScaleCrop>false</ScaleCrop><Company>{company}</Company><LinksUpToDate>false</LinksUpToDate>"
    "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged></Properties>"
)


def set_properties(document: Document, *, title: str, subject: str, author: str, lang: str,
                   keep_app: bool = False) -> None:
    """Core and extended properties: ours, not python-docx's ("generated by python-docx")."""
    props = document.core_properties
    props.title = clean_text(title)[:255]
    props.subject = clean_text(subject)[:255]
    props.author = clean_text(author)[:255]
    props.last_modified_by = clean_text(author)[:255]
    props.comments = ""
    props.keywords = ""
    props.category = ""
    props.language = language_tags(lang)[0]
    props.revision = 1
    now = SYSTEM_CLOCK.now().replace(microsecond=0, tzinfo=None)
    props.created = now
    props.modified = now
    if keep_app:
        return
    for rel in document.part.package.rels.values():
        if rel.reltype == RT.EXTENDED_PROPERTIES and not rel.is_external:
            rel.target_part._blob = _APP_XML.format(company=escape(clean_text(author))).encode("utf-8")


def set_approval(document: Document, approval, lang: str) -> None:
    """Who approved the file and when, in its properties (an official 纪要 has no signature block)."""
    from .labels import labels_for
    from .text import format_date

    L = labels_for(lang)
    props = document.core_properties
    if approval is None:
        props.content_status = L["draft_status"]
        return
    props.content_status = L["approved_status"]
    props.last_modified_by = clean_text(approval.approved_by)[:255]
    props.comments = L["approved_props"].format(by=clean_text(approval.approved_by),
                                                date=format_date(approval.approved_at, lang), n=approval.version)
    props.revision = max(int(approval.version), 1)
