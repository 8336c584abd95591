"""The privacy review of a session's public documents: the secretary's decisions, kept.

The review itself (what a public version replaces, what still looks personal) is computed by
:class:`desktop.core.public_record.PublicRecord`; this service stores, per session, the decision
taken on each line — ``keep`` (leave as written) or ``mask`` — keyed by the token and its
context, so that regenerating the document applies them again.
"""
from __future__ import annotations

from collections.abc import Iterable

from sqlmodel import select

from ..db import Database
from ..errors import ValidationError
from ..models import ListeningSession, PrivacyDecision, utcnow
from .common import MAX_TITLE, audit, changed, clean_text, fetch
from ..changes import Entity

ACTIONS = ("keep", "mask")


def decisions(db: Database, session_id: int) -> dict[str, str]:
    """``ReviewItem.key`` -> "keep" / "mask" for the session."""
    with db.read() as s:
        return {key: action for key, action in s.exec(
            select(PrivacyDecision.item_key, PrivacyDecision.action)
            .where(PrivacyDecision.session_id == session_id))}


def decide(db: Database, session_id: int, items: Iterable[tuple[str, str]], action: str | None,
           decided_by: str = "") -> int:
    """Record ``action`` for each (key, token) of ``items``; ``None`` reopens them.

    Returns the number of lines changed. One transaction: all or nothing."""
    if action is not None and action not in ACTIONS:
        raise ValidationError(en=f"Unknown decision {action!r}: use keep or mask.",
                              zh=f"无法识别的处理方式“{action}”：请选择保留或遮盖。")
    decided_by = clean_text(decided_by, "Decided by", "处理人", max_len=MAX_TITLE).strip()
    items = list(dict(items).items())
    with db.write() as s:
        fetch(s, ListeningSession, session_id, "Session", "会议")
        existing = {row.item_key: row for row in s.exec(
            select(PrivacyDecision).where(PrivacyDecision.session_id == session_id))}
        count = 0
        for key, token in items:
            row = existing.get(key)
            if action is None:
                if row is not None:
                    s.delete(row)
                    count += 1
                continue
            if row is None:
                s.add(PrivacyDecision(session_id=session_id, item_key=key, token=token,
                                      action=action, decided_by=decided_by, decided_at=utcnow()))
                count += 1
            elif row.action != action:
                row.action, row.decided_by, row.decided_at = action, decided_by, utcnow()
                s.add(row)
                count += 1
        if count:
            audit(s, "session", session_id, "privacy_reviewed", decision=action or "reopen",
                  count=count)
            changed(s, Entity.PRIVACY_DECISION, session_id)
        return count
