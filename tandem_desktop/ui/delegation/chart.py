"""A small bar chart: the share of rules at level 5 or higher, month by month."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from tandem_desktop.domain.autonomy import MonthShare

TOP = 18
BOTTOM = 20


class AutonomyChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._months: list[MonthShare] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(140)
        self.setAccessibleName(self.tr("Autonomy over time"))

    def set_months(self, months: Sequence[MonthShare]) -> None:
        self._months = list(months)
        latest = next((m for m in reversed(self._months) if m.share is not None), None)
        if latest is not None and latest.share is not None:
            self.setAccessibleDescription(self.tr("{percent}% of rules at level 5 or higher")
                                          .format(percent=round(latest.share * 100)))
        self.update()

    def months(self) -> list[MonthShare]:
        return list(self._months)

    def sizeHint(self) -> QSize:
        return QSize(360, 140)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        mid = palette.color(QPalette.ColorRole.Mid)
        accent = palette.color(QPalette.ColorRole.Highlight)
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.85, 7.0))
        painter.setFont(small)
        area = QRectF(4, TOP, self.width() - 8, self.height() - TOP - BOTTOM)
        painter.setPen(QPen(mid, 1))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        grid = QColor(mid)
        grid.setAlpha(90)
        painter.setPen(QPen(grid, 1, Qt.PenStyle.DotLine))
        half = area.top() + area.height() / 2
        painter.drawLine(QPointF(area.left(), half), QPointF(area.right(), half))
        if not self._months or all(m.share is None for m in self._months):
            painter.setPen(text)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter,
                             self.tr("No decision rules yet"))
            painter.end()
            return
        slot = area.width() / len(self._months)
        bar = max(slot * 0.6, 2.0)
        locale = QLocale()
        for position, month in enumerate(self._months):
            x = area.left() + position * slot + (slot - bar) / 2
            if month.share is not None:
                height = max(area.height() * month.share, 1.0)
                painter.fillRect(QRectF(x, area.bottom() - height, bar, height), accent)
                painter.setPen(text)
                percent = round(month.share * 100)
                share = self.tr("{percent}%").format(percent=percent)
                if painter.fontMetrics().horizontalAdvance(share) > slot - 2:
                    share = str(percent)  # narrow window: neighbours' labels would overlap
                painter.drawText(QRectF(x - 8, area.bottom() - height - TOP, bar + 16, TOP),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                                 share)
            number = int(month.month[5:7])
            label = locale.monthName(number, QLocale.FormatType.NarrowFormat)
            painter.setPen(text)
            painter.drawText(QRectF(x - 8, area.bottom() + 2, bar + 16, BOTTOM - 2),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)
        painter.end()
