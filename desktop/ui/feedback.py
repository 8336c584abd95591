"""How the UI tells people about errors: a readable message, never a traceback.

Tests replace ``Feedback`` to run headless and to check what the user would have been told.
"""
from __future__ import annotations

import logging
import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QMessageBox, QWidget

from ..core.errors import ServerUnreachableError, TingjianError
from ..core.paths import data_dir
from ..core.clock import SYSTEM_CLOCK
from ..core.zone import SYSTEM_ZONE
from desktop.core.msg import is_zh, pick

log = logging.getLogger("tingjian")


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
                buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok) -> QMessageBox:
    """A message box that shows its text as typed: messages quote user text (titles, file
    names, opinions), which a default box would render as rich text."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if buttons == QMessageBox.StandardButton.Ok:  # as the static boxes do: Enter closes it
        box.setDefaultButton(QMessageBox.StandardButton.Ok)
    return box


class Feedback:
    def __init__(self, language: str = "zh") -> None:
        self.language = language
        self.zone = SYSTEM_ZONE  # the display zone, once the application context holds one

    def error(self, parent: QWidget | None, title: str, message: str) -> None:
        message_box(parent, QMessageBox.Icon.Critical, title, message).exec()

    def notice(self, parent: QWidget | None, title: str, message: str) -> None:
        """Something the user should know of what was done (nothing failed)."""
        message_box(parent, QMessageBox.Icon.Information, title, message).exec()

    def ask(self, parent: QWidget | None, title: str, question: str) -> bool:
        box = message_box(parent, QMessageBox.Icon.Question, title, question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def confirm(self, parent: QWidget | None, title: str, message: str, action: str,
                keep: str) -> bool:
        """A question whose yes moves, replaces or discards something. The default button (Enter,
        Escape, closing the window) is ``keep``, which changes nothing; ``action`` names what is
        done and lost and must be pressed deliberately."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        act = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(keep, QMessageBox.ButtonRole.RejectRole)
        act.setAutoDefault(False)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        box.exec()
        return box.clickedButton() is act

    def choose(self, parent: QWidget | None, title: str, message: str,
               choices: list[str], default: int = 0) -> int | None:
        """A question with several answers, one button each; the index of the one pressed, or
        None when the box was closed (Escape, the window's close button)."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        buttons = [box.addButton(c, QMessageBox.ButtonRole.AcceptRole) for c in choices]
        box.setDefaultButton(buttons[default])
        box.setEscapeButton(QMessageBox.StandardButton.NoButton)
        box.exec()
        clicked = box.clickedButton()
        return buttons.index(clicked) if clicked in buttons else None

    def text_input(self, parent: QWidget | None, title: str, label: str,
                   default: str = "", *, secret: bool = False) -> str | None:
        """A line of text, or None when cancelled; ``secret``: typed as dots (a password)."""
        dialog = QInputDialog(parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(default)
        if secret:
            dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        for child in dialog.findChildren(QLabel):  # the label may quote user text
            child.setTextFormat(Qt.TextFormat.PlainText)
        ok = dialog.exec() == QInputDialog.DialogCode.Accepted
        return dialog.textValue() if ok else None

    server_watch = None  # the application's ServerWatch, once there is one

    def domain_error(self, parent: QWidget | None, exc: TingjianError) -> None:
        if isinstance(exc, ServerUnreachableError) and self.server_watch is not None:
            self.server_watch.report(exc)  # the status bar says so until the server answers
        title = "听见" if is_zh(self.language) else "Tingjian"
        self.error(parent, title, exc.text(self.language))


def log_exception(exc: BaseException) -> Path | None:
    """Append ``exc`` with its traceback to ``tingjian.log`` in the data folder (and stderr);
    returns the log's path, or None when it could not be written."""
    record = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    log_path: Path | None = data_dir() / "tingjian.log"
    try:
        log_path.parent.mkdir(parents=True, exist_ok=True)
        with log_path.open("a", encoding="utf-8") as fh:
            fh.write(f"{SYSTEM_CLOCK.now().astimezone().isoformat(timespec='seconds')} {record}\n")
    except OSError:
        log_path = None
    if sys.__stderr__ is not None:
        sys.__stderr__.write(record)
    return log_path


def unexpected(exc: BaseException) -> TingjianError:
    """Log an unexpected exception, then return the calm message the user sees instead."""
    log_path = log_exception(exc)
    where_en = f"\nDetails were written to {log_path}." if log_path else ""
    where_zh = f"\n详细信息已写入 {log_path}。" if log_path else ""
    return TingjianError(
        en="Something unexpected went wrong. Data already saved is not affected." + where_en,
        zh="发生了意外错误。已保存的数据不受影响。" + where_zh)


def install_excepthook(feedback: Feedback) -> None:
    """Unexpected errors are logged to a file; the user sees a calm message, not a traceback."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        watch = getattr(feedback, "server_watch", None)
        if isinstance(exc, ServerUnreachableError) and watch is not None:
            # a view refreshing in the background while the server is away: said once, then
            # shown in the status bar until it answers again, not one box per refresh
            if watch.report(exc):
                feedback.domain_error(None, exc)
            return
        if isinstance(exc, TingjianError):
            feedback.domain_error(None, exc)
            return
        feedback.domain_error(None, unexpected(exc.with_traceback(tb)))

    sys.excepthook = hook
