"""Live figures of the speaker queue: who spoke, how often, how long, which groups."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from ..models import SpeakerTurn
from ..models.enums import TurnStatus
from ..services.turns import speaker_key, speaking_seconds

NO_GROUP = ""


@dataclass(frozen=True)
class SpeakerFigure:
    label: str
    group: str
    turns: int
    seconds: float
    is_official: bool


@dataclass
class LiveStats:
    people_spoke: int = 0
    turns_taken: int = 0
    waiting: int = 0
    official_seconds: float = 0.0
    citizen_seconds: float = 0.0
    seconds_by_group: dict[str, float] = field(default_factory=dict)
    speakers: list[SpeakerFigure] = field(default_factory=list)

    @property
    def official_share(self) -> float:
        """Share of speaking time taken by officials (0 when nobody has spoken)."""
        total = self.official_seconds + self.citizen_seconds
        return self.official_seconds / total if total else 0.0


def turn_seconds(turn: SpeakerTurn, now: datetime) -> float:
    return speaking_seconds(turn, now)


def live_stats(turns: list[SpeakerTurn], now: datetime) -> LiveStats:
    """Figures over the turns taken (speaking now or done); skipped turns do not count."""
    stats = LiveStats(waiting=sum(t.status == TurnStatus.QUEUED for t in turns))
    per: dict[tuple[str, object], list] = {}
    for turn in turns:
        if turn.status not in (TurnStatus.SPEAKING, TurnStatus.DONE):
            continue
        seconds = turn_seconds(turn, now)
        stats.turns_taken += 1
        if turn.is_official:
            stats.official_seconds += seconds
        else:
            stats.citizen_seconds += seconds
        group = turn.group_name.strip() or NO_GROUP
        stats.seconds_by_group[group] = stats.seconds_by_group.get(group, 0.0) + seconds
        entry = per.setdefault(speaker_key(turn), [turn.label, group, 0, 0.0, turn.is_official])
        entry[2] += 1
        entry[3] += seconds
    stats.people_spoke = len(per)
    stats.speakers = sorted((SpeakerFigure(*e) for e in per.values()),
                            key=lambda f: (-f.turns, -f.seconds, f.label))
    return stats
