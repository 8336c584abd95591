"""Base for the table models: a row cache filled from a service, refreshed when told."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView

R = TypeVar("R")
DISPLAY = Qt.ItemDataRole.DisplayRole
ALIGN = Qt.ItemDataRole.TextAlignmentRole
USER = Qt.ItemDataRole.UserRole
HORIZONTAL = Qt.Orientation.Horizontal
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
FIT_SAMPLE_ROWS = 60  # columns fitted to their contents judge by this many rows, not all of them


class Column(Generic[R]):
    def __init__(self, title: Callable[[], str], value: Callable[[R], Any],
                 numeric: bool = False) -> None:
        self.title, self.value, self.numeric = title, value, numeric


class RowTableModel(QAbstractTableModel, Generic[R]):
    """Rows come from ``load()`` (a service call); ``refresh()`` reloads them."""

    def __init__(self, columns: Sequence[Column[R]], load: Callable[[], list[R]],
                 parent=None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._load = load
        self._rows: list[R] = []

    def refresh(self) -> None:
        self.set_rows(self._load())

    def refresh_if_changed(self) -> None:
        """Reload, but leave the view (and its selection) alone when the rows are the same."""
        rows = self._load()
        if rows != self._rows:
            self.set_rows(rows)

    def set_rows(self, rows: list[R]) -> None:
        """Show rows read elsewhere (the first screen reads them before the services load)."""
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        column = self._columns[index.column()]
        if role == DISPLAY:
            return column.value(self._rows[index.row()])
        if role == ALIGN and column.numeric:
            return RIGHT
        if role == USER:
            return self._rows[index.row()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == HORIZONTAL and role == DISPLAY:
            return self._columns[section].title()
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(HORIZONTAL, 0, len(self._columns) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self._columns) - 1))


def record_table(model: QAbstractTableModel, *, stretch: int | None,
                 widths: dict[int, int] | None = None, fit: bool = False,
                 alternate: bool = True) -> QTableView:
    """A read-only table of records: whole rows selected one at a time, no row numbers.

    ``stretch`` takes the spare width (None: none does); the other columns get ``widths`` (or
    fit their contents when ``fit``, see ``fit_columns``).
    """
    table = QTableView()
    table.setModel(model)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(alternate)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column, width in (widths or {}).items():
        table.setColumnWidth(column, width)
    if fit:
        model.modelReset.connect(lambda: fit_columns(table))
        model.headerDataChanged.connect(lambda *_a: fit_columns(table))
        fit_columns(table)
    return table


def fit_columns(table: QTableView, sample: int = FIT_SAMPLE_ROWS) -> None:
    """Width of each column from its header and its first ``sample`` cells, measured as plain
    text. Qt's own fitting (ResizeToContents) asks every cell for many roles, again on every
    change: for a few hundred rows that held the window for a tenth of a second or more."""
    model, header = table.model(), table.horizontalHeader()
    cell, title = table.fontMetrics(), header.fontMetrics()
    rows = min(sample, model.rowCount())
    padding = 2 * table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 16
    for column in range(model.columnCount()):
        width = title.horizontalAdvance(str(model.headerData(column, HORIZONTAL) or "")) + 8
        for row in range(rows):
            text = model.data(model.index(row, column))
            if text is not None:
                width = max(width, cell.horizontalAdvance(str(text)))
        table.setColumnWidth(column, width + padding)
