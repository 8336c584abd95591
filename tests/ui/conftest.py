"""UI fixtures: an application context on a temporary database, a silent feedback layer."""
from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.clock import FakeClock
from desktop.core.db import open_database, resolve_location
from desktop.ui.feedback import Feedback


class RecordingFeedback(Feedback):
    """Answers questions as told and records what the user would have been shown."""

    def __init__(self, language: str = "en", answer: bool = True) -> None:
        super().__init__(language)
        self.answer = answer
        self.text = "陈建国"
        self.errors: list[str] = []
        self.notices: list[str] = []
        self.questions: list[str] = []
        self.actions: list[str] = []

    def error(self, parent, title, message) -> None:  # noqa: ANN001
        self.errors.append(message)

    def notice(self, parent, title, message) -> None:  # noqa: ANN001
        self.notices.append(message)

    def ask(self, parent, title, question) -> bool:  # noqa: ANN001
        self.questions.append(question)
        return self.answer

    def confirm(self, parent, title, message, action, keep) -> bool:  # noqa: ANN001
        self.questions.append(message)
        self.actions.append(action)
        return self.answer

    def choose(self, parent, title, message, choices, default=0) -> int | None:  # noqa: ANN001
        """Answers from ``self.choices`` in turn (the default when none is left)."""
        self.questions.append(message)
        self.actions.append(" | ".join(choices))
        pending = getattr(self, "choices", None)
        return pending.pop(0) if pending else default

    def text_input(self, parent, title, label, default="") -> str | None:  # noqa: ANN001
        self.questions.append(label)
        return self.text if self.answer else None


@pytest.fixture
def feedback() -> RecordingFeedback:
    return RecordingFeedback()


@pytest.fixture
def ui_db(tmp_path: Path):
    db = open_database(resolve_location(tmp_path / "ui.db", tmp_path / "ui.db"))
    yield db
    db.close()


@pytest.fixture
def application(qapp, ui_db, data_dir, feedback):
    from desktop.ui.app import Application, preferences

    app = Application(ui_db, preferences(), "en", feedback)
    app.ctx.clock = FakeClock()
    yield app
    app.window.close()
    app.translations.apply("en")
    app.ctx.db.unsubscribe(app.ctx.bus.announce)
