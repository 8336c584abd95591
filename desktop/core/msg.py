"""Bilingual text: one message type, written with keywords only, and one language choice."""
from __future__ import annotations

from dataclasses import dataclass


def is_zh(lang: str | None) -> bool:
    """True for any Chinese language tag ("zh", "zh_CN", "zh-Hans.UTF-8"...)."""
    return bool(lang) and lang.lower().startswith("zh")


def pick(lang: str | None, *, en: str, zh: str) -> str:
    """``zh`` when ``lang`` is Chinese, else ``en``: the only place the language is chosen."""
    return zh if is_zh(lang) else en


@dataclass(frozen=True, slots=True, kw_only=True)
class Msg:
    """A text a user reads, in English and Simplified Chinese: ``Msg(en="Open", zh="待办")``."""

    en: str
    zh: str

    def text(self, lang: str | None) -> str:
        return pick(lang, en=self.en, zh=self.zh)

    def __str__(self) -> str:
        return self.en
