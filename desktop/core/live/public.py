"""What the room may see: speakers and opinions as the public minutes would show them.

Uses ``desktop.core.privacy`` (masking of phones, resident IDs, e-mails; public names). Until
that module is present a conservative stand-in masks every long digit run and e-mail address.
"""
from __future__ import annotations

import re

from ..msg import is_zh

try:  # pragma: no cover - which branch runs depends on the checkout
    from ..privacy import mask_text as _mask_text
    from ..privacy import public_name as _public_name
except ImportError:  # pragma: no cover
    _DIGITS = re.compile(r"(?:\+?\d[\d \-]{5,}\d)")
    _EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

    def _mask_text(text: str) -> str:
        text = _EMAIL.sub(lambda m: m.group(0)[0] + "***@***", text)
        return _DIGITS.sub(lambda m: m.group(0)[:3] + "****" + m.group(0)[-3:], text)

    def _public_name(name, gender, index, lang, style):  # noqa: ANN001, ANN202
        letters = "甲乙丙丁戊己庚辛壬癸"
        if is_zh(lang):
            return f"居民{letters[index]}" if index < len(letters) else f"居民{index + 1}"
        return f"Resident {chr(ord('A') + index % 26)}"


def mask_text(text: str) -> str:
    return _mask_text(text)


def public_name(name: str | None, gender: str | None, index: int, lang: str,
                style: str = "honorific") -> str:
    try:
        return _public_name(name, gender, index, lang, style)
    except ValueError:
        return _public_name(name, gender, index, lang, "letter")
