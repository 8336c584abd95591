"""Errors and warnings of the Word writers, each readable in Chinese and English.

Every error derives from :class:`desktop.core.errors.TingjianError`, so the UI's
general error handling shows it; ``message(lang)`` picks the language (the core's
``text(lang)`` works too).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.core.errors import TingjianError


class MinutesError(TingjianError):
    """Base of the errors raised while building or writing a document."""

    def __init__(self, message_zh: str, message_en: str) -> None:
        super().__init__(message_en, message_zh)
        self.message_zh = message_zh
        self.message_en = message_en

    def message(self, lang: str) -> str:
        return self.message_zh if lang.startswith("zh") else self.message_en


class TemplateError(MinutesError):
    """The user's template cannot be used; the UI offers the plain style instead."""


class FileWriteError(MinutesError):
    """The document could not be written to ``path``; the old file, if any, is intact."""

    def __init__(self, path: Path, message_zh: str, message_en: str) -> None:
        super().__init__(message_zh, message_en)
        self.path = Path(path)


class FileBusyError(FileWriteError):
    """The target is open in Word (or another program); try another name."""


@dataclass(frozen=True, slots=True)
class MinutesWarning:
    """Something the writer had to work around (e.g. a style the template lacks)."""

    code: str
    detail: str
    message_zh: str
    message_en: str

    def message(self, lang: str) -> str:
        return self.message_zh if lang.startswith("zh") else self.message_en

    def __str__(self) -> str:
        return self.message_en
