"""No key means two things in one window: every page of the main window and every dialog of
``desktop/ui`` (found by walking the package) is opened on a demo session, in English and in
Chinese, and its Alt+letter mnemonics and shortcuts are collected as a user could press them at
one moment (what is visible: each tab of a tab widget in turn). A duplicate fails the test.

The oracle is Qt's own rule for a mnemonic: the character after a single ``&``.
"""
from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections import defaultdict
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton, QApplication, QDialog, QGroupBox, QLabel, QMenu, QMenuBar, QTabBar,
    QTabWidget, QWidget,
)

import desktop.ui
from desktop.core.demo import create_demo
from desktop.core.live import commitments as live_commitments
from desktop.core.services import commitments, opinions, people



def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ("&&" is a literal ampersand), upper-cased."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].upper()
        i += 1
    return None


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) or widget is top


def _keys_now(top: QWidget) -> dict[str, list[str]]:
    """Key → what it does, for what is visible in ``top`` right now."""
    found: dict[str, list[str]] = defaultdict(list)
    for w in top.findChildren(QWidget):
        if not _shown(w, top) or isinstance(w, QMenu):
            continue
        text = None
        if isinstance(w, QAbstractButton) and not isinstance(w, QTabBar):
            text = w.text()
        elif isinstance(w, QLabel) and w.buddy() is not None:
            text = w.text()
        elif isinstance(w, QGroupBox):
            text = w.title()
        if text and (m := mnemonic(text)):
            found[f"Alt+{m}"].append(text)
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                if m := mnemonic(w.tabText(i)):
                    found[f"Alt+{m}"].append(w.tabText(i))
        if isinstance(w, QMenuBar):
            for action in w.actions():
                if m := mnemonic(action.text()):
                    found[f"Alt+{m}"].append(action.text())
    for s in top.findChildren(QShortcut):
        parent = s.parent()
        if s.isEnabled() and isinstance(parent, QWidget) and _shown(parent, top):
            found[s.key().toString()].append(f"shortcut of {type(parent).__name__}")
    for a in top.findChildren(QAction):
        holders = [w for w in a.associatedObjects() if isinstance(w, QWidget)]
        if a.isEnabled() and any(_shown(w, top) or isinstance(w, QMenu) for w in holders):
            for key in {k.toString() for k in a.shortcuts()}:  # one action, one use
                found[key].append(a.text() or "action")
    return found


def _menu_keys(top: QWidget) -> Iterator[tuple[str, dict[str, list[str]]]]:
    """Inside an open menu, its items' letters."""
    for menu in top.findChildren(QMenu):
        found: dict[str, list[str]] = defaultdict(list)
        for action in menu.actions():
            if m := mnemonic(action.text()):
                found[m].append(action.text())
        yield menu.title(), found


def _states(top: QWidget) -> Iterator[str]:
    """Each tab of each tab widget shown in turn (the others at their first tab)."""
    yield "as opened"
    for tabs in top.findChildren(QTabWidget):
        for i in range(tabs.count()):
            if tabs.isTabEnabled(i):
                tabs.setCurrentIndex(i)
                yield f"tab {tabs.tabText(i)!r}"
        tabs.setCurrentIndex(0)


SEEN: dict[str, set[str]] = defaultdict(set)  # window → every key found in it


def collisions(name: str, top: QWidget) -> list[str]:
    problems = set()
    for state in _states(top):
        QApplication.processEvents()
        keys = _keys_now(top)
        SEEN[name] |= set(keys)
        for key, uses in keys.items():
            if len(uses) > 1 and key:
                problems.add(f"{name} ({state}): {key} = {' | '.join(sorted(uses))}")
    for title, found in _menu_keys(top):
        for key, uses in found.items():
            if len(uses) > 1:
                problems.add(f"{name}, menu {title!r}: {key} = {' | '.join(sorted(uses))}")
    return sorted(problems)


# --- what there is to open -------------------------------------------------------------------
def dialog_classes() -> list[type]:
    found = []
    for info in pkgutil.walk_packages(desktop.ui.__path__, "desktop.ui."):
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__ == info.name:
                found.append(cls)
    return sorted(found, key=lambda c: c.__qualname__)


def _factories(app, feedback, demo) -> dict[str, Callable[[], QWidget]]:  # noqa: ANN001
    """How to open each dialog on the demo session (the ones needing arguments get them)."""
    from desktop.ui.followup import dialogs as fd
    from desktop.ui.holiday_editor import HolidayEditor
    from desktop.ui.live.dialogs import CommitmentDialog, EditOpinionDialog, ReadBackDialog
    from desktop.ui.live.keys import KeysDialog
    from desktop.ui.minutes.dialog import MinutesDialog
    from desktop.ui.minutes.privacy_review import PrivacyReviewDialog
    from desktop.ui.prepare.directory_dialog import DirectoryDialog
    from desktop.ui.prepare.documents_dialog import DocumentsDialog
    from desktop.ui.prepare.import_dialog import ImportDialog
    from desktop.ui.prepare.person_actions import EraseDialog
    from desktop.ui.prepare.session_dialog import NextInSeriesDialog, SessionDialog
    from desktop.ui.seats import SeatDialog

    ctx = app.ctx
    db, sid = ctx.db, demo.id
    opinion = opinions.list_opinions(db, sid)[0]
    commitment = commitments.list_commitments(db, session_id=sid)[0]
    person = people.list_people(db)[0]
    follow = app.window.followup_page
    return {
        "FormDialog": lambda: fd.FormDialog(ctx, feedback, "form"),
        "DispositionDialog": lambda: fd.DispositionDialog(ctx, feedback, opinion.id,
                                                          opinion.text),
        "StatusDialog": lambda: fd.StatusDialog(ctx, feedback, commitment.id, "open"),
        "ProgressDialog": lambda: fd.ProgressDialog(ctx, feedback, commitment.id),
        "ExtendDialog": lambda: fd.ExtendDialog(ctx, feedback, commitment.id, commitment.due_at,
                                                follow.extend_rule(commitment.id),
                                                follow.register.custom),
        "FollowUpDialog": lambda: fd.FollowUpDialog(ctx, feedback, commitment_id=commitment.id),
        "CustomPolicyDialog": lambda: fd.CustomPolicyDialog(ctx, feedback),
        "HolidayEditor": lambda: HolidayEditor(ctx, feedback, 2026),
        "SessionDialog": lambda: SessionDialog(ctx, feedback, sid),
        "SessionDialog (new)": lambda: SessionDialog(ctx, feedback),
        "NextInSeriesDialog": lambda: NextInSeriesDialog(ctx, feedback, sid),
        "EraseDialog": lambda: EraseDialog(person.name, person.id),
        "DocumentsDialog": lambda: DocumentsDialog(ctx, feedback, sid),
        "DirectoryDialog": lambda: DirectoryDialog(ctx, feedback),
        "ImportDialog": lambda: ImportDialog(ctx, feedback, sid, "opinions"),
        "ImportDialog (attendees)": lambda: ImportDialog(ctx, feedback, sid, "attendees"),
        "EditOpinionDialog": lambda: EditOpinionDialog(opinion.text, opinion.kind, 2,
                                                       ["停车"]),
        "CommitmentDialog": lambda: CommitmentDialog(
            "修电梯", [], live_commitments.policy_names(ctx.language, db), "", lambda key:
            live_commitments.propose_due(key, ctx.clock.now(), db), 1, ctx.language),
        "ReadBackDialog": lambda: ReadBackDialog(live_commitments.read_back_rows(db, sid), None),
        "MinutesDialog": lambda: MinutesDialog(ctx, feedback, sid),
        "PrivacyReviewDialog": lambda: PrivacyReviewDialog(ctx, feedback, sid),
        "KeysDialog": lambda: KeysDialog(),
        "SeatDialog": lambda: SeatDialog(ctx.prefs),
    }


@pytest.fixture
def demo(application):
    ctx = application.ctx
    return create_demo(ctx.db, "zh", now=ctx.clock.now())


def test_every_dialog_class_is_opened_here(application, feedback, demo) -> None:
    names = {n.split(" ")[0] for n in _factories(application, feedback, demo)}
    assert {c.__name__ for c in dialog_classes()} <= names


@pytest.mark.parametrize("language", ["en", "zh"])
def test_no_key_means_two_things_in_one_window(application, feedback, demo, qtbot,
                                               language) -> None:
    application.translations.apply(language)
    window = application.window
    qtbot.addWidget(window)
    window.retranslate()
    window.show()
    window.sessions_page.show_session(demo.id) if hasattr(window.sessions_page,
                                                          "show_session") else None
    window._session_selected(demo.id)
    problems = []
    for index in range(4):
        window.nav.setCurrentRow(index)
        window.page(index)
        window.live_page.show_session(demo.id) if index == window.LIVE else None
        QApplication.processEvents()
        problems += collisions(f"main window, page {index}", window)
    for name, make in _factories(application, feedback, demo).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        problems += collisions(name, dialog)
        dialog.close()
    assert not problems, "\n".join(problems)
    # the collector sees what is there: the menus' letters, the Live page's function keys, the
    # agenda editor's buttons inside the session dialog
    assert {"Alt+F", "Alt+S", "Alt+H"} <= SEEN["main window, page 0"]
    assert {"F5", "F9", "Ctrl+Shift+B", "Ctrl+E"} <= SEEN["main window, page 1"]
    assert {"Ctrl+Z", "Alt+A"} <= SEEN["SessionDialog"]
