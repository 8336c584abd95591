"""The Sessions page: every session, newest first; the home of preparation."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from ..context import AppContext
from .model import SessionsModel


class SessionsPage(QWidget):
    """Lists sessions; double-click (or Enter) opens one in the Live page."""

    session_chosen = Signal(int)
    session_selected = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.model = SessionsModel(ctx, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.model.modelReset.connect(self._update_empty)
        self.table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: cur.isValid() and self.session_selected.emit(
                self.model.row_at(cur.row()).id))
        self.model.refresh()
        self.retranslate()

    def _activated(self, index) -> None:
        if index.isValid():
            self.session_chosen.emit(self.model.row_at(index.row()).id)

    def _update_empty(self) -> None:
        self.empty.setVisible(self.model.rowCount() == 0)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

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
        self.model.retranslate()
        self._update_empty()
