"""All tables of Tingjian. Importing this package registers them on ``SQLModel.metadata``."""
from sqlmodel import SQLModel

# Constraint names that Alembic can address on every backend.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

from .commitment import Commitment, CommitmentOpinion, Extension, FollowUp, ProgressNote  # noqa: E402
from .directory import Owner, Person, RetentionSetting, Series  # noqa: E402
from .opinion import Disposition, Opinion, OpinionTag, Reply  # noqa: E402
from .paperwork import AssignmentSlip, PaperworkSetting, Reopening, SessionNotice  # noqa: E402
from .record import AuditEntry, MinutesVersion, PrivacyDecision  # noqa: E402
from .rules import DeadlinePolicyRow, HolidayDay, HolidayYear, RuleSetting  # noqa: E402
from .session import (  # noqa: E402
    AgendaItem,
    AgendaTemplate,
    Attendance,
    ChangeNote,
    ListeningSession,
    Seat,
    SessionOwner,
    SpeakerTurn,
)
from .types import UTCDateTime, utcnow  # noqa: E402

metadata = SQLModel.metadata

__all__ = [
    "AgendaItem", "AgendaTemplate", "Attendance", "ChangeNote", "AuditEntry", "Commitment", "CommitmentOpinion",
    "DeadlinePolicyRow", "HolidayDay", "HolidayYear", "RuleSetting",
    "Disposition", "Extension", "FollowUp", "ListeningSession", "MinutesVersion", "PrivacyDecision",
    "Opinion", "OpinionTag", "Owner", "Person", "ProgressNote", "Reply", "RetentionSetting",
    "Series", "SessionOwner",
    "SpeakerTurn", "UTCDateTime", "metadata", "utcnow",
    "AssignmentSlip", "PaperworkSetting", "Reopening", "SessionNotice",
]
