"""The first screen: the sessions list read straight from the file and usable at once, while
the database layer loads off the GUI thread; what the user asks for meanwhile waits for it."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.core import peek
from desktop.core.db import open_database, resolve_location
from desktop.core.demo import create_demo
from desktop.core.services import opinions, sessions

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 23, 8, tzinfo=UTC)


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    path = tmp_path / "filled.db"
    db = open_database(resolve_location(path, path))
    create_demo(db, "zh", now=NOW)
    other = sessions.create_session(db, "Second forum", datetime(2026, 10, 1, 1, tzinfo=UTC))
    removed = opinions.create_opinion(db, other.id, "Later removed")
    opinions.create_opinion(db, other.id, "Stays")
    opinions.remove_opinion(db, removed.id, "Duplicate")  # removed ones are not counted
    db.close()
    return path


def test_peek_reads_what_the_service_reads(filled: Path) -> None:
    db = open_database(resolve_location(filled, filled))
    try:
        expected = sessions.list_session_rows(db)
    finally:
        db.close()
    rows = peek.peek_session_rows(filled)
    assert rows == expected
    assert len(rows) == 2 and rows[0].commitments > 0 and rows[0].starts_at.tzinfo is not None
    assert rows[1].title == "Second forum" and rows[1].opinions == 1


def test_peek_declines_what_needs_the_full_open(tmp_path: Path, filled: Path) -> None:
    assert peek.peek_session_rows(None) is None  # a server database
    assert peek.peek_session_rows(tmp_path / "missing.db") is None  # created by the full open
    older = tmp_path / "older.db"
    older.write_bytes(filled.read_bytes())
    with sqlite3.connect(older) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0001'")  # needs a migration
    assert peek.peek_session_rows(older) is None
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE t (x)")
    assert peek.peek_session_rows(foreign) is None
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    assert peek.peek_session_rows(junk) is None


def test_the_first_screen_loads_no_database_layer(filled: Path, tmp_path: Path) -> None:
    """Building the window with the peeked list must not import SQLAlchemy or SQLModel: that
    is the second of start-up the first screen does without."""
    script = (
        "import sys, pathlib\n"
        "from desktop.ui.startup import make_app\n"
        "from desktop.ui.app import Application, preferences\n"
        "from desktop.core.peek import peek_session_rows\n"
        "app = make_app()\n"
        f"rows = peek_session_rows(pathlib.Path({str(filled)!r}))\n"
        "application = Application(None, preferences(), 'zh', rows=rows)\n"
        "application.window.show(); app.processEvents()\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'sqlmodel',"
        " 'pydantic', 'alembic'))\n"
        "print(application.window.sessions_page.model.rowCount(), bad[:5])\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TINGJIAN_DATA_DIR": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=60, check=True).stdout.strip().splitlines()[-1]
    assert out == "2 []"


def test_start_up_shows_the_list_before_the_database_opens(filled: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TINGJIAN_STARTUP_PROBE": "1",
           "TINGJIAN_DATA_DIR": str(tmp_path)}
    out = subprocess.run([sys.executable, "-m", "desktop", "--db", str(filled)], cwd=ROOT,
                         env=env, capture_output=True, text=True, timeout=60, check=True).stdout
    marks = json.loads(out.strip().splitlines()[-1])
    assert marks["first_paint"] <= marks["interactive"] <= marks["ready"]
    assert marks["sessions"] == 2
    assert "longest_stall_ms" in marks


@pytest.fixture
def staged(qapp, filled: Path, data_dir, feedback):
    """An application whose database is not attached yet, as in the first second of a start."""
    from desktop.ui.app import Application, preferences

    application = Application(None, preferences(), "en", feedback,
                              rows=peek.peek_session_rows(filled))
    db = open_database(resolve_location(filled, filled))
    yield application, db
    application.window.close()
    application.ctx.close()


def test_actions_wait_for_the_database_and_then_run(staged, qtbot) -> None:
    application, db = staged
    window = application.window
    qtbot.addWidget(window)
    window.show()
    page = window.sessions_page
    assert page.model.rowCount() == 2 and not application.ctx.ready
    assert "Opening the database" in window.statusBar().currentMessage()
    page.table.selectRow(1)
    chosen = page.model.row_at(1).id
    window.page_actions[window.FOLLOW_UP].trigger()  # asked for before the database is open
    assert window.stack.currentWidget() is page
    page.session_chosen.emit(chosen)  # double-click: open it on the Live page
    application.attach(db)
    assert window.stack.currentWidget() is window.live_page  # the last request wins the screen
    assert window.live_page.session_id == chosen
    assert page.current_session_id() == chosen  # the refresh kept the selection
    assert "Opening the database" not in window.statusBar().currentMessage()
    assert window.db_status.text().endswith(str(db.location.path))


def test_a_damaged_file_found_after_the_list_is_shown_offers_recovery(
        filled: Path, tmp_path: Path, data_dir, feedback) -> None:
    from desktop.core.errors import DamagedDatabaseError
    from desktop.ui.app import _recover

    data = bytearray(filled.read_bytes())  # damaged after the list was read ahead
    data[4096:] = bytes((b * 7 + 13) % 256 for b in data[4096:])
    filled.write_bytes(bytes(data))
    feedback.answer = False  # the user declines: nothing is moved, nothing opened
    exc = DamagedDatabaseError(en="damaged", zh="已损坏")  # no verdict: the file is looked at again
    assert _recover(resolve_location(filled, filled), feedback, exc) is None
    assert feedback.questions and "integrity_check" in feedback.questions[0]
    assert filled.read_bytes() == bytes(data)
