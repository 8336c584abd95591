"""What the room may see: speakers and opinions as the public minutes would show them.

The same engine as the public minutes (:mod:`desktop.core.public_record` over
:mod:`desktop.core.privacy`); there is no weaker stand-in — if it cannot be imported, the
projector does not start.
"""
from __future__ import annotations

from ..privacy import mask_text
from ..privacy import public_name as _public_name

__all__ = ["mask_text", "public_name"]


def public_name(name: str | None, gender: str | None, index: int, lang: str,
                style: str = "honorific", salutation: str | None = None) -> str:
    try:
        return _public_name(name, gender, index, lang, style, salutation)
    except ValueError:
        return _public_name(name, gender, index, lang, "letter", salutation)
