"""The health chart, painted by hand: a five-axis radar and each step's trend.

The radar draws the latest check filled and the previous one as a dashed
outline, on rings for the ratings 1 to 5. The trend rows show, per step, a
small line of every recent check, the latest score and an arrow.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from tandem_desktop.domain.enums import Step
from tandem_desktop.domain.health import MAX_RATING, MIN_RATING, Trend, trend
from tandem_desktop.ui.overview.cards import tone_color
from tandem_desktop.ui.widgets import literal_tooltip

STEPS = [step.value for step in Step]
Scores = dict[str, float]


def _previous_colour(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.PlaceholderText)


class HealthRadar(QWidget):
    """Five axes, one per step; the latest check against the previous one."""

    MARGIN_LINES = 2.4  # room for the labels, in lines of text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.latest: Scores | None = None
        self.previous: Scores | None = None
        self._names: dict[str, str] = {}
        self.setMinimumSize(240, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Health chart"))

    def set_scores(self, latest: Scores | None, previous: Scores | None,
                   names: dict[str, str]) -> None:
        self.latest = dict(latest) if latest else None
        self.previous = dict(previous) if previous else None
        self._names = dict(names)
        description = self.describe()
        self.setAccessibleDescription(description)
        self.setToolTip(literal_tooltip(description))
        self.update()

    def describe(self) -> str:
        if self.latest is None:
            return self.tr("No health check yet")
        lines = []
        for step in STEPS:
            line = f"{self._names.get(step, step)}: {self.latest[step]:.1f}"
            if self.previous is not None:
                line += " " + self.tr("(before: {score})").format(
                    score=f"{self.previous[step]:.1f}")
            lines.append(line)
        return "\n".join(lines)

    def sizeHint(self) -> QSize:
        return QSize(300, 260)

    # -- geometry -------------------------------------------------------------
    def _centre_and_radius(self) -> tuple[QPointF, float]:
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        widest = max((metrics.horizontalAdvance(self._label(step)) for step in STEPS), default=0)
        # Side labels may slide inwards (see paintEvent), so half their width is enough room.
        radius = min((self.width() / 2 - widest / 2 - 6) / 1.04,
                     self.height() / 2 - self.MARGIN_LINES * line)
        return QPointF(self.width() / 2, self.height() / 2 + line * 0.2), max(radius, 20.0)

    def axis_point(self, index: int, value: float) -> QPointF:
        """Where ``value`` (1..5) lies on axis ``index``; axis 0 points up."""
        centre, radius = self._centre_and_radius()
        angle = -math.pi / 2 + index * 2 * math.pi / len(STEPS)
        share = (value - 0) / MAX_RATING  # 0 sits in the centre so 1 stays visible
        return QPointF(centre.x() + math.cos(angle) * radius * share,
                       centre.y() + math.sin(angle) * radius * share)

    def polygon(self, scores: Scores) -> QPolygonF:
        return QPolygonF([self.axis_point(i, scores[step]) for i, step in enumerate(STEPS)])

    def _label(self, step: str) -> str:
        return self._names.get(step, step)

    # -- painting -------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        grid = palette.color(QPalette.ColorRole.Mid)
        text = palette.color(QPalette.ColorRole.WindowText)
        painter.setPen(QPen(grid, 1))
        for ring in range(MIN_RATING, MAX_RATING + 1):
            painter.drawPolygon(QPolygonF(
                [self.axis_point(i, ring) for i in range(len(STEPS))]))
        centre, _ = self._centre_and_radius()
        for i in range(len(STEPS)):
            painter.drawLine(centre, self.axis_point(i, MAX_RATING))
        if self.previous is not None:
            pen = QPen(_previous_colour(palette), 1.6, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolygon(self.polygon(self.previous))
        if self.latest is not None:
            accent = palette.color(QPalette.ColorRole.Highlight)
            fill = QColor(accent)
            fill.setAlpha(70)
            painter.setPen(QPen(accent, 2.2))
            painter.setBrush(fill)
            painter.drawPolygon(self.polygon(self.latest))
            painter.setBrush(accent)
            for i, step in enumerate(STEPS):
                painter.drawEllipse(self.axis_point(i, self.latest[step]), 2.8, 2.8)
        painter.setPen(text)
        metrics = QFontMetrics(self.font())
        for i, step in enumerate(STEPS):
            tip = self.axis_point(i, MAX_RATING + 0.45)
            label = self._label(step)
            width = metrics.horizontalAdvance(label) + 4
            height = metrics.height()
            if abs(tip.x() - centre.x()) < 4:
                box = QRectF(tip.x() - width / 2, tip.y() - height, width, height)
            elif tip.x() > centre.x():
                box = QRectF(tip.x(), tip.y() - height / 2, width, height)
            else:
                box = QRectF(tip.x() - width, tip.y() - height / 2, width, height)
            if box.right() > self.width() or box.left() < 0:
                # Too wide for the side: slide inwards and lift it above the axis tip.
                box.moveLeft(min(max(box.left(), 0.0), self.width() - width))
                box.moveBottom(tip.y() - 2)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
        painter.end()


class HealthTrends(QWidget):
    """One row per step: name, a sparkline of recent checks, the latest score, an arrow."""

    ROW = 24
    SPARK_WIDTH = 70

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history: dict[str, list[float]] = {}  # oldest first
        self._names: dict[str, str] = {}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Trend per step"))

    def set_history(self, history: dict[str, list[float]], names: dict[str, str]) -> None:
        self.history = {step: list(values) for step, values in history.items()}
        self._names = dict(names)
        self.setAccessibleDescription(self.describe())
        self.updateGeometry()
        self.update()

    def trend_of(self, step: str) -> Trend:
        return trend(self.history.get(step, []))

    def arrow(self, step: str) -> str:
        return {Trend.UP: "↑", Trend.DOWN: "↓", Trend.SAME: "→"}.get(self.trend_of(step), "")

    def describe(self) -> str:
        words = {Trend.UP: self.tr("better"), Trend.DOWN: self.tr("worse"),
                 Trend.SAME: self.tr("about the same"), Trend.UNKNOWN: ""}
        return "\n".join(
            f"{self._names.get(step, step)}: {words[self.trend_of(step)]}"
            for step in STEPS if self.history.get(step)
        )

    def sizeHint(self) -> QSize:
        return QSize(260, self.ROW * len(STEPS) if self.history else 0)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.history:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = QFontMetrics(self.font())
        name_width = max(metrics.horizontalAdvance(self._names.get(s, s)) for s in STEPS) + 12
        score_width = metrics.horizontalAdvance("5.0") + 10
        arrow_width = metrics.horizontalAdvance("↑ +0.0") + 8
        spark_width = max(30, min(self.SPARK_WIDTH * 2,
                                  self.width() - name_width - score_width - arrow_width - 8))
        for row, step in enumerate(STEPS):
            top = row * self.ROW
            values = self.history.get(step, [])
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(QRectF(0, top, name_width, self.ROW),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             self._names.get(step, step))
            spark = QRectF(name_width, top + 5, spark_width, self.ROW - 10)
            self._sparkline(painter, spark, values, palette)
            x = name_width + spark_width + 8
            if values:
                painter.setPen(palette.color(QPalette.ColorRole.WindowText))
                painter.drawText(QRectF(x, top, score_width, self.ROW),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                                 f"{values[-1]:.1f}")
            direction = self.trend_of(step)
            if direction is not Trend.UNKNOWN:
                change = values[-1] - values[-2]
                tone = {Trend.UP: "good", Trend.DOWN: "late"}.get(direction, "")
                painter.setPen(tone_color(tone, palette))
                painter.drawText(QRectF(x + score_width + 6, top, arrow_width, self.ROW),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 f"{self.arrow(step)} {change:+.1f}")
        painter.end()

    def _sparkline(self, painter: QPainter, box: QRectF, values: list[float],
                   palette: QPalette) -> None:
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(QPointF(box.left(), box.bottom()), QPointF(box.right(), box.bottom()))
        if not values:
            return

        def point(i: int, value: float) -> QPointF:
            x = box.left() + (box.width() * i / (len(values) - 1) if len(values) > 1
                              else box.width() / 2)
            y = box.bottom() - box.height() * (value - MIN_RATING) / (MAX_RATING - MIN_RATING)
            return QPointF(x, y)

        points = [point(i, value) for i, value in enumerate(values)]
        accent = palette.color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(accent, 1.6))
        painter.drawPolyline(QPolygonF(points))
        painter.setBrush(accent)
        painter.drawEllipse(points[-1], 2.5, 2.5)
