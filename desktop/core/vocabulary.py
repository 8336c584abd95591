"""The domain's words in Chinese and English (GUIDE §1), for documents and imports.

The UI has its own Qt translations (desktop/ui/labels.py); documents are written in the
session's language whatever the interface speaks, so they take their words from here.
"""
from __future__ import annotations

WORDS: dict[str, dict[str, tuple[str, str]]] = {
    "session_kind": {
        "listening": ("民情恳谈会", "Listening session"), "forum": ("座谈会", "Forum"),
        "hearing": ("听证会", "Public hearing"), "reception": ("接待日", "Reception day"),
        "town_hall": ("居民议事会", "Town hall"),
    },
    "agenda_kind": {
        "report_back": ("办理情况通报", "Report back"), "briefing": ("情况介绍", "Briefing"),
        "open_floor": ("自由发言", "Open floor"), "qa": ("答疑", "Q&A"),
        "deliberation": ("协商讨论", "Deliberation"), "closing": ("总结", "Closing"),
    },
    "channel": {
        "room": ("现场", "In the room"), "hotline": ("热线", "Hotline"), "letter": ("来信", "Letter"),
        "email": ("电子邮件", "E-mail"), "web": ("网上留言", "Web"), "box": ("意见箱", "Suggestion box"),
    },
    "opinion_kind": {
        "suggestion": ("建议", "Suggestion"), "complaint": ("投诉", "Complaint"),
        "question": ("咨询", "Question"), "praise": ("表扬", "Praise"),
    },
    "disposition": {
        "adopted": ("采纳", "Adopted"), "partly_adopted": ("部分采纳", "Partly adopted"),
        "not_adopted": ("不予采纳", "Not adopted"), "referred": ("转办", "Referred"),
        "explained": ("解释说明", "Explained"),
    },
    "commitment_status": {
        "open": ("待办", "Open"), "in_progress": ("办理中", "In progress"),
        "done": ("已办结", "Done"), "cannot_do": ("无法办理", "Cannot be done"),
    },
    "satisfaction": {
        "satisfied": ("满意", "Satisfied"), "basically_satisfied": ("基本满意", "Basically satisfied"),
        "unsatisfied": ("不满意", "Unsatisfied"),
    },
    "attendance": {
        "present": ("出席", "Present"), "attending": ("列席", "Attending"), "excused": ("请假", "Excused"),
    },
}


def word(vocabulary: str, key: str, lang: str) -> str:
    """The word for ``key`` in ``lang`` ("zh" or "en"); unknown keys come back as they are."""
    pair = WORDS[vocabulary].get(key)
    if pair is None:
        return key
    return pair[0] if lang.startswith("zh") else pair[1]



def language_of_text(text: str) -> str:
    """"zh" when ``text`` is written mostly in Chinese characters (a title such as
    "枫林社区2026年第四季度民情恳谈会"), else "en": the language of a session's documents
    follows its title, not the machine's locale."""
    han = sum(1 for c in text if "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff")
    latin = sum(1 for c in text if c.isascii() and c.isalpha())
    return "zh" if han and han * 2 >= latin else "en"
