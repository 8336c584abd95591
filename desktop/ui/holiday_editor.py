"""The holiday calendar editor: a year at a glance; days off and adjusted working days toggled by
hand, or read from the State Council notice (pasted or opened) or a CSV file, previewed with every
problem named, and saved for every seat only when the calendar is clean and the user confirms."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpinBox, QSplitter, QToolTip, QVBoxLayout, QWidget,
)

from ..core.errors import TingjianError
from ..core.holiday_calendar import DayEntry, YearPlan, plan_from_entries
from ..core.services import holidays
from .context import AppContext
from .feedback import Feedback
from .plain import plain_tooltip
from desktop.core.msg import is_zh

PLAIN = Qt.TextFormat.PlainText
OFF_FILL, OFF_TEXT = QColor("#fde2e1"), QColor("#b3261e")
WORK_FILL, WORK_TEXT = QColor("#dbe8ff"), QColor("#1a4fa0")
WEEKEND_TEXT, GRID_TEXT = QColor("#8a8a8a"), QColor("#202020")
ERROR_COLOR = QColor("#b3261e")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")


class YearView(QWidget):
    """Twelve months in a 4 × 3 grid; a click on a day toggles it: a weekday becomes a day off
    (and back), a weekend day becomes an adjusted working day (and back)."""

    toggled = Signal(object)  # the date clicked
    CELL, GAP, HEAD = 24, 14, 40

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year = 2000  # set_year() shows the real one
        self.entries: dict[date, DayEntry] = {}
        self.month_names = [str(m) for m in range(1, 13)]
        self.weekday_names = list("一二三四五六日")
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_year(self, year: int, entries: dict[date, DayEntry]) -> None:
        self.year, self.entries = year, entries
        self.update()

    def _month_size(self) -> tuple[int, int]:
        return 7 * self.CELL, self.HEAD + 6 * self.CELL

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt name
        width, height = self._month_size()
        return QSize(4 * width + 5 * self.GAP, 3 * height + 4 * self.GAP)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt name
        return self.sizeHint()

    def _cells(self):  # noqa: ANN202 - yields (date, QRectF)
        width, height = self._month_size()
        for month in range(12):
            left = self.GAP + (month % 4) * (width + self.GAP)
            top = self.GAP + (month // 4) * (height + self.GAP)
            first = date(self.year, month + 1, 1)
            offset = first.weekday()
            day = first
            while day.month == first.month:
                index = offset + day.day - 1
                yield day, QRectF(left + (index % 7) * self.CELL,
                                  top + self.HEAD + (index // 7) * self.CELL, self.CELL, self.CELL)
                day += timedelta(days=1)

    def day_at(self, x: float, y: float) -> date | None:
        for day, rect in self._cells():
            if rect.contains(x, y):
                return day
        return None

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        width, _height = self._month_size()
        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() * 0.8, 6))
        for month in range(12):
            left = self.GAP + (month % 4) * (width + self.GAP)
            top = self.GAP + (month // 4) * (self._month_size()[1] + self.GAP)
            painter.setFont(bold)
            painter.setPen(GRID_TEXT)
            painter.drawText(QRectF(left, top, width, 20), Qt.AlignmentFlag.AlignCenter,
                             self.month_names[month])
            painter.setFont(small)
            for i, name in enumerate(self.weekday_names):
                painter.setPen(WEEKEND_TEXT if i >= 5 else GRID_TEXT)
                painter.drawText(QRectF(left + i * self.CELL, top + 20, self.CELL, 18),
                                 Qt.AlignmentFlag.AlignCenter, name)
        painter.setFont(self.font())
        for day, rect in self._cells():
            entry = self.entries.get(day)
            cell = rect.adjusted(1, 1, -1, -1)
            if entry is not None:
                painter.fillRect(cell, OFF_FILL if entry.kind == "off" else WORK_FILL)
                painter.setPen(QPen(OFF_TEXT if entry.kind == "off" else WORK_TEXT, 1))
                if entry.source == "hand":
                    painter.drawRect(cell)
            else:
                painter.setPen(WEEKEND_TEXT if day.weekday() >= 5 else GRID_TEXT)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(day.day))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt name
        day = self.day_at(event.position().x(), event.position().y())
        if day is not None and event.button() == Qt.MouseButton.LeftButton:
            self.toggled.emit(day)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt name
        day = self.day_at(event.position().x(), event.position().y())
        entry = self.entries.get(day) if day else None
        if entry is not None and entry.name:
            QToolTip.showText(event.globalPosition().toPoint(), plain_tooltip(entry.name), self)
        else:
            QToolTip.hideText()


class HolidayEditor(QDialog):
    """One year of the shared holiday calendar. ``plan`` is what would be saved."""

    def __init__(self, ctx: AppContext, feedback: Feedback, year: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.feedback = ctx, feedback
        today = ctx.clock.now().date()
        self.year = QSpinBox()
        self.year.setRange(holidays.MIN_YEAR, holidays.MAX_YEAR)
        self.year.setValue(year or (today.year + 1 if today.month >= 11 else today.year))
        self.source = QLabel()
        self.source.setTextFormat(PLAIN)
        self.view = YearView()
        self.notice = QPlainTextEdit()
        self.read_button, self.open_button = QPushButton(), QPushButton()
        self.revert_button, self.save_button, self.close_button = (QPushButton(), QPushButton(),
                                                                   QPushButton())
        self.problems = QListWidget()
        self.problems.setMinimumHeight(110)
        self.summary, self.legend, self.notice_label = QLabel(), QLabel(), QLabel()
        for label in (self.summary, self.legend, self.notice_label):
            label.setTextFormat(PLAIN)
            label.setWordWrap(True)
        self.year_label = QLabel()

        top = QHBoxLayout()
        top.addWidget(self.year_label)
        top.addWidget(self.year)
        top.addWidget(self.source, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.notice_label)
        left_layout.addWidget(self.notice, 1)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.read_button)
        buttons_row.addWidget(self.open_button)
        left_layout.addLayout(buttons_row)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.view)
        right_layout.addWidget(self.legend)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.problems, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.revert_button)
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self.plan: YearPlan = YearPlan(self.year.value(), "hand")
        self.saved_entries: dict[date, DayEntry] = {}
        self.year.valueChanged.connect(lambda _v: self.load_year())
        self.view.toggled.connect(self.toggle)
        self.read_button.clicked.connect(self.read_notice)
        self.open_button.clicked.connect(self.open_file)
        self.revert_button.clicked.connect(self.load_year)
        self.save_button.clicked.connect(self.save)
        self.ctx.writes.mark(self.save_button)
        self.close_button.clicked.connect(self.reject)
        self.retranslate()
        self.load_year()
        self.resize(1220, 820)

    # --- state ----------------------------------------------------------------------------------
    def load_year(self) -> None:
        """Show what the database (or the installed package) holds for the year."""
        year = self.year.value()
        try:
            view = holidays.year_view(self.ctx.db, year)
        except TingjianError as exc:
            self.feedback.domain_error(self, exc)
            return
        self.saved_entries = {e.day: e for e in view.entries}
        self.plan = YearPlan(year, view.source or "hand", list(view.entries))
        self.saved_source = view.source
        self._show()

    def set_plan(self, plan: YearPlan) -> None:
        self.plan = plan
        self._show()

    def toggle(self, day: date) -> None:
        """A weekday: day off ↔ working; a weekend day: adjusted working day ↔ rest."""
        entries = {e.day: e for e in self.plan.entries}
        if day in entries:
            del entries[day]
        else:
            entries[day] = DayEntry(day, "off" if day.weekday() < 5 else "work", "", "hand")
        kept = [p for p in self.plan.problems]  # problems of a text stay until it is read again
        plan = plan_from_entries(self.plan.year, entries.values(), "hand")
        plan.problems = kept + plan.problems
        self.set_plan(plan)

    def read_notice(self) -> None:
        """Read the pasted text (the notice, or CSV lines) into the preview."""
        from ..core.holiday_calendar import detect_and_parse

        self.set_plan(detect_and_parse(self.notice.toPlainText(), self.year.value()))

    def open_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open the notice or a CSV file"), "",
            self.tr("Text or CSV (*.txt *.csv);;All files (*)"))
        if path:
            self.open_path(path)

    def open_path(self, path: str) -> None:
        from pathlib import Path

        try:
            data = Path(path).read_bytes()
            plan = holidays.read_plan(data, self.year.value())
        except OSError as exc:
            self.feedback.error(self, self.windowTitle(), self.tr("The file cannot be read: {why}")
                                .format(why=exc.strerror or str(exc)))
            return
        except TingjianError as exc:
            self.feedback.domain_error(self, exc)
            return
        if plan.source == "notice":
            self.notice.setPlainText(data.decode("utf-8-sig", errors="replace"))
        self.set_plan(plan)

    def save(self) -> bool:
        """Ask, then replace the year's days for every seat; nothing is saved with a problem."""
        plan = self.plan
        if plan.errors:
            return False
        question = self.tr("Save {off} days off and {work} adjusted working days for {year}? "
                           "Every seat of this database will count deadlines with them.").format(
            off=len(plan.days("off")), work=len(plan.days("work")), year=plan.year)
        if not self.feedback.ask(self, self.windowTitle(), question):
            return False
        try:
            holidays.save_year(self.ctx.db, plan, confirmed=True)
        except TingjianError as exc:
            self.feedback.domain_error(self, exc)
            return False
        self.load_year()
        return True

    # --- display --------------------------------------------------------------------------------
    def _show(self) -> None:
        plan = self.plan
        entries = {e.day: e for e in plan.entries}
        self.view.set_year(plan.year, entries)
        changed = entries != self.saved_entries
        self.source.setText(self._source_text(self.saved_source, plan.year)
                            + (self.tr(" — preview, not saved") if changed else ""))
        self.summary.setText(self.tr("{off} days off, {work} adjusted working days; {n} problem(s)")
                             .format(off=len(plan.days("off")), work=len(plan.days("work")),
                                     n=len(plan.errors)))
        self.problems.clear()
        for problem in plan.problems:
            item = QListWidgetItem(("! " if problem.error else "- ") + problem.text(self.ctx.language))
            if problem.error:
                item.setForeground(ERROR_COLOR)
            self.problems.addItem(item)
        self.save_button.setEnabled(changed and not plan.errors)

    def _source_text(self, source: str | None, year: int) -> str:
        names = {"library": self.tr("installed library"), "notice": self.tr("State Council notice"),
                 "csv": self.tr("CSV file"), "hand": self.tr("entered by hand")}
        if source is None:
            return self.tr("{year}: no holiday data — deadlines skip weekends only and are marked "
                           "approximate").format(year=year)
        return self.tr("{year}: from {source}").format(
            year=year, source=" + ".join(names.get(s, s) for s in source.split("+")))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Holiday calendar"))
        self.year_label.setText(self.tr("Year"))
        self.notice_label.setText(self.tr(
            "Paste the State Council notice (国务院办公厅关于…年部分节假日安排的通知) or CSV lines "
            "(date,kind with kind off or work), then read it:"))
        self.read_button.setText(self.tr("Read the text"))
        self.open_button.setText(self.tr("Open a file…"))
        self.revert_button.setText(self.tr("Show what is saved"))
        self.save_button.setText(self.tr("Save for every seat…"))
        self.close_button.setText(self.tr("Close"))
        self.legend.setText(self.tr("Red: day off. Blue: adjusted working day. "
                                    "Framed: changed by hand. Click a day to toggle it."))
        zh = is_zh(self.ctx.language)
        self.view.month_names = [f"{m}月" for m in range(1, 13)] if zh else list(MONTHS_EN)
        self.view.weekday_names = (list("一二三四五六日") if zh
                                   else ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"])
        self.view.update()
