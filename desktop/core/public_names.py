"""How citizens are named in public texts: 王女士 / 张先生 when the salutation is known (recorded,
or written after the name), else 居民甲…; "Ms Wang" / "Resident A" in English (GUIDE §5)."""
from __future__ import annotations

import re
import unicodedata

from .alphabet import letters
from .msg import is_zh

PUBLIC_NAME_STYLES = ("honorific", "letter")
SALUTATIONS = ("女士", "先生", "老师", "师傅")
_SALUTATION_EN = {"女士": "Ms {}", "先生": "Mr {}", "老师": "Teacher {}", "师傅": "Master {}"}
_GENDER_SALUTATION = {"female": "女士", "male": "先生"}
_LETTERS_ZH = "甲乙丙丁戊己庚辛壬癸"
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


def split_salutation(name: str) -> tuple[str, str | None]:
    """"王女士" -> ("王", "女士"); a name without a salutation comes back unchanged with None."""
    compact = "".join((name or "").split())
    for word in SALUTATIONS:
        if compact.endswith(word) and 1 <= len(compact) - len(word) <= 2 \
                and _HAN_NAME.fullmatch(compact[: -len(word)]):
            return compact[: -len(word)], word
    return name, None


def public_name(name: str | None, gender: str | None, index: int, lang: str, style: str,
                salutation: str | None = None) -> str:
    """How a citizen is named in public documents: 王女士 / Mr Li, or 居民甲 / Resident A.

    The honorific style uses the recorded ``salutation`` (女士/先生/老师/师傅), else one written
    in the name itself ("王女士"), else the gender. ``index`` (from 0) numbers the residents of
    one document for the letter style, which is also the fall-back when nothing says how the
    person is addressed or no surname can be taken from ``name``.
    """
    if style not in PUBLIC_NAME_STYLES:
        raise ValueError(f"unknown style {style!r}; expected one of {PUBLIC_NAME_STYLES}")
    if index < 0:
        raise ValueError(f"index must be >= 0, got {index}")
    zh = is_zh(lang)
    if style == "honorific":
        base, written = split_salutation(name or "")
        word = (salutation or "").strip() or written \
            or _GENDER_SALUTATION.get((gender or "").lower())
        if word in SALUTATIONS:
            surname = _surname(base, zh)
            template = "{}" + word if zh else _SALUTATION_EN[word]
            if surname and (zh or word in ("女士", "先生")):
                return template.format(surname)
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


