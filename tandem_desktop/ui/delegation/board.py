"""The delegation board: rules grouped by area against the seven levels.

A custom-painted grid. A filled marker shows a rule's current level, a hollow
one its target. Markers move by mouse (click or drag into another column) or
by keyboard (Left/Right on the selected row; with Shift the target moves).
The widget only asks for moves by signal; the tab records them.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPageLayout,
    QPageSize,
    QPainter,
    QPaintEvent,
    QPalette,
    QPdfWriter,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from tandem_desktop.domain.delegation import AUTONOMY_THRESHOLD, MAX_LEVEL, MIN_LEVEL
from tandem_desktop.domain.records import DecisionRule
from tandem_desktop.ui.labels import level_label, level_meaning, level_name
from tandem_desktop.ui.widgets import literal_tooltip

HEADER_HEIGHT = 46
GROUP_HEIGHT = 28
ROW_HEIGHT = 32
MIN_NAME_WIDTH = 190
MIN_LEVEL_WIDTH = 66
MAX_LEVEL_WIDTH = 96
MARKER_RADIUS = 8


class BoardRow(NamedTuple):
    """A line of the board: an area heading (rule is None) or one rule.

    A named tuple: the board builds one per rule on every refresh, thousands of them.
    """

    title: str
    rule: DecisionRule | None = None


def board_rows(groups: Sequence[tuple[str, Sequence[DecisionRule]]]) -> list[BoardRow]:
    rows: list[BoardRow] = []
    for title, rules in groups:
        rows.append(BoardRow(title))
        rows.extend(BoardRow(rule.decision, rule) for rule in rules)
    return rows


class BoardGeometry:
    """Where rows and columns are for a given width; shared by screen and print."""

    def __init__(self, rows: Sequence[BoardRow], width: float,
                 level_min: float = MIN_LEVEL_WIDTH) -> None:
        self.rows = rows
        # Level columns take what their names need; the decision names get the rest.
        self.level_width = max(level_min, min(MAX_LEVEL_WIDTH, width * 0.62 / MAX_LEVEL))
        self.name_width = max(MIN_NAME_WIDTH, width - self.level_width * MAX_LEVEL)
        self.width = self.name_width + self.level_width * MAX_LEVEL
        self.tops: list[float] = []
        y = float(HEADER_HEIGHT)
        for row in rows:
            self.tops.append(y)
            y += ROW_HEIGHT if row.rule else GROUP_HEIGHT
        self.height = y

    def row_height(self, index: int) -> int:
        return ROW_HEIGHT if self.rows[index].rule else GROUP_HEIGHT

    def row_at(self, y: float) -> int | None:
        # The tops ascend: find the last row starting at or above y (thousands of rows).
        index = bisect_right(self.tops, y) - 1
        if index >= 0 and y < self.tops[index] + self.row_height(index):
            return index
        return None

    def level_at(self, x: float) -> int | None:
        if x < self.name_width or x >= self.width:
            return None
        return MIN_LEVEL + int((x - self.name_width) // self.level_width)

    def column_left(self, level: int) -> float:
        return self.name_width + (level - MIN_LEVEL) * self.level_width

    def marker_center(self, index: int, level: int) -> QPointF:
        return QPointF(self.column_left(level) + self.level_width / 2,
                       self.tops[index] + self.row_height(index) / 2)


def level_column_width(font: QFont) -> float:
    """Wide enough for the longest translated level name in ``font``."""
    metrics = QFontMetrics(font)
    widest = max(metrics.horizontalAdvance(level_name(number))
                 for number in range(MIN_LEVEL, MAX_LEVEL + 1))
    return max(MIN_LEVEL_WIDTH, widest + 8)


def paint_board(painter: QPainter, geometry: BoardGeometry, palette: QPalette,
                selected: str | None = None, preview: int | None = None,
                focused: bool = False, exposed: QRectF | None = None) -> None:
    """Paint the grid, headings and markers onto any paint device.

    With ``exposed`` only the rows inside it are painted (a scrolled board with
    thousands of rules shows a few dozen at a time).
    """
    text = palette.color(QPalette.ColorRole.WindowText)
    base = palette.color(QPalette.ColorRole.Base)
    mid = palette.color(QPalette.ColorRole.Mid)
    accent = palette.color(QPalette.ColorRole.Highlight)
    autonomy = QColor(accent)
    autonomy.setAlpha(28)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.fillRect(QRectF(0, 0, geometry.width, geometry.height), base)
    # The columns where the assistant makes the call are tinted.
    left = geometry.column_left(AUTONOMY_THRESHOLD)
    painter.fillRect(QRectF(left, 0, geometry.width - left, geometry.height), autonomy)

    bold = QFont(painter.font())
    bold.setBold(True)
    normal = QFont(painter.font())
    metrics = QFontMetrics(normal)
    bold_metrics = QFontMetrics(bold)
    painter.setPen(text)
    for number in range(MIN_LEVEL, MAX_LEVEL + 1):
        x = geometry.column_left(number)
        cell = QRectF(x + 2, 4, geometry.level_width - 4, HEADER_HEIGHT / 2 - 4)
        painter.setFont(bold)
        painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, str(number))
        painter.setFont(normal)
        name = metrics.elidedText(level_name(number), Qt.TextElideMode.ElideRight,
                                  int(geometry.level_width - 6))
        painter.drawText(QRectF(x + 2, HEADER_HEIGHT / 2, geometry.level_width - 4,
                                HEADER_HEIGHT / 2 - 2), Qt.AlignmentFlag.AlignCenter, name)
    painter.setPen(QPen(mid, 1))
    painter.drawLine(QPointF(0, HEADER_HEIGHT - 0.5),
                     QPointF(geometry.width, HEADER_HEIGHT - 0.5))

    for index, row in enumerate(geometry.rows):
        top = geometry.tops[index]
        height = geometry.row_height(index)
        if exposed is not None and (top > exposed.bottom() or top + height < exposed.top()):
            continue
        if row.rule is None:
            band = QColor(mid)
            band.setAlpha(60)
            painter.fillRect(QRectF(0, top, geometry.width, height), band)
            painter.setFont(bold)
            painter.setPen(text)
            title = bold_metrics.elidedText(row.title, Qt.TextElideMode.ElideRight,
                                            int(geometry.width - 16))
            painter.drawText(QRectF(8, top, geometry.width - 16, height),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, title)
            continue
        rule = row.rule
        if rule.id == selected:
            shade = QColor(accent)
            shade.setAlpha(70 if focused else 40)
            painter.fillRect(QRectF(0, top, geometry.width, height), shade)
        painter.setFont(normal)
        painter.setPen(text)
        name = metrics.elidedText(row.title, Qt.TextElideMode.ElideRight,
                                  int(geometry.name_width - 24))
        painter.drawText(QRectF(16, top, geometry.name_width - 20, height),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, name)
        painter.setPen(QPen(mid, 1, Qt.PenStyle.DotLine))
        bottom = top + height - 0.5
        painter.drawLine(QPointF(0, bottom), QPointF(geometry.width, bottom))
        current = geometry.marker_center(index, rule.level)
        if rule.target_level and rule.target_level != rule.level:
            target = geometry.marker_center(index, rule.target_level)
            painter.setPen(QPen(accent, 2, Qt.PenStyle.DashLine))
            painter.drawLine(current, target)
            painter.setPen(QPen(accent, 2.5))
            painter.setBrush(QBrush(base))
            painter.drawEllipse(target, MARKER_RADIUS, MARKER_RADIUS)
        painter.setPen(QPen(accent.darker(130), 1.5))
        painter.setBrush(QBrush(accent))
        painter.drawEllipse(current, MARKER_RADIUS, MARKER_RADIUS)
        if rule.target_level == rule.level:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(accent, 2))
            painter.drawEllipse(current, MARKER_RADIUS + 4, MARKER_RADIUS + 4)
        if rule.id == selected and preview is not None and preview != rule.level:
            ghost = QColor(accent)
            ghost.setAlpha(110)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(ghost))
            painter.drawEllipse(geometry.marker_center(index, preview), MARKER_RADIUS,
                                MARKER_RADIUS)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(mid, 1))
    for number in range(MIN_LEVEL, MAX_LEVEL + 1):
        x = geometry.column_left(number)
        painter.drawLine(QPointF(x, 0), QPointF(x, geometry.height))


class DelegationBoard(QWidget):
    """The interactive board. Emits requests; never writes to the store."""

    levelMoveRequested = Signal(str, int)
    targetMoveRequested = Signal(str, int)
    selectionChanged = Signal(str)
    activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Delegation board"))
        self._rows: list[BoardRow] = []
        self._selected: str | None = None
        self._pressed_row: int | None = None
        self._preview: int | None = None
        self._geometry = self._layout()

    # -- content ---------------------------------------------------------------------
    def set_groups(self, groups: Sequence[tuple[str, Sequence[DecisionRule]]]) -> None:
        self._rows = board_rows(groups)
        ids = [row.rule.id for row in self._rows if row.rule]
        if self._selected not in ids:
            self._selected = ids[0] if ids else None
        self._relayout()

    def rows(self) -> list[BoardRow]:
        return list(self._rows)

    def selected_rule(self) -> DecisionRule | None:
        for row in self._rows:
            if row.rule and row.rule.id == self._selected:
                return row.rule
        return None

    def select(self, rule_id: str) -> bool:
        if any(row.rule and row.rule.id == rule_id for row in self._rows):
            self._selected = rule_id
            self.selectionChanged.emit(rule_id)
            self.update()
            return True
        return False

    def geometry_for_view(self) -> BoardGeometry:
        return self._geometry

    def _layout(self) -> BoardGeometry:
        return BoardGeometry(self._rows, max(self.width(), self.minimum_width()),
                             level_column_width(self.font()))

    def _relayout(self) -> None:
        self._geometry = self._layout()
        self.setFixedHeight(int(self._geometry.height) + 1)
        self.update()

    def minimum_width(self) -> int:
        return int(MIN_NAME_WIDTH + level_column_width(self.font()) * MAX_LEVEL)

    def sizeHint(self) -> QSize:
        return QSize(self.minimum_width() + 120, int(self._geometry.height) + 1)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.minimum_width(), int(self._geometry.height) + 1)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._geometry = self._layout()

    # -- painting ----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_board(painter, self._geometry, self.palette(), self._selected, self._preview,
                    self.hasFocus(), QRectF(event.rect()))
        painter.end()

    def tooltip_for(self, x: float, y: float) -> str:
        """Rich text that shows level meanings and user text literally."""
        level = self._geometry.level_at(x)
        if y < HEADER_HEIGHT and level is not None:
            return literal_tooltip(level_meaning(level))
        index = self._geometry.row_at(y)
        if index is None:
            return ""
        row = self._rows[index]
        if row.rule is None or level is None:
            return literal_tooltip(row.title)
        return literal_tooltip(f"{level_label(level)}: {level_meaning(level)}")

    def event(self, event) -> bool:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QEvent
        from PySide6.QtWidgets import QToolTip

        if event.type() == QEvent.Type.ToolTip:
            text = self.tooltip_for(event.pos().x(), event.pos().y())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    # -- mouse -------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        index = self._geometry.row_at(event.position().y())
        self._pressed_row = index
        if index is not None and self._rows[index].rule is not None:
            rule = self._rows[index].rule
            assert rule is not None
            if rule.id != self._selected:
                self.select(rule.id)
        self.setFocus(Qt.FocusReason.MouseFocusReason)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pressed_row is None:
            return
        preview = self._geometry.level_at(event.position().x())
        if preview != self._preview:
            self._preview = preview
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pressed, self._pressed_row, self._preview = self._pressed_row, None, None
        self.update()
        if event.button() != Qt.MouseButton.LeftButton or pressed is None:
            return
        rule = self._rows[pressed].rule
        level = self._geometry.level_at(event.position().x())
        if rule is None or level is None:
            return
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            if level != rule.target_level:
                self.targetMoveRequested.emit(rule.id, level)
        elif level != rule.level:
            self.levelMoveRequested.emit(rule.id, level)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        index = self._geometry.row_at(event.position().y())
        if index is not None and self._rows[index].rule is not None:
            rule = self._rows[index].rule
            assert rule is not None
            if self._geometry.level_at(event.position().x()) is None:
                self.activated.emit(rule.id)

    # -- keyboard ------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        rule = self.selected_rule()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._step_selection(-1 if key == Qt.Key.Key_Up else 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and rule is not None:
            step = -1 if key == Qt.Key.Key_Left else 1
            if shift:
                start = rule.target_level or rule.level
                target = min(MAX_LEVEL, max(MIN_LEVEL, start + step))
                if target != rule.target_level:
                    self.targetMoveRequested.emit(rule.id, target)
            else:
                level = min(MAX_LEVEL, max(MIN_LEVEL, rule.level + step))
                if level != rule.level:
                    self.levelMoveRequested.emit(rule.id, level)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and rule is not None:
            self.activated.emit(rule.id)
        else:
            super().keyPressEvent(event)

    def _step_selection(self, step: int) -> None:
        ids = [row.rule.id for row in self._rows if row.rule]
        if not ids:
            return
        position = ids.index(self._selected) if self._selected in ids else -step
        self.select(ids[min(len(ids) - 1, max(0, position + step))])

    def focusInEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().focusOutEvent(event)
        self.update()


def print_palette() -> QPalette:
    """Black on white, whatever the screen theme: posters go on paper."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#000000"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Mid, QColor("#9e9e9e"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#1565c0"))
    return palette


def write_poster(path: Path, rows: Sequence[BoardRow], title: str, subtitle: str,
                 legend: str) -> None:
    """The board as a one-page landscape PDF, scaled to fit the page."""
    writer = QPdfWriter(str(path))
    writer.setResolution(96)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Landscape, QMarginsF(12, 12, 12, 12),
                                     QPageLayout.Unit.Millimeter))
    writer.setTitle(title)
    painter = QPainter(writer)
    try:
        page = QRectF(writer.pageLayout().paintRectPixels(writer.resolution()))
        page.moveTo(0, 0)
        geometry = BoardGeometry(rows, 1040, level_column_width(painter.font()))
        title_font = QFont(painter.font())
        title_font.setPointSizeF(16)
        title_font.setBold(True)
        head_height = 70.0
        content_height = head_height + geometry.height + 30
        scale = min(page.width() / geometry.width, page.height() / content_height)
        painter.scale(scale, scale)
        painter.setPen(QColor("#000000"))
        painter.setFont(title_font)
        painter.drawText(QRectF(0, 0, geometry.width, 34),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        small = QFont(painter.font())
        small.setPointSizeF(9)
        small.setBold(False)
        painter.setFont(small)
        painter.drawText(QRectF(0, 36, geometry.width, 26),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, subtitle)
        painter.translate(0, head_height)
        paint_board(painter, geometry, print_palette())
        painter.setPen(QColor("#000000"))
        painter.drawText(QRectF(0, geometry.height + 6, geometry.width, 22),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, legend)
    finally:
        painter.end()
