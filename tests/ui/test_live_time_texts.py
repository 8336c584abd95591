"""What the room reads on the clocks: overruns, pauses, rehearsals, counts, and a clean quit."""
from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.core.live import timing
from desktop.core.services import agenda, people, sessions, turns
from desktop.ui.projector.window import ProjectorWindow


@pytest.fixture
def room(application, qtbot):
    ctx = application.ctx
    session = sessions.create_session(ctx.db, "Riverside forum", ctx.clock.now())
    item = agenda.add_item(ctx.db, session.id, "Open floor", planned_minutes=5)
    window = application.window
    qtbot.addWidget(window)
    window.show()
    window.open_live(session.id)
    qtbot.waitExposed(window)
    return window.live_page, session.id, item.id


def test_an_overrun_reads_over_by_not_a_negative_time(room) -> None:
    page, sid, item = room
    wang = people.create_person(page.ctx.db, "王秀英", "Building 7")
    timing.start_item(page.ctx.db, item, page.ctx.clock.now())
    turn = turns.enqueue(page.ctx.db, sid, person_id=wang.id, time_limit_seconds=60)
    turns.start_turn(page.ctx.db, turn.id, page.ctx.clock.now())
    page.reload()
    page.ctx.clock.advance(minutes=9, seconds=42)  # 4:42 past the 5-minute box, 8:42 past 60 s
    page.tick()
    clock = page.facilitator.item_clock.text()
    assert "over by 04:42" in clock and "-04:42" not in clock and "left" not in clock
    speaker = page.facilitator.speaker_clock.text()
    assert "over by 08:42" in speaker and "-" not in speaker.split("·")[-1]


def test_the_projector_says_paused_and_over_by(room, qtbot) -> None:
    page, sid, item = room
    projector = ProjectorWindow(page.ctx)
    qtbot.addWidget(projector)
    projector.show_session(sid)
    timing.start_item(page.ctx.db, item, page.ctx.clock.now())
    page.ctx.clock.advance(minutes=2)
    projector.refresh()
    assert projector.item_clock.text() == "03:00 left"
    timing.pause_item(page.ctx.db, item, page.ctx.clock.now())
    projector.refresh()
    assert projector.item_clock.text().startswith("Paused")
    timing.resume_item(page.ctx.db, item, page.ctx.clock.now())
    page.ctx.clock.advance(minutes=4, seconds=5)
    projector.refresh()
    assert projector.item_clock.text() == "over by 01:05"


def test_before_the_day_it_is_a_rehearsal_not_a_drift(application, qtbot) -> None:
    ctx = application.ctx
    later = sessions.create_session(ctx.db, "Next month", ctx.clock.now() + timedelta(days=17))
    item = agenda.add_item(ctx.db, later.id, "Open floor", planned_minutes=30)
    window = application.window
    qtbot.addWidget(window)
    window.show()
    window.open_live(later.id)
    page = window.live_page
    timing.start_item(ctx.db, item.id, ctx.clock.now())
    page.reload()
    page.tick()
    text = page.facilitator.drift.text()
    assert "Rehearsal" in text and "ahead" not in text and "behind" not in text
    assert (ctx.clock.now() + timedelta(days=17)).astimezone(ctx.zone).strftime("%Y-%m-%d") in text


@pytest.mark.parametrize("lang, one, two", [
    ("en", "1 person spoke in 1 turn, 0 waiting", "2 people spoke in 2 turns, 1 waiting"),
    ("zh", "1 人发言，共 1 人次，0 人等候", "2 人发言，共 2 人次，1 人等候"),
])
def test_counts_take_their_plural_forms(application, room, lang, one, two) -> None:
    page, sid, item = room
    application.translations.apply(lang)
    db, clock = page.ctx.db, page.ctx.clock
    timing.start_item(db, item, clock.now())
    names = [people.create_person(db, n, "Building 7").id for n in ("王秀英", "李建国", "张伟")]
    first = turns.enqueue(db, sid, person_id=names[0])
    turns.start_turn(db, first.id, clock.now())
    page.reload()
    page.tick()
    assert page.facilitator.stats.text().startswith(one)
    turns.finish(db, first.id, clock.now())
    for pid in names[1:]:
        turns.enqueue(db, sid, person_id=pid)
    second = turns.list_turns(db, sid)[1]
    turns.start_turn(db, second.id, clock.now())
    page.reload()
    page.tick()
    assert page.facilitator.stats.text().startswith(two)


def test_quitting_closes_the_projector_too(room, qtbot) -> None:
    page, sid, _item = room
    page.open_projector()
    projector = page.projector
    assert projector is not None and projector.isVisible()
    page.window().close()
    assert not projector.isVisible()
