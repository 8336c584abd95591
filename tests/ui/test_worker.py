"""Background tasks: results and errors come back to the GUI thread; cancelling leaves nothing."""
from __future__ import annotations

from pathlib import Path

from desktop.core import exports
from desktop.core.demo import create_demo
from desktop.core.errors import Cancelled, TingjianError
from desktop.ui import worker


def test_result_and_unexpected_error_come_back(qtbot) -> None:
    done, failed = [], []
    worker.start(lambda: 6 * 7, done.append, failed.append)
    qtbot.waitUntil(lambda: done == [42], timeout=5_000)
    worker.start(lambda: 1 / 0, done.append, failed.append)
    qtbot.waitUntil(lambda: len(failed) == 1, timeout=5_000)
    assert isinstance(failed[0], TingjianError) and "division by zero" in str(failed[0])


def test_cancelled_export_leaves_no_file(qtbot, ui_db, tmp_path: Path) -> None:
    create_demo(ui_db, "zh")
    data = exports.sheets(ui_db, None, "zh")
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "out.xlsx"
    task = worker.Task(lambda progress: exports.write_xlsx(target, data, progress))
    task.cancel()
    with qtbot.waitSignal(task.signals.failed, timeout=10_000) as blocker:
        worker.QThreadPool.globalInstance().start(task)
    assert isinstance(blocker.args[0], Cancelled)
    assert list((tmp_path / "out").iterdir()) == []  # neither the file nor its .part


def test_export_cancel_button_on_the_follow_up_page(application, qtbot, tmp_path: Path) -> None:
    page = application.window.followup_page
    application.window.create_demo()
    task = page.start_export("json", tmp_path / "all.json")
    assert page.cancel_button.isVisibleTo(page)
    page.cancel_tasks()
    qtbot.waitUntil(lambda: not page._tasks, timeout=10_000)
    assert page.cancel_button.isHidden()
    assert not (tmp_path / "all.json.part").exists()
    assert task.cancelled
