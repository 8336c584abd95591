"""The capture form's fields and keys: the opinion text (Enter saves, Shift+Enter breaks the
line), the "agreed by" box (+ and − step it), and Enter saving from choice boxes and from the
tag completion popup."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QSpinBox

from .common import PlainEdit

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
SHIFT = Qt.KeyboardModifier.ShiftModifier
PLUS_KEYS = (Qt.Key.Key_Plus, Qt.Key.Key_Equal)


class CaptureText(PlainEdit):
    """Enter saves, Shift+Enter breaks the line. Ctrl+Z/Ctrl+Shift+Z undo typing while there is
    typing to undo, and the live screen's actions otherwise."""

    submitted = Signal()
    undo_live = Signal()
    redo_live = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.setUndoRedoEnabled(True)
        self.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is self and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            key_event: QKeyEvent = event  # type: ignore[assignment]
            doc = self.document()
            if key_event.matches(QKeySequence.StandardKey.Undo) and not doc.isUndoAvailable():
                return self._live(event, self.undo_live)
            if key_event.matches(QKeySequence.StandardKey.Redo) and not doc.isRedoAvailable():
                return self._live(event, self.redo_live)
        return super().eventFilter(obj, event)

    def _live(self, event: QEvent, signal: Signal) -> bool:  # type: ignore[valid-type]
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # deliver it as a key press, handled below
        else:
            signal.emit()  # type: ignore[attr-defined]
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in ENTER_KEYS and not event.modifiers() & SHIFT:
            self.submitted.emit()
            return
        super().keyPressEvent(event)

    def clear_saved(self) -> None:
        self.setPlainText("")  # also empties the typing undo history


class SupportBox(QSpinBox):
    """The "agreed by N in the room" count: + and - keys step it, Enter saves."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in ENTER_KEYS:
            self.interpretText()
            self.submitted.emit()
        elif event.key() in PLUS_KEYS:
            self.stepUp()
        elif event.key() == Qt.Key.Key_Minus:
            self.stepDown()
        else:
            super().keyPressEvent(event)


class EnterSaves(QObject):
    """Enter on a closed choice box (agenda item, kind, salutation) saves the opinion."""

    def __init__(self, save: Callable[[], object], parent: QObject) -> None:
        super().__init__(parent)
        self.save = save

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and event.key() in ENTER_KEYS \
                and not event.modifiers() & SHIFT:  # type: ignore[attr-defined]
            self.save()
            return True
        return False


class PopupEnter(QObject):
    """Enter while the tag completion popup is open: take the highlighted completion (if one
    is highlighted), close the popup and save, all in one key press. Installed on the popup
    after the completer's own filter, so it runs first; the completer would otherwise complete
    into the field after the save had emptied it."""

    def __init__(self, save: Callable[[], object], line: QLineEdit) -> None:
        super().__init__(line)
        self.save, self.line = save, line

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress or event.key() not in ENTER_KEYS:  # type: ignore[attr-defined]
            return False
        completer = self.line.completer()
        index = completer.popup().currentIndex()
        if index.isValid():
            self.line.setText(str(index.data(completer.completionRole())))
        completer.popup().hide()
        self.save()
        return True
