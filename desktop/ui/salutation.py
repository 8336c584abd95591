"""The salutation picker (称呼) used where people are registered or captured."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget


def salutation_combo(parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName("salutationCombo")
    fill_salutations(combo)
    return combo


def fill_salutations(combo: QComboBox) -> None:
    """(Re)fill ``combo``: not given, 女士 (Ms), 先生 (Mr), 老师 (teacher), 师傅 (master)."""
    current = combo.currentData() or ""
    combo.clear()
    combo.addItem(QCoreApplication.translate("Salutation", "Salutation: not given"), "")
    combo.addItem(QCoreApplication.translate("Salutation", "女士 (Ms)"), "女士")
    combo.addItem(QCoreApplication.translate("Salutation", "先生 (Mr)"), "先生")
    combo.addItem(QCoreApplication.translate("Salutation", "老师 (teacher)"), "老师")
    combo.addItem(QCoreApplication.translate("Salutation", "师傅 (master)"), "师傅")
    combo.setToolTip(QCoreApplication.translate(
        "Salutation", "How the person is addressed; public documents name them 王女士 / Ms Wang "
        "with it, else 居民甲 / Resident A."))
    combo.setCurrentIndex(max(0, combo.findData(current)))
