"""Qt's own dialogs speak Chinese in the Chinese interface: file dialogs and message box buttons."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QMessageBox, QTreeView, QWidget

from desktop.ui.i18n import Translations

LATIN = re.compile(r"[A-Za-z]")
# What the caller chose to show: the title and the name filters we pass, and paths.
OURS = {"标题", "Word 文档 (*.docx)", "所有文件 (*)"}


@pytest.fixture
def chinese(qapp):
    translations = Translations()
    translations.apply("zh")
    yield
    translations.apply("en")


def visible_texts(widget: QWidget) -> list[str]:
    texts = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisibleTo(widget) and child is not widget:
            continue
        for getter in ("text", "toolTip", "windowTitle", "placeholderText"):
            value = getattr(child, getter, None)
            if callable(value):
                try:
                    text = value()
                except TypeError:
                    continue
                if isinstance(text, str) and text:
                    texts.append(text)
        if isinstance(child, QComboBox) and child.objectName() == "fileTypeCombo":
            texts.extend(child.itemText(i) for i in range(child.count()))
    return texts


def untranslated(texts: list[str]) -> list[str]:
    """Texts with a Latin letter once a Chinese mnemonic suffix such as "(&O)" is taken off."""
    return [t for t in texts if t not in OURS and not t.startswith("/")
            and LATIN.search(re.sub(r"\(&[A-Za-z]\)", "", t).replace("&", ""))]


@pytest.mark.parametrize("mode", [QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave])
def test_file_dialog_is_chinese(qtbot, chinese, mode, tmp_path):
    dialog = QFileDialog(None, "标题", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(mode)
    dialog.setNameFilters(sorted(OURS - {"标题"}))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = visible_texts(dialog)
    assert any("文件类型" in t for t in texts)  # the label is really there and was read
    assert untranslated(texts) == []


def test_file_list_names_kinds_in_chinese(qtbot, chinese, tmp_path):
    (tmp_path / "folder").mkdir()
    (tmp_path / "名单").write_bytes(b"x")  # no extension: no MIME product name
    dialog = QFileDialog(None, "标题", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.findChild(QTreeView, "treeView")
    model = view.model()
    root = model.index(str(tmp_path))
    qtbot.waitUntil(lambda: model.rowCount(root) == 2)
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    kinds = [model.index(r, 2, root).data() for r in range(model.rowCount(root))]
    assert len(kinds) == 2 and all(kinds)
    assert untranslated(header + kinds) == []


def test_message_box_buttons_are_chinese(qtbot, chinese):
    buttons = QMessageBox.StandardButton
    every = (buttons.Ok | buttons.Save | buttons.SaveAll | buttons.Open | buttons.Yes
             | buttons.YesToAll | buttons.No | buttons.NoToAll | buttons.Abort | buttons.Retry
             | buttons.Ignore | buttons.Close | buttons.Cancel | buttons.Discard | buttons.Help
             | buttons.Apply | buttons.Reset | buttons.RestoreDefaults)
    box = QMessageBox(QMessageBox.Icon.Question, "标题", "正文", every)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    labels = [button.text() for button in box.buttons()]
    assert len(labels) == 18
    assert untranslated(labels) == []
