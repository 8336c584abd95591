"""The domain's words in Chinese and English (GUIDE §1), for documents and imports.

Documents are written in the session's language whatever the interface speaks; the interface
(desktop/ui/labels.py) shows the same words in its own language. Both take them from here.
"""
from __future__ import annotations

from .msg import Msg
from desktop.core.msg import is_zh

WORDS: dict[str, dict[str, Msg]] = {
    "session_kind": {
        "listening": Msg(en="Listening session", zh="民情恳谈会"), "forum": Msg(en="Forum", zh="座谈会"),
        "hearing": Msg(en="Public hearing", zh="听证会"), "reception": Msg(en="Reception day", zh="接待日"),
        "town_hall": Msg(en="Town hall", zh="居民议事会"),
    },
    "agenda_kind": {
        "report_back": Msg(en="Report back", zh="办理情况通报"), "briefing": Msg(en="Briefing", zh="情况介绍"),
        "open_floor": Msg(en="Open floor", zh="自由发言"), "qa": Msg(en="Q&A", zh="答疑"),
        "deliberation": Msg(en="Deliberation", zh="协商讨论"), "closing": Msg(en="Closing", zh="总结"),
    },
    "channel": {
        "room": Msg(en="In the room", zh="现场"), "hotline": Msg(en="Hotline", zh="热线"), "letter": Msg(en="Letter", zh="来信"),
        "email": Msg(en="E-mail", zh="电子邮件"), "web": Msg(en="Web", zh="网上留言"), "box": Msg(en="Suggestion box", zh="意见箱"),
    },
    "opinion_kind": {
        "suggestion": Msg(en="Suggestion", zh="建议"), "complaint": Msg(en="Complaint", zh="投诉"),
        "question": Msg(en="Question", zh="咨询"), "praise": Msg(en="Praise", zh="表扬"),
    },
    "disposition": {
        "adopted": Msg(en="Adopted", zh="采纳"), "partly_adopted": Msg(en="Partly adopted", zh="部分采纳"),
        "not_adopted": Msg(en="Not adopted", zh="不予采纳"), "referred": Msg(en="Referred", zh="转办"),
        "explained": Msg(en="Explained", zh="解释说明"),
    },
    "session_status": {
        "planned": Msg(en="Planned", zh="筹备中"), "live": Msg(en="Live", zh="会议进行"),
        "closed": Msg(en="Closed", zh="已结束"),
    },
    "commitment_status": {
        "open": Msg(en="Open", zh="待办"), "in_progress": Msg(en="In progress", zh="办理中"),
        "done": Msg(en="Done", zh="已办结"), "cannot_do": Msg(en="Cannot be done", zh="无法办理"),
    },
    "satisfaction": {
        "satisfied": Msg(en="Satisfied", zh="满意"), "basically_satisfied": Msg(en="Basically satisfied", zh="基本满意"),
        "unsatisfied": Msg(en="Unsatisfied", zh="不满意"),
    },
    "attendance": {
        "present": Msg(en="Present", zh="出席"), "attending": Msg(en="Attending", zh="列席"), "excused": Msg(en="Excused", zh="请假"),
    },
}


def word(vocabulary: str, key: str, lang: str) -> str:
    """The word for ``key`` in ``lang`` ("zh" or "en"); unknown keys come back as they are."""
    msg = WORDS[vocabulary].get(key)
    return key if msg is None else msg.text(lang)



def speaker_name(label: str | None, person_name: str | None, person_group: str | None,
                 lang: str) -> str:
    """Who gave an opinion, as every screen and export shows it: the description typed for it,
    else the registered person (name, or group), else the anonymous label."""
    for value in (label, person_name, person_group):
        if value and value.strip():
            return value
    return "匿名" if is_zh(lang) else "Anonymous"


def language_of_text(text: str) -> str:
    """"zh" when ``text`` is written mostly in Chinese characters (a title such as
    "枫林社区2026年第四季度民情恳谈会"), else "en": the language of a session's documents
    follows its title, not the machine's locale."""
    han = sum(1 for c in text if "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff")
    latin = sum(1 for c in text if c.isascii() and c.isalpha())
    return "zh" if han and han * 2 >= latin else "en"
