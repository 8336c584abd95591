"""Display names of the domain's vocabularies in the interface language."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_SESSION_KIND = {
    "listening": QT_TRANSLATE_NOOP("Labels", "Listening session"),
    "forum": QT_TRANSLATE_NOOP("Labels", "Forum"),
    "hearing": QT_TRANSLATE_NOOP("Labels", "Public hearing"),
    "reception": QT_TRANSLATE_NOOP("Labels", "Reception day"),
    "town_hall": QT_TRANSLATE_NOOP("Labels", "Town hall"),
}
_SESSION_STATUS = {
    "planned": QT_TRANSLATE_NOOP("Labels", "Planned"),
    "live": QT_TRANSLATE_NOOP("Labels", "Live"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
}
_COMMITMENT_STATUS = {
    "open": QT_TRANSLATE_NOOP("Labels", "Open"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "In progress"),
    "done": QT_TRANSLATE_NOOP("Labels", "Done"),
    "cannot_do": QT_TRANSLATE_NOOP("Labels", "Cannot be done"),
}
_DISPOSITION_KIND = {
    "adopted": QT_TRANSLATE_NOOP("Labels", "Adopted"),
    "partly_adopted": QT_TRANSLATE_NOOP("Labels", "Partly adopted"),
    "not_adopted": QT_TRANSLATE_NOOP("Labels", "Not adopted"),
    "referred": QT_TRANSLATE_NOOP("Labels", "Referred"),
    "explained": QT_TRANSLATE_NOOP("Labels", "Explained"),
}
_AGENDA_KIND = {
    "report_back": QT_TRANSLATE_NOOP("Labels", "Report back"),
    "briefing": QT_TRANSLATE_NOOP("Labels", "Briefing"),
    "open_floor": QT_TRANSLATE_NOOP("Labels", "Open floor"),
    "qa": QT_TRANSLATE_NOOP("Labels", "Q&A"),
    "deliberation": QT_TRANSLATE_NOOP("Labels", "Deliberation"),
    "closing": QT_TRANSLATE_NOOP("Labels", "Closing"),
}

_OPINION_KIND = {
    "suggestion": QT_TRANSLATE_NOOP("Labels", "Suggestion"),
    "complaint": QT_TRANSLATE_NOOP("Labels", "Complaint"),
    "question": QT_TRANSLATE_NOOP("Labels", "Question"),
    "praise": QT_TRANSLATE_NOOP("Labels", "Praise"),
}


def _label(table: dict[str, str], value: str) -> str:
    source = table.get(value)
    return QCoreApplication.translate("Labels", source) if source else value


def session_kind(value: str) -> str:
    return _label(_SESSION_KIND, value)


def session_status(value: str) -> str:
    return _label(_SESSION_STATUS, value)


def commitment_status(value: str) -> str:
    return _label(_COMMITMENT_STATUS, value)


def agenda_kind(value: str) -> str:
    return _label(_AGENDA_KIND, value)


def disposition_kind(value: str) -> str:
    return _label(_DISPOSITION_KIND, value)


def opinion_kinds() -> dict[str, str]:
    """Every opinion kind with its display name, in the order of the vocabulary."""
    return {key: _label(_OPINION_KIND, key) for key in _OPINION_KIND}
