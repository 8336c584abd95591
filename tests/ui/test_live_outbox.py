"""The Live list while the server cannot be reached: an opinion typed then is kept on the
laptop, listed as "saved on this laptop, waiting for the server", and saved by the background
retry once the server answers again (then listed as saved)."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.core.errors import ServerUnreachableError
from desktop.core.live import outbox as outbox_mod
from desktop.core.live.outbox import Outbox
from desktop.core.models import Opinion
from desktop.core.services import sessions


class _Server:
    """Stands in for the network: while ``down`` every capture is refused as psycopg's would be."""

    def __init__(self) -> None:
        self.down = True
        self.real = outbox_mod.capture_opinion

    def __call__(self, *args, **kwargs):  # noqa: ANN002, ANN003, ANN204
        if self.down:
            raise ServerUnreachableError(en="Cannot reach the database server", zh="无法连接数据库服务器")
        return self.real(*args, **kwargs)


@pytest.fixture
def offline(request, monkeypatch, tmp_path: Path, qtbot):
    box = Outbox(tmp_path / "outbox.sqlite")
    monkeypatch.setattr(outbox_mod, "outbox_for", lambda db: box)  # as for a server
    server = _Server()
    monkeypatch.setattr(outbox_mod, "capture_opinion", server)
    application = request.getfixturevalue("application")
    ctx = application.ctx
    session = sessions.create_session(ctx.db, "楼道议事会", ctx.clock.now())
    window = application.window
    qtbot.addWidget(window)
    window.show()
    window.open_live(session.id)
    qtbot.waitExposed(window)
    return application, window.live_page, session.id, box, server


def _type(qtbot, page, text: str) -> None:  # noqa: ANN001
    page.secretary.focus_text()
    page.secretary.text.setPlainText(text)  # keyClicks types ASCII only
    qtbot.keyClick(page.secretary.text, Qt.Key.Key_Return)


def _stored(db) -> list[str]:  # noqa: ANN001
    with db.read() as s:
        return list(s.execute(select(Opinion.text).order_by(Opinion.id)).scalars())


def test_typed_while_away_is_listed_as_waiting_then_saved(offline, qtbot, tmp_path) -> None:
    application, page, sid, box, server = offline
    page.sender.timer.stop()  # the test says when the retry runs
    _type(qtbot, page, "电梯坏了三天")
    _type(qtbot, page, "Bench by the river")
    s = page.secretary
    assert s.text.toPlainText() == ""  # kept: the form is free for the next opinion
    assert [r.preview for r in s.rows] == ["Bench by the river", "电梯坏了三天"]
    assert all(r.queued for r in s.rows)
    assert s.model.index(0, 3).data() == "【waiting】Bench by the river"
    assert "2 opinion(s) saved on this laptop, waiting for the server" in s.hint.text()
    assert page.undo_stack.count() == 0  # nothing on the server to undo yet
    assert [e.fields["text"] for e in box.entries()] == ["电梯坏了三天", "Bench by the river"]
    assert _stored(application.ctx.db) == []
    page.window().resize(1280, 800)
    page.window().grab().save(str(tmp_path / "live-queued-en.png"))
    application.switch_language("zh")
    _type(qtbot, page, "路灯不亮")
    assert s.model.index(0, 3).data() == "【等待服务器】路灯不亮"
    assert "3 条意见已保存在本机，等待服务器" in s.hint.text()
    page.window().grab().save(str(tmp_path / "live-queued-zh.png"))
    application.switch_language("en")

    page.sender.try_send()  # the server is still away: nothing lost, still waiting
    qtbot.waitUntil(lambda: page.sender.task is None, timeout=10_000)
    assert len(box.entries()) == 3 and all(r.queued for r in s.rows)

    server.down = False
    page.sender.try_send()
    qtbot.waitUntil(lambda: page.sender.task is None and not any(r.queued for r in s.rows),
                    timeout=10_000)
    assert _stored(application.ctx.db) == ["电梯坏了三天", "Bench by the river", "路灯不亮"]
    assert [r.preview for r in s.rows] == ["路灯不亮", "Bench by the river", "电梯坏了三天"]
    assert all(r.id > 0 for r in s.rows) and box.entries() == []
    assert "server is back" in s.hint.text()
    _type(qtbot, page, "Saved at once")  # the server answers: straight to the database
    assert _stored(application.ctx.db)[-1] == "Saved at once"
    assert page.undo_stack.count() == 1


def test_an_outbox_left_by_the_last_run_is_sent_at_start(request, monkeypatch, tmp_path,
                                                        qtbot, ui_db) -> None:
    sid = sessions.create_session(ui_db, "Forum", sessions_now()).id
    box = Outbox(tmp_path / "outbox.sqlite")
    box.add(sid, {"text": "kept from yesterday"}, sessions_now())
    monkeypatch.setattr(outbox_mod, "outbox_for", lambda db: box)
    application = request.getfixturevalue("application")
    sender = application.window.outbox_sender
    qtbot.waitUntil(lambda: sender.task is None and not box.entries(), timeout=10_000)
    assert _stored(application.ctx.db) == ["kept from yesterday"]


def sessions_now():  # noqa: ANN201
    from desktop.core.clock import SYSTEM_CLOCK

    return SYSTEM_CLOCK.now()
