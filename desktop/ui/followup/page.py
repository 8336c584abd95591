"""The Follow-up page: every commitment of every session, soonest due first."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from ...core.services.register import CommitmentRow, commitment_rows
from .. import labels
from ..context import AppContext
from ..table_model import Column, RowTableModel


def _due(row: CommitmentRow) -> str:
    return row.due_at.astimezone().strftime("%Y-%m-%d")


def _overdue(row: CommitmentRow, now: datetime) -> bool:
    return row.status in {"open", "in_progress"} and row.due_at < now


class FollowUpPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.summary = QLabel()
        self.model: RowTableModel[CommitmentRow] = RowTableModel([
            Column(lambda: self.tr("Due"), _due),
            Column(lambda: self.tr("Commitment"), lambda r: r.title),
            Column(lambda: self.tr("Owner"), lambda r: r.owner),
            Column(lambda: self.tr("Status"), lambda r: labels.commitment_status(r.status)
                   + (self.tr(" (overdue)") if _overdue(r, ctx.clock.now()) else "")),
            Column(lambda: self.tr("Session"), lambda r: r.session_title),
        ], lambda: commitment_rows(ctx.db), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        ctx.bus.changed.connect(self._on_changed)
        self.model.refresh()
        self.retranslate()

    def _on_changed(self, entity: str, _ids: tuple) -> None:
        if entity in {"commitment", "owner", "session"}:
            self.model.refresh()
            self._update_summary()

    def _update_summary(self) -> None:
        now = self.ctx.clock.now()
        rows = [self.model.row_at(i) for i in range(self.model.rowCount())]
        open_rows = [r for r in rows if r.status in {"open", "in_progress"}]
        overdue = sum(_overdue(r, now) for r in rows)
        self.summary.setText(self.tr("{open} open, {overdue} overdue, {done} done").format(
            open=len(open_rows), overdue=overdue, done=sum(r.status == "done" for r in rows)))

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Follow-up: commitments"))
        self.model.retranslate()
        self._update_summary()
