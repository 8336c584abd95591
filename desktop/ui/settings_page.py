"""The Settings page: language, where the data lives, live-session defaults."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QScrollArea,
    QSpinBox, QVBoxLayout, QWidget,
)

from .plain import plain_labels
from ..core import migrate
from ..core.errors import TingjianError
from . import settings as S
from .backups_panel import BackupsPanel
from .connections_panel import ConnectionsPanel
from .context import AppContext
from .feedback import Feedback
from .retention_panel import RetentionPanel
from ..core.changes import Entity


ZONES = ("Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei", "Asia/Urumqi", "UTC", "Europe/London",
         "America/New_York")


class SettingsPage(QWidget):
    language_changed = Signal(str)  # "", "zh" or "en"

    def __init__(self, ctx: AppContext, feedback: Feedback, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.feedback = ctx, feedback
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
        self.zone = QComboBox()  # the display time zone: the system's, or one fixed here
        self.zone.setEditable(True)
        self.zone.addItem("", "")
        for name in ZONES:
            self.zone.addItem(name, name)
        current = ctx.prefs.get(S.DISPLAY_ZONE)
        if current and self.zone.findData(current) < 0:
            self.zone.addItem(current, current)
        self.zone.setCurrentIndex(max(0, self.zone.findData(current)))
        self.zone.activated.connect(lambda _i: self._zone_picked())
        self.zone.lineEdit().editingFinished.connect(self._zone_picked)
        self.zone_label = QLabel()
        self.zone_note = QLabel()
        self.zone_note.setTextFormat(Qt.TextFormat.PlainText)
        self.zone_note.setWordWrap(True)
        self.general_form.addRow(self.zone_label, self.zone)
        self.general_form.addRow("", self.zone_note)
        self.published = QLineEdit(ctx.prefs.get(S.PUBLISHED_NUMBERS))
        self.published.setObjectName("publishedNumbers")
        self.published.editingFinished.connect(
            lambda: ctx.prefs.set(S.PUBLISHED_NUMBERS, self.published.text().strip()))
        self.published_label = QLabel()
        self.general_form.addRow(self.published_label, self.published)

        self.live = QGroupBox()
        self.warning = QSpinBox()
        self.warning.setRange(S.WARNING_MINUTES.minimum, S.WARNING_MINUTES.maximum)
        self.warning.setMaximumWidth(120)
        self.warning.setValue(ctx.prefs.get(S.WARNING_MINUTES))
        self.warning.valueChanged.connect(lambda v: ctx.prefs.set(S.WARNING_MINUTES, v))
        self.limit = QSpinBox()
        self.limit.setRange(S.SPEAKER_LIMIT_SECONDS.minimum, S.SPEAKER_LIMIT_SECONDS.maximum)
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
        self.seat = QComboBox()  # what this laptop is for: from the next start
        self.seat.setObjectName("seatRole")
        self.seat.addItem("", "")
        from .seats import ROLES

        for role in ROLES:
            self.seat.addItem(role, role)
        self.seat.setCurrentIndex(max(0, self.seat.findData(ctx.prefs.get(S.SEAT_ROLE))))
        self.seat.activated.connect(
            lambda _i: ctx.prefs.set(S.SEAT_ROLE, self.seat.currentData()))
        self.seat_label = QLabel()
        self.live_form.addRow(self.seat_label, self.seat)

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

        self.feedback = feedback
        self.rules = QGroupBox()
        rules_layout = QVBoxLayout(self.rules)
        self.rules_note, self.holiday_years = QLabel(), QLabel()
        for label in (self.rules_note, self.holiday_years):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.holidays_button = QPushButton()
        self.holidays_button.clicked.connect(lambda: self.open_holidays())
        rules_layout.addWidget(self.rules_note)
        rules_layout.addWidget(self.holiday_years)
        rules_layout.addWidget(self.holidays_button, 0, Qt.AlignmentFlag.AlignLeft)
        ctx.bus.changed.connect(
            lambda change: change.touches(Entity.HOLIDAY) and self._show_years())

        body = QWidget()  # scrolls: the page is taller than a small window
        layout = QVBoxLayout(body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        QVBoxLayout(self).addWidget(scroll)
        layout.addWidget(self.heading)
        layout.addWidget(self.general)
        layout.addWidget(self.live)
        layout.addWidget(self.rules)
        layout.addWidget(self.data)
        self.connections = ConnectionsPanel(ctx, feedback)
        layout.addWidget(self.connections)
        self.retention = RetentionPanel(ctx, feedback)
        layout.addWidget(self.retention)
        self.backups = BackupsPanel(ctx, feedback)
        layout.addWidget(self.backups)
        layout.addStretch(1)
        self.retranslate()
        plain_labels(self)

    def _zone_picked(self) -> None:
        index = self.zone.currentIndex()
        text = self.zone.currentText().strip()
        name = self.zone.itemData(index) if index >= 0 and self.zone.itemText(index) == text \
            else text
        if name == self.ctx.prefs.get(S.DISPLAY_ZONE):
            return
        try:
            self.ctx.set_zone(name or "")
        except TingjianError as exc:
            self.zone_note.setText(exc.text(self.ctx.language))
            return
        self.feedback.zone = self.ctx.zone
        self.zone_note.setText("")

    def open_holidays(self, year: int | None = None):  # noqa: ANN201 - the dialog, for tests
        """The holiday calendar editor (modal)."""
        from .holiday_editor import HolidayEditor

        editor = HolidayEditor(self.ctx, self.feedback, year, self)
        editor.open()
        return editor

    def _show_years(self) -> None:
        from ..core.holiday_calendar import library_years
        from ..core.services import holidays

        known = library_years()
        loaded = holidays.loaded_years(self.ctx.db)
        text = self.tr("Holiday arrangements: {first}–{last} from the installed library").format(
            first=known[0], last=known[-1])
        if loaded:
            text += self.tr("; loaded into the database: {years}").format(
                years=", ".join(map(str, loaded)))
        self.holiday_years.setText(text)

    def _language_picked(self, _index: int) -> None:
        value = self.language.currentData()
        self.ctx.prefs.set(S.LANGUAGE, value)
        self.language_changed.emit(value)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Settings"))
        self.general.setTitle(self.tr("General"))
        self.language_label.setText(self.tr("Language"))
        self.language.setItemText(0, self.tr("Follow the system"))
        self.zone_label.setText(self.tr("Time zone for dates and times"))
        self.zone.setItemText(0, self.tr("Follow the system"))
        self.published_label.setText(self.tr("Numbers we publish (kept in public documents)"))
        self.published.setPlaceholderText(self.tr("The organisation's own phones, separated by "
                                                  "commas, e.g. 0571-88886666, 12345"))
        self.live.setTitle(self.tr("Running a session"))
        self.warning_label.setText(self.tr(S.WARNING_MINUTES.label))
        self.limit_label.setText(self.tr(S.SPEAKER_LIMIT_SECONDS.label))
        self.first_timers.setText(self.tr(S.FIRST_TIMERS_FIRST.label))
        from .seats import ROLES, role_label

        self.seat_label.setText(self.tr("This laptop's seat (from the next start)"))
        self.seat.setItemText(0, self.tr("Facilitator on a single laptop; ask on a shared "
                                         "server"))
        for n, role in enumerate(ROLES, start=1):
            self.seat.setItemText(n, role_label(role))
        self.rules.setTitle(self.tr("Rules every seat shares"))
        self.rules_note.setText(self.tr(
            "Deadline policies, the weights of the three rates and the holiday calendar are kept in "
            "the database: every laptop using it, its backups and its archives count alike."))
        self.holidays_button.setText(self.tr("Holiday calendar…"))
        self._show_years()
        self.data.setTitle(self.tr("Data"))
        self.db_label.setText(self.tr("Database"))
        self.schema_label.setText(self.tr("Schema version (database / this app)"))
        self.prefs_label.setText(self.tr("Preferences file"))
        self.connections.retranslate()
        self.retention.retranslate()
        self.backups.retranslate()
