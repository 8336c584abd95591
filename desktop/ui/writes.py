"""Controls that write to the database: disabled, saying why, while this process only reads.

A page marks each control that would write once, where it builds it:
``ctx.writes.mark(button, action, shortcut)``. While the process only reads (the leader's seat,
or a database opened read-only on a full disk or a read-only drive) every marked control is
disabled and its tooltip gives the reason in the interface's language; when that changes (the
seat connected, a database restored from a backup, the language switched) ``refresh`` applies
the new state to all of them. A disabled ``QAction`` or ``QShortcut`` does not fire its keys.

Pages go on enabling their controls as before ("Edit" only with a selection): a marked control's
``setEnabled``, ``setDisabled`` and ``setToolTip`` are wrapped, so what the page asks for is
remembered and shown only while the process may write. A widget enabled past the wrapper (a
signal connected to the C++ slot before the control was marked) is caught by an event filter.
Text editors become read-only rather than disabled, so their text can still be read and copied.
What is not an on/off control (a table's inline editing) follows the state through ``watch``.
"""
from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from .plain import plain_tooltip

if TYPE_CHECKING:
    from .context import AppContext

Control = QWidget | QAction | QShortcut
_WANTED = "_tingjian_write_wanted"  # on each marked control: what its page asked for


def refusal(ctx: AppContext) -> str:
    """Why this process cannot write, in the interface's language; "" when it can."""
    if ctx.read_only_seat:
        return QCoreApplication.translate("Writes", "This laptop is the leader's seat: it only "
                                                    "reads")
    error = ctx.db.read_only if ctx.db is not None else None
    return error.text(ctx.language) if error is not None else ""


class _Wanted:
    """What the page asked of one control, and the control's own (unwrapped) setters."""

    def __init__(self, control: Control) -> None:
        kind = type(control)
        self.text = isinstance(control, (QTextEdit, QPlainTextEdit))
        if self.text:
            self.on = not control.isReadOnly()
            self._set_read_only = kind.setReadOnly.__get__(control)
        else:
            self.on = (not control.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled)
                       if isinstance(control, QWidget) else control.isEnabled())
        self._set_enabled = kind.setEnabled.__get__(control)
        # an action without a tooltip of its own shows its text (in the current language)
        self.tip = ("" if isinstance(control, QAction) else control.toolTip()) \
            if hasattr(control, "toolTip") else None
        self._set_tip = kind.setToolTip.__get__(control) if self.tip is not None else None

    def show(self, reason: str) -> None:
        on = self.on and not reason
        if self.text:
            self._set_read_only(not on)
        else:
            self._set_enabled(on)
        if self._set_tip is not None:
            self._set_tip(plain_tooltip(reason) if reason else self.tip or "")


class WriteGate(QObject):
    """Holds the marked controls of every window of one application context."""

    def __init__(self, reason: Callable[[], str]) -> None:
        super().__init__()
        self._reason = reason
        self._controls: list[weakref.ref] = []
        self._watchers: list[Callable[[], Callable[[str], Any] | None]] = []
        self.reason = ""

    @property
    def writable(self) -> bool:
        return not self.reason

    def mark(self, *controls: Control) -> None:
        """These controls write: disabled (and saying why) whenever the process only reads."""
        self.reason = self._reason()
        for control in controls:
            if getattr(control, _WANTED, None) is not None:
                continue
            wanted = _Wanted(control)
            setattr(control, _WANTED, wanted)
            self._wrap(control, wanted)
            if isinstance(control, QWidget):
                control.installEventFilter(self)
            elif isinstance(control, QAction):
                control.enabledChanged.connect(lambda on, c=control: self._bypassed(c, on))
            self._controls.append(weakref.ref(control))
            wanted.show(self.reason)

    def _wrap(self, control: Control, wanted: _Wanted) -> None:
        def set_enabled(on: bool) -> None:
            wanted.on = bool(on)
            wanted.show(self.reason)

        def set_tip(text: str) -> None:
            wanted.tip = text
            wanted.show(self.reason)

        if wanted.text:
            control.setReadOnly = lambda on: set_enabled(not on)
        else:
            control.setEnabled = set_enabled
            if isinstance(control, (QWidget, QAction)):
                control.setDisabled = lambda off: set_enabled(not off)
        if wanted.tip is not None:
            control.setToolTip = set_tip

    def watch(self, slot: Callable[[str], Any]) -> None:
        """Call ``slot(reason)`` now and whenever the state changes ("" while writable); a
        bound method is held weakly, so a closed window is let go."""
        ref = weakref.WeakMethod(slot) if hasattr(slot, "__self__") else (lambda: slot)
        self._watchers.append(ref)
        slot(self.reason)

    def refresh(self) -> None:
        """Apply the current state (and its reason's text) to every marked control."""
        self.reason = self._reason()
        alive = []
        for ref in self._controls:
            control = ref()
            wanted = getattr(control, _WANTED, None) if control is not None else None
            if wanted is None:
                continue
            try:
                wanted.show(self.reason)
            except RuntimeError:  # its window was closed and deleted
                continue
            alive.append(ref)
        self._controls = alive
        watchers = []
        for ref in self._watchers:
            slot = ref()
            if slot is None:
                continue
            try:
                slot(self.reason)
            except RuntimeError:
                continue
            watchers.append(ref)
        self._watchers = watchers

    def controls(self) -> list[Control]:
        """The marked controls still alive (for tests)."""
        return [c for c in (ref() for ref in self._controls) if c is not None]

    def _bypassed(self, control: Control, on: bool) -> None:
        wanted = getattr(control, _WANTED, None)
        if on and self.reason and wanted is not None:
            wanted.on = True
            wanted.show(self.reason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.EnabledChange and self.reason
                and isinstance(watched, QWidget)
                and not watched.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled)):
            wanted = getattr(watched, _WANTED, None)
            if wanted is not None and not wanted.text:
                wanted.on = True
                wanted.show(self.reason)
        return False
