"""The salutation picker (称呼) used where people are registered or captured."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("Salutation", text)


def salutation_combo(parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName("salutationCombo")
    fill_salutations(combo)
    return combo


def fill_salutations(combo: QComboBox) -> None:
    """(Re)fill ``combo``: not given, 女士 (Ms), 先生 (Mr), 老师 (teacher), 师傅 (master)."""
    current = combo.currentData() or ""
    combo.clear()
    combo.addItem(_tr("Salutation: not given"), "")
    for word, text in (("女士", _tr("女士 (Ms)")), ("先生", _tr("先生 (Mr)")),
                       ("老师", _tr("老师 (teacher)")), ("师傅", _tr("师傅 (master)"))):
        combo.addItem(text, word)
    combo.setToolTip(_tr("How the person is addressed; public documents name them 王女士 / "
                         "Ms Wang with it, else 居民甲 / Resident A."))
    combo.setCurrentIndex(max(0, combo.findData(current)))
