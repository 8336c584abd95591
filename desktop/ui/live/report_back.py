"""The report-back tab of the live page: the series' earlier commitments while the report-back
item runs, grouped as overdue, open and completed since the last session, and what each owner
reports on them, recorded in two keystrokes (Enter, type, Enter)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout,
    QWidget,
)

from ...core.errors import TingjianError
from ...core.live import timing
from ...core.models.enums import AgendaKind
from ...core.services import report_back
from ...core.services.report_back import COMPLETED, OVERDUE, ReportBackRow, grouped
from ...core.zone import format_date
from .. import labels
from ..dates import zone_of
from ..table_model import Column, RowTableModel
from .common import one_line, plain_label

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
OVERDUE_COLOUR = QColor("#b00020")
FOREGROUND = Qt.ItemDataRole.ForegroundRole


class ReportTable(QTableView):
    """Arrow keys choose a commitment; Enter asks for the owner's account."""

    account_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in ENTER_KEYS and not event.modifiers():
            self.account_requested.emit()
            return
        super().keyPressEvent(event)


class ReportModel(RowTableModel[ReportBackRow]):
    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN201
        if role == FOREGROUND and index.isValid() and self.row_at(index.row()).group == OVERDUE:
            return OVERDUE_COLOUR
        return super().data(index, role)


class AccountEdit(QLineEdit):
    """Enter saves the account; Esc goes back to the list without saving."""

    cancelled = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)


class ReportBackPanel(QWidget):
    account_submitted = Signal(int, str)  # commitment id, what the owner reported

    def __init__(self, page, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.page = page
        self.rows: list[ReportBackRow] = []
        self._forwarded: int | None = None  # the report-back item the tab came forward for
        self.summary = plain_label()
        self.summary.setWordWrap(True)
        self.model = ReportModel([
            Column(lambda: self.tr("Group"), self._group_name),
            Column(lambda: self.tr("Commitment"), lambda r: one_line(r.title, 80)),
            Column(lambda: self.tr("Owner"), lambda r: r.owner),
            Column(lambda: self.tr("Deadline"), lambda r: format_date(r.due_at, zone_of(self))),
            Column(lambda: self.tr("Status"), lambda r: labels.commitment_status(r.status)),
            Column(lambda: self.tr("Reported here"), lambda r: one_line(r.reported_here, 80)),
            Column(lambda: self.tr("Last progress"), lambda r: one_line(r.last_note, 80)),
        ], lambda: self.rows, self)
        self.table = ReportTable()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 84), (1, 190), (2, 120), (3, 86), (4, 64), (5, 190)):
            header.resizeSection(column, width)
        self.table.account_requested.connect(self.ask_account)
        self.account_label = QLabel()
        self.account = AccountEdit()
        self.account.returnPressed.connect(self._submit)
        self.account_submitted.connect(self.record)
        self.account.cancelled.connect(self.focus_list)
        self.account_label.setBuddy(self.account)
        row = QHBoxLayout()
        row.addWidget(self.account_label)
        row.addWidget(self.account, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.retranslate()

    # --- data -------------------------------------------------------------------------
    def reload(self) -> None:
        """Rows from the service; the tab comes forward when a report-back item starts and goes
        back to the captured opinions when the next item starts."""
        page = self.page
        if page.session_id is None:
            self.set_rows([])
            return
        self.set_rows(report_back.report_back(page.ctx.db, page.session_id, page.ctx.clock.now()))
        current = timing.current_item(page.items)
        tabs = page.secretary.tabs
        if current is not None and current.kind == AgendaKind.REPORT_BACK:
            if current.id != self._forwarded:
                self._forwarded = current.id
                tabs.setCurrentWidget(self)
                self.focus_list()
        elif self._forwarded is not None:
            self._forwarded = None
            if tabs.currentWidget() is self:
                page.secretary.show_list()
                page.secretary.focus_text()

    def record(self, commitment_id: int, text: str) -> None:
        page = self.page
        try:
            report_back.record_account(page.ctx.db, page.session_id, commitment_id, text,
                                       now=page.ctx.clock.now())
        except TingjianError as exc:
            page._error(exc)
            return
        self.set_rows(report_back.report_back(page.ctx.db, page.session_id, page.ctx.clock.now()))
        self.after_account()

    def _group_name(self, row: ReportBackRow) -> str:
        return {OVERDUE: self.tr("Overdue"), COMPLETED: self.tr("Completed since last time")}.get(
            row.group, self.tr("Open"))

    def set_rows(self, rows: list[ReportBackRow]) -> None:
        chosen = self.current_id()
        self.rows = [r for group in grouped(rows).values() for r in group]
        self.model.set_rows(self.rows)
        ids = [r.commitment_id for r in self.rows]
        if chosen in ids:
            self.table.selectRow(ids.index(chosen))
        elif self.rows:
            self.table.selectRow(0)
        self._summarise()

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        return self.rows[index.row()].commitment_id

    def current_row(self) -> ReportBackRow | None:
        ident = self.current_id()
        return next((r for r in self.rows if r.commitment_id == ident), None)

    def focus_list(self) -> None:
        self.account.clear()
        self._label_for(None)
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def ask_account(self) -> None:
        row = self.current_row()
        if row is None:
            return
        self._label_for(row)
        self.account.setText(row.reported_here)
        self.account.selectAll()
        self.account.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _submit(self) -> None:
        row = self.current_row()
        text = self.account.text().strip()
        if row is None or not text:
            self.focus_list()
            return
        self.account_submitted.emit(row.commitment_id, text)

    def after_account(self) -> None:
        """Saved: the next commitment is chosen, ready for the next owner."""
        index = self.table.currentIndex()
        if index.isValid() and index.row() + 1 < len(self.rows):
            self.table.selectRow(index.row() + 1)
        self.focus_list()

    def _label_for(self, row: ReportBackRow | None) -> None:
        self.account_label.setText(
            self.tr("Account of “{title}”:").format(title=one_line(row.title, 30)) if row
            else self.tr("Account (Enter)"))

    def _summarise(self) -> None:
        groups = grouped(self.rows)
        if not self.rows:
            self.summary.setText(self.tr("No earlier commitments of the series to report on."))
            return
        self.summary.setText(self.tr(
            "{overdue} overdue, {open} open, {done} completed since the last session. ↑↓ choose, "
            "Enter records what the owner reports, Enter saves, Esc cancels; Ctrl+Shift+R shows "
            "them on the projector.").format(overdue=len(groups[OVERDUE]), open=len(groups["open"]),
                                              done=len(groups[COMPLETED])))

    def retranslate(self) -> None:
        self.account.setPlaceholderText(self.tr("What the owner reports; Enter saves"))
        self._label_for(None)
        self.model.retranslate()
        self._summarise()
