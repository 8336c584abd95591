"""The projector's content, computed without Qt: anonymised, masked, ready to display.

Citizens appear as the public minutes name them (王女士 / 居民甲); officials by their group
(department); descriptions and opinion texts pass through the personal-data mask. Nothing
here returns a registered person's full name or contact.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlmodel import col, select

from ..db import Database
from ..models import Attendance, ListeningSession, Opinion, Person, SpeakerTurn
from ..models.enums import TurnStatus
from ..services.agenda import session_items
from ..services.turns import speaker_key, turn_time
from . import timing
from ..public_record import PublicRecord
from .public import mask_text, public_name
from ..msg import pick

MAX_OPINION_CHARS = 280


@dataclass
class BoardSpeaker:
    name: str
    remaining: float | None = None  # seconds, None when not speaking or no limit
    level: str = "normal"


@dataclass
class Board:
    title: str
    item_title: str = ""
    item_remaining: float | None = None
    item_level: str = "normal"
    item_state: str = ""
    speaker: BoardSpeaker | None = None
    next_speakers: list[BoardSpeaker] = field(default_factory=list)
    opinions: list[str] = field(default_factory=list)


def _clip(text: str, limit: int = MAX_OPINION_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class Namer:
    """Stable public names for the speakers of one session, in order of first appearance.

    Free text goes through the same :class:`~desktop.core.public_record.PublicRecord` as the
    public minutes: citizens' mentions take the label the board shows for them, officials
    (chair, facilitator, recorder, organisation, officials registered) keep their names."""

    def __init__(self, people: dict[int, Person], lang: str, style: str,
                 officials: tuple[str, ...] = (), published_numbers: tuple[str, ...] = ()) -> None:
        self.people, self.lang, self.style = people, lang, style
        self._index: dict[tuple, int] = {}
        self._officials = officials + tuple(p.name for p in people.values() if p.is_official)
        self._published = published_numbers
        self._record: PublicRecord | None = None

    def _label(self, person: Person, index: int) -> str:
        return public_name(person.name, person.gender, index, self.lang, self.style,
                           person.salutation)

    @property
    def record(self) -> PublicRecord:
        """The engine for free text; labels of people not yet named are numbered after them."""
        if self._record is None:
            labels: dict[str, str] = {}
            for pid, person in self.people.items():
                if person.is_official or not person.name.strip():
                    continue
                index = self._index.setdefault(("person", pid), len(self._index))
                labels.setdefault(person.name.strip(), self._label(person, index))
            self._record = PublicRecord(citizens=labels, officials=self._officials,
                                        published_numbers=self._published)
        return self._record

    def scrub(self, text: str) -> str:
        """The public form of free text: citizens' mentions labelled, personal data masked."""
        return self.record.scrub(text)

    def name(self, turn: SpeakerTurn) -> str:
        key = speaker_key(turn)
        index = self._index.setdefault(key, len(self._index))
        if turn.is_official:
            group = mask_text(turn.group_name.strip())
            return group or pick(self.lang, en="Official", zh="工作人员")
        person = self.people.get(turn.person_id) if turn.person_id is not None else None
        if person is not None:
            return self._label(person, index)
        if turn.label.strip():
            return _clip(self.scrub(turn.label.strip()), 60)
        return public_name(None, None, index, self.lang, self.style)


def build_board(db: Database, session_id: int, now: datetime, *, lang: str = "zh",
                style: str = "honorific", warning_minutes: float = 2,
                published_numbers: tuple[str, ...] = (),
                speaker_warning_seconds: float = 30, next_count: int = 3,
                opinion_count: int = 3) -> Board:
    with db.read() as s:
        session = s.get(ListeningSession, session_id)
        if session is None:
            return Board(title="")
        items = session_items(s, session_id)
        turns = list(s.exec(select(SpeakerTurn).where(SpeakerTurn.session_id == session_id)
                            .order_by(SpeakerTurn.position, SpeakerTurn.id)))
        opinions = list(s.exec(select(Opinion.text, Opinion.person_id)
                               .where(Opinion.session_id == session_id)
                               .where(col(Opinion.removed_at).is_(None))
                               .order_by(col(Opinion.received_at).desc(), col(Opinion.id).desc())
                               .limit(opinion_count))) if opinion_count else []
        ids = {t.person_id for t in turns} | {pid for _, pid in opinions}
        ids |= set(s.exec(select(Attendance.person_id)
                          .where(Attendance.session_id == session_id)))
        ids.discard(None)
        people = {p.id: p for p in s.exec(select(Person).where(col(Person.id).in_(ids)))} \
            if ids else {}
    board = Board(title=mask_text(session.title))
    current = timing.current_item(items)
    if current is not None:
        t = timing.item_time(current, now, warning_minutes)
        board.item_title = mask_text(current.title)
        board.item_remaining, board.item_level, board.item_state = t.remaining, t.level, t.state
    officials = (session.chair, session.facilitator, session.recorder, session.organisation)
    namer = Namer(people, lang, style, officials, published_numbers)  # type: ignore[arg-type]
    for turn in turns:  # name in order of the queue so letters stay stable
        name = namer.name(turn)
        if turn.status == TurnStatus.SPEAKING:
            tt = turn_time(turn, now, speaker_warning_seconds)
            board.speaker = BoardSpeaker(name, tt.remaining if tt.limit else None, tt.level)
        elif turn.status == TurnStatus.QUEUED and len(board.next_speakers) < next_count:
            board.next_speakers.append(BoardSpeaker(name))
    board.opinions = [_clip(namer.scrub(text[:4 * MAX_OPINION_CHARS]))
                      for text, _ in opinions]
    return board
