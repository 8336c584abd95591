"""The minutes of one session: generate (off the GUI thread), open, review versions, approve."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton,
    QVBoxLayout, QWidget,
)

from ..plain import plain_labels
from ...core.errors import RecordedFileError, TingjianError
from ...core.models import MinutesVersion
from ...core.services import minutes_versions, sessions
from ...minutes import FileBusyError, TemplateError, TemplateStyle, suggest_alternative
from ...minutes.generate import Generated, approve_minutes, generate_minutes, write_report_back
from .. import settings as S
from .. import worker
from ..context import AppContext
from ..feedback import Feedback
from ..table_model import Column, RowTableModel, record_table
from desktop.core.msg import pick
from ...core.zone import format_datetime
from .privacy_review import PrivacyReviewDialog


class MinutesDialog(QDialog):
    def __init__(self, ctx: AppContext, feedback: Feedback, session_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.feedback, self.session_id = ctx, feedback, session_id
        self.session = sessions.get_session(ctx.db, session_id)
        self.job: worker.Task | None = None
        self.last_path: Path | None = None
        self.style = QComboBox()
        for key in ("official", "plain", "template"):
            self.style.addItem("", key)
        self.template = QLineEdit()
        self.template_button = QPushButton(clicked=self._pick_template)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template, 1)
        template_row.addWidget(self.template_button)
        self.public = QCheckBox()
        self.naming = QComboBox()
        self.naming.addItem("", "honorific")
        self.naming.addItem("", "letter")
        self.naming.setCurrentIndex(max(0, self.naming.findData(ctx.prefs.get(S.PUBLIC_NAMING))))
        self.out = QLineEdit(str(Path.home() / f"{self.session.title}.docx"))
        self.out_button = QPushButton(clicked=self._pick_out)
        out_row = QHBoxLayout()
        out_row.addWidget(self.out, 1)
        out_row.addWidget(self.out_button)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(5)]
        self.form.addRow(self.labels[0], self.style)
        self.form.addRow(self.labels[1], template_row)
        self.form.addRow("", self.public)
        self.form.addRow(self.labels[2], self.naming)
        self.form.addRow(self.labels[3], out_row)
        for label, buddy in zip(self.labels, (self.style, self.template, self.naming, self.out),
                                strict=False):
            label.setBuddy(buddy)  # Alt+letter reaches each field
        self.generate_button = QPushButton(clicked=self.generate)
        self.report_button = QPushButton(clicked=self.report_back)
        self.review_button = QPushButton(clicked=self.open_review)
        self.review_button.setObjectName("privacyReviewButton")
        self.open_button = QPushButton(clicked=self.open_last)
        self.open_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy indicator while the document is written
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (self.generate_button, self.report_button, self.review_button, self.open_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.versions: RowTableModel[MinutesVersion] = RowTableModel([
            Column(lambda: self.tr("Version"), lambda v: v.version, numeric=True),
            Column(lambda: self.tr("Kind"), lambda v: self.tr("public") if v.public
                   else self.tr("internal")),
            Column(lambda: self.tr("Style"), self._style_name),
            Column(lambda: self.tr("State"), self._state),
            Column(lambda: self.tr("Privacy review"), lambda v: (
                self.tr("{n} open").format(n=v.privacy_open) if v.privacy_open else self.tr("clear"))
                if v.public else ""),
            Column(lambda: self.tr("Created"),
                   lambda v: format_datetime(v.created_at, ctx.zone)),
            Column(lambda: self.tr("File"), lambda v: v.file_path or (
                self.tr("approved elsewhere, file not present") if v.status == "approved" else "")),
        ], lambda: minutes_versions.list_versions(ctx.db, session_id), self)
        self.table = record_table(self.versions, stretch=6, fit=True)
        self.approve_button = QPushButton(clicked=self.approve_selected)
        # a generated draft is recorded as a version, an approval locks one: both write; the
        # report back is only a file and stays
        ctx.writes.mark(self.generate_button, self.approve_button)
        self.close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        self.versions_label = QLabel()
        layout.addWidget(self.versions_label)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.approve_button)
        row.addStretch(1)
        row.addWidget(self.close_box)
        layout.addLayout(row)
        self.style.currentIndexChanged.connect(self._style_changed)
        self.versions.refresh()
        self.retranslate()
        self._style_changed()
        self.resize(820, 560)
        plain_labels(self)

    def _style_name(self, v: MinutesVersion) -> str:
        """The minutes styles as the style box names them; the session's other documents
        (notice, sign-in sheet, slips, result notice) by what they are."""
        index = self.style.findData(v.style)
        if index >= 0:
            return self.style.itemText(index).split(" (")[0]
        return {"notice": self.tr("Session notice"), "poster": self.tr("Notice poster"),
                "signin": self.tr("Sign-in sheet"), "slips": self.tr("Assignment slips"),
                "result_notice": self.tr("Result notice")}.get(v.style, v.style)

    def _state(self, v: MinutesVersion) -> str:
        if v.status != "approved":
            return self.tr("draft")
        if not v.file_path:  # from an archive: the approved file is not on this computer
            return self.tr("approved by {who} elsewhere, file not present").format(who=v.approved_by)
        return self.tr("approved by {who}").format(who=v.approved_by)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Minutes — {title}").format(title=self.session.title))
        for index, text in enumerate((self.tr("Official (GB/T 9704 minutes)"), self.tr("Plain"),
                                      self.tr("Organisation's template"))):
            self.style.setItemText(index, text)
        self.naming.setItemText(0, self.tr("Ms Wang (by salutation)"))
        self.naming.setItemText(1, self.tr("Resident A (by letter)"))
        for label, text in zip(self.labels, (self.tr("&Style"), self.tr("&Template (.docx)"),
                                             self.tr("Citizens &named as"), self.tr("Sa&ve as"),
                                             ""), strict=True):
            label.setText(text)
        self.public.setText(self.tr("P&ublic version (citizens renamed, personal data masked)"))
        self.template_button.setText(self.tr("Choose…"))
        self.out_button.setText(self.tr("Choose…"))
        self.generate_button.setText(self.tr("&Generate minutes"))
        self.report_button.setText(self.tr("&Report back (you said, we did)"))
        self.review_button.setText(self.tr("&Privacy review…"))
        self.open_button.setText(self.tr("&Open file"))
        self.approve_button.setText(self.tr("&Approve selected version…"))
        self.versions_label.setText(self.tr("Versions"))
        self.versions.retranslate()

    def _style_changed(self) -> None:
        is_template = self.style.currentData() == "template"
        self.template.setEnabled(is_template)
        self.template_button.setEnabled(is_template)

    def _pick_template(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Template"), "",
                                              self.tr("Word documents (*.docx *.dotx)"))
        if path:
            self.template.setText(path)

    def _pick_out(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save minutes as"), self.out.text(),
                                              self.tr("Word documents (*.docx)"))
        if path:
            self.out.setText(path)

    def _chosen_style(self) -> str | TemplateStyle:
        if self.style.currentData() == "template":
            return TemplateStyle(Path(self.template.text()))
        return self.style.currentData()

    def _busy(self, on: bool) -> None:
        self.progress.setVisible(on)
        for b in (self.generate_button, self.report_button, self.approve_button):
            b.setEnabled(not on)

    def generate(self, style: str | TemplateStyle | None = None, out: Path | None = None) -> None:
        style = style or self._chosen_style()
        out = out or Path(self.out.text()).expanduser()
        public, naming = self.public.isChecked(), self.naming.currentData()
        db, session_id, zone = self.ctx.db, self.session_id, self.ctx.zone
        published = S.published_numbers(self.ctx.prefs)
        self._busy(True)
        self.status.setText(self.tr("Writing {name} …").format(name=out.name))
        self.job = worker.start(
            lambda: generate_minutes(db, session_id, style=style, public=public, out=out,
                                     naming_style=naming, tz=zone, published_numbers=published),
            self._generated, lambda exc: self._failed(exc, style, out))

    def _generated(self, made: Generated) -> None:
        self._busy(False)
        self.last_path = made.result.path
        self.open_button.setEnabled(True)
        lines = [self.tr("Version {n} written to {path}.").format(n=made.version.version,
                                                                  path=made.result.path)]
        lines += [w.message(self.ctx.language) for w in made.result.warnings]
        if made.version.public and made.version.privacy_open:
            lines.append(self.tr("The privacy review has {n} open line(s): open the privacy "
                                 "review, keep or mask them, then generate again before "
                                 "approving.").format(n=made.version.privacy_open))
        if made.changes:
            lines.append(self.tr("Changed since the approved version:"))
            lines += ["  · " + c for c in made.changes]
        self.status.setText("\n".join(lines))
        self.versions.refresh()

    def _failed(self, exc: Exception, style, out: Path) -> None:
        self._busy(False)
        self.status.setText("")
        if not isinstance(exc, TingjianError):
            raise exc
        lang = self.ctx.language
        if isinstance(exc, TemplateError):
            if self.feedback.ask(self, self.tr("Template"), exc.text(lang) + "\n\n" + self.tr(
                    "Write the minutes in the plain style instead?")):
                self.generate("plain", out)
            return
        if isinstance(exc, RecordedFileError):  # a recorded version's file: offer a free name
            if self.feedback.ask(self, self.tr("Recorded version"), exc.text(lang) + "\n\n" + self.tr(
                    "Save as {name} instead?").format(name=Path(exc.free).name)):
                self.out.setText(str(exc.free))
                self.generate(style, Path(exc.free))
            return
        if isinstance(exc, FileBusyError):
            other = suggest_alternative(out)
            if self.feedback.ask(self, self.tr("File in use"), exc.text(lang) + "\n\n" + self.tr(
                    "Save as {name} instead?").format(name=other.name)):
                self.out.setText(str(other))
                self.generate(style, other)
            return
        self.feedback.domain_error(self, exc)

    def report_back(self) -> None:
        out = Path(self.out.text()).expanduser()
        out = out.with_name(out.stem + pick(self.session.language, en="-report-back",
                                                 zh="-办理情况通报") + ".docx")
        db, session_id, naming = self.ctx.db, self.session_id, self.naming.currentData()
        zone = self.ctx.zone
        published = S.published_numbers(self.ctx.prefs)
        self._busy(True)
        self.job = worker.start(lambda: write_report_back(db, session_id, out, naming, zone,
                                                          published_numbers=published),
                                self._reported, lambda exc: self._failed(exc, "plain", out))

    def _reported(self, result) -> None:  # noqa: ANN001
        self._busy(False)
        self.last_path = result.path
        self.open_button.setEnabled(True)
        self.status.setText(self.tr("Report back written to {path}.").format(path=result.path))

    def open_review(self) -> PrivacyReviewDialog:
        dialog = PrivacyReviewDialog(self.ctx, self.feedback, self.session_id,
                                     self.naming.currentData(), self)
        dialog.show()
        self.review_dialog = dialog
        return dialog

    def open_last(self) -> None:
        if self.last_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_path)))

    def approve_selected(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        version = self.versions.row_at(index.row())
        if version.public and version.privacy_open:
            if self.feedback.ask(self, self.tr("Privacy review"), self.tr(
                    "This public version was generated with {n} open line(s) in the privacy "
                    "review, so it cannot be approved. Open the privacy review now?").format(
                        n=version.privacy_open)):
                self.open_review()
            return
        who = self.feedback.text_input(self, self.tr("Approve"), self.tr(
            "Approved by (name and position):"), self.session.chair)
        if who is None:
            return
        try:
            approve_minutes(self.ctx.db, version.id, who)  # the final file, read-only
        except TingjianError as exc:
            self.feedback.domain_error(self, exc)
        self.versions.refresh()
