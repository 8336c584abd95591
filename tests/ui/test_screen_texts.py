"""No raw codes and nothing left untranslated on screen.

Every page of the main window with the demo session (and its follow-up: an extension, a
disposition, a follow-up call, backups of each occasion), the follow-up dialogs, the standard
dialogs: every text a user reads (labels, buttons, group boxes, tabs, menus, window titles,
tooltips, placeholders, combo items, table headers and cells of every model) is walked. In the
Chinese interface a Latin word of three letters or more that is not a product name, a unit or a
key fails, and so does anything that looks like code (snake_case, ALL_CAPS, ``Kind.X``, None,
True). In the English interface a Chinese character fails unless it is the user's data."""
from __future__ import annotations

import re
from datetime import timedelta

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QApplication, QComboBox, QFileDialog, QGroupBox,
    QHeaderView, QLabel, QLineEdit, QMenu, QMenuBar, QMessageBox, QPlainTextEdit, QTabBar, QTabWidget,
    QWidget,
)

from desktop.core.backup import make_backup
from desktop.core.clock import FakeClock
from desktop.core.demo import create_demo
from desktop.core.msg import is_zh, pick
from desktop.core.services import commitments, dispositions, followups, opinions, templates
from desktop.ui.followup import dialogs

DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
MAX_ROWS = 60  # cells of each model read (the demo's tables are small)

# Words that stay Latin in Chinese: product and format names, units, keys, standards.
ALLOWED = {
    "tingjian", "word", "excel", "csv", "pdf", "json", "xlsx", "docx", "sqlite", "postgresql",
    "pg_dump", "wps", "qt", "pyside", "python", "windows", "linux", "macos", "utc", "gmt",
    "ctrl", "shift", "alt", "esc", "enter", "tab", "del", "home", "end", "pgup", "pgdown",
    "space", "backspace", "return", "ins", "meta", "wechat", "asia", "shanghai", "url",
    "mb", "kb", "gb", "id", "ids", "tsv", "txt", "qm", "ttf", "otf",
}
# Texts that are what they are in every language: a language's own name, examples of codes.
AS_IS = {"English", "简体中文", "中文", "street_office_10",
         "off 放假", "work 上班",  # the literal values of a holiday CSV line
         "国务院办公厅关于…年部分节假日安排的通知",  # the title of the notice to paste
         "青石交〔{year}〕{n}号", "{year}", "{n}"}  # a document number pattern and its fields
ZONE_ID = re.compile(r"\b[A-Z][a-z]+/[A-Za-z_]+\b")  # IANA time zone names: Asia/Shanghai
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
WORD = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
CODE = [
    re.compile(r"\b[a-z][a-z0-9]*_[a-z0-9_]+\b"),  # snake_case
    re.compile(r"\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b"),  # ALL_CAPS identifiers
    re.compile(r"\b[A-Z][A-Za-z]+\.[A-Z][A-Z_]+\b"),  # enum reprs: Kind.SUGGESTION
    re.compile(r"\b(None|True|False|nan|null|undefined)\b"),
    re.compile(r"<[A-Za-z]+[ .][^>]*>|\bobject at 0x"),  # Python reprs
]
MNEMONIC = re.compile(r"\(&[A-Za-z0-9]\)|&(?=\S)")
PATH = re.compile(r"(?:[A-Za-z]:)?[/\\][^\s，。；]*")  # file paths shown to the user are data
FILE_NAME = re.compile(r"\b[\w.-]+\.(?:db|docx|xlsx|csv|json|pdf|txt|tsv)\b")
KEYS = re.compile(r"\b(?:Ctrl|Shift|Alt|Meta)\+\S+|\bF\d{1,2}\b")


def clean(text: str) -> str:
    text = MNEMONIC.sub("", text)
    text = re.sub(r"<[^>]+>", " ", text) if text.lstrip().startswith("<") else text
    text = text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace(
        "&amp;", "&")
    for word in sorted(AS_IS, key=len, reverse=True):
        text = text.replace(word, " ")
    for pattern in (ZONE_ID, PATH, FILE_NAME, KEYS):
        text = pattern.sub(" ", text)
    return text


def faults_zh(text: str, data: set[str]) -> list[str]:
    body = clean(text)
    found = [p.search(body).group(0) for p in CODE if p.search(body)]
    for word in WORD.findall(body):
        if len(re.sub(r"[^A-Za-z]", "", word)) >= 3 and word.lower() not in ALLOWED \
                and not any(word in d for d in data):
            found.append(word)
    return found


def faults_en(text: str, data: set[str]) -> list[str]:
    body = clean(text)
    found = [p.search(body).group(0) for p in CODE if p.search(body)]
    rest = body
    for d in sorted(data, key=len, reverse=True):
        if d and HAN.search(d):
            rest = rest.replace(d, " ")
    found += HAN.findall(rest)
    return found


def columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model keeps it private: one column
        return 1


def has_children(model: QAbstractItemModel, index: QModelIndex) -> bool:
    try:
        return model.hasChildren(index)
    except TypeError:  # list models: flat
        return False


def model_texts(model: QAbstractItemModel, parent: QModelIndex = QModelIndex(),
                depth: int = 0, headers_only: bool = False) -> list[str]:
    texts = []
    if depth == 0:
        for orientation in (Qt.Orientation.Horizontal,):
            for c in range(columns(model, parent)):
                value = model.headerData(c, orientation, DISPLAY)
                if value is not None:
                    texts.append(str(value))
    for r in range(0 if headers_only else min(model.rowCount(parent), MAX_ROWS)):
        for c in range(columns(model, parent)):
            index = model.index(r, c, parent)
            for role in (DISPLAY, TOOLTIP):
                value = index.data(role)
                if value is not None and not isinstance(value, (int, float)) or isinstance(
                        value, bool):
                    texts.append(str(value))
            if c == 0 and depth < 2 and has_children(model, index):
                texts += model_texts(model, index, depth + 1)
    return texts


def widget_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of everything a user can read in ``root`` as it is shown now."""
    out: list[tuple[str, str]] = []

    def add(widget: QWidget, text: object) -> None:
        if isinstance(text, str) and text.strip():
            out.append((f"{type(widget).__name__}:{widget.objectName()}", text))

    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if w is not root and not w.isVisibleTo(root) and not isinstance(w, QMenu):
            continue
        if w.isWindow():
            add(w, w.windowTitle())
        add(w, w.toolTip())
        if isinstance(w, (QLabel, QAbstractButton)):
            add(w, w.text())
        if isinstance(w, QGroupBox):
            add(w, w.title())
        if isinstance(w, (QLineEdit, QPlainTextEdit)):
            add(w, w.placeholderText())
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                add(w, w.tabText(i))
                add(w, w.tabToolTip(i))
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w, w.itemText(i))
        if isinstance(w, (QMenu, QMenuBar)):
            for action in w.actions():
                add(w, action.text())
                add(w, action.toolTip() if action.toolTip() != action.text().replace("&", "")
                    else "")
        if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView) \
                and w.model() is not None:
            # the file dialog's folders and files are the user's, not the program's words
            files = isinstance(w.window(), QFileDialog)
            for text in model_texts(w.model(), headers_only=files):
                add(w, text)
    return out


def user_data(db) -> set[str]:  # noqa: ANN001
    """Texts the user typed (titles, names, opinions, replies…): they may be in any language."""
    from sqlalchemy import inspect, text

    values: set[str] = set()
    with db.read() as s:
        conn = s.connection()
        for table in inspect(conn).get_table_names():
            if table.startswith(("alembic", "fts", "search")):
                continue
            for column in inspect(conn).get_columns(table):
                if str(column["type"]).upper().startswith(("VARCHAR", "TEXT")):
                    for (value,) in conn.execute(text(f'SELECT "{column["name"]}" FROM "{table}"')):
                        if value:
                            values.add(str(value))
                            values.update(part for part in str(value).splitlines() if part)
    # agenda templates are agenda content in their documents' language, built in or saved
    values.update(choice.name for choice in templates.available_templates(db))
    return values


def fill(application) -> None:  # noqa: ANN001
    """The demo session and the follow-up work that makes every follow-up table show rows."""
    ctx = application.ctx
    session = create_demo(ctx.db, ctx.language, now=ctx.clock.now())
    rows = commitments.list_commitments(ctx.db, session.id)
    first = rows[0]
    commitments.add_progress(ctx.db, first.id, pick(ctx.language, en="Progress", zh="进展"),
                             "", ctx.clock.now())
    commitments.set_status(ctx.db, rows[-1].id, "in_progress", "", now=ctx.clock.now())
    try:
        commitments.extend(ctx.db, first.id, first.due_at + timedelta(days=5), "reason",
                           zone=ctx.zone)
    except Exception:  # noqa: BLE001 - the demo's policy may allow none: fine for a walk
        pass
    ops = opinions.list_opinions(ctx.db, session.id)
    dispositions.set_disposition(ctx.db, ops[0].id, "referred", reason="",
                                 referred_to_id=first.owner_id)
    followups.record_followup(ctx.db, commitment_id=first.id, valid=True,
                              contacted_in_time=True, resolved=False,
                              satisfaction="basically_satisfied", note="", caller="",
                              called_at=ctx.clock.now())
    path = ctx.db.location.path
    for reason in ("start", "periodic", "close", "manual", "before-migration-0020"):
        make_backup(path, reason)
    return session


@pytest.fixture(params=["zh", "en"])
def lang_app(request, qapp, ui_db, data_dir, feedback):
    from desktop.ui.app import Application, preferences

    feedback.language = request.param
    app = Application(ui_db, preferences(), request.param, feedback)
    app.ctx.clock = FakeClock()
    yield app
    for widget in QApplication.topLevelWidgets():
        if widget is not app.window and widget.isVisible():
            widget.close()
    app.window.close()
    app.translations.apply("en")
    app.ctx.db.unsubscribe(app.ctx.bus.announce)


def walk_pages(qtbot, application) -> list[tuple[str, str]]:  # noqa: ANN001
    window = application.window
    session = fill(application)
    window.show()
    qtbot.waitExposed(window)
    found: list[tuple[str, str]] = []
    for index in range(window.nav.count()):
        window.nav.setCurrentRow(index)
        qtbot.wait(10)
        page = window.page(index)
        if index == window.LIVE:
            page.show_session(session.id)
        tabs = [t for t in page.findChildren(QTabWidget) if t.isVisibleTo(window)]
        found += widget_texts(window)
        for tab in tabs:
            for i in range(tab.count()):
                tab.setCurrentIndex(i)
                qtbot.wait(10)
                found += [(f"page {index} tab {i} {w}", t) for w, t in widget_texts(tab.widget(i))]
    for menu in window.menuBar().findChildren(QMenu):
        found += widget_texts(menu)
    return found


def walk_dialogs(qtbot, application) -> list[tuple[str, str]]:  # noqa: ANN001
    ctx, fb = application.ctx, application.feedback
    window = application.window
    page = window.followup_page
    first = commitments.list_commitments(ctx.db)[0]
    op = opinions.list_opinions(ctx.db, first.session_id)[0]
    made = [
        dialogs.StatusDialog(ctx, fb, first.id, "open", page),
        dialogs.ProgressDialog(ctx, fb, first.id, page),
        dialogs.ExtendDialog(ctx, fb, first.id, first.due_at, page.extend_rule(first.id),
                             page.register.custom, page),
        dialogs.FollowUpDialog(ctx, fb, commitment_id=first.id, subject=first.title,
                               parent=page),
        dialogs.DispositionDialog(ctx, fb, op.id, op.text, page),
        dialogs.CustomPolicyDialog(ctx, fb, page),
    ]
    from desktop.ui.holiday_editor import HolidayEditor
    from desktop.ui.minutes.dialog import MinutesDialog
    from desktop.ui.prepare.directory_dialog import DirectoryDialog
    from desktop.ui.prepare.documents_dialog import DocumentsDialog
    from desktop.ui.prepare.session_dialog import NextInSeriesDialog, SessionDialog

    made += [SessionDialog(ctx, fb, first.session_id, window), SessionDialog(ctx, fb, None, window),
             NextInSeriesDialog(ctx, fb, first.session_id, window), DirectoryDialog(ctx, fb, window),
             HolidayEditor(ctx, fb, None, window), MinutesDialog(ctx, fb, first.session_id, window),
             DocumentsDialog(ctx, fb, first.session_id, window)]
    box = QMessageBox(QMessageBox.Icon.Question, pick(ctx.language, en="Tingjian", zh="听见"),
                      "?", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                      | QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel
                      | QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard)
    files = QFileDialog(window, "", str(ctx.db.location.path.parent))
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    made += [box, files]
    found: list[tuple[str, str]] = []
    for dialog in made:
        if dialog.parent() is None:  # the others belong to the window, which deletes them
            qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        found += [(f"{type(dialog).__name__} {w}", t) for w, t in widget_texts(dialog)]
        dialog.close()
    return found


def test_every_screen_text_is_translated_and_no_code_shows(qtbot, lang_app) -> None:
    found = walk_pages(qtbot, lang_app) + walk_dialogs(qtbot, lang_app)
    data = user_data(lang_app.ctx.db)
    check = faults_zh if is_zh(lang_app.ctx.language) else faults_en
    assert len(found) > 300  # the walk really read the screens
    texts = {t for _w, t in found}
    expected = ({"启动时", "数据库升级前（原版本 0020）", "满意度", "基本满意", "待办", "办理中", "转办"}
                if is_zh(lang_app.ctx.language) else
                {"At start-up", "Before the database upgrade (from version 0020)",
                 "Satisfaction", "Basically satisfied", "Open", "In progress", "Referred"})
    assert {e for e in expected if not any(e in t for t in texts)} == set()
    bad = sorted({f"{where}: {text!r} -> {check(text, data)}" for where, text in found
                  if check(text, data)})
    assert bad == [], "\n".join(bad)


@pytest.mark.parametrize(("text", "zh_bad", "en_bad"), [
    ("start", True, False), ("in_progress", True, True), ("CommitmentStatus.OPEN", True, True),
    ("None", True, True), ("导出为 Word (Ctrl+Shift+E)", False, True), ("满意度", False, True),
    ("Export…", True, False), ("MAX_ROWS", True, True), ("备份 tingjian-x.db", False, True),
])
def test_the_checks_catch_what_they_are_for(text, zh_bad, en_bad) -> None:
    assert bool(faults_zh(text, set())) is zh_bad
    assert bool(faults_en(text, set())) is en_bad
