"""A small chart of the last check-in ratings (1–5), painted by hand."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


class RatingTrend(QWidget):
    """Dots joined by a line; the lowest rating at the bottom, 5 at the top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ratings: list[int] = []
        self.setMinimumSize(160, 48)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Rating trend"))

    def set_ratings(self, ratings: Sequence[int]) -> None:
        self.ratings = [max(1, min(5, int(r))) for r in ratings][-10:]
        text = ", ".join(str(r) for r in self.ratings) or self.tr("no ratings yet")
        self.setToolTip(self.tr("Last ratings: {ratings}").format(ratings=text))
        self.setAccessibleDescription(self.toolTip())
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(220, 56)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(6, 6, -6, -6)
        palette = self.palette()
        grid = QPen(palette.mid().color(), 1, Qt.PenStyle.DotLine)
        painter.setPen(grid)
        for level in (1, 3, 5):
            y = area.bottom() - (level - 1) / 4 * area.height()
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        if not self.ratings:
            painter.setPen(palette.placeholderText().color())
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("no ratings yet"))
            return
        step = area.width() / (len(self.ratings) - 1) if len(self.ratings) > 1 else 0
        points = [
            QPointF(area.left() + index * step if step else area.center().x(),
                    area.bottom() - (rating - 1) / 4 * area.height())
            for index, rating in enumerate(self.ratings)
        ]
        painter.setPen(QPen(palette.highlight().color(), 2))
        for start, end in itertools.pairwise(points):
            painter.drawLine(start, end)
        painter.setBrush(palette.highlight())
        for point in points:
            painter.drawEllipse(point, 3.5, 3.5)
