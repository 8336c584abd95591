"""How the UI tells people about errors: a readable message, never a traceback.

Tests replace ``Feedback`` to run headless and to check what the user would have been told.
"""
from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from ..core.errors import TingjianError
from ..core.paths import data_dir
from ..core.msg import is_zh, pick

log = logging.getLogger("tingjian")


class Feedback:
    def __init__(self, language: str = "zh") -> None:
        self.language = language

    def error(self, parent: QWidget | None, title: str, message: str) -> None:
        QMessageBox.critical(parent, title, message)

    def ask(self, parent: QWidget | None, title: str, question: str) -> bool:
        answer = QMessageBox.question(parent, title, question)
        return answer == QMessageBox.StandardButton.Yes

    def text_input(self, parent: QWidget | None, title: str, label: str,
                   default: str = "") -> str | None:
        text, ok = QInputDialog.getText(parent, title, label, text=default)
        return text if ok else None

    def domain_error(self, parent: QWidget | None, exc: TingjianError) -> None:
        title = pick(self.language, en="Tingjian", zh="听见")
        self.error(parent, title, exc.text(self.language))


def install_excepthook(feedback: Feedback) -> None:
    """Unexpected errors are logged to a file; the user sees a calm message, not a traceback."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if isinstance(exc, TingjianError):
            feedback.domain_error(None, exc)
            return
        log_path = data_dir() / "tingjian.log"
        try:
            log_path.parent.mkdir(parents=True, exist_ok=True)
            with log_path.open("a", encoding="utf-8") as fh:
                fh.write("".join(traceback.format_exception(kind, exc, tb)) + "\n")
        except OSError:
            log_path = None  # type: ignore[assignment]
        sys.__stderr__ and traceback.print_exception(kind, exc, tb)
        if is_zh(feedback.language):
            text = "发生了意外错误。已保存的数据不受影响。"
            where = f"详细信息已写入 {log_path}。" if log_path else ""
        else:
            text = "Something unexpected went wrong. Data already saved is not affected."
            where = f"Details were written to {log_path}." if log_path else ""
        feedback.error(None, pick(feedback.language, en="Tingjian", zh="听见"),
                       f"{text}\n{where}")

    sys.excepthook = hook
