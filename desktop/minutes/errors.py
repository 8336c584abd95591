"""Errors and warnings of the Word writers, each readable in Chinese and English.

Every error derives from :class:`desktop.core.errors.TingjianError`, so the UI's
general error handling shows it; ``message(lang)`` picks the language (the core's
``text(lang)`` works too).
"""
from __future__ import annotations

from dataclasses import KW_ONLY, dataclass
from pathlib import Path

from desktop.core.errors import TingjianError
from desktop.core.msg import pick


class MinutesError(TingjianError):
    """Base of the errors raised while building or writing a document."""

    def message(self, lang: str) -> str:
        return self.text(lang)


class TemplateError(MinutesError):
    """The user's template cannot be used; the UI offers the plain style instead."""


class FileWriteError(MinutesError):
    """The document could not be written to ``path``; the old file, if any, is intact."""

    def __init__(self, path: Path, *, en: str, zh: str) -> None:
        super().__init__(en=en, zh=zh)
        self.path = Path(path)


class FileBusyError(FileWriteError):
    """The target is open in Word (or another program); try another name."""


@dataclass(frozen=True, slots=True)
class MinutesWarning:
    """Something the writer had to work around (e.g. a style the template lacks)."""

    code: str
    detail: str
    _: KW_ONLY
    en: str
    zh: str

    def message(self, lang: str) -> str:
        return pick(lang, en=self.en, zh=self.zh)

    def __str__(self) -> str:
        return self.en
