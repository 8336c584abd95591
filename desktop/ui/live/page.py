"""The Live page: the session being run, its agenda with planned times. Home of the console."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from ...core.models import AgendaItem
from ...core.services import agenda, sessions
from .. import labels
from ..context import AppContext
from ..table_model import Column, RowTableModel


def _local(value: datetime | None) -> str:
    return value.astimezone().strftime("%H:%M") if value else ""


class LivePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id: int | None = None
        self._planned: dict[int, datetime] = {}
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.model: RowTableModel[AgendaItem] = RowTableModel([
            Column(lambda: self.tr("No."), lambda r: r.position + 1, numeric=True),
            Column(lambda: self.tr("Agenda item"), lambda r: r.title),
            Column(lambda: self.tr("Kind"), lambda r: labels.agenda_kind(r.kind)),
            Column(lambda: self.tr("Minutes"), lambda r: r.planned_minutes, numeric=True),
            Column(lambda: self.tr("Planned start"), lambda r: _local(self._planned.get(r.id))),
            Column(lambda: self.tr("Started"), lambda r: _local(r.started_at)),
            Column(lambda: self.tr("Ended"), lambda r: _local(r.ended_at)),
        ], self._load_items, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addWidget(self.table, 1)
        ctx.bus.changed.connect(self._on_changed)
        self.retranslate()

    def _load_items(self) -> list[AgendaItem]:
        if self.session_id is None:
            return []
        session = sessions.get_session(self.ctx.db, self.session_id)
        items = agenda.list_items(self.ctx.db, self.session_id)
        self._planned = {i.id: start for i, start in
                         zip(items, agenda.planned_starts(session, items), strict=True)}
        return items

    def show_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self.model.refresh()
        self._update_facts()

    def _on_changed(self, entity: str, ids: tuple) -> None:
        if self.session_id is not None and entity in {"session", "agenda_item"}:
            self.model.refresh()
            self._update_facts()

    def _update_facts(self) -> None:
        if self.session_id is None:
            self.heading.setText(self.tr("Live"))
            self.facts.setText(self.tr("Choose a session on the Sessions page to run it here."))
            return
        s = sessions.get_session(self.ctx.db, self.session_id)
        total = sum(self.model.row_at(r).planned_minutes for r in range(self.model.rowCount()))
        self.heading.setText(s.title)
        self.facts.setText(self.tr("{date} · {venue} · chair: {chair} · agenda {total} of {avail} "
                                   "minutes").format(
            date=s.starts_at.astimezone().strftime("%Y-%m-%d %H:%M"), venue=s.venue,
            chair=s.chair, total=total, avail=s.planned_minutes))

    def retranslate(self) -> None:
        self.model.retranslate()
        self._update_facts()
