"""The GUI start-up path with faults injected for real. Every dialog is intercepted as the user
would meet it: its message is read, its default button checked, a screenshot taken, then Enter
is pressed, and the database's bytes are compared (sha256) with what they were before."""
from __future__ import annotations

import argparse
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core.backup import make_backup
from desktop.core.db import open_database, resolve_location
from desktop.ui.main_window import MainWindow

from .. import faults
from ..faults import files_of

ODD = "听见 数据 folder"
SHOTS = Path("/tmp")


class Dialogs:
    """Watches for message boxes while the start-up path runs, records each and presses Enter
    (or the button whose text starts with ``press``); once the main window is up it is
    photographed, closed, and the event loop left."""

    def __init__(self, name: str, press: str | None = None) -> None:
        self.name = name
        self.press = press
        self.seen: list[dict] = []
        self.window_rows: int | None = None
        self.status = ""
        # the boxes themselves, kept: an id() of a closed box can be reused by the next one
        self._handled: list[QMessageBox] = []
        self.timer = QTimer(interval=50, timeout=self._poll)
        self.timer.start()

    def _poll(self) -> None:
        if self.window_rows is not None:  # until the event loop has really begun and ended
            QApplication.instance().exit(0)
            return
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible() \
                    and not any(widget is seen for seen in self._handled):
                self._handled.append(widget)
                default = widget.defaultButton()
                self.seen.append({
                    "text": widget.text(),
                    "default": default.text() if default else None,
                    "buttons": [b.text() for b in widget.buttons()],
                    "escape": widget.escapeButton().text() if widget.escapeButton() else None,
                })
                widget.grab().save(str(SHOTS / f"issue15-{self.name}-{len(self.seen)}.png"))
                chosen = next((b for b in widget.buttons() if self.press
                               and b.text().startswith(self.press)), None)
                if chosen is not None:
                    chosen.click()
                else:
                    QTest.keyClick(widget, Qt.Key.Key_Return)
                return
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible() and widget.ctx.ready:
                widget.grab().save(str(SHOTS / f"issue15-{self.name}-window.png"))
                self.window_rows = widget.sessions_page.model.rowCount()
                self.status = widget.db_status.text()
                widget.close()
                return

    def stop(self) -> None:
        self.timer.stop()


@pytest.fixture
def start(qapp, data_dir: Path, monkeypatch):
    """Run the GUI start-up path (``run_gui``) on ``db`` with the dialogs watched."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    watchers: list[Dialogs] = []

    def go(db: str | None, name: str, press: str | None = None) -> tuple[int, Dialogs]:
        from desktop.ui.app import run_gui

        watcher = Dialogs(name, press)
        watchers.append(watcher)
        code = run_gui(argparse.Namespace(db=db, lang="en"))
        watcher.stop()
        for widget in QApplication.topLevelWidgets():  # the process would end here: its timers
            if isinstance(widget, MainWindow):        # must not outlive the test's files
                widget.deleteLater()
        QApplication.processEvents()
        return code, watcher

    yield go
    for watcher in watchers:
        watcher.stop()


def make_demo(path: Path) -> Path:
    return faults.make_demo(path, "en")


damage = faults.damage


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    return make_demo(tmp_path / ODD / "会议 记录.db")


def only_ok(dialog: dict) -> bool:
    return dialog["buttons"] == ["OK"] and dialog["default"] == "OK"


def test_locked_database_is_explained_and_left_alone(start, demo: Path) -> None:
    before = files_of(demo)
    with faults.lock_held(demo, "exclusive"):
        code, dialogs = start(str(demo), "locked")
    assert code == 2
    assert len(dialogs.seen) == 1 and only_ok(dialogs.seen[0])  # nothing to move or restore
    text = dialogs.seen[0]["text"]
    assert "is busy" in text and "not damaged" in text and "damaged (" not in text
    assert files_of(demo) == before
    assert not list(demo.parent.glob("*.damaged-*")) and not list(demo.parent.glob("*.replaced-*"))


def test_full_disk_opens_read_only_and_shows_everything(start, tmp_path: Path, demo: Path,
                                                        monkeypatch) -> None:
    with faults.small_disk(tmp_path / "小 disk") as disk:
        path = disk / demo.name
        shutil.copy(demo, path)
        monkeypatch.setenv("TINGJIAN_DATA_DIR", str(disk / "data"))  # settings on the full disk
        (disk / "data").mkdir()
        faults.fill(disk)
        before = files_of(path)
        code, dialogs = start(str(path), "disk-full")
        assert code == 0
        assert len(dialogs.seen) == 1 and only_ok(dialogs.seen[0])
        text = dialogs.seen[0]["text"]
        assert text.startswith("Opened read-only") and "is full" in text
        assert "already has this database open" not in text
        assert dialogs.window_rows == 1  # the sessions list is there
        assert "read-only" in dialogs.status
        assert files_of(path) == before


def test_read_only_mount_opens_read_only(start, tmp_path: Path, demo: Path) -> None:
    before = files_of(demo)
    with faults.read_only_mount(demo.parent, tmp_path / "ro mount") as mounted:
        code, dialogs = start(str(mounted / demo.name), "read-only-mount")
    assert code == 0 and len(dialogs.seen) == 1 and only_ok(dialogs.seen[0])
    assert "cannot be written" in dialogs.seen[0]["text"]
    assert dialogs.window_rows == 1 and "read-only" in dialogs.status
    assert files_of(demo) == before


def test_damaged_file_enter_keeps_it_and_the_backup(start, demo: Path) -> None:
    backup = make_backup(demo, "start")
    backup_bytes = backup.read_bytes()
    damage(demo)
    before = files_of(demo)
    code, dialogs = start(str(demo), "damaged-restore")
    assert code == 2
    (dialog,) = dialogs.seen
    assert dialog["default"] == "Quit and change nothing" == dialog["escape"]
    action = next(b for b in dialog["buttons"] if b != dialog["default"])
    taken = make_time(backup)
    assert action.startswith("Move aside and restore") and f"changes after {taken} are lost" in action
    assert "integrity_check" in dialog["text"] and f"Changes made after" in dialog["text"]
    assert files_of(demo) == before and backup.read_bytes() == backup_bytes
    assert not list(demo.parent.glob("*.damaged-*"))


def make_time(backup: Path) -> str:
    from desktop.core.backup import describe

    return describe(backup).info.taken_at.astimezone().strftime("%H:%M")


def test_damaged_file_restored_only_on_a_deliberate_press(start, demo: Path) -> None:
    make_backup(demo, "start")
    damage(demo)
    damaged = demo.read_bytes()
    code, dialogs = start(str(demo), "damaged-restored", press="Move aside and restore")
    assert code == 0
    assert dialogs.seen[1]["text"].startswith("Restored the backup taken")
    (aside,) = demo.parent.glob("*.damaged-*.db")
    assert aside.read_bytes() == damaged  # the damaged file is kept, byte for byte
    assert dialogs.window_rows == 1


def test_damaged_without_backup_enter_starts_nothing_empty(start, demo: Path) -> None:
    damage(demo)
    before = files_of(demo)
    code, dialogs = start(str(demo), "damaged-no-backup")
    assert code == 2
    (dialog,) = dialogs.seen
    assert dialog["default"] == "Quit and change nothing"
    assert "Move aside and start empty (all its data is left behind)" in dialog["buttons"]
    assert files_of(demo) == before


def test_damaged_file_open_in_another_process_is_not_offered_for_moving(start, demo) -> None:
    make_backup(demo, "start")
    damage(demo)
    before = files_of(demo)
    with faults.lock_held(demo, "plain"):
        code, dialogs = start(str(demo), "damaged-in-use")
    assert code == 2
    (dialog,) = dialogs.seen
    assert only_ok(dialog) and "Another program has the file open" in dialog["text"]
    assert files_of(demo) == before


def test_zero_byte_file_is_used_only_when_asked(start, tmp_path: Path) -> None:
    empty = tmp_path / ODD / "空的.db"
    empty.parent.mkdir()
    empty.write_bytes(b"")
    code, dialogs = start(str(empty), "zero-byte")
    assert code == 2
    (dialog,) = dialogs.seen
    assert dialog["default"] == "Quit and change nothing"
    assert "Start a new database in this file" in dialog["buttons"]
    assert "is empty" in dialog["text"]
    assert empty.read_bytes() == b"" and os.listdir(empty.parent) == [empty.name]


def test_missing_file_given_with_db_is_made_only_when_asked(start, tmp_path: Path) -> None:
    missing = tmp_path / ODD / "new one.db"
    code, dialogs = start(str(missing), "missing")
    assert code == 2
    (dialog,) = dialogs.seen
    assert dialog["default"] == "Quit and change nothing"
    assert "Create a new database" in dialog["buttons"]
    assert not missing.exists() and not missing.parent.exists()
    from desktop.ui import settings as S
    from desktop.ui.app import preferences

    preferences().set(S.DEMO_OFFERED, True)  # the rows counted are the new file's, not a demo's
    code, dialogs = start(str(missing), "missing-created", press="Create a new database")
    assert code == 0 and missing.exists() and dialogs.window_rows == 0


def test_empty_alembic_version_is_explained(start, demo: Path) -> None:
    conn = sqlite3.connect(demo)
    conn.execute("DELETE FROM alembic_version")
    conn.commit()
    conn.close()
    before = files_of(demo)
    code, dialogs = start(str(demo), "unstamped")
    assert code == 2
    (dialog,) = dialogs.seen
    assert only_ok(dialog) and "alembic_version" in dialog["text"]
    assert "already exists" not in dialog["text"]
    assert files_of(demo) == before


def test_first_start_in_an_empty_data_folder_needs_no_question(start, data_dir: Path) -> None:
    code, dialogs = start(None, "first-start", press="No")  # the demo offer is declined
    assert code == 0 and (data_dir / "tingjian.db").exists()
    assert all("database" not in d["text"].lower() or "demo" in d["text"] for d in dialogs.seen)


HOLDER = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QCoreApplication
    from desktop.core.location import resolve_location
    from desktop.ui.single_instance import SingleInstance
    app = QCoreApplication([])
    inst = SingleInstance(resolve_location(sys.argv[1], sys.argv[1]))
    print("locked" if inst.acquire() else "refused", flush=True)
    inst.activate_requested.connect(lambda: print("activated", flush=True))
    app.exec()
""")


def test_one_instance_per_file_whatever_names_it(start, demo: Path, tmp_path: Path,
                                                 monkeypatch) -> None:
    elsewhere = tmp_path / "其他 folder"
    elsewhere.mkdir()
    link = elsewhere / "link.db"
    os.link(demo, link)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(demo)], stdout=subprocess.PIPE,
                              text=True, cwd=Path(__file__).resolve().parents[2])
    try:
        assert holder.stdout.readline().strip() == "locked"
        monkeypatch.chdir(demo.parent)
        for name, db in (("hard link", str(link)), ("relative", demo.name),
                         ("url", f"sqlite:///{demo.name}")):
            code, dialogs = start(db, "instance")
            assert code == 0, name
            assert dialogs.seen == [] and dialogs.window_rows is None, name  # no second window
            assert holder.stdout.readline().strip() == "activated", name
        monkeypatch.setenv("TINGJIAN_DATA_DIR", str(tmp_path / "another data dir"))
        code, dialogs = start(str(demo), "instance")
        assert code == 0 and dialogs.window_rows is None
        assert holder.stdout.readline().strip() == "activated"
    finally:
        holder.send_signal(signal.SIGKILL)  # a killed owner leaves its lock behind ...
        holder.wait()
    code, dialogs = start(str(link), "after-kill")  # ... which never blocks
    assert code == 0 and dialogs.window_rows == 1


def _live_application(db, feedback):
    from desktop.ui.app import Application, preferences

    application = Application(db, preferences(), "en", feedback)
    page = application.window.live_page
    session_id = application.window.sessions_page.model.row_at(0).id
    page.show_session(session_id)
    return application, page


def test_capture_on_a_full_disk_keeps_the_text_as_a_draft_elsewhere(qapp, tmp_path: Path, demo,
                                                                    monkeypatch) -> None:
    from desktop.core.live.drafts import DraftStore

    from .conftest import RecordingFeedback

    typed = "磁盘满了也不能丢：路灯坏了三个月"
    with faults.small_disk(tmp_path / "disk") as disk:
        path = disk / demo.name
        shutil.copy(demo, path)
        monkeypatch.setenv("TINGJIAN_DATA_DIR", str(disk / "data"))
        (disk / "data").mkdir()
        faults.fill(disk)
        before = files_of(path)
        db = open_database(resolve_location(path, path), read_only_ok=True)
        application, page = _live_application(db, RecordingFeedback("en"))
        try:
            page.secretary.text.setPlainText(typed)
            assert page.save_opinion() is False
            hint = page.secretary.hint.text()
            assert "read-only" in hint and "is full" in hint
            assert page.secretary.text.toPlainText() == typed  # nothing typed is lost
            page.save_draft()
            page.drafts.flush()
            page.save_draft()  # the hint says where the draft went
            assert page.drafts.elsewhere is not None
            assert not page.drafts.elsewhere.is_relative_to(disk)
            assert "kept in" in page.secretary.hint.text()
            again = DraftStore(page.session_id)  # after a restart, the draft is found
            assert again.load()["text"] == typed
            again.clear()
        finally:
            application.window.close()
            application.window.deleteLater()
            db.close()
        assert files_of(path) == before


def test_capture_after_the_folder_was_deleted_keeps_the_text(qapp, tmp_path: Path, data_dir,
                                                             demo) -> None:
    from .conftest import RecordingFeedback

    db = open_database(resolve_location(demo, demo))
    application, page = _live_application(db, RecordingFeedback("en"))
    try:
        shutil.rmtree(demo.parent)
        page.secretary.text.setPlainText("文件夹被删了")
        assert page.save_opinion() is False
        assert "no longer there" in page.secretary.hint.text()
        assert page.secretary.text.toPlainText() == "文件夹被删了"
        assert not demo.parent.exists()  # nothing was made in its place
        page.save_draft()
        page.drafts.flush()
        assert "文件夹被删了" in page.drafts.path.read_text(encoding="utf-8")
    finally:
        application.window.close()
        application.window.deleteLater()
        db.close()
