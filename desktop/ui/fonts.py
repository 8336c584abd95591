"""Font choice: the platform's UI font for Latin text, a CJK family for Chinese.

Qt falls back per character, but on Linux the fallback may pick a Japanese or traditional
Chinese face. So the application font lists the first installed family from CJK_FAMILIES
after the platform default; Windows and macOS always have one of the first two.
"""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

CJK_FAMILIES = (
    "Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC",
    "Source Han Sans SC", "Noto Sans SC", "WenQuanYi Micro Hei", "Droid Sans Fallback",
)


def cjk_family() -> str | None:
    installed = set(QFontDatabase.families())
    return next((f for f in CJK_FAMILIES if f in installed), None)


def apply_fonts(app: QApplication) -> str | None:
    """Set the application font; return the CJK family used (None: none installed)."""
    family = cjk_family()
    font = QFont(app.font())
    if family:
        font.setFamilies([font.family(), family])
    app.setFont(font)
    return family
