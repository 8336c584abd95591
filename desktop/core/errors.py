"""The one error type the core raises for anything a user can fix or should know."""
from __future__ import annotations

from .msg import Msg, pick


class TingjianError(Exception):
    """An error whose message a user can read, in English and Simplified Chinese.

    Written with keywords only: ``ValidationError(en="...", zh="...")``. ``str(error)`` is the
    English text; ``error.text(lang)`` picks the language; ``error.msg`` is the :class:`Msg`.
    """

    def __init__(self, *, en: str, zh: str) -> None:
        super().__init__(en)
        self.en = en
        self.zh = zh

    @property
    def msg(self) -> Msg:
        return Msg(en=self.en, zh=self.zh)

    def text(self, lang: str) -> str:
        return pick(lang, en=self.en, zh=self.zh)


class ValidationError(TingjianError):
    """Input a service refused; nothing was written."""


class RecordedFileError(ValidationError):
    """The target is the file of a recorded document version: never written over; ``free`` is
    a name that can be used instead."""

    def __init__(self, *, en: str, zh: str, free) -> None:  # noqa: ANN001 - a Path
        super().__init__(en=en, zh=zh)
        self.free = free


class NotFoundError(TingjianError):
    """A record that was asked for does not exist (or was removed)."""


class StorageError(TingjianError):
    """The database cannot be opened, read or written; nothing was changed."""


class ServerUnreachableError(StorageError):
    """The database server cannot be reached (refused, shutting down, the network dropped):
    worth trying again later; capture keeps opinions in the laptop's outbox meanwhile."""


class Cancelled(TingjianError):
    """The user stopped long work; nothing of it was written."""

    def __init__(self) -> None:
        super().__init__(en="Cancelled; nothing was written.", zh="已取消，未写入任何内容。")


class DamagedDatabaseError(StorageError):
    """The database file fails its integrity check; recovery from a backup is offered."""


class ConflictError(TingjianError):
    """The record changed (on another computer, in another window) after it was read: the write
    was based on what is no longer there, so nothing was written. ``entity`` and ``ids`` name
    the records when known, so the screens showing them read them again."""

    def __init__(self, *, entity: str | None = None, ids: tuple[int, ...] = ()) -> None:
        super().__init__(en="Someone on another computer changed this meanwhile. Refresh and "
                            "try again.", zh="已被另一台电脑修改，请刷新后重试。")
        self.entity = entity
        self.ids = tuple(i for i in ids if i is not None)
