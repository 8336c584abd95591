"""The application context handed to every window instead of globals."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..core.clock import SYSTEM_CLOCK, Clock
from ..core.db import Database
from .bus import DataBus
from .settings import Preferences


@dataclass
class AppContext:
    db: Database
    prefs: Preferences
    clock: Clock = SYSTEM_CLOCK
    bus: DataBus = field(default_factory=DataBus)
    language: str = "zh"

    def __post_init__(self) -> None:
        self.db.subscribe(self.bus.announce)

    def close(self) -> None:
        self.db.unsubscribe(self.bus.announce)
        self.db.close()
