"""The session editor: kind presets, facts of the session, who attends, deadline policy; then
the agenda and attendees tabs once the session exists."""
from __future__ import annotations


from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSpinBox, QTabWidget, QTimeEdit, QVBoxLayout, QWidget,
)

from ..plain import plain_labels
from ..qtutils import add_shortcuts, focus_into
from ...core.errors import TingjianError
from ...core.models.enums import SessionKind
from ...core.presets import PRESETS
from ...core.services import owners, preparation, sessions, templates
from .. import labels
from ..context import AppContext
from ..feedback import Feedback
from desktop.core.msg import pick
from ...core.zone import at, naive_local, today

ID_ROLE = Qt.ItemDataRole.UserRole


def deadline_policies(lang: str) -> list[tuple[str, str]]:
    """(key, name) of the built-in deadline policies."""
    from ...core.deadlines import BUILTIN_POLICIES

    return [(p.key, p.name(lang)) for p in BUILTIN_POLICIES.values()]


class SessionDialog(QDialog):
    """``session_id`` None creates a new session (with ``series_of`` unused); else edits it."""

    saved = Signal(int)

    def __init__(self, ctx: AppContext, feedback: Feedback, session_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.feedback, self.session_id = ctx, feedback, session_id
        self.agenda_editor = None
        self.attendees_tab = None
        self.import_dialog = None
        self._suggested_title = ""
        self.tabs = QTabWidget()
        self.form_page = QWidget()
        self.form = QFormLayout(self.form_page)
        self.kind_combo = QComboBox()
        for kind in SessionKind:
            self.kind_combo.addItem(labels.session_kind(kind.value), kind.value)
        self.title_edit = QLineEdit()
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.time_edit = QTimeEdit()
        self.time_edit.setDisplayFormat("HH:mm")
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(10, 24 * 60)
        self.minutes_spin.setSingleStep(15)
        self.venue_edit = QLineEdit()
        self.language_combo = QComboBox()
        self.language_combo.addItem("中文", "zh")
        self.language_combo.addItem("English", "en")
        self.organisation_edit = QLineEdit()
        self.chair_edit, self.facilitator_edit, self.recorder_edit = QLineEdit(), QLineEdit(), QLineEdit()
        self.owner_list = QListWidget()
        self.owner_list.setMaximumHeight(150)
        self.directory_button = QPushButton()
        self.directory_button.clicked.connect(self.open_directory)
        self.policy_combo = QComboBox()
        self.template_combo = QComboBox()
        when = QHBoxLayout()
        when.addWidget(self.date_edit)
        when.addWidget(self.time_edit)
        when.addWidget(self.minutes_spin)
        when.addStretch(1)
        owners_box = QVBoxLayout()
        owners_box.addWidget(self.owner_list)
        owners_box.addWidget(self.directory_button, 0, Qt.AlignmentFlag.AlignLeft)
        rows = [self.kind_combo, self.title_edit, when, self.venue_edit, self.language_combo,
                self.organisation_edit, self.chair_edit, self.facilitator_edit, self.recorder_edit,
                owners_box, self.policy_combo, self.template_combo]
        buddies = [self.kind_combo, self.title_edit, self.date_edit, self.venue_edit,
                   self.language_combo, self.organisation_edit, self.chair_edit,
                   self.facilitator_edit, self.recorder_edit, self.owner_list, self.policy_combo,
                   self.template_combo]
        self.form_labels = []
        for widget, buddy in zip(rows, buddies, strict=True):
            label = QLabel()
            label.setBuddy(buddy)
            self.form_labels.append(label)
            self.form.addRow(label, widget)
        self.tabs.addTab(self.form_page, "")
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.open_import)
        self.documents_button = QPushButton()
        self.documents_button.clicked.connect(self.open_documents)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        self.save_key = QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        # the session can be read (its agenda and attendees too) but not changed from a seat
        # that only reads; the directory and the documents dialog mark their own writes
        ctx.writes.mark(self.save_button, self.save_key, self.import_button)
        add_shortcuts(self, (("Ctrl+Tab", lambda: self.switch_tab(1)),
                             ("Ctrl+PgDown", lambda: self.switch_tab(1)),
                             ("Ctrl+Shift+Tab", lambda: self.switch_tab(-1)),
                             ("Ctrl+PgUp", lambda: self.switch_tab(-1))))
        footer = QHBoxLayout()
        footer.addWidget(self.import_button)
        footer.addWidget(self.documents_button)
        footer.addStretch(1)
        footer.addWidget(self.save_button)
        footer.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(footer)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.date_edit.dateChanged.connect(lambda _d: self._suggest_title())
        self.language_combo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.retranslate()
        self._fill_owners(set())
        if session_id is None:
            self._start_new()
        else:
            self._load(session_id)
        self.resize(900, 680)
        plain_labels(self)

    def retranslate(self) -> None:
        texts = (self.tr("&Kind:"), self.tr("&Title:"), self.tr("&Date, start, minutes:"),
                 self.tr("&Venue:"), self.tr("&Language:"), self.tr("Orga&nisation:"),
                 self.tr("C&hair:"), self.tr("&Facilitator:"), self.tr("&Recorder:"),
                 self.tr("Leaders and depart&ments attending:"), self.tr("Deadline &policy:"),
                 self.tr("A&genda template:"))
        for label, text in zip(self.form_labels, texts, strict=True):
            label.setText(text)
        self.minutes_spin.setSuffix(self.tr(" min available"))
        self.tabs.setTabText(0, self.tr("Session"))
        self.directory_button.setText(self.tr("Edit the director&y…"))
        self.save_button.setText(self.tr("&Save") if self.session_id else self.tr("&Create session"))
        self.import_button.setText(self.tr("Import &opinions…"))
        self.documents_button.setText(self.tr("Docum&ents…"))
        self.documents_button.setToolTip(self.tr(
            "Notice, poster, sign-in sheet, assignment slips, result notice"))
        self.close_button.setText(self.tr("Close"))
        self.setWindowTitle(self.tr("Edit session") if self.session_id else self.tr("New session"))
        self.organisation_edit.setPlaceholderText(self.tr("Issuing body of the minutes"))

    def switch_tab(self, step: int) -> None:
        """Ctrl+Tab / Ctrl+Shift+Tab (also Ctrl+PgDown/PgUp) from any field, tables included:
        the next or previous tab, with the focus in its first field."""
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())
        focus_into(self.tabs.currentWidget())

    # --- filling ------------------------------------------------------------------------------
    def _fill_owners(self, checked: set[int]) -> None:
        self.owner_list.clear()
        for owner in owners.list_owners(self.ctx.db, active_only=False):
            if not owner.active and owner.id not in checked:
                continue
            text = owner.name + (f"（{owner.title}）" if owner.title else "")
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, owner.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if owner.id in checked
                               else Qt.CheckState.Unchecked)
            self.owner_list.addItem(item)

    def checked_owners(self) -> list[int]:
        return [self.owner_list.item(i).data(ID_ROLE) for i in range(self.owner_list.count())
                if self.owner_list.item(i).checkState() == Qt.CheckState.Checked]

    def _fill_policies(self, current: str) -> None:
        self.policy_combo.clear()
        self.policy_combo.addItem(self.tr("(none: set per commitment)"), "")
        for key, name in deadline_policies(self.ctx.language):
            self.policy_combo.addItem(name, key)
        if current and self.policy_combo.findData(current) < 0:
            self.policy_combo.addItem(current, current)
        self.policy_combo.setCurrentIndex(max(0, self.policy_combo.findData(current)))

    def _fill_templates(self) -> None:
        self.template_combo.clear()
        self.template_combo.addItem(self.tr("(empty agenda)"), None)
        for choice in templates.available_templates(self.ctx.db):
            self.template_combo.addItem(choice.name, choice)

    def _start_new(self) -> None:
        tomorrow = today(self.ctx.clock.now(), self.ctx.zone)
        self.date_edit.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day).addDays(7))
        self.language_combo.setCurrentIndex(pick(self.ctx.language, en=1, zh=0))
        self._fill_policies("")
        self._fill_templates()
        self._kind_changed()
        self.import_button.setEnabled(False)
        self.documents_button.setEnabled(False)

    def _kind_changed(self) -> None:
        """Presets fill the defaults of a new session; an existing one keeps its values."""
        if self.session_id is not None:
            return
        preset = PRESETS[self.kind_combo.currentData()]
        self.time_edit.setTime(QTime(preset.start.hour, preset.start.minute))
        self.minutes_spin.setValue(preset.planned_minutes)
        self.policy_combo.setCurrentIndex(max(0, self.policy_combo.findData(preset.deadline_policy)))
        key = f"{preset.kind}-{self.language_combo.currentData()}"
        for i in range(self.template_combo.count()):
            choice = self.template_combo.itemData(i)
            if choice is not None and choice.key == key:
                self.template_combo.setCurrentIndex(i)
        self._suggest_title()

    def _suggest_title(self) -> None:
        if self.session_id is not None:
            return
        if self.title_edit.text().strip() and self.title_edit.text() != self._suggested_title:
            return  # the user typed a title: keep it
        preset = PRESETS[self.kind_combo.currentData()]
        d = self.date_edit.date()
        lang = self.language_combo.currentData()
        date_text = pick(lang, en=d.toString("d MMM yyyy"), zh=f"{d.year()}年{d.month()}月{d.day()}日")
        self._suggested_title = preset.title(lang, date_text)
        self.title_edit.setText(self._suggested_title)

    def _load(self, session_id: int) -> None:
        s = sessions.get_session(self.ctx.db, session_id)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(s.kind)))
        self.title_edit.setText(s.title)
        local = naive_local(s.starts_at, self.ctx.zone)
        self.date_edit.setDate(QDate(local.year, local.month, local.day))
        self.time_edit.setTime(QTime(local.hour, local.minute))
        self.minutes_spin.setValue(s.planned_minutes)
        self.venue_edit.setText(s.venue)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(s.language)))
        self.organisation_edit.setText(s.organisation)
        self.chair_edit.setText(s.chair)
        self.facilitator_edit.setText(s.facilitator)
        self.recorder_edit.setText(s.recorder)
        self._fill_owners({o.id for o in sessions.session_owners(self.ctx.db, session_id)})
        self._fill_policies(s.deadline_policy)
        self.form.setRowVisible(self.template_combo, False)
        self._add_tabs()

    def _add_tabs(self) -> None:
        from .agenda_editor import AgendaEditor
        from .attendees_tab import AttendeesTab

        assert self.session_id is not None
        self.agenda_editor = AgendaEditor(self.ctx, self.feedback, self.session_id)
        self.attendees_tab = AttendeesTab(self.ctx, self.feedback, self.session_id)
        self.tabs.addTab(self.agenda_editor, self.tr("Agenda"))
        self.tabs.addTab(self.attendees_tab, self.tr("Attendees"))
        self.import_button.setEnabled(True)
        self.documents_button.setEnabled(True)

    # --- saving ---------------------------------------------------------------------------------
    def values(self) -> dict:
        d, t = self.date_edit.date(), self.time_edit.time()
        starts = at(d.toPython(), t.hour(), t.minute(), self.ctx.zone)
        return {"title": self.title_edit.text(), "starts_at": starts,
                "kind": self.kind_combo.currentData(), "planned_minutes": self.minutes_spin.value(),
                "venue": self.venue_edit.text().strip(),
                "language": self.language_combo.currentData(),
                "organisation": self.organisation_edit.text().strip(),
                "chair": self.chair_edit.text().strip(),
                "facilitator": self.facilitator_edit.text().strip(),
                "recorder": self.recorder_edit.text().strip(),
                "deadline_policy": self.policy_combo.currentData() or ""}

    def save(self) -> bool:
        values = self.values()
        try:
            if self.session_id is None:
                choice = self.template_combo.currentData()
                title, starts_at = values.pop("title"), values.pop("starts_at")
                kind = values.pop("kind")
                row = preparation.new_session(
                    self.ctx.db, title, starts_at, kind, use_default_template=False,
                    owner_ids=self.checked_owners(), **values)
                self.session_id = row.id
                if choice is not None:
                    preparation.replace_agenda(self.ctx.db, row.id, choice.items)  # type: ignore[arg-type]
                self.form.setRowVisible(self.template_combo, False)
                self._add_tabs()
                self.tabs.setCurrentWidget(self.agenda_editor)
                self.agenda_editor.focus_first()  # the next step: the agenda, by keyboard
            else:
                sessions.update_session(self.ctx.db, self.session_id, **values)
                sessions.set_session_owners(self.ctx.db, self.session_id, self.checked_owners())
        except TingjianError as exc:
            self.feedback.domain_error(self, exc)
            return False
        self.retranslate()
        self.saved.emit(self.session_id)
        return True

    def open_directory(self) -> None:
        from .directory_dialog import DirectoryDialog

        checked = set(self.checked_owners())
        DirectoryDialog(self.ctx, self.feedback, self).exec()
        self._fill_owners(checked)

    def open_import(self):  # noqa: ANN201
        from .import_dialog import ImportDialog

        if self.session_id is None:
            return None
        self.import_dialog = ImportDialog(self.ctx, self.feedback, self.session_id, "opinions", self)
        self.import_dialog.open()
        return self.import_dialog


    def open_documents(self):  # noqa: ANN201
        from .documents_dialog import DocumentsDialog

        if self.session_id is None:
            return None
        self.documents_dialog = DocumentsDialog(self.ctx, self.feedback, self.session_id, self)
        self.documents_dialog.open()
        return self.documents_dialog


class NextInSeriesDialog(QDialog):
    """Asks the date of the next session of a series; the rest is copied from the previous."""

    def __init__(self, ctx: AppContext, feedback: Feedback, previous_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.feedback, self.previous_id = ctx, feedback, previous_id
        self.created_id: int | None = None
        prev = sessions.get_session(ctx.db, previous_id)
        local = naive_local(prev.starts_at, ctx.zone)
        self.setWindowTitle(self.tr("New session in this series"))
        self.title_edit = QLineEdit(prev.title)
        self.date_edit = QDateEdit(QDate(local.year, local.month, local.day).addMonths(1))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.time_edit = QTimeEdit(QTime(local.hour, local.minute))
        self.time_edit.setDisplayFormat("HH:mm")
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("&Start:"), self.time_edit)
        from PySide6.QtWidgets import QDialogButtonBox

        note = QLabel(self.tr("The agenda, the leaders and departments attending and the settings "
                              "of \u201c{title}\u201d are copied; a report-back item lists the "
                              "commitments still open.").format(title=prev.title))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)
        plain_labels(self)

    def create(self) -> None:
        d, t = self.date_edit.date(), self.time_edit.time()
        starts = at(d.toPython(), t.hour(), t.minute(), self.ctx.zone)
        try:
            row = preparation.new_in_series(self.ctx.db, self.previous_id, starts,
                                            self.title_edit.text())
        except TingjianError as exc:
            self.feedback.domain_error(self, exc)
            return
        self.created_id = row.id
        self.accept()
