"""Preferences, each declared once (key, type, default) over QSettings; window state kept apart."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Pref(Generic[T]):
    key: str
    type: type
    default: T


LANGUAGE = Pref("ui/language", str, "")  # "" follows the system; "zh" or "en"
DEMO_OFFERED = Pref("ui/demo_offered", bool, False)
LAST_SESSION = Pref("ui/last_session", int, 0)
WARNING_MINUTES = Pref("live/warning_minutes", int, 2)
SPEAKER_LIMIT_SECONDS = Pref("live/speaker_limit_seconds", int, 180)
FIRST_TIMERS_FIRST = Pref("live/first_timers_first", bool, True)
SPEAKER_WARNING_SECONDS = Pref("live/speaker_warning_seconds", int, 30)
AUTOSAVE_MS = Pref("live/autosave_ms", int, 1500)  # drafts of unsaved text; at most 2000
PROJECTOR_SCREEN = Pref("projector/screen", int, -1)  # -1: the last screen (usually the projector)
PROJECTOR_SHOW_ITEM = Pref("projector/show_item", bool, True)
PROJECTOR_SHOW_SPEAKERS = Pref("projector/show_speakers", bool, True)
PROJECTOR_SHOW_OPINIONS = Pref("projector/show_opinions", bool, False)
PUBLIC_NAMING = Pref("minutes/public_naming", str, "honorific")
# The organisation's own published numbers (letterhead, hotline), kept in public documents.
PUBLISHED_NUMBERS = Pref("privacy/published_numbers", str, "")
RATE_WEIGHTS = Pref("followup/rate_weights", str, "0.1,0.5,0.4")
BASIC_SATISFIED_FACTOR = Pref("followup/basic_satisfied_factor", float, 0.9)
CUSTOM_POLICIES = Pref("followup/custom_policies", str, "[]")  # JSON list of deadline policies
DUE_SOON_DAYS = Pref("followup/due_soon_days", int, 7)

ALL_PREFS: tuple[Pref[Any], ...] = (
    LANGUAGE, DEMO_OFFERED, LAST_SESSION, WARNING_MINUTES, SPEAKER_LIMIT_SECONDS,
    FIRST_TIMERS_FIRST, SPEAKER_WARNING_SECONDS, AUTOSAVE_MS, PROJECTOR_SCREEN,
    PROJECTOR_SHOW_ITEM, PROJECTOR_SHOW_SPEAKERS, PROJECTOR_SHOW_OPINIONS, PUBLIC_NAMING, PUBLISHED_NUMBERS,
    RATE_WEIGHTS, BASIC_SATISFIED_FACTOR, CUSTOM_POLICIES, DUE_SOON_DAYS,
)


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
            return pref.type(raw)
        except (TypeError, ValueError):
            return pref.default

    def set(self, pref: Pref[T], value: T) -> None:
        self._qs.setValue(pref.key, value)
        self._qs.sync()

    def reset(self) -> None:
        for pref in ALL_PREFS:
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
