"""The application context handed to every window instead of globals."""
from __future__ import annotations

import logging
import sys
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
from .writes import WriteGate, refusal

if TYPE_CHECKING:
    from ..core.db import Database
    from ..core.feed import ChangeFeed


GUI_SWITCH_INTERVAL = 0.001  # seconds a thread runs before the interpreter lock is handed over


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
    feed: ChangeFeed | None = field(default=None, repr=False)  # other seats' changes
    zone: tzinfo = field(init=False)  # the one display time zone (core.zone formats with it)
    # The room's clock: ``clock`` corrected to the database server's time (same on every seat).
    room_clock: ServerClock = field(init=False, repr=False)
    # The controls that write, disabled with the reason while this process only reads.
    writes: WriteGate = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # Each time Qt calls into Python (a paint asking a model for its cells, a slot) while a
        # worker thread computes, the GUI thread waits for the interpreter lock until the worker
        # gives it up: by default after 5 ms, so a repaint of a few hundred cells took 200 ms.
        # 1 ms keeps the window responsive during imports and exports.
        sys.setswitchinterval(GUI_SWITCH_INTERVAL)
        self.room_clock = ServerClock(lambda: self.db, lambda: self.clock)
        self.writes = WriteGate(lambda: refusal(self))
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
        self.bus.announce_all()

    @property
    def read_only_seat(self) -> bool:
        """The leader's seat: it only reads, every write action is disabled."""
        return self.seat_role in READ_ONLY_ROLES

    @property
    def writable(self) -> bool:
        """Whether this process may write: not the leader's seat, and a database that is not
        read-only (a full disk, a read-only drive)."""
        return not self.read_only_seat and (self.db is None or self.db.read_only is None)

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
        self.writes.refresh()
        pending, self._pending = self._pending, []
        for action in pending:
            action()

    def start_feed(self) -> None:
        """Hear what other seats (windows, processes, laptops) commit, from now until
        ``close``; the window starts it once the database is attached."""
        from ..core.feed import ChangeFeed

        if self.feed is None and self.db is not None:
            try:
                self.feed = ChangeFeed(self.db).start()
            except Exception:  # the window works without it, showing its own changes
                logging.getLogger(__name__).exception("the change feed cannot start")

    def _stop_feed(self) -> bool:
        running = self.feed is not None
        if self.feed is not None:
            self.feed.stop()
            self.feed = None
        return running

    def replace_database(self, db: Database) -> None:
        """Switch to another open database (after a restore) and tell every view."""
        feeding = self._stop_feed()
        if self.db is not None:
            self.db.unsubscribe(self.bus.announce)
            self.db.close()
        self.db = db
        db.subscribe(self.bus.announce)
        if feeding:
            self.start_feed()
        self.writes.refresh()
        self.bus.announce_all()

    def close(self) -> None:
        self._pending.clear()
        self._stop_feed()
        if self.db is not None:
            self.db.unsubscribe(self.bus.announce)
            self.db.close()
