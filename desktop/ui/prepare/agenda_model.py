"""The agenda table model (edits and drops become requests) and its item delegate."""
from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal,
)
from PySide6.QtWidgets import QComboBox, QSpinBox, QStyledItemDelegate

from ...core.models import AgendaItem
from ...core.models.enums import AgendaKind
from .. import labels
from ...core.zone import format_time
from ..dates import zone_of

DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole
ALIGN = Qt.ItemDataRole.TextAlignmentRole
MIME = "application/x-tingjian-agenda-rows"
NO, TITLE, KIND, MINUTES, START = range(5)
FIELDS = {TITLE: "title", KIND: "kind", MINUTES: "planned_minutes"}
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
BASE_FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDragEnabled


def local_hhmm(value: datetime, zone: tzinfo) -> str:
    return format_time(value, zone)


class AgendaModel(QAbstractTableModel):
    """Rows of one session's agenda with their planned starts; edits become requests."""

    edit_requested = Signal(int, str, object, object)  # item id, field, old, new
    move_requested = Signal(int, int)  # item id, new position

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: list[AgendaItem] = []
        self.starts: list[datetime] = []
        self.headers = ["", "", "", "", ""]

    def set_items(self, items: list[AgendaItem], starts: list[datetime]) -> None:
        self.beginResetModel()
        self.items, self.starts = items, starts
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        item, column = self.items[index.row()], index.column()
        if role == DISPLAY:
            if column == NO:
                return index.row() + 1
            if column == TITLE:
                return item.title
            if column == KIND:
                return labels.agenda_kind(item.kind)
            if column == MINUTES:
                return item.planned_minutes
            return local_hhmm(self.starts[index.row()], zone_of(self)) if index.row() < len(self.starts) else ""
        if role == EDIT:
            return {TITLE: item.title, KIND: item.kind, MINUTES: item.planned_minutes}.get(column)
        if role == ALIGN and column in (NO, MINUTES, START):
            return RIGHT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return self.headers[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        if index.column() in FIELDS:
            return BASE_FLAGS | Qt.ItemFlag.ItemIsEditable
        return BASE_FLAGS

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = EDIT) -> bool:
        if role != EDIT or index.column() not in FIELDS:
            return False
        item = self.items[index.row()]
        field = FIELDS[index.column()]
        old = getattr(item, field)
        new = int(value) if field == "planned_minutes" else str(value)
        if field == "title":
            new = new.strip()
        if new != old:
            self.edit_requested.emit(item.id, field, old, new)
        return True

    # Drag and drop: the model only says what moved where; the editor makes it an undoable move.
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes) -> QMimeData:  # noqa: ANN001
        rows = sorted({i.row() for i in indexes})
        data = QMimeData()
        data.setData(MIME, QByteArray(",".join(map(str, rows)).encode()))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: QModelIndex | QPersistentModelIndex) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME):
            return False
        rows = [int(r) for r in bytes(data.data(MIME).data()).decode().split(",") if r]
        if len(rows) != 1:
            return False
        source = rows[0]
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self.items))
        if target > source:
            target -= 1
        if 0 <= source < len(self.items) and target != source:
            self.move_requested.emit(self.items[source].id, target)
        return False  # the rows move when the service has moved them, not by removal here


class ItemDelegate(QStyledItemDelegate):
    """A combo box of kinds for the kind column, a spin box up to a day for time boxes."""

    def createEditor(self, parent, option, index):  # noqa: ANN001, ANN201
        if index.column() == KIND:
            combo = QComboBox(parent)
            for kind in AgendaKind:
                combo.addItem(labels.agenda_kind(kind.value), kind.value)
            return combo
        if index.column() == MINUTES:
            spin = QSpinBox(parent)
            spin.setRange(0, 24 * 60)
            spin.setSuffix(" min")
            return spin
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor, index) -> None:  # noqa: ANN001
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(EDIT))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index) -> None:  # noqa: ANN001
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), EDIT)
        else:
            super().setModelData(editor, model, index)
