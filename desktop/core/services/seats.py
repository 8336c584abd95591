"""Seats: the laptops connected to a room, what each is for, and who is still there.

A laptop connects with its role (facilitator, secretary, projector, leader), then beats every
few seconds; a seat not heard from for ``STALE_SECONDS`` drops out of the list. The leader's
seat only reads: ``make_read_only`` makes every write of this process refused with a message
that says why. Times are the server's (``core.server_time``), so skewed laptop clocks do not
make a seat look gone.
"""
from __future__ import annotations

import socket
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, col, delete, select

from ..db import Database
from ..errors import StorageError, ValidationError
from ..models import Seat
from ..seat_roles import READ_ONLY_ROLES, SeatRole
from .common import MAX_TITLE, clean_text

STALE_SECONDS = 30
HEARTBEAT_SECONDS = 5


class ReadOnlySeatError(StorageError):
    """A write from a seat that only reads (the leader's)."""

    def __init__(self) -> None:
        super().__init__(
            en="This laptop is connected as the leader's seat, which only reads: nothing was "
               "changed. Ask the facilitator or a secretary to make the change, or start "
               "Tingjian with another seat.",
            zh="本机以领导席位连接，只能查看：未作任何修改。请由主持人或书记员修改，或以其他席位启动听见。")


@dataclass(frozen=True)
class SeatRow:
    id: str
    role: str
    name: str
    hostname: str
    last_seen: datetime


def role_of(value: str) -> SeatRole:
    try:
        return SeatRole(value.strip().lower())
    except ValueError:
        roles = ", ".join(r.value for r in SeatRole)
        raise ValidationError(en=f"Unknown seat {value!r}; choose one of {roles}.",
                              zh=f"未知的席位 {value!r}；可选：{roles}。") from None


def is_read_only(role: str) -> bool:
    return role_of(role) in READ_ONLY_ROLES


def make_read_only(db: Database) -> None:
    """Refuse every later write of this process (a storage problem already found stays)."""
    if db.read_only is None:
        db.read_only = ReadOnlySeatError()


def _beat(db: Database, seat: Seat) -> bool:
    """Write the seat's row. Seats are not part of the record: this is the one write a
    read-only seat makes, so it bypasses ``Database.write`` and its change notices."""
    try:
        with Session(db.engine) as s:
            s.merge(seat)
            s.commit()
        return True
    except SQLAlchemyError:  # the server is away or the file cannot take writes
        return False


def connect(db: Database, role: str, now: datetime, *, name: str = "",
            hostname: str | None = None) -> SeatRow:
    """Announce this laptop to the room; returns the seat with its new id."""
    seat = Seat(id=uuid.uuid4().hex, role=role_of(role).value,
                name=clean_text(name, "Name", "名称", max_len=MAX_TITLE).strip(),
                hostname=(socket.gethostname() if hostname is None else hostname)[:MAX_TITLE],
                started_at=now, last_seen=now)
    _beat(db, seat)
    return SeatRow(seat.id, seat.role, seat.name, seat.hostname, seat.last_seen)


def heartbeat(db: Database, seat: SeatRow, now: datetime) -> SeatRow:
    """Say this seat is still here (and put it back if it was dropped meanwhile)."""
    row = Seat(id=seat.id, role=seat.role, name=seat.name, hostname=seat.hostname,
               started_at=seat.last_seen, last_seen=now)
    try:
        with db.read() as s:
            existing = s.get(Seat, seat.id)
            if existing is not None:
                row.started_at = existing.started_at
    except (SQLAlchemyError, StorageError):  # the server is away: try again at the next beat
        return seat
    _beat(db, row)
    return SeatRow(seat.id, seat.role, seat.name, seat.hostname, now)


def disconnect(db: Database, seat_id: str) -> None:
    """This laptop leaves the room."""
    try:
        with Session(db.engine) as s:
            s.exec(delete(Seat).where(col(Seat.id) == seat_id))  # type: ignore[call-overload]
            s.commit()
    except SQLAlchemyError:
        pass


def active_seats(db: Database, now: datetime,
                 stale_seconds: float = STALE_SECONDS) -> list[SeatRow]:
    """Seats heard from within ``stale_seconds`` of ``now``, facilitator first."""
    since = now - timedelta(seconds=stale_seconds)
    try:
        with db.read() as s:
            rows = list(s.exec(select(Seat).where(col(Seat.last_seen) >= since)))
    except (SQLAlchemyError, StorageError) as exc:
        raise StorageError(en="The list of connected seats could not be read just now.",
                           zh="暂时无法读取已连接的席位。") from exc
    order = {r.value: n for n, r in enumerate(SeatRole)}
    rows.sort(key=lambda r: (order.get(r.role, len(order)), r.started_at, r.id))
    return [SeatRow(r.id, r.role, r.name, r.hostname, r.last_seen) for r in rows]


def counts(seats: list[SeatRow]) -> list[tuple[str, int, list[str]]]:
    """(role, how many, names or host names) per role, in the order of ``SeatRole``."""
    out: list[tuple[str, int, list[str]]] = []
    for role in SeatRole:
        mine = [s for s in seats if s.role == role.value]
        if mine:
            out.append((role.value, len(mine), sorted(s.name or s.hostname or "?" for s in mine)))
    return out
