"""The application context handed to every window instead of globals."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import tzinfo
from typing import TYPE_CHECKING

from ..core.clock import SYSTEM_CLOCK, Clock
from ..core.seat_roles import READ_ONLY_ROLES
from ..core.server_time import ServerClock
from ..core.zone import zone_named
from .bus import DataBus
from .settings import DISPLAY_ZONE, Preferences

if TYPE_CHECKING:
    from ..core.db import Database

ENTITIES = ("series", "owner", "person", "session", "attendance", "agenda_item", "speaker_turn",
            "opinion", "reply", "disposition", "commitment", "progress_note", "extension",
            "follow_up", "minutes_version", "agenda_template", "deadline_policy", "rule_setting",
            "holiday")


@dataclass
class AppContext:
    """``db`` is None for the first moments of a start, while the database layer loads off the
    GUI thread; ``when_ready`` holds back what needs it until ``attach`` supplies it."""

    db: Database | None
    prefs: Preferences
    clock: Clock = SYSTEM_CLOCK
    bus: DataBus = field(default_factory=DataBus)
    language: str = "zh"
    seat_role: str = "facilitator"  # what this laptop is for in the room (core SeatRole)
    _pending: list[Callable[[], object]] = field(default_factory=list, repr=False)
    zone: tzinfo = field(init=False)  # the one display time zone (core.zone formats with it)
    # The room's clock: ``clock`` corrected to the database server's time (same on every seat).
    room_clock: ServerClock = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.room_clock = ServerClock(lambda: self.db, lambda: self.clock)
        try:
            self.zone = zone_named(self.prefs.get(DISPLAY_ZONE))
        except Exception:  # an unknown name in the settings file: the system's zone
            self.zone = zone_named("")
        if self.db is not None:
            self.db.subscribe(self.bus.announce)

    def set_zone(self, name: str) -> None:
        """Fix the display zone (``""``: the system's); every view shows its times again."""
        self.zone = zone_named(name)  # raises ValidationError for an unknown name
        self.prefs.set(DISPLAY_ZONE, name.strip())
        for entity in ENTITIES:
            self.bus.announce(entity, ())

    @property
    def read_only_seat(self) -> bool:
        """The leader's seat: it only reads, every write action is disabled."""
        return self.seat_role in READ_ONLY_ROLES

    @property
    def ready(self) -> bool:
        return self.db is not None

    def when_ready(self, action: Callable[[], object]) -> None:
        """Run ``action`` now, or as soon as the database is attached."""
        if self.db is not None:
            action()
        else:
            self._pending.append(action)

    def attach(self, db: Database) -> None:
        """The database is open: run what waited for it, in the order it was asked."""
        self.db = db
        db.subscribe(self.bus.announce)
        pending, self._pending = self._pending, []
        for action in pending:
            action()

    def replace_database(self, db: Database) -> None:
        """Switch to another open database (after a restore) and tell every view."""
        if self.db is not None:
            self.db.unsubscribe(self.bus.announce)
            self.db.close()
        self.db = db
        db.subscribe(self.bus.announce)
        for entity in ENTITIES:
            self.bus.announce(entity, ())

    def close(self) -> None:
        self._pending.clear()
        if self.db is not None:
            self.db.unsubscribe(self.bus.announce)
            self.db.close()
