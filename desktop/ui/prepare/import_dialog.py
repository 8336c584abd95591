"""Import opinions or attendees: pick a file, see every row's verdict, import the valid rows or
nothing. Reading, checking and writing run off the GUI thread, with progress."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QRunnable, Qt, QThreadPool,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
    QProgressBar, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from ..plain import plain_labels, plain_tooltip
from ...core.errors import TingjianError
from ...core.importing import INVALID, VALID, ImportResult, Preview, RowVerdict
from ..context import AppContext
from ..feedback import Feedback

DISPLAY = Qt.ItemDataRole.DisplayRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
ALIGN = Qt.ItemDataRole.TextAlignmentRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
RED, GREY = QColor("#b00020"), QColor("#777777")


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)


class Job(QRunnable):
    """Runs ``work(progress)`` in the thread pool; reports through queued signals."""

    def __init__(self, work) -> None:  # noqa: ANN001
        super().__init__()
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit)
        except TingjianError as exc:
            self.signals.failed.emit(exc)
        except Exception as exc:  # noqa: BLE001 - shown as a calm message, logged by the caller
            self.signals.failed.emit(TingjianError(en=f"The import failed: {exc}", zh=f"导入失败：{exc}"))
        else:
            self.signals.done.emit(result)


class VerdictModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[RowVerdict] = []
        self.headers = ["", "", "", ""]
        self.status_text: dict[str, str] = {}
        self.lang = "en"

    def set_rows(self, rows: list[RowVerdict]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == TOOLTIP and column in (2, 3):
            return plain_tooltip(self.data(index, DISPLAY))
        if role == DISPLAY:
            if column == 0:
                return row.line
            if column == 1:
                return self.status_text.get(row.status, row.status)
            if column == 2:
                return "; ".join(
                    (f"{p.column}: " if p.column else "") + p.text(self.lang) for p in row.problems)
            return row.summary
        if role == FOREGROUND and column in (1, 2):
            return RED if row.status == INVALID else (GREY if row.status != VALID else None)
        if role == ALIGN and column == 0:
            return RIGHT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return self.headers[section]
        return None


SHOWN_NOTES = 8  # notes on the file listed under the summary; the rest are counted


class ImportDialog(QDialog):
    """``what`` is "opinions" or "attendees"."""

    imported = Signal(object)  # ImportResult

    def __init__(self, ctx: AppContext, feedback: Feedback, session_id: int, what: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.feedback, self.session_id, self.what = ctx, feedback, session_id, what
        self.preview: Preview | None = None
        self.result: ImportResult | None = None
        self._jobs: list[Job] = []  # running
        self._keep: list[Job] = []  # every job, alive until the dialog goes: a worker may still
        # be returning from run() when its last signal has already been handled here
        self.setWindowTitle(self.tr("Import opinions") if what == "opinions"
                            else self.tr("Import attendees"))
        self.file_label = QLabel(self.tr("No file chosen yet."))
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.help_label = QLabel(self._help())
        self.help_label.setWordWrap(True)
        self.help_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar()
        keep = self.progress.sizePolicy()  # its place is kept while hidden: showing it moves
        keep.setRetainSizeWhenHidden(True)  # nothing, so the table is not laid out and painted
        self.progress.setSizePolicy(keep)  # again while the work runs
        self.progress.hide()
        self.only_problems = QCheckBox(self.tr("Show only rows with problems"))
        self.only_problems.toggled.connect(self._filter)
        self.model = VerdictModel(self)
        self.model.lang = ctx.language
        self.model.headers = [self.tr("Line"), self.tr("Verdict"), self.tr("Problems"),
                              self.tr("Content")]
        self.model.status_text = {"valid": self.tr("valid"), "invalid": self.tr("not imported"),
                                  "duplicate": self.tr("duplicate, skipped")}
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(0, 60)
        header.resizeSection(1, 130)
        header.resizeSection(2, 380)
        self.import_button = QPushButton()
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.run_import)
        self.add_items_button = QPushButton()  # the agenda items the file names but the agenda lacks
        self.add_items_button.hide()
        self.add_items_button.clicked.connect(self.add_missing_items)
        self.path: Path | None = None
        ctx.writes.mark(self.import_button, self.add_items_button)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.only_problems)
        bottom.addStretch(1)
        bottom.addWidget(self.add_items_button)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.help_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._update_button()
        self.resize(960, 560)
        plain_labels(self)

    def _help(self) -> str:
        if self.what == "opinions":
            return self.tr("Columns (English or Chinese header): channel 渠道, received_at 收到时间, "
                           "name 姓名, group 分组, contact 联系方式, agenda_item 议题, kind 类型, "
                           "tags 标签, text 内容 (required). CSV in UTF-8, GBK or UTF-16, or XLSX.")
        return self.tr("Columns (English or Chinese header): name 姓名 (required), group 分组, "
                       "contact 联系方式, consent 同意, role 出席情况, note 备注. CSV in UTF-8, "
                       "GBK or UTF-16, or XLSX.")

    def _update_button(self) -> None:
        valid = self.preview.valid if self.preview else 0
        self.import_button.setText(self.tr("Import 1 valid row") if valid == 1 else
                                   self.tr("Import {count} valid rows").format(count=valid))
        self.import_button.setEnabled(valid > 0)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a file to import"), "",
            self.tr("Tables (*.csv *.xlsx *.txt);;All files (*)"))
        if path:
            self.load(path)

    def load(self, path: str | Path) -> None:
        """Read and check ``path`` off the GUI thread; the preview appears when ready."""
        from ...core.importing.attendees import preview_attendees
        from ...core.importing.opinions import preview_opinions

        self.preview = None
        self.model.set_rows([])
        self._update_button()
        self.file_label.setText(str(path))
        self.summary_label.setText(self.tr("Reading and checking every row…"))
        db, session_id, now = self.ctx.db, self.session_id, self.ctx.clock.now()
        zone = self.ctx.zone
        self.path = Path(path)
        if self.what == "opinions":
            def work(progress):  # noqa: ANN001, ANN202
                return preview_opinions(db, session_id, path, now=now, tz=zone, progress=progress)
        else:
            def work(progress):  # noqa: ANN001, ANN202
                return preview_attendees(db, session_id, path)
        self._start(work, self._previewed)

    def _start(self, work, on_done) -> None:  # noqa: ANN001
        job = Job(work)
        job.setAutoDelete(False)
        job.signals.progress.connect(self._progress)
        job.signals.done.connect(on_done)
        job.signals.done.connect(lambda _r, j=job: self._finished(j))
        job.signals.failed.connect(self._failed)
        job.signals.failed.connect(lambda _e, j=job: self._finished(j))
        self._jobs.append(job)
        self._keep.append(job)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.choose_button.setEnabled(False)
        self.import_button.setEnabled(False)
        QThreadPool.globalInstance().start(job)

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def _finished(self, job: Job) -> None:
        if job in self._jobs:
            self._jobs.remove(job)
        if not self._jobs:
            self.progress.hide()
            self.choose_button.setEnabled(True)
            self._update_button()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _failed(self, exc: TingjianError) -> None:
        self.summary_label.setText(exc.text(self.ctx.language))
        self.feedback.domain_error(self, exc)

    def _previewed(self, preview: Preview) -> None:
        self.preview = preview
        lang = self.ctx.language
        text = preview.summary(lang)
        if preview.invalid:
            text += " " + self.tr("Rows with problems are named below; they are not imported.")
        notes = preview.file_notes()  # the file's own notes: no row of the table carries them
        for note in notes[:SHOWN_NOTES]:
            text += "\n• " + note.describe(lang)
        if len(notes) > SHOWN_NOTES:
            text += "\n• " + self.tr("and {count} more notes on the file").format(
                count=len(notes) - SHOWN_NOTES)
        self.summary_label.setText(text)
        missing = preview.missing_items
        self.add_items_button.setVisible(bool(missing))
        if missing:
            shown = "、".join(missing[:5]) + ("…" if len(missing) > 5 else "")
            self.add_items_button.setText(
                self.tr("Add {count} missing agenda items ({names}) and check again").format(
                    count=len(missing), names=shown))
        self._filter()

    def add_missing_items(self) -> None:
        """One step: every agenda item the file names that the agenda lacks is added, then the
        file is checked again so its rows attach to them."""
        from ...core.services import agenda

        preview = self.preview
        if preview is None or not preview.missing_items or self.busy or self.path is None:
            return
        db, session_id, titles = self.ctx.db, self.session_id, list(preview.missing_items)
        path = self.path

        def work(_progress):  # noqa: ANN001, ANN202
            for title in titles:
                agenda.add_item(db, session_id, title)
            return path

        self.summary_label.setText(self.tr("Adding {count} agenda items…").format(count=len(titles)))
        self._start(work, self.load)

    def _filter(self) -> None:
        if self.preview is None:
            return
        rows = self.preview.rows
        if self.only_problems.isChecked():
            rows = [r for r in rows if r.problems]
        self.model.set_rows(rows)

    def run_import(self) -> None:
        from ...core.importing.attendees import import_attendees
        from ...core.importing.opinions import import_opinions

        preview = self.preview
        if preview is None or not preview.valid or self.busy:
            return
        db, now = self.ctx.db, self.ctx.clock.now()
        writer = import_opinions if self.what == "opinions" else import_attendees
        self.summary_label.setText(self.tr("Importing {count} rows…").format(count=preview.valid))
        self._start(lambda _progress: writer(db, preview, now=now), self._imported)

    def _imported(self, result: ImportResult) -> None:
        self.result = result
        self.summary_label.setText(self.tr("Imported {added} rows; {duplicates} duplicates skipped; "
                                           "{invalid} rows with problems not imported.").format(
            added=result.added, duplicates=result.duplicates, invalid=result.invalid))
        self.imported.emit(result)
        self.accept()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the worker threads are done (closing the application, tests)."""
        return QThreadPool.globalInstance().waitForDone(msecs)

    def done(self, result: int) -> None:
        if not (self.busy and self.preview is not None):
            super().done(result)

    def reject(self) -> None:
        if self.busy and self.preview is not None:
            return  # writing: the transaction finishes (or rolls back) before the dialog closes
        super().reject()
