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
from ..changes import Entity


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
        touch(s, row, Entity.AGENDA_TEMPLATE)
        return row


def template_items(template: AgendaTemplate) -> list[TemplateItem]:
    return [TemplateItem(**item) for item in json.loads(template.items_json)]


def list_templates(db: Database) -> list[AgendaTemplate]:
    with db.read() as s:
        return list(s.exec(select(AgendaTemplate).order_by(AgendaTemplate.name)))


@dataclass(frozen=True)
class TemplateChoice:
    """A template offered to the user: built-in (``key`` set) or saved (``template_id`` set)."""

    name: str
    session_kind: str
    language: str
    items: tuple[TemplateItem, ...]
    key: str = ""
    template_id: int | None = None


def available_templates(db: Database) -> list[TemplateChoice]:
    """Built-in templates first (by kind, Chinese then English), then the user's saved ones."""
    from ..presets import BUILTIN_TEMPLATES

    out = [TemplateChoice(t.name, t.session_kind, t.language,
                          tuple(TemplateItem(*i) for i in t.items), key=t.key)
           for t in BUILTIN_TEMPLATES.values()]
    out += [TemplateChoice(t.name, t.session_kind, t.language, tuple(template_items(t)),
                           template_id=t.id) for t in list_templates(db)]
    return out


def find_template(db: Database, name: str) -> TemplateChoice:
    """A template by name or built-in key (``listening-zh``); saved ones win over built-ins."""
    wanted = name.strip().casefold()
    choices = available_templates(db)
    for choice_ in reversed(choices):
        if wanted in (choice_.name.casefold(), choice_.key.casefold()):
            return choice_
    from ..errors import NotFoundError

    names = ", ".join(c.key or c.name for c in choices)
    raise NotFoundError(en=f"There is no agenda template named {name!r} (known: {names}).",
                        zh=f"没有名为“{name}”的议程模板（现有：{names}）。")


def save_session_as_template(db: Database, session_id: int, name: str) -> AgendaTemplate:
    """Keep a session's agenda (kinds, titles, time boxes) as a reusable template."""
    from ..errors import ValidationError
    from .agenda import list_items
    from .sessions import get_session

    session = get_session(db, session_id)
    items = [TemplateItem(i.kind, i.title, i.planned_minutes) for i in list_items(db, session_id)]
    if not items:
        raise ValidationError(en="This session has no agenda to save.", zh="该会议还没有议程，无法保存为模板。")
    return save_template(db, name, items, session.kind, session.language)
