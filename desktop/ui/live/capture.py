"""The capture form on the live page: saving, editing and removing opinions, drafts of unsaved
text, the notes of an item, and the form's defaults kept in step with the room."""
from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog

from ...core.errors import TingjianError
from ...core.live import timing
from ...core.live.capture import opinion_detail
from ...core.live.outbox import queued_rows
from ...core.services import opinions, sessions
from ...core.vocabulary import speaker_name
from ..feedback import Feedback
from ..qtutils import BlockSignals
from . import undo
from .common import one_line
from .dialogs import EditOpinionDialog

REMOVE_PREVIEW = 40  # characters of the opinion named in the question

if TYPE_CHECKING:
    from ...core.live.drafts import DraftStore
    from ...core.models import AgendaItem
    from ..context import AppContext
    from ..outbox_sender import OutboxSender
    from .secretary import SecretaryPanel


class CaptureActions:
    """Part of ``LivePage``: the secretary's form and what its keys do."""

    ctx: AppContext
    session_id: int | None
    items: list[AgendaItem]
    secretary: SecretaryPanel
    sender: OutboxSender
    drafts: DraftStore | None
    longest_save_ms: float
    _last_current_item: int | None
    _last_speaker: int | None

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
            with BlockSignals(combo):
                combo.clear()
                combo.addItem(self.tr("(no agenda item)"), None)
                for item in self.items:
                    combo.addItem(f"{item.position + 1}. {one_line(item.title, 60)}", item.id)
                combo.setCurrentIndex(max(0, combo.findData(before)))
        if current is not None and current.id != self._last_current_item:
            s.item.setCurrentIndex(max(0, s.item.findData(current.id)))
            s.notes_item.setCurrentIndex(max(0, s.notes_item.findData(current.id)))
            self._last_current_item = current.id
        elif chosen_item is not None:
            s.item.setCurrentIndex(max(0, s.item.findData(chosen_item)))
        self._load_notes()
        typed = s.speaker.currentText()
        seen: set[tuple] = set()
        speaking = None
        with BlockSignals(s.speaker):
            s.speaker.clear()
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
        speaking_id = speaking.id if speaking is not None else None
        if speaking_id != self._last_speaker:
            self._last_speaker = speaking_id
            s.speaker_auto = True
        if s.speaker_auto:
            s.speaker.setCurrentIndex(0 if speaking is not None else -1)
            if speaking is None:
                s.speaker.setEditText("")

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
                                          self.session_id, fields, self._now(),
                                          self.sender.outbox)
        except TingjianError as exc:
            self.secretary.hint.setText(exc.text(self.ctx.language))
            return False
        self.secretary.after_save()
        if command.captured.queued:  # on this laptop's disk: shown so, sent when it is back
            self._show_queued()
            self.sender.note_queued()
        else:
            self.undo_stack.push(command)  # committed above: only now is it shown as saved
        if self.drafts is not None:
            self.drafts.clear()
        self.longest_save_ms = max(self.longest_save_ms, (time.perf_counter() - began) * 1000)
        return True

    def _show_queued(self) -> None:
        """The waiting opinions first, then the saved ones already listed (no server read)."""
        saved = [r for r in self.secretary.rows if not r.queued]
        waiting = queued_rows(self.sender.outbox, self.session_id) if self.session_id else []
        self.secretary.set_rows([*waiting, *saved])
        if waiting:
            self.secretary.hint.setText(self.tr(
                "The server cannot be reached: {n} opinion(s) saved on this laptop, waiting for "
                "the server. They are sent by themselves when it is back.").format(
                    n=len(waiting)))

    def _after_replay(self, result) -> None:  # noqa: ANN001 - a ReplayResult
        if self.session_id is None:
            return
        if result.saved:
            self._reload_opinions()
            if not result.remaining:
                self.secretary.hint.setText(self.tr(
                    "The server is back: every opinion kept on this laptop is saved."))
        if result.refused:
            self._show_queued()
            refused = [e for e in self.sender.outbox.entries(self.session_id) if e.problem]
            if refused:
                self.secretary.hint.setText(self.tr(
                    "{n} opinion(s) kept on this laptop were refused by the server and stay "
                    "there: {reason}").format(n=len(refused),
                                              reason=refused[0].problem.text(self.ctx.language)))

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
        self.apply_edit(ids[0], dialog.values(), seen=opinion.version)

    def apply_edit(self, opinion_id: int, new: dict[str, Any], seen: int | None = None) -> None:
        """Save the edit of an opinion; ``seen`` is the version the dialog showed (refused when
        another seat changed the opinion while the dialog was open)."""
        opinion, tags = opinion_detail(self.ctx.db, opinion_id)
        old = {"text": opinion.text, "kind": opinion.kind,
               "support_count": opinion.support_count, "tags": tags}
        self.push(lambda: undo.edit_opinion(self.ctx.db, opinion_id, old, dict(new),
                                            self.tr("Edit opinion"), seen=seen))

    def ask_reason(self, question: str) -> str | None:
        """The question quotes the opinion and its speaker: shown as typed, never as markup."""
        feedback = self.feedback or Feedback(self.ctx.language)
        return feedback.text_input(self, self.tr("Remove opinion"), question)

    def remove_question(self, ids: list[int]) -> str:
        """Names what is removed: the speaker and the start of the text of the first opinion."""
        row = next(r for r in self.secretary.rows if r.id == ids[0])
        speaker = speaker_name(row.speaker_label, row.person_name, "", self.ctx.language)
        text = one_line(row.preview, REMOVE_PREVIEW)
        if len(ids) == 1:
            return self.tr("Remove the opinion of {speaker}: “{text}”?\nWhy is it removed?"
                           ).format(speaker=speaker, text=text)
        return self.tr("Remove {n} opinions, the first of {speaker}: “{text}”?\nWhy are they "
                       "removed?").format(n=len(ids), speaker=speaker, text=text)

    def remove_selected(self) -> None:
        ids = self.secretary.selected_ids()
        if not ids:
            return
        reason = self.ask_reason(self.remove_question(ids))
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
        shown = next((i for i in self.items if i.id == item_id), None)
        self.push(lambda: undo.item_notes(self.ctx.db, item_id,
                                          self.secretary.summary.toPlainText(),
                                          self.secretary.decisions.toPlainText(),
                                          self.tr("Summary and decisions"),
                                          shown=(shown.summary, shown.decisions)
                                          if shown else None))

    def _load_notes(self) -> None:
        item_id = self.secretary.notes_item.currentData()
        item = next((i for i in self.items if i.id == item_id), None)
        for widget, value in ((self.secretary.summary, item.summary if item else ""),
                              (self.secretary.decisions, item.decisions if item else "")):
            if widget.toPlainText() != value:
                widget.setPlainText(value)
        self.secretary.notes_box.setEnabled(item is not None)
