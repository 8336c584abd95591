"""Opinions: captured in the room or received by other channels; tags and replies."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
import uuid
from typing import Any

from sqlalchemy import bindparam, func, insert
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, delete, select

from ..db import Database, Statements, changed
from ..errors import ConflictError, NotFoundError, ValidationError
from ..models import (
    AgendaItem,
    ListeningSession,
    Opinion,
    OpinionTag,
    Person,
    Reply,
    utcnow,
)
from ..models.enums import Channel, OpinionKind
from ..prepared import Prepared
from .agenda import fetch_item
from .common import (
    MAX_TITLE,
    apply,
    audit,
    aware,
    check_version,
    choice,
    clean_text,
    fetch,
    non_negative,
    set_removed,
    touch,
)
from ..changes import Entity

EDITABLE = {"agenda_item_id", "person_id", "speaker_label", "channel", "received_at", "kind",
            "text", "support_count"}
MAX_TAG = 40


def normalise_tags(tags: Iterable[str]) -> list[str]:
    """Trim, drop empties and duplicates (keeping order); ';' and '；' also separate tags."""
    out: list[str] = []
    for raw in tags:
        for part in str(raw).replace("；", ";").split(";"):
            tag = part.strip()
            if tag and tag not in out:
                if len(tag) > MAX_TAG:
                    raise ValidationError(en=f"A tag may have at most {MAX_TAG} characters.",
                                          zh=f"标签最多 {MAX_TAG} 个字。")
                out.append(tag)
    return out


def _validate(values: dict[str, Any]) -> dict[str, Any]:
    out = dict(values)
    if "text" in out:
        out["text"] = clean_text(out["text"], "The opinion", "意见内容", required=True)
    if "channel" in out:
        out["channel"] = choice(out["channel"], Channel, "Channel", "渠道")
    if "kind" in out:
        out["kind"] = choice(out["kind"], OpinionKind, "Kind", "类型")
    if "support_count" in out:
        out["support_count"] = non_negative(out["support_count"], "Support count", "附议人数")
    if "speaker_label" in out:
        out["speaker_label"] = clean_text(out["speaker_label"], "Speaker", "发言人",
                                          max_len=MAX_TITLE)
    if "received_at" in out:
        aware(out["received_at"], "Received time", "收到时间")
    return out


def check_opinion(text: str, *, kind: str = OpinionKind.SUGGESTION, support_count: int = 0,
                  speaker_label: str = "", tags: Sequence[str] = ()) -> None:
    """What ``create_opinion`` checks without the database (before an opinion is kept aside)."""
    _validate({"text": text, "kind": kind, "support_count": support_count,
               "speaker_label": speaker_label})
    normalise_tags(tags)


def _check_links(s, session_id: int, agenda_item_id: int | None, person_id: int | None) -> None:
    if agenda_item_id is not None:
        item = fetch_item(s, agenda_item_id)
        if item.session_id != session_id:
            raise ValidationError(en="The agenda item belongs to another session.",
                                  zh="该议题属于其他会议。")
    if person_id is not None:
        fetch(s, Person, person_id, "Person", "人员")


_OPINION = Opinion.__table__  # type: ignore[attr-defined]
_TAG = OpinionTag.__table__  # type: ignore[attr-defined]
_REPLY = Reply.__table__  # type: ignore[attr-defined]


# The capture path's statements, compiled once per dialect and run on the driver's cursor
# (``Database.statements()``): no statement is built, coerced or compiled on an Enter.
_OPINION_KEYS = ("session_id", "agenda_item_id", "person_id", "import_key", "created_at",
                 "updated_at", "removed_reason", "client_id", "text", "kind", "channel",
                 "support_count", "speaker_label", "received_at")
# Every link in one look-up: the session's id (no row: no such session), the owner of the
# agenda item (NULL: no such item, or none given) and the listed speaker's id.
_LINKS = Prepared(select(
    ListeningSession.id,
    select(AgendaItem.session_id).where(AgendaItem.id == bindparam("agenda_item_id"),
                                        col(AgendaItem.removed_at).is_(None)).scalar_subquery(),
    select(Person.id).where(Person.id == bindparam("person_id")).scalar_subquery(),
).where(ListeningSession.id == bindparam("session_id")))
_INSERT_OPINION = Prepared(insert(_OPINION).returning(_OPINION.c.id), _OPINION_KEYS)
_INSERT_TAG = Prepared(insert(_TAG), ("opinion_id", "tag"))
_INSERT_REPLY = Prepared(insert(_REPLY), ("opinion_id", "text", "given_by", "on_the_spot",
                                          "given_at"))


def _check_links_once(run: Statements, session_id: int, agenda_item_id: int | None,
                      person_id: int | None) -> None:
    """The checks of ``_check_links`` (and that the session exists) in one query."""
    row = run.execute(_LINKS, {"session_id": session_id, "agenda_item_id": agenda_item_id,
                               "person_id": person_id}).fetchone()
    if row is None:
        raise NotFoundError(en=f"Session #{session_id} does not exist.", zh=f"会议 #{session_id} 不存在。")
    _sid, owner, person = row
    if agenda_item_id is not None:
        if owner is None:
            raise NotFoundError(en=f"Agenda item #{agenda_item_id} does not exist.",
                                zh=f"议题 #{agenda_item_id} 不存在。")
        if owner != session_id:
            raise ValidationError(en="The agenda item belongs to another session.",
                                  zh="该议题属于其他会议。")
    if person_id is not None and person is None:
        raise NotFoundError(en=f"Person #{person_id} does not exist.", zh=f"人员 #{person_id} 不存在。")


def create_opinion(db: Database, session_id: int, text: str, *, kind: str = OpinionKind.SUGGESTION,
                   channel: str = Channel.ROOM, agenda_item_id: int | None = None,
                   person_id: int | None = None, speaker_label: str = "",
                   tags: Sequence[str] = (), support_count: int = 0,
                   received_at: datetime | None = None, reply_text: str = "",
                   reply_by: str = "", import_key: str | None = None,
                   now: datetime | None = None, client_id: str | None = None) -> Opinion:
    """Save one opinion (and its on-the-spot reply) in one transaction; returns it committed.

    ``client_id`` is the uuid the laptop gave the opinion when it was typed: saving an opinion
    whose ``client_id`` is already stored returns the stored one and adds nothing, so an outbox
    replayed after a lost answer (or twice) saves each opinion exactly once.

    This is the capture path (the secretary presses Enter dozens of times an hour and the
    screen shows "saved" only after the commit), so the write is a few prepared Core
    statements (``Database.statements()``), not an ORM unit of work, and nothing else (no
    search indexing) happens inside the transaction. ``save_opinion`` is the same returning
    only the id.
    """
    saved = _save(db, session_id, text, kind=kind, channel=channel,
                  agenda_item_id=agenda_item_id, person_id=person_id,
                  speaker_label=speaker_label, tags=tags, support_count=support_count,
                  received_at=received_at, reply_text=reply_text, reply_by=reply_by,
                  import_key=import_key, now=now, client_id=client_id)
    if isinstance(saved, Opinion):
        return saved
    opinion_id, values = saved
    return Opinion(id=opinion_id, **values)


def save_opinion(db: Database, session_id: int, text: str, **fields: Any) -> int:
    """``create_opinion`` returning the opinion's id only (no model object is built): what
    capture needs."""
    saved = _save(db, session_id, text, **fields)
    return saved.id if isinstance(saved, Opinion) else saved[0]  # type: ignore[return-value]


def _save(db: Database, session_id: int, text: str, *, kind: str = OpinionKind.SUGGESTION,
          channel: str = Channel.ROOM, agenda_item_id: int | None = None,
          person_id: int | None = None, speaker_label: str = "", tags: Sequence[str] = (),
          support_count: int = 0, received_at: datetime | None = None, reply_text: str = "",
          reply_by: str = "", import_key: str | None = None, now: datetime | None = None,
          client_id: str | None = None) -> Opinion | tuple[int, dict[str, Any]]:
    """The new opinion's id and values, or the stored opinion of the same client id."""
    fields = _validate({"text": text, "kind": kind, "channel": channel,
                        "support_count": support_count, "speaker_label": speaker_label,
                        "received_at": received_at})
    clean_tags = normalise_tags(tags)
    reply_text = clean_text(reply_text, "Reply", "答复")
    reply_by = clean_text(reply_by, "Replied by", "答复人", max_len=MAX_TITLE)
    now = aware(now, "Time", "时间") or utcnow()
    client_id = clean_client_id(client_id)
    values = {"session_id": session_id, "agenda_item_id": agenda_item_id,
              "person_id": person_id, "import_key": import_key, "created_at": now,
              "updated_at": now, "removed_reason": "", "client_id": client_id,
              **fields, "received_at": fields["received_at"] or now}
    try:  # no look-up first: the unique client id refuses a second row (the usual case is new)
        return _insert_opinion(db, values, clean_tags, reply_text, reply_by, now), values
    except IntegrityError:
        stored = opinion_by_client_id(db, client_id) if client_id else None
        if stored is None:
            raise
        return stored  # saved before (the answer was lost, or this is a replay): not again


def clean_client_id(value: str | None) -> str | None:
    """A client id is a uuid (any spelling ``uuid.UUID`` reads), stored in its canonical form."""
    if value is None or value == "":
        return None
    try:
        return str(uuid.UUID(str(value)))
    except ValueError:
        raise ValidationError(en=f"Not a client id (a uuid): {value}",
                              zh=f"客户端编号不是有效的 uuid：{value}") from None


def opinion_by_client_id(db: Database, client_id: str) -> Opinion | None:
    with db.read() as s:
        return s.exec(select(Opinion).where(Opinion.client_id == client_id)).first()


def _insert_opinion(db: Database, values: dict[str, Any], clean_tags: list[str],
                    reply_text: str, reply_by: str, now: datetime) -> int:
    with db.statements() as run:
        _check_links_once(run, values["session_id"], values["agenda_item_id"],
                          values["person_id"])
        opinion_id = run.execute(_INSERT_OPINION, values).fetchone()[0]
        if clean_tags:
            run.executemany(_INSERT_TAG, [{"opinion_id": opinion_id, "tag": t}
                                          for t in clean_tags])
        if reply_text.strip():
            run.execute(_INSERT_REPLY, {"opinion_id": opinion_id, "text": reply_text,
                                        "given_by": reply_by, "on_the_spot": True,
                                        "given_at": now})
        run.changed(Entity.OPINION, opinion_id)
    return opinion_id


def update_opinion(db: Database, opinion_id: int, *, tags: Sequence[str] | None = None,
                   expected_version: int | None = None, expected: dict[str, Any] | None = None,
                   **values: Any) -> Opinion:
    """Edit an opinion; ``expected_version`` is the version the screen showed, ``expected``
    the values of some fields the caller replaces (undo and redo: what the step before wrote).
    Either refused with ``ConflictError`` when another seat changed it since."""
    fields = _validate(values)
    with db.write() as s:
        row = fetch(s, Opinion, opinion_id, "Opinion", "意见")
        check_version(row, expected_version, Entity.OPINION)
        if expected and any(getattr(row, k) != v for k, v in _validate(expected).items()):
            raise ConflictError(entity=Entity.OPINION, ids=(opinion_id,))
        if row.removed_at is not None:
            raise ValidationError(en="This opinion was removed; restore it before editing.",
                                  zh="该意见已删除，请先恢复再编辑。")
        _check_links(s, row.session_id, fields.get("agenda_item_id"), fields.get("person_id"))
        diff = apply(row, fields, EDITABLE)
        if tags is not None:
            with s.no_autoflush:  # the row is written once, below: one version per edit
                s.exec(delete(OpinionTag).where(col(OpinionTag.opinion_id) == opinion_id))
            for tag in normalise_tags(tags):
                s.add(OpinionTag(opinion_id=opinion_id, tag=tag))
            diff["tags"] = list(tags)
        if diff:
            row.updated_at = utcnow()
            audit(s, "opinion", row.id, "updated", **{k: v for k, v in diff.items()})
        touch(s, row, Entity.OPINION)
        return row


def remove_opinion(db: Database, opinion_id: int, reason: str) -> Opinion:
    """Take an opinion out of the record; the row and the reason stay as a trace."""
    reason = clean_text(reason, "The reason for removing", "删除原因", required=True)
    with db.write() as s:
        row = fetch(s, Opinion, opinion_id, "Opinion", "意见")
        set_removed(s, row, Entity.OPINION, True, reason)
        return row


def restore_opinion(db: Database, opinion_id: int) -> Opinion:
    with db.write() as s:
        row = fetch(s, Opinion, opinion_id, "Opinion", "意见")
        set_removed(s, row, Entity.OPINION, False)
        return row


def add_reply(db: Database, opinion_id: int, text: str, given_by: str = "", *,
              on_the_spot: bool = False, owner_id: int | None = None,
              given_at: datetime | None = None) -> Reply:
    text = clean_text(text, "The reply", "答复内容", required=True)
    with db.write() as s:
        fetch(s, Opinion, opinion_id, "Opinion", "意见")
        row = Reply(opinion_id=opinion_id, text=text, on_the_spot=on_the_spot, owner_id=owner_id,
                    given_by=clean_text(given_by, "Replied by", "答复人", max_len=MAX_TITLE),
                    given_at=aware(given_at, "Reply time", "答复时间") or utcnow())
        touch(s, row, Entity.REPLY)
        touch(s, fetch(s, Opinion, opinion_id, "Opinion", "意见"), Entity.OPINION)
        return row


def list_opinions(db: Database, session_id: int, include_removed: bool = False) -> list[Opinion]:
    with db.read() as s:
        query = select(Opinion).where(Opinion.session_id == session_id)
        if not include_removed:
            query = query.where(col(Opinion.removed_at).is_(None))
        return list(s.exec(query.order_by(Opinion.received_at, Opinion.id)))


def tags_of(db: Database, opinion_ids: Sequence[int]) -> dict[int, list[str]]:
    with db.read() as s:
        out: dict[int, list[str]] = {}
        for oid, tag in s.exec(select(OpinionTag.opinion_id, OpinionTag.tag)
                               .where(col(OpinionTag.opinion_id).in_(list(opinion_ids)))):
            out.setdefault(oid, []).append(tag)
        return out


def replies_of(db: Database, opinion_id: int) -> list[Reply]:
    with db.read() as s:
        return list(s.exec(select(Reply).where(Reply.opinion_id == opinion_id)
                           .order_by(Reply.given_at, Reply.id)))


def known_tags(db: Database) -> list[str]:
    """All tags used so far, most used first (for completion)."""
    with db.read() as s:
        query = (select(OpinionTag.tag).group_by(OpinionTag.tag)
                 .order_by(func.count().desc(), OpinionTag.tag))
        return list(s.exec(query))
