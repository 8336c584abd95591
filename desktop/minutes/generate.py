"""Generating the minutes of a session as numbered versions, approving them, and the report back.

One read: :func:`desktop.core.queries.minutes.read_minutes` gathers the record in one
transaction; the content, the snapshot a version keeps and the list of changes since the
approved version all come from that one record. The only other database work is the one
write that registers (or approves) the version.

Recorded files are never written over: no document of the app may replace a file that a
minutes version of any session points to (:func:`desktop.core.services.minutes_versions.
refuse_recorded`). Approving writes the final file — the same content without the draft
note, with who approved and when in its properties — records its sha256 and makes it
read-only.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import stat
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path

from ..core.db import Database
from ..core.errors import ValidationError
from ..core.models import MinutesVersion
from ..core.msg import is_zh
from ..core.public_record import ReviewItem
from ..core.queries.minutes import MinutesRecord, read_minutes, snapshot
from ..core.services import minutes_versions, privacy_review
from . import PrivacyOptions, TemplateStyle, WriteResult, build_minutes_with_warnings, save_document
from . import write_report_back as _write_report_back
from .anonymise import review_minutes
from .collect import build_minutes_content, build_report_back_content
from .content import ApprovalInfo, MinutesContent, ReportBackContent
from .safe_write import write_atomically


@dataclass(frozen=True)
class Generated:
    version: MinutesVersion
    result: WriteResult
    changes: tuple[str, ...]  # since the approved version of the same kind; empty if none


#: Snapshot fields → the words the change list uses.
_FIELDS = {
    "zh": {"text": "内容", "kind": "类别", "support": "附议人数", "replies": "答复", "disposition": "处理结果",
           "title": "事项", "owner": "责任单位", "due": "完成时限", "status": "办理状态", "opinions": "关联意见"},
    "en": {"text": "text", "kind": "kind", "support": "support", "replies": "reply", "disposition": "outcome",
           "title": "wording", "owner": "owner", "due": "deadline", "status": "status", "opinions": "linked opinions"},
}


def _numbered(entries: dict) -> dict[str, int]:
    """key → the number the document gave it (older snapshots: their order)."""
    return {key: value.get("number", i) for i, (key, value) in enumerate(entries.items(), start=1)}


def describe_changes(before: dict, after: dict, lang: str) -> tuple[str, ...]:
    """What changed, in the document's own numbering and words: "第5条意见：答复已修改"."""
    zh = is_zh(lang)
    words = _FIELDS["zh" if zh else "en"]
    out: list[str] = []
    for kind in ("opinions", "commitments"):
        old, new = before.get(kind, {}), after.get(kind, {})
        old_no, new_no = _numbered(old), _numbered(new)

        def name(n: int, was: bool = False) -> str:
            if kind == "opinions":
                return (f"{'原' if was else ''}第{n}条意见" if zh else f"{'Former o' if was else 'O'}pinion {n}")
            return (f"{'原' if was else ''}第{n}项承诺事项" if zh else f"{'Former c' if was else 'C'}ommitment {n}")

        for key in sorted(set(new) - set(old), key=lambda k: new_no[k]):
            out.append(name(new_no[key]) + ("：新增" if zh else ": added"))
        for key in sorted(set(old) - set(new), key=lambda k: old_no[k]):
            out.append(name(old_no[key], was=True) + ("：已删除" if zh else ": removed"))
        for key in sorted(set(old) & set(new), key=lambda k: new_no[k]):
            fields = [f for f in new[key] if f != "number" and new[key][f] != old[key].get(f)]
            if fields:
                listed = ("、" if zh else ", ").join(words.get(f, f) for f in fields)
                out.append(name(new_no[key]) + (f"：{listed}已修改" if zh else f": {listed} changed"))
            elif new_no[key] != old_no[key]:
                out.append(name(new_no[key]) + (f"：原第{old_no[key]}条" if zh else f": was {old_no[key]}")
                           if kind == "opinions" else name(new_no[key]) + (f"：原第{old_no[key]}项" if zh
                                                                         else f": was {old_no[key]}"))
    return tuple(out)


#: The versions that are minutes (the session's other documents are versioned in the same table).
MINUTES_STYLES = frozenset({"official", "plain", "template"})


def _approved(record: MinutesRecord, public: bool) -> MinutesVersion | None:
    approved = [v for v in record.versions if v.public == public and v.status == "approved"
                and v.style in MINUTES_STYLES]
    return approved[-1] if approved else None


#: What a version keeps besides the record's snapshot: how it was made public.
_HOW = ("naming", "published")


def _state(record: MinutesRecord, naming_style: str, published: tuple[str, ...] = ()) -> dict:
    return {**snapshot(record), "naming": naming_style, "published": list(published)}


def privacy_options(db: Database, session_id: int,
                    published_numbers: tuple[str, ...] = ()) -> PrivacyOptions:
    """The organisation's published numbers and the session's review decisions."""
    return PrivacyOptions(tuple(published_numbers), privacy_review.decisions(db, session_id))


def review_session(db: Database, session_id: int, *, naming_style: str = "honorific",
                   published_numbers: tuple[str, ...] = (), tz: tzinfo | None = None
                   ) -> list[ReviewItem]:
    """The privacy review of the session's public minutes (the report back shows a subset of
    the same texts): every replacement and suspicious token, with its decision."""
    content = build_minutes_content(read_minutes(db, session_id), public=True, tz=tz)
    return review_minutes(content, naming_style, privacy_options(db, session_id, published_numbers))


def generate_minutes(db: Database, session_id: int, *, style: str | TemplateStyle, public: bool,
                     out: Path, naming_style: str = "honorific", tz: tzinfo | None = None,
                     now: datetime | None = None,
                     published_numbers: tuple[str, ...] = ()) -> Generated:
    """Write a draft of the minutes to ``out`` and register it as the next version; a public
    version records how many items of its privacy review are still open."""
    out = Path(out).resolve()
    minutes_versions.refuse_recorded(db, out)
    record = dataclasses.replace(read_minutes(db, session_id, now), published=tuple(published_numbers))
    content = build_minutes_content(record, public=public, tz=tz)
    options = privacy_options(db, session_id, published_numbers) if public else None
    open_items = sum(item.open for item in review_minutes(content, naming_style, options)) if public else 0
    document, warnings = build_minutes_with_warnings(content, style, naming_style, options)
    result = save_document(document, out, warnings)
    state = _state(record, naming_style, published_numbers if public else ())
    approved = _approved(record, public)
    changes = (describe_changes(json.loads(approved.content_json or "{}"), state, record.session.language)
               if approved is not None else ())
    template = str(style.path) if isinstance(style, TemplateStyle) else ""
    version = minutes_versions.add_version(
        db, session_id, style="template" if template else style, public=public, file_path=out,
        content_json=json.dumps(state, ensure_ascii=False), template_path=template,
        privacy_open=open_items)
    return Generated(version, result, changes)


def make_read_only(path: Path) -> None:
    mode = path.stat().st_mode
    os.chmod(path, mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def approve_minutes(db: Database, version_id: int, approved_by: str, *, tz: tzinfo | None = None,
                    now: datetime | None = None) -> MinutesVersion:
    """Approve a draft: write its final form over the draft's own file, lock it, record the sha256.

    The record must still be what the draft shows (else: generate again); the final file
    has the same content without the "not yet approved" note and carries the approval in
    its properties; it is made read-only.
    """
    version = minutes_versions.get_version(db, version_id)
    if version.style not in MINUTES_STYLES:  # the session's other documents: approved as written
        row = minutes_versions.approve(db, version_id, approved_by, at=now)
        make_read_only(Path(row.file_path))
        return row
    record = read_minutes(db, version.session_id, now)
    version = next(v for v in record.versions if v.id == version_id)
    minutes_versions.check_approvable(version, approved_by)
    stored = json.loads(version.content_json or "{}")
    naming = stored.get("naming", "honorific")
    published = tuple(stored.get("published", ()))
    if snapshot(record) != {k: v for k, v in stored.items() if k not in _HOW}:
        raise ValidationError(
            en="The record changed since this draft was generated; generate the minutes again and approve "
               "the new draft.",
            zh="该草稿生成后，会议记录已有改动；请重新生成纪要，再审定新的草稿。")
    at = record.now
    record = dataclasses.replace(record, published=published)
    approval = ApprovalInfo(approved_by=approved_by.strip(), approved_at=at.astimezone(tz).date(),
                            version=version.version)
    content = build_minutes_content(record, public=version.public, tz=tz, approval=approval)
    style: str | TemplateStyle = TemplateStyle(Path(version.template_path)) if version.style == "template" \
        else version.style
    options = privacy_options(db, version.session_id, published) if version.public else None
    document, _warnings = build_minutes_with_warnings(content, style, naming, options)
    path = Path(version.file_path)
    draft = path.read_bytes()
    result = save_document(document, path)
    try:
        row = minutes_versions.approve(db, version_id, approved_by, sha256=result.sha256, file_size=result.size,
                                       draft_sha256=_sha256(draft), at=at)
    except BaseException:
        save_document_bytes(path, draft)  # the draft stays as it was
        raise
    make_read_only(path)
    return row


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def save_document_bytes(path: Path, data: bytes) -> None:
    write_atomically(path, data)


def minutes_content(db: Database, session_id: int, *, public: bool = False, tz: tzinfo | None = None,
                    now: datetime | None = None) -> MinutesContent:
    """The content of the minutes from one read (for previews and tests)."""
    return build_minutes_content(read_minutes(db, session_id, now), public=public, tz=tz)


def collect_report_back(db: Database, session_id: int, tz: tzinfo | None = None,
                        issued: datetime | None = None,
                        published_numbers: tuple[str, ...] = ()) -> ReportBackContent:
    """Per topic: what was raised, what was answered, what was done (one read)."""
    record = dataclasses.replace(read_minutes(db, session_id, issued), published=tuple(published_numbers))
    return build_report_back_content(record, tz)


def write_report_back(db: Database, session_id: int, out: Path,
                      naming_style: str = "honorific", tz: tzinfo | None = None,
                      now: datetime | None = None,
                      published_numbers: tuple[str, ...] = ()) -> WriteResult:
    out = Path(out).resolve()
    minutes_versions.refuse_recorded(db, out)
    return _write_report_back(collect_report_back(db, session_id, tz, now, published_numbers), out,
                              naming_style=naming_style,
                              privacy=privacy_options(db, session_id, published_numbers))

