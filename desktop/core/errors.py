"""The one error type the core raises for anything a user can fix or should know."""
from __future__ import annotations


class TingjianError(Exception):
    """An error whose message a user can read, in English and Simplified Chinese.

    ``str(error)`` is the English text; ``error.text(lang)`` picks the language.
    """

    def __init__(self, en: str, zh: str | None = None) -> None:
        super().__init__(en)
        self.en = en
        self.zh = zh or en

    def text(self, lang: str) -> str:
        return self.zh if lang.startswith("zh") else self.en


class ValidationError(TingjianError):
    """Input a service refused; nothing was written."""


class NotFoundError(TingjianError):
    """A record that was asked for does not exist (or was removed)."""


class StorageError(TingjianError):
    """The database cannot be opened, read or written; nothing was changed."""


class Cancelled(TingjianError):
    """The user stopped long work; nothing of it was written."""

    def __init__(self) -> None:
        super().__init__("Cancelled; nothing was written.", "已取消，未写入任何内容。")


class DamagedDatabaseError(StorageError):
    """The database file fails its integrity check; recovery from a backup is offered."""
