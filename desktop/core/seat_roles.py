"""What a laptop in the room is for (kept apart from the models: the command line and the
window's first moments read it without loading the database layer)."""
from __future__ import annotations

from enum import StrEnum


class SeatRole(StrEnum):
    FACILITATOR = "facilitator"  # 主持人: runs the agenda and the speakers (and can do everything)
    SECRETARY = "secretary"  # 书记员: captures opinions
    PROJECTOR = "projector"  # 投影: the room's screen, full screen, nothing else
    LEADER = "leader"  # 领导: follows, reads only


SEAT_ROLES: tuple[str, ...] = tuple(r.value for r in SeatRole)
READ_ONLY_ROLES = frozenset({SeatRole.LEADER.value})
