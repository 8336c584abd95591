"""Small forms of the follow-up work: disposition, status, progress, extension, follow-up call,
custom deadline policy. Each calls its service on OK and stays open with the reason if refused."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget,
)

from ..plain import plain_labels
from ...core.deadlines import UNITS, custom_policy
from ...core.errors import ConflictError, TingjianError, ValidationError
from ...core.models.enums import CommitmentStatus
from ...core.services import commitments, dispositions, followups, owners
from ...core.services import policies
from ...core.services.paperwork import reopen_commitment
from ...core.services.register import rows_for
from .. import labels
from ..context import AppContext
from ..feedback import Feedback
from ..dates import DateTimeField, from_qdatetime, to_qdatetime
from ..qtutils import add_shortcuts
from .register import key_hint


def date_edit(value: datetime, zone: tzinfo, with_time: bool = True) -> DateTimeField:
    """A picker showing ``value`` as the wall time in the display zone; a date typed in full
    ("2027-02-15 10:00") lands in its sections."""
    return DateTimeField(to_qdatetime(value, zone), with_time)


ACCEPT_KEYS = ("Ctrl+Return", "Ctrl+Enter")  # OK from any field, the text boxes included


class FormDialog(QDialog):
    def __init__(self, ctx: AppContext, feedback: Feedback, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.feedback = ctx, feedback
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setDefault(True)  # Enter in a one-line field or a list accepts
        ok.setToolTip(self.tr("Save ({key}; Enter outside the text boxes)").format(
            key=key_hint(ACCEPT_KEYS[0])))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            self.tr("Close without saving ({key})").format(key=key_hint("Esc")))
        self.accept_shortcuts = add_shortcuts(self, [(key, self.try_accept) for key in ACCEPT_KEYS])
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.result_value: object = None
        plain_labels(self)

    def submit(self) -> object:  # overridden
        raise NotImplementedError

    def first_field(self) -> QWidget | None:
        """The first field the user can type into or choose in (labels are skipped)."""
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            widget = item.widget() if item is not None else None
            if widget is None or isinstance(widget, QLabel):
                continue
            if widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                return widget
        return None

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        super().showEvent(event)
        for box in self.findChildren(QPlainTextEdit):
            box.setTabChangesFocus(True)  # Tab moves on; the forms are filled by keyboard
        field = self.first_field()
        if field is not None:
            field.setFocus(Qt.FocusReason.TabFocusReason)

    def try_accept(self) -> bool:
        try:
            self.result_value = self.submit()
        except ConflictError as exc:
            # what this form shows is out of date; the page beneath has read the rows again,
            # so opening the form again starts from what another seat saved
            self.feedback.domain_error(self, exc)
            self.reject()
            return False
        except TingjianError as exc:
            self.feedback.domain_error(self, exc)
            return False
        self.accept()
        return True


def _owner_combo(ctx: AppContext, current: int | None = None) -> QComboBox:
    combo = QComboBox()
    for owner in owners.list_owners(ctx.db):
        combo.addItem(owner.name, owner.id)
    if current is not None:
        combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


DISPOSITION_KINDS = ("adopted", "partly_adopted", "not_adopted", "referred", "explained")


class DispositionDialog(FormDialog):
    def __init__(self, ctx: AppContext, feedback: Feedback, opinion_id: int, opinion_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, feedback, self.tr("Disposition"), parent)
        self.opinion_id = opinion_id
        text = QLabel(opinion_text[:400])
        text.setWordWrap(True)
        self.kind = QComboBox()
        for kind in DISPOSITION_KINDS:
            self.kind.addItem(labels.disposition_kind(kind), kind)
        self.reason = QPlainTextEdit()
        self.reason.setMaximumHeight(90)
        self.reason.setPlaceholderText(self.tr("Required when not adopted; the citizen reads it"))
        self.owner = _owner_combo(ctx)
        self.decided_by = QLineEdit()
        self.decided_at = date_edit(ctx.clock.now(), ctx.zone)
        current = dispositions.get_disposition(ctx.db, opinion_id)
        self.version = current.version if current is not None else 0  # 0: none shown
        if current is not None:
            self.kind.setCurrentIndex(self.kind.findData(current.kind))
            self.reason.setPlainText(current.reason)
            self.decided_by.setText(current.decided_by)
            if current.referred_to_id is not None:
                self.owner.setCurrentIndex(max(self.owner.findData(current.referred_to_id), 0))
        self.form.addRow(self.tr("Opinion"), text)
        self.form.addRow(self.tr("Disposition"), self.kind)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.form.addRow(self.tr("Referred to"), self.owner)
        self.form.addRow(self.tr("Decided by"), self.decided_by)
        self.form.addRow(self.tr("Decided at"), self.decided_at)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        plain_labels(self)

    def _kind_changed(self) -> None:
        self.owner.setEnabled(self.kind.currentData() == "referred")

    def submit(self) -> object:
        kind = self.kind.currentData()
        return dispositions.set_disposition(
            self.ctx.db, self.opinion_id, kind, reason=self.reason.toPlainText(),
            decided_by=self.decided_by.text(), decided_at=from_qdatetime(self.decided_at.dateTime(), self.ctx.zone),
            referred_to_id=self.owner.currentData() if kind == "referred" else None,
            expected_version=self.version)


class StatusDialog(FormDialog):
    def __init__(self, ctx: AppContext, feedback: Feedback, commitment_id: int, current: str,
                 parent: QWidget | None = None, *, version: int | None = None) -> None:
        super().__init__(ctx, feedback, self.tr("Change status"), parent)
        self.commitment_id, self.version = commitment_id, version  # the version shown
        self.status = QComboBox()
        for status in CommitmentStatus:
            self.status.addItem(labels.commitment_status(status), status.value)
        self.status.setCurrentIndex(self.status.findData(current))
        self.reason = QPlainTextEdit()
        self.reason.setMaximumHeight(90)
        self.reason.setPlaceholderText(self.tr("Required when it cannot be done"))
        self.form.addRow(self.tr("Status"), self.status)
        self.form.addRow(self.tr("Reason"), self.reason)
        plain_labels(self)

    def submit(self) -> object:
        return commitments.set_status(self.ctx.db, self.commitment_id, self.status.currentData(),
                                      self.reason.toPlainText(), now=self.ctx.clock.now(),
                                      expected_version=self.version)


class ProgressDialog(FormDialog):
    def __init__(self, ctx: AppContext, feedback: Feedback, commitment_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, feedback, self.tr("Progress note"), parent)
        self.commitment_id = commitment_id
        self.text = QPlainTextEdit()
        self.author = QLineEdit()
        self.noted_at = date_edit(ctx.clock.now(), ctx.zone)
        self.form.addRow(self.tr("Progress"), self.text)
        self.form.addRow(self.tr("Noted by"), self.author)
        self.form.addRow(self.tr("Date"), self.noted_at)
        plain_labels(self)

    def submit(self) -> object:
        return commitments.add_progress(self.ctx.db, self.commitment_id, self.text.toPlainText(),
                                        self.author.text(), from_qdatetime(self.noted_at.dateTime(), self.ctx.zone))


class ExtendDialog(FormDialog):
    def __init__(self, ctx: AppContext, feedback: Feedback, commitment_id: int, due: datetime,
                 rule: str, custom: Callable[[], dict], parent: QWidget | None = None, *,
                 version: int | None = None) -> None:
        super().__init__(ctx, feedback, self.tr("Extend the due date"), parent)
        self.commitment_id, self.custom = commitment_id, custom
        self.version = version  # of the commitment whose due date and extensions are shown
        self.new_due = date_edit(due, ctx.zone)
        self.reason = QPlainTextEdit()
        self.reason.setMaximumHeight(90)
        self.approved_by = QLineEdit()
        info = QLabel(rule)
        info.setWordWrap(True)
        self.form.addRow(self.tr("Policy"), info)
        self.form.addRow(self.tr("New due date"), self.new_due)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.form.addRow(self.tr("Approved by"), self.approved_by)
        plain_labels(self)

    def submit(self) -> object:
        return commitments.extend(self.ctx.db, self.commitment_id,
                                  from_qdatetime(self.new_due.dateTime(), self.ctx.zone),
                                  self.reason.toPlainText(), self.approved_by.text(),
                                  custom=self.custom(), zone=self.ctx.zone,
                                  expected_version=self.version)


TRISTATE = ((None, "Not asked"), (True, "Yes"), (False, "No"))


class FollowUpDialog(FormDialog):
    """A follow-up call about an opinion or a commitment."""

    def __init__(self, ctx: AppContext, feedback: Feedback, *, opinion_id: int | None = None,
                 commitment_id: int | None = None, subject: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, feedback, self.tr("Follow-up call"), parent)
        self.opinion_id, self.commitment_id = opinion_id, commitment_id
        about = QLabel(subject[:300])
        about.setWordWrap(True)
        self.valid = QCheckBox(self.tr("Reached the person and got an answer"))
        self.valid.setChecked(True)
        self.contacted = self._tristate()
        self.resolved = self._tristate()
        self.satisfaction = QComboBox()
        self.satisfaction.addItem(self.tr("Not asked"), None)
        for value, text in labels.satisfactions().items():
            self.satisfaction.addItem(text, value)
        self.note = QPlainTextEdit()
        self.note.setMaximumHeight(90)
        self.caller = QLineEdit()
        self.called_at = date_edit(ctx.clock.now(), ctx.zone)
        self.form.addRow(self.tr("About"), about)
        self.form.addRow("", self.valid)
        self.form.addRow(self.tr("Contacted in time"), self.contacted)
        self.form.addRow(self.tr("Considers it resolved"), self.resolved)
        self.form.addRow(self.tr("Satisfaction"), self.satisfaction)
        self.form.addRow(self.tr("Note"), self.note)
        self.form.addRow(self.tr("Called by"), self.caller)
        self.form.addRow(self.tr("Called at"), self.called_at)
        self.reopen = QCheckBox(self.tr("Unsatisfied: reopen the commitment"))
        self.reopen.setEnabled(False)
        if commitment_id is not None:
            self.form.addRow("", self.reopen)
            self.satisfaction.currentIndexChanged.connect(self._allow_reopen)
        plain_labels(self)

    def _allow_reopen(self) -> None:
        unsatisfied = self.satisfaction.currentData() == "unsatisfied"
        self.reopen.setEnabled(unsatisfied)
        if not unsatisfied:
            self.reopen.setChecked(False)

    def _tristate(self) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("Not asked"), None)
        combo.addItem(self.tr("Yes"), True)
        combo.addItem(self.tr("No"), False)
        return combo

    def submit(self) -> object:
        reopen = self.reopen.isChecked() and self.commitment_id is not None
        if reopen:
            row = rows_for(self.ctx.db, [self.commitment_id]).get(self.commitment_id)
            if row is None or row.status != "done":  # refused before anything is written
                raise ValidationError(en="Only a completed commitment can be reopened.",
                                      zh="只有已办结的承诺事项才能重办。")
        call = followups.record_followup(
            self.ctx.db, opinion_id=self.opinion_id, commitment_id=self.commitment_id,
            valid=self.valid.isChecked(), contacted_in_time=self.contacted.currentData(),
            resolved=self.resolved.currentData(), satisfaction=self.satisfaction.currentData(),
            note=self.note.toPlainText(), caller=self.caller.text(),
            called_at=from_qdatetime(self.called_at.dateTime(), self.ctx.zone))
        if reopen:
            reopen_commitment(self.ctx.db, self.commitment_id, follow_up_id=call.id,
                              reason=self.note.toPlainText())
        return call


class CustomPolicyDialog(FormDialog):
    """A custom deadline policy, kept in the database for every seat."""

    def __init__(self, ctx: AppContext, feedback: Feedback, parent: QWidget | None = None) -> None:
        super().__init__(ctx, feedback, self.tr("New deadline policy"), parent)
        self.key = QLineEdit()
        self.key.setPlaceholderText(self.tr("e.g. {example}").format(example="street_office_10"))
        self.name_zh, self.name_en = QLineEdit(), QLineEdit()
        self.amount = QSpinBox()
        self.amount.setRange(1, 9999)
        self.amount.setValue(10)
        self.unit = QComboBox()
        for unit, text in zip(UNITS, (self.tr("Calendar days"), self.tr("Working days"),
                                      self.tr("Hours")), strict=True):
            self.unit.addItem(text, unit)
        self.unit.setCurrentIndex(1)
        self.max_extensions = QSpinBox()
        self.max_extensions.setRange(0, 99)
        self.max_extension = QSpinBox()
        self.max_extension.setRange(0, 9999)
        self.max_extension.setSpecialValueText(self.tr("no limit"))
        note = QLabel(self.tr("Working days follow China's official holidays and adjusted working "
                              "weekends; for a year not yet published only weekends are skipped "
                              "and the date is marked approximate."))
        note.setWordWrap(True)
        note.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.form.addRow(self.tr("Key"), self.key)
        self.form.addRow(self.tr("Chinese name"), self.name_zh)
        self.form.addRow(self.tr("English name"), self.name_en)
        self.form.addRow(self.tr("Time limit"), self.amount)
        self.form.addRow(self.tr("Counted in"), self.unit)
        self.form.addRow(self.tr("Extensions allowed"), self.max_extensions)
        self.form.addRow(self.tr("Longest extension"), self.max_extension)
        self.form.addRow("", note)
        plain_labels(self)

    def submit(self) -> object:
        policy = custom_policy(self.key.text().strip(), self.name_zh.text(), self.name_en.text(),
                               self.amount.value(), self.unit.currentData(),
                               self.max_extension.value(), self.max_extensions.value())
        policies.save_custom(self.ctx.db, policy)
        return policy
