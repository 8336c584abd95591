"""Word documents: minutes (official, plain and template styles) and the report back.

Pure Python, no Qt and no database: the caller fills the dataclasses of
:mod:`desktop.minutes.content` and gets a python-docx ``Document`` or a file.

    build_minutes(content, "official")                       -> docx Document
    write_minutes(content, "plain", Path("纪要.docx"))        -> WriteResult
    write_minutes(content, TemplateStyle(Path("信笺.docx")), path)
    build_report_back(content) / write_report_back(content, path)

When ``content.public`` is true the content is anonymised first
(:func:`~desktop.minutes.anonymise.anonymise`) and every XML part of the finished
package is masked last (:func:`~desktop.minutes.anonymise.mask_package`). The
report back is always public.

Errors: :class:`TemplateError` (template unusable: offer the plain style),
:class:`FileBusyError` (target open in Word: offer ``suggest_alternative(path)``),
:class:`FileWriteError` (folder, permission, disk space); each has ``message(lang)``.
"""
from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

from docx.document import Document

from .anonymise import PrivacyOptions, anonymise, anonymise_report_back, mask_package, package_mask
from .compose import compose_minutes, mark_of
from .content import (
    AgendaSection,
    ApprovalInfo,
    AttendanceLine,
    CommitmentRow,
    DispositionCount,
    GroupSpeaking,
    MinutesContent,
    OpinionEntry,
    ProgressLine,
    ReportBackContent,
    ReportBackItem,
    SpeakingStats,
)
from .document_base import set_approval, set_properties
from .errors import FileBusyError, FileWriteError, MinutesError, MinutesWarning, TemplateError
from .labels import labels_for
from .official import render_official
from .plain import render_plain
from .report_back import compose_report_back
from .safe_write import suggest_alternative, write_atomically
from .template import TemplateStyle, render_template

STYLES = ("official", "plain")
NAMING_STYLES = ("honorific", "letter")


@dataclass(frozen=True, slots=True)
class WriteResult:
    path: Path
    sha256: str  # hex digest of the bytes written
    size: int
    warnings: tuple[MinutesWarning, ...] = ()


def _check_style(style: str | TemplateStyle, naming_style: str) -> None:
    if not isinstance(style, TemplateStyle) and style not in STYLES:
        raise ValueError(f"unknown minutes style {style!r}; expected 'official', 'plain' or TemplateStyle")
    if naming_style not in NAMING_STYLES:
        raise ValueError(f"unknown naming style {naming_style!r}; expected one of {NAMING_STYLES}")


def _render(blocks, style: str | TemplateStyle, lang: str, header_text: str) -> tuple[Document, tuple]:
    if isinstance(style, TemplateStyle):
        return render_template(blocks, style)
    if style == "official":
        return render_official(blocks, lang), ()
    return render_plain(blocks, lang, header_text), ()


def build_minutes_with_warnings(content: MinutesContent, style: str | TemplateStyle,
                                naming_style: str = "honorific", privacy: PrivacyOptions | None = None,
                                ) -> tuple[Document, tuple[MinutesWarning, ...]]:
    """:func:`build_minutes`, also returning what the writer had to work around."""
    _check_style(style, naming_style)
    if content.public:
        content = anonymise(content, naming_style, privacy)
    L = labels_for(content.lang)
    mark = mark_of(content)
    header = L["header"].format(org=content.org_name, kind=content.kind_label) if content.kind_label else mark
    document, warnings = _render(compose_minutes(content), style, content.lang, header)
    set_properties(document, title=content.title, subject=mark, author=content.org_name, lang=content.lang)
    set_approval(document, content.approval, content.lang)
    if content.public:
        mask_package(document, package_mask(privacy))
    return document, warnings


def build_minutes(content: MinutesContent, style: str | TemplateStyle, naming_style: str = "honorific") -> Document:
    """The minutes as a python-docx Document. ``style``: "official", "plain" or a TemplateStyle."""
    return build_minutes_with_warnings(content, style, naming_style)[0]


def save_document(document: Document, path: Path, warnings: tuple[MinutesWarning, ...] = ()) -> WriteResult:
    """Serialise ``document`` and write it atomically (see :mod:`desktop.minutes.safe_write`)."""
    buffer = io.BytesIO()
    document.save(buffer)
    data = buffer.getvalue()
    path = Path(path)
    write_atomically(path, data)
    return WriteResult(path=path, sha256=hashlib.sha256(data).hexdigest(), size=len(data), warnings=warnings)


def write_minutes(content: MinutesContent, style: str | TemplateStyle, path: Path,
                  naming_style: str = "honorific", privacy: PrivacyOptions | None = None) -> WriteResult:
    document, warnings = build_minutes_with_warnings(content, style, naming_style, privacy)
    return save_document(document, path, warnings)


def build_report_back_with_warnings(content: ReportBackContent, style: str | TemplateStyle = "plain",
                                    naming_style: str = "honorific", privacy: PrivacyOptions | None = None,
                                    ) -> tuple[Document, tuple[MinutesWarning, ...]]:
    _check_style(style, naming_style)
    content = anonymise_report_back(content, naming_style, privacy)
    L = labels_for(content.lang)
    document, warnings = _render(compose_report_back(content), style, content.lang,
                                 f"{content.org_name} · {L['rb_mark']}")
    set_properties(document, title=content.title, subject=L["rb_mark"], author=content.org_name, lang=content.lang)
    mask_package(document, package_mask(privacy))
    return document, warnings


def build_report_back(content: ReportBackContent, style: str | TemplateStyle = "plain",
                      naming_style: str = "honorific") -> Document:
    """The public report back ("you said, we did"); always anonymised and masked."""
    return build_report_back_with_warnings(content, style, naming_style)[0]


def write_report_back(content: ReportBackContent, path: Path, style: str | TemplateStyle = "plain",
                      naming_style: str = "honorific", privacy: PrivacyOptions | None = None) -> WriteResult:
    document, warnings = build_report_back_with_warnings(content, style, naming_style, privacy)
    return save_document(document, path, warnings)


__all__ = [
    "AgendaSection", "ApprovalInfo", "AttendanceLine", "CommitmentRow", "DispositionCount", "FileBusyError",
    "FileWriteError", "GroupSpeaking", "MinutesContent", "MinutesError", "MinutesWarning", "NAMING_STYLES",
    "OpinionEntry", "ProgressLine", "ReportBackContent", "ReportBackItem", "STYLES", "SpeakingStats",
    "PrivacyOptions", "TemplateError", "TemplateStyle", "WriteResult", "anonymise", "build_minutes", "build_minutes_with_warnings",
    "build_report_back", "build_report_back_with_warnings", "mask_package", "save_document",
    "suggest_alternative", "write_atomically", "write_minutes", "write_report_back",
]
