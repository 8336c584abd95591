"""Starting the application: Qt, language, fonts, the database, the main window."""
from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QThreadPool, QTimer
from PySide6.QtWidgets import QWidget

from ..core.errors import TingjianError
from ..core.location import Location, resolve_location
from ..core.paths import data_dir, default_database_path
from ..core.peek import SessionRow, peek_session_rows
from . import settings as S
from . import worker
from .context import AppContext
from .feedback import Feedback, install_excepthook
from .i18n import Translations, effective_language
from .main_window import MainWindow
from .qtapp import PROBE, StallProbe, make_app
from ..core.msg import is_zh

if TYPE_CHECKING:
    from ..core.db import Database


def preferences() -> S.Preferences:
    return S.Preferences(data_dir() / "settings.ini")


class Application:
    """Owns the translators, the context and the main window of one running Tingjian.

    ``db`` may be None at first, with the sessions list read ahead (``rows``): the window is
    usable while the database layer loads, and ``attach`` completes it."""

    def __init__(self, db: Database | None, prefs: S.Preferences, language: str | None = None,
                 feedback: Feedback | None = None, rows: list[SessionRow] | None = None,
                 seat_role: str = "facilitator") -> None:
        from .seats import SeatKeeper

        self.translations = Translations()
        self.prefs = prefs
        lang = language or effective_language(prefs.get(S.LANGUAGE))
        self.translations.apply(lang)
        self.ctx = AppContext(db=db, prefs=prefs, language=lang, seat_role=seat_role)
        self.feedback = feedback or Feedback(lang)
        self.feedback.zone = self.ctx.zone
        self.window = MainWindow(self.ctx, self.feedback, rows)
        self.window.language_requested.connect(self.switch_language)
        from .server_watch import ServerNotice, ServerWatch

        self.server_watch = ServerWatch(self.ctx, self.window)
        self.feedback.server_watch = self.server_watch
        self.server_notice = ServerNotice(self.server_watch)
        self.window.statusBar().addPermanentWidget(self.server_notice)
        self.seat = SeatKeeper(self.ctx, self.window)
        self.seat.seats_changed.connect(self.window.seat_label.show_seats)
        self.projector_seat = None
        if seat_role == "projector":
            from .projector.seat import ProjectorSeat

            self.projector_seat = ProjectorSeat(self.ctx, self.window)
        self.ctx.when_ready(self._seat_ready)

    def _seat_ready(self) -> None:
        self.seat.start()
        self.window.seat_ready()
        if self.projector_seat is not None:
            self.projector_seat.start()

    def close_seat(self) -> None:
        self.seat.stop()
        if self.projector_seat is not None:
            self.projector_seat.stop()

    def attach(self, db: Database) -> None:
        self.ctx.attach(db)

    def switch_language(self, preference: str) -> None:
        lang = effective_language(preference)
        self.ctx.language = self.feedback.language = lang
        self.translations.apply(lang)
        self.window.retranslate()
        self.server_notice.retranslate()
        self.ctx.writes.refresh()  # the reasons in the new language

    def offer_demo(self) -> None:
        """On first start with an empty database, offer the demo session once."""
        from ..core.services.sessions import count_sessions

        if (self.prefs.get(S.DEMO_OFFERED) or self.ctx.db.read_only is not None
                or count_sessions(self.ctx.db)):
            return
        self.prefs.set(S.DEMO_OFFERED, True)
        if self.feedback.ask(self.window, QCoreApplication.translate(
                "Application", "Welcome to Tingjian"), QCoreApplication.translate(
                "Application", "Create a demo session with realistic content to explore "
                "Tingjian? You can delete it later or create it again from the File menu.")):
            self.window.create_demo()


def _texts(lang: str) -> dict[str, str]:
    zh = is_zh(lang)
    return {
        "title": "听见" if zh else "Tingjian",
        "running": ("听见已经打开了这个数据库（{where}），但没有响应。请切换到该窗口，或关闭它后再试。") if zh else
                   ("Tingjian already has this database open ({where}) but did not answer. "
                    "Switch to that window, or close it and try again."),
        "resources": ("找不到程序的资源文件夹（{where}），界面将以英文显示。请重新安装听见。") if zh else
                     ("The application's resources folder is missing ({where}); the interface "
                      "falls back to English. Please reinstall Tingjian."),
    }


def _open_database(location: Location, create: bool = False) -> Database:
    from .recovery import open_database  # SQLAlchemy and SQLModel load here

    return open_database(location, create=create)


def _open(location: Location, feedback: Feedback, default: bool = True) -> Database | None:
    """Open the database, or tell why not (and offer only what is safe)."""
    from .recovery import open_or_explain

    return open_or_explain(location, feedback, default=default)


def _recover(location: Location, feedback: Feedback, exc: TingjianError,
             parent: QWidget | None = None, default: bool = True) -> Database | None:
    """After a failed open: explain, or ask with the safe answer as the default."""
    from .recovery import after_failure

    return after_failure(location, feedback, exc, parent, default=default)


def _chosen_profile(prefs: S.Preferences) -> str | None:
    """The URL of the connection profile chosen in Settings (None: the data folder's file).
    Without a credential store, or when the profile says so, the password is asked for now."""
    name = prefs.get(S.CONNECTION_PROFILE)
    if not name:
        return None
    from ..core import credentials
    from ..core.profiles import find_profile, profile_url

    profile = find_profile(name)
    password = None
    if profile.ask_password or not credentials.available():
        typed = Feedback().text_input(  # the names are the user's: shown as typed
            None, QCoreApplication.translate("Application", "Connect to {name}").format(
                name=profile.name),
            QCoreApplication.translate("Application", "Password of {account}:").format(
                account=profile.account), secret=True)
        password = typed if typed is not None else ""
    return profile_url(profile, password)


class _Both:
    """The lock taken before a new file existed and the one on the file made since."""

    def __init__(self, *instances) -> None:  # noqa: ANN002
        self.instances = instances
        self.activate_requested = instances[0].activate_requested

    def release(self) -> None:
        for instance in self.instances:
            instance.release()


def run_gui(args: argparse.Namespace, start: QWidget | None = None) -> int:
    from ..core.paths import resources_dir
    from .backups import BackupScheduler
    from .single_instance import SingleInstance

    app = make_app()
    prefs = preferences()
    lang = args.lang or effective_language(prefs.get(S.LANGUAGE))
    feedback = Feedback(lang)
    install_excepthook(feedback)
    text = _texts(lang)
    if not resources_dir().is_dir():
        feedback.error(None, text["title"], text["resources"].format(where=resources_dir()))
    try:
        if args.db is None and getattr(args, "profile", None) is None:
            args.db = _chosen_profile(prefs)
        location = resolve_location(args.db, default_database_path())
    except TingjianError as exc:
        feedback.domain_error(None, exc)
        return 2
    default = args.db is None  # the data folder's own file: made without asking at first start
    from .seats import choose_role

    role = choose_role(prefs, getattr(args, "seat", None), shared=location.path is None)
    # The projector and the leader only read: they may run beside another seat on one machine.
    instance = SingleInstance(location, seat="" if role in ("facilitator", "secretary") else role)
    if not instance.acquire():
        if instance.ask_running_instance():
            return 0
        feedback.error(None, text["title"], text["running"].format(where=location.display()))
        return 1
    rows = peek_session_rows(location.path)
    if rows is None:  # a new, older or unusual database: open (and migrate) it first
        db = _open(location, feedback, default)
        if db is None:
            instance.release()
            return 2
        made = SingleInstance(location)  # a file made just now has an identity of its own
        if made.key != instance.key and not made.acquire():
            db.close()
            instance.release()
            return 0 if made.ask_running_instance() else 1
        instance = _Both(instance, made) if made.key != instance.key else instance
        application = Application(db, prefs, lang, feedback, seat_role=role)
    else:  # the list is on screen at once; the database layer loads off the GUI thread
        application = Application(None, prefs, lang, feedback, rows, seat_role=role)
    window = application.window
    instance.activate_requested.connect(lambda: (window.showNormal(), window.raise_(),
                                                 window.activateWindow()))
    scheduler: list = []
    closing: list[bool] = []
    told = application.ctx.ready  # the synchronous open has already said "read-only"

    def ready(db: Database | None) -> None:
        if closing:
            if db is not None:
                db.close()
            return
        if db is None:
            window.close()
            app.exit(2)
            return
        if not application.ctx.ready:
            application.attach(db)
        application.ctx.start_feed()  # other windows' and laptops' changes
        PROBE["ready"] = time.time()
        gc.freeze()  # what start-up built lives on: later full collections need not scan it
        if not told and db.read_only is not None and not application.ctx.read_only_seat:
            from .recovery import tell_read_only

            tell_read_only(db, feedback, window)
        if db.location.path is not None and db.read_only is None:  # the file it opened
            backups = BackupScheduler(db.location.path, application.ctx.bus, window)
            backups.failed.connect(lambda exc: feedback.domain_error(window, exc))
            backups.backup("start")
            scheduler.append(backups)
        if db.read_only is None:  # a read-only database is only read: nothing to erase now
            from .retention import RetentionScheduler  # the services load with the database

            keeper = RetentionScheduler(application.ctx, window)  # at start, then daily
            keeper.failed.connect(lambda exc: feedback.domain_error(window, exc))
            keeper.at_start()
            scheduler.append(keeper)
        if os.environ.get("TINGJIAN_STARTUP_PROBE"):  # the start-up benchmark: report and leave
            print(json.dumps({**PROBE, "sessions": window.sessions_page.model.rowCount()}),
                  flush=True)
            QTimer.singleShot(0, app.quit)
        else:
            QTimer.singleShot(0, application.offer_demo)

    if start is not None:
        window.setGeometry(start.geometry())
    if role != "projector":  # the projector seat shows only the projector
        window.show()
    if start is not None:
        start.close()
    app.processEvents()
    PROBE["interactive"] = time.time()
    probing = os.environ.get("TINGJIAN_STARTUP_PROBE") and StallProbe()  # noqa: F841 - kept
    if application.ctx.ready:
        ready(application.ctx.db)
    else:
        opening = worker.start(lambda: _open_database(location), ready,  # noqa: F841 - kept
                               lambda exc: ready(_recover(location, feedback, exc, window,
                                                                  default)))
    code = app.exec()
    closing.append(True)
    if not application.ctx.ready:  # closed while the database was still opening
        QThreadPool.globalInstance().waitForDone()
        app.processEvents()  # delivers the opened database to ready(), which closes it
    for backups in scheduler:
        backups.on_close()
    application.close_seat()
    application.ctx.close()
    instance.release()
    return code


def self_test(args: argparse.Namespace) -> int:
    """Open the main window offscreen on a temporary database (or --db) and exit 0 if it works."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="tingjian-selftest-") as tmp:
        os.environ["TINGJIAN_DATA_DIR"] = tmp
        app = make_app()
        location = resolve_location(args.db or Path(tmp) / "self-test.db", default_database_path())
        try:
            db = _open_database(location, create=True)
        except TingjianError as exc:
            print(f"self-test failed: {exc}", file=sys.stderr)
            return 1

        class Silent(Feedback):
            def error(self, parent, title, message):  # noqa: ANN001
                print(f"self-test: {message}", file=sys.stderr)

            def ask(self, parent, title, question):  # noqa: ANN001
                return True

        application = Application(db, preferences(), args.lang or "zh", Silent("zh"))
        application.window.show()
        application.offer_demo()
        app.processEvents()
        rows = application.window.sessions_page.model.rowCount()
        shown = application.window.isVisible() and not application.window.grab().isNull()
        application.window.close()
        application.ctx.close()
        ok = shown and rows > 0
        print(f"self-test: window {'shown' if shown else 'NOT shown'}, {rows} session(s) listed, "
              f"{'ok' if ok else 'FAILED'}")
        return 0 if ok else 1
