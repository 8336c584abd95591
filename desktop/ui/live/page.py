"""The Live page: the facilitator's and the secretary's panels side by side, one undo stack,
a 1 Hz tick reading the injectable clock, drafts of unsaved text, and the projector."""
from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QHBoxLayout, QInputDialog, QPushButton, QSplitter, QVBoxLayout,
    QWidget,
)

from ...core.errors import TingjianError
from ...core.live import commitments as live_commitments
from ...core.live import timing
from ...core.live.capture import opinion_detail, recent_opinions
from ...core.live.drafts import DraftStore
from ...core.models import AgendaItem, ListeningSession
from ...core.services import agenda, attendance, opinions, sessions, turns
from .. import settings as S
from ..context import AppContext
from ..feedback import Feedback
from . import undo
from .common import one_line, plain_label
from .dialogs import CommitmentDialog, EditOpinionDialog, ReadBackDialog
from .facilitator import FacilitatorPanel
from .secretary import SecretaryPanel

TICK_MS = 1000
LIST_LIMIT = 300


class LivePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 feedback: Feedback | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.feedback = feedback
        self.session_id: int | None = None
        self.session: ListeningSession | None = None
        self.items: list[AgendaItem] = []
        self.committed: dict[int, list[int]] = {}
        self.drafts: DraftStore | None = None
        self.projector = None
        self.longest_save_ms = 0.0
        self._last_current_item: int | None = None
        self._last_speaker: int | None = None
        self.undo_stack = QUndoStack(self)
        self.heading = plain_label()
        self.heading.setObjectName("pageHeading")
        self.facilitator = FacilitatorPanel(self)
        self.secretary = SecretaryPanel(self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.facilitator)
        splitter.addWidget(self.secretary)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.projector_button = QPushButton(clicked=self.open_projector)
        self.screen_choice = QComboBox()
        self.screen_choice.activated.connect(self._choose_screen)
        self.show_item = QCheckBox()
        self.show_speakers = QCheckBox()
        self.show_opinions = QCheckBox()
        self.blank_box = QCheckBox()
        self.blank_box.toggled.connect(self._blank_toggled)
        for box, pref in ((self.show_item, S.PROJECTOR_SHOW_ITEM),
                          (self.show_speakers, S.PROJECTOR_SHOW_SPEAKERS),
                          (self.show_opinions, S.PROJECTOR_SHOW_OPINIONS)):
            box.setChecked(ctx.prefs.get(pref))
            box.toggled.connect(lambda on, p=pref: self._projector_pref(p, on))
        bar = QHBoxLayout()
        bar.addWidget(self.heading, 1)
        for w in (self.projector_button, self.screen_choice, self.show_item, self.show_speakers,
                  self.show_opinions, self.blank_box):
            bar.addWidget(w)
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
        self.shortcuts: dict[str, QShortcut] = {}
        for key, slot in (("Ctrl+Z", self.undo_stack.undo),
                          ("Ctrl+Shift+Z", self.undo_stack.redo),
                          ("Ctrl+Y", self.undo_stack.redo),
                          ("F5", self.next_item), ("F6", self.pause_or_resume),
                          ("F7", self.give_floor), ("F8", self.end_turn),
                          ("Ctrl+Shift+B", self.toggle_blank),
                          ("F2", self.facilitator.agenda_view.setFocus),
                          ("F3", self.facilitator.queue_view.setFocus),
                          ("F4", self.secretary.focus_text)):
            shortcut = QShortcut(QKeySequence(key), self, activated=slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.shortcuts[key] = shortcut
        self.ticker = QTimer(self, interval=TICK_MS, timeout=self.tick)
        self.autosave = QTimer(self, timeout=self.save_draft)
        self.autosave.setInterval(min(2000, max(200, ctx.prefs.get(S.AUTOSAVE_MS))))
        ctx.bus.changed.connect(self._on_changed)
        undo.LiveCommand.report = self._error
        self.retranslate()

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
        if self.projector is not None:
            self.projector.show_session(session_id)

    def reload(self) -> None:
        """Everything from the services; the timers only repaint between reloads."""
        db, sid = self.ctx.db, self.session_id
        if sid is None:
            self.session, self.items = None, []
            self.facilitator.set_data([], [], [])
            self.secretary.set_rows([])
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
        people = [(p.id, p.name) for _, p in attendance.attendees(db, sid) if p.name]
        self.facilitator.set_data(self.items, turn_rows, people)
        self._sync_form_defaults(turn_rows)

    def _reload_opinions(self) -> None:
        assert self.session_id is not None
        self.committed = live_commitments.commitments_by_opinion(self.ctx.db, self.session_id)
        self.secretary.set_rows(recent_opinions(self.ctx.db, self.session_id, LIST_LIMIT))

    def _update_opinions(self, ids: tuple) -> None:
        """A few opinions changed (the usual case: one was just captured): update those rows
        in place instead of reloading the list, so Enter stays fast in a long session."""
        assert self.session_id is not None
        fresh = {r.id: r for r in recent_opinions(self.ctx.db, self.session_id, len(ids), ids)}
        rows = [fresh.pop(r.id, r) for r in self.secretary.rows if r.id not in ids or r.id in fresh]
        rows = sorted([*fresh.values(), *rows], key=lambda r: (r.received_at, r.id),
                      reverse=True)[:LIST_LIMIT]
        self.secretary.set_rows(rows)

    def _reload_choices(self) -> None:
        s = self.secretary
        s.tag_model.setStringList(opinions.known_tags(self.ctx.db)[:2000])
        typed = s.reply_by.currentText()
        s.reply_by.clear()
        s.reply_by.addItem("")
        for owner in sessions.session_owners(self.ctx.db, self.session_id):
            s.reply_by.addItem(owner.name, owner.id)
        s.reply_by.setEditText(typed)

    def _sync_form_defaults(self, turn_rows: list) -> None:  # noqa: ANN001
        """Speaker defaults to the current speaker, agenda item to the current item."""
        s = self.secretary
        chosen_item = s.item.currentData()
        current = timing.current_item(self.items)
        for combo in (s.item, s.notes_item):
            before = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(no agenda item)"), None)
            for item in self.items:
                combo.addItem(f"{item.position + 1}. {one_line(item.title, 60)}", item.id)
            combo.setCurrentIndex(max(0, combo.findData(before)))
            combo.blockSignals(False)
        if current is not None and current.id != self._last_current_item:
            s.item.setCurrentIndex(max(0, s.item.findData(current.id)))
            s.notes_item.setCurrentIndex(max(0, s.notes_item.findData(current.id)))
            self._last_current_item = current.id
        elif chosen_item is not None:
            s.item.setCurrentIndex(max(0, s.item.findData(chosen_item)))
        self._load_notes()
        typed = s.speaker.currentText()
        s.speaker.blockSignals(True)
        s.speaker.clear()
        seen: set[tuple] = set()
        speaking = None
        for turn in sorted(turn_rows, key=lambda t: t.status != "speaking"):
            if turn.status not in ("speaking", "done"):
                continue
            key = (turn.person_id, turn.label)
            if key in seen:
                continue
            seen.add(key)
            name = turn.label or self.tr("Anonymous speaker")
            s.speaker.addItem(name, {"person_id": turn.person_id,
                                     "speaker_label": "" if turn.person_id else turn.label})
            if turn.status == "speaking":
                speaking = turn
        s.speaker.setEditText(typed)
        s.speaker.blockSignals(False)
        speaking_id = speaking.id if speaking is not None else None
        if speaking_id != self._last_speaker:
            self._last_speaker = speaking_id
            s.speaker_auto = True
        if s.speaker_auto:
            s.speaker.setCurrentIndex(0 if speaking is not None else -1)
            if speaking is None:
                s.speaker.setEditText("")

    def _on_changed(self, entity: str, ids: tuple) -> None:
        if self.session_id is None:
            return
        if entity in {"agenda_item", "speaker_turn", "session"}:
            if entity == "session":
                self.session = sessions.get_session(self.ctx.db, self.session_id)
            self._reload_room()
        elif entity == "opinion" and ids and len(ids) <= 20:
            self._update_opinions(ids)
        elif entity in {"opinion", "commitment"}:
            self._reload_opinions()
        if self.projector is not None:
            self.projector.refresh()

    def tick(self) -> None:
        self.facilitator.tick()
        if self.projector is not None:
            self.projector.refresh()

    # --- running commands ---------------------------------------------------------------
    def _error(self, exc: TingjianError) -> None:
        feedback = self.feedback or getattr(self.window(), "feedback", None)
        if feedback is not None:
            feedback.domain_error(self, exc)
        else:  # pragma: no cover - a page without a window
            Feedback(self.ctx.language).domain_error(self, exc)

    def push(self, make: Callable[[], QUndoCommand]) -> bool:
        """Run an action as an undoable command; a refused action shows its reason and is not
        pushed."""
        if self.session_id is None:
            return False
        try:
            command = make()
        except TingjianError as exc:
            self._error(exc)
            return False
        self.undo_stack.push(command)
        return True

    def _now(self):  # noqa: ANN202
        return self.ctx.clock.now()

    def start_item(self) -> None:
        item_id = self._chosen_item()
        if item_id is None:
            return
        self.push(lambda: undo.timing_action(
            self.ctx.db, self.session_id, lambda: timing.start_item(self.ctx.db, item_id,
                                                                    self._now()),
            self.tr("Start agenda item")))

    def _chosen_item(self) -> int | None:
        rows = self.facilitator.agenda_view.selectionModel().selectedRows()
        if rows:
            item = self.facilitator.agenda_model.row_at(rows[0].row())
            if timing.item_state(item) != timing.RUNNING:
                return item.id
        following = timing.next_item(self.items)
        return following.id if following else None

    def pause_or_resume(self) -> None:
        current = timing.current_item(self.items)
        if current is None:
            return
        db, now = self.ctx.db, self._now()
        if timing.item_state(current) == timing.PAUSED:
            action, text = (lambda: timing.resume_item(db, current.id, now)), self.tr("Resume")
        else:
            action, text = (lambda: timing.pause_item(db, current.id, now)), self.tr("Pause")
        self.push(lambda: undo.timing_action(db, self.session_id, action, text))

    def next_item(self) -> None:
        db = self.ctx.db
        self.push(lambda: undo.timing_action(
            db, self.session_id, lambda: timing.advance(db, self.session_id, self._now()),
            self.tr("Next agenda item")))

    def enqueue(self, person_id: int | None, label: str) -> None:
        current = timing.current_item(self.items)
        self.push(lambda: undo.EnqueueCommand(
            self.tr("Add speaker"), self.ctx.db, self.session_id, person_id=person_id,
            label=label, agenda_item_id=current.id if current else None,
            time_limit_seconds=self.ctx.prefs.get(S.SPEAKER_LIMIT_SECONDS),
            now=self._now(), first_timers_first=self.ctx.prefs.get(S.FIRST_TIMERS_FIRST)))

    def give_floor(self) -> None:
        turn = self.facilitator.selected_turn()
        if turn is None:
            return
        current = timing.current_item(self.items)
        db, now = self.ctx.db, self._now()
        self.push(lambda: undo.turn_action(
            db, self.session_id, lambda: turns.start_turn(db, turn.id, now,
                                                          current.id if current else None),
            self.tr("Give the floor")))

    def end_turn(self) -> None:
        speaking = self.facilitator.speaking()
        if speaking is None:
            return
        db, now = self.ctx.db, self._now()
        self.push(lambda: undo.turn_action(db, self.session_id,  # type: ignore[arg-type]
                                           lambda: turns.finish(db, speaking.id, now),
                                           self.tr("End turn")))

    def skip_turn(self, turn_id: int) -> None:
        db, now = self.ctx.db, self._now()
        self.push(lambda: undo.turn_action(db, self.session_id,  # type: ignore[arg-type]
                                           lambda: turns.skip(db, turn_id, now),
                                           self.tr("Skip speaker")))

    def move_turn(self, turn_id: int, index: int) -> None:
        db = self.ctx.db
        if self.push(lambda: undo.turn_action(db, self.session_id,  # type: ignore[arg-type]
                                              lambda: turns.move_turn(db, turn_id, index),
                                              self.tr("Move speaker"))):
            self.facilitator.queue_view.selectRow(index)

    # --- capture ------------------------------------------------------------------------
    def save_opinion(self) -> bool:
        """Enter: commit the opinion, then show it saved and return to the text."""
        if self.session_id is None:
            return False
        began = time.perf_counter()
        fields = self.secretary.form_fields()
        if not fields["text"].strip():
            self.secretary.hint.setText(self.tr("Type the opinion first: empty text is not "
                                                "saved."))
            self.secretary.focus_text()
            return False
        try:
            command = undo.CaptureCommand(self.tr("Capture opinion"), self.ctx.db,
                                          self.session_id, fields, self._now())
        except TingjianError as exc:
            self.secretary.hint.setText(exc.text(self.ctx.language))
            return False
        self.undo_stack.push(command)  # committed above: only now is it shown as saved
        self.secretary.after_save()
        if self.drafts is not None:
            self.drafts.clear()
        self.longest_save_ms = max(self.longest_save_ms, (time.perf_counter() - began) * 1000)
        return True

    def save_draft(self) -> None:
        """Autosave (every ``AUTOSAVE_MS``): the form is read here, written in the background."""
        if self.drafts is None:
            return
        self.drafts.save_later(self.secretary.draft_fields())
        error, self.drafts.last_error = self.drafts.last_error, None
        if self.drafts.elsewhere is not None and error is None:
            self.secretary.hint.setText(self.tr(
                "The data folder cannot take the draft; it is kept in {path}").format(
                    path=self.drafts.elsewhere))
        if error is not None:
            self.secretary.hint.setText(self.tr("Could not keep a draft: {error}").format(
                error=error.strerror or str(error)))

    def edit_selected(self) -> None:
        ids = self.secretary.selected_ids()
        if not ids:
            return
        opinion, tags = opinion_detail(self.ctx.db, ids[0])
        dialog = EditOpinionDialog(opinion.text, opinion.kind, opinion.support_count, tags, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.apply_edit(ids[0], dialog.values())

    def apply_edit(self, opinion_id: int, new: dict[str, Any]) -> None:
        opinion, tags = opinion_detail(self.ctx.db, opinion_id)
        old = {"text": opinion.text, "kind": opinion.kind,
               "support_count": opinion.support_count, "tags": tags}
        self.push(lambda: undo.edit_opinion(self.ctx.db, opinion_id, old, dict(new),
                                            self.tr("Edit opinion")))

    def ask_reason(self) -> str | None:
        reason, ok = QInputDialog.getText(self, self.tr("Remove opinion"),
                                          self.tr("Why is this opinion removed?"))
        return reason if ok else None

    def remove_selected(self) -> None:
        ids = self.secretary.selected_ids()
        if not ids:
            return
        reason = self.ask_reason()
        if reason is None:
            return
        for opinion_id in ids:
            if not self.push(lambda oid=opinion_id: undo.remove_opinion(
                    self.ctx.db, oid, reason, self.tr("Remove opinion"))):
                return

    def save_notes(self) -> None:
        item_id = self.secretary.notes_item.currentData()
        if item_id is None:
            return
        self.push(lambda: undo.item_notes(self.ctx.db, item_id,
                                          self.secretary.summary.toPlainText(),
                                          self.secretary.decisions.toPlainText(),
                                          self.tr("Summary and decisions")))

    def _load_notes(self) -> None:
        item_id = self.secretary.notes_item.currentData()
        item = next((i for i in self.items if i.id == item_id), None)
        for widget, value in ((self.secretary.summary, item.summary if item else ""),
                              (self.secretary.decisions, item.decisions if item else "")):
            if widget.toPlainText() != value:
                widget.setPlainText(value)
        self.secretary.notes_box.setEnabled(item is not None)

    # --- commitments --------------------------------------------------------------------
    def commitment_targets(self) -> list[int]:
        ids = self.secretary.selected_ids()
        if not ids and self.secretary.rows:
            ids = [self.secretary.rows[0].id]  # the opinion just captured
        return ids

    def make_commitment(self, values: dict[str, Any] | None = None) -> bool:
        ids = self.commitment_targets()
        if not ids or self.session_id is None:
            return False
        sid, db = self.session_id, self.ctx.db
        if values is None:
            opinion, _ = opinion_detail(db, ids[0])
            dialog = CommitmentDialog(
                live_commitments.default_title(opinion.text), sessions.session_owners(db, sid),
                live_commitments.policy_names(self.ctx.language),
                live_commitments.session_policy(db, sid),
                lambda key: live_commitments.propose_due(key, self._now()), len(ids),
                self.ctx.language, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            values = dialog.values()
        chosen = dict(values)
        return self.push(lambda: undo.CommitmentCommand(
            self.tr("Make commitment"), db,
            lambda: live_commitments.commit_from_opinions(db, sid, ids, **chosen)))

    def read_back(self) -> None:
        if self.session_id is None:
            return
        rows = live_commitments.read_back_rows(self.ctx.db, self.session_id)
        dialog = ReadBackDialog(rows, self.session.read_back_at if self.session else None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.mark_read_back()

    def mark_read_back(self) -> None:
        sid, db = self.session_id, self.ctx.db
        old = self.session.read_back_at if self.session else None
        now = self._now()
        self.push(lambda: undo.ServiceCommand(
            self.tr("Mark as read back"),
            lambda: live_commitments.mark_read_back(db, sid, now),  # type: ignore[arg-type]
            lambda: sessions.update_session(db, sid, read_back_at=old)))  # type: ignore[arg-type]

    # --- projector ----------------------------------------------------------------------
    def open_projector(self) -> None:
        from ..projector.window import ProjectorWindow

        if self.projector is None:
            self.attach_projector(ProjectorWindow(self.ctx))
        self.projector.set_blank(self.blank_box.isChecked())
        self.projector.show_session(self.session_id)
        self.projector.show_on_screen()

    def toggle_blank(self) -> None:
        blanked = self.projector.blanked if self.projector is not None \
            else self.blank_box.isChecked()
        self.blank_box.setChecked(not blanked)
        if self.projector is not None:
            self.projector.set_blank(not blanked)

    def attach_projector(self, projector) -> None:  # noqa: ANN001
        self.projector = projector
        projector.blank_changed.connect(self._projector_blanked)

    def _projector_blanked(self, on: bool) -> None:
        self.blank_box.blockSignals(True)
        self.blank_box.setChecked(on)
        self.blank_box.blockSignals(False)

    def _blank_toggled(self, on: bool) -> None:
        if self.projector is not None:
            self.projector.set_blank(on)

    def _projector_pref(self, pref, on: bool) -> None:  # noqa: ANN001
        self.ctx.prefs.set(pref, on)
        if self.projector is not None:
            self.projector.refresh()

    def _fill_screens(self) -> None:
        self.screen_choice.clear()
        self.screen_choice.addItem(self.tr("Last screen"), -1)
        for n, screen in enumerate(QGuiApplication.screens()):
            size = screen.geometry()
            self.screen_choice.addItem(f"{n + 1}: {screen.name()} {size.width()}×{size.height()}",
                                       n)
        self.screen_choice.setCurrentIndex(max(0, self.screen_choice.findData(
            self.ctx.prefs.get(S.PROJECTOR_SCREEN))))

    def _choose_screen(self, _index: int) -> None:
        self.ctx.prefs.set(S.PROJECTOR_SCREEN, self.screen_choice.currentData())
        if self.projector is not None and self.projector.isVisible():
            self.projector.show_on_screen()

    def retranslate(self) -> None:
        self.projector_button.setText(self.tr("Projector (Ctrl+Shift+P)"))
        self.show_item.setText(self.tr("Item"))
        self.show_speakers.setText(self.tr("Speakers"))
        self.show_opinions.setText(self.tr("Latest opinions"))
        self.blank_box.setText(self.tr("Blank (B)"))
        self._fill_screens()
        self.facilitator.retranslate()
        self.secretary.retranslate()
        if self.session is None:
            self.heading.setText(self.tr("Choose a session on the Sessions page to run it here."))
        if self.projector is not None:
            self.projector.retranslate()
