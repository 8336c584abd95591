"""Display names of the domain's vocabularies in the interface language.

The words are the core's (``desktop.core.vocabulary``); the interface language is the one
``i18n.Translations.apply`` made the default locale.
"""
from __future__ import annotations

from PySide6.QtCore import QLocale

from ..core.vocabulary import WORDS


def interface_language() -> str:
    return "zh" if QLocale().language() == QLocale.Language.Chinese else "en"


def _label(vocabulary: str, value: str) -> str:
    msg = WORDS[vocabulary].get(value)
    return msg.text(interface_language()) if msg is not None else value


def session_kind(value: str) -> str:
    return _label("session_kind", value)


def session_status(value: str) -> str:
    return _label("session_status", value)


def commitment_status(value: str) -> str:
    return _label("commitment_status", value)


def agenda_kind(value: str) -> str:
    return _label("agenda_kind", value)


def disposition_kind(value: str) -> str:
    return _label("disposition", value)


def opinion_kinds() -> dict[str, str]:
    """Every opinion kind with its display name, in the order of the vocabulary."""
    return {key: _label("opinion_kind", key) for key in WORDS["opinion_kind"]}


def satisfactions() -> dict[str, str]:
    """Every answer to "are you satisfied?" with its display name, in the order of the vocabulary."""
    return {key: _label("satisfaction", key) for key in WORDS["satisfaction"]}
