"""The live screen through pytest-qt: keyboard capture, undo, commitments, read-back, drafts."""
from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from desktop.core.live import commitments as live_commitments
from desktop.core.live import timing
from desktop.core.live.drafts import DraftStore
from desktop.core.services import agenda, attendance, opinions, owners, people, sessions, turns
from desktop.ui.live.common import LIST_CHARS

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def live(application, qtbot):
    ctx = application.ctx
    db, clock = ctx.db, ctx.clock
    session = sessions.create_session(db, "Riverside forum", clock.now())
    items = [agenda.add_item(db, session.id, t, planned_minutes=m)
             for t, m in (("Report back", 10), ("Open floor", 30))]
    housing = owners.create_owner(db, "Housing bureau")
    streets = owners.create_owner(db, "Street office")
    sessions.set_session_owners(db, session.id, [housing.id, streets.id])
    wang = people.create_person(db, "王秀英", "Building 7", gender="female")
    li = people.create_person(db, "李建国", "Building 9", gender="male")
    for person in (wang, li):
        attendance.register(db, session.id, person.id)
    window = application.window
    qtbot.addWidget(window)
    window.show()
    window.open_live(session.id)
    page = window.live_page
    qtbot.waitExposed(window)
    return page, session.id, [i.id for i in items], (housing.id, streets.id), (wang.id, li.id)


def _type_and_enter(qtbot, page, text: str) -> None:
    page.secretary.focus_text()
    qtbot.keyClicks(page.secretary.text, text)
    qtbot.keyClick(page.secretary.text, Qt.Key.Key_Return)


def test_enter_saves_with_current_speaker_and_item_then_focus_returns(live, qtbot) -> None:
    page, sid, items, _, (wang, li) = live
    page.secretary.focus_text()
    qtbot.keyClick(page.secretary.text, Qt.Key.Key_F5)  # next (first) item starts
    page.enqueue(wang, "")
    page.facilitator.queue_view.selectRow(0)
    qtbot.keyClick(page.secretary.text, Qt.Key.Key_F7)  # give the floor
    assert page.secretary.speaker.currentText() == "王秀英"
    assert page.secretary.item.currentData() == items[0]
    page.secretary.tags.setText("lifts; repairs")
    page.secretary.focus_text()
    qtbot.keyClicks(page.secretary.text, "The lift is broken")
    qtbot.keyClick(page.secretary.text, Qt.Key.Key_Return, SHIFT)  # a new line, not a save
    qtbot.keyClicks(page.secretary.text, "again")
    qtbot.keyClick(page.secretary.text, Qt.Key.Key_Plus, CTRL)
    qtbot.keyClick(page.secretary.text, Qt.Key.Key_Plus, CTRL)
    qtbot.keyClick(page.secretary.text, Qt.Key.Key_Minus, CTRL)
    qtbot.keyClick(page.secretary.text, Qt.Key.Key_Return)
    saved = opinions.list_opinions(page.ctx.db, sid)
    assert [(o.text, o.person_id, o.agenda_item_id, o.support_count) for o in saved] == [
        ("The lift is broken\nagain", wang, items[0], 1)]
    assert opinions.tags_of(page.ctx.db, [saved[0].id]) == {saved[0].id: ["lifts", "repairs"]}
    assert page.secretary.text.toPlainText() == "" and page.secretary.text.hasFocus()
    assert page.secretary.model.rowCount() == 1
    assert page.secretary.speaker.currentText() == "王秀英"  # speaker stays for the next one


def test_support_box_steps_with_plus_and_minus(live, qtbot) -> None:
    page = live[0]
    box = page.secretary.support
    for key in (Qt.Key.Key_Plus, Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus):
        qtbot.keyClick(box, key)
    assert box.value() == 2


def test_empty_text_is_refused_with_a_hint(live, qtbot) -> None:
    page, sid, *_ = live
    _type_and_enter(qtbot, page, "   ")
    assert opinions.list_opinions(page.ctx.db, sid) == []
    assert "empty" in page.secretary.hint.text()
    assert page.undo_stack.count() == 0


@pytest.mark.parametrize("text", [
    "<script>alert(1)</script><b>bold</b>", "\u202eRTL\u200f mark", "emoji 👨‍👩‍👧 ok",
    "bell\x07 esc\x1b tab\t", "x" * 1_000_000])
def test_hard_text_is_stored_exactly_and_shown_plain(live, qtbot, text) -> None:
    page, sid, *_ = live
    page.secretary.text.setPlainText(text)
    assert page.save_opinion()
    assert opinions.list_opinions(page.ctx.db, sid)[0].text == text
    shown = page.secretary.model.data(page.secretary.model.index(0, 3))
    assert len(shown) <= LIST_CHARS + 1 and shown.replace("…", "") in " ".join(text.split())
    assert page.secretary.hint.textFormat() == Qt.TextFormat.PlainText


def test_undo_and_redo_capture_timing_and_queue(live, qtbot) -> None:
    page, sid, items, _, (wang, li) = live
    db = page.ctx.db
    _type_and_enter(qtbot, page, "First")
    assert len(opinions.list_opinions(db, sid)) == 1
    qtbot.keyClick(page.secretary.text, Qt.Key.Key_Z, CTRL)  # nothing typed: undoes the save
    assert opinions.list_opinions(db, sid) == []
    assert opinions.list_opinions(db, sid, include_removed=True)[0].removed_reason
    qtbot.keyClick(page.secretary.text, Qt.Key.Key_Z, CTRL | SHIFT)
    assert [o.text for o in opinions.list_opinions(db, sid)] == ["First"]
    qtbot.keyClicks(page.secretary.text, "typing")
    qtbot.keyClick(page.secretary.text, Qt.Key.Key_Z, CTRL)  # undoes typing, not the save
    assert len(opinions.list_opinions(db, sid)) == 1
    page.next_item()
    page.ctx.clock.advance(minutes=2)
    page.next_item()
    page.undo_stack.undo()
    assert timing.current_item(agenda.list_items(db, sid)).id == items[0]
    page.undo_stack.undo()
    assert all(i.started_at is None for i in agenda.list_items(db, sid))
    page.undo_stack.redo()
    assert timing.current_item(agenda.list_items(db, sid)).id == items[0]
    page.enqueue(wang, "")
    page.enqueue(None, "resident of building 3")
    page.undo_stack.undo()
    assert [t.label for t in turns.list_turns(db, sid)] == ["王秀英"]
    page.facilitator.queue_view.selectRow(0)
    page.give_floor()
    page.undo_stack.undo()
    assert turns.list_turns(db, sid)[0].status == "queued"


def test_edit_and_remove_with_reason_are_undoable(live, qtbot, monkeypatch) -> None:
    page, sid, *_ = live
    db = page.ctx.db
    _type_and_enter(qtbot, page, "Original")
    oid = opinions.list_opinions(db, sid)[0].id
    page.apply_edit(oid, {"text": "Edited", "kind": "complaint", "support_count": 4,
                          "tags": ["lifts"]})
    assert opinions.list_opinions(db, sid)[0].text == "Edited"
    page.undo_stack.undo()
    row = opinions.list_opinions(db, sid)[0]
    assert (row.text, row.kind, row.support_count) == ("Original", "suggestion", 0)
    page.secretary.list.selectRow(0)
    monkeypatch.setattr(page, "ask_reason", lambda _question: "duplicate of #1")
    qtbot.keyClick(page.secretary.list, Qt.Key.Key_Delete, CTRL)
    assert opinions.list_opinions(db, sid) == []
    assert opinions.list_opinions(db, sid, include_removed=True)[0].removed_reason == \
        "duplicate of #1"
    page.undo_stack.undo()
    assert len(opinions.list_opinions(db, sid)) == 1


def test_commitment_from_two_opinions_then_read_back(live, qtbot) -> None:
    page, sid, items, (housing, streets), _ = live
    db = page.ctx.db
    _type_and_enter(qtbot, page, "Lift in building 7 broken")
    _type_and_enter(qtbot, page, "Same lift, also broken")
    page.secretary.list.selectAll()
    due = page.ctx.clock.now() + timedelta(days=7)
    assert page.make_commitment({"title": "Repair the lift", "owner_id": housing,
                                 "policy": "hotline_ordinary", "due_at": due})
    rows = live_commitments.read_back_rows(db, sid)
    assert len(rows) == 1 and len(rows[0].opinion_ids) == 2 and rows[0].owner == "Housing bureau"
    assert page.secretary.model.data(page.secretary.model.index(0, 5)) == "✓"
    page.undo_stack.undo()
    assert live_commitments.read_back_rows(db, sid) == []
    page.undo_stack.redo()
    page.mark_read_back()
    assert sessions.get_session(db, sid).read_back_at == page.ctx.clock.now()
    page.undo_stack.undo()
    assert sessions.get_session(db, sid).read_back_at is None


def test_commitment_dialog_is_prefilled(live, qtbot) -> None:
    from desktop.ui.live.dialogs import CommitmentDialog

    page, sid, _, (housing, streets), _ = live
    owners_ = sessions.session_owners(page.ctx.db, sid)
    dialog = CommitmentDialog("Repair", owners_, live_commitments.policy_names("en"),
                              live_commitments.session_policy(page.ctx.db, sid),
                              lambda key: live_commitments.propose_due(key, page.ctx.clock.now()),
                              2, "en")
    qtbot.addWidget(dialog)
    values = dialog.values()
    assert values["owner_id"] in (housing, streets) and values["title"] == "Repair"
    assert values["due_at"] > page.ctx.clock.now()
    assert dialog.owner.count() == 2


def test_notes_of_the_item_are_saved_and_undoable(live, qtbot) -> None:
    page, sid, items, *_ = live
    page.next_item()
    assert page.secretary.notes_item.currentData() == items[0]
    page.secretary.summary.setPlainText("Residents asked about lifts.")
    page.secretary.decisions.setPlainText("Survey all lifts\nReport in December")
    page.secretary.summary.setFocus()
    qtbot.keyClick(page.secretary.summary, Qt.Key.Key_S, CTRL)
    item = agenda.get_item(page.ctx.db, items[0])
    assert item.decisions == "Survey all lifts\nReport in December"
    page.undo_stack.undo()
    assert agenda.get_item(page.ctx.db, items[0]).summary == ""


def test_facilitator_keys_and_clock_colours(live, qtbot) -> None:
    page, sid, items, *_ = live
    f = page.facilitator
    f.setFocus()
    qtbot.keyClick(f, Qt.Key.Key_F5)  # start the first item
    page.ctx.clock.advance(minutes=9)
    page.tick()
    assert f.item_clock.property("level") == "warning" and "00:01:00" not in f.item_clock.text()
    qtbot.keyClick(f, Qt.Key.Key_F6)
    assert timing.item_state(agenda.get_item(page.ctx.db, items[0])) == "paused"
    assert f.pause_button.text().startswith("Resume")
    qtbot.keyClick(f, Qt.Key.Key_F6)
    page.ctx.clock.advance(minutes=2)
    page.tick()
    assert f.item_clock.property("level") == "over" and "over by 01:00" in f.item_clock.text()
    assert "behind plan" in f.drift.text()
    assert f.item_clock.textFormat() == Qt.TextFormat.PlainText


def test_draft_is_autosaved_and_restored(live, qtbot, application) -> None:
    page, sid, *_ = live
    page.secretary.text.setPlainText("half a sentence <b>")
    page.secretary.reply.setText("we will check")
    page.save_draft()  # what the autosave timer does every 1.5 s
    page.drafts.flush()
    assert page.autosave.interval() <= 2000 and page.autosave.isActive()
    assert DraftStore(sid).load()["text"] == "half a sentence <b>"
    from desktop.ui.live.page import LivePage

    again = LivePage(page.ctx)
    qtbot.addWidget(again)
    again.show_session(sid)
    assert again.secretary.text.toPlainText() == "half a sentence <b>"
    assert again.secretary.reply.text() == "we will check"
    again.save_opinion()
    assert DraftStore(sid).load() is None


def test_projector_shows_no_names_or_numbers_and_blanks(live, qtbot) -> None:
    from desktop.ui import settings as S
    from desktop.ui.projector.window import ProjectorWindow

    page, sid, items, _, (wang, li) = live
    page.ctx.prefs.set(S.PROJECTOR_SHOW_OPINIONS, True)
    page.next_item()
    page.enqueue(wang, "")
    page.enqueue(li, "")
    page.enqueue(None, "tenant, phone 139 1234 5678")
    page.facilitator.queue_view.selectRow(0)
    page.give_floor()
    page.secretary.text.setPlainText("王秀英 says: call 13800138000, ID 11010519491231002X, "
                                     "mail wang@example.com <b>x</b>")
    page.save_opinion()
    projector = ProjectorWindow(page.ctx)
    qtbot.addWidget(projector)
    page.attach_projector(projector)
    projector.show_session(sid)
    texts = "\n".join(label.text() for label in projector.labels())
    for secret in ("王秀英", "李建国", "13800138000", "11010519491231002X", "wang@example.com",
                   "1234 5678"):
        assert secret not in texts
    assert "Riverside forum" in texts and "Report back" in texts
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in projector.labels())
    qtbot.keyClick(projector, Qt.Key.Key_B)
    assert projector.blanked and all(label.text() == "" for label in projector.labels())
    assert page.blank_box.isChecked()
    page.toggle_blank()
    assert not projector.blanked and projector.title.text() == "Riverside forum"


def test_queue_fairness_setting_and_live_figures(live, qtbot) -> None:
    from desktop.ui import settings as S

    page, sid, items, _, (wang, li) = live
    db, clock = page.ctx.db, page.ctx.clock
    page.ctx.prefs.set(S.FIRST_TIMERS_FIRST, True)
    page.ctx.prefs.set(S.SPEAKER_LIMIT_SECONDS, 90)
    page.enqueue(wang, "")
    page.facilitator.queue_view.selectRow(0)
    page.give_floor()
    clock.advance(seconds=70)
    page.tick()
    assert page.facilitator.speaker_clock.property("level") == "warning"
    assert "00:20" in page.facilitator.speaker_clock.text()
    page.end_turn()
    page.enqueue(wang, "")  # spoke already
    page.facilitator.speaker_input.setEditText("resident of building 3")
    page.facilitator.add_button.click()  # a description: new, goes first
    queue = [page.facilitator.queue_model.row_at(r).label
             for r in range(page.facilitator.queue_model.rowCount())]
    assert queue == ["resident of building 3", "王秀英"]
    assert turns.list_turns(db, sid)[0].time_limit_seconds == 90
    page.facilitator.anonymous_button.click()
    assert page.facilitator.queue_model.rowCount() == 3
    assert page.facilitator.queue_model.data(page.facilitator.queue_model.index(1, 0)) == \
        "Anonymous speaker"
    assert page.facilitator.stats.text().startswith("1 person spoke in 1 turn, 3 waiting")
    page.ctx.prefs.set(S.FIRST_TIMERS_FIRST, False)
    page.enqueue(li, "")
    assert page.facilitator.queue_model.row_at(3).label == "李建国"


def test_keys_without_a_session_do_nothing(application, qtbot) -> None:
    page = application.window.live_page
    page.show_session(None)
    assert page.save_opinion() is False
    page.next_item()
    page.give_floor()
    page.make_commitment()
    page.undo_stack.undo()
    assert application.window.feedback.errors == []


def test_the_autosave_timer_alone_keeps_typed_text(live, qtbot) -> None:
    """No explicit save: within the 2 s promise the timer has written the draft to disk."""
    page, sid, *_ = live
    page.secretary.focus_text()
    qtbot.keyClicks(page.secretary.text, "typed but never saved")
    qtbot.waitUntil(lambda: (DraftStore(sid).load() or {}).get("text") == "typed but never saved",
                    timeout=2_500)


def test_salutation_picked_in_the_room_is_recorded(live, qtbot) -> None:
    from desktop.core.services import people as people_service

    page, sid, _items, _, (wang, li) = live
    secretary = page.secretary
    secretary.speaker.setEditText("张伟")
    secretary.salutation.setCurrentIndex(secretary.salutation.findData("先生"))
    assert secretary.speaker_choice() == {"person_id": None, "speaker_label": "张伟先生"}
    page.facilitator.setFocus()
    qtbot.keyClick(page.facilitator, Qt.Key.Key_F5)
    page.enqueue(li, "")
    page.facilitator.queue_view.selectRow(0)
    qtbot.keyClick(page.facilitator.queue_view, Qt.Key.Key_F7)  # 李建国 has the floor
    assert secretary.speaker.currentText() == "李建国"
    secretary.salutation.setCurrentIndex(secretary.salutation.findData("老师"))
    _type_and_enter(qtbot, page, "The street lights are out")
    assert people_service.get_person(page.ctx.db, li).salutation == "老师"


def test_another_seats_capture_reaches_the_list_and_our_own_arrives_once(live, application,
                                                                         qtbot) -> None:
    """The window's feed hears a second seat on the same file (delivered from the feed's
    thread to the GUI thread); this window's own capture is announced to it once."""
    from desktop.core.db import open_database

    page, sid, items, _owners, _people = live
    ctx = application.ctx
    heard = []
    ctx.bus.changed.connect(heard.append)
    ctx.start_feed()
    assert ctx.feed.ready.wait(10)
    other = open_database(ctx.db.location)
    try:
        opinions.create_opinion(other, sid, "另一台电脑记录的意见", agenda_item_id=items[0])
        qtbot.waitUntil(lambda: page.secretary.model.rowCount() == 1, timeout=10_000)
        assert not heard[-1].local
        heard.clear()
        _type_and_enter(qtbot, page, "typed on this laptop")
        assert page.secretary.model.rowCount() == 2
        opinions.create_opinion(other, sid, "第三条", agenda_item_id=items[0])  # a fence
        qtbot.waitUntil(lambda: page.secretary.model.rowCount() == 3, timeout=10_000)
    finally:
        other.close()
        ctx._stop_feed()
    mine = [c for c in heard if c.local]
    assert [c.entity for c in mine] == ["opinion"]
    assert all(c.seat != ctx.db.seat.id for c in heard if not c.local)
