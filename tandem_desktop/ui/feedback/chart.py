"""The balance chart: how much feedback went each way, by kind, painted by hand.

Two rows (one per direction), each with a bar for appreciation and one for
suggestions, and the number written beside every bar. No chart library.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from tandem_desktop.domain.enums import FeedbackDirection, FeedbackKind
from tandem_desktop.ui.labels import feedback_kind_name
from tandem_desktop.ui.widgets import literal_tooltip

# Two hues that stay readable on light and dark backgrounds.
KIND_COLORS = {
    FeedbackKind.APPRECIATION.value: QColor("#2e8b57"),
    FeedbackKind.SUGGESTION.value: QColor("#d08a1e"),
}


class BalanceChart(QWidget):
    BAR_HEIGHT = 14
    GAP = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts: dict[tuple[str, str], int] = {}
        self._labels: dict[str, str] = {}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Feedback balance"))

    def set_counts(self, counts: dict[tuple[str, str], int], labels: dict[str, str]) -> None:
        """``counts``: (direction, kind) -> number; ``labels``: direction -> row title.

        Rows follow the order of ``labels``.
        """
        self._counts = dict(counts)
        self._labels = dict(labels)
        description = self.describe()
        self.setAccessibleDescription(description)
        # Names are user text: escape them so the tooltip shows them literally.
        self.setToolTip(literal_tooltip(description))
        self.updateGeometry()
        self.update()

    def counts(self) -> dict[tuple[str, str], int]:
        return dict(self._counts)

    def count(self, direction: str, kind: str) -> int:
        return self._counts.get((direction, kind), 0)

    def _directions(self) -> list[FeedbackDirection]:
        ordered = [FeedbackDirection(value) for value in self._labels]
        return ordered + [d for d in FeedbackDirection if d not in ordered]

    def describe(self) -> str:
        """The chart in words, for screen readers and the tooltip."""
        lines = []
        for direction in self._directions():
            parts = [
                f"{feedback_kind_name(kind.value)}: {self.count(direction.value, kind.value)}"
                for kind in FeedbackKind
            ]
            lines.append(f"{self._labels.get(direction.value, '')} — {', '.join(parts)}")
        return "\n".join(lines)

    def _row_height(self) -> int:
        title = QFontMetrics(self.font()).height()
        return title + 2 * (self.BAR_HEIGHT + self.GAP) + self.GAP

    def sizeHint(self) -> QSize:
        legend = QFontMetrics(self.font()).height() + self.GAP
        return QSize(260, 2 * self._row_height() + legend + self.GAP)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        text_color = self.palette().color(self.foregroundRole())
        # A faint track in the text colour reads on light and dark backgrounds.
        track = QColor(text_color)
        track.setAlpha(40)
        highest = max([1, *self._counts.values()])
        number_width = metrics.horizontalAdvance("0000")
        width = self.width()
        y = 0.0
        for direction in self._directions():
            painter.setPen(text_color)
            title_rect = QRectF(0, y, width, metrics.height())
            title = metrics.elidedText(self._labels.get(direction.value, ""),
                                       Qt.TextElideMode.ElideRight, width)
            painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             title)
            y += metrics.height() + self.GAP
            for kind in FeedbackKind:
                value = self.count(direction.value, kind.value)
                full = max(width - number_width - self.GAP, 10)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(track)
                painter.drawRoundedRect(QRectF(0, y, full, self.BAR_HEIGHT), 3, 3)
                if value:
                    painter.setBrush(KIND_COLORS[kind.value])
                    length = max(full * value / highest, 4)
                    painter.drawRoundedRect(QRectF(0, y, length, self.BAR_HEIGHT), 3, 3)
                painter.setPen(text_color)
                painter.drawText(QRectF(full + self.GAP, y, number_width, self.BAR_HEIGHT),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 str(value))
                y += self.BAR_HEIGHT + self.GAP
            y += self.GAP
        # Legend: a swatch and the kind's name for each colour.
        x = 0.0
        for kind in FeedbackKind:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(KIND_COLORS[kind.value])
            swatch = metrics.height() * 0.7
            painter.drawRoundedRect(QRectF(x, y + (metrics.height() - swatch) / 2, swatch,
                                           swatch), 2, 2)
            x += swatch + self.GAP
            painter.setPen(text_color)
            name = feedback_kind_name(kind.value)
            painter.drawText(QRectF(x, y, metrics.horizontalAdvance(name) + 2, metrics.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
            x += metrics.horizontalAdvance(name) + 3 * self.GAP
        painter.end()
