"""The roadmap: goals on a time axis by target date, coloured by status.

One row per goal: a track from when the goal was set to its target date, filled
as far as its progress, and a diamond on the target date. The month axis stays
on top while the rows scroll, so 40 goals read as well as 3.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QToolTip, QVBoxLayout, QWidget

from tandem_desktop.domain.goals import GoalStanding, is_late, parse_date
from tandem_desktop.ui.dates import long_date_text
from tandem_desktop.ui.labels import goal_status_name
from tandem_desktop.ui.widgets import literal_tooltip

STATUS_COLOURS = {
    "planned": QColor("#8b5cc4"),
    "active": QColor("#2f6fd6"),
    "done": QColor("#2e9d4f"),
    "dropped": QColor("#a0a0a0"),
}
LATE = QColor("#d32f2f")
TODAY = QColor("#e8590c")
ROOMY_ROW, COMPACT_ROW = 34, 22
COMPACT_FROM = 12  # goals; from here on rows shrink
LABEL_MIN, LABEL_MAX = 140, 300


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _next_month(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


@dataclass(frozen=True)
class TimeScale:
    """Maps dates to x positions between ``left`` and ``right`` pixels."""

    start: date
    end: date
    left: float
    right: float

    def x(self, day: date) -> float:
        span = max(1, (self.end - self.start).days)
        return self.left + (self.right - self.left) * (day - self.start).days / span

    def months(self) -> list[date]:
        ticks, day = [], _month_start(self.start)
        if day < self.start:
            day = _next_month(day)
        while day <= self.end:
            ticks.append(day)
            day = _next_month(day)
        return ticks

    def label_every(self, min_pixels: float) -> int:
        """Label every n-th month so labels do not collide (1, 2, 3, 6 or 12)."""
        months = max(1, len(self.months()))
        per_month = (self.right - self.left) / months
        for step in (1, 2, 3, 6, 12):
            if per_month * step >= min_pixels:
                return step
        return 12


class RoadmapCanvas(QWidget):
    """The rows of the roadmap; the axis above reads its scale."""

    goalActivated = Signal(str)
    scaleChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Roadmap"))
        self._rows: list[GoalStanding] = []
        self._today = date.today()
        self._start = self._today
        self._end = self._today

    # -- data ---------------------------------------------------------------------
    def set_goals(self, standings: list[GoalStanding], today: date) -> None:
        dated = [s for s in standings if parse_date(s.goal.target_on)]
        dated.sort(key=lambda s: (s.goal.target_on or "", s.goal.title.casefold()))
        undated = [s for s in standings if not parse_date(s.goal.target_on)]
        self._rows = dated + undated
        self._today = today
        targets = [parse_date(s.goal.target_on) for s in dated]
        days = [d for d in targets if d is not None]
        earliest = min([*days, today - timedelta(days=45)])
        latest = max([*days, today + timedelta(days=45)])
        self._start = _month_start(earliest)
        self._end = _next_month(latest)
        self.setMinimumHeight(self.row_height() * max(1, len(self._rows)) + 8)
        self.updateGeometry()
        self.update()
        self.scaleChanged.emit()

    def goal_ids(self) -> list[str]:
        return [s.goal.id for s in self._rows]

    def row_height(self) -> int:
        return COMPACT_ROW if len(self._rows) >= COMPACT_FROM else ROOMY_ROW

    def label_width(self) -> int:
        return int(min(LABEL_MAX, max(LABEL_MIN, self.width() * 0.28)))

    def scale(self) -> TimeScale:
        return TimeScale(self._start, self._end, self.label_width() + 12.0,
                         self.width() - 56.0)

    def today(self) -> date:
        return self._today

    def row_at(self, y: float) -> int:
        row = int((y - 4) // self.row_height())
        return row if 0 <= row < len(self._rows) else -1

    def row_rect(self, row: int) -> QRectF:
        height = self.row_height()
        return QRectF(0, 4 + row * height, self.width(), height)

    # -- painting -----------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.Text)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        if not self._rows:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             self.tr("No goals yet. Goals with a target date appear here."))
            return
        scale = self.scale()
        grid = QColor(text_colour)
        grid.setAlpha(28)
        stripe = palette.color(QPalette.ColorRole.AlternateBase)
        for row in range(len(self._rows)):
            if row % 2:
                painter.fillRect(self.row_rect(row), stripe)
        painter.setPen(QPen(grid, 1))
        for tick in scale.months():
            x = scale.x(tick)
            painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        for row, standing in enumerate(self._rows):
            self._paint_row(painter, row, standing, scale, text_colour)
        x = scale.x(self._today)
        painter.setPen(QPen(TODAY, 2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        painter.end()

    def _paint_row(self, painter: QPainter, row: int, standing: GoalStanding,
                   scale: TimeScale, text_colour: QColor) -> None:
        goal = standing.goal
        rect = self.row_rect(row)
        metrics = QFontMetrics(self.font())
        colour = STATUS_COLOURS.get(goal.status, STATUS_COLOURS["planned"])
        late = is_late(goal.target_on, goal.status, self._today)
        label_rect = QRectF(8, rect.top(), self.label_width() - 4, rect.height())
        title = metrics.elidedText(goal.title, Qt.TextElideMode.ElideRight,
                                   int(label_rect.width()))
        painter.setPen(LATE if late else text_colour)
        painter.drawText(label_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         title)
        target = parse_date(goal.target_on)
        middle = rect.center().y()
        if target is None:
            muted = QColor(text_colour)
            muted.setAlpha(150)
            painter.setPen(muted)
            painter.drawText(QRectF(scale.left, rect.top(), scale.right - scale.left,
                                    rect.height()),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             self.tr("no target date · {progress} %").format(
                                 progress=standing.progress))
            return
        set_on = parse_date(goal.created_at[:10]) or target
        begin = max(scale.start, min(set_on, target))
        x0, x1 = scale.x(begin), scale.x(target)
        track_height = max(6.0, rect.height() * 0.34)
        track = QRectF(x0, middle - track_height / 2, max(0.0, x1 - x0), track_height)
        faint = QColor(colour)
        faint.setAlpha(70)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(faint)
        painter.drawRoundedRect(track, 3, 3)
        filled = QRectF(track)
        filled.setWidth(track.width() * standing.progress / 100)
        painter.setBrush(colour)
        painter.drawRoundedRect(filled, 3, 3)
        size = rect.height() * 0.3
        diamond = QPolygonF([QPointF(x1, middle - size), QPointF(x1 + size, middle),
                             QPointF(x1, middle + size), QPointF(x1 - size, middle)])
        painter.setPen(QPen(LATE if late else colour.darker(130), 2 if late else 1))
        painter.setBrush(colour)
        painter.drawPolygon(diamond)
        text = f"{standing.progress} %"
        width = metrics.horizontalAdvance(text)
        text_x = x1 + size + 4
        if text_x + width > self.width() - 2:
            text_x = x1 - size - 4 - width
        painter.setPen(LATE if late else text_colour)
        painter.drawText(QRectF(text_x, rect.top(), width + 2, rect.height()),
                         Qt.AlignmentFlag.AlignVCenter, text)

    # -- interaction --------------------------------------------------------------
    def tooltip_for(self, row: int) -> str:
        standing = self._rows[row]
        goal = standing.goal
        details = [goal_status_name(goal.status), f"{standing.progress} %"]
        if goal.target_on:
            details.insert(0, long_date_text(goal.target_on))
        if is_late(goal.target_on, goal.status, self._today):
            details.append(self.tr("target date passed"))
        return literal_tooltip(goal.title + "\n" + " · ".join(details))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            row = self.row_at(event.pos().y())  # type: ignore[attr-defined]
            if row >= 0:
                QToolTip.showText(event.globalPos(), self.tooltip_for(row), self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        over = self.row_at(event.position().y()) >= 0
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        row = self.row_at(event.position().y())
        if event.button() == Qt.MouseButton.LeftButton and row >= 0:
            self.goalActivated.emit(self._rows[row].goal.id)
        super().mouseReleaseEvent(event)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self.scaleChanged.emit()


class RoadmapAxis(QWidget):
    """Month ticks and the today mark, drawn with the canvas' scale."""

    def __init__(self, canvas: RoadmapCanvas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = canvas
        metrics = QFontMetrics(self.font())
        self.setFixedHeight(metrics.height() * 2 + 10)
        canvas.scaleChanged.connect(self.update)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        metrics = QFontMetrics(self.font())
        scale = self.canvas.scale()
        locale = QLocale()
        widest = max(metrics.horizontalAdvance(locale.standaloneMonthName(month,
                     QLocale.FormatType.ShortFormat)) for month in range(1, 13))
        step = scale.label_every(widest + 10)
        line = metrics.height()
        ticks = scale.months()
        painter.setPen(QPen(text_colour, 1))
        painter.drawLine(QPointF(scale.left, self.height() - 1),
                         QPointF(scale.right, self.height() - 1))
        year_shown: set[int] = set()
        for index, tick in enumerate(ticks):
            x = scale.x(tick)
            major = (tick.month - 1) % step == 0
            painter.drawLine(QPointF(x, self.height() - (7 if major else 4)),
                             QPointF(x, self.height() - 1))
            if not major:
                continue
            name = locale.standaloneMonthName(tick.month, QLocale.FormatType.ShortFormat)
            painter.drawText(QPointF(x + 3, self.height() - 6), name)
            if tick.month == 1 or (index < step and tick.year not in year_shown):
                year_shown.add(tick.year)
                painter.drawText(QPointF(x + 3, line + 1), str(tick.year))
        today = self.canvas.today()
        x = scale.x(today)
        label = self.tr("Today")
        painter.setPen(TODAY)
        width = metrics.horizontalAdvance(label)
        painter.drawText(QPointF(min(x - width / 2, self.width() - width - 2), line + 1), label)
        painter.setPen(QPen(TODAY, 2))
        painter.drawLine(QPointF(x, line + 4), QPointF(x, self.height()))
        painter.end()


class RoadmapView(QWidget):
    """Axis, scrolling rows and a legend of the status colours."""

    goalActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.canvas = RoadmapCanvas(self)
        self.axis = RoadmapAxis(self.canvas, self)
        self.rows_area = QScrollArea(self)
        self.rows_area.setWidgetResizable(True)
        self.rows_area.setFrameShape(QFrame.Shape.NoFrame)
        self.rows_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rows_area.setWidget(self.canvas)
        self.legend = QLabel(self)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.axis)
        layout.addWidget(self.rows_area, 1)
        layout.addSpacing(6)
        layout.addWidget(self.legend)
        self.canvas.goalActivated.connect(self.goalActivated)
        self._fill_legend()

    def _fill_legend(self) -> None:
        parts = [
            f"<span style='color:{STATUS_COLOURS[status].name()}'>◆</span>&nbsp;"
            f"{html.escape(goal_status_name(status))}"
            for status in ("planned", "active", "done", "dropped")
        ]
        parts.append(f"<span style='color:{LATE.name()}'>◇</span>&nbsp;"
                     + html.escape(self.tr("target date passed")))
        parts.append(f"<span style='color:{TODAY.name()}'>┊</span>&nbsp;"
                     + html.escape(self.tr("today")))
        parts.append(html.escape(self.tr("Bar: from when the goal was set to its target; "
                                         "the filled part is its progress.")))
        self.legend.setText(" &nbsp;&nbsp; ".join(parts))
        self.legend.setWordWrap(True)

    def set_goals(self, standings: list[GoalStanding], today: date) -> None:
        self.canvas.set_goals(standings, today)
