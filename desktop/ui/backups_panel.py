"""Backups in Settings: list them, back up now, restore one after seeing what it holds."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout,
)

from .plain import plain_labels
from ..core.backup import (
    BackupInfo, RetentionPolicy, describe, list_backups, make_backup, reason_label,
)
from .labels import interface_language
from ..core.restoring import restore
from ..core.db import open_database
from ..core.errors import TingjianError
from ..core.paths import backups_dir
from .context import AppContext
from .feedback import Feedback
from .table_model import Column, RowTableModel, record_table
from ..core.zone import format_datetime, format_seconds


class BackupsPanel(QGroupBox):
    def __init__(self, ctx: AppContext, feedback: Feedback, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.feedback = ctx, feedback
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.model: RowTableModel[BackupInfo] = RowTableModel([
            Column(lambda: self.tr("Taken"),
                   lambda b: format_seconds(b.taken_at, self.ctx.zone)),
            Column(lambda: self.tr("Occasion"), lambda b: reason_label(b.reason, interface_language())),
            Column(lambda: self.tr("Size (KB)"), lambda b: round(b.size / 1024), numeric=True),
        ], self._load, self)
        self.table = record_table(self.model, stretch=0, widths={1: 160, 2: 100})
        self.table.setMinimumHeight(140)
        self.backup_button = QPushButton(clicked=self.backup_now)
        self.restore_button = QPushButton(clicked=self.restore_selected)
        ctx.writes.mark(self.restore_button)  # a backup is only read; a restore replaces the data
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.setEnabled(ctx.db.location.path is not None)
        self.model.refresh()
        self.retranslate()
        plain_labels(self)

    def _load(self) -> list[BackupInfo]:
        path = self.ctx.db.location.path
        return list_backups(backups_dir(path), path.stem) if path is not None else []

    def backup_now(self) -> None:
        path = self.ctx.db.location.path
        try:
            make_backup(path, "manual", policy=RetentionPolicy())
        except TingjianError as exc:
            self.feedback.domain_error(self, exc)
        self.model.refresh()

    def restore_selected(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        info = self.model.row_at(index.row())
        try:
            contents = describe(info.path)
        except TingjianError as exc:
            self.feedback.domain_error(self, exc)
            return
        when = info.taken_at.astimezone(self.ctx.zone)
        question = self.tr(
            "Restore the backup taken {taken}?\n\nIt holds {sessions} sessions, {opinions} "
            "opinions and {commitments} commitments (latest session: {latest}); check: {check}."
            "\n\nChanges made after {taken} will be lost. The current database is kept "
            "aside as a file next to it.").format(
                taken=format_datetime(info.taken_at, self.ctx.zone),
                sessions=contents.sessions, opinions=contents.opinions,
                commitments=contents.commitments, latest=contents.latest_session or "—",
                check=contents.check)
        action = self.tr("Replace with the backup of {taken} (changes after {time} are lost)"
                         ).format(taken=when.strftime("%Y-%m-%d %H:%M"),
                                  time=when.strftime("%H:%M"))
        if not self.feedback.confirm(self, self.tr("Restore a backup"), question, action,
                                     self.tr("Cancel, change nothing")):
            return
        location = self.ctx.db.location
        self.ctx.db.close()
        try:
            aside = restore(location.path, info.path)
        except TingjianError as exc:
            self.feedback.domain_error(self, exc)
            aside = None
        try:
            self.ctx.replace_database(open_database(location))
        except TingjianError as exc:
            self.feedback.domain_error(self, exc)
            return
        self.model.refresh()
        if aside is not None:
            self.feedback.error(self, self.tr("Restore a backup"), self.tr(
                "Restored. The replaced database was kept as {aside}.").format(aside=aside))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Backups"))
        if self.ctx.db.location.path is None:
            self.note.setText(self.tr("This database is on a server; back it up there "
                                      "(for example with pg_dump)."))
        else:
            self.note.setText(self.tr(
                "Backups are made at start, every 30 minutes while something changed, on close "
                "and before every upgrade, and kept in {folder}.").format(
                    folder=backups_dir(self.ctx.db.location.path)))
        self.backup_button.setText(self.tr("Back up now"))
        self.restore_button.setText(self.tr("Restore selected…"))
        self.model.retranslate()
