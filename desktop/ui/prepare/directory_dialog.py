"""The directory of leaders and departments that attend sessions and take commitments."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QInputDialog, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from ...core.errors import TingjianError
from ...core.services import owners
from ..context import AppContext
from ..feedback import Feedback

ID_ROLE = Qt.ItemDataRole.UserRole


class DirectoryDialog(QDialog):
    """Add, rename, deactivate and reactivate owners; inactive ones stay for old records."""

    def __init__(self, ctx: AppContext, feedback: Feedback, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.feedback = ctx, feedback
        self.setWindowTitle(self.tr("Leaders and departments"))
        self.list = QListWidget()
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Name, e.g. Housing Office or Wang Haitao"))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Position (leaders), e.g. Deputy director"))
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Department"), "department")
        self.kind_combo.addItem(self.tr("Leader"), "leader")
        self.add_button = QPushButton(self.tr("&Add"))
        self.rename_button = QPushButton(self.tr("Re&name…"))
        self.active_button = QPushButton(self.tr("&Deactivate"))
        self.add_button.clicked.connect(self.add)
        for edit in (self.name_edit, self.title_edit):
            edit.returnPressed.connect(self.add_button.click)  # off while only reading
        self.rename_button.clicked.connect(lambda: self.rename())
        self.active_button.clicked.connect(self.toggle_active)
        self.list.currentItemChanged.connect(self._update_buttons)
        ctx.writes.mark(self.add_button, self.rename_button, self.active_button)
        form = QHBoxLayout()
        form.addWidget(self.name_edit, 2)
        form.addWidget(self.title_edit, 1)
        form.addWidget(self.kind_combo)
        form.addWidget(self.add_button)
        row = QHBoxLayout()
        row.addWidget(self.rename_button)
        row.addWidget(self.active_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        for button in (self.add_button, self.rename_button, self.active_button,
                       *buttons.buttons()):
            button.setAutoDefault(False)  # Enter in a field adds once, no button fires too
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(560, 420)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        self.list.clear()
        for owner in owners.list_owners(self.ctx.db, active_only=False):
            kind = self.tr("Leader") if owner.kind == "leader" else self.tr("Department")
            text = f"{owner.name}{'（' + owner.title + '）' if owner.title else ''} · {kind}"
            if not owner.active:
                text += " · " + self.tr("inactive")
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, owner.id)
            item.setData(ID_ROLE + 1, owner.active)
            item.setData(ID_ROLE + 2, owner.name)
            if not owner.active:
                item.setForeground(Qt.GlobalColor.gray)
            self.list.addItem(item)
            if owner.id == select:
                self.list.setCurrentItem(item)
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        item = self.list.currentItem()
        self.rename_button.setEnabled(item is not None)
        self.active_button.setEnabled(item is not None)
        active = item is None or item.data(ID_ROLE + 1)
        self.active_button.setText(self.tr("&Deactivate") if active else self.tr("Re&activate"))

    def add(self) -> None:
        try:
            row = owners.create_owner(self.ctx.db, self.name_edit.text(),
                                      self.kind_combo.currentData(), self.title_edit.text())
        except TingjianError as exc:
            self.feedback.domain_error(self, exc)
            return
        self.name_edit.clear()
        self.title_edit.clear()
        self.reload(row.id)

    def rename(self, name: str | None = None) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Rename"), self.tr("New name:"),
                                            text=item.data(ID_ROLE + 2))
            if not ok:
                return
        try:
            owners.update_owner(self.ctx.db, item.data(ID_ROLE), name=name)
        except TingjianError as exc:
            self.feedback.domain_error(self, exc)
            return
        self.reload(item.data(ID_ROLE))

    def toggle_active(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        owner_id = item.data(ID_ROLE)
        owners.update_owner(self.ctx.db, owner_id, active=not item.data(ID_ROLE + 1))
        self.reload(owner_id)
