"""Commitments: who promised what by when, linked to the opinions they answer."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, tzinfo
from typing import Any

from sqlmodel import col, delete, select

from ..db import Database
from ..deadlines import (
    CHINA_TZ, DeadlineError, DeadlinePolicy, check_extension, extension_cap_text, extension_refusal,
    later_than_current,
)
from ..errors import ValidationError
from ..models import (
    Commitment,
    CommitmentOpinion,
    Extension,
    ListeningSession,
    Opinion,
    Owner,
    ProgressNote,
    utcnow,
)
from ..models.enums import CommitmentStatus
from .common import (apply, audit, aware, check_version, choice, clean_text, fetch, locked,
                     set_removed, touch)
from .holidays import calendar_in
from .policies import load_in, resolve
from ..changes import Entity

FIRST_YEAR, LAST_YEAR = 2000, 2100


def in_range(value: datetime, label_en: str, label_zh: str) -> datetime:
    """Refuse dates no real commitment has (typos such as 20266 or 1926)."""
    aware(value, label_en, label_zh)
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValidationError(
            en=f"{label_en} {value.date().isoformat()} is out of range ({FIRST_YEAR}–{LAST_YEAR}).",
            zh=f"{label_zh} {value.date().isoformat()} 超出范围（{FIRST_YEAR}–{LAST_YEAR} 年）。")
    return value

EDITABLE = {"title", "detail", "owner_id", "deadline_policy"}
TRANSITIONS = {
    CommitmentStatus.OPEN: {CommitmentStatus.IN_PROGRESS, CommitmentStatus.DONE,
                            CommitmentStatus.CANNOT_DO},
    CommitmentStatus.IN_PROGRESS: {CommitmentStatus.DONE, CommitmentStatus.CANNOT_DO,
                                   CommitmentStatus.OPEN},
    CommitmentStatus.DONE: {CommitmentStatus.IN_PROGRESS},
    CommitmentStatus.CANNOT_DO: {CommitmentStatus.IN_PROGRESS},
}


def _link(s, commitment: Commitment, opinion_ids: Sequence[int]) -> None:
    for opinion_id in dict.fromkeys(opinion_ids):
        opinion = fetch(s, Opinion, opinion_id, "Opinion", "意见")
        if opinion.removed_at is not None:
            raise ValidationError(en=f"Opinion #{opinion_id} was removed.", zh=f"意见 #{opinion_id} 已删除。")
        s.add(CommitmentOpinion(commitment_id=commitment.id, opinion_id=opinion_id))


def create_commitment(db: Database, session_id: int, title: str, owner_id: int, due_at: datetime,
                      *, opinion_ids: Sequence[int] = (), detail: str = "",
                      deadline_policy: str = "") -> Commitment:
    title = clean_text(title, "The commitment", "承诺事项", required=True, max_len=10_000).strip()
    if due_at is None:
        raise ValidationError(en="A commitment needs a due date.", zh="承诺事项需要办理时限。")
    in_range(due_at, "Due date", "办理时限")
    with db.write() as s:
        session = fetch(s, ListeningSession, session_id, "Session", "会议")
        fetch(s, Owner, owner_id, "Owner", "责任单位")
        if due_at.date() < session.starts_at.date():
            raise ValidationError(en="The due date is before the session.", zh="办理时限早于会议日期。")
        row = Commitment(session_id=session_id, title=title, owner_id=owner_id, due_at=due_at,
                         original_due_at=due_at, detail=clean_text(detail, "Detail", "说明"),
                         deadline_policy=deadline_policy)
        touch(s, row, Entity.COMMITMENT)
        _link(s, row, opinion_ids)
        audit(s, "commitment", row.id, "created", opinions=list(opinion_ids))
        return row


def update_commitment(db: Database, commitment_id: int, *, expected_version: int | None = None,
                      **values: Any) -> Commitment:
    """Edit the fields in ``EDITABLE``; ``expected_version`` is the version the screen showed
    (refused with ``ConflictError`` when the commitment changed since)."""
    with db.write() as s:
        row = fetch(s, Commitment, commitment_id, "Commitment", "承诺事项")
        check_version(row, expected_version, Entity.COMMITMENT)
        if "title" in values:
            values["title"] = clean_text(values["title"], "The commitment", "承诺事项",
                                         required=True, max_len=10_000).strip()
        if values.get("owner_id") is not None:
            fetch(s, Owner, values["owner_id"], "Owner", "责任单位")
        diff = apply(row, values, EDITABLE)
        if diff:
            row.updated_at = utcnow()
            audit(s, "commitment", row.id, "updated", **diff)
        touch(s, row, Entity.COMMITMENT)
        return row


def link_opinions(db: Database, commitment_id: int, opinion_ids: Sequence[int]) -> None:
    """Set the opinions this commitment answers."""
    with db.write() as s:
        row = fetch(s, Commitment, commitment_id, "Commitment", "承诺事项")
        s.exec(delete(CommitmentOpinion).where(col(CommitmentOpinion.commitment_id) == row.id))
        _link(s, row, opinion_ids)
        audit(s, "commitment", row.id, "linked", opinions=list(opinion_ids))
        touch(s, row, Entity.COMMITMENT)


def linked_opinion_ids(db: Database, commitment_id: int) -> list[int]:
    with db.read() as s:
        return list(s.exec(select(CommitmentOpinion.opinion_id)
                           .where(CommitmentOpinion.commitment_id == commitment_id)
                           .order_by(CommitmentOpinion.opinion_id)))


def set_status(db: Database, commitment_id: int, status: str, reason: str = "",
               now: datetime | None = None, *, expected_version: int | None = None) -> Commitment:
    status = choice(status, CommitmentStatus, "Status", "办理状态")
    reason = clean_text(reason, "Reason", "原因")
    if status == CommitmentStatus.CANNOT_DO and not reason.strip():
        raise ValidationError(en="Say why it cannot be done.", zh="请说明无法办理的原因。")
    with db.write() as s:
        row = locked(s, Commitment, commitment_id, "Commitment", "承诺事项")
        check_version(row, expected_version, Entity.COMMITMENT)
        if status != row.status and status not in TRANSITIONS[CommitmentStatus(row.status)]:
            raise ValidationError(en=f"A commitment that is {row.status} cannot become {status}.",
                                  zh=f"状态为 {row.status} 的事项不能改为 {status}。")
        old = row.status
        row.status = status
        row.status_reason = reason
        row.completed_at = (now or utcnow()) if status == CommitmentStatus.DONE else None
        row.updated_at = utcnow()
        audit(s, "commitment", row.id, "status", reason, old=old, new=status)
        touch(s, row, Entity.COMMITMENT)
        return row


def add_progress(db: Database, commitment_id: int, text: str, author: str = "",
                 noted_at: datetime | None = None) -> ProgressNote:
    text = clean_text(text, "The progress note", "进展说明", required=True)
    with db.write() as s:
        row = fetch(s, Commitment, commitment_id, "Commitment", "承诺事项")
        note = ProgressNote(commitment_id=row.id, text=text, author=author,
                            noted_at=aware(noted_at, "Date", "日期") or utcnow())
        touch(s, note, Entity.PROGRESS_NOTE)
        touch(s, row, Entity.COMMITMENT)
        return note


def extend(db: Database, commitment_id: int, new_due_at: datetime, reason: str,
           approved_by: str = "", custom: Mapping[str, DeadlinePolicy] | None = None,
           zone: tzinfo | None = None, *, expected_version: int | None = None) -> Extension:
    """Move the due date later. A reason is always required and kept; the deadline policy of the
    commitment (or else of its session) limits how often and how far it may be extended. Dates
    in the refusals are written in ``zone`` (the display zone; China's time by default).

    The decision (may it be extended? from which due date?) is made on the commitment as it is
    inside this transaction: locked on PostgreSQL, version-checked at the update everywhere, so
    two seats extending at once never both count the same extensions. ``expected_version`` is
    the version the screen showed."""
    reason = clean_text(reason, "The reason for the extension", "延期原因", required=True)
    if not reason.strip():
        raise ValidationError(en="An extension needs a reason.", zh="延期必须说明原因。")
    in_range(new_due_at, "New due date", "新的办理时限")
    shown = zone or CHINA_TZ
    with db.write() as s:
        row = locked(s, Commitment, commitment_id, "Commitment", "承诺事项")
        check_version(row, expected_version, Entity.COMMITMENT)
        if row.status in {CommitmentStatus.DONE, CommitmentStatus.CANNOT_DO}:
            raise ValidationError(en="Only open commitments can be extended.", zh="只有未办结的事项可以延期。")
        policy = _policy_in(s, row, custom)
        if policy is not None:
            count = len(list(s.exec(select(Extension.id)
                                    .where(Extension.commitment_id == row.id))))
            check_extension(policy, row.original_due_at, new_due_at, count, current_due=row.due_at,
                            calendar=calendar_in(s), shown_in=shown)
        elif new_due_at <= row.due_at:
            raise later_than_current(row.due_at, shown)
        ext = Extension(commitment_id=row.id, old_due_at=row.due_at, new_due_at=new_due_at,
                        reason=reason, approved_by=approved_by)
        row.due_at = new_due_at
        row.updated_at = utcnow()
        touch(s, ext, Entity.EXTENSION)
        audit(s, "commitment", row.id, "extended", reason, new_due_at=new_due_at.isoformat())
        touch(s, row, Entity.COMMITMENT)
        return ext


def _policy_in(s: Any, row: Commitment,
               custom: Mapping[str, DeadlinePolicy] | None) -> DeadlinePolicy | None:
    key = row.deadline_policy or fetch(s, ListeningSession, row.session_id, "Session",
                                       "会议").deadline_policy
    return resolve(key, load_in(s) if custom is None else custom)


def extension_room(db: Database, commitment_id: int,
                   custom: Mapping[str, DeadlinePolicy] | None = None,
                   zone: tzinfo | None = None) -> tuple[DeadlineError | None, tuple[str, str] | None]:
    """Whether the commitment may still be extended: (why not, or None; the policy's cap as
    English and Chinese text, or None when it sets none). The Extend action is offered only
    when the first is None."""
    with db.read() as s:
        row = fetch(s, Commitment, commitment_id, "Commitment", "承诺事项")
        if row.status in {CommitmentStatus.DONE, CommitmentStatus.CANNOT_DO}:
            return DeadlineError(en="Only open commitments can be extended.",
                                 zh="只有未办结的事项可以延期。"), None
        policy = _policy_in(s, row, custom)
        if policy is None:
            return None, None
        count = len(list(s.exec(select(Extension.id).where(Extension.commitment_id == row.id))))
        cap = extension_cap_text(policy, row.original_due_at, calendar=calendar_in(s),
                                 shown_in=zone or CHINA_TZ)
        return extension_refusal(policy, count), cap


def remove_commitment(db: Database, commitment_id: int, reason: str) -> Commitment:
    reason = clean_text(reason, "The reason for removing", "删除原因", required=True)
    with db.write() as s:
        row = fetch(s, Commitment, commitment_id, "Commitment", "承诺事项")
        set_removed(s, row, Entity.COMMITMENT, True, reason)
        return row


def restore_commitment(db: Database, commitment_id: int) -> Commitment:
    with db.write() as s:
        row = fetch(s, Commitment, commitment_id, "Commitment", "承诺事项")
        set_removed(s, row, Entity.COMMITMENT, False)
        return row


def list_commitments(db: Database, session_id: int | None = None,
                     include_removed: bool = False) -> list[Commitment]:
    with db.read() as s:
        query = select(Commitment)
        if session_id is not None:
            query = query.where(Commitment.session_id == session_id)
        if not include_removed:
            query = query.where(col(Commitment.removed_at).is_(None))
        return list(s.exec(query.order_by(Commitment.due_at, Commitment.id)))


def progress_notes(db: Database, commitment_id: int) -> list[ProgressNote]:
    with db.read() as s:
        return list(s.exec(select(ProgressNote).where(ProgressNote.commitment_id == commitment_id)
                           .order_by(ProgressNote.noted_at, ProgressNote.id)))


def extensions(db: Database, commitment_id: int) -> list[Extension]:
    with db.read() as s:
        return list(s.exec(select(Extension).where(Extension.commitment_id == commitment_id)
                           .order_by(Extension.created_at, Extension.id)))


