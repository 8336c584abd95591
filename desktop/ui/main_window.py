"""The main window: navigation between Sessions, Live, Follow-up and Settings."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication, QHBoxLayout, QLabel, QListWidget, QMainWindow, QMessageBox, QPushButton,
    QStackedWidget, QWidget,
)

from .plain import plain_labels, plain_tooltip
from .qtutils import focus_into
from .. import __version__
from ..core.errors import TingjianError
from ..core.peek import SessionRow
from .context import AppContext
from .feedback import Feedback
from .sessions.page import SessionsPage
from ..core.changes import Entity

if TYPE_CHECKING:
    from .followup.page import FollowUpPage
    from .live.page import LivePage
    from .settings_page import SettingsPage

STYLE = """
QLabel#pageHeading { font-size: 18pt; font-weight: 600; padding: 4px 0 8px 0; }
QListWidget#navigation { font-size: 12pt; border: none; background: palette(window); }
QListWidget#navigation::item { padding: 10px 14px; }
QListWidget#navigation::item:selected { background: palette(highlight);
                                         color: palette(highlighted-text); }
"""


class MainWindow(QMainWindow):
    """The Sessions page is built at once (from rows read before the database layer loaded,
    when given); the other pages are built on their first visit."""

    SESSIONS, LIVE, FOLLOW_UP, SETTINGS = range(4)
    language_requested = Signal(str)

    def __init__(self, ctx: AppContext, feedback: Feedback | None = None,
                 rows: list[SessionRow] | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.feedback = feedback or Feedback(ctx.language)
        self.setStyleSheet(STYLE)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(170)
        for _ in range(4):
            self.nav.addItem("")
        self.stack = QStackedWidget()
        self.sessions_page = SessionsPage(ctx, feedback=self.feedback, rows=rows)
        self._pages: dict[int, QWidget] = {self.SESSIONS: self.sessions_page}
        self.stack.addWidget(self.sessions_page)
        for _ in range(3):
            self.stack.addWidget(QWidget())  # placeholders until the first visit
        self._selected: int | None = None
        self.nav.currentRowChanged.connect(self._navigate)
        self.sessions_page.session_chosen.connect(
            lambda i: ctx.when_ready(lambda: self.open_live(i)))
        self.sessions_page.session_selected.connect(self._session_selected)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 8, 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.db_status = QLabel()
        self.db_status.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.db_status)
        from .seats import SeatsLabel

        self.seat_label = SeatsLabel()  # who else is connected to the room
        self.statusBar().addPermanentWidget(self.seat_label)
        self._build_actions()
        ctx.writes.mark(self.demo_action)
        self.retranslate()
        self.nav.setCurrentRow(self.SESSIONS)
        self.sessions_page.focus_first()  # the keyboard starts in the list of sessions
        self.resize(1180, 760)
        geometry, state = ctx.prefs.window_state("main")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        if not ctx.ready:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self.statusBar().showMessage(self.tr("Opening the database…"))
        from .outbox_sender import OutboxSender

        self.outbox_sender = OutboxSender(ctx, self)  # replays what the last run kept aside
        ctx.when_ready(self._database_ready)
        ctx.when_ready(self.outbox_sender.start)
        plain_labels(self)

    def _database_ready(self) -> None:
        if QApplication.overrideCursor() is not None:
            QApplication.restoreOverrideCursor()
        self.statusBar().clearMessage()
        from .settings_upgrade import upgrade_settings

        if self.ctx.db.read_only is None:  # moved into the database on the first writable start
            upgrade_settings(self.ctx.prefs, self.ctx.db)
        self._show_location()
        from .followup.indexer import SearchIndexer

        self.indexer = SearchIndexer(self.ctx, self)
        self.show_due_summary()
        self.show_holiday_reminder()

    def show_holiday_reminder(self) -> bool:
        """From November on, while next year's holiday arrangement is not loaded: a button in the
        status bar that opens the holiday calendar for that year. Returns whether it shows."""
        from ..core.deadlines import CHINA_TZ
        from ..core.services import holidays

        year = holidays.next_year_missing(self.ctx.db, self.ctx.clock.now().astimezone(CHINA_TZ)
                                          .date())
        if not hasattr(self, "holiday_reminder"):
            self.holiday_reminder = QPushButton()
            self.holiday_reminder.setFlat(True)
            self.holiday_reminder.clicked.connect(self._open_reminded_year)
            self.statusBar().addPermanentWidget(self.holiday_reminder)
            self.ctx.bus.changed.connect(
                lambda change: change.touches(Entity.HOLIDAY) and self.show_holiday_reminder())
        self.holiday_reminder.setProperty("year", year)
        if year is not None:
            self.holiday_reminder.setText(self.tr(
                "Holidays for {year} are not loaded: deadlines into {year} skip weekends only. "
                "Load the State Council arrangement once it is published…").format(year=year))
        self.holiday_reminder.setVisible(year is not None)
        return year is not None

    def _open_reminded_year(self) -> None:
        self.settings_page().open_holidays(self.holiday_reminder.property("year"))

    def show_due_summary(self) -> None:
        """Once per start: overdue and due-soon commitments in the status bar (non-blocking)."""
        from .followup.page import due_summary_text

        if summary := due_summary_text(self.ctx):
            self.statusBar().showMessage(summary, 30_000)

    def _build_page(self, index: int) -> QWidget:
        if index == self.LIVE:
            from .live.page import LivePage

            page = LivePage(self.ctx, sender=self.outbox_sender)
            if self._selected is not None:
                page.show_session(self._selected)
        elif index == self.FOLLOW_UP:
            from .followup.page import FollowUpPage

            page = FollowUpPage(self.ctx, feedback=self.feedback)
            page.session_requested.connect(self.show_session)
        else:
            from .settings_page import SettingsPage

            page = SettingsPage(self.ctx, self.feedback)
            page.language_changed.connect(self.language_requested)
        page.retranslate()
        placeholder = self.stack.widget(index)
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        return page

    def page(self, index: int) -> QWidget:
        """The page at ``index``, built on first use (the database must be open)."""
        if index not in self._pages:
            assert self.ctx.ready, "pages other than Sessions need the database"
            self._pages[index] = self._build_page(index)
        return self._pages[index]

    @property
    def live_page(self) -> LivePage:
        return self.page(self.LIVE)

    @property
    def followup_page(self) -> FollowUpPage:
        return self.page(self.FOLLOW_UP)

    @property
    def settings_page(self) -> SettingsPage:
        return self.page(self.SETTINGS)

    def _navigate(self, index: int) -> None:
        if index in self._pages:
            self.stack.setCurrentWidget(self._pages[index])
        elif index >= 0:  # a page not built yet needs the database: it opens when that is ready
            self.ctx.when_ready(lambda: self.nav.currentRow() == index
                                and self.stack.setCurrentWidget(self.page(index)))

    def go_to(self, index: int) -> None:
        """Ctrl+1..4: show the page and put the keyboard focus into it, so the page's own
        keys work at once."""
        self.nav.setCurrentRow(index)
        self.ctx.when_ready(lambda: self.nav.currentRow() == index and focus_into(
            self.page(index)))

    def _session_selected(self, session_id: int) -> None:
        self._selected = session_id
        if self.LIVE in self._pages:
            self.live_page.show_session(session_id)

    def _build_actions(self) -> None:
        menu = self.menuBar()
        self.file_menu = menu.addMenu("")
        self.file_menu.setToolTipsVisible(True)  # a disabled action says why
        self.demo_action = QAction(self, triggered=lambda: self.ctx.when_ready(self.create_demo))
        self.quit_action = QAction(self, shortcut=QKeySequence.StandardKey.Quit,
                                   triggered=self.close)
        self.file_menu.addActions([self.demo_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.session_menu = menu.addMenu("")
        self.minutes_action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+M"), triggered=(
            lambda: self.ctx.when_ready(self.open_minutes)))
        self.session_menu.addAction(self.minutes_action)
        self.view_menu = menu.addMenu("")
        self.page_actions = []
        for index in range(4):
            action = QAction(self, shortcut=QKeySequence(f"Ctrl+{index + 1}"),
                             triggered=lambda _=False, i=index: self.go_to(i))
            self.page_actions.append(action)
            self.view_menu.addAction(action)
        self.page_actions[self.SETTINGS].setShortcuts(
            [QKeySequence("Ctrl+4"), QKeySequence(QKeySequence.StandardKey.Preferences)])
        self.view_menu.addSeparator()
        self.fullscreen_action = QAction(self, shortcut=QKeySequence.StandardKey.FullScreen,
                                         checkable=True, triggered=self._toggle_fullscreen)
        self.view_menu.addAction(self.fullscreen_action)
        self.projector_action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+P"), triggered=(
            lambda: self.ctx.when_ready(lambda: self.live_page.open_projector())))
        self.view_menu.addAction(self.projector_action)
        self.help_menu = menu.addMenu("")
        self.keys_action = QAction(self, shortcut=QKeySequence.StandardKey.HelpContents,
                                   triggered=self.show_keys)
        self.about_action = QAction(self, triggered=self.show_about)
        self.help_menu.addActions([self.keys_action, self.about_action])

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Tingjian — listening sessions"))
        for index, text in enumerate((self.tr("Sessions"), self.tr("Live"), self.tr("Follow-up"),
                                      self.tr("Settings"))):
            self.nav.item(index).setText(text)
            self.page_actions[index].setText(text)
        self.file_menu.setTitle(self.tr("&File"))
        self.demo_action.setText(self.tr("Create &demo session"))
        self.quit_action.setText(self.tr("&Quit"))
        self.session_menu.setTitle(self.tr("&Session"))
        self.minutes_action.setText(self.tr("&Minutes and report back…"))
        self.view_menu.setTitle(self.tr("&View"))
        self.fullscreen_action.setText(self.tr("&Full screen"))
        self.projector_action.setText(self.tr("&Projector screen"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.keys_action.setText(self.tr("&Keyboard shortcuts"))
        self.about_action.setText(self.tr("&About Tingjian"))
        self._show_location()
        self.seat_label.retranslate()
        for page in self._pages.values():
            page.retranslate()

    def seat_ready(self) -> None:
        """This laptop's seat is connected (the leader's now refuses writes): say so."""
        self._show_location()
        live = self._pages.get(self.LIVE)
        if live is not None:
            live.apply_seat()

    def _show_location(self) -> None:
        if self.ctx.ready:
            text = self.tr("Data: {where}").format(where=self.ctx.db.location.display())
            read_only = self.ctx.db.read_only
            if read_only is not None:
                text += "  " + self.tr("(read-only: nothing can be saved)")
                self.db_status.setStyleSheet("color: #b00020; font-weight: 600;")
            self.db_status.setToolTip(plain_tooltip(read_only.text(self.ctx.language))
                                      if read_only else "")  # never taken as markup
            self.db_status.setText(text)

    def show_keys(self) -> None:
        from .live.keys import KeysDialog

        KeysDialog(self).exec()

    def open_live(self, session_id: int) -> None:
        self.live_page.show_session(session_id)
        self.nav.setCurrentRow(self.LIVE)
        focus_into(self.live_page)  # Enter on a session: its live page takes the keys

    def show_session(self, session_id: int) -> None:
        self.nav.setCurrentRow(self.SESSIONS)
        self.sessions_page.select_session(session_id)

    def create_demo(self) -> None:
        from ..core.demo import create_demo

        try:
            session = create_demo(self.ctx.db, self.ctx.language, now=self.ctx.clock.now())
        except TingjianError as exc:
            self.feedback.domain_error(self, exc)
            return
        self.nav.setCurrentRow(self.SESSIONS)
        self.sessions_page.select_session(session.id)

    def current_session_id(self) -> int | None:
        live = self._pages.get(self.LIVE)
        if live is not None and self.stack.currentWidget() is live and self.live_page.session_id:
            return self.live_page.session_id
        return self.sessions_page.current_session_id()

    def open_minutes(self) -> None:
        from .minutes.dialog import MinutesDialog

        session_id = self.current_session_id()
        if session_id is None:
            self.feedback.error(self, self.tr("Minutes"),
                                self.tr("Select a session on the Sessions page first."))
            return
        dialog = MinutesDialog(self.ctx, self.feedback, session_id, self)
        dialog.open()
        self.minutes_dialog = dialog

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Tingjian"), self.tr(
            "<b>Tingjian 听见</b> {version}<br>Run public listening sessions, capture every "
            "opinion, produce the minutes and follow up every commitment.").format(
                version=__version__))

    def _toggle_fullscreen(self, on: bool) -> None:
        self.showFullScreen() if on else self.showNormal()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ctx.prefs.save_window_state("main", self.saveGeometry(), self.saveState())
        super().closeEvent(event)
        if event.isAccepted():  # quitting: the projector and every other window go too
            for widget in QApplication.topLevelWidgets():
                if widget is not self and widget.isWindow() and widget.isVisible():
                    widget.close()


