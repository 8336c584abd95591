"""Text helpers: making any string safe for Word, Chinese numerals, dates, numbering."""
from __future__ import annotations

import datetime as dt
import re

from ..core.alphabet import letters
from ..core.msg import is_zh, pick

# Characters XML 1.0 forbids (python-docx raises on them), plus every surrogate
# code point: in a Python str a surrogate is always unpaired and cannot be encoded.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_NEWLINES = re.compile("\r\n?")


def clean_text(text: object) -> str:
    """Return ``text`` as a str Word accepts: XML-illegal characters removed, newlines "\\n".

    HTML, emoji, RTL marks and the like are kept as they are: they are plain text.
    """
    if text is None:
        return ""
    if not isinstance(text, str):
        text = str(text)
    if "\r" in text:
        text = _NEWLINES.sub("\n", text)
    return _ILLEGAL.sub("", text)


def escape(text: str) -> str:
    """Escape cleaned text for an XML element's content."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def escape_attr(text: str) -> str:
    return escape(clean_text(text)).replace('"', "&quot;")


_DIGITS = "零一二三四五六七八九"
_SMALL_UNITS = ("", "十", "百", "千")


def _below_10000(n: int) -> str:
    """Chinese numeral for 1 <= n < 10000 with 零 where digits are skipped."""
    digits = [int(c) for c in str(n)]
    out: list[str] = []
    zero_pending = False
    for position, d in zip(range(len(digits) - 1, -1, -1), digits):
        if d == 0:
            zero_pending = bool(out)
            continue
        if zero_pending:
            out.append("零")
            zero_pending = False
        out.append(_DIGITS[d] + _SMALL_UNITS[position])
    return "".join(out)


def chinese_numeral(n: int) -> str:
    """一, 二 … 十, 十一, 二十, 一百零一, 一万零五 (the numbers of "一、" headings).

    10–19 are written 十… as in headings ("十一、"), not 一十一.
    """
    if n < 0:
        return "负" + chinese_numeral(-n)
    if n == 0:
        return "零"
    if n >= 100_000_000:
        high, low = divmod(n, 100_000_000)
        rest = "" if low == 0 else ("零" if low < 10_000_000 else "") + _wan(low, inner=True)
        return chinese_numeral(high) + "亿" + rest
    return _wan(n, inner=False)


def _wan(n: int, inner: bool) -> str:
    high, low = divmod(n, 10_000)
    if high:
        text = _below_10000(high) + "万"
        if low:
            text += ("零" if low < 1000 else "") + _below_10000(low)
    else:
        text = _below_10000(low)
    if not inner and text.startswith("一十"):
        text = text[1:]
    return text


class Numbering:
    """Heading numbers of the four levels, reset below a level when it advances.

    zh: 一、 （一） 1. （1）   (GB/T 9704 §7.3.3)
    en: 1.  1.1  1.1.1  (a)   (followed by a space, ready to prefix the text)
    """

    def __init__(self, lang: str) -> None:
        self.zh = is_zh(lang)
        self.counters = [0, 0, 0, 0]

    def next(self, level: int) -> str:
        i = level - 1
        self.counters[i] += 1
        for j in range(i + 1, len(self.counters)):
            self.counters[j] = 0
        return self.label(level)

    def label(self, level: int) -> str:
        n = self.counters[level - 1]
        if self.zh:
            return (f"{chinese_numeral(n)}、", f"（{chinese_numeral(n)}）", f"{n}.", f"（{n}）")[level - 1]
        if level == 4:
            return f"({_letters(n)}) "
        return ".".join(str(c) for c in self.counters[:level]) + (". " if level == 1 else " ")


def _letters(n: int) -> str:
    """1 → a, 26 → z, 27 → aa."""
    return letters(n - 1).lower() if n > 0 else ""


def item_number(n: int, lang: str) -> str:
    """"（1）" in Chinese, "(1) " in English: numbers of opinions and decisions."""
    return pick(lang, en=f"({n}) ", zh=f"（{n}）")


def format_date(value: dt.date | dt.datetime | None, lang: str) -> str:
    """2026年11月23日 (Arabic numerals, no leading zeros) / 23 November 2026."""
    if value is None:
        return ""
    if is_zh(lang):
        return f"{value.year}年{value.month}月{value.day}日"
    return f"{value.day} {value.strftime('%B')} {value.year}"


_WEEKDAYS_ZH = "一二三四五六日"


def format_weekday(value: dt.date, lang: str) -> str:
    if is_zh(lang):
        return f"星期{_WEEKDAYS_ZH[value.weekday()]}"
    return value.strftime("%A")


def format_minutes(value: float | int | None) -> str:
    """12 for 12.0, 12.5 for 12.5: speaking minutes without noise."""
    if value is None:
        return ""
    rounded = round(float(value), 1)
    return str(int(rounded)) if rounded == int(rounded) else f"{rounded:.1f}"


def truncate(text: str, limit: int, lang: str) -> str:
    """Cut ``text`` to ``limit`` characters with an ellipsis (for summaries)."""
    if len(text) <= limit:
        return text
    return text[:limit].rstrip() + pick(lang, en="…", zh="……")


def char_width(text: str) -> float:
    """Approximate width in em: CJK and full-width characters 1, Latin 0.45 (a serif or
    Calibri average), for indents that must clear a label."""
    return sum(1 if ord(c) >= 0x2E80 else 0.45 for c in text)


_GOOD_BREAK_AFTER = set("、，；：）》”的和与及")


def balance_lines(text: str, per_line: int) -> list[str]:
    """Split a Chinese title into lines of even length (GB/T 9704: no long line over a
    stub), breaking after punctuation or a particle when one is near.

    Mostly-Latin text is returned whole: Word wraps it at word boundaries.
    """
    width = char_width(text)
    if width <= per_line or sum(1 for c in text if ord(c) >= 0x2E80) < len(text) / 2:
        return [text]
    n_lines = int(-(-width // per_line))
    target = width / n_lines
    lines: list[str] = []
    start = 0
    for _ in range(n_lines - 1):
        acc, ideal = 0.0, len(text)
        for i in range(start, len(text)):
            acc += char_width(text[i])
            if acc >= target:
                ideal = i + 1
                break
        best = ideal
        for delta in (0, -1, 1, -2, 2, -3, 3):
            j = ideal + delta
            if start < j < len(text) and text[j - 1] in _GOOD_BREAK_AFTER \
                    and char_width(text[start:j]) <= per_line:
                best = j
                break
        lines.append(text[start:best])
        start = best
    lines.append(text[start:])
    if any(char_width(line) > per_line for line in lines):
        return [text]
    return lines
