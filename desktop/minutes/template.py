"""The template style: the user's own .docx (letterhead, header/footer, styles) as the base.

:func:`open_template` checks the file and explains in both languages why it cannot
be used (missing, not a Word file, damaged, password-protected, with macros), so
the UI can offer the plain style instead. The template's body is emptied but its
last section (page set-up, headers, footers, letterhead) is kept; the minutes are
written with the template's own styles, looked up by style id and by name
(English and Chinese), with direct formatting for any that are missing.
"""
from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.document import Document
from docx.oxml.ns import qn
from lxml import etree

from .blocks import Block
from .errors import MinutesWarning, TemplateError
from .styled import StyledRenderer, StyleMap

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
CT_DOCUMENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
CT_TEMPLATE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_CT_MACRO = "application/vnd.ms-word."  # .docm / .dotm main parts
_OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"

#: role → (style ids, style names) tried in order; names compare case-insensitively.
#: Chinese Word writes built-in styles with English names ("heading 1") and ids like
#: "1" or "a3", so the names matter more than the ids; Chinese names cover
#: styles a user created by hand.
ROLE_LOOKUP: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {
    "title": (("Title",), ("title", "标题"), "paragraph"),
    "heading1": (("Heading1",), ("heading 1", "标题 1", "标题1"), "paragraph"),
    "heading2": (("Heading2",), ("heading 2", "标题 2", "标题2"), "paragraph"),
    "heading3": (("Heading3",), ("heading 3", "标题 3", "标题3"), "paragraph"),
    "normal": (("Normal",), ("normal", "正文"), "paragraph"),
    "table": (("TableGrid",), ("table grid", "网格型", "表格网格"), "table"),
}
ROLE_NAMES = {"title": ("Title", "标题"), "heading1": ("Heading 1", "标题 1"),
              "heading2": ("Heading 2", "标题 2"), "heading3": ("Heading 3", "标题 3"),
              "normal": ("Normal", "正文"), "table": ("Table Grid", "网格型")}


@dataclass(frozen=True, slots=True)
class TemplateStyle:
    """A user-supplied .docx (or .dotx) to write the minutes into."""

    path: Path

    def __post_init__(self) -> None:
        object.__setattr__(self, "path", Path(self.path))

    def open(self) -> Document:
        return open_template(self.path)

    def inspect(self) -> tuple[MinutesWarning, ...]:
        """Check the template now (raises :class:`TemplateError`) and list what it lacks."""
        return resolve_styles(self.open())[1]


def _error(path: Path, *, en: str, zh: str) -> TemplateError:
    return TemplateError(zh=f"模板“{path.name}”{zh}", en=f"The template “{path.name}” {en}")


def open_template(path: Path) -> Document:
    """Open ``path`` as a python-docx Document or raise :class:`TemplateError`."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise _error(path, zh="不存在，可能已被移动或删除。", en="does not exist; it may have been moved or deleted.") from None
    except IsADirectoryError:
        raise _error(path, zh="是一个文件夹，不是 Word 文件。", en="is a folder, not a Word file.") from None
    except OSError as exc:
        raise _error(path, zh=f"无法读取（{exc.strerror or exc}）。", en=f"cannot be read ({exc.strerror or exc}).") from None
    if data.startswith(OLE2_MAGIC):
        raise _error(path, zh="设有打开密码（已加密），或是旧版 .doc 格式。请在 Word 中取消密码并另存为 .docx 后再选用。",
                     en="is password-protected (encrypted) or in the old .doc format. Remove the password in Word "
                     "and save it as .docx, then choose it again.")
    if not data.startswith(ZIP_MAGIC):
        raise _error(path, zh="不是 Word 文档（.docx）。", en="is not a Word document (.docx).")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        bad = archive.testzip()
        names = set(archive.namelist())
        if bad is not None:
            raise zipfile.BadZipFile(bad)
        if "[Content_Types].xml" not in names:
            raise _error(path, zh="不是 Word 文档（.docx）。", en="is not a Word document (.docx).")
        main_type = _main_content_type(archive)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, etree.XMLSyntaxError, KeyError, EOFError, ValueError):
        raise _error(path, zh="已损坏，无法打开。", en="is damaged and cannot be opened.") from None
    if main_type.startswith(_CT_MACRO):
        raise _error(path, zh="含有宏（.docm/.dotm），出于安全考虑不能作为模板。请另存为 .docx。",
                     en="contains macros (.docm/.dotm) and cannot be used as a template. Save it as .docx.")
    if main_type == CT_TEMPLATE:
        data = _as_document(archive)
    elif main_type != CT_DOCUMENT:
        raise _error(path, zh="不是 Word 文档（.docx）。", en="is not a Word document (.docx).")
    try:
        return docx.Document(io.BytesIO(data))
    except Exception:  # python-docx raises KeyError, ValueError, lxml errors … on broken packages
        raise _error(path, zh="已损坏，无法打开。", en="is damaged and cannot be opened.") from None


def _main_content_type(archive: zipfile.ZipFile) -> str:
    rels = etree.fromstring(archive.read("_rels/.rels"))
    target = next((rel.get("Target") for rel in rels if rel.get("Type") == _OFFICE_DOCUMENT), None)
    if not target:
        return ""
    partname = "/" + target.lstrip("/")
    types = etree.fromstring(archive.read("[Content_Types].xml"))
    ns = "{http://schemas.openxmlformats.org/package/2006/content-types}"
    for override in types.iter(f"{ns}Override"):
        if override.get("PartName") == partname:
            return override.get("ContentType", "")
    ext = partname.rsplit(".", 1)[-1]
    for default in types.iter(f"{ns}Default"):
        if default.get("Extension", "").lower() == ext.lower():
            return default.get("ContentType", "")
    return ""


def _as_document(archive: zipfile.ZipFile) -> bytes:
    """A .dotx repackaged as a .docx: only the main part's content type differs."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in archive.infolist():
            blob = archive.read(info.filename)
            if info.filename == "[Content_Types].xml":
                blob = blob.replace(CT_TEMPLATE.encode(), CT_DOCUMENT.encode())
            target.writestr(info.filename, blob)
    return out.getvalue()


def clear_body(document: Document) -> list[MinutesWarning]:
    """Remove the body's content, keeping the final section (page set-up, headers, footers)."""
    body = document.element.body
    dropped_sections = 0
    for child in list(body):
        if child.tag == qn("w:sectPr"):
            continue
        if child.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None:
            dropped_sections += 1
        body.remove(child)
    if dropped_sections:
        return [MinutesWarning(
            "template_sections", str(dropped_sections + 1),
            zh=f"模板有 {dropped_sections + 1} 节，纪要只使用最后一节的页面设置和页眉页脚。",
            en=f"The template has {dropped_sections + 1} sections; the minutes use the page set-up, "
            "headers and footers of the last one.")]
    return []


def resolve_styles(document: Document) -> tuple[StyleMap, tuple[MinutesWarning, ...]]:
    """Find each role's style in ``document``; warn about those it lacks."""
    by_id: dict[str, etree._Element] = {}
    by_name: dict[tuple[str, str], str] = {}
    for style in document.styles.element.iterchildren(qn("w:style")):
        sid = style.get(qn("w:styleId"))
        kind = style.get(qn("w:type"), "paragraph")
        by_id[sid] = style
        name = style.find(qn("w:name"))
        if name is not None:
            by_name.setdefault((re.sub(r"\s+", " ", name.get(qn("w:val"), "")).strip().lower(), kind), sid)
    found: dict[str, str | None] = {}
    warnings = []
    for role, (ids, names, kind) in ROLE_LOOKUP.items():
        sid = next((i for i in ids if i in by_id and by_id[i].get(qn("w:type"), "paragraph") == kind), None)
        if sid is None:
            sid = next((by_name[(n, kind)] for n in names if (n, kind) in by_name), None)
        found[role] = sid
        if sid is None:
            en, zh = ROLE_NAMES[role]
            warnings.append(MinutesWarning(
                "template_style_missing", en,
                zh=f"模板中没有“{zh}”样式，已改用直接格式。",
                en=f"The template has no “{en}” style; direct formatting was used instead."))
    return StyleMap(**found), tuple(warnings)


def text_width_twips(document: Document) -> int:
    section = document.sections[-1]
    try:
        width = section.page_width - section.left_margin - section.right_margin
    except TypeError:  # a section without page size or margins
        return 9026
    return max(int(width / 635), 1440)  # EMU → twips


#: Parts of the template that are its author's, not the minutes': review comments (and
#: their extensions and authors) and the thumbnail of the template's first page.
_AUTHORS_PARTS = ("/comments", "/commentsExtended", "/commentsIds", "/commentsExtensible", "/people")
_COMMENT_MARKS = ("w:commentRangeStart", "w:commentRangeEnd", "w:commentReference")


def drop_authors_parts(document: Document) -> None:
    """Remove the template's comments, comment marks and thumbnail from ``document``."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    for rid, rel in list(document.part.rels.items()):
        if rel.reltype.endswith(_AUTHORS_PARTS):
            del document.part.rels[rid]
    package = document.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package.rels[rid]
    for part in package.iter_parts():
        element = getattr(part, "element", None)
        if element is None:
            continue
        for tag in _COMMENT_MARKS:
            for mark in list(element.iter(qn(tag))):
                parent = mark.getparent()
                parent.remove(mark)
                if parent.tag == qn("w:r") and not len([c for c in parent if c.tag != qn("w:rPr")]):
                    parent.getparent().remove(parent)


def render_template(blocks: list[Block], style: TemplateStyle) -> tuple[Document, tuple[MinutesWarning, ...]]:
    document = style.open()
    drop_authors_parts(document)
    warnings = clear_body(document)
    styles, missing = resolve_styles(document)
    renderer = StyledRenderer(document, styles, text_width_twips(document), head_fill="F2F2F2")
    return renderer.render(blocks), tuple(warnings) + missing
