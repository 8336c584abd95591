"""Small dialogs of the live screen: edit an opinion, make a commitment, read back."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QPlainTextEdit,
    QPushButton, QScrollArea, QSpinBox, QVBoxLayout, QWidget,
)

from ...core.live.commitments import ReadBackRow
from ...core.models import Owner
from ...core.models.enums import OpinionKind
from .. import labels
from .common import PlainEdit, one_line, plain_label
from desktop.core.msg import pick
from ...core.zone import format_date, format_time
from ..dates import zone_of, to_qdate, end_of_qdate

KINDS = [k.value for k in OpinionKind]


def kind_names(_widget: QWidget | None = None) -> dict[str, str]:
    return labels.opinion_kinds()


class EditOpinionDialog(QDialog):
    def __init__(self, text: str, kind: str, support: int, tags: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit opinion"))
        self.text = PlainEdit()
        self.text.setPlainText(text)
        self.kind = QComboBox()
        for key, name in kind_names(self).items():
            self.kind.addItem(name, key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.support = QSpinBox(maximum=100_000, value=support)
        self.tags = QLineEdit("; ".join(tags))
        form = QFormLayout(self)
        form.addRow(self.tr("&Text"), self.text)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Agreed by"), self.support)
        form.addRow(self.tr("Ta&gs"), self.tags)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(620, 420)

    def values(self) -> dict:
        return {"text": self.text.toPlainText(), "kind": self.kind.currentData(),
                "support_count": self.support.value(),
                "tags": [t for t in self.tags.text().replace("；", ";").split(";") if t.strip()]}


class CommitmentDialog(QDialog):
    """Owner from the session's owners, due date proposed by the policy and editable."""

    def __init__(self, title: str, owners: list[Owner], policies: list[tuple[str, str]],
                 policy: str, propose, opinion_count: int, lang: str,  # noqa: ANN001
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.propose, self.lang = propose, lang
        self.setWindowTitle(self.tr("Make a commitment"))
        self.title = QPlainTextEdit()
        self.title.setPlainText(title)
        self.title.setTabChangesFocus(True)
        self.owner = QComboBox()
        for owner in owners:
            self.owner.addItem(owner.name, owner.id)
        self.policy = QComboBox()
        for key, name in policies:
            self.policy.addItem(name, key)
        self.policy.setCurrentIndex(max(0, self.policy.findData(policy)))
        self.due = QDateEdit(calendarPopup=True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.note = plain_label()
        self.note.setWordWrap(True)
        self.policy.currentIndexChanged.connect(self._propose)
        form = QFormLayout(self)
        form.addRow(plain_label(self.tr("For {n} opinion(s)").format(n=opinion_count)))
        form.addRow(self.tr("&Commitment"), self.title)
        form.addRow(self.tr("&Owner"), self.owner)
        form.addRow(self.tr("Deadline &policy"), self.policy)
        form.addRow(self.tr("&Due"), self.due)
        form.addRow(self.note)
        if not owners:
            form.addRow(plain_label(self.tr("This session has no leaders or departments yet: "
                                            "add them on the Sessions page.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._propose()
        self.resize(560, 360)

    def _propose(self) -> None:
        proposed = self.propose(self.policy.currentData())
        self.due_at_proposed = proposed.due
        self.due.setDate(to_qdate(proposed.due, zone_of(self)))
        note = pick(self.lang, en=proposed.note_en, zh=proposed.note_zh)
        self.note.setText(note or "")

    def values(self) -> dict:
        due = self.due.date()
        due_at = (self.due_at_proposed if due == to_qdate(self.due_at_proposed, zone_of(self))
                  else end_of_qdate(due, zone_of(self)))
        return {"title": self.title.toPlainText().strip(), "owner_id": self.owner.currentData(),
                "policy": self.policy.currentData() or "", "due_at": due_at}


class ReadBackDialog(QDialog):
    """All commitments made in this session, in large type, to read aloud before closing."""

    def __init__(self, rows: list[ReadBackRow], read_back_at: datetime | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Read back the commitments"))
        body = QWidget()
        column = QVBoxLayout(body)
        big = QFont()
        big.setPointSize(20)
        self.labels = []
        for n, row in enumerate(rows, start=1):
            label = plain_label(self.tr("{n}. {owner}: {title} — by {due}").format(
                n=n, owner=one_line(row.owner, 60), title=one_line(row.title, 400),
                due=format_date(row.due_at, zone_of(self))))
            label.setFont(big)
            label.setWordWrap(True)
            column.addWidget(label)
            self.labels.append(label)
        if not rows:
            empty = plain_label(self.tr("No commitment was made in this session."))
            empty.setFont(big)
            column.addWidget(empty)
            self.labels.append(empty)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.status = plain_label(self.tr("Read back at {time}.").format(
            time=format_time(read_back_at, zone_of(self))) if read_back_at else "")
        self.mark_button = QPushButton(self.tr("&Mark as read back"))
        self.mark_button.clicked.connect(self.accept)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.mark_button)
        layout.addWidget(close)
        self.resize(900, 640)
