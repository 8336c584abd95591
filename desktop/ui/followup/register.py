"""The commitment register: every commitment of every session, filtered and sorted in SQL.

The model holds the matching ids and fetches display rows in pages as the view asks for them."""
from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QHBoxLayout, QLabel, QListWidget,
    QPushButton, QSpinBox, QSplitter, QVBoxLayout, QWidget,
)

from ...core.models.enums import CommitmentStatus
from ...core.msg import pick
from ..plain import plain_labels, plain_tooltip
from ...core.services import commitments, followups, owners, series, sessions
from ...core.services.policies import describe, resolve
from ...core.services.register import CommitmentRow, RegisterFilter, commitment_ids, rows_for
from .. import labels
from ..qtutils import BlockSignals
from ..context import AppContext
from ..table_model import record_table
from ...core.zone import format_date

DISPLAY = Qt.ItemDataRole.DisplayRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
APPROX_MARK = " ≈"  # the same mark as the waits of the dispositions tab
USER = Qt.ItemDataRole.UserRole
HORIZONTAL = Qt.Orientation.Horizontal
PAGE = 200
OVERDUE_COLOR = QColor("#c0392b")
# The register's actions, in the order of its buttons: change status, progress note, extend,
# follow-up call. Modifier chords, so they never type into a field; active on the Follow-up page.
ACTION_KEYS = ("Ctrl+Shift+S", "Ctrl+Shift+G", "Ctrl+Shift+E", "Ctrl+Shift+F")
STATUS, PROGRESS, EXTEND, FOLLOWUP = range(4)


def key_hint(key: str) -> str:
    """A key as the buttons and tooltips show it."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def local_date(value: datetime, zone: tzinfo) -> str:
    return format_date(value, zone)


class RegisterModel(QAbstractTableModel):
    COLUMNS = 7

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filter = RegisterFilter()
        self._ids: list[int] = []
        self._rows: dict[int, CommitmentRow] = {}
        self._now = ctx.clock.now()
        self.fetches = 0  # pages loaded since the last refresh (tests check laziness)

    def refresh(self, f: RegisterFilter | None = None) -> None:
        if f is not None:
            self.filter = f
        self.beginResetModel()
        self._now = self.ctx.clock.now()
        self._ids = commitment_ids(self.ctx.db, self.filter, self._now)
        self._rows = {}
        self.fetches = 0
        self.endResetModel()

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def ids(self) -> list[int]:
        return list(self._ids)

    def row_at(self, row: int) -> CommitmentRow:
        ident = self._ids[row]
        cached = self._rows.get(ident)
        if cached is None:
            start = row - row % PAGE
            self._rows.update(rows_for(self.ctx.db, self._ids[start:start + PAGE]))
            self.fetches += 1
            cached = self._rows[ident]
        return cached

    def loaded(self) -> int:
        return len(self._rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        if role == DISPLAY:
            row = self.row_at(index.row())
            column = index.column()
            if column == 0:
                return local_date(row.due_at, self.ctx.zone) + (APPROX_MARK if row.approximate else "")
            if column == 1:
                return row.title.splitlines()[0] if row.title else ""
            if column == 2:
                return row.owner
            if column == 3:
                text = labels.commitment_status(row.status)
                return text + self.tr(" (overdue)") if row.overdue(self._now) else text
            if column == 4:
                return self.tr("from {date}").format(date=local_date(row.original_due_at, self.ctx.zone)) \
                    if row.extended and row.original_due_at else ""
            if column == 5:
                return row.session_title
            return row.work_orders
        if role == TOOLTIP and index.column() == 0 and self.row_at(index.row()).approximate:
            return self.tr("Approximate: this due date counts working days in a year whose holiday "
                           "arrangement was not loaded, so only weekends were skipped.")
        if role == FOREGROUND and index.column() in (0, 3):
            return OVERDUE_COLOR if self.row_at(index.row()).overdue(self._now) else None
        if role == USER:
            return self._ids[index.row()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == HORIZONTAL and role == DISPLAY:
            return (self.tr("Due"), self.tr("Commitment"), self.tr("Owner"), self.tr("Status"),
                    self.tr("Extended"), self.tr("Session"), self.tr("Work order"))[section]
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(HORIZONTAL, 0, self.COLUMNS - 1)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, self.COLUMNS - 1))


class RegisterView(QWidget):
    """Filters on top, the register in the middle, the chosen commitment's history below."""

    status_requested = Signal(int)
    progress_requested = Signal(int)
    extend_requested = Signal(int)
    followup_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = RegisterModel(ctx, self)
        self.owner = QComboBox()
        self.status = QComboBox()
        self.session = QComboBox()
        self.series = QComboBox()
        self.overdue = QCheckBox()
        self.within = QCheckBox()
        self.days = QSpinBox()
        self.days.setRange(1, 365)
        self.days.setValue(7)
        self.order = QComboBox()
        self.order.addItems(["", ""])
        self.count = QLabel()
        bar = QHBoxLayout()
        self.filter_labels = [QLabel() for _ in range(4)]
        for label, combo in zip(self.filter_labels, (self.owner, self.status, self.session,
                                                     self.series), strict=True):
            bar.addWidget(label)
            bar.addWidget(combo)
            combo.setMinimumContentsLength(8)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        bar2 = QHBoxLayout()
        bar2.addWidget(self.overdue)
        bar2.addWidget(self.within)
        bar2.addWidget(self.days)
        bar2.addWidget(self.order)
        bar2.addStretch(1)
        bar2.addWidget(self.count)
        self.table = record_table(self.model, stretch=1,
                                  widths={0: 90, 2: 130, 3: 130, 4: 110, 5: 200})
        self.buttons = [QPushButton() for _ in range(4)]
        self.extension_refusal: str = ""  # why the chosen commitment cannot be extended
        actions = QHBoxLayout()
        for button, signal in zip(self.buttons, (self.status_requested, self.progress_requested,
                                                 self.extend_requested, self.followup_requested),
                                  strict=True):
            button.clicked.connect(lambda _=False, s=signal: self._emit(s))
            actions.addWidget(button)
        actions.addStretch(1)
        self.history = QListWidget()
        self.history.setWordWrap(True)
        self.policy_label = QLabel()
        self.policy_label.setWordWrap(True)
        # the policy, the extension rule and why Extend is off: room for three lines
        self.policy_label.setMinimumHeight(self.policy_label.fontMetrics().lineSpacing() * 3 + 4)
        self.policy_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(actions)
        lower_layout.addWidget(self.policy_label)
        lower_layout.addWidget(self.history)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addLayout(bar2)
        layout.addWidget(split, 1)
        for combo in (self.owner, self.status, self.session, self.series, self.order):
            combo.currentIndexChanged.connect(self.apply_filter)
        for box in (self.overdue, self.within):
            box.toggled.connect(self.apply_filter)
        self.days.valueChanged.connect(self.apply_filter)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_history())
        self.reload_choices()
        plain_labels(self)

    def _emit(self, signal) -> None:
        ident = self.current_id()
        if ident is not None:
            signal.emit(ident)

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def reload_choices(self) -> None:
        """Fill the filter lists (owners, sessions, series) keeping what was chosen."""
        def fill(combo: QComboBox, items: list[tuple[str, Any]]) -> None:
            chosen = combo.currentData()
            with BlockSignals(combo):
                combo.clear()
                combo.addItem(self.tr("All"), None)
                for text, value in items:
                    combo.addItem(text, value)
                combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)

        fill(self.owner, [(o.name, o.id) for o in owners.list_owners(self.ctx.db, False)])
        fill(self.status, [(labels.commitment_status(s), s.value) for s in CommitmentStatus])
        fill(self.session, [(f"{format_date(r.starts_at, self.ctx.zone)} {r.title}", r.id)
                            for r in sessions.list_session_rows(self.ctx.db)])
        fill(self.series, [(s.title, s.id) for s in series.list_series(self.ctx.db)])

    def current_filter(self) -> RegisterFilter:
        status = self.status.currentData()
        return RegisterFilter(
            owner_id=self.owner.currentData(), statuses=(status,) if status else (),
            session_id=self.session.currentData(), series_id=self.series.currentData(),
            overdue=self.overdue.isChecked(),
            due_within_days=self.days.value() if self.within.isChecked() else None,
            descending=self.order.currentIndex() == 1)

    def apply_filter(self) -> None:
        chosen = self.current_id()
        self.model.refresh(self.current_filter())
        self.count.setText(self.tr("{n} commitments").format(n=self.model.rowCount()))
        if chosen is not None:
            self.select(chosen)
        self.show_history()

    def filter_for(self, commitment_id: int) -> None:
        """Show a commitment found elsewhere: clear the filters if they hide it, then select it."""
        if not self.select(commitment_id):
            with BlockSignals(self.owner, self.status, self.session, self.series,
                              self.overdue, self.within):
                for combo in (self.owner, self.status, self.session, self.series):
                    combo.setCurrentIndex(0)
                for box in (self.overdue, self.within):
                    box.setChecked(False)
            self.apply_filter()
            self.select(commitment_id)
        self.show_history()

    def select(self, commitment_id: int) -> bool:
        try:
            row = self.model.ids().index(commitment_id)
        except ValueError:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def show_history(self) -> None:
        self.history.clear()
        ident = self.current_id()
        for button in self.buttons:
            button.setEnabled(ident is not None)
        self.extension_refusal = ""
        if ident is None:
            self.policy_label.setText("")
            self._hint_buttons()
            return
        row = self.model.row_at(self.table.currentIndex().row())
        custom = self.custom()
        policy = resolve(row.deadline_policy or self._session_policy(row.session_id), custom)
        refusal, cap = commitments.extension_room(self.ctx.db, ident, custom, self.ctx.zone)
        if refusal is not None:
            self.extension_refusal = refusal.text(self.ctx.language)
        self.buttons[EXTEND].setEnabled(refusal is None)
        self._hint_buttons()
        lines = [row.status_reason] if row.status_reason else []
        lines.append(self.tr("Deadline policy: {policy}").format(
            policy=describe(policy, self.ctx.language)) if policy else self.tr(
            "No deadline policy: extensions are not limited."))
        if self.extension_refusal:
            lines.append(self.tr("Extension not available: {why}").format(
                why=self.extension_refusal))
        elif cap is not None:
            lines.append(pick(self.ctx.language, en=cap[0], zh=cap[1]))
        self.policy_label.setText("\n".join(lines))
        entries: list[tuple[datetime, str]] = []
        for note in commitments.progress_notes(self.ctx.db, ident):
            entries.append((note.noted_at, self.tr("Progress: {text} ({who})").format(
                text=note.text, who=note.author or "—")))
        for ext in commitments.extensions(self.ctx.db, ident):
            entries.append((ext.created_at, self.tr("Extended from {old} to {new}: {reason}").format(
                old=local_date(ext.old_due_at, self.ctx.zone), new=local_date(ext.new_due_at, self.ctx.zone), reason=ext.reason)))
        for call in followups.list_followups(self.ctx.db, commitment_id=ident):
            sat = labels.satisfactions().get(call.satisfaction or "", "—")
            entries.append((call.called_at, self.tr("Follow-up call: {sat} {note}").format(
                sat=sat, note=call.note)))
        for when, text in sorted(entries, key=lambda e: e[0]):
            self.history.addItem(f"{format_date(when, self.ctx.zone)}  {text}")

    def _hint_buttons(self) -> None:
        """Each button's tooltip names its key; the Extend button says why it is disabled."""
        tips = (self.tr("Change the status of the selected commitment"),
                self.tr("Add a progress note to the selected commitment"),
                self.tr("Move the due date of the selected commitment later"),
                self.tr("Record a follow-up call about the selected commitment"))
        for index, (button, tip) in enumerate(zip(self.buttons, tips, strict=True)):
            text = f"{tip} ({key_hint(ACTION_KEYS[index])})"
            if index == EXTEND and self.extension_refusal:
                text = self.tr("Extension not available: {why}").format(why=self.extension_refusal)
            button.setToolTip(plain_tooltip(text))

    def _session_policy(self, session_id: int) -> str:
        return sessions.get_session(self.ctx.db, session_id).deadline_policy

    def custom(self) -> dict:
        """The deadline policies of the database (shared by every seat)."""
        from ...core.services import policies

        return policies.load(self.ctx.db)

    def retranslate(self) -> None:
        for label, text in zip(self.filter_labels, (self.tr("Owner"), self.tr("Status"),
                                                    self.tr("Session"), self.tr("Series")),
                               strict=True):
            label.setText(text)
        self.overdue.setText(self.tr("Overdue only"))
        self.within.setText(self.tr("Due within (days)"))
        self.order.setItemText(0, self.tr("Soonest due first"))
        self.order.setItemText(1, self.tr("Latest due first"))
        for button, text, key in zip(self.buttons, (self.tr("Change status…"),
                                                    self.tr("Add progress note…"),
                                                    self.tr("Extend…"), self.tr("Follow-up call…")),
                                     ACTION_KEYS, strict=True):
            button.setText(f"{text} ({key_hint(key)})")
        self._hint_buttons()
        self.reload_choices()
        self.model.retranslate()
        self.count.setText(self.tr("{n} commitments").format(n=self.model.rowCount()))
