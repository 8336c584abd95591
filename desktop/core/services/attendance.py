"""Who came: registered attendees by role, plus an anonymous head count."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func
from sqlmodel import col, select

from ..db import Database
from ..models import Attendance, ListeningSession, Person, utcnow
from ..models.enums import AttendanceRole
from .common import choice, fetch, touch
from ..changes import Entity


@dataclass(frozen=True)
class GroupTotal:
    group_name: str
    role: str
    count: int


def register(db: Database, session_id: int, person_id: int, role: str = AttendanceRole.PRESENT,
             signed_in_at: datetime | None = None) -> Attendance:
    """Register (or re-register with another role) a person for a session."""
    role = choice(role, AttendanceRole, "Attendance role", "出席类型")
    with db.write() as s:
        fetch(s, ListeningSession, session_id, "Session", "会议")
        fetch(s, Person, person_id, "Person", "人员")
        row = s.exec(select(Attendance).where(Attendance.session_id == session_id,
                                              Attendance.person_id == person_id)).first()
        if row is None:
            row = Attendance(session_id=session_id, person_id=person_id)
        row.role = role
        row.signed_in_at = signed_in_at or (utcnow() if role == AttendanceRole.PRESENT else None)
        touch(s, row, Entity.ATTENDANCE)
        return row


def unregister(db: Database, attendance_id: int) -> None:
    with db.write() as s:
        row = fetch(s, Attendance, attendance_id, "Attendance", "签到记录")
        s.delete(row)
        touch_session = fetch(s, ListeningSession, row.session_id, "Session", "会议")
        touch(s, touch_session, Entity.SESSION)


def attendees(db: Database, session_id: int) -> list[tuple[Attendance, Person]]:
    with db.read() as s:
        query = (select(Attendance, Person).join(Person, col(Person.id) == Attendance.person_id)
                 .where(Attendance.session_id == session_id)
                 .order_by(Attendance.role, Person.group_name, Person.name))
        return [(a, p) for a, p in s.exec(query)]


def totals_by_group(db: Database, session_id: int) -> list[GroupTotal]:
    with db.read() as s:
        query = (select(Person.group_name, Attendance.role, func.count())
                 .join(Person, col(Person.id) == Attendance.person_id)
                 .where(Attendance.session_id == session_id)
                 .group_by(Person.group_name, Attendance.role)
                 .order_by(Person.group_name, Attendance.role))
        return [GroupTotal(g, r, n) for g, r, n in s.exec(query)]


def register_attendee(db: Database, session_id: int, name: str, group_name: str = "", *,
                      contact: str | None = None, contact_consent: bool = False, note: str = "",
                      role: str = AttendanceRole.PRESENT, salutation: str = "",
                      now: datetime | None = None
                      ) -> tuple[Attendance, Person]:
    """Register a person at the door (or before): a Person and its Attendance in one step.

    A contact is kept only with the consent tick; the consent time is stored with it.
    """
    from .people import create_person

    if not (name or "").strip():
        from ..errors import ValidationError

        raise ValidationError(en="Enter the attendee's name.", zh="请填写参会人姓名。")
    role = choice(role, AttendanceRole, "Attendance role", "出席类型")
    with db.read() as s:
        fetch(s, ListeningSession, session_id, "Session", "会议")
    person = create_person(db, name, group_name, contact=contact, contact_consent=contact_consent,
                           note=note, salutation=salutation, now=now)
    attendance = register(db, session_id, person.id, role,  # type: ignore[arg-type]
                          signed_in_at=(now or utcnow()) if role == AttendanceRole.PRESENT else None)
    return attendance, person


def headcount(db: Database, session_id: int) -> tuple[int, int]:
    """(registered present or attending, anonymous head count)."""
    with db.read() as s:
        session = fetch(s, ListeningSession, session_id, "Session", "会议")
        registered = s.exec(select(func.count()).select_from(Attendance)
                            .where(Attendance.session_id == session_id,
                                   col(Attendance.role) != AttendanceRole.EXCUSED)).one()
        return registered, session.anonymous_count
