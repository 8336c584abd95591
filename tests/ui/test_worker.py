"""Background tasks: results and errors come back to the GUI thread; cancelling leaves nothing."""
from __future__ import annotations

from pathlib import Path

from desktop.core import exports
from desktop.core.demo import create_demo
from desktop.core.errors import Cancelled, TingjianError
from desktop.ui import worker


def _dashboard_bug() -> int:
    counts = {"opinions": 3}
    return counts["opinions"] // len([])  # a bug deep inside background work


def test_result_comes_back(qtbot) -> None:
    done, failed = [], []
    worker.start(lambda: 6 * 7, done.append, failed.append)
    qtbot.waitUntil(lambda: done == [42], timeout=5_000)
    assert failed == []


def test_unexpected_error_is_logged_with_its_traceback_then_told_calmly(qtbot,
                                                                       data_dir: Path) -> None:
    done, failed = [], []
    worker.start(_dashboard_bug, done.append, failed.append)
    qtbot.waitUntil(lambda: len(failed) == 1, timeout=5_000)
    log = data_dir / "tingjian.log"
    record = log.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in record
    assert "_dashboard_bug" in record and "ZeroDivisionError" in record
    message = failed[0]
    assert isinstance(message, TingjianError) and done == []
    for lang in ("en", "zh"):  # calm: where the details are, no traceback, no exception text
        text = message.text(lang)
        assert str(log) in text
        assert "Traceback" not in text and "ZeroDivisionError" not in text
    assert "Data already saved is not affected" in message.text("en")
    assert "已保存的数据不受影响" in message.text("zh")


def test_a_domain_error_is_passed_on_as_it_is_and_not_logged(qtbot, data_dir: Path) -> None:
    failed = []
    refusal = TingjianError(en="Refused.", zh="已拒绝。")

    def refuse() -> None:
        raise refusal

    worker.start(refuse, lambda _r: None, failed.append)
    qtbot.waitUntil(lambda: len(failed) == 1, timeout=5_000)
    assert failed[0] is refusal
    assert not (data_dir / "tingjian.log").exists()


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
