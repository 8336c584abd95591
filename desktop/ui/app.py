"""Starting the application: Qt, language, fonts, the database, the main window."""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QWidget

from ..core.db import Database, open_database, resolve_location
from ..core.errors import TingjianError
from ..core.paths import data_dir, default_database_path
from . import settings as S
from .context import AppContext
from .feedback import Feedback, install_excepthook
from .i18n import Translations, effective_language
from .main_window import MainWindow
from .startup import PROBE, make_app


def preferences() -> S.Preferences:
    return S.Preferences(data_dir() / "settings.ini")


class Application:
    """Owns the translators, the context and the main window of one running Tingjian."""

    def __init__(self, db: Database, prefs: S.Preferences, language: str | None = None,
                 feedback: Feedback | None = None) -> None:
        self.translations = Translations()
        self.prefs = prefs
        lang = language or effective_language(prefs.get(S.LANGUAGE))
        self.translations.apply(lang)
        self.ctx = AppContext(db=db, prefs=prefs, language=lang)
        self.feedback = feedback or Feedback(lang)
        self.window = MainWindow(self.ctx, self.feedback)
        self.window.language_requested.connect(self.switch_language)

    def switch_language(self, preference: str) -> None:
        lang = effective_language(preference)
        self.ctx.language = self.feedback.language = lang
        self.translations.apply(lang)
        self.window.retranslate()

    def offer_demo(self) -> None:
        """On first start with an empty database, offer the demo session once."""
        from ..core.services.sessions import count_sessions

        if self.prefs.get(S.DEMO_OFFERED) or count_sessions(self.ctx.db):
            return
        self.prefs.set(S.DEMO_OFFERED, True)
        if self.feedback.ask(self.window, QCoreApplication.translate(
                "Application", "Welcome to Tingjian"), QCoreApplication.translate(
                "Application", "Create a demo session with realistic content to explore "
                "Tingjian? You can delete it later or create it again from the File menu.")):
            self.window.create_demo()


def _texts(lang: str) -> dict[str, str]:
    zh = lang == "zh"
    return {
        "title": "听见" if zh else "Tingjian",
        "damaged_restore": ("数据库文件已损坏（{problem}）。\n\n是否将其移到一旁（连同 -wal 和 -shm 文件），"
                            "并恢复 {taken} 的备份？该备份之后的修改将丢失。") if zh else
                           ("The database file is damaged ({problem}).\n\nMove it aside (with its "
                            "-wal and -shm files) and restore the backup taken {taken}? Changes "
                            "made after that time are lost."),
        "damaged_empty": ("数据库文件已损坏（{problem}），且没有可用的备份。\n\n是否将其移到一旁并以空数据库启动？"
                          "损坏的文件会保留，供专业人员尝试修复。") if zh else
                         ("The database file is damaged ({problem}) and no usable backup exists."
                          "\n\nMove it aside and start with an empty database? The damaged file "
                          "is kept for an expert to attempt a repair."),
        "restored": "已恢复到 {taken} 的备份。损坏的文件已移至 {moved}。" if zh else
                    "Restored the backup taken {taken}. The damaged file was moved to {moved}.",
        "running": ("听见已经打开了这个数据库（{where}），但没有响应。请切换到该窗口，或关闭它后再试。") if zh else
                   ("Tingjian already has this database open ({where}) but did not answer. "
                    "Switch to that window, or close it and try again."),
        "resources": ("找不到程序的资源文件夹（{where}），界面将以英文显示。请重新安装听见。") if zh else
                     ("The application's resources folder is missing ({where}); the interface "
                      "falls back to English. Please reinstall Tingjian."),
    }


def _open(location, feedback: Feedback) -> Database | None:
    """Open the database; offer recovery from the newest good backup when it is damaged."""
    from ..core.backup import newest_good_backup, recover
    from ..core.errors import DamagedDatabaseError

    text = _texts(feedback.language)
    try:
        return open_database(location)
    except DamagedDatabaseError as exc:
        if location.path is None:
            feedback.domain_error(None, exc)
            return None
        good = newest_good_backup(location.path)
        problem = exc.text(feedback.language)
        if good is not None:
            taken = good.info.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
            question = text["damaged_restore"].format(problem=problem, taken=taken)
        else:
            taken, question = "", text["damaged_empty"].format(problem=problem)
        if not feedback.ask(None, text["title"], question):
            return None
        try:
            moved = recover(location.path, good.info.path if good else None)
            db = open_database(location)
        except TingjianError as again:
            feedback.domain_error(None, again)
            return None
        if good is not None:
            feedback.error(None, text["title"], text["restored"].format(taken=taken, moved=moved))
        return db
    except TingjianError as exc:
        feedback.domain_error(None, exc)
        return None


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
        location = resolve_location(args.db, default_database_path())
    except TingjianError as exc:
        feedback.domain_error(None, exc)
        return 2
    instance = SingleInstance(location.display())
    if not instance.acquire():
        if instance.ask_running_instance():
            return 0
        feedback.error(None, text["title"], text["running"].format(where=location.display()))
        return 1
    db = _open(location, feedback)
    if db is None:
        instance.release()
        return 2
    application = Application(db, prefs, lang, feedback)
    window = application.window
    instance.activate_requested.connect(lambda: (window.showNormal(), window.raise_(),
                                                 window.activateWindow()))
    scheduler = None
    if location.path is not None:
        scheduler = BackupScheduler(location.path, application.ctx.bus, window)
        scheduler.failed.connect(lambda exc: feedback.domain_error(window, exc))
        scheduler.backup("start")
    if start is not None:
        window.setGeometry(start.geometry())
    window.show()
    if start is not None:
        start.close()
    app.processEvents()
    PROBE["interactive"] = time.time()
    if os.environ.get("TINGJIAN_STARTUP_PROBE"):  # the start-up benchmark: report and leave
        print(json.dumps({**PROBE, "sessions": window.sessions_page.model.rowCount()}), flush=True)
        QTimer.singleShot(0, app.quit)
    else:
        QTimer.singleShot(0, application.offer_demo)
    code = app.exec()
    if scheduler is not None:
        scheduler.on_close()
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
            db = open_database(location)
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
