"""People: attendees and speakers. Contact details only with recorded consent."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import select

from ..db import Database
from ..errors import ValidationError
from ..models import Owner, Person, utcnow
from .common import MAX_TITLE, apply, audit, clean_text, fetch, touch

GENDERS = (None, "female", "male")


def _contact(contact: str | None, consent: bool) -> str | None:
    contact = (contact or "").strip() or None
    if contact is not None and not consent:
        raise ValidationError(
            en="Contact details may only be kept with the person's consent: tick the consent box "
            "or leave the contact empty.",
            zh="只有征得本人同意才能保存联系方式：请勾选“同意”或不填写联系方式。")
    return clean_text(contact, "Contact", "联系方式", max_len=200) if contact else None


def create_person(db: Database, name: str = "", group_name: str = "", *, gender: str | None = None,
                  contact: str | None = None, contact_consent: bool = False,
                  is_official: bool = False, owner_id: int | None = None, note: str = "",
                  now: datetime | None = None) -> Person:
    if gender not in GENDERS:
        raise ValidationError(en="Gender must be female, male or not given.", zh="性别只能是女、男或不填。")
    with db.write() as s:
        if owner_id is not None:
            fetch(s, Owner, owner_id, "Owner", "责任主体")
        kept = _contact(contact, contact_consent)
        row = Person(name=clean_text(name, "Name", "姓名", max_len=MAX_TITLE).strip(),
                     group_name=clean_text(group_name, "Group", "分组", max_len=MAX_TITLE).strip(),
                     gender=gender, contact=kept, contact_consent=bool(kept and contact_consent),
                     consent_at=(now or utcnow()) if kept else None, is_official=is_official,
                     owner_id=owner_id, note=clean_text(note, "Note", "备注"))
        touch(s, row, "person")
        return row


def set_contact(db: Database, person_id: int, contact: str | None, consent: bool,
                now: datetime | None = None) -> Person:
    """Record or withdraw a contact; withdrawing consent erases the contact."""
    with db.write() as s:
        row = fetch(s, Person, person_id, "Person", "人员")
        kept = _contact(contact, consent) if consent else None
        row.contact = kept
        row.contact_consent = kept is not None
        row.consent_at = (now or utcnow()) if kept else None
        audit(s, "person", row.id, "contact_set" if kept else "contact_erased")
        touch(s, row, "person")
        return row


def update_person(db: Database, person_id: int, **values: Any) -> Person:
    with db.write() as s:
        row = fetch(s, Person, person_id, "Person", "人员")
        if values.get("gender", row.gender) not in GENDERS:
            raise ValidationError(en="Gender must be female, male or not given.",
                                  zh="性别只能是女、男或不填。")
        apply(row, values, {"name", "group_name", "gender", "is_official", "owner_id", "note"})
        touch(s, row, "person")
        return row


def list_people(db: Database) -> list[Person]:
    with db.read() as s:
        return list(s.exec(select(Person).order_by(Person.group_name, Person.name)))


def get_person(db: Database, person_id: int) -> Person:
    with db.read() as s:
        return fetch(s, Person, person_id, "Person", "人员")
