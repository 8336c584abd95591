"""Base for the table models: a row cache filled from a service, refreshed when told."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

R = TypeVar("R")
DISPLAY = Qt.ItemDataRole.DisplayRole
ALIGN = Qt.ItemDataRole.TextAlignmentRole
USER = Qt.ItemDataRole.UserRole
HORIZONTAL = Qt.Orientation.Horizontal
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


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
        self.beginResetModel()
        self._rows = self._load()
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


def record_table(model: QAbstractTableModel, *, stretch: int,
                 widths: dict[int, int] | None = None, fit: bool = False,
                 alternate: bool = True) -> QTableView:
    """A read-only table of records: whole rows selected one at a time, no row numbers.

    ``stretch`` takes the spare width; the other columns get ``widths`` (or fit their contents
    when ``fit``: only for short tables, it reads every row).
    """
    table = QTableView()
    table.setModel(model)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(alternate)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents if fit
                                else QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column, width in (widths or {}).items():
        table.setColumnWidth(column, width)
    return table
