"""Generating the minutes of a session as numbered versions, and the report back.

Each generated file is registered as a draft version with a snapshot of what it shows, so that
regenerating after approval can say what changed since the approved version. Approved files are
locked: they are never overwritten.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path

from ..core.db import Database
from ..core.errors import ValidationError
from ..core.models import MinutesVersion
from ..core.services import commitments, dispositions, minutes_versions, opinions, owners, sessions
from ..core.services.series import list_series
from ..core.vocabulary import word
from . import ReportBackContent, ReportBackItem, TemplateStyle, WriteResult, write_minutes
from . import write_report_back as _write_report_back
from .collect import collect_minutes, opinion_entries
from .content import ProgressLine
from ..core.msg import is_zh, pick


@dataclass(frozen=True)
class Generated:
    version: MinutesVersion
    result: WriteResult
    changes: tuple[str, ...]  # since the approved version of the same kind; empty if none


def snapshot(db: Database, session_id: int) -> dict:
    """What the minutes rest on, keyed by database ids (stable across regenerations)."""
    ops = {}
    for op in opinions.list_opinions(db, session_id):
        replies = [r.text for r in opinions.replies_of(db, op.id)]
        disp = dispositions.get_disposition(db, op.id)
        ops[str(op.id)] = {"text": op.text, "kind": op.kind, "support": op.support_count,
                           "replies": replies, "disposition": disp.kind if disp else None}
    coms = {str(c.id): {"title": c.title, "owner": c.owner_id, "due": c.due_at.isoformat(),
                        "status": c.status,
                        "opinions": commitments.linked_opinion_ids(db, c.id)}
            for c in commitments.list_commitments(db, session_id)}
    return {"opinions": ops, "commitments": coms}


def describe_changes(before: dict, after: dict, lang: str) -> tuple[str, ...]:
    zh = is_zh(lang)
    out: list[str] = []
    for kind, name in (("opinions", "意见" if zh else "Opinion"),
                       ("commitments", "承诺事项" if zh else "Commitment")):
        old, new = before.get(kind, {}), after.get(kind, {})
        for key in sorted(set(new) - set(old), key=int):
            out.append(f"{name} #{key} " + ("新增" if zh else "added"))
        for key in sorted(set(old) - set(new), key=int):
            out.append(f"{name} #{key} " + ("已删除" if zh else "removed"))
        for key in sorted(set(old) & set(new), key=int):
            fields = [f for f in new[key] if new[key][f] != old[key].get(f)]
            if fields:
                out.append(f"{name} #{key} " + ("修改：" if zh else "changed: ") + ", ".join(fields))
    return tuple(out)


def _approved(db: Database, session_id: int, public: bool) -> MinutesVersion | None:
    approved = [v for v in minutes_versions.list_versions(db, session_id)
                if v.public == public and v.status == "approved"]
    return approved[-1] if approved else None


def generate_minutes(db: Database, session_id: int, *, style: str | TemplateStyle, public: bool,
                     out: Path, naming_style: str = "honorific",
                     tz: tzinfo | None = None) -> Generated:
    out = Path(out).resolve()
    locked = {Path(v.file_path).resolve() for v in minutes_versions.list_versions(db, session_id)
              if v.status == "approved"}
    if out in locked:
        raise ValidationError(
            en=f"{out.name} is an approved version of the minutes and is locked; choose another name.",
            zh=f"{out.name} 是已审定的纪要版本，已锁定；请另选文件名。")
    session = sessions.get_session(db, session_id)
    content = collect_minutes(db, session_id, public=public, tz=tz)
    result = write_minutes(content, style, out, naming_style=naming_style)
    state = snapshot(db, session_id)
    approved = _approved(db, session_id, public)
    changes = (describe_changes(json.loads(approved.content_json or "{}"), state, session.language)
               if approved is not None else ())
    template = str(style.path) if isinstance(style, TemplateStyle) else ""
    version = minutes_versions.add_version(
        db, session_id, style="template" if template else style, public=public, file_path=out,
        content_json=json.dumps(state, ensure_ascii=False), template_path=template)
    return Generated(version, result, changes)


def collect_report_back(db: Database, session_id: int, tz: tzinfo | None = None,
                        issued: datetime | None = None) -> ReportBackContent:
    """Each opinion of the session with its disposition and the commitments it led to."""
    session = sessions.get_session(db, session_id)
    lang = session.language
    owner_names = {o.id: o.name for o in owners.list_owners(db, active_only=False)}
    led_to: dict[int, list[ProgressLine]] = {}
    for c in commitments.list_commitments(db, session_id):
        notes = commitments.progress_notes(db, c.id)
        line = ProgressLine(c.title, owner_names.get(c.owner_id, ""), c.due_at.astimezone(tz).date(),
                            word("commitment_status", c.status, lang),
                            notes[-1].text if notes else "")
        for opinion_id in commitments.linked_opinion_ids(db, c.id):
            led_to.setdefault(opinion_id, []).append(line)
    items = []
    for op, entry in opinion_entries(db, session_id, lang, tz, {}):
        disp = dispositions.get_disposition(db, op.id)
        pending = pick(lang, en="Awaiting an answer", zh="尚未答复")
        items.append(ReportBackItem(
            opinion=entry, disposition_label=word("disposition", disp.kind, lang) if disp else pending,
            reason=disp.reason if disp else "", commitments=tuple(led_to.get(op.id, ()))))
    title = pick(lang, en=f"{session.title}: you said, we did", zh=f"{session.title}意见办理情况通报")
    series = ""
    if session.series_id is not None:
        series = next((s.title for s in list_series(db) if s.id == session.series_id), "")
    return ReportBackContent(lang=lang, org_name=session.organisation, title=title,
                             series_title=series,
                             period=session.starts_at.astimezone(tz).date().isoformat(),
                             items=tuple(items), issued_date=(issued or datetime.now()).date())


def write_report_back(db: Database, session_id: int, out: Path,
                      naming_style: str = "honorific", tz: tzinfo | None = None) -> WriteResult:
    return _write_report_back(collect_report_back(db, session_id, tz), Path(out),
                              naming_style=naming_style)
