"""Retention in Settings: each organisation's period, when retention last ran, and what the next
run will erase."""
from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout,
)

from ..core.errors import TingjianError
from ..core.services import retention
from ..core.services.retention import HeldContact
from .context import AppContext
from .feedback import Feedback
from .qtutils import BlockSignals
from .table_model import Column, RowTableModel, record_table
from .worker import start
from ..core.changes import Change, Entity

WATCHED = {Entity.PERSON, Entity.RETENTION_SETTING, Entity.OPINION, Entity.DISPOSITION, Entity.COMMITMENT, Entity.FOLLOW_UP,
           Entity.ATTENDANCE, Entity.SESSION}


def _day(value: datetime | None) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value is not None else "—"


class RetentionPanel(QGroupBox):
    loaded = Signal()  # the figures on screen are fresh

    def __init__(self, ctx: AppContext, feedback: Feedback, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.feedback = ctx, feedback
        self.next_run: datetime = ctx.clock.now()
        self.last: datetime | None = None
        self.plan: retention.RetentionPlan | None = None
        self.task = None
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.organisation = QComboBox()
        self.organisation.currentIndexChanged.connect(self._show_days)
        self.days = QSpinBox()
        self.days.setRange(1, retention.MAX_CONTACT_DAYS)
        self.days.setMaximumWidth(120)
        self.days.setValue(retention.DEFAULT_CONTACT_DAYS)  # until the periods are read
        self.save_button = QPushButton(clicked=self.save_days)
        period_row = QHBoxLayout()
        period_row.addWidget(self.organisation, 1)
        period_row.addWidget(self.days)
        period_row.addWidget(self.save_button)
        self.form = QFormLayout()
        self.organisation_label = QLabel()
        self.form.addRow(self.organisation_label, period_row)
        self.runs = QLabel()
        self.runs.setTextFormat(Qt.TextFormat.PlainText)
        self.runs.setWordWrap(True)
        self.model: RowTableModel[HeldContact] = RowTableModel([
            Column(lambda: self.tr("Person"), lambda c: f"#{c.person_id} {c.name}"),
            Column(lambda: self.tr("Group"), lambda c: c.group_name),
            Column(lambda: self.tr("Contact"), lambda c: c.masked_contact),
            Column(lambda: self.tr("Last activity"), lambda c: _day(c.last_activity)),
            Column(lambda: self.tr("Days"), lambda c: c.days, numeric=True),
        ], self._load, self)
        self.table = record_table(self.model, stretch=0, widths={1: 120, 2: 120, 3: 130, 4: 60})
        self.table.setObjectName("retentionDue")
        self.table.setMinimumHeight(120)
        self.run_button = QPushButton(clicked=self.run_now)
        ctx.writes.mark(self.save_button, self.run_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(self.form)
        layout.addWidget(self.runs)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        ctx.bus.changed.connect(self._on_changed)
        self.retranslate()

    def _on_changed(self, change: Change) -> None:
        if change.touches(*WATCHED) and self.isVisible():
            self.reload()

    def showEvent(self, event) -> None:  # noqa: N802
        self.reload()
        super().showEvent(event)

    def _load(self) -> list[HeldContact]:
        return list(self.plan.due) if self.plan is not None else []

    def reload(self) -> None:
        """Read the periods and what the next run erases off the GUI thread (over a large
        database that takes a second), then show them."""
        db, now = self.ctx.db, self.ctx.clock.now()

        def work():
            last = retention.last_run(db)
            next_run = max(now, last + timedelta(days=1)) if last is not None else now
            return retention.periods(db), last, next_run, retention.plan(db, next_run)

        self.task = start(work, self._loaded, lambda exc: self.feedback.domain_error(self, exc))

    def _loaded(self, result) -> None:  # noqa: ANN001
        periods, self.last, self.next_run, self.plan = result
        current = self.organisation.currentData()
        with BlockSignals(self.organisation):
            self.organisation.clear()
            for name, days in periods.items():
                self.organisation.addItem(name or self.tr("(sessions that name no organisation)"),
                                          name)
                self.organisation.setItemData(self.organisation.count() - 1, days,
                                              Qt.ItemDataRole.UserRole + 1)
            index = self.organisation.findData(current) if current is not None else 0
            self.organisation.setCurrentIndex(max(0, index))
        self._show_days()
        self.model.refresh()
        self._show_runs()
        self.loaded.emit()

    def _show_runs(self) -> None:
        if self.plan is None:
            return
        waiting = self.plan.waiting
        open_count = sum(1 for c in waiting if c.due_at is None)
        self.runs.setText(self.tr(
            "Last run: {last}. Next run: {next}; it will erase the {due} contact(s) listed "
            "below. Kept: {kept} ({open} with an opinion or commitment still open or without "
            "a follow-up call).").format(last=_day(self.last), next=_day(self.next_run),
                                          due=len(self.plan.due), kept=len(waiting),
                                          open=open_count))

    def _show_days(self, *_args) -> None:
        days = self.organisation.currentData(Qt.ItemDataRole.UserRole + 1)
        self.days.setValue(int(days or retention.DEFAULT_CONTACT_DAYS))

    def save_days(self) -> None:
        try:
            retention.set_contact_days(self.ctx.db, self.organisation.currentData() or "",
                                       self.days.value(), now=self.ctx.clock.now())
        except TingjianError as exc:
            self.feedback.domain_error(self, exc)
        self.reload()

    def run_now(self) -> None:
        """Count what is due now (off the GUI thread), ask, then erase it (off the thread)."""
        db, now = self.ctx.db, self.ctx.clock.now()
        self.task = start(lambda: retention.plan(db, now).due, lambda due: self._confirm(due, now),
                          lambda exc: self.feedback.domain_error(self, exc))

    def _confirm(self, due, now: datetime) -> None:  # noqa: ANN001
        if not due:
            self.feedback.error(self, self.tr("Retention"),
                                self.tr("No contact is due for erasure now."))
            return
        if not self.feedback.ask(self, self.tr("Retention"), self.tr(
                "Erase the phone or e-mail of {n} person(s) now? Their opinions stay; this "
                "cannot be undone.").format(n=len(due))):
            return
        db = self.ctx.db
        self.task = start(lambda: retention.run(db, now), lambda _plan: self.reload(),
                          lambda exc: self.feedback.domain_error(self, exc))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Personal data retention"))
        self.note.setText(self.tr(
            "A citizen's phone or e-mail is erased once every opinion and commitment of theirs "
            "is closed and its follow-up call recorded, and the period below has passed since "
            "their last activity (for someone who only attended: since the session). Retention "
            "runs at start and once a day, and each run is recorded in the audit trail."))
        self.organisation_label.setText(self.tr("Keep contacts (days) for"))
        self.save_button.setText(self.tr("Save period"))
        self.run_button.setText(self.tr("Erase due contacts now…"))
        self.model.retranslate()
        self._show_runs()
