"""A session's paperwork from the session editor: notice (or poster), sign-in sheet, assignment
slips, result notice. Written off the GUI thread; each file is recorded as a version."""
from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QProgressBar, QPushButton, QVBoxLayout, QWidget,
)

from ...core.errors import TingjianError
from ...core.services import paperwork, sessions
from .. import settings as S
from .. import worker
from ..context import AppContext
from ..feedback import Feedback
from desktop.core.msg import is_zh

#: (kind for write_document, paper, file-name suffix zh, en)
DOCUMENTS = (
    ("notice", "a4", "会议通知", "notice"),
    ("poster", "a4", "海报A4", "poster-A4"),
    ("poster", "a3", "海报A3", "poster-A3"),
    ("signin", "a4", "签到表", "sign-in"),
    ("slips", "a4", "交办单", "slips"),
    ("result_notice", "a4", "结果公示", "result-notice"),
)
SETTINGS = ("hotline", "email", "box_place", "web_form", "slip_number_format")


class DocumentsDialog(QDialog):
    def __init__(self, ctx: AppContext, feedback: Feedback, session_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.feedback, self.session_id = ctx, feedback, session_id
        self.session = sessions.get_session(ctx.db, session_id)
        self.job: worker.Task | None = None
        self.last_path: Path | None = None
        current = paperwork.get_settings(ctx.db)
        self.kind = QComboBox()
        for _ in DOCUMENTS:
            self.kind.addItem("")
        self.edits = {key: QLineEdit(str(getattr(current, key))) for key in SETTINGS}
        self.until = QDateEdit()
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd")
        day = (self.session.starts_at.astimezone() - timedelta(days=1)).date()
        self.until.setDate(QDate(day.year, day.month, day.day))
        self.folder = QLineEdit(str(Path.home()))
        self.folder_button = QPushButton(clicked=self._pick_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.folder_button)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(len(SETTINGS) + 3)]
        self.form.addRow(self.labels[0], self.kind)
        for label, key in zip(self.labels[1:], SETTINGS, strict=False):
            self.form.addRow(label, self.edits[key])
        self.form.addRow(self.labels[len(SETTINGS) + 1], self.until)
        self.form.addRow(self.labels[len(SETTINGS) + 2], folder_row)
        self.write_button = QPushButton(clicked=self.write)
        self.write_button.setDefault(True)
        ctx.writes.mark(self.write_button)  # each document written is recorded as a version
        self.open_button = QPushButton(clicked=self.open_last)
        self.open_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QHBoxLayout()
        buttons.addWidget(self.write_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.status, 1)
        layout.addWidget(close)
        self.retranslate()
        self.resize(640, 460)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Documents — {title}").format(title=self.session.title))
        names = (self.tr("Notice"), self.tr("Poster for the notice board, A4"),
                 self.tr("Poster for the notice board, A3"), self.tr("Sign-in sheet"),
                 self.tr("Assignment slips, one per page"),
                 self.tr("Public result notice"))
        for index, text in enumerate(names):
            self.kind.setItemText(index, text)
        texts = (self.tr("Document"), self.tr("Hotline"), self.tr("E-mail"),
                 self.tr("Suggestion box at"), self.tr("Web form"), self.tr("Slip number format"),
                 self.tr("Opinions until"), self.tr("Folder"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.edits["slip_number_format"].setToolTip(self.tr(
            "{year} is the year and {n} the number, e.g. 青石交〔{year}〕{n}号"))
        self.folder_button.setText(self.tr("Choose…"))
        self.write_button.setText(self.tr("&Write document"))
        self.open_button.setText(self.tr("&Open file"))

    def _pick_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Folder"), self.folder.text())
        if path:
            self.folder.setText(path)

    def target(self) -> Path:
        kind, paper, zh, en = DOCUMENTS[self.kind.currentIndex()]
        suffix = zh if is_zh(self.session.language) else en
        return Path(self.folder.text()).expanduser() / f"{self.session.title}-{suffix}.docx"

    def write(self) -> None:
        from ...paperwork.generate import write_document

        kind, paper = DOCUMENTS[self.kind.currentIndex()][:2]
        out = self.target()
        values = {key: edit.text() for key, edit in self.edits.items()}
        d = self.until.date()
        until = datetime.combine(datetime(d.year(), d.month(), d.day()).date(), time(23, 59)
                                 ).astimezone().astimezone(UTC)
        db, session_id = self.ctx.db, self.session_id
        naming = self.ctx.prefs.get(S.PUBLIC_NAMING)

        def work():  # noqa: ANN202 - the written document
            current = paperwork.get_settings(db)
            for key, value in values.items():
                if str(getattr(current, key)) != value:
                    paperwork.set_setting(db, key, value)
            paperwork.set_session_notice(db, session_id, opinions_until=until)
            return write_document(db, session_id, kind, out, paper=paper, naming_style=naming)

        self._busy(True)
        self.status.setText(self.tr("Writing {name} …").format(name=out.name))
        self.job = worker.start(work, self._written, self._failed)

    def _busy(self, on: bool) -> None:
        self.progress.setVisible(on)
        self.write_button.setEnabled(not on)

    def _written(self, made) -> None:  # noqa: ANN001
        self._busy(False)
        self.last_path = made.path
        self.open_button.setEnabled(True)
        lines = [self.tr("Version {n} written to {path}.").format(n=made.ordinal, path=made.path)]
        lines += ["  · " + line for line in made.missing]
        self.status.setText("\n".join(lines))

    def _failed(self, exc: TingjianError) -> None:
        self._busy(False)
        self.status.setText("")
        self.feedback.domain_error(self, exc)

    def open_last(self) -> None:
        if self.last_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_path)))
