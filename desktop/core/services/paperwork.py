"""The writes behind a session's paperwork: document settings, the notice's details, the numbers
of assignment slips, and commitments reopened after an unsatisfied follow-up (重办)."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import datetime, tzinfo

from sqlalchemy import func
from sqlmodel import col, select

from ..db import Database, changed
from ..deadlines import CHINA_TZ
from ..errors import ValidationError
from ..models import (
    AssignmentSlip,
    Commitment,
    FollowUp,
    ListeningSession,
    PaperworkSetting,
    Reopening,
    SessionNotice,
    utcnow,
)
from ..models.enums import CommitmentStatus, Satisfaction
from .common import MAX_TITLE, audit, aware, clean_text, fetch, locked, touch
from ..changes import Entity
from desktop.core.msg import is_zh

DEFAULT_SLIP_FORMAT = "交办〔{year}〕{n}号"
DEFAULT_SLIP_FORMAT_EN = "No. {year}/{n}"  # the default for English sessions
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


@dataclass(frozen=True)
class PaperworkSettings:
    """Every setting of the documents, declared once with its default."""

    slip_number_format: str = DEFAULT_SLIP_FORMAT  # {year} and {n}: 青石交〔{year}〕{n}号
    hotline: str = ""  # the number people call before the session
    email: str = ""
    web_form: str = ""  # address of the web form, if any
    box_place: str = ""  # where the suggestion box stands
    objections_to: str = ""  # where objections to the result notice go (else hotline / e-mail)
    notice_period_days: int = 7  # how long the result notice stays up
    blank_rows: int = 10  # rows for walk-ins on the sign-in sheet
    privacy_note: str = ""  # replaces the built-in note on how personal data is used
    anonymise_slips: bool = False  # print citizens on assignment slips as 王女士 / 居民甲


KEYS = tuple(f.name for f in fields(PaperworkSettings))
_INT_LIMITS = {"notice_period_days": (1, 90), "blank_rows": (0, 200)}


def check_slip_format(value: str) -> str:
    """A slip number format holds {n} and may hold {year}; nothing else in braces."""
    value = clean_text(value, "The slip number format", "交办单编号格式", required=True,
                       max_len=MAX_TITLE).strip()
    names = _PLACEHOLDER.findall(value)
    unknown = [n for n in names if n not in {"year", "n"}]
    stray = _PLACEHOLDER.sub("", value)
    if unknown or "{" in stray or "}" in stray or "n" not in names:
        raise ValidationError(
            en=f"The slip number format must contain {{n}} (the number) and may contain {{year}}, "
               f"e.g. 青石交〔{{year}}〕{{n}}号 (got {value!r}).",
            zh=f"交办单编号格式必须含 {{n}}（序号），可含 {{year}}（年份），例如 青石交〔{{year}}〕{{n}}号"
               f"（收到 {value!r}）。")
    return value


def format_slip_number(fmt: str, year: int, n: int) -> str:
    return fmt.replace("{year}", str(year)).replace("{n}", str(n))


def _parse(key: str, raw: str):
    default = getattr(PaperworkSettings(), key)
    if isinstance(default, bool):
        return raw.strip().lower() in {"1", "true", "yes", "是"}
    if isinstance(default, int):
        low, high = _INT_LIMITS[key]
        try:
            number = int(raw.strip())
        except ValueError:
            number = None
        if number is None or not low <= number <= high:
            raise ValidationError(en=f"{key} must be a whole number from {low} to {high} (got {raw!r}).",
                                  zh=f"{key} 必须是 {low} 到 {high} 之间的整数（收到 {raw!r}）。")
        return number
    if key == "slip_number_format":
        return check_slip_format(raw)
    return clean_text(raw, key, key, max_len=2000 if key == "privacy_note" else MAX_TITLE).strip()


def get_settings(db: Database) -> PaperworkSettings:
    with db.read() as s:
        stored = dict(s.exec(select(PaperworkSetting.key, PaperworkSetting.value)).all())
    values = {}
    for key in KEYS:
        if key in stored:
            try:
                values[key] = _parse(key, stored[key])
            except ValidationError:
                continue  # a value that no longer parses falls back to the default
    return PaperworkSettings(**values)


def set_setting(db: Database, key: str, value: str) -> PaperworkSettings:
    """Store one setting (validated); an empty value restores the default."""
    if key not in KEYS:
        raise ValidationError(en=f"Unknown document setting {key!r}; known: {', '.join(KEYS)}.",
                              zh=f"未知的文书设置 {key!r}；可用：{'、'.join(KEYS)}。")
    value = "" if value is None else str(value)
    with db.write() as s:
        row = s.get(PaperworkSetting, key)
        if not value.strip():
            if row is not None:
                s.delete(row)
        else:
            parsed = _parse(key, value)
            text = str(int(parsed)) if isinstance(parsed, bool) else str(parsed)
            if row is None:
                row = PaperworkSetting(key=key, value=text)
            row.value = text
            s.add(row)
        audit(s, "paperwork_setting", 0, "updated", key=key, value=value)
        changed(s, Entity.PAPERWORK_SETTING)
    return get_settings(db)


# --- the notice's details of one session ----------------------------------------------------------

def set_session_notice(db: Database, session_id: int, *, opinions_until: datetime | None,
                       note: str = "") -> SessionNotice:
    """Until when opinions are received before the session, and a further paragraph."""
    aware(opinions_until, "Opinions until", "意见征集截止时间")
    note = clean_text(note, "The note", "补充说明", max_len=4000)
    with db.write() as s:
        session = fetch(s, ListeningSession, session_id, "Session", "会议")
        if opinions_until is not None and opinions_until > session.starts_at:
            raise ValidationError(en="Opinions must be received before the session starts.",
                                  zh="意见征集截止时间不能晚于会议开始时间。")
        row = s.get(SessionNotice, session_id) or SessionNotice(session_id=session_id)
        row.opinions_until = opinions_until
        row.note = note
        s.add(row)
        s.flush()
        changed(s, Entity.SESSION, session_id)
    return row


# --- assignment slips -----------------------------------------------------------------------------

def assign_slip_numbers(db: Database, session_id: int, *, tz: tzinfo = CHINA_TZ,
                        now: datetime | None = None) -> dict[int, str]:
    """Give every commitment of the session that has none the next number of the year.

    A number once given is kept (reprinting a slip prints the same number), so numbers never
    repeat within a year. Returns commitment id -> number for the whole session."""
    now = now or utcnow()
    settings = get_settings(db)
    year = now.astimezone(tz).year
    with db.write() as s:
        session = fetch(s, ListeningSession, session_id, "Session", "会议")
        fmt = settings.slip_number_format
        if fmt == DEFAULT_SLIP_FORMAT and not is_zh(session.language):
            fmt = DEFAULT_SLIP_FORMAT_EN
        ids = list(s.exec(select(Commitment.id).where(
            Commitment.session_id == session_id, col(Commitment.removed_at).is_(None))
            .order_by(Commitment.id)))
        have = dict(s.exec(select(AssignmentSlip.commitment_id, AssignmentSlip.number)
                           .where(col(AssignmentSlip.commitment_id).in_(ids))).all()) if ids else {}
        last = s.exec(select(func.max(AssignmentSlip.seq)).where(AssignmentSlip.year == year)).one()
        seq = last or 0
        for commitment_id in ids:
            if commitment_id in have:
                continue
            seq += 1
            number = format_slip_number(fmt, year, seq)
            s.add(AssignmentSlip(commitment_id=commitment_id, year=year, seq=seq, number=number,
                                 issued_at=now))
            have[commitment_id] = number
            audit(s, "commitment", commitment_id, "slip_numbered", number=number)
        s.flush()
        if ids:
            changed(s, Entity.COMMITMENT, *ids)
    return {i: have[i] for i in ids}


# --- reopening after an unsatisfied follow-up -----------------------------------------------------

def reopen_commitment(db: Database, commitment_id: int, *, follow_up_id: int | None = None,
                      reason: str = "", now: datetime | None = None) -> Reopening:
    """Open a completed commitment again (重办). With a follow-up call, that call must be about
    this commitment and rated unsatisfied."""
    reason = clean_text(reason, "Reason", "原因", max_len=4000).strip()
    now = now or utcnow()
    with db.write() as s:
        row = locked(s, Commitment, commitment_id, "Commitment", "承诺事项")  # decided on it as it is
        if row.status != CommitmentStatus.DONE:
            raise ValidationError(en="Only a completed commitment can be reopened.",
                                  zh="只有已办结的承诺事项才能重办。")
        if follow_up_id is not None:
            call = fetch(s, FollowUp, follow_up_id, "Follow-up call", "回访")
            if call.commitment_id != commitment_id:
                raise ValidationError(en="That follow-up call is about another commitment.",
                                      zh="该回访记录不属于这项承诺事项。")
            if call.satisfaction != Satisfaction.UNSATISFIED:
                raise ValidationError(en="Only an unsatisfied follow-up reopens a commitment.",
                                      zh="只有“不满意”的回访才能使事项重办。")
        elif not reason:
            raise ValidationError(en="Say why the commitment is reopened.", zh="请说明重办的原因。")
        reopening = Reopening(commitment_id=commitment_id, follow_up_id=follow_up_id,
                              reopened_at=now, completed_before=row.completed_at, reason=reason)
        s.add(reopening)
        row.status = CommitmentStatus.IN_PROGRESS
        row.completed_at = None
        row.updated_at = now
        audit(s, "commitment", row.id, "reopened", reason, follow_up=follow_up_id)
        touch(s, row, Entity.COMMITMENT)
        s.flush()
        return reopening


def reopenings(db: Database, commitment_ids: Sequence[int] | None = None) -> list[Reopening]:
    with db.read() as s:
        query = select(Reopening)
        if commitment_ids is not None:
            query = query.where(col(Reopening.commitment_id).in_(list(commitment_ids)))
        return list(s.exec(query.order_by(Reopening.reopened_at, Reopening.id)))
