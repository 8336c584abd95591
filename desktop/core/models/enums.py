"""Closed vocabularies of the domain. Values are stored as their English keys."""
from __future__ import annotations

from enum import StrEnum


class SessionKind(StrEnum):
    LISTENING = "listening"  # 民情恳谈会
    FORUM = "forum"  # 座谈会
    HEARING = "hearing"  # 听证会
    RECEPTION = "reception"  # 接待日
    TOWN_HALL = "town_hall"


class SessionStatus(StrEnum):
    PLANNED = "planned"
    LIVE = "live"
    CLOSED = "closed"


class AgendaKind(StrEnum):
    REPORT_BACK = "report_back"
    BRIEFING = "briefing"
    OPEN_FLOOR = "open_floor"
    QA = "qa"
    DELIBERATION = "deliberation"
    CLOSING = "closing"


class OwnerKind(StrEnum):
    DEPARTMENT = "department"
    LEADER = "leader"


class AttendanceRole(StrEnum):
    PRESENT = "present"  # 出席
    ATTENDING = "attending"  # 列席
    EXCUSED = "excused"  # 请假


class TurnStatus(StrEnum):
    QUEUED = "queued"
    SPEAKING = "speaking"
    DONE = "done"
    SKIPPED = "skipped"


class Channel(StrEnum):
    ROOM = "room"  # 现场
    HOTLINE = "hotline"  # 热线
    LETTER = "letter"  # 来信
    EMAIL = "email"  # 电子邮件
    WEB = "web"  # 网上留言
    BOX = "box"  # 意见箱


class OpinionKind(StrEnum):
    SUGGESTION = "suggestion"  # 建议
    COMPLAINT = "complaint"  # 投诉
    QUESTION = "question"  # 咨询
    PRAISE = "praise"  # 表扬


class DispositionKind(StrEnum):
    ADOPTED = "adopted"  # 采纳
    PARTLY_ADOPTED = "partly_adopted"  # 部分采纳
    NOT_ADOPTED = "not_adopted"  # 不予采纳 (reason required)
    REFERRED = "referred"  # 转办
    EXPLAINED = "explained"  # 解释说明


class CommitmentStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANNOT_DO = "cannot_do"  # reason required

    @property
    def is_open(self) -> bool:
        """Still to be done (counted as pending, can become overdue)."""
        return self in (CommitmentStatus.OPEN, CommitmentStatus.IN_PROGRESS)


#: The statuses of commitments still to be done, and of those finished either way.
OPEN_STATUSES = tuple(s.value for s in CommitmentStatus if s.is_open)
CLOSED_STATUSES = tuple(s.value for s in CommitmentStatus if not s.is_open)


class Satisfaction(StrEnum):
    SATISFIED = "satisfied"
    BASICALLY_SATISFIED = "basically_satisfied"
    UNSATISFIED = "unsatisfied"


class MinutesStyle(StrEnum):
    OFFICIAL = "official"
    PLAIN = "plain"
    TEMPLATE = "template"
    # The session's other documents, versioned like the minutes (desktop.paperwork).
    NOTICE = "notice"  # 会议通知
    POSTER = "poster"  # the notice as a poster for the notice board
    SIGNIN = "signin"  # 签到表
    SLIPS = "slips"  # 交办单
    RESULT_NOTICE = "result_notice"  # 结果公示


class MinutesStatus(StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"
