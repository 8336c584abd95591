"""A person's requests from the attendee screens: see what is held (a report), or be erased."""
from __future__ import annotations

import getpass
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from ...core.errors import TingjianError
from ...core.services import erasure, people, persons
from ..context import AppContext
from ..feedback import Feedback
from ..worker import Task, start


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


class EraseDialog(QDialog):
    """Confirms an erasure. Cancel is the default button: Enter or Esc changes nothing."""

    def __init__(self, name: str, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Erase a person"))
        self.explain = QLabel(self.tr(
            "Erase {name} (#{id})?\n\nTheir name, group and contact are replaced by an anonymous "
            "label on every record; what they said stays, with their name masked. Minutes files "
            "already written are not changed (the record notes that they predate the erasure). "
            "This cannot be undone.").format(name=name, id=person_id))
        self.explain.setTextFormat(Qt.TextFormat.PlainText)
        self.explain.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. asked by phone on 3 November"))
        self.by = QLineEdit(_user())
        form = QFormLayout()
        form.addRow(self.tr("Reason:"), self.reason)
        form.addRow(self.tr("Erased by:"), self.by)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = self.buttons.addButton(self.tr("Erase"),
                                                   QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.setAutoDefault(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        self.buttons.rejected.connect(self.reject)
        self.erase_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(520, 260)


class PersonActions(QObject):
    """Report and erase, for the person a screen has selected."""

    def __init__(self, ctx: AppContext, feedback: Feedback, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx, self.feedback, self.widget = ctx, feedback, parent
        self.tasks: list[Task] = []
        self.dialog: EraseDialog | None = None
        self.written: Path | None = None

    def ask_report(self, person_id: int) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self.widget, self.tr("Save what is held about this person"),
            f"person-{person_id}.docx", self.tr("Word document (*.docx);;JSON (*.json)"))
        if path:
            self.write_report(person_id, Path(path))

    def write_report(self, person_id: int, path: Path) -> Task:
        """Gather and write the report off the GUI thread."""
        from ...minutes.person_report import write_person_report

        db, now, lang = self.ctx.db, self.ctx.clock.now(), self.ctx.language
        task = start(lambda: write_person_report(persons.person_report(db, person_id, now),
                                                 path, lang),
                     self._written, lambda exc: self.feedback.domain_error(self.widget, exc))
        self.tasks = [*self.tasks[-3:], task]
        return task

    def _written(self, path: Path) -> None:
        self.written = path

    def confirm_erase(self, person_id: int) -> EraseDialog | None:
        try:
            person = people.get_person(self.ctx.db, person_id)
            problem = erasure.erase_refusal(self.ctx.db, person_id)
        except TingjianError as exc:
            self.feedback.domain_error(self.widget, exc)
            return None
        if problem is not None:  # officials, or erased already: say so before asking anything
            self.feedback.domain_error(self.widget, problem)
            return None
        self.dialog = EraseDialog(person.name, person_id, self.widget)
        self.dialog.accepted.connect(lambda: self.erase(person_id, self.dialog.reason.text(),
                                                        self.dialog.by.text()))
        self.dialog.open()
        return self.dialog

    def erase(self, person_id: int, reason: str, by: str) -> erasure.Erasure | None:
        try:
            return erasure.erase_person(self.ctx.db, person_id, reason, by,
                                        now=self.ctx.clock.now())
        except TingjianError as exc:
            self.feedback.domain_error(self.widget, exc)
            return None
