"""Series: sessions that follow one another."""
from __future__ import annotations

from sqlmodel import select

from ..db import Database
from ..models import Series
from .common import MAX_TITLE, clean_text, touch
from ..changes import Entity


def create_series(db: Database, title: str, note: str = "") -> Series:
    with db.write() as s:
        row = Series(title=clean_text(title, "Series title", "系列名称", required=True,
                                      max_len=MAX_TITLE).strip(),
                     note=clean_text(note, "Note", "备注"))
        touch(s, row, Entity.SERIES)
        return row


def list_series(db: Database) -> list[Series]:
    with db.read() as s:
        return list(s.exec(select(Series).order_by(Series.title)))
