"""Preferences, each declared once (key, type, default, bounds, label) and registered by its
declaration, over QSettings; window state kept apart."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QSettings

T = TypeVar("T")


# Every preference, registered when it is declared (key -> declaration).

REGISTRY: dict[str, Pref[Any]] = {}


@dataclass(frozen=True)
class Pref(Generic[T]):
    """One preference: its key, type and default, the bounds a value is held to and, for the
    preferences the Settings page shows, its label (translated in the "SettingsPage" context)."""

    key: str
    type: type
    default: T
    minimum: T | None = None
    maximum: T | None = None
    label: str = ""
    legacy: bool = False  # a key of an older settings file, read only by the upgrade: not registered

    def __post_init__(self) -> None:
        if self.legacy:
            return
        if self.key in REGISTRY:
            raise ValueError(f"the preference {self.key} is declared twice")
        REGISTRY[self.key] = self

    def bounded(self, value: T) -> T:
        if self.minimum is not None and value < self.minimum:  # type: ignore[operator]
            return self.minimum
        if self.maximum is not None and value > self.maximum:  # type: ignore[operator]
            return self.maximum
        return value


LANGUAGE = Pref("ui/language", str, "")  # "" follows the system; "zh" or "en"
DEMO_OFFERED = Pref("ui/demo_offered", bool, False)
LAST_SESSION = Pref("ui/last_session", int, 0)
WARNING_MINUTES = Pref("live/warning_minutes", int, 2, 0, 30, label=QT_TRANSLATE_NOOP(
    "SettingsPage", "Warn this many minutes before an item ends"))
SPEAKER_LIMIT_SECONDS = Pref("live/speaker_limit_seconds", int, 180, 30, 1800, label=QT_TRANSLATE_NOOP(
    "SettingsPage", "Default speaking time (seconds)"))
FIRST_TIMERS_FIRST = Pref("live/first_timers_first", bool, True, label=QT_TRANSLATE_NOOP(
    "SettingsPage", "People who have not spoken yet go first"))
SPEAKER_WARNING_SECONDS = Pref("live/speaker_warning_seconds", int, 30)
AUTOSAVE_MS = Pref("live/autosave_ms", int, 1500, 200, 2000)  # drafts of unsaved text
# What this laptop is for in the room: "" (facilitator on SQLite; asked at the first start on a
# shared server), or a core SeatRole value. ``--seat`` overrides it for one start.
SEAT_ROLE = Pref("room/seat", str, "")
SEAT_NAME = Pref("room/seat_name", str, "")  # shown to the other seats (default: host name)
PROJECTOR_SCREEN = Pref("projector/screen", int, -1)  # -1: the last screen (usually the projector)
PROJECTOR_SHOW_ITEM = Pref("projector/show_item", bool, True)
PROJECTOR_SHOW_SPEAKERS = Pref("projector/show_speakers", bool, True)
PROJECTOR_SHOW_OPINIONS = Pref("projector/show_opinions", bool, False)
PUBLIC_NAMING = Pref("minutes/public_naming", str, "honorific")
# Deadline policies and the rate settings live in the database (services/policies.py); the
# settings upgrade moves the values older versions kept here (settings_upgrade.py).
DUE_SOON_DAYS = Pref("followup/due_soon_days", int, 7)
SETTINGS_VERSION = Pref("meta/settings_version", int, 0)  # see settings_upgrade.py
# The connection profile this laptop opens at start ("": the SQLite file in the data folder).
# Only its name is kept here: the profiles are in connections.json, passwords in the keyring.
CONNECTION_PROFILE = Pref("data/connection_profile", str, "")
DISPLAY_ZONE = Pref("ui/time_zone", str, "")  # "" follows the system; else e.g. Asia/Shanghai
# The organisation's own published numbers (letterhead, hotline), kept in public documents.
PUBLISHED_NUMBERS = Pref("privacy/published_numbers", str, "")

class Preferences:
    """Typed access to the preferences; values that do not parse fall back to the default."""

    def __init__(self, path: Path) -> None:
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    def get(self, pref: Pref[T]) -> T:
        raw = self._qs.value(pref.key, None)
        if raw is None:
            return pref.default
        try:
            if pref.type is bool:
                return (raw if isinstance(raw, bool) else str(raw).lower() in {"1", "true"})  # type: ignore[return-value]
            return pref.bounded(pref.type(raw))
        except (TypeError, ValueError):
            return pref.default

    def set(self, pref: Pref[T], value: T) -> None:
        self._qs.setValue(pref.key, value)
        self._qs.sync()

    def has(self, pref: Pref[Any]) -> bool:
        return self._qs.contains(pref.key)

    def remove(self, *prefs: Pref[Any]) -> None:
        for pref in prefs:
            self._qs.remove(pref.key)
        self._qs.sync()

    def reset(self) -> None:
        for pref in REGISTRY.values():
            self._qs.remove(pref.key)
        self._qs.sync()

    # Window state is not a preference: it lives in its own group and is never reset with them.
    def window_state(self, name: str) -> tuple[QByteArray | None, QByteArray | None]:
        geometry = self._qs.value(f"window/{name}/geometry")
        state = self._qs.value(f"window/{name}/state")
        return geometry, state

    def save_window_state(self, name: str, geometry: QByteArray, state: QByteArray) -> None:
        self._qs.setValue(f"window/{name}/geometry", geometry)
        self._qs.setValue(f"window/{name}/state", state)
        self._qs.sync()

    @property
    def path(self) -> str:
        return self._qs.fileName()


def published_numbers(prefs) -> tuple[str, ...]:  # noqa: ANN001
    """The published numbers setting as a tuple (separated by commas, semicolons or lines)."""
    text = prefs.get(PUBLISHED_NUMBERS).replace("；", ";").replace("，", ",").replace("\n", ",")
    return tuple(part.strip() for part in text.replace(";", ",").split(",") if part.strip())
