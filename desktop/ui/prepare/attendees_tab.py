"""Attendees: register people before or at the door, consent for contact details, totals."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ..plain import plain_labels
from ...core.errors import TingjianError
from ...core.services import attendance, sessions
from ..context import AppContext
from ..feedback import Feedback
from ...core.zone import format_datetime
from ..salutation import fill_salutations, salutation_combo
from .person_actions import PersonActions
from ...core.changes import Change, Entity

PERSON_ROLE = Qt.ItemDataRole.UserRole


class AttendeesTab(QWidget):
    def __init__(self, ctx: AppContext, feedback: Feedback, session_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.feedback, self.session_id = ctx, feedback, session_id
        self.import_dialog = None
        self.name_edit, self.group_edit = QLineEdit(), QLineEdit()
        self.contact_edit, self.note_edit = QLineEdit(), QLineEdit()
        self.consent_box = QCheckBox()
        self.salutation_combo = salutation_combo()
        self.role_combo = QComboBox()
        self.register_button = QPushButton()
        self.import_button = QPushButton()
        self.report_button, self.erase_button = QPushButton(), QPushButton()
        self.people_actions = PersonActions(ctx, feedback, self)
        self.anonymous_spin = QSpinBox()
        self.anonymous_spin.setRange(0, 100_000)
        self.totals_label = QLabel()
        self.totals_label.setWordWrap(True)
        self.totals_label.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("attendeesTable")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.contact_edit.textChanged.connect(self._contact_changed)
        self.register_button.clicked.connect(self.register)
        self._enter_fields = (self.name_edit, self.group_edit, self.contact_edit, self.note_edit)
        for edit in self._enter_fields:
            edit.installEventFilter(self)  # Enter registers, and goes no further
        self.anonymous_spin.editingFinished.connect(self.save_anonymous)
        self.import_button.clicked.connect(self.open_import)
        self.report_button.clicked.connect(
            lambda: self._for_selected(self.people_actions.ask_report))
        self.erase_button.clicked.connect(
            lambda: self._for_selected(self.people_actions.confirm_erase))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.form = QFormLayout()
        contact_row = QHBoxLayout()
        contact_row.addWidget(self.contact_edit, 1)
        contact_row.addWidget(self.consent_box)
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_edit, 1)
        name_row.addWidget(self.salutation_combo)
        self.form_labels = []
        for field, buddy in ((name_row, self.name_edit), (self.group_edit, self.group_edit),
                             (contact_row, self.contact_edit), (self.note_edit, self.note_edit),
                             (self.role_combo, self.role_combo)):
            label = QLabel()
            label.setBuddy(buddy)
            self.form_labels.append(label)
            self.form.addRow(label, field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.register_button)
        buttons.addStretch(1)
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.erase_button)
        buttons.addWidget(self.import_button)
        anon = QHBoxLayout()
        self.anonymous_label = QLabel()
        anon.addWidget(self.anonymous_label)
        anon.addWidget(self.anonymous_spin)
        anon.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addLayout(anon)
        layout.addWidget(self.totals_label)
        ctx.bus.changed.connect(self._on_changed)
        self._contact_changed("")
        self.retranslate()
        ctx.writes.mark(self.register_button, self.import_button, self.erase_button,
                        self.anonymous_spin)
        plain_labels(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001, N802
        """Enter in a field registers the attendee and is used up here, so the session
        editor's default button does not also save the session."""
        if watched in self._enter_fields and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.register_button.click()  # nothing while the button is off (only reading)
            return True
        return super().eventFilter(watched, event)

    def focus_first(self) -> None:
        self.name_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def retranslate(self) -> None:
        labels = (self.tr("&Name:"), self.tr("&Group:"), self.tr("&Contact:"), self.tr("No&te:"),
                  self.tr("&Attendance:"))
        for label, text in zip(self.form_labels, labels, strict=True):
            label.setText(text)
        self.name_edit.setPlaceholderText(self.tr("Name as signed in"))
        self.group_edit.setPlaceholderText(self.tr("Building, village, school or organisation"))
        self.contact_edit.setPlaceholderText(self.tr("Phone or e-mail, only with consent"))
        self.consent_box.setText(self.tr("Agrees to be contacted"))
        fill_salutations(self.salutation_combo)
        self.role_combo.clear()
        for key, text in (("present", self.tr("Present")), ("attending", self.tr("Attending (no vote)")),
                          ("excused", self.tr("Excused"))):
            self.role_combo.addItem(text, key)
        self.register_button.setText(self.tr("&Register"))
        self.import_button.setText(self.tr("&Import list…"))
        self.report_button.setText(self.tr("What is held…"))
        self.report_button.setToolTip(self.tr("Save everything held about the selected person "
                                              "(their request to see it) as .docx or JSON"))
        self.erase_button.setText(self.tr("Erase person…"))
        self.erase_button.setToolTip(self.tr("Replace the selected person's name, group and "
                                             "contact by an anonymous label (their request to "
                                             "be erased)"))
        self.anonymous_label.setText(self.tr("People who came without registering:"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Group"), self.tr("Attendance"),
                                              self.tr("Contact (consent time)"), self.tr("Note")])
        self.reload()

    def _contact_changed(self, text: str) -> None:
        self.consent_box.setEnabled(bool(text.strip()))
        if not text.strip():
            self.consent_box.setChecked(False)

    def _on_changed(self, change: Change) -> None:
        if change.touches(Entity.ATTENDANCE, Entity.PERSON, Entity.SESSION):
            self.reload()

    def _role_text(self, role: str) -> str:
        return {"present": self.tr("Present"), "attending": self.tr("Attending (no vote)"),
                "excused": self.tr("Excused")}.get(role, role)

    def reload(self) -> None:
        try:
            session = sessions.get_session(self.ctx.db, self.session_id)
        except TingjianError:
            return
        rows = attendance.attendees(self.ctx.db, self.session_id)
        self.table.setRowCount(len(rows))
        for n, (a, p) in enumerate(rows):
            contact = ""
            if p.contact:
                when = format_datetime(p.consent_at, self.ctx.zone)
                contact = f"{p.contact} ({when})"
            for c, value in enumerate((p.name, p.group_name, self._role_text(a.role), contact,
                                       p.note)):
                self.table.setItem(n, c, QTableWidgetItem(value))
            self.table.item(n, 0).setData(PERSON_ROLE, p.id)
        self._selection_changed()
        if not self.anonymous_spin.hasFocus():
            self.anonymous_spin.setValue(session.anonymous_count)
        totals: dict[str, int] = {}
        for t in attendance.totals_by_group(self.ctx.db, self.session_id):
            if t.role != "excused":
                key = t.group_name or self.tr("(no group)")
                totals[key] = totals.get(key, 0) + t.count
        registered, anonymous = attendance.headcount(self.ctx.db, self.session_id)
        groups = "; ".join(f"{g}: {n}" for g, n in sorted(totals.items(), key=lambda x: -x[1]))
        self.totals_label.setText(self.tr(
            "In the room: {total} ({registered} registered + {anonymous} not registered). "
            "By group: {groups}").format(total=registered + anonymous, registered=registered,
                                         anonymous=anonymous, groups=groups or "—"))

    def selected_person(self) -> int | None:
        rows = {i.row() for i in self.table.selectedItems()}
        if len(rows) != 1:
            return None
        item = self.table.item(rows.pop(), 0)
        return item.data(PERSON_ROLE) if item is not None else None

    def _selection_changed(self) -> None:
        chosen = self.selected_person() is not None
        self.report_button.setEnabled(chosen)
        self.erase_button.setEnabled(chosen)

    def _for_selected(self, action) -> None:  # noqa: ANN001
        person_id = self.selected_person()
        if person_id is not None:
            action(person_id)

    def register(self) -> None:
        try:
            attendance.register_attendee(
                self.ctx.db, self.session_id, self.name_edit.text(), self.group_edit.text(),
                contact=self.contact_edit.text() or None,
                contact_consent=self.consent_box.isChecked(), note=self.note_edit.text(),
                role=self.role_combo.currentData(),
                salutation=self.salutation_combo.currentData() or "", now=self.ctx.clock.now())
        except TingjianError as exc:
            self.feedback.domain_error(self, exc)
            return
        for edit in (self.name_edit, self.contact_edit, self.note_edit):
            edit.clear()  # the group often repeats at the door: keep it
        self.consent_box.setChecked(False)
        self.salutation_combo.setCurrentIndex(0)
        self.name_edit.setFocus()

    def save_anonymous(self) -> None:
        try:
            sessions.update_session(self.ctx.db, self.session_id,
                                    anonymous_count=self.anonymous_spin.value())
        except TingjianError as exc:
            self.feedback.domain_error(self, exc)

    def open_import(self):  # noqa: ANN201
        from .import_dialog import ImportDialog

        self.import_dialog = ImportDialog(self.ctx, self.feedback, self.session_id, "attendees", self)
        self.import_dialog.open()
        return self.import_dialog
