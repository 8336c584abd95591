"""The Sessions page: every session, newest first; the home of preparation."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..plain import plain_labels
from ...core.peek import SessionRow
from ..context import AppContext
from ..feedback import Feedback
from ..table_model import record_table
from .model import SessionsModel


class SessionsPage(QWidget):
    """Lists sessions; double-click (or Enter) opens one in the Live page. New (Ctrl+N), Edit
    (Ctrl+E) and New in this series (Ctrl+Shift+N) prepare sessions."""

    session_chosen = Signal(int)
    session_selected = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 feedback: Feedback | None = None,
                 rows: list[SessionRow] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.feedback = feedback or Feedback(ctx.language)
        self.dialog = None
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.model = SessionsModel(ctx, self)
        self.table = record_table(self.model, stretch=1, fit=True)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.new_button, self.edit_button = QPushButton(), QPushButton()
        self.series_button, self.directory_button = QPushButton(), QPushButton()
        self.new_action = self._action("Ctrl+N", self.new_session, self.new_button)
        self.edit_action = self._action("Ctrl+E", self.edit_session, self.edit_button)
        self.series_action = self._action("Ctrl+Shift+N", self.new_in_series, self.series_button)
        self.directory_button.clicked.connect(lambda: ctx.when_ready(self.open_directory))
        ctx.writes.mark(self.new_button, self.new_action, self.series_button, self.series_action)
        actions = QHBoxLayout()
        actions.addWidget(self.heading)
        actions.addStretch(1)
        for button in (self.new_button, self.edit_button, self.series_button,
                       self.directory_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.model.modelReset.connect(self._update_empty)
        self.table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: cur.isValid() and self.session_selected.emit(
                self.model.row_at(cur.row()).id))
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        if rows is not None:  # read before the database layer loaded; refreshed once it has
            self.model.set_rows(rows)
        self.ctx.when_ready(self.model.refresh_if_changed)
        self.retranslate()
        plain_labels(self)

    def _action(self, shortcut: str, slot, button: QPushButton) -> QAction:  # noqa: ANN001
        action = QAction(self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda: self.ctx.when_ready(slot))
        button.clicked.connect(lambda: self.ctx.when_ready(slot))
        self.addAction(action)
        return action

    def focus_first(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _update_buttons(self) -> None:
        has = self.current_session_id() is not None
        self.edit_button.setEnabled(has)
        self.series_button.setEnabled(has)
        self.edit_action.setEnabled(has)
        self.series_action.setEnabled(has)

    def new_session(self):  # noqa: ANN201
        from ..prepare.session_dialog import SessionDialog

        self.dialog = SessionDialog(self.ctx, self.feedback, None, self)
        self.dialog.saved.connect(self.select_session)
        self.dialog.open()
        return self.dialog

    def edit_session(self, session_id: int | None = None):  # noqa: ANN201
        from ..prepare.session_dialog import SessionDialog

        session_id = session_id or self.current_session_id()
        if session_id is None:
            return None
        self.dialog = SessionDialog(self.ctx, self.feedback, session_id, self)
        self.dialog.open()
        return self.dialog

    def new_in_series(self):  # noqa: ANN201
        from ..prepare.session_dialog import NextInSeriesDialog

        previous = self.current_session_id()
        if previous is None:
            return None
        self.dialog = NextInSeriesDialog(self.ctx, self.feedback, previous, self)
        self.dialog.accepted.connect(lambda d=self.dialog: d.created_id and (
            self.select_session(d.created_id), self.edit_session(d.created_id)))
        self.dialog.open()
        return self.dialog

    def open_directory(self) -> None:
        from ..prepare.directory_dialog import DirectoryDialog

        self.dialog = DirectoryDialog(self.ctx, self.feedback, self)
        self.dialog.open()

    def _activated(self, index) -> None:
        if index.isValid():
            self.session_chosen.emit(self.model.row_at(index.row()).id)

    def _update_empty(self) -> None:
        self.empty.setVisible(self.model.rowCount() == 0)

    def current_session_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()).id if index.isValid() else None

    def select_session(self, session_id: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == session_id:
                self.table.selectRow(row)
                return

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Sessions"))
        self.empty.setText(self.tr("No sessions yet. Use File → Create demo session to explore "
                                   "Tingjian with realistic content."))
        self.new_button.setText(self.tr("&New session…"))
        self.new_button.setToolTip("Ctrl+N")
        self.edit_button.setText(self.tr("&Edit…"))
        self.edit_button.setToolTip("Ctrl+E")
        self.series_button.setText(self.tr("New in this se&ries…"))
        self.series_button.setToolTip("Ctrl+Shift+N")
        self.directory_button.setText(self.tr("Leaders and &departments…"))
        self._update_buttons()
        self.model.retranslate()
        self._update_empty()
