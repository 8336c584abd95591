"""Writing a session's paperwork: read once, render, write atomically, record as a version.

Every file written is recorded through :mod:`desktop.core.services.minutes_versions` with its own
style (notice, poster, signin, slips, result_notice), so it can be approved and locked like the
minutes; a file of an approved version, of any session, is never written over.
"""
from __future__ import annotations

import hashlib
import io
import json
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from pathlib import Path

from desktop.core.db import Database
from desktop.core.deadlines import CHINA_TZ
from desktop.core.errors import ValidationError
from desktop.core.zone import SYSTEM_ZONE
from desktop.core.models import MinutesVersion
from desktop.core.queries.paperwork import SessionPaperwork, read_paperwork
from desktop.core.services import minutes_versions, paperwork, sessions
from desktop.minutes.safe_write import suggest_alternative, write_atomically

from .notice import build_notice, build_poster
from .public import anonymise_paperwork, mask_document
from .result_notice import build_result_notice
from .signin import build_signin
from .slips import build_slips

#: kind -> (style recorded with the version, public document)
KINDS: dict[str, tuple[str, bool]] = {
    "notice": ("notice", True),
    "poster": ("poster", True),
    "signin": ("signin", False),
    "slips": ("slips", False),
    "result_notice": ("result_notice", True),
}
PAPERS = ("a4", "a3")


@dataclass(frozen=True)
class Written:
    path: Path
    sha256: str
    version: MinutesVersion
    missing: tuple[str, ...]  # what the session lacks, said in the document too
    slips: int = 0
    ordinal: int = 1  # the how-manieth version of this kind of document of the session


def missing(c: SessionPaperwork, kind: str) -> tuple[str, ...]:
    zh = c.zh
    out = []
    if kind in {"notice", "poster"}:
        if not c.agenda:
            out.append("没有议程：通知写明“议程尚未确定”。" if zh else
                       "No agenda: the notice says the agenda is not set yet.")
        if not (c.leaders or c.departments):
            out.append("没有出席的领导和部门。" if zh else "No leaders or departments attending.")
        s = c.settings
        if not (s.hotline or s.email or s.box_place or s.web_form):
            out.append("没有设置会前意见征集渠道（热线、邮箱、意见箱、网上留言）。" if zh else
                       "No channel for opinions before the session is set (hotline, e-mail, box, web).")
        if not c.venue:
            out.append("没有会议地点。" if zh else "No venue.")
    if kind == "signin" and not c.attendees:
        out.append("没有登记的参会人员：签到表只有空行。" if zh else
                   "No registered attendees: the sheet has blank rows only.")
    if kind in {"slips", "result_notice"} and not c.commitments:
        out.append("没有承诺事项。" if zh else "No commitments.")
    if kind == "result_notice" and not c.opinions:
        out.append("没有意见建议。" if zh else "No opinions.")
    return tuple(out)


def locked_paths(db: Database) -> dict[Path, MinutesVersion]:
    """Files of approved versions, of every session."""
    locked = {}
    for row in sessions.list_session_rows(db):
        for version in minutes_versions.list_versions(db, row.id):
            if version.status == "approved" and version.file_path:
                locked[Path(version.file_path).resolve()] = version
    return locked


def refuse_locked(db: Database, out: Path) -> None:
    version = locked_paths(db).get(Path(out).resolve())
    if version is not None:
        other = suggest_alternative(Path(out))
        raise ValidationError(
            en=f"{Path(out).name} is the approved version {version.version} of session "
               f"#{version.session_id} and is locked; it is never written over. Choose another "
               f"name, e.g. {other.name}.",
            zh=f"{Path(out).name} 是会议 #{version.session_id} 已审定的第 {version.version} 版，已锁定，"
               f"不会被覆盖。请另选文件名，例如 {other.name}。")


def write_document(db: Database, session_id: int, kind: str, out: Path, *,
                   tz: tzinfo | None = None, today: date | None = None, paper: str = "a4",
                   blank_rows: int | None = None, anonymise: bool | None = None,
                   naming_style: str = "honorific", now: datetime | None = None) -> Written:
    if kind not in KINDS:
        raise ValidationError(en=f"Unknown document {kind!r}; one of {', '.join(KINDS)}.",
                              zh=f"未知的文书类型 {kind!r}；可选：{'、'.join(KINDS)}。")
    if paper not in PAPERS:
        raise ValidationError(en="The poster is A4 or A3.", zh="海报纸张只能是 A4 或 A3。")
    if blank_rows is not None and not 0 <= blank_rows <= 200:
        raise ValidationError(en="Blank rows: a number from 0 to 200.", zh="空行数应在 0 到 200 之间。")
    tz = tz or SYSTEM_ZONE  # the display zone, as the minutes
    out = Path(out).resolve()
    if out.suffix.lower() != ".docx":
        raise ValidationError(en=f"{out.name}: the document is written as .docx.",
                              zh=f"{out.name}：文书保存为 .docx 文件。")
    refuse_locked(db, out)
    style, public = KINDS[kind]
    numbers = {}
    if kind == "slips":
        numbers = paperwork.assign_slip_numbers(db, session_id, tz=tz, now=now)
    content = read_paperwork(db, session_id, tz=tz, today=today)
    if anonymise is None:
        anonymise = public or (kind == "slips" and content.settings.anonymise_slips)
    shown = anonymise_paperwork(content, naming_style) if anonymise else content
    if kind == "notice":
        document = build_notice(shown)
    elif kind == "poster":
        document = build_poster(shown, paper)
    elif kind == "signin":
        document = build_signin(shown, blank_rows)
    elif kind == "slips":
        document = build_slips(shown)
    else:
        document = build_result_notice(shown)
    if anonymise:
        settings = content.settings
        mask_document(document, keep=(settings.hotline, settings.email, settings.web_form,
                                      settings.objections_to))
    buffer = io.BytesIO()
    document.save(buffer)
    data = buffer.getvalue()
    write_atomically(out, data)
    state = {"paperwork": {  # what the file shows; apart from the minutes' own snapshot keys
        "kind": kind, "agenda": len(content.agenda), "attendees": len(content.attendees),
        "opinions": len(content.opinions),
        "commitments": {str(ci.number): {"slip": ci.slip_number, "status": ci.status,
                                         "due": ci.due.isoformat()}
                        for ci in content.commitments}}}
    version = minutes_versions.add_version(db, session_id, style=style, public=bool(anonymise),
                                           file_path=out, content_json=json.dumps(
                                               state, ensure_ascii=False))
    ordinal = sum(1 for v in minutes_versions.list_versions(db, session_id) if v.style == style)
    return Written(out, hashlib.sha256(data).hexdigest(), version, missing(content, kind),
                   len(numbers), ordinal)


def write_all(db: Database, session_id: int, folder: Path, **options) -> list[Written]:
    """Every kind of paperwork of a session into ``folder`` (the packaged app's self-test)."""
    return [write_document(db, session_id, kind, Path(folder) / f"{kind}.docx", **options)
            for kind in KINDS]
