"""The projector controls above the live page: open the projector window, choose its screen,
what it shows, blank it, and switch it to the report-back view."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QPushButton, QWidget

from .. import settings as S
from ..context import AppContext
from ..qtutils import BlockSignals
from .keys import BLANK, REPORT_BACK


class ProjectorControls(QWidget):
    """Holds the projector window once it is opened; ``session_id`` says what it shows."""

    def __init__(self, ctx: AppContext, session_id: Callable[[], int | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id = session_id
        self.projector = None
        self.projector_button = QPushButton(clicked=self.open_projector)
        self.screen_choice = QComboBox()
        self.screen_choice.activated.connect(self._choose_screen)
        self.show_item = QCheckBox()
        self.show_speakers = QCheckBox()
        self.show_opinions = QCheckBox()
        self.blank_box = QCheckBox()
        self.blank_box.toggled.connect(self._blank_toggled)
        self.report_box = QCheckBox()
        self.report_box.toggled.connect(self._report_toggled)
        for box, pref in ((self.show_item, S.PROJECTOR_SHOW_ITEM),
                          (self.show_speakers, S.PROJECTOR_SHOW_SPEAKERS),
                          (self.show_opinions, S.PROJECTOR_SHOW_OPINIONS)):
            box.setChecked(ctx.prefs.get(pref))
            box.toggled.connect(lambda on, p=pref: self._projector_pref(p, on))
        bar = QHBoxLayout(self)
        bar.setContentsMargins(0, 0, 0, 0)
        for w in (self.projector_button, self.screen_choice, self.show_item, self.show_speakers,
                  self.show_opinions, self.report_box, self.blank_box):
            bar.addWidget(w)

    def open_projector(self) -> None:
        from ..projector.window import ProjectorWindow

        if self.projector is None:
            self.attach_projector(ProjectorWindow(self.ctx))
        self.projector.set_blank(self.blank_box.isChecked())
        self.projector.set_report_back(self.report_box.isChecked())
        self.projector.show_session(self.session_id())
        self.projector.show_on_screen()

    def toggle_blank(self) -> None:
        blanked = self.projector.blanked if self.projector is not None \
            else self.blank_box.isChecked()
        self.blank_box.setChecked(not blanked)
        if self.projector is not None:
            self.projector.set_blank(not blanked)

    def toggle_report_back(self) -> None:
        """The projector lists the earlier commitments, or returns to the normal view."""
        self.report_box.setChecked(not self.report_box.isChecked())

    def attach_projector(self, projector) -> None:  # noqa: ANN001
        self.projector = projector
        projector.blank_changed.connect(self._projector_blanked)
        projector.report_changed.connect(self._projector_reporting)

    def show_session(self, session_id: int | None) -> None:
        if self.projector is not None:
            self.projector.show_session(session_id)

    def refresh(self) -> None:
        if self.projector is not None:
            self.projector.refresh()

    def _projector_blanked(self, on: bool) -> None:
        with BlockSignals(self.blank_box):
            self.blank_box.setChecked(on)

    def _projector_reporting(self, on: bool) -> None:
        with BlockSignals(self.report_box):
            self.report_box.setChecked(on)

    def _report_toggled(self, on: bool) -> None:
        if self.projector is not None:
            self.projector.set_report_back(on)

    def _blank_toggled(self, on: bool) -> None:
        if self.projector is not None:
            self.projector.set_blank(on)

    def _projector_pref(self, pref, on: bool) -> None:  # noqa: ANN001
        self.ctx.prefs.set(pref, on)
        self.refresh()

    def _fill_screens(self) -> None:
        self.screen_choice.clear()
        self.screen_choice.addItem(self.tr("Last screen"), -1)
        for n, screen in enumerate(QGuiApplication.screens()):
            size = screen.geometry()
            self.screen_choice.addItem(f"{n + 1}: {screen.name()} {size.width()}×{size.height()}",
                                       n)
        self.screen_choice.setCurrentIndex(max(0, self.screen_choice.findData(
            self.ctx.prefs.get(S.PROJECTOR_SCREEN))))

    def _choose_screen(self, _index: int) -> None:
        self.ctx.prefs.set(S.PROJECTOR_SCREEN, self.screen_choice.currentData())
        if self.projector is not None and self.projector.isVisible():
            self.projector.show_on_screen()

    def retranslate(self) -> None:
        self.projector_button.setText(self.tr("Projector (Ctrl+Shift+P)"))
        self.show_item.setText(self.tr("Item"))
        self.show_speakers.setText(self.tr("Speakers"))
        self.show_opinions.setText(self.tr("Latest opinions"))
        self.blank_box.setText(self.tr("Blank ({key})").format(key=BLANK))
        self.report_box.setText(self.tr("Report back ({key})").format(key=REPORT_BACK))
        self._fill_screens()
        if self.projector is not None:
            self.projector.retranslate()
