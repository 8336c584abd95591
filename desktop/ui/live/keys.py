"""The Live page's keys, said once: the page binds them, the buttons and the legend show them,
and Help → Keyboard shortcuts lists them.

The facilitator's keys are function keys and one Ctrl+Shift chord, bound page-wide, so they work
from any field of the page (the opinion text included) without moving the focus, and never
collide with typing.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

# the facilitator, page-wide
NEXT_ITEM = "F5"
PAUSE = "F6"
GIVE_FLOOR = "F7"
END_TURN = "F8"
ADD_SPEAKER = "F9"
BLANK = "Ctrl+Shift+B"
REPORT_BACK = "Ctrl+Shift+R"  # the projector shows the commitments reported back
# moving around the page
AGENDA = "F2"
QUEUE = "F3"
TEXT = "F4"
# the queue (while it has the focus)
MOVE_UP, MOVE_DOWN, SKIP = "Alt+Up", "Alt+Down", "Delete"
# the secretary, page-wide
UNDO, REDO = "Ctrl+Z", "Ctrl+Shift+Z"
SAVE_FROM_ANYWHERE = "Ctrl+Return"
EDIT, REMOVE, COMMITMENT, READ_BACK = "Ctrl+E", "Ctrl+Delete", "Ctrl+M", "Ctrl+R"
NOTES_SAVE, SHOW_LIST, SHOW_NOTES, NEXT_KIND = "Ctrl+S", "Ctrl+L", "Ctrl+J", "Ctrl+K"
AGREED_UP, AGREED_DOWN = "Ctrl+=", "Ctrl+-"
BACK_TO_TEXT = "Esc"


class LiveKeys(QObject):
    """What each key of the Live page does, in the user's language."""

    def facilitator(self) -> list[tuple[str, str]]:
        return [(NEXT_ITEM, self.tr("next agenda item (starts the first one)")),
                (PAUSE, self.tr("pause or resume the item")),
                (GIVE_FLOOR, self.tr("give the floor: the speaker selected in the queue, else the "
                                   "first waiting")),
                (END_TURN, self.tr("end the current turn")),
                (ADD_SPEAKER, self.tr("add a speaker: type the name, Enter adds and goes back")),
                (BLANK, self.tr("blank the projector")),
                (REPORT_BACK, self.tr("projector: the commitments reported back, or back")),
                (AGENDA, self.tr("go to the agenda")), (QUEUE, self.tr("go to the queue")),
                (TEXT, self.tr("go to the opinion text")),
                (f"{MOVE_UP} / {MOVE_DOWN}", self.tr("move the selected speaker (in the queue)")),
                ("Del", self.tr("skip the selected speaker (in the queue)"))]

    def secretary(self) -> list[tuple[str, str]]:
        return [(self.tr("Enter"), self.tr("save the opinion, from any field of the form")),
                (self.tr("Shift+Enter"), self.tr("new line in the opinion text")),
                (BACK_TO_TEXT, self.tr("back to the opinion text")),
                (f"{AGREED_UP} / {AGREED_DOWN}", self.tr("agreed by one more / one less")),
                (NEXT_KIND, self.tr("next kind of opinion")),
                (EDIT, self.tr("edit the selected opinion")),
                ("Ctrl+Del", self.tr("remove the selected opinion")),
                (COMMITMENT, self.tr("make a commitment of the selected opinions")),
                (READ_BACK, self.tr("read back the commitments")),
                (SHOW_LIST, self.tr("captured opinions")),
                (SHOW_NOTES, self.tr("summary and decisions of the item")),
                (NOTES_SAVE, self.tr("save the summary and decisions")),
                (f"{UNDO} / {REDO}", self.tr("undo / redo"))]

    def legend(self) -> str:
        """One line for the foot of the facilitator's panel."""
        return self.tr("{next} next item · {pause} pause · {floor} give floor · {end} end turn · "
                       "{add} add speaker · {blank} blank projector · {agenda}/{queue}/{text} "
                       "agenda/queue/text").format(
            next=NEXT_ITEM, pause=PAUSE, floor=GIVE_FLOOR, end=END_TURN, add=ADD_SPEAKER,
            blank=BLANK, agenda=AGENDA, queue=QUEUE, text=TEXT)


class KeysDialog(QDialog):
    """Help → Keyboard shortcuts: every key of the Live page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keys = LiveKeys(self)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        sections = ((self.tr("Facilitator"), keys.facilitator()),
                    (self.tr("Secretary"), keys.secretary()))
        self.table = QTableWidget(sum(len(rows) + 1 for _, rows in sections), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("What it does")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        row = 0
        for title, rows in sections:
            heading = QTableWidgetItem(title)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            self.table.setItem(row, 0, heading)
            self.table.setSpan(row, 0, 1, 2)
            row += 1
            for key, text in rows:
                self.table.setItem(row, 0, QTableWidgetItem(key))
                self.table.setItem(row, 1, QTableWidgetItem(text))
                row += 1
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 560)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
