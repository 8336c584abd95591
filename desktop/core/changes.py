"""What a committed write announces: which entity, which rows, and the seat that made it.

Every service names what it changed with an :class:`Entity` (never a bare string), and every
listener receives a :class:`Change`. Changes made by this process arrive once, right after the
commit; changes made by other seats (other processes, other laptops) arrive through the
:mod:`change feed <desktop.core.feed>` and carry the other seat's id.
"""
from __future__ import annotations

import json
import os
import socket
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from .clock import SYSTEM_CLOCK


class Entity(StrEnum):
    """Everything a write can change, as the services announce it.

    ``ALL`` means "something changed, not known what" (a restore, the feed back after the
    server was lost, notices a SQLite feed could no longer read): every view refreshes what it
    shows."""

    ALL = "*"
    AGENDA_ITEM = "agenda_item"
    AGENDA_TEMPLATE = "agenda_template"
    ATTENDANCE = "attendance"
    COMMITMENT = "commitment"
    DEADLINE_POLICY = "deadline_policy"
    DISPOSITION = "disposition"
    EXTENSION = "extension"
    FOLLOW_UP = "follow_up"
    HOLIDAY = "holiday"
    MINUTES_VERSION = "minutes_version"
    OPINION = "opinion"
    OWNER = "owner"
    PAPERWORK_SETTING = "paperwork_setting"
    PERSON = "person"
    PRIVACY_DECISION = "privacy_decision"
    PROGRESS_NOTE = "progress_note"
    REPLY = "reply"
    RETENTION_SETTING = "retention_setting"
    RULE_SETTING = "rule_setting"
    SERIES = "series"
    SESSION = "session"
    SPEAKER_TURN = "speaker_turn"


def entity(value: object) -> Entity:
    """``value`` itself when it is an :class:`Entity`; anything else (a plain string) is a
    programming error and raises ``TypeError``."""
    if not isinstance(value, Entity):
        raise TypeError(f"not an Entity: {value!r}")
    return value


@dataclass(frozen=True)
class Seat:
    """One open database in one process: a fresh id each time a database is opened."""

    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    host: str = field(default_factory=socket.gethostname)
    pid: int = field(default_factory=os.getpid)

    @property
    def label(self) -> str:
        return f"{self.host}:{self.pid}:{self.id[:8]}"


UNKNOWN_SEAT = "?"  # a change whose seat is not known (see Entity.ALL)


@dataclass(frozen=True)
class Change:
    """Rows of ``entity`` changed (``ids`` empty: which rows is not known, or many).

    ``seat`` is the id of the seat that made the change, ``seat_label`` a readable
    host:pid:id; ``local`` tells that this process made it."""

    entity: Entity
    ids: tuple[int, ...] = ()
    seat: str = UNKNOWN_SEAT
    seat_label: str = ""
    at: datetime = field(default_factory=SYSTEM_CLOCK.now)
    local: bool = True

    def __post_init__(self) -> None:
        entity(self.entity)

    def touches(self, *entities: Entity) -> bool:
        """True when the change concerns one of ``entities`` (a change of ``ALL`` concerns
        every one)."""
        return self.entity is Entity.ALL or self.entity in entities

    def as_json(self) -> dict:
        return {"entity": str(self.entity), "ids": list(self.ids), "seat": self.seat,
                "seat_label": self.seat_label, "at": self.at.isoformat()}


ChangeListener = Callable[[Change], None]

# PostgreSQL refuses a NOTIFY payload of 8000 bytes or more: ids are sent in chunks that stay
# well below, and a change with very many rows is sent as "these rows: unknown, refresh all".
PAYLOAD_LIMIT = 7000
MAX_IDS = 5000


def encode(seat: Seat, changes: Iterable[tuple[Entity, tuple[int, ...]]]) -> list[str]:
    """The NOTIFY payloads for one transaction's changes: JSON texts under PAYLOAD_LIMIT
    bytes (ids split over several payloads; more than MAX_IDS rows: sent as "unknown rows")."""
    payloads: list[str] = []
    for ent, ids in changes:
        if len(ids) > MAX_IDS:
            ids = ()
        frame = json.dumps({"seat": seat.id, "label": seat.label, "entity": str(ent),
                            "ids": [0]}, ensure_ascii=False, separators=(",", ":"))
        before, after = frame.rsplit("[0]", 1)
        room = PAYLOAD_LIMIT - len((before + after).encode()) - 2
        chunk: list[str] = []
        size = 0
        for i in ids:
            text = str(int(i))
            if chunk and size + len(text) + 1 > room:
                payloads.append(f"{before}[{','.join(chunk)}]{after}")
                chunk, size = [], 0
            chunk.append(text)
            size += len(text) + 1
        payloads.append(f"{before}[{','.join(chunk)}]{after}")
    return payloads


def decode(payload: str, at: datetime) -> Change | None:
    """A change from a NOTIFY payload; None for one that cannot be read (another version)."""
    try:
        data = json.loads(payload)
        ent = Entity(data["entity"])
        ids = tuple(int(i) for i in data.get("ids", ()))
        return Change(ent, ids, seat=str(data["seat"]), seat_label=str(data.get("label", "")),
                      at=at, local=False)
    except (ValueError, KeyError, TypeError):
        return None


def note_change(changes: dict[Entity, set[int]], ent: Entity, ids: Iterable[int | None]) -> None:
    """Add ``ids`` (None left out) to what ``changes`` holds of ``ent`` (an :class:`Entity`; a
    plain string is refused)."""
    changes.setdefault(entity(ent), set()).update(i for i in ids if i is not None)


def changed(session: Any, ent: Entity, *ids: int | None) -> None:
    """Record inside a write transaction that rows of ``ent`` changed."""
    note_change(session.info.setdefault("changes", {}), ent, ids)
