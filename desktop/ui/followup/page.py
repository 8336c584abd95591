"""The Follow-up page: commitment register, dispositions, the leader's dashboard and search,
plus exports and the archive. Overdue and due-soon commitments are summarised on start."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QLabel, QLineEdit, QMenu, QProgressBar, QTabWidget,
    QToolButton, QVBoxLayout, QWidget,
)

from ..plain import plain_labels
from ...core import search
from ...core.errors import Cancelled, TingjianError
from ...core.msg import pick
from ...core.services import commitments, sessions
from ...core.services.policies import describe, resolve
from ...core.services.register import due_summary
from ..context import AppContext
from ..feedback import Feedback
from ..settings import DUE_SOON_DAYS
from . import background
from .dashboard import DashboardView
from .dialogs import (
    CustomPolicyDialog, DispositionDialog, ExtendDialog, FollowUpDialog, ProgressDialog,
    StatusDialog,
)
from ..qtutils import add_shortcuts
from .dispositions import DISPOSITION_KEY, NEW_POLICY_KEY, DispositionsView
from .register import ACTION_KEYS, EXTEND, FOLLOWUP, PROGRESS, STATUS, RegisterView
from .search import SearchView
from ...core.changes import Change, Entity



def due_summary_text(ctx: AppContext) -> str:
    """Overdue and due-soon commitments in one line; empty when there are none."""
    days = ctx.prefs.get(DUE_SOON_DAYS)
    summary = due_summary(ctx.db, ctx.clock.now(), days)
    if not summary.overdue and not summary.due_soon:
        return ""
    text = QCoreApplication.translate(
        "FollowUpPage", "Commitments overdue: {overdue}; due within {days} days: {soon}.").format(
            overdue=summary.overdue, soon=summary.due_soon, days=days)
    if summary.overdue_titles:
        text += " " + QCoreApplication.translate("FollowUpPage", "Most overdue: {titles}").format(
            titles="; ".join(t.splitlines()[0][:40] for t in summary.overdue_titles[:3]))
    return text


class FollowUpPage(QWidget):
    REGISTER, DISPOSITIONS, DASHBOARD, SEARCH = range(4)
    session_requested = Signal(int)  # open a session on the Sessions page
    task_done = Signal(object)  # exports/imports finished (result or error), for tests

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 feedback: Feedback | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.feedback = feedback or Feedback(ctx.language)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel { background: #fff4e5; color: #7a4b00; "
                                  "border: 1px solid #f0c36d; border-radius: 4px; padding: 6px; }")
        self.banner.hide()
        self.search_box = QLineEdit()
        self.search_box.setClearButtonEnabled(True)
        self.search_box.returnPressed.connect(self.run_search)
        self.export_button = QToolButton()
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(self)
        self.export_menu.setToolTipsVisible(True)  # the archive import says why it is off
        self.export_actions = {fmt: self.export_menu.addAction("", lambda f=fmt: self.ask_export(f))
                               for fmt in ("xlsx", "csv", "json")}
        self.export_menu.addSeparator()
        self.import_action = self.export_menu.addAction("", self.ask_import)
        self.export_button.setMenu(self.export_menu)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.cancel_button = QToolButton()
        self.cancel_button.clicked.connect(self.cancel_tasks)
        self.cancel_button.hide()
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.search_box, 2)
        top.addWidget(self.progress)
        top.addWidget(self.cancel_button)
        top.addWidget(self.export_button)
        self.register = RegisterView(ctx)
        self.dispositions = DispositionsView(ctx)
        self.dashboard = DashboardView(ctx)
        self.search = SearchView(ctx)
        self.tabs = QTabWidget()
        for view in (self.register, self.dispositions, self.dashboard, self.search):
            self.tabs.addTab(view, "")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        self.register.status_requested.connect(self.change_status)
        self.register.progress_requested.connect(self.add_progress)
        self.register.extend_requested.connect(self.extend)
        self.register.followup_requested.connect(
            lambda cid: self.followup_call(commitment_id=cid))
        self.dispositions.disposition_requested.connect(self.give_disposition)
        self.dispositions.followup_requested.connect(lambda oid: self.followup_call(opinion_id=oid))
        self.dispositions.new_policy_requested.connect(self.new_policy)
        self.dispositions.error.connect(lambda exc: self.feedback.domain_error(self, exc))
        self.search.hit_activated.connect(self.open_hit)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._dirty: set[int] = set()
        ctx.bus.changed.connect(self._on_changed)
        self._tasks: list[background.Task] = []
        self.shortcuts = add_shortcuts(self, [
            (ACTION_KEYS[STATUS], lambda: self._register_key(STATUS)),
            (ACTION_KEYS[PROGRESS], lambda: self._register_key(PROGRESS)),
            (ACTION_KEYS[EXTEND], lambda: self._register_key(EXTEND)),
            (ACTION_KEYS[FOLLOWUP], self._followup_key),
            (DISPOSITION_KEY, lambda: self._dispositions_key(self.dispositions.decide)),
            (NEW_POLICY_KEY, lambda: self._dispositions_key(self.dispositions.new_policy)),
        ], Qt.ShortcutContext.WindowShortcut)  # wherever the focus is while the page is shown
        # Every action of the register and the dispositions writes; searching and exporting read.
        ctx.writes.mark(*self.register.buttons, self.dispositions.decide, self.dispositions.call,
                        self.dispositions.new_policy, self.dispositions.policy,
                        *self.dashboard.weights, self.dashboard.factor, self.import_action,
                        *self.shortcuts.values())
        self.retranslate()
        self.startup_summary()
        plain_labels(self)

    @property
    def model(self):  # noqa: ANN201 - the register's model
        return self.register.model

    # --- refreshing -----------------------------------------------------------------------------
    def _on_changed(self, change: Change) -> None:
        touches = change.touches
        if touches(Entity.OWNER, Entity.SESSION, Entity.SERIES):
            self._dirty.update({self.REGISTER, self.DISPOSITIONS, self.DASHBOARD})
        if touches(Entity.COMMITMENT, Entity.EXTENSION, Entity.PROGRESS_NOTE, Entity.FOLLOW_UP):
            self._dirty.update({self.REGISTER, self.DASHBOARD})
        if touches(Entity.OPINION, Entity.DISPOSITION):
            self._dirty.update({self.DISPOSITIONS, self.DASHBOARD})
        if touches(Entity.FOLLOW_UP):
            self._dirty.add(self.DISPOSITIONS)
        if touches(Entity.DEADLINE_POLICY, Entity.HOLIDAY):  # due dates and waits counted anew
            self._dirty.update({self.REGISTER, self.DISPOSITIONS})
        if touches(Entity.RULE_SETTING):
            self._dirty.add(self.DASHBOARD)
        if self.REGISTER in self._dirty:  # ids only: cheap enough to keep current while hidden
            self._refresh_tab(self.REGISTER)
        if self.isVisible():
            self._refresh_tab(self.tabs.currentIndex())

    def _tab_changed(self, index: int) -> None:
        self._refresh_tab(index)

    def _refresh_tab(self, index: int) -> None:
        if index not in self._dirty:
            return
        self._dirty.discard(index)
        if index == self.REGISTER:
            self.register.reload_choices()
            self.register.apply_filter()
        elif index == self.DISPOSITIONS:
            self.dispositions.reload_choices()
        elif index == self.DASHBOARD:
            self.dashboard.refresh()

    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        self._refresh_tab(self.tabs.currentIndex())

    # --- start-up summary -----------------------------------------------------------------------
    def startup_summary(self) -> str:
        """Show overdue and due-soon commitments in a banner (non-blocking); returns its text."""
        text = due_summary_text(self.ctx)
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
        return text

    # --- keys -----------------------------------------------------------------------------------
    def _register_key(self, action: int) -> None:
        """A register key acts on the selected commitment, as its button would; the register tab
        is brought forward first. Extend on a commitment that cannot be extended says why."""
        if self.tabs.currentIndex() != self.REGISTER:
            self.tabs.setCurrentIndex(self.REGISTER)
        view = self.register
        if view.current_id() is None:
            view.table.setFocus()
            return
        if action == EXTEND and view.extension_refusal:
            self.feedback.error(self, self.tr("Extend the due date"), view.extension_refusal)
            return
        view.buttons[action].click()

    def _followup_key(self) -> None:
        if self.tabs.currentIndex() == self.DISPOSITIONS:
            self._dispositions_key(self.dispositions.call)
        else:
            self._register_key(FOLLOWUP)

    def _dispositions_key(self, button) -> None:  # noqa: ANN001 - a button of the tab
        if self.tabs.currentIndex() != self.DISPOSITIONS:
            self.tabs.setCurrentIndex(self.DISPOSITIONS)
        if button is not self.dispositions.new_policy and self.dispositions.current() is None:
            self.dispositions.table.setFocus()
            return
        button.click()

    # --- actions --------------------------------------------------------------------------------
    def _run(self, dialog) -> bool:  # noqa: ANN001
        return bool(dialog.exec())

    def change_status(self, commitment_id: int) -> None:
        model = self.register.model
        row = model.row_at(model.ids().index(commitment_id)) if commitment_id in model.ids() \
            else None
        self._run(StatusDialog(self.ctx, self.feedback, commitment_id,
                               row.status if row is not None else "open", self,
                               version=row.version if row is not None else None))

    def add_progress(self, commitment_id: int) -> None:
        self._run(ProgressDialog(self.ctx, self.feedback, commitment_id, self))

    def extend_rule(self, commitment_id: int) -> str:
        c = next(x for x in commitments.list_commitments(self.ctx.db) if x.id == commitment_id)
        key = c.deadline_policy or sessions.get_session(self.ctx.db, c.session_id).deadline_policy
        policy = resolve(key, self.register.custom())
        count = len(commitments.extensions(self.ctx.db, commitment_id))
        if policy is None:
            return self.tr("No deadline policy: any later date with a reason.")
        return describe(policy, self.ctx.language) + "  " + self.tr(
            "(extended {n} times so far)").format(n=count)

    def extend(self, commitment_id: int) -> None:
        row = self.register.model.row_at(self.register.model.ids().index(commitment_id))
        rule = self.extend_rule(commitment_id)
        if row.approximate:
            rule += "\n" + self.tr("The current due date is approximate: it counts working days in "
                                    "a year whose holiday arrangement was not loaded.")
        refusal, cap = commitments.extension_room(self.ctx.db, commitment_id, self.register.custom(),
                                                  self.ctx.zone)
        if refusal is not None:
            self.feedback.domain_error(self, refusal)
            return
        if cap is not None:
            rule += "\n" + pick(self.ctx.language, en=cap[0], zh=cap[1])
        self._run(ExtendDialog(self.ctx, self.feedback, commitment_id, row.due_at, rule,
                               self.register.custom, self, version=row.version))

    def followup_call(self, *, opinion_id: int | None = None,
                      commitment_id: int | None = None) -> None:
        subject = ""
        if commitment_id is not None:
            model = self.register.model
            if commitment_id in model.ids():
                subject = model.row_at(model.ids().index(commitment_id)).title
        self._run(FollowUpDialog(self.ctx, self.feedback, opinion_id=opinion_id,
                                 commitment_id=commitment_id, subject=subject, parent=self))

    def give_disposition(self, opinion_id: int) -> None:
        current = self.dispositions.current()
        text = current.text if current and current.id == opinion_id else ""
        self._run(DispositionDialog(self.ctx, self.feedback, opinion_id, text, self))

    def new_policy(self) -> None:
        if self._run(CustomPolicyDialog(self.ctx, self.feedback, self)):
            self.dispositions.reload_choices()

    # --- search ---------------------------------------------------------------------------------
    def run_search(self) -> None:
        self.search.run(self.search_box.text())
        self.tabs.setCurrentIndex(self.SEARCH)

    def open_hit(self, hit: search.Hit) -> None:
        """Commitments open in the register; opinions and replies on the Sessions page."""
        if hit.kind == "commitment":
            self.tabs.setCurrentIndex(self.REGISTER)
            self.register.filter_for(hit.id)
        else:
            self.session_requested.emit(hit.session_id)

    # --- exports and the archive ----------------------------------------------------------------
    def ask_export(self, fmt: str) -> None:
        filters = {"xlsx": "Excel (*.xlsx)", "csv": "CSV (*.csv)", "json": "JSON (*.json)"}
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), f"tingjian.{fmt}",
                                              filters[fmt])
        if path:
            self.start_export(fmt, Path(path), self.register.session.currentData())

    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import archive"), "",
                                              "JSON (*.json)")
        if path and self.feedback.ask(self, self.tr("Import archive"), self.tr(
                "Import everything from {path}? This works only into an empty database; nothing "
                "is imported if any part fails.").format(path=path)):
            self.start_import(Path(path))

    def start_export(self, fmt: str, path: Path, session_id: int | None = None) -> background.Task:
        return self._start(background.export_task(self.ctx.db, fmt, path,
                                                  None if fmt == "json" else session_id,
                                                  self.ctx.language, self.ctx.zone))

    def start_import(self, path: Path) -> background.Task:
        return self._start(background.import_task(self.ctx.db, path))

    def cancel_tasks(self) -> None:
        for task in self._tasks:
            task.cancel()

    def _busy(self, on: bool) -> None:
        self.progress.setVisible(on)
        self.cancel_button.setVisible(on)

    def _start(self, task: background.Task) -> background.Task:
        self.progress.setRange(0, 0)
        self._busy(True)
        task.signals.progress.connect(self._progress)
        task.signals.finished.connect(lambda result: self._finished(task, result))
        task.signals.failed.connect(lambda exc: self._failed(task, exc))
        self._tasks.append(task)
        task.setAutoDelete(False)
        return background.start(task)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finished(self, task: background.Task, result: object) -> None:
        self._tasks.remove(task)
        self._busy(bool(self._tasks))
        for note in task.notes:
            self.feedback.notice(self, self.tr("Export"), note)
        self.task_done.emit(result)

    def _failed(self, task: background.Task, exc: TingjianError) -> None:
        self._tasks.remove(task)
        self._busy(bool(self._tasks))
        if not isinstance(exc, Cancelled):
            self.feedback.domain_error(self, exc)
        self.task_done.emit(exc)

    # --- language -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Follow-up"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.search_box.setPlaceholderText(self.tr(
            "Search opinions, replies and commitments of all sessions (Enter)"))
        for index, text in enumerate((self.tr("Commitment register"), self.tr("Dispositions"),
                                      self.tr("Dashboard"), self.tr("Search"))):
            self.tabs.setTabText(index, text)
        self.export_button.setText(self.tr("Export…"))
        self.export_actions["xlsx"].setText(self.tr("Commitments and opinions to Excel…"))
        self.export_actions["csv"].setText(self.tr("Commitments and opinions to CSV…"))
        self.export_actions["json"].setText(self.tr("Whole database to a JSON archive…"))
        self.import_action.setText(self.tr("Import a JSON archive…"))
        self.register.retranslate()
        self.register.apply_filter()
        self.dispositions.retranslate()
        self.dashboard.retranslate()
        self.search.retranslate()
        self._dirty.clear()
        if self.banner.isVisible() or self.banner.text():
            self.startup_summary()
