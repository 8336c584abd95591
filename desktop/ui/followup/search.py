"""Search results over every session, grouped by session; activating one opens where it was made."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ..plain import plain_labels, plain_tooltip
from ...core import search
from ..context import AppContext
from ...core.zone import format_date

HIT_ROLE = Qt.ItemDataRole.UserRole


class SearchView(QWidget):
    hit_activated = Signal(object)  # a search.Hit

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.query = ""
        self.hits: list[search.Hit] = []
        self.summary = QLabel()
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemDoubleClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        plain_labels(self)

    def run(self, query: str) -> list[search.Hit]:
        self.query = query
        self.hits = search.search(self.ctx.db, query)
        self._show()
        return self.hits

    def _kind(self, kind: str) -> str:
        return {"opinion": self.tr("Opinion"), "reply": self.tr("Reply"),
                "commitment": self.tr("Commitment")}[kind]

    def _show(self) -> None:
        self.tree.clear()
        for _sid, title, hits in search.grouped(self.hits):
            when = format_date(hits[0].session_starts_at, self.ctx.zone)
            parent = QTreeWidgetItem([f"{when}  {title}", self.tr("{n} found").format(n=len(hits))])
            font = parent.font(0)
            font.setBold(True)
            parent.setFont(0, font)
            for hit in hits:
                child = QTreeWidgetItem([hit.text.splitlines()[0][:240], self._kind(hit.kind)])
                child.setData(0, HIT_ROLE, hit)
                child.setToolTip(0, plain_tooltip(hit.text[:1000]))
                parent.addChild(child)
            self.tree.addTopLevelItem(parent)
            parent.setExpanded(True)
        self.tree.resizeColumnToContents(1)
        if not self.query.strip():
            self.summary.setText("")
        else:
            self.summary.setText(self.tr("{n} results for “{q}”").format(n=len(self.hits),
                                                                        q=self.query))

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        hit = item.data(0, HIT_ROLE)
        if hit is not None:
            self.hit_activated.emit(hit)

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Found"), self.tr("Kind")])
        self.tree.header().setStretchLastSection(False)
        from PySide6.QtWidgets import QHeaderView
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._show()
