"""The leader's dashboard: commitments per owner, the three rates per session, owner and month
(always with the counts behind them), and the rate settings. Aggregated in SQL."""
from __future__ import annotations

from PySide6.QtCore import QThreadPool, Signal
from PySide6.QtWidgets import (
    QComboBox, QDoubleSpinBox, QGridLayout, QHBoxLayout, QLabel, QTableView, QWidget,
)

from ..plain import plain_labels
from ...core.errors import TingjianError
from ...core.metrics import RateSettings, Rates, format_rate
from ...core.services import dashboard, policies
from ..context import AppContext
from ..table_model import Column, RowTableModel, record_table
from ..worker import Task
from .charts import LineChart, StackedBarChart


def rate_settings(ctx: AppContext) -> RateSettings:
    """The rate settings of the database, shared by every seat (the defaults before it opens)."""
    return policies.rate_settings(ctx.db) if ctx.db is not None else RateSettings()


def _table(columns: list[Column], stretch: int | None) -> tuple[RowTableModel, QTableView]:
    """A model holding the aggregated rows (cells are formatted only when shown: hundreds of
    sessions cost no more to show than a screenful) and its table."""
    model: RowTableModel = RowTableModel(columns, list)
    return model, record_table(model, stretch=stretch, fit=True)


class DashboardView(QWidget):
    """``refresh()`` aggregates on a worker thread (the GUI never waits for SQL) and shows the
    newest result; ``refresh_now()`` does the same synchronously."""

    refreshed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        self._tasks: list[Task] = []
        owner_columns: list[Column[dashboard.OwnerCounts]] = [
            Column(lambda: self.tr("Owner"), lambda c: c.owner),
            Column(lambda: self.tr("Open"), lambda c: c.open, numeric=True),
            Column(lambda: self.tr("Overdue"), lambda c: c.overdue, numeric=True),
            Column(lambda: self.tr("Done"), lambda c: c.done, numeric=True),
            Column(lambda: self.tr("Cannot be done"), lambda c: c.cannot_do, numeric=True)]
        self.owners_model, self.owners = _table(owner_columns, 0)
        rate_columns: list[Column[tuple[str, Rates]]] = [
            Column(lambda: "", lambda r: r[0]),
            Column(lambda: self.tr("Valid calls"), lambda r: r[1].valid, numeric=True),
            Column(lambda: self.tr("Contacted in time"), lambda r: r[1].responded, numeric=True),
            Column(lambda: self.tr("Resolved"), lambda r: r[1].resolved, numeric=True),
            Column(lambda: self.tr("Satisfied / basically / not"), lambda r: (
                f"{r[1].satisfied}/{r[1].basically_satisfied}/{r[1].unsatisfied}"),
                numeric=True),
            Column(lambda: self.tr("Response"), lambda r: format_rate(r[1].response_rate),
                   numeric=True),
            Column(lambda: self.tr("Resolution"), lambda r: format_rate(r[1].resolution_rate),
                   numeric=True),
            Column(lambda: self.tr("Satisfaction"), lambda r: format_rate(
                r[1].satisfaction_rate), numeric=True),
            Column(lambda: self.tr("Overall"), lambda r: format_rate(r[1].overall),
                   numeric=True)]
        self.rates_model, self.rates = _table(rate_columns, None)
        self.group = QComboBox()
        self.group.addItems(["", "", ""])
        self.owner_chart = StackedBarChart()
        self.month_chart = LineChart()
        self.weights = [QDoubleSpinBox() for _ in range(3)]
        self.factor = QDoubleSpinBox()
        for box in (*self.weights, self.factor):
            box.setRange(0, 1)
            box.setSingleStep(0.05)
            box.setDecimals(2)
        settings = rate_settings(ctx)
        for box, value in zip((*self.weights, self.factor),
                              (settings.w_response, settings.w_resolution,
                               settings.w_satisfaction, settings.basic_factor), strict=True):
            box.setValue(value)
            box.valueChanged.connect(self._settings_changed)
        self.settings_note = QLabel()
        self.settings_note.setWordWrap(True)
        self.owner_heading, self.rates_heading, self.by_label = QLabel(), QLabel(), QLabel()
        self.setting_labels = [QLabel() for _ in range(4)]
        settings_row = QHBoxLayout()
        for label, box in zip(self.setting_labels, (*self.weights, self.factor), strict=True):
            settings_row.addWidget(label)
            settings_row.addWidget(box)
        settings_row.addStretch(1)
        rates_bar = QHBoxLayout()
        rates_bar.addWidget(self.rates_heading)
        rates_bar.addStretch(1)
        rates_bar.addWidget(self.by_label)
        rates_bar.addWidget(self.group)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.owner_heading, 0, 0)
        grid.addLayout(rates_bar, 0, 1)
        grid.addWidget(self.owners, 1, 0)
        grid.addWidget(self.rates, 1, 1)
        grid.addWidget(self.owner_chart, 2, 0)
        grid.addWidget(self.month_chart, 2, 1)
        grid.addLayout(settings_row, 3, 0, 1, 2)
        grid.addWidget(self.settings_note, 4, 0, 1, 2)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        self.group.currentIndexChanged.connect(lambda _i: self.refresh())
        plain_labels(self)

    def _settings_changed(self) -> None:
        values = [box.value() for box in self.weights]
        try:
            RateSettings(*values, basic_factor=self.factor.value())
        except TingjianError as exc:
            self.settings_note.setText(exc.text(self.ctx.language))
            return
        try:
            policies.set_rate_settings(
                self.ctx.db, RateSettings(*values, basic_factor=self.factor.value()))
        except TingjianError as exc:
            self.settings_note.setText(exc.text(self.ctx.language))
            return
        self.settings_note.setText(self._settings_text())
        self.refresh()

    def _settings_text(self) -> str:
        return self.tr("Unofficial formula (GUIDE §3): response = contacted in time ÷ valid calls; "
                       "resolution = resolved ÷ valid; satisfaction = (satisfied + factor × "
                       "basically satisfied) ÷ valid; overall = weighted sum (weights add up to 1).")

    def _compute(self, now, group: str, settings: RateSettings) -> tuple:  # noqa: ANN001
        db = self.ctx.db
        counts = dashboard.owner_counts(db, now)
        months = dashboard.rates_by(db, "month", settings, zone=self.ctx.zone)
        rows = months if group == "month" else dashboard.rates_by(db, group, settings)
        return counts, months, rows, dashboard.total_rates(db, settings, months)

    def _request(self) -> tuple:
        group = ("session", "owner", "month")[max(self.group.currentIndex(), 0)]
        return self.ctx.clock.now(), group, rate_settings(self.ctx)

    def refresh(self) -> None:
        self._generation += 1
        generation, request = self._generation, self._request()
        task = Task(lambda _progress: self._compute(*request))
        task.setAutoDelete(False)
        task.signals.finished.connect(lambda result: self._done(task, generation, result))
        task.signals.failed.connect(lambda _exc: self._done(task, -1, None))
        self._tasks.append(task)
        QThreadPool.globalInstance().start(task)

    def _done(self, task: Task, generation: int, result: tuple | None) -> None:
        if task in self._tasks:
            self._tasks.remove(task)
        if result is not None and generation == self._generation:
            self._show(result)

    def refresh_now(self) -> None:
        self._generation += 1
        self._show(self._compute(*self._request()))

    def _show(self, result: tuple) -> None:
        counts, months, rows, total = result
        self.owners_model.set_rows(counts)
        self.owner_chart.set_data(
            self.tr("Commitments by status per owner"),
            [self.tr("Open"), self.tr("Overdue"), self.tr("Done"), self.tr("Cannot be done")],
            [c.owner for c in counts],
            [[c.open - c.overdue, c.overdue, c.done, c.cannot_do] for c in counts],
            self.tr("No commitments yet"))
        self.rates_model.set_rows([(self.tr("All"), total)]
                                  + [(row.label, row.rates) for row in rows])
        self.month_chart.set_data(
            self.tr("Rates by month"),
            [self.tr("Response"), self.tr("Resolution"), self.tr("Satisfaction")],
            [m.key for m in months],
            [[m.rates.response_rate for m in months], [m.rates.resolution_rate for m in months],
             [m.rates.satisfaction_rate for m in months]],
            self.tr("No follow-up calls yet"))
        self.refreshed.emit()

    def retranslate(self) -> None:
        self.owner_heading.setText(self.tr("Commitments per owner"))
        self.rates_heading.setText(self.tr("The three rates (valid follow-up calls)"))
        self.by_label.setText(self.tr("per"))
        for i, text in enumerate((self.tr("Session"), self.tr("Owner"), self.tr("Month"))):
            self.group.setItemText(i, text)
        self.owners_model.retranslate()
        self.rates_model.retranslate()
        for label, text in zip(self.setting_labels, (
                self.tr("Weight of response"), self.tr("of resolution"),
                self.tr("of satisfaction"), self.tr("“Basically satisfied” counts as")),
                strict=True):
            label.setText(text)
        self.settings_note.setText(self._settings_text())
        self.refresh()
