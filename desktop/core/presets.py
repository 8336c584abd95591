"""Kind presets: what a new session of each kind starts with, and the built-in agenda templates.

A secretary picks the kind; the editor pre-fills the time available, the usual start time and
the agenda of the matching built-in template in the session's language.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from .msg import pick

from .models.enums import AgendaKind as A
from .models.enums import SessionKind


@dataclass(frozen=True, kw_only=True)
class KindPreset:
    kind: str
    name_zh: str
    name_en: str
    start: time  # usual local start time
    planned_minutes: int  # time available
    title_zh: str  # suggested title, {date} filled with the session date
    title_en: str
    deadline_policy: str  # key in ``deadlines.BUILTIN_POLICIES``: default for its commitments

    def name(self, lang: str) -> str:
        return pick(lang, en=self.name_en, zh=self.name_zh)

    def title(self, lang: str, date_text: str) -> str:
        return pick(lang, en=self.title_en, zh=self.title_zh).format(date=date_text)


PRESETS: dict[str, KindPreset] = {p.kind: p for p in (
    KindPreset(kind=SessionKind.LISTENING, name_zh="民情恳谈会", name_en="Listening session",
               start=time(14, 30), planned_minutes=120, title_zh="{date}民情恳谈会",
               title_en="Listening session, {date}", deadline_policy="hotline_complex"),
    KindPreset(kind=SessionKind.FORUM, name_zh="座谈会", name_en="Forum",
               start=time(9, 30), planned_minutes=90, title_zh="{date}座谈会",
               title_en="Forum, {date}", deadline_policy="message_board"),
    KindPreset(kind=SessionKind.HEARING, name_zh="听证会", name_en="Public hearing",
               start=time(9, 0), planned_minutes=150, title_zh="{date}听证会",
               title_en="Public hearing, {date}", deadline_policy="xinfang_handling"),
    KindPreset(kind=SessionKind.RECEPTION, name_zh="接待日", name_en="Reception day",
               start=time(9, 0), planned_minutes=180, title_zh="{date}领导接待日",
               title_en="Reception day, {date}", deadline_policy="xinfang_acceptance"),
    KindPreset(kind=SessionKind.TOWN_HALL, name_zh="居民议事会", name_en="Town hall",
               start=time(19, 0), planned_minutes=90, title_zh="{date}居民议事会",
               title_en="Town hall meeting, {date}", deadline_policy="hotline_complex"),
)}


@dataclass(frozen=True)
class BuiltinTemplate:
    """A built-in agenda: ``items`` are (kind, title, minutes)."""

    key: str
    session_kind: str
    language: str
    name: str
    items: tuple[tuple[str, str, int], ...]


_ZH = {
    SessionKind.LISTENING: ("民情恳谈会（标准议程）", (
        (A.REPORT_BACK, "上次恳谈会承诺事项办理情况通报", 15),
        (A.BRIEFING, "社区近期重点工作情况介绍", 15),
        (A.OPEN_FLOOR, "居民自由发言", 45),
        (A.QA, "职能部门现场答复", 30),
        (A.CLOSING, "宣读本次承诺事项并总结", 15))),
    SessionKind.FORUM: ("座谈会（标准议程）", (
        (A.BRIEFING, "主持人介绍座谈主题和参会人员", 10),
        (A.BRIEFING, "有关部门情况通报", 15),
        (A.OPEN_FLOOR, "与会代表发言", 45),
        (A.CLOSING, "领导讲话和总结", 20))),
    SessionKind.HEARING: ("听证会（标准议程）", (
        (A.BRIEFING, "宣布听证纪律和听证事项", 10),
        (A.BRIEFING, "承办部门说明方案及依据", 20),
        (A.OPEN_FLOOR, "听证参加人陈述意见", 60),
        (A.DELIBERATION, "询问和辩论", 40),
        (A.CLOSING, "听证参加人最后陈述，主持人宣布结束", 20))),
    SessionKind.RECEPTION: ("领导接待日（标准议程）", (
        (A.BRIEFING, "接待须知和登记说明", 10),
        (A.OPEN_FLOOR, "群众逐一反映诉求", 140),
        (A.CLOSING, "梳理交办事项", 30))),
    SessionKind.TOWN_HALL: ("居民议事会（标准议程）", (
        (A.REPORT_BACK, "上次议定事项落实情况", 10),
        (A.BRIEFING, "议题说明", 10),
        (A.DELIBERATION, "居民讨论协商", 45),
        (A.QA, "问答", 15),
        (A.CLOSING, "形成议事结果并宣读", 10))),
}
_EN = {
    SessionKind.LISTENING: ("Listening session (standard)", (
        (A.REPORT_BACK, "Report back on last session's commitments", 15),
        (A.BRIEFING, "Briefing on the neighbourhood's current work", 15),
        (A.OPEN_FLOOR, "Open floor for residents", 45),
        (A.QA, "Answers from the departments", 30),
        (A.CLOSING, "Read back today's commitments and close", 15))),
    SessionKind.FORUM: ("Forum (standard)", (
        (A.BRIEFING, "Welcome, topic and participants", 10),
        (A.BRIEFING, "Briefing by the departments", 15),
        (A.OPEN_FLOOR, "Statements by participants", 45),
        (A.CLOSING, "Closing remarks", 20))),
    SessionKind.HEARING: ("Public hearing (standard)", (
        (A.BRIEFING, "Rules of the hearing and the matter heard", 10),
        (A.BRIEFING, "The proposal and its grounds", 20),
        (A.OPEN_FLOOR, "Statements by participants", 60),
        (A.DELIBERATION, "Questions and debate", 40),
        (A.CLOSING, "Final statements and close", 20))),
    SessionKind.RECEPTION: ("Reception day (standard)", (
        (A.BRIEFING, "How the reception works", 10),
        (A.OPEN_FLOOR, "Residents one by one", 140),
        (A.CLOSING, "Assign follow-up tasks", 30))),
    SessionKind.TOWN_HALL: ("Town hall (standard)", (
        (A.REPORT_BACK, "Report back on what was agreed last time", 10),
        (A.BRIEFING, "The questions on the table", 10),
        (A.DELIBERATION, "Discussion", 45),
        (A.QA, "Questions and answers", 15),
        (A.CLOSING, "Read back the outcome and close", 10))),
}

BUILTIN_TEMPLATES: dict[str, BuiltinTemplate] = {}
for _lang, _table in (("zh", _ZH), ("en", _EN)):
    for _kind, (_name, _items) in _table.items():
        _key = f"{_kind.value}-{_lang}"
        BUILTIN_TEMPLATES[_key] = BuiltinTemplate(
            _key, _kind.value, _lang, _name, tuple((k.value, t, m) for k, t, m in _items))


def builtin_for(kind: str, lang: str) -> BuiltinTemplate:
    return BUILTIN_TEMPLATES[f"{SessionKind(kind).value}-{pick(lang, en='en', zh='zh')}"]
