"""The projector: a separate full-screen window for the room, large high-contrast type.

It shows only what the public minutes may show (``core.live.board`` anonymises and masks);
the facilitator chooses the parts and blanks it with B. While the report-back item runs it can
show the series' earlier commitments instead (Ctrl+Shift+R), then return to the normal view.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QLabel, QStackedLayout, QVBoxLayout, QWidget

from ...core.live.board import Board, build_board
from ...core.live.report_board import build_report_board
from ...core.services.report_back import COMPLETED, OPEN_GROUP, OVERDUE
from ...core.zone import format_date
from .. import labels as vocabulary
from .. import settings as S
from ..context import AppContext
from ...core.live import timing
from ..live.common import clock_text, is_over, one_line, plain_label, set_level
from ..qtutils import add_shortcuts

STYLE = """
QWidget#projector { background: #000000; }
QLabel { color: #ffffff; }
QLabel#projTitle { color: #ffd54f; }
QLabel#projNext, QLabel#projOpinions { color: #e0e0e0; }
QLabel#projReportHeading { color: #ffd54f; }
QLabel#projReportGroup { color: #80deea; }
QLabel#projReportAccount { color: #c5e1a5; }
"""


def _font(points: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    return font


class ProjectorWindow(QWidget):
    blank_changed = Signal(bool)
    report_changed = Signal(bool)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.ctx = ctx
        self.session_id: int | None = None
        self.blanked = False
        self.reporting = False
        self.board: Board | None = None
        self.setObjectName("projector")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.sizes: dict[QLabel, tuple[int, bool]] = {}
        self.title = self._label("projTitle", 36, True)
        self.item = self._label("projItem", 30, True)
        self.item_clock = self._label("projItemClock", 60, True)
        self.speaker = self._label("projSpeaker", 34, True)
        self.speaker_clock = self._label("projSpeakerClock", 54, True)
        self.next = self._label("projNext", 24)
        self.opinions = self._label("projOpinions", 20)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(48, 32, 48, 32)
        for label in (self.title, self.item, self.item_clock, self.speaker, self.speaker_clock,
                      self.next, self.opinions):
            column.addWidget(label)
        column.addStretch(1)
        self.blank = QWidget()
        self.report_title = self._label("projTitle", 32, True)
        self.report_heading = self._label("projReportHeading", 30, True)
        self.report_lines: list[QLabel] = []  # one per group heading and per commitment
        self._report_shown: tuple = ()
        self.report = QWidget()
        self.report_column = QVBoxLayout(self.report)
        self.report_column.setContentsMargins(48, 32, 48, 32)
        for label in (self.report_title, self.report_heading):
            self.report_column.addWidget(label)
        self.report_column.addStretch(1)
        self.stack = QStackedLayout(self)
        self.stack.addWidget(content)
        self.stack.addWidget(self.blank)
        self.stack.addWidget(self.report)
        add_shortcuts(self, (("Escape", self.close), ("Ctrl+Shift+B", self.toggle_blank),
                             ("Ctrl+Shift+R", self.toggle_report_back)),
                      Qt.ShortcutContext.WindowShortcut)
        self.resize(1280, 720)
        self.retranslate()

    def _label(self, name: str, points: int, bold: bool = False) -> QLabel:
        label = plain_label()
        label.setObjectName(name)
        label.setFont(_font(points, bold))
        self.sizes[label] = (points, bold)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return label

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802
        if event.key() == Qt.Key.Key_B and not event.modifiers():
            self.toggle_blank()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        """Type grows with the screen: sizes are for 1280×720 and scale from there."""
        scale = max(0.5, min(self.width() / 1280, self.height() / 720))
        for label, (points, bold) in self.sizes.items():
            label.setFont(_font(max(8, round(points * scale)), bold))
        super().resizeEvent(event)

    def labels(self) -> list[QLabel]:
        return [self.title, self.item, self.item_clock, self.speaker, self.speaker_clock,
                self.next, self.opinions, self.report_title, self.report_heading, *self.report_lines]

    def show_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self.refresh()

    def show_on_screen(self) -> None:
        """Full screen on the chosen screen (by default the last one: usually the projector)."""
        screens = QGuiApplication.screens()
        index = self.ctx.prefs.get(S.PROJECTOR_SCREEN)
        screen = screens[index] if 0 <= index < len(screens) else screens[-1]
        self.setScreen(screen)
        self.move(screen.geometry().topLeft())
        self.showFullScreen()

    def toggle_blank(self) -> None:
        self.set_blank(not self.blanked)

    def set_blank(self, on: bool) -> None:
        changed = self.blanked != on
        self.blanked = on
        self._show_page()
        self.refresh()
        if changed:
            self.blank_changed.emit(on)

    def toggle_report_back(self) -> None:
        self.set_report_back(not self.reporting)

    def set_report_back(self, on: bool) -> None:
        """The earlier commitments in large type instead of the clocks, or back."""
        changed = self.reporting != on
        self.reporting = on
        self._show_page()
        self.refresh()
        if changed:
            self.report_changed.emit(on)

    def _show_page(self) -> None:
        self.stack.setCurrentWidget(self.blank if self.blanked
                                    else self.report if self.reporting else self.stack.widget(0))

    def refresh(self) -> None:
        if self.session_id is None or self.blanked:
            for label in self.labels():
                label.setText("")
            self._report_shown = ()
            return
        if self.reporting:
            self._refresh_report()
            return
        prefs = self.ctx.prefs
        self.board = board = build_board(
            self.ctx.db, self.session_id, self.ctx.room_clock.now(), lang=self.ctx.language,
            style=prefs.get(S.PUBLIC_NAMING), warning_minutes=prefs.get(S.WARNING_MINUTES),
            published_numbers=S.published_numbers(prefs),
            speaker_warning_seconds=prefs.get(S.SPEAKER_WARNING_SECONDS),
            opinion_count=3 if prefs.get(S.PROJECTOR_SHOW_OPINIONS) else 0)
        self.title.setText(board.title)
        show_item = prefs.get(S.PROJECTOR_SHOW_ITEM) and bool(board.item_title)
        self.item.setText(board.item_title if show_item else "")
        self.item_clock.setText(self._item_clock_text(board) if show_item else "")
        set_level(self.item_clock, board.item_level if show_item else "normal")
        show_speakers = prefs.get(S.PROJECTOR_SHOW_SPEAKERS)
        speaker = board.speaker if show_speakers else None
        self.speaker.setText(self.tr("Speaking: {name}").format(name=speaker.name)
                             if speaker else "")
        if speaker and speaker.remaining is not None:
            clock = (self.tr("over by {over}").format(over=clock_text(-speaker.remaining))
                     if is_over(speaker.remaining) else clock_text(speaker.remaining))
            self.speaker_clock.setText(self.tr("Paused · {clock}").format(clock=clock)
                                       if board.item_state == timing.PAUSED else clock)
        else:
            self.speaker_clock.setText("")
        set_level(self.speaker_clock, speaker.level if speaker else "normal")
        names = [s.name for s in board.next_speakers] if show_speakers else []
        self.next.setText(self.tr("Next: {names}").format(names=" · ".join(names))
                          if names else "")
        self.opinions.setText("\n".join(f"• {one_line(text, 140)}" for text in board.opinions))

    def _refresh_report(self) -> None:
        prefs = self.ctx.prefs
        board = build_report_board(self.ctx.db, self.session_id, self.ctx.clock.now(),  # type: ignore[arg-type]
                                   lang=self.ctx.language, style=prefs.get(S.PUBLIC_NAMING),
                                   published_numbers=S.published_numbers(prefs))
        self.report_title.setText(board.title)
        count = sum(len(lines) for lines in board.groups.values())
        self.report_heading.setText(self.tr("Commitments of the last sessions: {n}").format(n=count)
                                    if count else self.tr("No earlier commitments to report on."))
        names = {OVERDUE: self.tr("Overdue"), OPEN_GROUP: self.tr("Open"),
                 COMPLETED: self.tr("Completed since last time")}
        parts: list[tuple[str, str]] = []  # (style, text)
        for group, lines in board.groups.items():
            if not lines:
                continue
            parts.append(("projReportGroup", f"{names[group]} ({len(lines)})"))
            for line in lines:
                parts.append(("projReport", self.tr("• {title} — {owner}, due {due}, {status}").format(
                    title=line.title, owner=line.owner, due=format_date(line.due_at, self.ctx.zone),
                    status=vocabulary.commitment_status(line.status))))
                if line.account:
                    parts.append(("projReportAccount", self.tr("    Reported: {account}").format(
                        account=one_line(line.account, 160))))
        if tuple(parts) != self._report_shown:  # the tick repaints; labels change with the list
            self._show_report_lines(parts)

    def _show_report_lines(self, parts: list[tuple[str, str]]) -> None:
        self._report_shown = tuple(parts)
        for label in self.report_lines:
            self.sizes.pop(label, None)
            label.deleteLater()
        sizes = {"projReportGroup": (26, True), "projReport": (22, False), "projReportAccount": (20, False)}
        self.report_lines = []
        scale = max(0.5, min(self.width() / 1280, self.height() / 720))
        for n, (style, text) in enumerate(parts):
            label = self._label(style, *sizes[style])
            label.setFont(_font(max(8, round(sizes[style][0] * scale)), sizes[style][1]))
            label.setText(text)
            self.report_column.insertWidget(2 + n, label)
            self.report_lines.append(label)

    def _item_clock_text(self, board: Board) -> str:
        """The room reads at a glance whether the item is paused and whether it overran."""
        if is_over(board.item_remaining):
            text = self.tr("over by {over}").format(over=clock_text(-board.item_remaining))
        else:
            text = self.tr("{left} left").format(left=clock_text(board.item_remaining))
        if board.item_state == timing.PAUSED:
            return self.tr("Paused · {clock}").format(clock=text)
        return text

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Tingjian — projector"))
        self.refresh()
