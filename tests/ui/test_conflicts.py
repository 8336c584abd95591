"""An edit made on a screen showing an older version of the row: the user reads the conflict
message like any other, nothing of the edit is written, and the screen shows the row as the
other seat left it."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.core.live import timing
from desktop.core.services import agenda, commitments, dispositions, opinions, owners, sessions
from desktop.ui.dates import to_qdatetime
from desktop.ui.followup import dialogs

NOW = datetime(2026, 11, 23, 1, 30, tzinfo=UTC)  # the FakeClock of the application fixture
CONFLICT = "Someone on another computer changed this meanwhile. Refresh and try again."


@pytest.fixture
def followup(application):
    db = application.ctx.db
    s = sessions.create_session(db, "枫林社区民情恳谈会", NOW - timedelta(days=30),
                                deadline_policy="xinfang_handling")
    city = owners.create_owner(db, "街道城管办")
    op = opinions.create_opinion(db, s.id, "3号楼电梯经常故障", received_at=NOW - timedelta(days=30))
    late = commitments.create_commitment(db, s.id, "协调维修电梯", city.id, NOW + timedelta(days=2),
                                         opinion_ids=[op.id])
    page = application.window.followup_page
    page.register.apply_filter()
    return db, page, op, late


@pytest.fixture
def other(application):
    """Another seat: its own connection to the same database, whose writes this window does
    not hear about."""
    from desktop.core.db import open_database

    seat = open_database(application.ctx.db.location, backup=False)
    yield seat
    seat.close()


def _register_status(page, commitment_id: int) -> str:
    model = page.register.model
    return model.row_at(model.ids().index(commitment_id)).status


def test_status_dialog_on_an_older_version(application, followup, feedback, other) -> None:
    db, page, _op, late = followup
    shown = page.register.model.row_at(page.register.model.ids().index(late.id))
    dialog = dialogs.StatusDialog(application.ctx, feedback, late.id, shown.status, page,
                                  version=shown.version)
    commitments.set_status(other, late.id, "in_progress")  # while the dialog is open
    assert _register_status(page, late.id) == "open"  # this seat has not heard of it
    dialog.status.setCurrentIndex(dialog.status.findData("done"))
    assert not dialog.try_accept()
    assert feedback.errors == [CONFLICT]
    assert dialog.result() == dialogs.QDialog.DialogCode.Rejected  # its content is out of date
    assert commitments.list_commitments(db)[0].status == "in_progress"
    assert _register_status(page, late.id) == "in_progress"  # the register read it again


def test_extension_dialog_on_an_older_version(application, followup, feedback, other) -> None:
    db, page, _op, late = followup
    shown = page.register.model.row_at(page.register.model.ids().index(late.id))
    dialog = dialogs.ExtendDialog(application.ctx, feedback, late.id, shown.due_at,
                                  page.extend_rule(late.id), page.register.custom, page,
                                  version=shown.version)
    commitments.extend(other, late.id, late.due_at + timedelta(days=10), "另一台电脑：需要招标")
    dialog.new_due.setDateTime(to_qdatetime(late.due_at + timedelta(days=20),
                                            application.ctx.zone))
    dialog.reason.setPlainText("需要协调")
    assert not dialog.try_accept()
    assert feedback.errors == [CONFLICT]
    assert [e.reason for e in commitments.extensions(db, late.id)] == ["另一台电脑：需要招标"]
    model = page.register.model
    assert model.row_at(model.ids().index(late.id)).due_at == late.due_at + timedelta(days=10)


def test_disposition_dialog_when_another_seat_decided(application, followup, feedback,
                                                     other) -> None:
    db, page, op, _late = followup
    dialog = dialogs.DispositionDialog(application.ctx, feedback, op.id, op.text, page)
    dispositions.set_disposition(other, op.id, "adopted", decided_by="王主任")
    dialog.kind.setCurrentIndex(dialog.kind.findData("explained"))
    dialog.reason.setPlainText("已向居民解释")
    assert not dialog.try_accept()
    assert feedback.errors == [CONFLICT]
    assert dispositions.get_disposition(db, op.id).kind == "adopted"
    again = dialogs.DispositionDialog(application.ctx, feedback, op.id, op.text, page)
    assert again.kind.currentData() == "adopted"  # opened again: what the other seat decided
    again.kind.setCurrentIndex(again.kind.findData("explained"))
    again.reason.setPlainText("已向居民解释")
    assert again.try_accept()
    assert dispositions.get_disposition(db, op.id).kind == "explained"


@pytest.fixture
def live(application, qtbot):
    ctx = application.ctx
    db, clock = ctx.db, ctx.clock
    session = sessions.create_session(db, "Riverside forum", clock.now())
    item = agenda.add_item(db, session.id, "Open floor", planned_minutes=30)
    window = application.window
    qtbot.addWidget(window)
    window.show()
    window.open_live(session.id)
    return window.live_page, session.id, item.id


def test_live_opinion_edit_on_an_older_version(live, feedback, other) -> None:
    page, sid, _item = live
    db = page.ctx.db
    opinion = opinions.create_opinion(db, sid, "Original")
    opinions.update_opinion(other, opinion.id, text="Edited on the other laptop")
    assert [r.preview for r in page.secretary.rows] == ["Original"]
    page.apply_edit(opinion.id, {"text": "Edited here", "kind": "complaint", "support_count": 2,
                                 "tags": []}, seen=opinion.version)
    assert feedback.errors == [CONFLICT]
    assert opinions.list_opinions(db, sid)[0].text == "Edited on the other laptop"
    assert [r.preview for r in page.secretary.rows] == ["Edited on the other laptop"]
    assert page.undo_stack.count() == 0  # nothing to undo: nothing was written


def test_undo_does_not_overwrite_another_seats_edit(live, feedback, other) -> None:
    page, sid, _item = live
    db = page.ctx.db
    opinion = opinions.create_opinion(db, sid, "Original")
    page.apply_edit(opinion.id, {"text": "Edited here", "kind": "suggestion",
                                 "support_count": 0, "tags": []}, seen=opinion.version)
    opinions.update_opinion(other, opinion.id, support_count=5)  # after this edit
    page.undo_stack.undo()
    assert feedback.errors == [CONFLICT]
    row = opinions.list_opinions(db, sid)[0]
    assert (row.text, row.support_count) == ("Edited here", 5)


def test_live_notes_conflict_only_with_other_notes(live, feedback, other) -> None:
    page, sid, item_id = live
    db = page.ctx.db
    page.secretary.notes_item.setCurrentIndex(page.secretary.notes_item.findData(item_id))
    timing.start_item(other, item_id, page.ctx.clock.now())  # the facilitator: times only
    page.secretary.summary.setPlainText("Residents asked about lifts.")
    page.save_notes()
    assert feedback.errors == []
    assert agenda.get_item(db, item_id).summary == "Residents asked about lifts."
    agenda.update_item(other, item_id, summary="The other secretary's summary")
    page.secretary.summary.setPlainText("Mine")
    page.save_notes()
    assert feedback.errors == [CONFLICT]
    assert agenda.get_item(db, item_id).summary == "The other secretary's summary"


def test_agenda_edit_on_an_older_version(ctx_editor, feedback) -> None:
    from desktop.core.db import open_database

    ctx, editor, session_id = ctx_editor
    (item,) = agenda.list_items(ctx.db, session_id)
    other = open_database(ctx.db.location, backup=False)
    try:
        agenda.update_item(other, item.id, planned_minutes=25)  # another seat
    finally:
        other.close()
    assert editor.model.items[0].planned_minutes == 30  # not heard of yet
    editor._edit(item.id, "title", item.title, "Open floor (residents)")
    assert feedback.errors == [CONFLICT]
    row = agenda.get_item(ctx.db, item.id)
    assert (row.title, row.planned_minutes) == ("Open floor", 25)
    assert editor.model.items[0].planned_minutes == 25  # the table read it again


@pytest.fixture
def ctx_editor(qapp, ui_db, tmp_path, qtbot, feedback):
    from desktop.core.clock import FakeClock
    from desktop.ui.context import AppContext
    from desktop.ui.prepare.agenda_editor import AgendaEditor
    from desktop.ui.settings import Preferences

    ctx = AppContext(ui_db, Preferences(tmp_path / "prefs.ini"),
                     FakeClock(datetime(2026, 11, 10, 2, 0, tzinfo=UTC)), language="en")
    s = sessions.create_session(ui_db, "Riverside forum", ctx.clock.now())
    agenda.add_item(ui_db, s.id, "Open floor", planned_minutes=30)
    editor = AgendaEditor(ctx, feedback, s.id)
    qtbot.addWidget(editor)
    editor.show()
    yield ctx, editor, s.id
    ui_db.unsubscribe(ctx.bus.announce)


def test_this_seats_own_later_changes_do_not_block_undo(live, feedback) -> None:
    page, sid, _item = live
    db = page.ctx.db
    opinion = opinions.create_opinion(db, sid, "Original")
    for text, support in (("First edit", 1), ("Second edit", 2)):
        shown = opinions.list_opinions(db, sid)[0]
        page.apply_edit(opinion.id, {"text": text, "kind": "suggestion", "support_count": support,
                                     "tags": []}, seen=shown.version)
    page.undo_stack.undo()
    page.undo_stack.undo()
    assert feedback.errors == []
    row = opinions.list_opinions(db, sid)[0]
    assert (row.text, row.support_count, row.version) == ("Original", 0, 5)
    page.undo_stack.redo()
    assert opinions.list_opinions(db, sid)[0].text == "First edit"
