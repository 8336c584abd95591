"""The facilitator's panel: run of show with timers and drift, the speaker queue, live figures."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QPushButton, QTableView, QVBoxLayout, QWidget,
)

from ...core.live import timing
from ...core.live.stats import live_stats
from ...core.models import AgendaItem, SpeakerTurn
from ...core.models.enums import TurnStatus
from ...core.services import turns as turn_service
from ..qtutils import BlockSignals, add_shortcuts
from ..table_model import Column, RowTableModel
from . import keys as K
from .common import clock_text, is_over, one_line, plain_label, set_level
from ...core.zone import format_time
from ..dates import zone_of

BACKGROUND = Qt.ItemDataRole.BackgroundRole
STATE_COLOURS = {timing.RUNNING: QBrush(QColor("#c8e6c9")),
                 timing.PAUSED: QBrush(QColor("#fff3c4")),
                 timing.DONE: QBrush(QColor("#eeeeee"))}
LEVEL_COLOURS = {"warning": QBrush(QColor("#ffb300")), "over": QBrush(QColor("#ef9a9a"))}


class AgendaModel(RowTableModel[AgendaItem]):
    """Agenda rows coloured by state; the current row by its time level."""

    def __init__(self, panel: FacilitatorPanel) -> None:
        self.panel = panel
        super().__init__([
            Column(lambda: self.tr("No."), lambda r: r.position + 1, numeric=True),
            Column(lambda: self.tr("Agenda item"), lambda r: one_line(r.title, 80)),
            Column(lambda: self.tr("Min."), lambda r: r.planned_minutes, numeric=True),
            Column(lambda: self.tr("Started"), lambda r: format_time(r.started_at, zone_of(self))),
            Column(lambda: self.tr("Ended"), lambda r: format_time(r.ended_at, zone_of(self))),
            Column(lambda: self.tr("Used"), lambda r: clock_text(
                timing.elapsed_seconds(r, panel.now())) if r.started_at else ""),
        ], panel.load_items, panel)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: ANN001
        if role == BACKGROUND and index.isValid():
            row = self.row_at(index.row())
            state = timing.item_state(row)
            if state in (timing.RUNNING, timing.PAUSED):
                level = timing.item_time(row, self.panel.now(), self.panel.warning_minutes()).level
                return LEVEL_COLOURS.get(level, STATE_COLOURS[state])
            return STATE_COLOURS.get(state)
        return super().data(index, role)


class FacilitatorPanel(QGroupBox):
    """Buttons drive the session; their keys (``keys.py``) are bound page-wide by the page,
    which connects the ``*_requested`` signals to undoable commands. Only the queue's own keys
    (move, skip) live here, active while the queue has the focus."""

    start_requested = Signal()
    pause_requested = Signal()
    next_requested = Signal()
    enqueue_requested = Signal(object, str)  # person id or None, description
    floor_requested = Signal()
    end_turn_requested = Signal()
    skip_requested = Signal(int)
    move_requested = Signal(int, int)  # turn id, new index
    blank_requested = Signal()

    def __init__(self, page, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.page = page
        self.items: list[AgendaItem] = []
        self.turns: list[SpeakerTurn] = []
        self.agenda_model = AgendaModel(self)
        self.agenda_view = self._table(self.agenda_model)
        self.agenda_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.item_clock = plain_label()
        self.item_clock.setObjectName("itemClock")
        self.item_clock.setStyleSheet("")
        self.item_clock.setWordWrap(True)
        self.drift = plain_label()
        self.drift.setWordWrap(True)
        self.start_button = QPushButton(clicked=lambda: self.start_requested.emit())
        self.pause_button = QPushButton(clicked=lambda: self.pause_requested.emit())
        self.next_button = QPushButton(clicked=lambda: self.next_requested.emit())
        buttons = QHBoxLayout()
        for b in (self.start_button, self.pause_button, self.next_button):
            buttons.addWidget(b)
        self.speaker_clock = plain_label()
        self.speaker_clock.setObjectName("speakerClock")
        self.speaker_clock.setWordWrap(True)
        self.queue_model: RowTableModel[SpeakerTurn] = RowTableModel([
            Column(lambda: self.tr("Speaker"), lambda r: one_line(self.turn_name(r), 60)),
            Column(lambda: self.tr("Group"), lambda r: one_line(r.group_name, 40)),
            Column(lambda: self.tr("Limit"), lambda r: clock_text(r.time_limit_seconds)
                   if r.time_limit_seconds else "—"),
        ], self.load_queue, self)
        self.queue_view = self._table(self.queue_model)
        self.queue_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.speaker_input = QComboBox()
        self.speaker_input.setEditable(True)
        self.speaker_input.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.speaker_input.lineEdit().returnPressed.connect(self._add_typed)
        self.add_button = QPushButton(clicked=self._add_typed)
        self.anonymous_button = QPushButton(clicked=lambda: self.enqueue_requested.emit(None, ""))
        self.floor_button = QPushButton(clicked=lambda: self.floor_requested.emit())
        self.end_button = QPushButton(clicked=lambda: self.end_turn_requested.emit())
        self.skip_button = QPushButton(clicked=self._skip)
        self.up_button = QPushButton(clicked=lambda: self._move(-1))
        self.down_button = QPushButton(clicked=lambda: self._move(1))
        adding = QHBoxLayout()
        adding.addWidget(self.speaker_input, 1)
        adding.addWidget(self.add_button)
        adding.addWidget(self.anonymous_button)
        queue_buttons = QGridLayout()
        for n, b in enumerate((self.floor_button, self.end_button, self.skip_button,
                               self.up_button, self.down_button)):
            queue_buttons.addWidget(b, 0, n)
        self.stats = plain_label()
        self.stats.setWordWrap(True)
        self.stats.setObjectName("liveStats")
        self.legend = plain_label()
        self.legend.setObjectName("keyLegend")
        self.legend.setWordWrap(True)
        self._return_focus: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.agenda_view, 3)
        layout.addWidget(self.item_clock)
        layout.addLayout(buttons)
        layout.addWidget(self.drift)
        layout.addWidget(self.speaker_clock)
        layout.addWidget(self.queue_view, 3)
        layout.addLayout(adding)
        layout.addLayout(queue_buttons)
        layout.addWidget(self.stats)
        layout.addWidget(self.legend)
        self.setStyleSheet("QLabel#itemClock, QLabel#speakerClock { font-size: 16pt; "
                           "font-weight: 600; padding: 4px; } QLabel#keyLegend { color: #555; }")
        self.shortcuts = add_shortcuts(self.queue_view, (
            (K.MOVE_UP, lambda: self._move(-1)), (K.MOVE_DOWN, lambda: self._move(1)),
            (K.SKIP, self._skip)))
        self.retranslate()

    def _table(self, model) -> QTableView:  # noqa: ANN001
        view = QTableView()
        view.setModel(model)
        view.verticalHeader().hide()
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return view

    # --- data ---------------------------------------------------------------------------
    def now(self) -> datetime:
        return self.page._now()

    def warning_minutes(self) -> float:
        return self.page.warning_minutes()

    def load_items(self) -> list[AgendaItem]:
        return self.items

    def load_queue(self) -> list[SpeakerTurn]:
        return [t for t in self.turns if t.status == TurnStatus.QUEUED]

    def turn_name(self, turn: SpeakerTurn) -> str:
        return turn.label or self.tr("Anonymous speaker")

    def speaking(self) -> SpeakerTurn | None:
        return next((t for t in self.turns if t.status == TurnStatus.SPEAKING), None)

    def selected_turn(self) -> SpeakerTurn | None:
        rows = self.queue_view.selectionModel().selectedRows()
        if rows:
            return self.queue_model.row_at(rows[0].row())
        return self.queue_model.row_at(0) if self.queue_model.rowCount() else None

    def set_data(self, items: list[AgendaItem], turns: list[SpeakerTurn],
                 attendees: list[tuple[int, str]]) -> None:
        selected = self.selected_turn()
        self.items, self.turns = items, turns
        self.agenda_model.refresh()
        self.queue_model.refresh()
        if selected is not None:
            for row in range(self.queue_model.rowCount()):
                if self.queue_model.row_at(row).id == selected.id:
                    self.queue_view.selectRow(row)
        typed = self.speaker_input.currentText()
        with BlockSignals(self.speaker_input):
            self.speaker_input.clear()
            for person_id, name in attendees:
                self.speaker_input.addItem(name, person_id)
            self.speaker_input.setEditText(typed)
        self.tick()

    def focus_speaker_input(self) -> None:
        """F9: into the speaker box; Enter there adds the speaker and goes back where the
        focus was (the opinion text, usually)."""
        here = QApplication.focusWidget()
        if here is not None and here is not self.speaker_input \
                and not self.speaker_input.isAncestorOf(here):
            self._return_focus = here
        self.speaker_input.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.speaker_input.lineEdit().selectAll()

    def _add_typed(self) -> None:
        text = self.speaker_input.currentText().strip()
        index = self.speaker_input.findText(text, Qt.MatchFlag.MatchFixedString)
        person_id = self.speaker_input.itemData(index) if index >= 0 and text else None
        self.enqueue_requested.emit(person_id, "" if person_id else text)
        self.speaker_input.setEditText("")
        back, self._return_focus = self._return_focus, None
        if back is not None and back.isVisible():
            back.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _skip(self) -> None:
        turn = self.selected_turn()
        if turn is not None:
            self.skip_requested.emit(turn.id)

    def _move(self, step: int) -> None:
        rows = self.queue_view.selectionModel().selectedRows()
        if not rows:
            return
        index = rows[0].row() + step
        if 0 <= index < self.queue_model.rowCount():
            self.move_requested.emit(self.queue_model.row_at(rows[0].row()).id, index)

    # --- the 1 Hz view ------------------------------------------------------------------
    def tick(self) -> None:
        now = self.now()
        current = timing.current_item(self.items)
        if current is None:
            following = timing.next_item(self.items)
            self.item_clock.setText(self.tr("Next: {title}").format(title=one_line(
                following.title, 80)) if following else self.tr("No agenda item is running."))
            set_level(self.item_clock, "normal")
        else:
            t = timing.item_time(current, now, self.warning_minutes())
            state = self.tr(" (paused)") if t.state == timing.PAUSED else ""
            if is_over(t.remaining):
                text = self.tr("{title}{state} · used {used} · over by {over}")
            else:
                text = self.tr("{title}{state} · used {used} · left {left}")
            self.item_clock.setText(text.format(
                title=one_line(current.title, 60), state=state, used=clock_text(t.elapsed),
                left=clock_text(t.remaining), over=clock_text(-(t.remaining or 0))))
            set_level(self.item_clock, t.level)
        self.pause_button.setText((self.tr("Resume ({key})") if current is not None
                                   and timing.item_state(current) == timing.PAUSED
                                   else self.tr("Pause ({key})")).format(key=K.PAUSE))
        session = self.page.session
        if session is not None and self.items and timing.is_rehearsal(session, now,
                                                                     zone_of(self)):
            self.drift.setText(self.tr(
                "Rehearsal: the session is on {date}, so times are not compared with the plan."
            ).format(date=session.starts_at.astimezone(zone_of(self)).strftime("%Y-%m-%d")))
        elif session is not None and self.items:
            drift = timing.session_drift(session, self.items, now)
            minutes = round(drift.seconds / 60)
            if minutes > 0:
                text = self.tr("{n} min behind plan").format(n=minutes)
            elif minutes < 0:
                text = self.tr("{n} min ahead of plan").format(n=-minutes)
            else:
                text = self.tr("On time")
            self.drift.setText(self.tr("{drift} · estimated end {end} (planned {planned})").format(
                drift=text, end=format_time(drift.estimated_end, zone_of(self)), planned=format_time(drift.planned_end, zone_of(self))))
        else:
            self.drift.setText("")
        speaking = self.speaking()
        if speaking is None:
            self.speaker_clock.setText(self.tr("Nobody has the floor."))
            set_level(self.speaker_clock, "normal")
        else:
            tt = turn_service.turn_time(speaking, now, self.page.speaker_warning_seconds())
            if tt.limit and is_over(tt.remaining):
                text = self.tr("Speaking: {name} · {used} · over by {over}")
            else:
                text = self.tr("Speaking: {name} · {used} · left {left}")
            if speaking.paused_at is not None:  # stopped with the item
                text = self.tr("{clock} (paused)").format(clock=text)
            self.speaker_clock.setText(text.format(
                name=one_line(self.turn_name(speaking), 60), used=clock_text(tt.elapsed),
                left=clock_text(tt.remaining) if tt.limit else self.tr("no limit"),
                over=clock_text(-tt.remaining) if tt.limit else ""))
            set_level(self.speaker_clock, tt.level)
        self._update_stats(now)
        if self.agenda_model.rowCount():
            self.agenda_model.dataChanged.emit(self.agenda_model.index(0, 5),
                                               self.agenda_model.index(
                                                   self.agenda_model.rowCount() - 1, 5))

    def _update_stats(self, now: datetime) -> None:
        stats = live_stats(self.turns, now)
        groups = sorted(stats.seconds_by_group.items(), key=lambda kv: -kv[1])[:4]
        group_text = ", ".join(f"{one_line(g, 20) or self.tr('no group')} {clock_text(sec)}"
                               for g, sec in groups)
        top = ", ".join(f"{one_line(f.label or self.tr('Anonymous speaker'), 16)} ×{f.turns}"
                        for f in stats.speakers[:3])
        self.stats.setText(self.tr(
            "{people} in {turns}, {waiting}. Officials {official}, "
            "citizens {citizens} ({share:.0%} officials). By group: {groups}. Most turns: {top}"
        ).format(people=self.tr("%n people spoke", "", stats.people_spoke),
                 turns=self.tr("%n turns", "", stats.turns_taken),
                 waiting=self.tr("%n waiting", "", stats.waiting),
                 official=clock_text(stats.official_seconds),
                 citizens=clock_text(stats.citizen_seconds), share=stats.official_share,
                 groups=group_text or "—", top=top or "—"))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Facilitator"))
        self.start_button.setText(self.tr("Start selected item"))
        self.start_button.setToolTip(self.tr(
            "Starts the item selected in the agenda; {key} starts the next one").format(
                key=K.NEXT_ITEM))
        self.next_button.setText(self.tr("Next item ({key})").format(key=K.NEXT_ITEM))
        self.next_button.setToolTip(self.tr(
            "Ends the running item and starts the next; when none runs, starts the first"))
        self.add_button.setText(self.tr("Add speaker (Enter)"))
        self.add_button.setToolTip(self.tr("{key} goes to the speaker box from anywhere on the "
                                           "page").format(key=K.ADD_SPEAKER))
        self.anonymous_button.setText(self.tr("Add anonymous"))
        self.floor_button.setText(self.tr("Give floor ({key})").format(key=K.GIVE_FLOOR))
        self.floor_button.setToolTip(self.tr("Gives the floor to the speaker selected in the "
                                             "queue, else the first waiting"))
        self.end_button.setText(self.tr("End turn ({key})").format(key=K.END_TURN))
        self.skip_button.setText(self.tr("Skip (Del)"))
        self.up_button.setText(self.tr("Up (Alt+↑)"))
        self.down_button.setText(self.tr("Down (Alt+↓)"))
        for button in (self.skip_button, self.up_button, self.down_button):
            button.setToolTip(self.tr("The key works while the queue has the focus ({key})")
                              .format(key=K.QUEUE))
        self.speaker_input.lineEdit().setPlaceholderText(
            self.tr("Attendee, or a description such as “resident of building 7” ({key})")
            .format(key=K.ADD_SPEAKER))
        self.legend.setText(K.LiveKeys().legend())
        self.agenda_model.retranslate()
        self.queue_model.retranslate()
        self.tick()
