"""Language: Simplified Chinese or English, following the system unless chosen in Settings."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..core.paths import resources_dir
from ..core.msg import is_zh, pick

LANGUAGES = ("zh", "en")


def system_language() -> str:
    return "zh" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def effective_language(preference: str) -> str:
    return preference if preference in LANGUAGES else system_language()


class Translations:
    """Installs Tingjian's and Qt's own translators; switching replaces them."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []

    def apply(self, language: str) -> bool:
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        QLocale.setDefault(pick(language, en=QLocale(QLocale.Language.English),
                                zh=QLocale(QLocale.Language.Chinese, QLocale.Country.China)))
        if not is_zh(language):  # English: only the plural forms ("1 person", "2 people")
            plurals = QTranslator(app)
            if plurals.load(str(resources_dir() / "translations" / "tingjian_en.qm")):
                app.installTranslator(plurals)
                self._installed.append(plurals)
            return True
        ours = QTranslator(app)
        loaded = ours.load(str(resources_dir() / "translations" / "tingjian_zh_CN.qm"))
        if loaded:
            app.installTranslator(ours)
            self._installed.append(ours)
        # Installed first, so it is asked last: Qt's own translation wins where it has the string.
        extra = QTranslator(app)
        if extra.load(str(resources_dir() / "translations" / "qtbase_extra_zh_CN.qm")):
            app.installTranslator(extra)
            self._installed.append(extra)
        qt = QTranslator(app)
        if qt.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            self._installed.append(qt)
        return loaded
