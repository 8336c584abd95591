"""The privacy review before a public document is released (GUIDE §5).

Lists every replacement the public version makes and every remaining suspicious token with its
context; the secretary keeps or masks lines (several at once), and the decisions are stored for
the session and applied each time the public documents are generated.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton,
    QVBoxLayout, QWidget,
)

from ...core.errors import TingjianError
from ...core.public_record import ReviewItem
from ...core.services import privacy_review
from ...minutes.generate import review_session
from .. import settings as S
from .. import worker
from ..context import AppContext
from ..feedback import Feedback
from ..table_model import Column, RowTableModel, record_table


class PrivacyReviewDialog(QDialog):
    def __init__(self, ctx: AppContext, feedback: Feedback, session_id: int,
                 naming_style: str = "honorific", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privacyReviewDialog")
        self.ctx, self.feedback, self.session_id = ctx, feedback, session_id
        self.naming_style = naming_style
        self.items: list[ReviewItem] = []
        self.job: worker.Task | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.open_only = QCheckBox()
        self.open_only.toggled.connect(self._show)
        self.model: RowTableModel[ReviewItem] = RowTableModel([
            Column(lambda: self.tr("State"), self._state),
            Column(lambda: self.tr("Kind"), self._kind),
            Column(lambda: self.tr("Found"), lambda i: i.token),
            Column(lambda: self.tr("Public text shows"), self._shown),
            Column(lambda: self.tr("Context"), lambda i: i.context),
        ], lambda: self._visible(), self)
        self.table = record_table(self.model, stretch=4, fit=True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.keep_button = QPushButton(clicked=lambda: self.decide("keep"))
        self.mask_button = QPushButton(clicked=lambda: self.decide("mask"))
        self.reopen_button = QPushButton(clicked=lambda: self.decide(None))
        ctx.writes.mark(self.keep_button, self.mask_button, self.reopen_button)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_box.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.keep_button, self.mask_button, self.reopen_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_only)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.close_box)
        layout.addLayout(bottom)
        self.retranslate()
        self.resize(980, 600)
        self.reload()

    # --- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Privacy review before release"))
        self.intro.setText(self.tr(
            "Everything the public version replaces, and what still looks personal (long numbers, "
            "@, 微信, 身份证, 电话, 住址, a citizen's name in another form). Keep or mask each open "
            "line; decisions are kept for this session and applied whenever the public documents "
            "are generated. A public version can be approved only when no line is open."))
        self.open_only.setText(self.tr("Only open lines"))
        self.keep_button.setText(self.tr("&Keep as written"))
        self.mask_button.setText(self.tr("&Mask"))
        self.reopen_button.setText(self.tr("&Reopen"))
        self.model.retranslate()

    def _kind(self, item: ReviewItem) -> str:
        return {"mobile": self.tr("mobile"), "landline": self.tr("landline"),
                "resident_id": self.tr("resident ID"), "bank_card": self.tr("bank card"),
                "email": self.tr("e-mail"), "wechat": self.tr("WeChat"), "qq": self.tr("QQ"),
                "plate": self.tr("vehicle plate"), "address": self.tr("home address"),
                "name": self.tr("name"), "suspicious": self.tr("looks personal")}.get(item.kind, item.kind)

    def _state(self, item: ReviewItem) -> str:
        if item.decision == "keep":
            return self.tr("kept as written")
        if item.decision == "mask":
            return self.tr("masked")
        return self.tr("replaced") if item.replaced else self.tr("open")

    def _shown(self, item: ReviewItem) -> str:
        if item.decision == "keep":
            return item.token
        if item.decision == "mask" and not item.replaced:
            return "***"
        return item.replacement

    # --- data ----------------------------------------------------------------------------
    def _visible(self) -> list[ReviewItem]:
        return [i for i in self.items if i.open] if self.open_only.isChecked() else list(self.items)

    def _show(self, *_args) -> None:  # noqa: ANN002
        self.model.refresh()
        open_count = sum(i.open for i in self.items)
        self.summary.setText(self.tr("{n} lines, {open} open.").format(n=len(self.items),
                                                                       open=open_count))

    def reload(self) -> None:
        db, sid, naming = self.ctx.db, self.session_id, self.naming_style
        published = S.published_numbers(self.ctx.prefs)
        self.summary.setText(self.tr("Reading the public version …"))
        self.job = worker.start(
            lambda: review_session(db, sid, naming_style=naming, published_numbers=published),
            self._loaded, lambda exc: self.feedback.domain_error(self, exc))

    def _loaded(self, items: list[ReviewItem]) -> None:
        self.items = items
        self._show()

    def set_items(self, items: list[ReviewItem]) -> None:
        self._loaded(items)

    def selected(self) -> list[ReviewItem]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r) for r in rows]

    def decide(self, action: str | None) -> None:
        chosen = self.selected()
        if not chosen:
            return
        try:
            privacy_review.decide(self.ctx.db, self.session_id, [(i.key, i.token) for i in chosen],
                                  action)
        except TingjianError as exc:
            self.feedback.domain_error(self, exc)
            return
        decided = {i.key for i in chosen}
        self.items = [ReviewItem(i.kind, i.token, i.replacement, i.context, i.where, action)
                      if i.key in decided else i for i in self.items]
        self._show()
