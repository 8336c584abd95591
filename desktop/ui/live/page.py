"""The Live page: the facilitator's and the secretary's panels side by side, one undo stack,
a 1 Hz tick reading the injectable clock, and the projector controls above them.

What the page does is split by what it holds: the room (``room.py``: agenda timing and the
speakers' queue), the capture form (``capture.py``), commitments (``commitments.py``), the
report back on earlier commitments (``report_back.py``) and the projector
(``projector_controls.py``); this module loads the data and keeps the views current.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from ...core.errors import TingjianError
from ...core.live import commitments as live_commitments
from ...core.live.capture import recent_opinions
from ...core.live.room import fingerprint as room_fingerprint
from ...core.live.drafts import DraftStore
from ...core.live.outbox import queued_rows
from ...core.models import AgendaItem, ListeningSession
from ...core.services import agenda, attendance, sessions, turns
from .. import settings as S
from ..context import AppContext
from ..feedback import Feedback
from ..ops import Command, CommandStack
from ..outbox_sender import OutboxSender
from ..qtutils import add_shortcuts
from .capture import CaptureActions
from .commitments import CommitmentActions
from .common import plain_label
from . import keys as K
from .facilitator import FacilitatorPanel
from .projector_controls import ProjectorControls
from .report_back import ReportBackPanel
from .room import RoomActions
from .secretary import SecretaryPanel
from ...core.changes import Change, Entity

TICK_MS = 1000
LIST_LIMIT = 300


class LivePage(RoomActions, CaptureActions, CommitmentActions, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 feedback: Feedback | None = None, sender: OutboxSender | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        if sender is None:  # a page on its own (tests): its own retry of the outbox
            sender = OutboxSender(ctx, self)
            ctx.when_ready(sender.start)
        self.sender = sender
        sender.replayed.connect(self._after_replay)
        self.feedback = feedback
        self.session_id: int | None = None
        self.session: ListeningSession | None = None
        self.items: list[AgendaItem] = []
        self.committed: dict[int, list[int]] = {}
        self.drafts: DraftStore | None = None
        self.longest_save_ms = 0.0
        self._last_current_item: int | None = None
        self._last_speaker: int | None = None
        self._room_seen: tuple = ()  # the room's state last read: another seat may change it
        self.undo_stack = CommandStack(self._error, self)
        self.heading = plain_label()
        self.heading.setObjectName("pageHeading")
        self.facilitator = FacilitatorPanel(self)
        self.secretary = SecretaryPanel(self)
        self.report = ReportBackPanel(self)
        self.secretary.tabs.addTab(self.report, "")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.facilitator)
        splitter.addWidget(self.secretary)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.controls = ProjectorControls(ctx, lambda: self.session_id, self)
        bar = QHBoxLayout()
        bar.addWidget(self.heading, 1)
        bar.addWidget(self.controls)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        f, s = self.facilitator, self.secretary
        f.start_requested.connect(self.start_item)
        f.pause_requested.connect(self.pause_or_resume)
        f.next_requested.connect(self.next_item)
        f.enqueue_requested.connect(self.enqueue)
        f.floor_requested.connect(self.give_floor)
        f.end_turn_requested.connect(self.end_turn)
        f.skip_requested.connect(self.skip_turn)
        f.move_requested.connect(self.move_turn)
        f.blank_requested.connect(self.toggle_blank)
        s.save_requested.connect(self.save_opinion)
        s.edit_requested.connect(self.edit_selected)
        s.remove_requested.connect(self.remove_selected)
        s.commitment_requested.connect(self.make_commitment)
        s.read_back_requested.connect(self.read_back)
        s.notes_requested.connect(self.save_notes)
        s.notes_item_changed.connect(self._load_notes)
        s.text.undo_live.connect(self.undo_stack.undo)
        s.text.redo_live.connect(self.undo_stack.redo)
        # page-wide, so they work from any field without moving the focus (keys.py)
        self.shortcuts = add_shortcuts(self, (
            (K.UNDO, self.undo_stack.undo), (K.REDO, self.undo_stack.redo),
            ("Ctrl+Y", self.undo_stack.redo),
            (K.NEXT_ITEM, self.next_item), (K.PAUSE, self.pause_or_resume),
            (K.GIVE_FLOOR, self.give_floor), (K.END_TURN, self.end_turn),
            (K.ADD_SPEAKER, self.facilitator.focus_speaker_input),
            (K.BLANK, self.toggle_blank),
            (K.REPORT_BACK, self.controls.toggle_report_back),
            (K.AGENDA, self.facilitator.agenda_view.setFocus),
            (K.QUEUE, self.facilitator.queue_view.setFocus),
            (K.TEXT, self.secretary.focus_text)))
        self.ticker = QTimer(self, interval=TICK_MS, timeout=self.tick)
        self.autosave = QTimer(self, timeout=self.save_draft)
        self.autosave.setInterval(ctx.prefs.get(S.AUTOSAVE_MS))
        ctx.bus.changed.connect(self._on_changed)
        self.retranslate()
        self._mark_writes()

    def _mark_writes(self) -> None:
        """Every control and key that writes is off (saying why) while this process only
        reads (the leader's seat, a read-only database)."""
        f, s = self.facilitator, self.secretary
        keys = self.shortcuts
        self.ctx.writes.mark(
            f.start_button, f.pause_button, f.next_button, f.add_button, f.anonymous_button,
            f.floor_button, f.end_button, f.skip_button, f.up_button, f.down_button,
            f.speaker_input, *f.shortcuts.values(), s.save_button, s.edit_button,
            s.remove_button, s.commit_button, s.read_back_button, s.notes_button, s.speaker,
            s.tags, s.reply, s.reply_by, s.summary, s.decisions, s.text,
            *(s.shortcuts[k] for k in ("Ctrl+Return", "Ctrl+E", "Ctrl+Delete", "Ctrl+M",
                                       "Ctrl+R", "Ctrl+S")),
            *(keys[k] for k in (K.UNDO, K.REDO, "Ctrl+Y", K.NEXT_ITEM, K.PAUSE, K.GIVE_FLOOR,
                                K.END_TURN, K.ADD_SPEAKER)))

    def apply_seat(self) -> None:
        """The seat is connected: the write controls follow what it may do."""
        self.ctx.writes.refresh()

    def focus_first(self) -> None:
        self.secretary.focus_text()

    # --- preferences ----------------------------------------------------------------------
    def warning_minutes(self) -> float:
        return float(self.ctx.prefs.get(S.WARNING_MINUTES))

    def speaker_warning_seconds(self) -> float:
        return float(self.ctx.prefs.get(S.SPEAKER_WARNING_SECONDS))

    # --- session --------------------------------------------------------------------------
    def show_session(self, session_id: int | None) -> None:
        if session_id == self.session_id:
            return
        self.save_draft()
        if self.drafts is not None:
            self.drafts.flush()
        self.session_id = session_id
        self.undo_stack.clear()
        self.secretary.text.clear_saved()
        self.drafts = DraftStore(session_id) if session_id is not None else None
        self.reload()
        if self.drafts is not None:
            draft = self.drafts.load()
            if draft:
                self.secretary.restore_draft(draft)
                self.secretary.hint.setText(self.tr("Unsaved text from last time was restored."))
            self.ticker.start()
            self.autosave.start()
        else:
            self.ticker.stop()
            self.autosave.stop()
        self.controls.show_session(session_id)

    def reload(self) -> None:
        """Everything from the services; the timers only repaint between reloads."""
        db, sid = self.ctx.db, self.session_id
        if sid is None:
            self.session, self.items = None, []
            self.facilitator.set_data([], [], [])
            self.secretary.set_rows([])
            self.report.reload()
            self.heading.setText(self.tr("Choose a session on the Sessions page to run it here."))
            return
        try:
            self.session = sessions.get_session(db, sid)
        except TingjianError:
            self.session_id = None
            self.reload()
            return
        self.heading.setText(self.session.title)
        self._reload_room()
        self._reload_opinions()
        self._reload_choices()

    def _reload_room(self) -> None:
        db, sid = self.ctx.db, self.session_id
        assert sid is not None
        self.items = agenda.list_items(db, sid)
        turn_rows = turns.list_turns(db, sid)
        self._room_seen = room_fingerprint(db, sid)
        people = [(p.id, p.name) for _, p in attendance.attendees(db, sid) if p.name]
        self.facilitator.set_data(self.items, turn_rows, people)
        self._sync_form_defaults(turn_rows)
        self.report.reload()

    def _reload_opinions(self) -> None:
        assert self.session_id is not None
        self.committed = live_commitments.commitments_by_opinion(self.ctx.db, self.session_id)
        waiting = queued_rows(self.sender.outbox, self.session_id)
        self.secretary.set_rows([*waiting, *recent_opinions(self.ctx.db, self.session_id,
                                                            LIST_LIMIT)])

    def _update_opinions(self, ids: tuple) -> None:
        """A few opinions changed (the usual case: one was just captured): update those rows
        in place instead of reloading the list, so Enter stays fast in a long session."""
        assert self.session_id is not None
        fresh = {r.id: r for r in recent_opinions(self.ctx.db, self.session_id, len(ids), ids)}
        rows = [fresh.pop(r.id, r) for r in self.secretary.rows if r.id not in ids or r.id in fresh]
        rows = sorted([*fresh.values(), *rows], key=lambda r: (r.received_at, r.id),
                      reverse=True)[:LIST_LIMIT]
        self.secretary.set_rows(rows)

    def _on_changed(self, change: Change) -> None:
        if self.session_id is None:
            return
        ids = change.ids
        if change.touches(Entity.AGENDA_ITEM, Entity.SPEAKER_TURN, Entity.SESSION):
            if change.touches(Entity.SESSION):
                self.session = sessions.get_session(self.ctx.db, self.session_id)
            self._reload_room()
        if change.entity is Entity.OPINION and ids and len(ids) <= 20:
            self._update_opinions(ids)
        elif change.touches(Entity.OPINION, Entity.COMMITMENT):
            self._reload_opinions()
        if change.touches(Entity.COMMITMENT, Entity.PROGRESS_NOTE):
            self.report.reload()
        self.controls.refresh()

    def tick(self) -> None:
        if self.session_id is not None:  # another seat may have started, paused or moved on
            try:
                if room_fingerprint(self.ctx.db, self.session_id) != self._room_seen:
                    self._reload_room()
            except TingjianError:
                pass  # the server is away for a moment: the clocks keep running meanwhile
        self.facilitator.tick()
        self.controls.refresh()

    # --- the projector (held by the controls) -------------------------------------------
    @property
    def projector(self):  # noqa: ANN201 - the ProjectorWindow, once opened
        return self.controls.projector

    @property
    def blank_box(self):  # noqa: ANN201
        return self.controls.blank_box

    def open_projector(self) -> None:
        self.controls.open_projector()

    def toggle_blank(self) -> None:
        self.controls.toggle_blank()

    def attach_projector(self, projector) -> None:  # noqa: ANN001
        self.controls.attach_projector(projector)

    # --- running commands ---------------------------------------------------------------
    def _error(self, exc: TingjianError) -> None:
        feedback = self.feedback or getattr(self.window(), "feedback", None)
        if feedback is not None:
            feedback.domain_error(self, exc)
        else:  # pragma: no cover - a page without a window
            Feedback(self.ctx.language).domain_error(self, exc)

    def push(self, make: Callable[[], Command]) -> bool:
        """Run an action as an undoable command; a refused action shows its reason and is not
        pushed."""
        if self.session_id is None:
            return False
        return self.undo_stack.run(make) is not None

    def _now(self):  # noqa: ANN202 - the room's clock: the server's time, same on every seat
        return self.ctx.room_clock.now()

    def retranslate(self) -> None:
        self.controls.retranslate()
        self.facilitator.retranslate()
        self.secretary.retranslate()
        self.report.retranslate()
        self.secretary.tabs.setTabText(self.secretary.tabs.indexOf(self.report),
                                       self.tr("Report back"))
        if self.session is None:
            self.heading.setText(self.tr("Choose a session on the Sessions page to run it here."))
