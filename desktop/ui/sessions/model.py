"""The sessions list: one row per session, with its counts, from the sessions service."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...core.peek import SessionRow
from .. import labels
from ..context import AppContext
from ..table_model import Column, RowTableModel
from ...core.zone import format_datetime
from ...core.changes import Change, Entity


def _t(source: str) -> str:
    return QCoreApplication.translate("SessionsModel", source)


HEADERS = (QT_TRANSLATE_NOOP("SessionsModel", "Date"), QT_TRANSLATE_NOOP("SessionsModel", "Title"),
           QT_TRANSLATE_NOOP("SessionsModel", "Kind"), QT_TRANSLATE_NOOP("SessionsModel", "Status"),
           QT_TRANSLATE_NOOP("SessionsModel", "Venue"),
           QT_TRANSLATE_NOOP("SessionsModel", "Opinions"),
           QT_TRANSLATE_NOOP("SessionsModel", "Commitments"))


class SessionsModel(RowTableModel[SessionRow]):
    ENTITIES = {Entity.SESSION, Entity.OPINION, Entity.COMMITMENT}

    def __init__(self, ctx: AppContext, parent=None) -> None:
        columns = [
            Column(lambda: _t(HEADERS[0]), lambda r: format_datetime(r.starts_at, ctx.zone)),
            Column(lambda: _t(HEADERS[1]), lambda r: r.title),
            Column(lambda: _t(HEADERS[2]), lambda r: labels.session_kind(r.kind)),
            Column(lambda: _t(HEADERS[3]), lambda r: labels.session_status(r.status)),
            Column(lambda: _t(HEADERS[4]), lambda r: r.venue),
            Column(lambda: _t(HEADERS[5]), lambda r: r.opinions, numeric=True),
            Column(lambda: _t(HEADERS[6]), lambda r: r.commitments, numeric=True),
        ]
        super().__init__(columns, lambda: self._rows_from(ctx), parent)
        ctx.bus.changed.connect(self._on_changed)

    @staticmethod
    def _rows_from(ctx: AppContext) -> list[SessionRow]:
        from ...core.services.sessions import list_session_rows  # after the first screen

        return list_session_rows(ctx.db)

    def _on_changed(self, change: Change) -> None:
        if change.touches(*self.ENTITIES):
            self.refresh()
