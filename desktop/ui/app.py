"""Starting the application: Qt, language, fonts, the database, the main window."""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from .. import APP_NAME, __version__
from ..core.db import Database, open_database, resolve_location
from ..core.errors import TingjianError
from ..core.paths import data_dir, default_database_path
from . import settings as S
from .context import AppContext
from .feedback import Feedback, install_excepthook
from .fonts import apply_fonts
from .i18n import Translations, effective_language
from .main_window import MainWindow


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    apply_fonts(app)
    return app


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
        if self.feedback.ask(self.window, self.window.tr("Welcome to Tingjian"), self.window.tr(
                "Create a demo session with realistic content to explore Tingjian? You can "
                "delete it later or create it again from the File menu.")):
            self.window.create_demo()


def _open(args: argparse.Namespace, feedback: Feedback) -> Database | None:
    try:
        return open_database(resolve_location(args.db, default_database_path()))
    except TingjianError as exc:
        feedback.domain_error(None, exc)
        return None


def run_gui(args: argparse.Namespace) -> int:
    app = make_app()
    prefs = preferences()
    lang = args.lang or effective_language(prefs.get(S.LANGUAGE))
    feedback = Feedback(lang)
    install_excepthook(feedback)
    db = _open(args, feedback)
    if db is None:
        return 2
    application = Application(db, prefs, lang, feedback)
    application.window.show()
    QTimer.singleShot(0, application.offer_demo)
    code = app.exec()
    application.ctx.close()
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
