"""The Settings page: language, where the data lives, live-session defaults."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget,
)

from ..core import migrate
from . import settings as S
from .backups_panel import BackupsPanel
from .context import AppContext
from .feedback import Feedback


class SettingsPage(QWidget):
    language_changed = Signal(str)  # "", "zh" or "en"

    def __init__(self, ctx: AppContext, feedback: Feedback, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.general = QGroupBox()
        self.language = QComboBox()
        self.language.addItem("", "")
        self.language.addItem("简体中文", "zh")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(ctx.prefs.get(S.LANGUAGE))))
        self.language.currentIndexChanged.connect(self._language_picked)
        self.general_form = QFormLayout(self.general)
        self.language_label = QLabel()
        self.general_form.addRow(self.language_label, self.language)
        self.published = QLineEdit(ctx.prefs.get(S.PUBLISHED_NUMBERS))
        self.published.setObjectName("publishedNumbers")
        self.published.editingFinished.connect(
            lambda: ctx.prefs.set(S.PUBLISHED_NUMBERS, self.published.text().strip()))
        self.published_label = QLabel()
        self.general_form.addRow(self.published_label, self.published)

        self.live = QGroupBox()
        self.warning = QSpinBox()
        self.warning.setRange(0, 30)
        self.warning.setMaximumWidth(120)
        self.warning.setValue(ctx.prefs.get(S.WARNING_MINUTES))
        self.warning.valueChanged.connect(lambda v: ctx.prefs.set(S.WARNING_MINUTES, v))
        self.limit = QSpinBox()
        self.limit.setRange(30, 1800)
        self.limit.setMaximumWidth(120)
        self.limit.setSingleStep(30)
        self.limit.setValue(ctx.prefs.get(S.SPEAKER_LIMIT_SECONDS))
        self.limit.valueChanged.connect(lambda v: ctx.prefs.set(S.SPEAKER_LIMIT_SECONDS, v))
        self.first_timers = QCheckBox()
        self.first_timers.setChecked(ctx.prefs.get(S.FIRST_TIMERS_FIRST))
        self.first_timers.toggled.connect(lambda v: ctx.prefs.set(S.FIRST_TIMERS_FIRST, v))
        self.live_form = QFormLayout(self.live)
        self.warning_label, self.limit_label = QLabel(), QLabel()
        self.live_form.addRow(self.warning_label, self.warning)
        self.live_form.addRow(self.limit_label, self.limit)
        self.live_form.addRow("", self.first_timers)

        self.data = QGroupBox()
        self.data_form = QFormLayout(self.data)
        self.db_label, self.schema_label, self.prefs_label = QLabel(), QLabel(), QLabel()
        self.db_value = QLabel(ctx.db.location.display())
        self.schema_value = QLabel(f"{ctx.db.revision()} / {migrate.head_revision()}")
        self.prefs_value = QLabel(ctx.prefs.path)
        for value in (self.db_value, self.prefs_value):
            value.setWordWrap(True)
            value.setTextInteractionFlags(value.textInteractionFlags().TextSelectableByMouse)
        self.data_form.addRow(self.db_label, self.db_value)
        self.data_form.addRow(self.schema_label, self.schema_value)
        self.data_form.addRow(self.prefs_label, self.prefs_value)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.general)
        layout.addWidget(self.live)
        layout.addWidget(self.data)
        self.backups = BackupsPanel(ctx, feedback)
        layout.addWidget(self.backups)
        layout.addStretch(1)
        self.retranslate()

    def _language_picked(self, _index: int) -> None:
        value = self.language.currentData()
        self.ctx.prefs.set(S.LANGUAGE, value)
        self.language_changed.emit(value)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Settings"))
        self.general.setTitle(self.tr("General"))
        self.language_label.setText(self.tr("Language"))
        self.language.setItemText(0, self.tr("Follow the system"))
        self.published_label.setText(self.tr("Numbers we publish (kept in public documents)"))
        self.published.setPlaceholderText(self.tr("The organisation's own phones, separated by "
                                                  "commas, e.g. 0571-88886666, 12345"))
        self.live.setTitle(self.tr("Running a session"))
        self.warning_label.setText(self.tr("Warn this many minutes before an item ends"))
        self.limit_label.setText(self.tr("Default speaking time (seconds)"))
        self.first_timers.setText(self.tr("People who have not spoken yet go first"))
        self.data.setTitle(self.tr("Data"))
        self.db_label.setText(self.tr("Database"))
        self.schema_label.setText(self.tr("Schema version (database / this app)"))
        self.prefs_label.setText(self.tr("Preferences file"))
        self.backups.retranslate()
