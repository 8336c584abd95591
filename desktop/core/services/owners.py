"""Owners: the departments and leaders who take commitments."""
from __future__ import annotations

from typing import Any

from sqlmodel import col, select

from ..db import Database
from ..models import Owner
from ..models.enums import OwnerKind
from .common import MAX_TITLE, apply, choice, clean_text, fetch, touch
from ..changes import Entity


def create_owner(db: Database, name: str, kind: str = OwnerKind.DEPARTMENT, title: str = "",
                 department_id: int | None = None, contact: str = "") -> Owner:
    with db.write() as s:
        if department_id is not None:
            fetch(s, Owner, department_id, "Department", "部门")
        row = Owner(name=clean_text(name, "Name", "名称", required=True, max_len=MAX_TITLE).strip(),
                    kind=choice(kind, OwnerKind, "Owner kind", "责任主体类型"),
                    title=clean_text(title, "Position", "职务", max_len=MAX_TITLE),
                    department_id=department_id,
                    contact=clean_text(contact, "Contact", "联系方式", max_len=MAX_TITLE))
        touch(s, row, Entity.OWNER)
        return row


def update_owner(db: Database, owner_id: int, **values: Any) -> Owner:
    with db.write() as s:
        row = fetch(s, Owner, owner_id, "Owner", "责任主体")
        if "name" in values:
            values["name"] = clean_text(values["name"], "Name", "名称", required=True,
                                        max_len=MAX_TITLE).strip()
        if "kind" in values:
            values["kind"] = choice(values["kind"], OwnerKind, "Owner kind", "责任主体类型")
        apply(row, values, {"name", "kind", "title", "department_id", "contact", "active"})
        touch(s, row, Entity.OWNER)
        return row


def list_owners(db: Database, active_only: bool = True) -> list[Owner]:
    with db.read() as s:
        query = select(Owner).order_by(Owner.kind, Owner.name)
        if active_only:
            query = query.where(col(Owner.active).is_(True))
        return list(s.exec(query))
