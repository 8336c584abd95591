"""The main window: navigation between Sessions, Live, Follow-up and Settings."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QMainWindow, QMessageBox, QStackedWidget, QWidget,
)

from .. import __version__
from ..core.errors import TingjianError
from .context import AppContext
from .feedback import Feedback
from .followup.page import FollowUpPage
from .live.page import LivePage
from .sessions.page import SessionsPage
from .settings_page import SettingsPage

STYLE = """
QLabel#pageHeading { font-size: 18pt; font-weight: 600; padding: 4px 0 8px 0; }
QListWidget#navigation { font-size: 12pt; border: none; background: palette(window); }
QListWidget#navigation::item { padding: 10px 14px; }
QListWidget#navigation::item:selected { background: palette(highlight);
                                         color: palette(highlighted-text); }
"""


class MainWindow(QMainWindow):
    SESSIONS, LIVE, FOLLOW_UP, SETTINGS = range(4)
    language_requested = Signal(str)

    def __init__(self, ctx: AppContext, feedback: Feedback | None = None) -> None:
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
        self.sessions_page = SessionsPage(ctx, feedback=self.feedback)
        self.live_page = LivePage(ctx)
        self.followup_page = FollowUpPage(ctx, feedback=self.feedback)
        self.settings_page = SettingsPage(ctx, self.feedback)
        for page in (self.sessions_page, self.live_page, self.followup_page, self.settings_page):
            self.stack.addWidget(page)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.sessions_page.session_chosen.connect(self.open_live)
        self.sessions_page.session_selected.connect(self.live_page.show_session)
        self.settings_page.language_changed.connect(self.language_requested)
        self.followup_page.session_requested.connect(self.show_session)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 8, 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.db_status = QLabel()
        self.statusBar().addPermanentWidget(self.db_status)
        self._build_actions()
        self.retranslate()
        self.nav.setCurrentRow(self.SESSIONS)
        self.resize(1180, 760)
        geometry, state = ctx.prefs.window_state("main")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        if summary := self.followup_page.startup_summary():  # once per start, non-blocking
            self.statusBar().showMessage(summary, 30_000)

    def _build_actions(self) -> None:
        menu = self.menuBar()
        self.file_menu = menu.addMenu("")
        self.demo_action = QAction(self, triggered=self.create_demo)
        self.quit_action = QAction(self, shortcut=QKeySequence.StandardKey.Quit,
                                   triggered=self.close)
        self.file_menu.addActions([self.demo_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.session_menu = menu.addMenu("")
        self.minutes_action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+M"),
                                      triggered=self.open_minutes)
        self.session_menu.addAction(self.minutes_action)
        self.view_menu = menu.addMenu("")
        self.page_actions = []
        for index in range(4):
            action = QAction(self, shortcut=QKeySequence(f"Ctrl+{index + 1}"),
                             triggered=lambda _=False, i=index: self.nav.setCurrentRow(i))
            self.page_actions.append(action)
            self.view_menu.addAction(action)
        self.page_actions[self.SETTINGS].setShortcuts(
            [QKeySequence("Ctrl+4"), QKeySequence(QKeySequence.StandardKey.Preferences)])
        self.view_menu.addSeparator()
        self.fullscreen_action = QAction(self, shortcut=QKeySequence.StandardKey.FullScreen,
                                         checkable=True, triggered=self._toggle_fullscreen)
        self.view_menu.addAction(self.fullscreen_action)
        self.projector_action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+P"),
                                        triggered=self.live_page.open_projector)
        self.view_menu.addAction(self.projector_action)
        self.help_menu = menu.addMenu("")
        self.about_action = QAction(self, triggered=self.show_about)
        self.help_menu.addAction(self.about_action)

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
        self.about_action.setText(self.tr("&About Tingjian"))
        self.db_status.setText(self.tr("Data: {where}").format(
            where=self.ctx.db.location.display()))
        for page in (self.sessions_page, self.live_page, self.followup_page, self.settings_page):
            page.retranslate()

    def open_live(self, session_id: int) -> None:
        self.live_page.show_session(session_id)
        self.nav.setCurrentRow(self.LIVE)

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
        if self.stack.currentWidget() is self.live_page and self.live_page.session_id:
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


