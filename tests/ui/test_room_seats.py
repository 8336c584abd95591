"""The shared room on screen: the projector and the facilitator show the pause and stop the
speaker's clock, a change made by another seat shows without a notice, the seats list, the
leader's seat with every write disabled, and the projector seat."""
from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.clock import FakeClock
from desktop.core.db import open_database, resolve_location
from desktop.core.errors import StorageError
from desktop.core.live import timing
from desktop.core.services import agenda, seats, sessions, turns


def _room(db, clock):
    session = sessions.create_session(db, "Riverside forum", clock.now())
    items = [agenda.add_item(db, session.id, t, planned_minutes=m)
             for t, m in (("Open floor", 10), ("Closing", 5))]
    return session.id, [i.id for i in items]


@pytest.fixture
def shown(application, qtbot):
    window = application.window
    qtbot.addWidget(window)
    window.show()
    return application


def test_the_pause_stops_both_clocks_on_the_projector_and_the_panel(shown) -> None:
    ctx = shown.ctx
    sid, items = _room(ctx.db, ctx.clock)
    page = shown.window.live_page
    shown.window.open_live(sid)
    page.start_item()
    turn = turns.enqueue(ctx.db, sid, label="Resident of building 7", time_limit_seconds=180,
                         now=ctx.clock.now())
    page.facilitator.queue_view.selectRow(0)
    page.give_floor()
    page.open_projector()
    ctx.clock.advance(seconds=30)
    page.pause_or_resume()
    ctx.clock.advance(seconds=60)  # paused: neither clock moves
    page.tick()
    projector = page.projector
    assert projector.item_clock.text() == "Paused · 09:30 left"  # 600 - 30 s
    assert projector.speaker_clock.text() == "Paused · 02:30"  # 180 - 30 s
    assert "(paused)" in page.facilitator.speaker_clock.text()
    assert "00:30" in page.facilitator.speaker_clock.text()
    page.pause_or_resume()
    ctx.clock.advance(seconds=20)
    page.tick()
    assert projector.speaker_clock.text() == "02:10"  # 180 - 30 - 20 s
    assert projector.item_clock.text() == "09:10 left"
    page.end_turn()
    done = next(t for t in turns.list_turns(ctx.db, sid) if t.id == turn.id)
    assert turns.speaking_seconds(done, ctx.clock.now()) == 50  # the minute's pause excluded
    projector.close()


def test_a_change_made_on_another_seat_shows_at_the_next_tick(shown, tmp_path: Path) -> None:
    ctx = shown.ctx
    sid, items = _room(ctx.db, ctx.clock)
    page = shown.window.live_page
    shown.window.open_live(sid)
    assert page.facilitator.item_clock.text() == "Next: Open floor"
    path = ctx.db.location.path
    other = open_database(resolve_location(path, path), backup=False)  # another seat's connection
    try:
        timing.start_item(other, items[0], ctx.clock.now())  # no notice reaches this seat
        assert page.facilitator.item_clock.text() == "Next: Open floor"
        page.tick()
        assert page.facilitator.item_clock.text().startswith("Open floor")
        timing.pause_item(other, items[0], ctx.clock.now())
        page.tick()
        assert "(paused)" in page.facilitator.item_clock.text()
    finally:
        other.close()


def test_the_seats_list_shows_who_is_connected(shown) -> None:
    ctx = shown.ctx
    now = ctx.room_clock.now()
    seats.connect(ctx.db, "secretary", now, name="Wang", hostname="lap-2")
    seats.connect(ctx.db, "secretary", now, hostname="lap-3")
    seats.connect(ctx.db, "leader", now, name="Director Li")
    shown.seat.beat()
    label = shown.window.seat_label
    assert label.text() == "Seats: Facilitator · Secretary ×2 · Leader"
    assert "Wang (lap-2)" in label.toolTip() and "lap-3" in label.toolTip()
    assert "Director Li" in label.toolTip()


@pytest.fixture
def leader(qapp, ui_db, data_dir, feedback, qtbot):
    from desktop.ui.app import Application, preferences

    app = Application(ui_db, preferences(), "en", feedback, seat_role="leader")
    app.ctx.clock = FakeClock()
    qtbot.addWidget(app.window)
    app.window.show()
    yield app
    app.window.close()
    ui_db.read_only = None


def test_the_leaders_seat_disables_and_refuses_every_write(leader, feedback) -> None:
    ctx = leader.ctx
    assert isinstance(ctx.db.read_only, StorageError)
    with pytest.raises(StorageError):
        sessions.create_session(ctx.db, "Forum", ctx.clock.now())
    page = leader.window.live_page
    f, s = page.facilitator, page.secretary
    assert not any(b.isEnabled() for b in (f.start_button, f.pause_button, f.next_button,
                                           f.floor_button, f.end_button, s.save_button,
                                           s.commit_button))
    assert s.text.isReadOnly()
    assert not leader.window.demo_action.isEnabled()
    assert "read-only" in leader.window.db_status.text()
    assert [x.role for x in seats.active_seats(ctx.db, ctx.room_clock.now())] == ["leader"]


def test_the_projector_seat_shows_only_the_projector_following_the_room(
        qapp, ui_db, data_dir, feedback, qtbot) -> None:
    from desktop.ui.app import Application, preferences

    clock = FakeClock()
    sid, items = _room(ui_db, clock)
    timing.start_item(ui_db, items[0], clock.now())
    app = Application(ui_db, preferences(), "en", feedback, seat_role="projector")
    app.ctx.clock = clock
    try:
        projector = app.projector_seat.window
        assert projector.isVisible() and not app.window.isVisible()
        assert projector.session_id == sid
        assert projector.item.text() == "Open floor"
        clock.advance(seconds=65)
        timing.pause_item(ui_db, items[0], clock.now())
        app.projector_seat.follow()
        assert projector.item_clock.text() == "Paused · 08:55 left"  # 600 - 65 s
    finally:
        app.close_seat()
        app.window.close()
