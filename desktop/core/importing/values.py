"""Reading cell values: dates in the usual Chinese and English forms, channel and kind words.

Dates accepted (a time may follow each, ``14:30``, ``14:30:05``, ``2:30 PM``, ``下午2:30``,
``14时30分``): ``2026年11月3日``, ``2026-11-03`` (and ISO 8601 with ``T`` and an offset),
``2026/11/3``, ``2026.11.3``, ``3 Nov 2026``, ``Nov 3, 2026``, ``3 November 2026``.
Day and month with the year last (``11/03/2026``) are read only when unambiguous (one of the two
numbers is above 12, or both are equal); ``11/03/2026`` itself is refused, because it is
3 November in the United States and 11 March in Britain.
A time without a zone is local time (``tz``).
"""
from __future__ import annotations

import re
import unicodedata
from datetime import datetime, tzinfo

from ..cells import unmark
from ..vocabulary import WORDS

MONTHS = {m: n for n, names in enumerate((
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
    ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
    ("oct", "october"), ("nov", "november"), ("dec", "december")), start=1) for m in names}

_TIME = (r"(?:[\sT]*(?P<ampm1>上午|下午|晚上|中午|早上)?\s*(?P<h>\d{1,2})(?:[:：时点](?P<mi>\d{1,2})"
         r"(?:[:：分](?P<s>\d{1,2})(?:\.\d+)?秒?)?分?)?\s*(?P<ampm2>am|pm|a\.m\.|p\.m\.)?"
         r"\s*(?P<tz>Z|[+-]\d{2}:?\d{2})?)?\s*$")
_PATTERNS = [
    ("ymd", re.compile(r"^\s*(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]?" + _TIME,
                       re.I)),
    ("ymd", re.compile(r"^\s*(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})" + _TIME, re.I)),
    ("dmy_name", re.compile(r"^\s*(?P<d>\d{1,2})(?:st|nd|rd|th)?[\s-]+(?P<mon>[a-z]{3,9})\.?,?[\s-]+"
                            r"(?P<y>\d{4}),?" + _TIME, re.I)),
    ("mdy_name", re.compile(r"^\s*(?P<mon>[a-z]{3,9})\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+"
                            r"(?P<y>\d{4}),?" + _TIME, re.I)),
    ("xxy", re.compile(r"^\s*(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<y>\d{4})" + _TIME, re.I)),
]


class ValueProblem(Exception):
    def __init__(self, *, en: str, zh: str) -> None:
        super().__init__(en)
        self.en, self.zh = en, zh


def parse_datetime(value: str | datetime, tz: tzinfo) -> datetime:
    """A timezone-aware datetime, or ``ValueProblem`` saying why the text is not a date."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=tz)
    text = value.strip()
    if len(text) >= 10 and text[4] == "-" and text[:4].isdigit():
        try:  # ISO 8601, the common case of exported files: the fast C parser
            result = datetime.fromisoformat(text)
            return result if result.tzinfo else result.replace(tzinfo=tz)
        except ValueError:
            pass
    text = unicodedata.normalize("NFKC", text)
    for kind, pattern in _PATTERNS:
        m = pattern.match(text)
        if not m:
            continue
        y = int(m["y"])
        if kind == "ymd":
            mo, d = int(m["m"]), int(m["d"])
        elif kind in ("dmy_name", "mdy_name"):
            mo = MONTHS.get(m["mon"].lower().rstrip("."), 0)
            d = int(m["d"])
            if not mo:
                break
        else:
            a, b = int(m["a"]), int(m["b"])
            if a > 12 >= b:
                d, mo = a, b
            elif b > 12 >= a:
                mo, d = a, b
            elif a == b:
                d = mo = a
            else:
                raise ValueProblem(
                    en=f"{value!r} is ambiguous (day/month or month/day?); write it as "
                    f"{y}-{a:02d}-{b:02d} or {y}年{a}月{b}日.",
                    zh=f"“{value}”有歧义（日/月还是月/日？）；请写成 {y}-{a:02d}-{b:02d} 或 {y}年{a}月{b}日。")
        hour = int(m["h"]) if m["h"] else 0
        minute = int(m["mi"]) if m["mi"] else 0
        second = int(m["s"]) if m["s"] else 0
        ampm = (m["ampm1"] or m["ampm2"] or "").lower().replace(".", "")
        if ampm in ("pm", "下午", "晚上") and hour < 12:
            hour += 12
        elif ampm in ("am", "上午", "早上") and hour == 12:
            hour = 0
        try:
            result = datetime(y, mo, d, hour, minute, second)
        except ValueError:
            raise ValueProblem(en=f"{value!r} is not a real date or time.",
                               zh=f"“{value}”不是有效的日期或时间。") from None
        if m["tz"]:
            return datetime.fromisoformat(result.isoformat() + _offset(m["tz"]))
        return result.replace(tzinfo=tz)
    raise ValueProblem(en=f"{value!r} is not a date this import understands (e.g. 2026-11-03 14:30 or "
                       "2026年11月3日 14:30).",
                       zh=f"无法识别日期“{value}”（例如 2026-11-03 14:30 或 2026年11月3日 14:30）。")


def _offset(text: str) -> str:
    if text.upper() == "Z":
        return "+00:00"
    digits = text.replace(":", "")
    return f"{digits[:3]}:{digits[3:]}"




def _word(value: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", value).strip().lower().replace("_", " ").split())


def _words(vocabulary: str, synonyms: dict[str, str]) -> dict[str, str]:
    """Keys, their Chinese and English names (``core.vocabulary``), and extra synonyms."""
    out = {}
    for key, msg in WORDS[vocabulary].items():
        for name in (key, msg.zh, msg.en):
            out[_word(name)] = key
    return {**out, **synonyms}


CHANNEL_WORDS = _words("channel", {
    "on site": "room", "mail": "email", "web form": "web", "website": "web", "online": "web",
    "phone": "hotline", "telephone": "hotline", "12345": "hotline", "post": "letter",
    "电话": "hotline", "信件": "letter", "邮件": "email", "网站": "web", "网络": "web",
    "网上": "web",
})
KIND_WORDS = _words("opinion_kind", {
    "request": "complaint", "praises": "praise", "compliment": "praise", "意见": "suggestion",
    "意见建议": "suggestion", "诉求": "complaint", "提问": "question", "问题": "question",
})


def parse_channel(value: str) -> str:
    found = CHANNEL_WORDS.get(_word(value))
    if found is None:
        raise ValueProblem(en=f"Unknown channel {value!r}; use hotline, letter, email, web, box or "
                           "热线, 来信, 电子邮件, 网上留言, 意见箱.",
                           zh=f"无法识别的渠道“{value}”；请使用 热线、来信、电子邮件、网上留言、意见箱。")
    return found


def parse_kind(value: str) -> str:
    found = KIND_WORDS.get(_word(value))
    if found is None:
        raise ValueProblem(en=f"Unknown kind {value!r}; use suggestion, complaint, question, praise "
                           "or 建议, 投诉, 咨询, 表扬.",
                           zh=f"无法识别的类型“{value}”；请使用 建议、投诉、咨询、表扬。")
    return found


# The export marks text that a spreadsheet would run as a formula with a leading apostrophe
# (``cells.mark``); an import takes the mark off and says so.
UNMARKED_EN = ("The apostrophe that marks text starting with = + - @ as text, not a formula, "
               "was removed.")
UNMARKED_ZH = "已去掉以 = + - @ 开头的文本前表示“这是文本、不是公式”的单引号。"


def take_off_mark(text: str) -> tuple[str, bool]:
    """``text`` without the export's formula mark (``cells.unmark``); whether it had one."""
    bare = unmark(text)
    return bare, len(bare) != len(text)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def strip_controls(text: str) -> tuple[str, bool]:
    """Remove control characters other than tab and line breaks; say whether any were found."""
    cleaned = _CONTROL.sub("", text)
    return cleaned, len(cleaned) != len(text)


def header_key(text: str) -> str:
    return "_".join(unicodedata.normalize("NFKC", text).strip().lstrip("\ufeff").lower()
                    .replace("-", " ").split())


def map_headers(headers: list[str], columns: dict[str, tuple[str, ...]]
                ) -> tuple[dict[str, int], list[str], list[str]]:
    """(field -> index, ignored headers, repeated headers) for ``columns`` = field -> names."""
    lookup = {header_key(name): f for f, names in columns.items() for name in (f, *names)}
    found: dict[str, int] = {}
    ignored, repeated = [], []
    for index, header in enumerate(headers):
        f = lookup.get(header_key(header))
        if f is None:
            if header.strip():
                ignored.append(header.strip())
        elif f in found:
            repeated.append(header.strip())
        else:
            found[f] = index
    return found, ignored, repeated
