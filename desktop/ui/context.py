"""The application context handed to every window instead of globals."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..core.clock import SYSTEM_CLOCK, Clock
from ..core.db import Database
from .bus import DataBus
from .settings import Preferences


ENTITIES = ("series", "owner", "person", "session", "attendance", "agenda_item", "speaker_turn",
            "opinion", "reply", "disposition", "commitment", "progress_note", "extension",
            "follow_up", "minutes_version", "agenda_template")


@dataclass
class AppContext:
    db: Database
    prefs: Preferences
    clock: Clock = SYSTEM_CLOCK
    bus: DataBus = field(default_factory=DataBus)
    language: str = "zh"

    def __post_init__(self) -> None:
        self.db.subscribe(self.bus.announce)

    def replace_database(self, db: Database) -> None:
        """Switch to another open database (after a restore) and tell every view."""
        self.db.unsubscribe(self.bus.announce)
        self.db.close()
        self.db = db
        db.subscribe(self.bus.announce)
        for entity in ENTITIES:
            self.bus.announce(entity, ())

    def close(self) -> None:
        self.db.unsubscribe(self.bus.announce)
        self.db.close()
