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
    """(Re)fill ``combo``: not given, Ms (女士), Mr (先生), Teacher (老师), Master (师傅); the value
    kept is the Chinese word, which documents use."""
    current = combo.currentData() or ""
    combo.clear()
    combo.addItem(QCoreApplication.translate("Salutation", "Salutation: not given"), "")
    combo.addItem(QCoreApplication.translate("Salutation", "Ms"), "女士")
    combo.addItem(QCoreApplication.translate("Salutation", "Mr"), "先生")
    combo.addItem(QCoreApplication.translate("Salutation", "Teacher"), "老师")
    combo.addItem(QCoreApplication.translate("Salutation", "Master (craftsman)"), "师傅")
    combo.setToolTip(QCoreApplication.translate(
        "Salutation", "How the person is addressed; public documents name them with it "
        "(Ms Wang), else as Resident A."))
    combo.setCurrentIndex(max(0, combo.findData(current)))
