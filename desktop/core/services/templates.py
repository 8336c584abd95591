"""Agenda templates: reusable lists of items with time boxes."""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass

from sqlmodel import select

from ..db import Database
from ..models import AgendaTemplate
from ..models.enums import AgendaKind, SessionKind
from .common import MAX_TITLE, choice, clean_text, non_negative, touch


@dataclass(frozen=True)
class TemplateItem:
    kind: str
    title: str
    planned_minutes: int


def save_template(db: Database, name: str, items: Sequence[TemplateItem],
                  session_kind: str = SessionKind.LISTENING, language: str = "zh") -> AgendaTemplate:
    name = clean_text(name, "Template name", "模板名称", required=True, max_len=MAX_TITLE).strip()
    clean = [TemplateItem(choice(i.kind, AgendaKind, "Agenda item kind", "议题类型"),
                          clean_text(i.title, "Item title", "议题名称", required=True,
                                     max_len=MAX_TITLE),
                          non_negative(i.planned_minutes, "Time box", "时长", 24 * 60))
             for i in items]
    with db.write() as s:
        row = AgendaTemplate(name=name, language=language,
                             session_kind=choice(session_kind, SessionKind, "Kind", "会议类型"),
                             items_json=json.dumps([asdict(i) for i in clean], ensure_ascii=False))
        touch(s, row, "agenda_template")
        return row


def template_items(template: AgendaTemplate) -> list[TemplateItem]:
    return [TemplateItem(**item) for item in json.loads(template.items_json)]


def list_templates(db: Database) -> list[AgendaTemplate]:
    with db.read() as s:
        return list(s.exec(select(AgendaTemplate).order_by(AgendaTemplate.name)))
