"""The Live page on the keyboard: the facilitator's keys from any field without moving the focus,
Enter saving from every field of the capture form, and no keystroke lost to the tag completer.

Keys are delivered where the system would deliver them: to the open popup when there is one
(it holds the keyboard), else to the focused widget; Chinese characters arrive as key events
carrying their text, as an input method's commit does.
"""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit

from desktop.core.live import timing
from desktop.core.models.enums import TurnStatus
from desktop.core.services import agenda, opinions, turns

from .test_live_page import live  # noqa: F401  (the fixture)

SHIFT, CTRL = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier


def _target():
    return QApplication.activePopupWidget() or QApplication.focusWidget()


def type_keys(text: str) -> None:
    """Type like a person: each character goes where the keyboard is at that moment."""
    for ch in text:
        target = _target()
        key = ord(ch.upper()) if ch.isascii() and ch.isalnum() else (
            Qt.Key.Key_Space if ch == " " else Qt.Key.Key_unknown)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, key, NONE, ch))


def press(key: Qt.Key, modifiers=NONE) -> None:  # noqa: ANN001
    from PySide6.QtTest import QTest

    QTest.keyClick(_target(), key, modifiers)


def _activate(qtbot, page) -> None:  # noqa: ANN001
    window = page.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def test_two_opinions_back_to_back_through_the_tag_completer(live, qtbot) -> None:
    """The reported loss: the completion popup held the keyboard after a save, so the next
    opinion's first character went into Tags. Typed at full speed, no waiting between keys."""
    page, sid, *_ = live
    s = page.secretary
    for text, tag in (("先交一条", "停车难"), ("再交一条", "停水"), ("又一条", "停车难"),
                      ("消防", "消防通道")):
        # known tags to complete, 停车难 the most used, so offered first
        s.text.setPlainText(text)
        s.tags.setText(tag)
        page.save_opinion()
    page._reload_choices()
    before = {o.id for o in opinions.list_opinions(page.ctx.db, sid)}
    _activate(qtbot, page)
    s.focus_text()
    type_keys("否在楼下停车")
    press(Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # &Tags
    assert s.tags.hasFocus()
    type_keys("停")
    assert s.tags.completer().popup().isVisible()  # the popup that used to steal the key
    press(Qt.Key.Key_Return)  # Enter in Tags saves, popup open
    type_keys("否则消防车进不来")  # the next opinion at once
    press(Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    type_keys("停")
    assert s.tags.completer().popup().isVisible()
    press(Qt.Key.Key_Down)  # pick the first completion
    press(Qt.Key.Key_Return)
    type_keys("否决了吗")
    press(Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    type_keys("消")
    assert s.tags.completer().popup().isVisible()
    press(Qt.Key.Key_Return, CTRL)  # the page's save key, which never passes the popup
    type_keys("否则呢")
    saved = [o for o in opinions.list_opinions(page.ctx.db, sid) if o.id not in before]
    tags = opinions.tags_of(page.ctx.db, [o.id for o in saved])
    assert [(o.text, tags.get(o.id, [])) for o in sorted(saved, key=lambda o: o.id)] == [
        ("否在楼下停车", ["停"]), ("否则消防车进不来", ["停车难"]), ("否决了吗", ["消"])]
    assert s.text.toPlainText() == "否则呢" and s.tags.text() == ""
    assert s.text.hasFocus() and not s.tags.completer().popup().isVisible()


FIELDS = ("text", "speaker", "tags", "support", "reply", "reply_by", "kind", "item")


@pytest.mark.parametrize("field", FIELDS)
def test_enter_saves_from_every_field_and_comes_back_to_the_text(live, qtbot, field) -> None:
    page, sid, *_ = live
    s = page.secretary
    _activate(qtbot, page)
    s.focus_text()
    type_keys("first line")
    press(Qt.Key.Key_Return, SHIFT)  # a new line, not a save
    type_keys("second line")
    widget = getattr(s, field)
    widget.setFocus()
    if field == "reply":
        type_keys("we will look")
    press(Qt.Key.Key_Return)
    saved = opinions.list_opinions(page.ctx.db, sid)
    assert [o.text for o in saved] == ["first line\nsecond line"]
    assert s.text.hasFocus() and s.text.toPlainText() == ""
    type_keys("next")
    assert s.text.toPlainText() == "next"


def test_facilitator_keys_work_from_any_field_without_moving_the_focus(live, qtbot) -> None:
    page, sid, items, _, (wang, li) = live
    s, f = page.secretary, page.facilitator
    db = page.ctx.db
    _activate(qtbot, page)
    page.enqueue(wang, "")
    s.focus_text()
    type_keys("typing")
    press(Qt.Key.Key_F5)  # no item runs: the first starts
    assert timing.current_item(agenda.list_items(db, sid)).id == items[0]
    s.reply.setFocus()
    press(Qt.Key.Key_F6)
    assert timing.item_state(agenda.get_item(db, items[0])) == timing.PAUSED
    press(Qt.Key.Key_F6)
    assert timing.item_state(agenda.get_item(db, items[0])) == timing.RUNNING
    assert s.reply.hasFocus() and s.reply.text() == ""
    s.tags.setFocus()
    press(Qt.Key.Key_F9)  # add a speaker, then back to Tags
    assert f.speaker_input.lineEdit().hasFocus()
    type_keys("resident of building 3")
    press(Qt.Key.Key_Return)
    assert s.tags.hasFocus()
    queued = [t.person_id or t.label for t in turns.list_turns(db, sid)
              if t.status == TurnStatus.QUEUED]
    assert queued == [wang, "resident of building 3"]
    s.focus_text()
    press(Qt.Key.Key_F7)  # the first in the queue has the floor
    speaking = [t.person_id for t in turns.list_turns(db, sid) if t.status == TurnStatus.SPEAKING]
    assert speaking == [wang]
    press(Qt.Key.Key_F8)
    assert not [t for t in turns.list_turns(db, sid) if t.status == TurnStatus.SPEAKING]
    press(Qt.Key.Key_B, CTRL | SHIFT)
    assert page.blank_box.isChecked()
    press(Qt.Key.Key_F5)  # the next item
    assert timing.current_item(agenda.list_items(db, sid)).id == items[1]
    assert s.text.hasFocus() and s.text.toPlainText() == "typing"
    press(Qt.Key.Key_F2)
    assert f.agenda_view.hasFocus()
    press(Qt.Key.Key_F3)
    assert f.queue_view.hasFocus()
    press(Qt.Key.Key_F4)
    assert s.text.hasFocus()


def test_plain_letters_are_typing_everywhere_on_the_live_page(live, qtbot) -> None:
    """The old single-letter keys (S N P G E B A) are gone: in the facilitator's speaker box
    they are just letters, and nothing in the room changes."""
    page, sid, *_ = live
    _activate(qtbot, page)
    page.facilitator.speaker_input.setFocus()
    type_keys("SNPGEBA")
    assert page.facilitator.speaker_input.currentText() == "SNPGEBA"
    page.facilitator.agenda_view.setFocus()
    type_keys("SNPGEBA")
    assert timing.current_item(agenda.list_items(page.ctx.db, sid)) is None
    assert not page.blank_box.isChecked()
    assert turns.list_turns(page.ctx.db, sid) == []


HINT = re.compile(r"[（(]([^()（）]*(?:Ctrl|Alt|Shift|F\d|Del|Enter|Esc)[^()（）]*)[)）]")
NAMES = {"Del": "Delete", "Enter": "Return", "Esc": "Escape", "↑": "Up", "↓": "Down",
         "−": "-"}


def _hints(page) -> dict[str, str]:  # noqa: ANN001
    """Every key named in brackets in a button, label, tooltip or placeholder of the page."""
    found: dict[str, str] = {}
    texts = []
    for widget in page.findChildren(QAbstractButton) + page.findChildren(QLabel):
        texts += [widget.text(), widget.toolTip()]
    for widget in page.findChildren(QLineEdit):
        texts.append(widget.placeholderText())
    tabs = page.secretary.tabs
    texts += [tabs.tabText(i) for i in range(tabs.count())]
    for text in texts:
        for hint in HINT.findall(text.replace("&", "")):
            for key in re.split(r"\s*/\s*", hint):
                found[key.strip()] = text
    return found


@pytest.mark.parametrize("language", ["en", "zh"])
def test_every_key_hint_on_the_live_page_is_a_bound_key(live, application, language) -> None:
    page = live[0]
    application.translations.apply(language)
    page.retranslate()
    bound = {s.key().toString() for s in page.findChildren(QShortcut)}
    bound |= {k.toString() for a in page.window().findChildren(QAction) for k in a.shortcuts()}
    hints = _hints(page)
    assert {"F5", "F6", "F7", "F8", "F9", "Ctrl+Shift+B", "Ctrl+E"} <= set(hints)
    for hint, text in hints.items():
        key = hint
        for shown, name in NAMES.items():
            key = key.replace(shown, name)
        if key == "Return":
            continue  # Enter: the form's and the speaker box's own key (tested above)
        assert QKeySequence(key).toString() in bound, (hint, text)


def test_the_remove_question_names_the_opinion(live, qtbot, monkeypatch) -> None:
    page, sid, *_ = live
    s = page.secretary
    text = "电梯三个月坏了五次，物业一直说在等配件，老人只能爬十八层楼，请街道和住建部门尽快协调处理，给个准确时间"
    assert len(text) > 41
    s.speaker.setEditText("7号楼周阿姨")
    s.text.setPlainText(text)
    page.save_opinion()
    asked: list[str] = []
    monkeypatch.setattr(page, "ask_reason", lambda question: asked.append(question) or None)
    s.list.selectRow(0)
    page.remove_selected()
    assert len(asked) == 1 and "7号楼周阿姨" in asked[0]
    assert text[:40] in asked[0] and text[:41] not in asked[0]
    assert len(opinions.list_opinions(page.ctx.db, sid)) == 1  # cancelled: nothing removed
