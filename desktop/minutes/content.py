"""Plain input for the Word writers: everything a document shows, already in words.

These frozen dataclasses are the whole interface between the database and the
writers. An adapter fills them from the models; the writers never look anything
up. All labels (kinds, channels, dispositions, statuses) arrive translated into
the document's language (``lang``), so the writers only add their own headings
and captions (see :mod:`desktop.minutes.labels`).

Collections are tuples so a content object is hashable-ish and cannot change
while a document is being written. Pairs and triples that the brief describes as
tuples are ``NamedTuple`` subclasses: plain tuples in the right order work too.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import NamedTuple


@dataclass(frozen=True, kw_only=True, slots=True)
class AttendanceLine:
    """One unit and the people who came from it ("区住建委  赵志刚、钱伟").

    ``is_citizen`` marks lines of residents: a public version shows only their
    number ("居民代表 12人"), never their names.
    """

    unit: str
    names: tuple[str, ...] = ()
    is_citizen: bool = False
    count: int = 0  # residents: how many, shown as "居民代表 12人"
    groups: tuple["GroupCount", ...] = ()  # residents by group ("7号楼 5人")


class GroupCount(NamedTuple):
    group: str
    count: int


class ReplyLine(NamedTuple):
    """An answer given in the room: who ("陈建国副书记") and what."""

    by: str
    text: str


class DecisionLine(NamedTuple):
    """What the meeting agreed: the matter, the owner (责任单位) and the deadline (完成时限)."""

    text: str
    owner: str = ""
    due: dt.date | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class TopicGroup:
    """Similar opinions told once: who raised them, the gist in the third person, the answers.

    ``groups`` are the speakers' groups ("3号楼", "5号楼"); ``people`` how many raised
    it; ``support`` how many more agreed in the room. ``points`` are the gists of
    complaints, suggestions and questions; ``praise`` those of praise. ``numbers``
    are the opinions' numbers in the attachment.
    """

    title: str
    groups: tuple[str, ...] = ()
    people: int = 0
    support: int = 0
    points: tuple[str, ...] = ()
    praise: tuple[str, ...] = ()
    replies: tuple[ReplyLine, ...] = ()
    decisions: tuple[DecisionLine, ...] = ()
    numbers: tuple[int, ...] = ()


@dataclass(frozen=True, kw_only=True, slots=True)
class ReportedCommitment:
    """An earlier session's commitment reported on under the report-back item."""

    title: str
    owner: str
    due_date: dt.date | None = None
    status_label: str = ""
    said: str = ""  # what the owner said about it in the room
    session_title: str = ""


class ChannelCount(NamedTuple):
    label: str
    count: int


@dataclass(frozen=True, kw_only=True, slots=True)
class OpinionEntry:
    """One opinion as it is shown in the minutes and in the appendix.

    ``number`` is the opinion's number in this session (the appendix's 序号 and what
    :attr:`CommitmentRow.linked_opinions` refers to). ``speaker`` is the display
    name as the caller wants it shown; empty means anonymous. ``is_citizen``
    decides whether a public version renames the speaker (officials keep their
    names). ``contact`` is shown in the internal version only.
    """

    number: int
    text: str
    speaker: str = ""
    speaker_group: str = ""
    speaker_gender: str | None = None  # "female" | "male" | None
    speaker_salutation: str = ""  # 女士/先生/老师/师傅: how a public version names the citizen
    is_citizen: bool = True
    channel_label: str = ""
    received_at: str = ""
    kind_label: str = ""
    tags: tuple[str, ...] = ()
    support_count: int = 0
    reply_text: str = ""
    reply_by: str = ""
    disposition_label: str = ""
    disposition_reason: str = ""
    contact: str | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class AgendaSection:
    """One agenda item with what was said and decided under it."""

    number: int
    title: str
    kind_label: str = ""
    planned_minutes: int = 0
    actual_minutes: int | None = None
    summary: str = ""
    decisions: tuple[str, ...] = ()
    opinions: tuple[OpinionEntry, ...] = ()
    heading: str = ""  # "关于停车难问题": the item's topic, from its title or its tags
    topics: tuple[TopicGroup, ...] = ()  # what was raised in the room, by topic
    reported: tuple[ReportedCommitment, ...] = ()  # a report-back item: what was reported on


@dataclass(frozen=True, kw_only=True, slots=True)
class CommitmentRow:
    """A commitment made in (or carried into) the session."""

    number: int
    title: str
    owner: str
    due_date: dt.date | None = None
    due_approximate: bool = False  # working days counted without the year's holiday data
    status_label: str = ""
    linked_opinions: tuple[int, ...] = ()
    made_in_session: str = ""


class GroupSpeaking(NamedTuple):
    """Speaking time of one group of speakers (residents, departments, ...)."""

    group: str
    turns: int
    minutes: float


@dataclass(frozen=True, kw_only=True, slots=True)
class SpeakingStats:
    speakers: int = 0  # named, described and anonymous speakers
    turns: int = 0
    anonymous: int = 0  # speakers who stayed anonymous
    total_minutes: float = 0.0
    by_group: tuple[GroupSpeaking, ...] = ()
    officials_minutes: float = 0.0
    citizens_minutes: float = 0.0


@dataclass(frozen=True, kw_only=True, slots=True)
class ApprovalInfo:
    """Who approved this version of the minutes, when, and which version it is."""

    approved_by: str
    approved_at: dt.date | dt.datetime
    version: int = 1


@dataclass(frozen=True, kw_only=True, slots=True)
class MinutesContent:
    """Everything the minutes of one session show.

    ``head_count`` is the number of people in the room; ``anonymous_count`` the
    number of speakers who chose to stay anonymous. ``appendix`` holds every
    opinion of the session, including those that came by other channels, in the
    order they are to be listed. ``public`` asks for the public version:
    citizens renamed, contact details dropped, personal data masked.
    """

    lang: str  # "zh" | "en"
    org_name: str
    title: str
    kind_label: str
    date: dt.date
    start_time: str | None = None  # "HH:MM"
    end_time: str | None = None
    venue: str = ""
    chair: str = ""
    facilitator: str = ""
    recorder: str = ""
    present: tuple[AttendanceLine, ...] = ()
    attending: tuple[AttendanceLine, ...] = ()
    excused: tuple[AttendanceLine, ...] = ()
    head_count: int = 0
    anonymous_count: int = 0
    agenda: tuple[AgendaSection, ...] = ()
    commitments: tuple[CommitmentRow, ...] = ()
    stats: SpeakingStats = field(default_factory=SpeakingStats)
    appendix: tuple[OpinionEntry, ...] = ()
    approval: ApprovalInfo | None = None
    channels: tuple[ChannelCount, ...] = ()  # opinions received before the session, per channel
    beforehand: tuple[TopicGroup, ...] = ()  # what those opinions raised, by topic
    cc: tuple[str, ...] = ()
    issued_by: str = ""
    issued_date: dt.date | None = None
    public: bool = False
    # registered citizens as (name, gender, salutation): the public version's directory, never printed
    citizens: tuple[tuple[str, str, str], ...] = ()


class ProgressLine(NamedTuple):
    """A commitment as the report back shows it."""

    title: str
    owner: str
    due: dt.date | None
    status_label: str
    last_progress: str = ""
    due_approximate: bool = False


@dataclass(frozen=True, kw_only=True, slots=True)
class ReportBackItem:
    opinion: OpinionEntry
    disposition_label: str
    reason: str = ""
    commitments: tuple[ProgressLine, ...] = ()


class DispositionCount(NamedTuple):
    label: str
    count: int


@dataclass(frozen=True, kw_only=True, slots=True)
class ReportBackTopic:
    """One line of "you said, we did": what was raised, what was answered, what was done."""

    title: str
    raised: str
    people: int = 0
    answered: tuple[str, ...] = ()  # replies and dispositions, in words
    done: tuple[ProgressLine, ...] = ()


@dataclass(frozen=True, kw_only=True, slots=True)
class ReportBackContent:
    """The public "you said, we did" report (办理情况通报) of a series or period.

    ``summary`` counts opinions per disposition label; when empty it is computed
    from ``items`` in order of first appearance.
    """

    lang: str
    org_name: str
    title: str
    series_title: str = ""
    period: str = ""
    items: tuple[ReportBackItem, ...] = ()
    summary: tuple[DispositionCount, ...] = ()
    issued_date: dt.date | None = None
    topics: tuple[ReportBackTopic, ...] = ()
    praise_count: int = 0  # praise is reported apart from the answers
    session_date: dt.date | None = None

    def summary_counts(self) -> tuple[DispositionCount, ...]:
        if self.summary:
            return tuple(DispositionCount(*pair) for pair in self.summary)
        counts: dict[str, int] = {}
        for item in self.items:
            counts[item.disposition_label] = counts.get(item.disposition_label, 0) + 1
        return tuple(DispositionCount(label, n) for label, n in counts.items())
