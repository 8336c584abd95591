"""User text is plain text everywhere: rich-text payloads typed as titles, names and opinions
go through every screen that shows them, and each label, tooltip, message box and header shows
the characters as typed (``Qt.mightBeRichText`` is no defence: these all look like HTML)."""
from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QMessageBox, QTreeWidget

from desktop.core.services import agenda, commitments, opinions, owners, people, sessions
from desktop.ui.feedback import message_box
from desktop.ui.plain import plain_tooltip

IMG = '<img src="file:///etc/passwd">'
PAYLOADS = (IMG + "图", "<h1>大标题</h1>", "<font size=100>巨</font>", '<a href="http://x">链接</a>')
PAYLOAD = "".join(PAYLOADS)


def _shown(text: str, fmt: Qt.TextFormat) -> str:
    """What a widget with ``text`` and ``fmt`` displays: for rich text, the rendered characters."""
    if fmt == Qt.TextFormat.PlainText or (fmt == Qt.TextFormat.AutoText and not GuiQt.mightBeRichText(text)):
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def _labels_with_payload(widgets) -> list[QLabel]:
    found = []
    for top in widgets:
        for label in top.findChildren(QLabel) + ([top] if isinstance(top, QLabel) else []):
            if any(p in label.text() for p in PAYLOADS):
                found.append(label)
    return found


def _assert_literal(labels: list[QLabel]) -> None:
    for label in labels:
        assert _shown(label.text(), label.textFormat()) == label.text(), (
            f"{label.objectName() or label!r} renders {label.text()!r} as rich text")


def _tooltips(widget) -> list[str]:
    tips = []
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        for row in range(min(model.rowCount(), 50)):
            for column in range(model.columnCount()):
                tip = model.data(model.index(row, column), Qt.ItemDataRole.ToolTipRole)
                if tip:
                    tips.append(str(tip))
    for tree in widget.findChildren(QTreeWidget):
        for i in range(tree.topLevelItemCount()):
            top = tree.topLevelItem(i)
            for j in range(top.childCount()):
                tips.append(top.child(j).toolTip(0))
    return [t for t in tips if t]


@pytest.fixture
def hostile(application):
    db, now = application.ctx.db, application.ctx.clock.now()
    s = sessions.create_session(db, PAYLOAD, now, venue=PAYLOAD)
    item = agenda.add_item(db, s.id, PAYLOAD)
    owner = owners.create_owner(db, PAYLOAD)
    person = people.create_person(db, PAYLOAD, PAYLOAD)
    op = opinions.create_opinion(db, s.id, PAYLOAD + "\n第二行", speaker_label=PAYLOAD,
                                 agenda_item_id=item.id, person_id=person.id)
    commitments.create_commitment(db, s.id, PAYLOAD, owner.id, now + timedelta(days=3),
                                  opinion_ids=[op.id], detail=PAYLOAD)
    return s, op


def test_payloads_show_literally_on_every_screen(application, hostile, qtbot) -> None:
    session, _op = hostile
    window = application.window
    qtbot.addWidget(window)
    window.show()
    # sessions list, then the live page with its projector
    window.sessions_page.model.refresh() if hasattr(window.sessions_page, "model") else None
    window.open_live(session.id)
    live = window.live_page
    live.open_projector()
    projector = live.projector
    assert projector is not None
    projector.show_session(session.id) if hasattr(projector, "show_session") else None
    # follow-up: register (the commitment's history), search with its tooltips
    follow = window.followup_page
    follow.search_box.setText("大标题")
    follow.run_search()
    QApplication.processEvents()
    widgets = [window, projector, *QApplication.topLevelWidgets()]
    labels = _labels_with_payload(widgets)
    assert labels, "the payload reached no label: the test would prove nothing"
    _assert_literal(labels)
    assert any(PAYLOADS[0] in label.text() for label in labels)
    tips = _tooltips(follow)
    assert tips, "no tooltip carried the payload"
    for tip in tips:  # rendered as Qt renders tooltips, each shows the characters typed
        assert PAYLOAD in _shown(tip, Qt.TextFormat.AutoText)
    live.projector.close()


def test_the_search_tooltip_shows_the_opinion_as_typed(application, hostile) -> None:
    page = application.window.followup_page
    page.search_box.setText("大标题")
    page.run_search()
    tips = _tooltips(page.search)
    assert tips
    assert any(_shown(t, Qt.TextFormat.AutoText) == PAYLOAD + "\n第二行" for t in tips)


def test_session_dialog_and_series_note(application, hostile, feedback) -> None:
    from desktop.ui.prepare.session_dialog import NextInSeriesDialog, SessionDialog

    session, _op = hostile
    dialog = SessionDialog(application.ctx, feedback, session.id)
    series = NextInSeriesDialog(application.ctx, feedback, session.id)
    labels = _labels_with_payload([dialog, series])
    assert labels
    _assert_literal(labels)


def test_import_preview_shows_cells_and_problems_as_typed(application, hostile, feedback,
                                                           tmp_path, qtbot) -> None:
    from desktop.ui.prepare.import_dialog import ImportDialog

    session, _op = hostile
    path = tmp_path / "<h1>x<font size=100>.csv"
    path.write_text("渠道,议题,内容\n" + f"鸽子,<h1>议题</h1>,\"{PAYLOAD}\"\n", encoding="utf-8")
    dialog = ImportDialog(application.ctx, feedback, session.id, "opinions")
    dialog.load(path)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)
    assert "<h1>x" in dialog.file_label.text()
    labels = _labels_with_payload([dialog]) + [dialog.file_label]
    _assert_literal(labels)
    model = dialog.model
    for column in (2, 3):
        tip = model.data(model.index(0, column), Qt.ItemDataRole.ToolTipRole)
        shown = model.data(model.index(0, column), Qt.ItemDataRole.DisplayRole)
        assert _shown(tip, Qt.TextFormat.AutoText) == shown
    dialog.wait()


def test_message_boxes_and_tooltips_helpers(qapp) -> None:
    box = message_box(None, QMessageBox.Icon.Critical, PAYLOAD, PAYLOAD)
    assert box.textFormat() == Qt.TextFormat.PlainText and box.text() == PAYLOAD
    tip = plain_tooltip(PAYLOAD + "\n<br>")
    assert _shown(tip, Qt.TextFormat.AutoText) == PAYLOAD + "\n<br>"
    assert "<img" not in _shown(tip, Qt.TextFormat.RichText).replace(PAYLOADS[0], "")


def test_the_removal_question_quotes_opinion_and_speaker_as_typed(application, hostile, qtbot,
                                                                   feedback) -> None:
    """Removing an opinion asks why, quoting it; the question is the user's text, not markup."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QInputDialog

    from desktop.ui.feedback import Feedback

    session, _op = hostile
    window = application.window
    window.show()
    window.open_live(session.id)
    page = window.live_page
    page.secretary.list.selectRow(0)
    question = page.remove_question(page.secretary.selected_ids())
    assert PAYLOADS[0] in question
    asked = []
    feedback.text_input = lambda parent, title, label, default="", **kw: asked.append(label)
    page.feedback = feedback
    assert page.ask_reason(question) is None and asked == [question]  # through the plain dialog
    seen = []

    def look() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, QInputDialog) and w.isVisible())
        seen.extend(_labels_with_payload([dialog]))
        _assert_literal(seen)
        dialog.reject()

    QTimer.singleShot(200, look)
    assert Feedback("en").text_input(None, "Remove opinion", question) is None
    assert seen


def test_a_holiday_name_shows_as_typed_in_its_tooltip(qapp, qtbot, monkeypatch) -> None:
    from datetime import date

    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QMouseEvent

    from desktop.core.holiday_calendar import DayEntry
    from desktop.ui import holiday_editor

    view = holiday_editor.YearView()
    qtbot.addWidget(view)
    day = date(2027, 2, 8)
    view.set_year(2027, {day: DayEntry(day, "off", PAYLOAD, "csv")})
    view.show()
    shown = []
    monkeypatch.setattr(holiday_editor.QToolTip, "showText",
                        lambda _pos, text, _widget=None: shown.append(text))
    (rect,) = [r for d, r in view._cells() if d == day]
    point = QPointF(rect.center())
    view.mouseMoveEvent(QMouseEvent(QMouseEvent.Type.MouseMove, point, view.mapToGlobal(point),
                                    Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                                    Qt.KeyboardModifier.NoModifier))
    assert shown and _shown(shown[0], Qt.TextFormat.AutoText) == PAYLOAD
