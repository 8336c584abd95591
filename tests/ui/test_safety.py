"""Automatic backups, one instance per database, recovery offered at start."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from desktop.core.backup import list_backups, make_backup
from desktop.core.db import open_database, resolve_location
from desktop.core.demo import create_demo
from desktop.core.paths import backups_dir
from desktop.core.changes import Change, Entity
from desktop.ui.bus import DataBus

from .conftest import RecordingFeedback


def test_backups_only_when_something_changed(qtbot, tmp_path: Path) -> None:
    from desktop.ui.backups import BackupScheduler

    path = tmp_path / "t.db"
    open_database(resolve_location(path, path)).close()
    bus = DataBus()
    scheduler = BackupScheduler(path, bus, interval_ms=3_600_000)
    scheduler.periodic()
    scheduler.pool.waitForDone()
    assert list_backups(backups_dir(path)) == []
    bus.announce(Change(Entity.OPINION, (1,)))
    with qtbot.waitSignal(scheduler.backed_up, timeout=10_000) as blocker:
        scheduler.periodic()
    assert Path(blocker.args[0]).name.endswith("-periodic.db")
    bus.announce(Change(Entity.OPINION, (2,)))
    scheduler.on_close()
    reasons = sorted(b.reason for b in list_backups(backups_dir(path)))
    assert reasons == ["close", "periodic"]


def test_second_instance_asks_the_first_to_come_forward(qtbot) -> None:
    from desktop.ui.single_instance import SingleInstance

    first = SingleInstance("/data/tingjian.db")
    assert first.acquire()
    second = SingleInstance("/data/tingjian.db")
    assert not second.acquire()
    with qtbot.waitSignal(first.activate_requested, timeout=5_000):
        assert second.ask_running_instance()
    other = SingleInstance("/elsewhere/tingjian.db")
    assert other.acquire()  # another database is not blocked
    other.release()
    first.release()
    assert second.acquire()
    second.release()


def test_lock_of_a_killed_process_does_not_block(data_dir: Path) -> None:
    code = textwrap.dedent("""
        import sys, time
        from PySide6.QtCore import QCoreApplication
        from desktop.ui.single_instance import SingleInstance
        app = QCoreApplication([])
        inst = SingleInstance("/data/killed.db")
        print("locked" if inst.acquire() else "refused", flush=True)
        time.sleep(60)
    """)
    env = {**os.environ, "TINGJIAN_DATA_DIR": str(data_dir)}
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                            env=env, cwd=Path(__file__).resolve().parents[2])
    assert proc.stdout.readline().strip() == "locked"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    from desktop.ui.single_instance import SingleInstance

    after = SingleInstance("/data/killed.db")
    assert after.acquire()
    after.release()


def test_damaged_database_offers_the_newest_good_backup(qapp, tmp_path: Path) -> None:
    from desktop.ui.app import _open

    path = tmp_path / "tingjian.db"
    db = open_database(resolve_location(path, path))
    create_demo(db, "en")
    db.close()
    make_backup(path, "start")
    data = bytearray(path.read_bytes())
    data[4096:] = bytes((b * 7 + 13) % 256 for b in data[4096:])
    path.write_bytes(bytes(data))
    feedback = RecordingFeedback("en", answer=True)
    reopened = _open(resolve_location(path, path), feedback)
    assert reopened is not None
    assert "restore the backup taken" in feedback.questions[0]
    assert feedback.errors and feedback.errors[0].startswith("Restored the backup taken")
    assert reopened.check(full=True) == ["ok"]
    reopened.close()
    assert list(tmp_path.glob("tingjian.damaged-*.db"))


def test_refusing_recovery_changes_nothing(qapp, tmp_path: Path) -> None:
    from desktop.ui.app import _open

    path = tmp_path / "tingjian.db"
    open_database(resolve_location(path, path)).close()
    data = bytearray(path.read_bytes())
    data[4096:] = bytes((b * 7 + 13) % 256 for b in data[4096:])
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    feedback = RecordingFeedback("zh", answer=False)
    assert _open(resolve_location(path, path), feedback) is None
    assert "没有可用的备份" in feedback.questions[0]
    assert path.read_bytes() == before


def test_missing_resources_fall_back_to_english(qapp, monkeypatch, tmp_path: Path) -> None:
    from desktop.ui import i18n

    monkeypatch.setattr(i18n, "resources_dir", lambda: tmp_path / "missing")
    translations = i18n.Translations()
    assert translations.apply("zh") is False
    assert translations.apply("en") is True


def test_restore_from_settings_shows_contents_then_replaces(application, feedback) -> None:
    from desktop.core.services import opinions, sessions

    window = application.window
    window.create_demo()
    panel = window.settings_page.backups
    panel.backup_now()
    assert panel.model.rowCount() == 1
    session_id = window.sessions_page.model.row_at(0).id
    opinions.create_opinion(application.ctx.db, session_id, "written after the backup")
    assert window.sessions_page.model.row_at(0).opinions == 7
    panel.table.selectRow(0)
    feedback.answer = False
    panel.restore_selected()
    assert "It holds 1 sessions, 6 opinions and 3 commitments" in feedback.questions[-1]
    assert len(opinions.list_opinions(application.ctx.db, session_id)) == 7  # refused: unchanged
    feedback.answer = True
    panel.restore_selected()
    assert len(opinions.list_opinions(application.ctx.db, session_id)) == 6
    assert window.sessions_page.model.row_at(0).opinions == 6  # every view was told
    assert "The replaced database was kept as" in feedback.errors[-1]
    assert sessions.count_sessions(application.ctx.db) == 1
