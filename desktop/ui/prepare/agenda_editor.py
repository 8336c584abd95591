"""The agenda editor: items with kinds and time boxes, reordered by mouse or keyboard, undoable.

Every edit is an ``ops.Command`` that calls the agenda service; the table reloads when the data
bus says agenda items changed.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QComboBox, QHBoxLayout, QHeaderView, QInputDialog, QLabel,
    QLineEdit, QPushButton,
    QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ..plain import plain_labels
from ...core.errors import TingjianError
from ...core.models.enums import AgendaKind
from ...core.services import agenda, holidays, report_back, sessions, templates
from ...core.services.preparation import replace_agenda
from .. import labels
from ..context import AppContext
from ..feedback import Feedback
from ..ops import Command, CommandStack
from ..qtutils import add_action
from .agenda_commands import AddItem, EditItem, MoveItem, RemoveItem
from .agenda_model import TITLE, AgendaModel, ItemDelegate, local_hhmm
from ...core.zone import format_date
from ...core.changes import Change, Entity



class AgendaEditor(QWidget):
    """Agenda of one session: table, buttons, total against time available, report back."""

    changed = Signal()

    def __init__(self, ctx: AppContext, feedback: Feedback, session_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.feedback, self.session_id = ctx, feedback, session_id
        self.undo_stack = CommandStack(lambda exc: self.feedback.domain_error(self, exc), self)
        self._select_id: int | None = None
        self._rename_id: int | None = None  # a new row, opened for its title once shown
        self.model = AgendaModel(self)
        self.model.edit_requested.connect(self._edit)
        self.model.move_requested.connect(self.move_to)
        self.table = QTableView()
        self.table.setObjectName("agendaTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(ItemDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.add_button, self.remove_button = QPushButton(), QPushButton()
        self.up_button, self.down_button = QPushButton(), QPushButton()
        self.undo_button, self.redo_button = QPushButton(), QPushButton()
        self.template_combo = QComboBox()
        self.apply_template_button, self.save_template_button = QPushButton(), QPushButton()
        self.total_label = QLabel()
        self.total_label.setObjectName("agendaTotal")
        self.report_heading = QLabel()
        self.report_table = QTableWidget(0, 5)
        self.report_table.setObjectName("reportBack")
        self.report_table.verticalHeader().hide()
        self.report_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.report_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.report_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._build_actions()
        buttons = QHBoxLayout()
        for widget in (self.add_button, self.remove_button, self.up_button, self.down_button,
                       self.undo_button, self.redo_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.template_combo)
        buttons.addWidget(self.apply_template_button)
        buttons.addWidget(self.save_template_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.total_label)
        layout.addWidget(self.report_heading)
        layout.addWidget(self.report_table, 2)
        self.table.installEventFilter(self)
        ctx.bus.changed.connect(self._on_changed)
        self.retranslate()
        self.reload()
        plain_labels(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001
        """Ctrl+Up/Down move the current item even where the window has no shortcut focus."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress \
                and event.modifiers() == Qt.KeyboardModifier.ControlModifier \
                and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            # through the action, which is off while this process only reads
            (self.up_action if event.key() == Qt.Key.Key_Up else self.down_action).trigger()
            return True
        return super().eventFilter(watched, event)

    def _build_actions(self) -> None:
        def action(shortcuts, slot, button=None) -> QAction:  # noqa: ANN001
            act = add_action(self, "", slot, *shortcuts)
            if button is not None:
                button.clicked.connect(slot)
            return act

        self.add_action = action(["Ctrl+Shift+A", "Insert"], self.add_item, self.add_button)
        self.remove_action = action(["Delete"], self.remove_current, self.remove_button)
        self.up_action = action(["Ctrl+Up"], lambda: self.move_current(-1), self.up_button)
        self.down_action = action(["Ctrl+Down"], lambda: self.move_current(1), self.down_button)
        self.undo_action = action([QKeySequence.StandardKey.Undo], self.undo_stack.undo,
                                  self.undo_button)
        self.redo_action = action([QKeySequence.StandardKey.Redo, "Ctrl+Y"], self.undo_stack.redo,
                                  self.redo_button)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.apply_template_button.clicked.connect(self.apply_template)
        self.save_template_button.clicked.connect(self.save_as_template)
        self.ctx.writes.mark(self.add_button, self.remove_button, self.up_button,
                             self.down_button, self.undo_button, self.redo_button,
                             self.add_action, self.remove_action, self.up_action,
                             self.down_action, self.undo_action, self.redo_action,
                             self.apply_template_button, self.save_template_button)
        self.ctx.writes.watch(self._follow_writes)

    def _follow_writes(self, reason: str) -> None:
        """The agenda is edited in place and reordered by dragging, unless this process only
        reads."""
        table = self.table
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if reason else (
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed))
        table.setDragEnabled(not reason)
        table.setAcceptDrops(not reason)

    def retranslate(self) -> None:
        self.model.headers = [self.tr("No."), self.tr("Agenda item"), self.tr("Kind"),
                              self.tr("Minutes"), self.tr("Planned start")]
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        self.add_button.setText(self.tr("&Add item"))
        self.remove_button.setText(self.tr("&Remove"))
        self.up_button.setText(self.tr("Move &up"))
        self.down_button.setText(self.tr("Move do&wn"))
        self.undo_button.setText(self.tr("U&ndo"))
        self.redo_button.setText(self.tr("Re&do"))
        self.up_button.setToolTip(self.tr("Ctrl+Up; or drag the row with the mouse"))
        self.down_button.setToolTip(self.tr("Ctrl+Down; or drag the row with the mouse"))
        self.apply_template_button.setText(self.tr("Use template"))
        self.save_template_button.setText(self.tr("Save as template…"))
        self.report_table.setHorizontalHeaderLabels([
            self.tr("Commitment"), self.tr("Owner"), self.tr("Due"), self.tr("Status"),
            self.tr("Last progress")])
        self._fill_templates()
        self.reload()

    # --- data ---------------------------------------------------------------------------------
    def _on_changed(self, change: Change) -> None:
        if change.touches(Entity.AGENDA_ITEM, Entity.SESSION):
            self.reload()
        if change.touches(Entity.COMMITMENT, Entity.PROGRESS_NOTE):
            self._fill_report_back()

    def reload(self) -> None:
        try:
            session = sessions.get_session(self.ctx.db, self.session_id)
        except TingjianError:
            return
        items = agenda.list_items(self.ctx.db, self.session_id)
        keep = self._select_id if self._select_id is not None else self.current_id()
        focus = QApplication.focusWidget()  # an open cell editor goes with the reset
        typing_here = focus is not None and (focus is self.table or self.table.isAncestorOf(focus))
        self.model.set_items(items, agenda.planned_starts(session, items))
        if typing_here:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self._select_id = None
        if keep is not None:
            self.select_item(keep)
        if self._rename_id is not None and self._rename_id in {i.id for i in items}:
            self._open_title(self._rename_id)
        total = sum(i.planned_minutes for i in items)
        available = session.planned_minutes
        end = agenda.planned_starts(session, items + [items[-1]])[-1] if items else session.starts_at
        text = self.tr("Total {total} min of {available} min available; ends at {end}.").format(
            total=total, available=available, end=local_hhmm(end, self.ctx.zone))
        over = total > available
        if over:
            text += " " + self.tr("⚠ Over by {minutes} min: shorten or remove items.").format(
                minutes=total - available)
        self.total_label.setText(text)
        self.total_label.setProperty("over", over)
        self.total_label.setStyleSheet("color: #b00020; font-weight: 600;" if over else "")
        self._fill_report_back()
        self.changed.emit()

    def _fill_report_back(self) -> None:
        has_item = any(i.kind == AgendaKind.REPORT_BACK for i in self.model.items)
        rows = report_back.report_back(self.ctx.db, self.session_id, self.ctx.clock.now()) \
            if has_item else []
        self.report_heading.setVisible(has_item)
        self.report_table.setVisible(has_item)
        open_rows = [r for r in rows if r.is_open]
        self.report_heading.setText(self.tr(
            "Report back: {open} open ({overdue} overdue), {closed} closed since the last "
            "session. The list is live until the meeting.").format(
                open=len(open_rows), overdue=sum(r.overdue for r in open_rows),
                closed=len(rows) - len(open_rows)))
        self.report_table.setRowCount(len(rows))
        red = QColor("#b00020")
        approximate = holidays.approximate_commitments(self.ctx.db, [r.commitment_id for r in rows])
        for n, r in enumerate(rows):
            status = labels.commitment_status(r.status)
            if r.overdue:
                status = self.tr("{status}, overdue").format(status=status)
            due = format_date(r.due_at, self.ctx.zone)
            values = (r.title, r.owner, due + (" ≈" if r.commitment_id in approximate else ""),
                      status, r.last_note)
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if r.overdue:
                    cell.setForeground(red)
                self.report_table.setItem(n, c, cell)

    def focus_first(self) -> None:
        """Focus the table on its first item's title, ready for F2 or the arrow keys."""
        if self.model.items and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, TITLE))
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.items[index.row()].id if index.isValid() else None

    def select_item(self, item_id: int) -> None:
        for row, item in enumerate(self.model.items):
            if item.id == item_id:
                self.table.selectRow(row)  # before: selecting a row makes its first cell current
                self.table.setCurrentIndex(self.model.index(row, TITLE))  # the title, editable
                return

    # --- edits ----------------------------------------------------------------------------------
    def _push(self, make: Callable[[], Command], select: int | None = None) -> Command | None:
        self._select_id = select
        command = self.undo_stack.run(make)
        if command is None:
            self._select_id = None
        return command

    def add_item(self) -> None:
        index = self.table.currentIndex()
        position = index.row() + 1 if index.isValid() else None
        command = self._push(lambda: AddItem(
            self.ctx.db, self.session_id, self.tr("New item"),
            AgendaKind.OPEN_FLOOR.value, 10, position, self.tr("Add agenda item")))
        if isinstance(command, AddItem):
            self._rename_id = command.item_id  # the reload the data bus brings re-opens it
            self._open_title(command.item_id)

    def _open_title(self, item_id: int) -> None:
        """The title cell of a new row in its editor, all text selected: typing replaces
        "New item" and Enter keeps it."""
        self.select_item(item_id)
        index = self.table.currentIndex()
        if not index.isValid() or self.model.items[index.row()].id != item_id:
            return
        index = self.model.index(index.row(), TITLE)
        self.table.setCurrentIndex(index)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.table.state() != QAbstractItemView.State.EditingState:
            self.table.edit(index)
        editor = self.table.indexWidget(index) or self.table.focusWidget()
        if isinstance(editor, QLineEdit):
            editor.selectAll()

    def remove_current(self) -> None:
        item_id = self.current_id()
        if item_id is not None:
            self._push(lambda: RemoveItem(self.ctx.db, item_id,
                                          self.tr("Remove agenda item")))

    def move_current(self, step: int) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.move_to(self.model.items[index.row()].id, index.row() + step)

    def move_to(self, item_id: int, position: int) -> None:
        old = next((n for n, i in enumerate(self.model.items) if i.id == item_id), None)
        if old is None or not 0 <= position < len(self.model.items) or position == old:
            return
        self._push(lambda: MoveItem(self.ctx.db, item_id, old, position,
                                    self.tr("Move agenda item")), select=item_id)

    def _edit(self, item_id: int, field: str, old: object, new: object) -> None:
        self._rename_id = None
        shown = next((i for i in self.model.items if i.id == item_id), None)
        self._push(lambda: EditItem(self.ctx.db, item_id, field, old, new,
                                    self.tr("Edit agenda item"),
                                    seen=shown.version if shown else None), select=item_id)

    # --- templates ------------------------------------------------------------------------------
    def _fill_templates(self) -> None:
        self.template_combo.clear()
        for choice in templates.available_templates(self.ctx.db):
            self.template_combo.addItem(choice.name, choice)

    def apply_template(self) -> None:
        choice = self.template_combo.currentData()
        if choice is None:
            return
        if self.model.items and not self.feedback.ask(self, self.tr("Use template"), self.tr(
                "Replace the {count} items of this agenda with the template \u201c{name}\u201d?")
                .format(count=len(self.model.items), name=choice.name)):
            return
        try:
            replace_agenda(self.ctx.db, self.session_id, choice.items)
        except TingjianError as exc:
            self.feedback.domain_error(self, exc)
            return
        self.undo_stack.clear()  # the old items are gone; their ids cannot be undone into

    def save_as_template(self, name: str | None = None) -> None:
        if not name:
            name, ok = QInputDialog.getText(self, self.tr("Save as template"),
                                            self.tr("Name of the template:"))
            if not ok:
                return
        try:
            templates.save_session_as_template(self.ctx.db, self.session_id, name)
        except TingjianError as exc:
            self.feedback.domain_error(self, exc)
            return
        self._fill_templates()
