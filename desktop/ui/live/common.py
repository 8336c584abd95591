"""Small pieces shared by the live panels and the projector: plain labels, times, colours."""
from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

PLAIN = Qt.TextFormat.PlainText
LIST_CHARS = 200  # text in lists and tables is shortened; the editor shows all of it

LEVEL_STYLE = {
    "normal": "",
    "warning": "background:#ffb300; color:#000000;",
    "over": "background:#c62828; color:#ffffff;",
}


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that never interprets its text as HTML (opinions may contain markup)."""
    label = QLabel(parent)
    label.setTextFormat(PLAIN)
    label.setText(text)
    return label


def clock_text(seconds: float | None) -> str:
    """mm:ss, with a minus sign once the time box is exceeded; h:mm:ss past an hour."""
    if seconds is None:
        return "—"
    sign = "-" if seconds < 0 else ""
    total = int(abs(seconds) + (0.999 if seconds > 0 else 0))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours}:{minutes:02}:{secs:02}" if hours else f"{sign}{minutes:02}:{secs:02}"


def is_over(seconds: float | None) -> bool:
    """Whether a countdown ran past its time box (then it reads "over by", not "left -")."""
    return seconds is not None and seconds < 0


def one_line(text: str, limit: int = LIST_CHARS) -> str:
    """First ``limit`` characters on one line, for lists; the rest is elided."""
    head = text[: limit + 1]
    flat = " ".join(head.split())
    return flat if len(text) <= limit and len(flat) <= limit else flat[:limit] + "…"


def set_level(label: QLabel, level: str) -> None:
    if label.property("level") != level:
        label.setProperty("level", level)
        label.setStyleSheet(LEVEL_STYLE.get(level, ""))


BIG_TEXT = 20_000
WORD_WRAP = QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
ANYWHERE = QTextOption.WrapMode.WrapAnywhere


class PlainEdit(QPlainTextEdit):
    """A plain-text editor that stays responsive with huge text: Qt's word wrapping is
    quadratic on a long run without break opportunities (1 MB of "x" took minutes), so past
    ``BIG_TEXT`` characters it wraps anywhere, which is linear."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrapMode(WORD_WRAP)

    def _fit(self, incoming: int) -> None:
        big = incoming + self.document().characterCount() > BIG_TEXT
        mode = ANYWHERE if big else WORD_WRAP
        if self.wordWrapMode() != mode:
            self.setWordWrapMode(mode)

    def setPlainText(self, text: str) -> None:  # noqa: N802
        if len(text) > BIG_TEXT:  # wrap anywhere before the big text is laid out
            self.setWordWrapMode(ANYWHERE)
            super().setPlainText(text)
        else:  # and drop the big text before going back to word wrapping
            super().setPlainText(text)
            if self.wordWrapMode() != WORD_WRAP:
                self.setWordWrapMode(WORD_WRAP)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802
        self._fit(len(source.text()))
        super().insertFromMimeData(source)
