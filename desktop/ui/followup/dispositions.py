"""Opinions still without a disposition, how long they waited under the session's deadline
policy, and the policy picker (built-in and custom policies; calendar or working days)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from ..plain import plain_labels, plain_tooltip
from ...core.errors import TingjianError
from ...core.services import dispositions, sessions
from ...core.services.dispositions import PendingOpinion
from ...core.services import policies
from ...core.services.policies import all_policies, describe
from .. import labels
from ..qtutils import BlockSignals
from ..context import AppContext
from ..table_model import Column, RowTableModel, record_table
from .register import ACTION_KEYS, FOLLOWUP, key_hint
from ...core.zone import format_date


DISPOSITION_KEY, NEW_POLICY_KEY = "Ctrl+Shift+D", "Ctrl+Shift+L"
CALL_KEY = ACTION_KEYS[FOLLOWUP]  # the same action as the register's, the same key


class DispositionsView(QWidget):
    disposition_requested = Signal(int)
    followup_requested = Signal(int)
    new_policy_requested = Signal()
    error = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session = QComboBox()
        self.session.setMinimumContentsLength(24)
        self.policy = QComboBox()
        self.policy.setMinimumContentsLength(24)
        self.new_policy = QPushButton()
        self.new_policy.clicked.connect(self.new_policy_requested)
        self.policy_note = QLabel()
        self.policy_note.setWordWrap(True)
        self.count = QLabel()
        self.include_decided = QCheckBox()
        self.include_decided.toggled.connect(lambda _on: self.refresh())
        self.session_label, self.policy_label = QLabel(), QLabel()
        top = QHBoxLayout()
        top.addWidget(self.session_label)
        top.addWidget(self.session, 2)
        top.addWidget(self.policy_label)
        top.addWidget(self.policy, 3)
        top.addWidget(self.new_policy)
        top.addWidget(self.include_decided)
        self.model: RowTableModel[PendingOpinion] = RowTableModel([
            Column(lambda: self.tr("Received"),
                   lambda r: format_date(r.received_at, self.ctx.zone)),
            Column(lambda: self.tr("Waited"), self._waited, numeric=True),
            Column(lambda: self.tr("Deadline"), self._state),
            Column(lambda: self.tr("Disposition"), self._decision),
            Column(lambda: self.tr("Opinion"), lambda r: (r.text.splitlines() or [""])[0][:200]),
            Column(lambda: self.tr("Session"), lambda r: r.session_title),
        ], self._load, self)
        self.table = record_table(self.model, stretch=4,
                                  widths={0: 90, 1: 110, 2: 110, 3: 150, 5: 200})
        self.decide = QPushButton()
        self.call = QPushButton()
        self.decide.clicked.connect(lambda: self._emit(self.disposition_requested))
        self.call.clicked.connect(lambda: self._emit(self.followup_requested))
        # Enter on a row, or a double click (the platform's activation), gives the disposition
        # as the button does (nothing while the button is off: a seat that only reads)
        self.table.activated.connect(lambda _i: self.decide.click())
        actions = QHBoxLayout()
        actions.addWidget(self.decide)
        actions.addWidget(self.call)
        actions.addStretch(1)
        actions.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.policy_note)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.session.currentIndexChanged.connect(self._session_changed)
        self.policy.activated.connect(self._policy_chosen)
        plain_labels(self)

    # --- data -----------------------------------------------------------------------------------
    def custom(self) -> dict:
        return policies.load(self.ctx.db)

    def _load(self) -> list[PendingOpinion]:
        return dispositions.pending_dispositions(self.ctx.db, self.ctx.clock.now(),
                                                 session_id=self.session.currentData(),
                                                 custom=self.custom(),
                                                 include_decided=self.include_decided.isChecked())

    def _waited(self, row: PendingOpinion) -> str:
        text = {"hours": self.tr("{n} h"), "working_days": self.tr("{n} working days"),
                "calendar_days": self.tr("{n} days")}[row.unit].format(n=row.waited)
        return text + ("≈" if row.approximate else "")

    def _decision(self, row: PendingOpinion) -> str:
        if not row.disposition:
            return ""
        when = format_date(row.decided_at, self.ctx.zone)
        return " ".join(x for x in (labels.disposition_kind(row.disposition), row.decided_by, when)
                        if x)

    def _state(self, row: PendingOpinion) -> str:
        if not row.policy_key:
            return self.tr("no policy")
        if row.disposition:
            return self.tr("decided late") if row.overdue else self.tr("decided in time")
        return self.tr("overdue") if row.overdue else self.tr("within the limit")

    def current(self) -> PendingOpinion | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _emit(self, signal) -> None:
        row = self.current()
        if row is not None:
            signal.emit(row.id)

    def refresh(self) -> None:
        self.model.refresh()
        total = dispositions.pending_count(self.ctx.db, self.session.currentData())
        overdue = sum(r.overdue and not r.disposition
                      for r in (self.model.row_at(i) for i in range(self.model.rowCount())))
        self.count.setText(self.tr("{n} opinions without a disposition, {late} past the limit")
                           .format(n=total, late=overdue))
        approx = any(self.model.row_at(i).approximate for i in range(self.model.rowCount()))
        note = self._policy_text()
        if approx:
            note += ("\n" if note else "") + self.tr(
                "≈ The holiday schedule of a year involved is not published yet: only weekends "
                "were skipped, so these working-day counts are approximate.")
        self.policy_note.setText(note)

    def reload_choices(self) -> None:
        chosen = self.session.currentData()
        with BlockSignals(self.session):
            self.session.clear()
            self.session.addItem(self.tr("All sessions"), None)
            for row in sessions.list_session_rows(self.ctx.db):
                self.session.addItem(f"{format_date(row.starts_at, self.ctx.zone)} {row.title}",
                                     row.id)
            self.session.setCurrentIndex(max(self.session.findData(chosen), 0) if chosen else 0)
        self.policy.clear()
        self.policy.addItem(self.tr("No deadline policy"), "")
        for key, policy in all_policies(self.custom()).items():
            self.policy.addItem(describe(policy, self.ctx.language), key)
        self._session_changed()

    def _session_changed(self) -> None:
        session_id = self.session.currentData()
        self.policy.setEnabled(session_id is not None)
        if session_id is not None:
            key = sessions.get_session(self.ctx.db, session_id).deadline_policy
            index = self.policy.findData(key)
            self.policy.setCurrentIndex(index if index >= 0 else 0)
        self.refresh()

    def _policy_text(self) -> str:
        key = self.policy.currentData() if self.session.currentData() is not None else None
        policy = all_policies(self.custom()).get(key or "")
        if policy is None:
            return ""
        if policy.unit == "working_days":
            return self.tr("Counted in working days: China's public holidays and adjusted working "
                           "weekends are taken into account.")
        if policy.unit == "calendar_days":
            return self.tr("Counted in calendar days.")
        return self.tr("Counted in hours.")

    def _policy_chosen(self, _index: int) -> None:
        session_id = self.session.currentData()
        if session_id is None:
            return
        try:
            sessions.update_session(self.ctx.db, session_id,
                                    deadline_policy=self.policy.currentData() or "")
        except TingjianError as exc:
            self.error.emit(exc)
        self.refresh()

    def retranslate(self) -> None:
        self.session_label.setText(self.tr("Session"))
        self.policy_label.setText(self.tr("Deadline policy"))
        for button, text, tip, key in (
                (self.new_policy, self.tr("New policy…"), self.tr("Define a custom deadline policy"),
                 NEW_POLICY_KEY),
                (self.decide, self.tr("Give disposition…"),
                 self.tr("Give the selected opinion a disposition (or Enter on the table)"),
                 DISPOSITION_KEY),
                (self.call, self.tr("Follow-up call…"),
                 self.tr("Record a follow-up call about the selected opinion"), CALL_KEY)):
            button.setText(f"{text} ({key_hint(key)})")
            button.setToolTip(plain_tooltip(f"{tip} ({key_hint(key)})"))
        self.include_decided.setText(self.tr("Show decided too"))
        self.model.retranslate()
        self.reload_choices()
