"""The secretary's panel: a capture form for typing at speaking speed, the captured opinions,
and the summary and decisions of the current agenda item."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QCompleter, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from ...core.vocabulary import speaker_name
from ..plain import plain_labels
from ...core.live.capture import RecentRow
from ..qtutils import add_shortcuts
from ..table_model import Column, RowTableModel
from ..salutation import fill_salutations, salutation_combo
from . import keys as K
from .common import one_line, plain_label
from .fields import CaptureText, EnterSaves, PopupEnter, SupportBox
from .dialogs import kind_names
from ...core.zone import format_time
from ..dates import zone_of


class SecretaryPanel(QGroupBox):
    """Enter saves from every field of the form (Shift+Enter is a new line in the text); after
    a save the focus is in the text of the next opinion. In Tags, Enter saves what the field
    shows: a completion picked with ↑/↓ is in it, a popup merely offering one is closed."""

    save_requested = Signal()
    edit_requested = Signal()
    remove_requested = Signal()
    commitment_requested = Signal()
    read_back_requested = Signal()
    notes_requested = Signal()
    notes_item_changed = Signal()

    def __init__(self, page, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.page = page
        self.rows: list[RecentRow] = []
        self.speaker_auto = True
        self.text = CaptureText()
        self.text.setMinimumHeight(70)
        self.text.setMaximumHeight(130)
        self.text.submitted.connect(self.save_requested)
        self.speaker = QComboBox()
        self.speaker.setEditable(True)
        self.speaker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.speaker.activated.connect(lambda _=0: setattr(self, "speaker_auto", False))
        self.speaker.lineEdit().textEdited.connect(lambda _: setattr(self, "speaker_auto", False))
        self.salutation = salutation_combo()
        speaker_row = QHBoxLayout()
        speaker_row.addWidget(self.speaker, 1)
        speaker_row.addWidget(self.salutation)
        self.item = QComboBox()
        self.kind = QComboBox()
        self.tags = QLineEdit()
        self.tag_model = QStringListModel(self)
        completer = QCompleter(self.tag_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.tags.setCompleter(completer)
        self._popup_enter = PopupEnter(self.save_requested.emit, self.tags)
        completer.popup().installEventFilter(self._popup_enter)  # after the completer's filter
        self.support = SupportBox(maximum=100_000)
        self.reply = QLineEdit()
        self.reply_by = QComboBox()
        self.reply_by.setEditable(True)
        self.reply_by.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for line in (self.speaker.lineEdit(), self.tags, self.reply, self.reply_by.lineEdit()):
            line.returnPressed.connect(self.save_requested)
        self.support.submitted.connect(self.save_requested)
        self._enter_saves = EnterSaves(self.save_requested.emit, self)
        for box in (self.salutation, self.item, self.kind):
            box.installEventFilter(self._enter_saves)
        self.save_button = QPushButton(clicked=lambda: self.save_requested.emit())
        self.hint = plain_label()
        self.hint.setObjectName("captureHint")
        self.hint.setWordWrap(True)
        self.form_labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, widget in (("text", self.text), ("speaker", speaker_row), ("item", self.item),
                            ("kind", self.kind), ("tags", self.tags),
                            ("support", self.support), ("reply", self.reply),
                            ("reply_by", self.reply_by)):
            label = QLabel()
            label.setBuddy(self.speaker if widget is speaker_row else widget)
            self.form_labels[key] = label
            form.addRow(label, widget)
        row = QHBoxLayout()
        row.addWidget(self.hint, 1)
        row.addWidget(self.save_button)
        form.addRow(row)
        self.model: RowTableModel[RecentRow] = RowTableModel([
            Column(lambda: self.tr("Time"),
                   lambda r: format_time(r.received_at, zone_of(self))),
            Column(lambda: self.tr("Speaker"),
                   lambda r: one_line(speaker_name(r.speaker_label, r.person_name, "",
                                                   self.page.ctx.language), 40)),
            Column(lambda: self.tr("Kind"), lambda r: self.kind_names.get(r.kind, r.kind)),
            Column(lambda: self.tr("Opinion"), lambda r: (
                f"【{self.queued_note}】" if r.queued else "") + one_line(r.preview)),
            Column(lambda: self.tr("Agreed"), lambda r: r.support_count, numeric=True),
            Column(lambda: self.tr("Commitment"),
                   lambda r: "✓" if r.id in self.page.committed else ""),
        ], lambda: self.rows, self)
        self.list = QTableView()
        self.list.setModel(self.model)
        self.list.verticalHeader().hide()
        self.list.setWordWrap(False)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 56), (1, 120), (2, 90), (4, 56), (5, 90)):
            header.resizeSection(column, width)  # fixed widths: fitting contents reads every row
        self.edit_button = QPushButton(clicked=lambda: self.edit_requested.emit())
        self.remove_button = QPushButton(clicked=lambda: self.remove_requested.emit())
        self.commit_button = QPushButton(clicked=lambda: self.commitment_requested.emit())
        self.read_back_button = QPushButton(clicked=lambda: self.read_back_requested.emit())
        actions = QHBoxLayout()
        for b in (self.edit_button, self.remove_button, self.commit_button,
                  self.read_back_button):
            actions.addWidget(b)
        self.notes_box = QGroupBox()
        self.notes_item = QComboBox()
        self.notes_item.currentIndexChanged.connect(lambda _: self.notes_item_changed.emit())
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.decisions = QPlainTextEdit()
        self.decisions.setTabChangesFocus(True)
        self.notes_button = QPushButton(clicked=lambda: self.notes_requested.emit())
        self.notes_labels = [QLabel(), QLabel()]
        notes = QFormLayout(self.notes_box)
        notes.addRow(self.notes_item)
        notes.addRow(self.notes_labels[0], self.summary)
        notes.addRow(self.notes_labels[1], self.decisions)
        notes.addRow(self.notes_button)
        for label, widget in zip(self.notes_labels, (self.summary, self.decisions), strict=True):
            label.setBuddy(widget)
            widget.setMaximumHeight(120)
        listing = QWidget()
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(0, 0, 0, 0)
        listing_layout.addWidget(self.list, 1)
        listing_layout.addLayout(actions)
        self.tabs = QTabWidget()
        self.tabs.addTab(listing, "")
        self.tabs.addTab(self.notes_box, "")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.tabs, 1)
        self.setStyleSheet("QLabel#captureHint { color: #b71c1c; }")
        self.shortcuts = add_shortcuts(self, (
            ("Ctrl+Return", self.save_requested.emit),
            ("Ctrl+E", self.edit_requested.emit),
            ("Ctrl+Delete", self.remove_requested.emit),
            ("Ctrl+M", self.commitment_requested.emit),
            ("Ctrl+R", self.read_back_requested.emit),
            ("Ctrl+S", self.notes_requested.emit),
            ("Ctrl+=", self.support.stepUp), ("Ctrl++", self.support.stepUp),
            ("Ctrl+-", self.support.stepDown),
            ("Ctrl+L", self.show_list), ("Ctrl+J", self.show_notes),
            ("Ctrl+K", self._cycle_kind),
            ("Escape", self.focus_text)))
        self.kind_names: dict[str, str] = {}
        self.queued_note = ""
        self.retranslate()
        plain_labels(self)

    def focus_text(self) -> None:
        self.close_popups()
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def close_popups(self) -> None:
        for completer in (self.tags.completer(), self.speaker.completer(),
                          self.reply_by.completer()):
            popup = completer.popup() if completer is not None else None
            if popup is not None and popup.isVisible():
                popup.hide()

    def show_list(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_notes(self) -> None:
        self.tabs.setCurrentIndex(1)
        self.summary.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _cycle_kind(self) -> None:
        self.kind.setCurrentIndex((self.kind.currentIndex() + 1) % max(1, self.kind.count()))

    # --- form values ----------------------------------------------------------------------
    def speaker_choice(self) -> dict[str, Any]:
        """person_id and label of the speaker field: a listed speaker or what was typed."""
        text = self.speaker.currentText().strip()
        index = self.speaker.findText(text, Qt.MatchFlag.MatchFixedString)
        data = self.speaker.itemData(index) if index >= 0 else None
        salutation = self.salutation.currentData() or ""
        if isinstance(data, dict):
            return {**data, "salutation": salutation} if salutation and data.get("person_id") \
                else dict(data)
        if salutation and text and not text.endswith(salutation):
            text += salutation  # "张伟" + 先生: the public version names them 张先生
        return {"person_id": None, "speaker_label": text}

    def form_fields(self) -> dict[str, Any]:
        return {"text": self.text.toPlainText(), "kind": self.kind.currentData() or "suggestion",
                "agenda_item_id": self.item.currentData(), **self.speaker_choice(),
                "tags": [t for t in self.tags.text().replace("；", ";").split(";") if t.strip()],
                "support_count": self.support.value(), "reply_text": self.reply.text(),
                "reply_by": self.reply_by.currentText().strip()}

    def draft_fields(self) -> dict[str, Any]:
        return {"text": self.text.toPlainText(), "kind": self.kind.currentData() or "",
                "speaker": self.speaker.currentText(), "tags": self.tags.text(),
                "support": self.support.value(), "reply_text": self.reply.text(),
                "reply_by": self.reply_by.currentText()}

    def restore_draft(self, fields: dict[str, Any]) -> None:
        self.text.setPlainText(str(fields.get("text", "")))
        self.text.moveCursor(self.text.textCursor().MoveOperation.End)
        self.kind.setCurrentIndex(max(0, self.kind.findData(fields.get("kind"))))
        if fields.get("speaker"):
            self.speaker_auto = False
            self.speaker.setEditText(str(fields["speaker"]))
        self.tags.setText(str(fields.get("tags", "")))
        support = fields.get("support", 0)
        self.support.setValue(support if isinstance(support, int) else 0)
        self.reply.setText(str(fields.get("reply_text", "")))
        self.reply_by.setEditText(str(fields.get("reply_by", "")))

    def after_save(self) -> None:
        """Saved: clear what belongs to one opinion, keep speaker, item and kind. An open
        completion popup is closed first: it holds the keyboard, and the next opinion's first
        keystroke would go into Tags."""
        self.close_popups()
        self.text.clear_saved()
        self.tags.clear()
        self.support.setValue(0)
        self.reply.clear()
        self.hint.setText("")
        self.focus_text()

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.list.selectionModel().selectedRows()})
        picked = [self.model.row_at(r) for r in rows]
        return [row.id for row in picked if not row.queued]  # a waiting one is not yet editable

    def set_rows(self, rows: list[RecentRow]) -> None:
        selected = set(self.selected_ids())
        self.rows = rows
        self.model.refresh()
        for n, row in enumerate(rows):
            if row.id in selected:
                self.list.selectRow(n)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Secretary"))
        names = {"text": self.tr("&Opinion"), "speaker": self.tr("S&peaker"),
                 "item": self.tr("Agenda &item"), "kind": self.tr("&Kind (Ctrl+K)"),
                 "tags": self.tr("&Tags"), "support": self.tr("A&greed by ({up} / {down})").format(
                     up=K.AGREED_UP, down="Ctrl+−"),
                 "reply": self.tr("On-the-spot &reply"), "reply_by": self.tr("Replied &by")}
        for key, label in self.form_labels.items():
            label.setText(names[key])
        self.text.setPlaceholderText(self.tr("Type what is said; Enter saves, Shift+Enter "
                                             "starts a new line, Esc comes back here."))
        self.tags.setPlaceholderText(self.tr("Separate tags with ;"))
        self.kind_names = kind_names(self)
        self.queued_note = self.tr("waiting")  # for the server: the hint says it in full
        current = self.kind.currentData()
        self.kind.clear()
        for key, name in self.kind_names.items():
            self.kind.addItem(name, key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        fill_salutations(self.salutation)
        self.save_button.setText(self.tr("Save (Enter)"))
        self.edit_button.setText(self.tr("Edit (Ctrl+E)"))
        self.remove_button.setText(self.tr("Remove (Ctrl+Del)"))
        self.commit_button.setText(self.tr("Make commitment (Ctrl+M)"))
        self.read_back_button.setText(self.tr("Read back (Ctrl+R)"))
        self.notes_box.setTitle(self.tr("Summary and decisions of the item"))
        self.tabs.setTabText(0, self.tr("Captured opinions (Ctrl+L)"))
        self.tabs.setTabText(1, self.tr("Summary and decisions (Ctrl+J)"))
        self.notes_labels[0].setText(self.tr("Su&mmary"))
        self.notes_labels[1].setText(self.tr("&Decisions (one per line)"))
        self.notes_button.setText(self.tr("Save notes (Ctrl+S)"))
        self.model.retranslate()
