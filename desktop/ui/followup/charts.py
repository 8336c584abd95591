"""Two small charts painted with QPainter: stacked bars per owner and rate lines per month.

Painting them ourselves avoids PySide6-Addons (QtCharts), over 100 MB for two simple charts.
"""
from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

PALETTE = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#9c755f", "#76b7b2")
LEFT, TOP, BOTTOM, LEGEND = 44, 28, 44, 22


class _Chart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.series_names: list[str] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(220)

    def sizeHint(self) -> QSize:
        return QSize(480, 260)

    def _frame(self, painter: QPainter) -> QRectF:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        painter.setPen(self.palette().text().color())
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(QRectF(8, 4, self.width() - 16, 20), Qt.AlignmentFlag.AlignLeft,
                         self.title)
        font.setBold(False)
        painter.setFont(font)
        x = 8.0
        for i, name in enumerate(self.series_names):
            painter.fillRect(QRectF(x, self.height() - 16, 10, 10), QColor(PALETTE[i % 6]))
            painter.setPen(self.palette().text().color())
            width = painter.fontMetrics().horizontalAdvance(name)
            painter.drawText(QPointF(x + 14, self.height() - 7), name)
            x += width + 30
        return QRectF(LEFT, TOP, max(self.width() - LEFT - 12, 10),
                      max(self.height() - TOP - BOTTOM - LEGEND + 16, 10))

    def _axis(self, painter: QPainter, area: QRectF, top: float, fmt) -> None:
        grid = QPen(self.palette().mid().color(), 0.5, Qt.PenStyle.DotLine)
        for step in range(5):
            y = area.bottom() - area.height() * step / 4
            painter.setPen(grid)
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(0, y - 8, LEFT - 4, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             fmt(top * step / 4))

    def _empty(self, painter: QPainter, area: QRectF, text: str) -> None:
        painter.setPen(self.palette().placeholderText().color())
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter, text)


class StackedBarChart(_Chart):
    """One bar per category (owner), stacked by series (status)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.categories: list[str] = []
        self.values: list[list[int]] = []  # values[category][series]
        self.empty_text = ""

    def set_data(self, title: str, series: Sequence[str], categories: Sequence[str],
                 values: Sequence[Sequence[int]], empty_text: str = "") -> None:
        self.title, self.series_names = title, list(series)
        self.categories, self.values = list(categories), [list(v) for v in values]
        self.empty_text = empty_text
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        area = self._frame(painter)
        if not self.categories:
            self._empty(painter, area, self.empty_text)
            return
        top = max(max((sum(v) for v in self.values), default=0), 1)
        top = ((top + 3) // 4) * 4
        self._axis(painter, area, top, lambda v: f"{v:.0f}")
        slot = area.width() / len(self.categories)
        bar = min(slot * 0.6, 60)
        metrics = painter.fontMetrics()
        for i, (name, values) in enumerate(zip(self.categories, self.values, strict=True)):
            x = area.left() + slot * i + (slot - bar) / 2
            y = area.bottom()
            for j, value in enumerate(values):
                height = area.height() * value / top
                painter.fillRect(QRectF(x, y - height, bar, height), QColor(PALETTE[j % 6]))
                y -= height
            painter.setPen(self.palette().text().color())
            label = metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(slot) - 4)
            painter.drawText(QRectF(area.left() + slot * i, area.bottom() + 2, slot, 16),
                             Qt.AlignmentFlag.AlignHCenter, label)


class LineChart(_Chart):
    """Rates (0–1) per period, one line per series; gaps where a rate is unknown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.periods: list[str] = []
        self.values: list[list[float | None]] = []  # values[series][period]
        self.empty_text = ""

    def set_data(self, title: str, series: Sequence[str], periods: Sequence[str],
                 values: Sequence[Sequence[float | None]], empty_text: str = "") -> None:
        self.title, self.series_names = title, list(series)
        self.periods, self.values = list(periods), [list(v) for v in values]
        self.empty_text = empty_text
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        area = self._frame(painter)
        if not self.periods:
            self._empty(painter, area, self.empty_text)
            return
        self._axis(painter, area, 1.0, lambda v: f"{v * 100:.0f}%")
        n = len(self.periods)
        step = area.width() / max(n, 1)

        def x_of(i: int) -> float:
            return area.left() + step * (i + 0.5)

        painter.setPen(self.palette().text().color())
        label_width = painter.fontMetrics().horizontalAdvance("0000-00") + 12
        every = max(1, n // 12, math.ceil(label_width / max(step, 1)))  # labels never overlap
        for i, period in enumerate(self.periods):
            if i % every == 0:
                painter.drawText(QRectF(x_of(i) - step * every / 2, area.bottom() + 2,
                                        step * every, 16), Qt.AlignmentFlag.AlignHCenter, period)
        for j, series in enumerate(self.values):
            color = QColor(PALETTE[j % 6])
            painter.setPen(QPen(color, 2))
            path, drawing = QPainterPath(), False
            for i, value in enumerate(series):
                if value is None:
                    drawing = False
                    continue
                point = QPointF(x_of(i), area.bottom() - area.height() * value)
                path.lineTo(point) if drawing else path.moveTo(point)
                drawing = True
                painter.setBrush(color)
                painter.drawEllipse(point, 3, 3)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
