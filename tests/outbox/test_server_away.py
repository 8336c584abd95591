"""The server goes away and comes back while the application runs, or is away when it
starts: what is read says so in the user's words, once, and everything comes back by itself.

Against a private PostgreSQL server (``private_pg.py``) that the tests stop and start.
"""
from __future__ import annotations

import queue
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.core.changes import Change, Entity
from desktop.core.db import open_database, resolve_location
from desktop.core.errors import ServerUnreachableError
from desktop.core.feed import ChangeFeed
from desktop.core.services import sessions

from ..ui.conftest import RecordingFeedback
from . import private_pg
from .conftest import pytestmark_server
from .test_server_restart import RAW

START = datetime(2026, 12, 18, 1, 0, tzinfo=UTC)
WAIT = 30

pytestmark = pytestmark_server


def _url(pg: private_pg.PrivateServer) -> str:
    return pg.url.replace("postgresql://", "postgresql+psycopg://")


def _raw_free(text: str) -> None:
    for word in (*RAW, "psycopg", "sqlalchemy", "OperationalError", "Traceback"):
        assert word.lower() not in text.lower(), text


def test_a_read_while_the_server_is_away_says_so_in_the_users_words(server) -> None:
    db = open_database(resolve_location(_url(server), None))
    try:
        row = sessions.create_session(db, "Forum", START)
        server.stop()
        with pytest.raises(ServerUnreachableError) as caught:
            sessions.get_session(db, row.id)
        for lang in ("en", "zh"):
            _raw_free(caught.value.text(lang))
        assert "postgresql://" in caught.value.text("en")  # where, without the driver's name
        server.start()
        assert sessions.get_session(db, row.id).title == "Forum"  # back by itself
    finally:
        db.close()


def test_the_feed_hears_other_seats_again_after_the_server_restarted(server) -> None:
    where = resolve_location(_url(server), None)
    listener, writer = open_database(where), open_database(where)
    heard: queue.Queue[Change] = queue.Queue()
    listener.subscribe(heard.put)
    feed = ChangeFeed(listener, poll_seconds=0.05).start()
    try:
        assert feed.ready.wait(WAIT)
        first = sessions.create_session(writer, "Before", START)
        assert heard.get(timeout=WAIT).ids == (first.id,)
        server.stop()
        feed.ready.clear()
        server.start()
        # a change committed before the feed listens again is covered by its "everything"
        assert feed.ready.wait(WAIT)
        # the writer's pool held connections to the old server: the first use may fail
        deadline = time.monotonic() + WAIT
        while True:
            try:
                after = sessions.create_session(writer, "After", START)
                break
            except ServerUnreachableError:
                assert time.monotonic() < deadline
                time.sleep(0.2)
        seen = []
        while not any(c.ids == (after.id,) for c in seen):
            seen.append(heard.get(timeout=WAIT))
        # what was committed while it was away is not known: it said "everything", first
        assert seen[0].entity is Entity.ALL and not seen[0].local
    finally:
        feed.stop()
        listener.close()
        writer.close()


def test_the_window_tells_once_and_recovers_by_itself(server, qtbot, tmp_path,
                                                     monkeypatch) -> None:
    from desktop.ui import feedback as feedback_module
    from desktop.ui.app import Application
    from desktop.ui import settings as S

    monkeypatch.setenv("TINGJIAN_DATA_DIR", str(tmp_path))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    db = open_database(resolve_location(_url(server), None))
    session = sessions.create_session(db, "Forum", START)
    shown = RecordingFeedback("en")  # the translators it installs stay for the next tests
    feedback_module.install_excepthook(shown)
    app = Application(db, S.Preferences(tmp_path / "settings.ini"), "en", shown)
    qtbot.addWidget(app.window)
    heard: list[Change] = []
    app.ctx.bus.changed.connect(heard.append)
    try:
        app.window.show()
        app.window.open_live(session.id)
        server.stop()
        for _ in range(3):  # views refreshing again and again while it is away
            app.ctx.bus.announce(Change(Entity.ALL))
            qtbot.wait(300)
        assert len(shown.errors) == 1, shown.errors
        _raw_free(shown.errors[0])
        assert "Cannot reach the database server" in shown.errors[0]
        assert app.server_notice.isVisible()
        server.start()
        qtbot.waitUntil(lambda: not app.server_notice.isVisible(), timeout=WAIT * 1000)
        assert any(c.entity is Entity.ALL and not c.local for c in heard)  # every view reads again
        assert len(shown.errors) == 1
    finally:
        app.close_seat()
        app.ctx.close()


def test_a_server_away_at_start_offers_again_this_laptop_or_quit(server, tmp_path,
                                                                monkeypatch) -> None:
    from desktop.ui.recovery import open_or_explain

    monkeypatch.setenv("TINGJIAN_DATA_DIR", str(tmp_path))
    where = resolve_location(_url(server), None)
    open_database(where).close()
    server.stop()

    quitting = RecordingFeedback("en")
    quitting.choices = [2]
    assert open_or_explain(where, quitting) is None
    assert len(quitting.questions) == 1 and "Try again" in quitting.actions[0]
    _raw_free(quitting.questions[0])

    local = RecordingFeedback("en")
    local.choices = [0, 1]  # try again (still away), then this laptop's own database
    db = open_or_explain(where, local)
    try:
        assert db is not None and db.location.path is not None
        assert Path(db.location.path).parent == tmp_path
        assert len(local.questions) == 2
    finally:
        db.close()

    again = RecordingFeedback("en")
    again.choices = [0]
    server.start()
    db = open_or_explain(where, again)
    try:
        assert db is not None and db.location.path is None
    finally:
        db.close()
