"""The main window: pages, the sessions model, language switching, preferences, demo offer."""
from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from desktop.core.services import sessions
from desktop.ui import settings as S


def test_navigation_between_the_four_pages(application, qtbot) -> None:
    window = application.window
    qtbot.addWidget(window)
    window.show()
    assert [window.nav.item(i).text() for i in range(4)] == [
        "Sessions", "Live", "Follow-up", "Settings"]
    for index, page in enumerate((window.sessions_page, window.live_page, window.followup_page,
                                  window.settings_page)):
        window.page_actions[index].trigger()
        assert window.stack.currentWidget() is page
    assert window.page_actions[0].shortcut().toString() == "Ctrl+1"


def test_sessions_model_follows_the_service_and_the_bus(application, qtbot) -> None:
    model = application.window.sessions_page.model
    assert model.rowCount() == 0
    sessions.create_session(application.ctx.db, "Riverside forum",
                            datetime(2026, 11, 20, 9, tzinfo=UTC), venue="Hall")
    assert model.rowCount() == 1  # the write was announced and the model refreshed
    assert model.data(model.index(0, 1)) == "Riverside forum"
    assert model.data(model.index(0, 2)) == "Listening session"
    assert model.data(model.index(0, 5)) == 0
    assert model.data(model.index(0, 5), Qt.ItemDataRole.TextAlignmentRole) is not None


def test_demo_offered_once_on_an_empty_database(application, feedback) -> None:
    application.offer_demo()
    assert len(feedback.questions) == 1
    assert application.window.sessions_page.model.rowCount() == 1
    application.offer_demo()
    assert len(feedback.questions) == 1  # asked only once
    assert application.prefs.get(S.DEMO_OFFERED) is True


def test_language_switch_retranslates_everything(application, qtbot) -> None:
    window = application.window
    application.window.create_demo()
    window.settings_page.language.setCurrentIndex(window.settings_page.language.findData("zh"))
    assert application.prefs.get(S.LANGUAGE) == "zh"
    assert window.nav.item(0).text() == "会议"
    assert window.file_menu.title() == "文件(&F)"
    model = window.sessions_page.model
    assert model.headerData(1, Qt.Orientation.Horizontal) == "标题"
    assert model.data(model.index(0, 3)) == "已结束"
    window.settings_page.language.setCurrentIndex(window.settings_page.language.findData("en"))
    assert window.nav.item(0).text() == "Sessions"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Title"


def test_every_zh_translation_is_finished() -> None:
    import xml.etree.ElementTree as ET

    from desktop.core.paths import resources_dir

    ts = ET.parse(resources_dir() / "translations" / "tingjian_zh_CN.ts")
    messages = list(ts.iter("message"))
    unfinished = [m.findtext("source") for m in messages
                  if m.find("translation").get("type") == "unfinished"
                  # a plural message ("%n people spoke") holds its text in <numerusform>s
                  or not "".join(m.find("translation").itertext()).strip()]
    assert messages and unfinished == []
    assert (resources_dir() / "translations" / "tingjian_zh_CN.qm").stat().st_size > 0


def test_preferences_are_typed_and_window_state_kept_apart(application) -> None:
    prefs = application.prefs
    assert prefs.get(S.WARNING_MINUTES) == 2
    prefs.set(S.WARNING_MINUTES, 3)
    prefs.set(S.FIRST_TIMERS_FIRST, False)
    application.window.close()
    geometry, _ = prefs.window_state("main")
    assert geometry is not None and not geometry.isEmpty()
    prefs.reset()
    assert prefs.get(S.WARNING_MINUTES) == 2 and prefs.get(S.FIRST_TIMERS_FIRST) is True
    assert prefs.window_state("main")[0] is not None  # resetting preferences kept the geometry


def test_live_and_followup_pages_show_the_demo(application) -> None:
    window = application.window
    window.create_demo()
    session_id = window.sessions_page.model.row_at(0).id
    window.open_live(session_id)
    assert window.stack.currentWidget() is window.live_page
    assert window.live_page.facilitator.agenda_model.rowCount() == 5
    assert window.live_page.heading.text().startswith("Riverside")
    assert window.followup_page.model.rowCount() == 3


def test_domain_errors_reach_the_user_as_text(application, feedback, monkeypatch) -> None:
    from desktop.core import demo
    from desktop.core.errors import StorageError

    def fail(*_args, **_kwargs):
        raise StorageError(en="The disk is full; nothing was saved.", zh="磁盘已满")

    monkeypatch.setattr(demo, "create_demo", fail)
    application.window.create_demo()
    assert feedback.errors == ["The disk is full; nothing was saved."]


def test_preferences_are_declared_once_and_held_to_their_bounds(tmp_path) -> None:
    import pytest

    from desktop.ui import settings as S

    declared = [v for v in vars(S).values() if isinstance(v, S.Pref)]
    assert sorted(p.key for p in declared) == sorted(S.REGISTRY)  # every declaration registered
    assert S.REGISTRY["live/autosave_ms"] is S.AUTOSAVE_MS
    with pytest.raises(ValueError):
        S.Pref("live/autosave_ms", int, 1)  # a second declaration of a key is refused
    assert S.REGISTRY["live/autosave_ms"] is S.AUTOSAVE_MS
    prefs = S.Preferences(tmp_path / "bounds.ini")
    for value, seen in ((50, 200), (1500, 1500), (99999, 2000)):
        prefs.set(S.AUTOSAVE_MS, value)
        assert prefs.get(S.AUTOSAVE_MS) == seen
    prefs.set(S.WARNING_MINUTES, 45)
    assert prefs.get(S.WARNING_MINUTES) == 30
    prefs.set(S.PROJECTOR_SCREEN, -1)  # no bounds: kept as it is
    assert prefs.get(S.PROJECTOR_SCREEN) == -1
    prefs.reset()
    assert prefs.get(S.AUTOSAVE_MS) == 1500 and prefs.get(S.WARNING_MINUTES) == 2
    assert S.WARNING_MINUTES.label == "Warn this many minutes before an item ends"
