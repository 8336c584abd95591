"""People: attendees and speakers. Contact details only with recorded consent."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import select

from .. import privacy
from ..db import Database
from ..errors import ValidationError
from ..models import Owner, Person, utcnow
from .common import MAX_TITLE, apply, audit, clean_text, fetch, touch
from ..changes import Entity

GENDERS = (None, "female", "male")
SALUTATIONS = ("", *privacy.SALUTATIONS)


def salutation_of(value: str | None) -> str:
    """A recorded salutation (女士/先生/老师/师傅, the English Ms/Mr, or empty); else an error."""
    text = " ".join((value or "").split())
    text = {"ms": "女士", "ms.": "女士", "mrs": "女士", "miss": "女士", "mr": "先生", "mr.": "先生",
            "teacher": "老师", "master": "师傅", "female": "女士", "male": "先生", "女": "女士",
            "男": "先生"}.get(text.casefold(), text)
    if text not in SALUTATIONS:
        raise ValidationError(
            en=f"Salutation {value!r} is not known: use 女士, 先生, 老师, 师傅 (Ms, Mr) or leave it empty.",
            zh=f"称呼“{value}”无法识别：请填写女士、先生、老师、师傅，或留空。")
    return text


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
                  salutation: str = "", now: datetime | None = None) -> Person:
    if gender not in GENDERS:
        raise ValidationError(en="Gender must be female, male or not given.", zh="性别只能是女、男或不填。")
    salutation = salutation_of(salutation)
    with db.write() as s:
        if owner_id is not None:
            fetch(s, Owner, owner_id, "Owner", "责任主体")
        kept = _contact(contact, contact_consent)
        row = Person(name=clean_text(name, "Name", "姓名", max_len=MAX_TITLE).strip(),
                     group_name=clean_text(group_name, "Group", "分组", max_len=MAX_TITLE).strip(),
                     gender=gender, contact=kept, contact_consent=bool(kept and contact_consent),
                     consent_at=(now or utcnow()) if kept else None, is_official=is_official,
                     owner_id=owner_id, note=clean_text(note, "Note", "备注"), salutation=salutation)
        touch(s, row, Entity.PERSON)
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
        touch(s, row, Entity.PERSON)
        return row


def update_person(db: Database, person_id: int, **values: Any) -> Person:
    with db.write() as s:
        row = fetch(s, Person, person_id, "Person", "人员")
        if values.get("gender", row.gender) not in GENDERS:
            raise ValidationError(en="Gender must be female, male or not given.",
                                  zh="性别只能是女、男或不填。")
        if "salutation" in values:
            values["salutation"] = salutation_of(values["salutation"])
        apply(row, values, {"name", "group_name", "gender", "is_official", "owner_id", "note",
                            "salutation"})
        touch(s, row, Entity.PERSON)
        return row


def list_people(db: Database) -> list[Person]:
    with db.read() as s:
        return list(s.exec(select(Person).order_by(Person.group_name, Person.name)))


def get_person(db: Database, person_id: int) -> Person:
    with db.read() as s:
        return fetch(s, Person, person_id, "Person", "人员")
