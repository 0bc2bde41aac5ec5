"""The building blocks of the Overview: a card frame and short lists of entries.

An entry is one line that stands for a record (a task, a question, a rule …);
clicking it or pressing Enter on it asks the window to open that record in its
tab. The lists grow to show all their rows, so a card never scrolls inside.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.ui.table_model import RECORD_ROLE, RowListModel
from tandem_desktop.ui.widgets import plain_label

Index = QModelIndex | QPersistentModelIndex


def tone_color(tone: str, palette: QPalette) -> QColor:
    """Red for late, amber for soon, green for good; lighter shades on dark backgrounds."""
    # Light text means a dark theme (the card lists have a transparent base).
    dark = palette.color(QPalette.ColorRole.Text).lightness() > 128
    colours = {
        "late": "#f28b82" if dark else "#b3261e",
        "soon": "#fdd663" if dark else "#8a5a00",
        "good": "#81c995" if dark else "#1e7d32",
    }
    if tone in colours:
        return QColor(colours[tone])
    return palette.color(QPalette.ColorRole.PlaceholderText)


@dataclass(frozen=True)
class Entry:
    text: str
    detail: str = ""
    table: str = ""
    id: str = ""
    tone: str = ""  # "", "late", "soon" or "good"
    tooltip: str = ""
    progress: int | None = None  # a goal's progress bar


class EntryModel(RowListModel[Entry]):
    """The entries of one card; the delegate paints each from its ``Entry``."""

    def cell(self, entry: Entry, column: int) -> str:
        return entry.text

    def tooltip(self, entry: Entry, column: int) -> str:
        return entry.tooltip or "\n".join(part for part in (entry.text, entry.detail) if part)

    def extra(self, entry: Entry, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ", ".join(part for part in (entry.text, entry.detail) if part)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled
        if self._rows[index.row()].table:
            flags |= Qt.ItemFlag.ItemIsSelectable
        return flags


class EntryDelegate(QStyledItemDelegate):
    """Paints an entry: its text on the left, its detail (or progress bar) on the right."""

    PAD = 6
    BAR_WIDTH = 90

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        height = QFontMetrics(option.font).height() + 2 * self.PAD
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect: QRect = opt.rect.adjusted(self.PAD, 0, -self.PAD, 0)
        palette: QPalette = opt.palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        metrics = QFontMetrics(opt.font)
        right_width = 0
        entry: Entry = index.data(RECORD_ROLE)
        progress, detail = entry.progress, entry.detail
        painter.save()
        painter.setFont(opt.font)
        if progress is not None and style is not None:
            bar = QStyleOptionProgressBar()
            bar.rect = QRect(rect.right() - self.BAR_WIDTH, rect.top() + 5, self.BAR_WIDTH,
                             rect.height() - 10)
            bar.minimum, bar.maximum, bar.progress = 0, 100, int(progress)
            bar.text = f"{int(progress)} %"
            bar.textVisible = True
            bar.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Horizontal
            bar.palette = palette
            style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, widget)
            right_width = self.BAR_WIDTH + self.PAD
        elif detail:
            # The detail (a date, an age) matters more than the end of a long title.
            right_width = min(metrics.horizontalAdvance(detail) + 4, rect.width() * 2 // 3)
            colour = (palette.color(QPalette.ColorRole.HighlightedText) if selected
                      else tone_color(entry.tone, palette))
            painter.setPen(colour)
            shown = metrics.elidedText(detail, Qt.TextElideMode.ElideRight, right_width)
            painter.drawText(QRect(rect.right() - right_width, rect.top(), right_width,
                                   rect.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, shown)
            right_width += self.PAD * 2
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText if selected
                                     else QPalette.ColorRole.Text))
        left = QRect(rect.left(), rect.top(), max(0, rect.width() - right_width), rect.height())
        painter.drawText(left, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(text, Qt.TextElideMode.ElideRight, left.width()))
        painter.restore()


class EntryList(QListView):
    """A list that shows every row it holds and opens an entry on click or Enter."""

    openRequested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry_model = EntryModel(self)
        self.setModel(self.entry_model)
        self.setItemDelegate(EntryDelegate(self))
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMouseTracking(True)
        self.setUniformItemSizes(True)
        self.clicked.connect(self._open)
        self.entry_model.modelReset.connect(self._fit)

    def set_entries(self, entries: list[Entry]) -> None:
        self.entry_model.set_rows(entries)

    def _fit(self) -> None:
        rows = self.entry_model.rowCount()
        height = self.sizeHintForRow(0) * rows if rows else 0
        self.setFixedHeight(height + 2 * self.frameWidth())
        self.setVisible(rows > 0)

    def _open(self, index: QModelIndex) -> None:
        entry: Entry | None = index.data(RECORD_ROLE)
        if entry is not None and entry.table and entry.id:
            self.openRequested.emit(entry.table, entry.id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open(self.currentIndex())
            return
        super().keyPressEvent(event)


class Card(QFrame):
    """A titled box on the Overview with a one-line summary and an empty-state note."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewCard")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(12, 10, 12, 10)
        self.layout_.setSpacing(6)
        top = QHBoxLayout()
        self.title = plain_label(title, self)
        self.title.setObjectName("cardTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        top.addWidget(self.title, 1)
        self.header = top
        self.layout_.addLayout(top)
        self.summary = plain_label("", self)
        self.layout_.addWidget(self.summary)
        self.empty = plain_label("", self)
        self.empty.setObjectName("cardEmpty")
        self.empty.hide()
        self.layout_.addWidget(self.empty)

    def add(self, widget: QWidget) -> QWidget:
        self.layout_.addWidget(widget)
        return widget

    def set_empty(self, text: str) -> None:
        """Show ``text`` as the card's empty state, or hide it when empty."""
        self.empty.setText(text)
        self.empty.setVisible(bool(text))


CARD_STYLE = """
QFrame#overviewCard {
    background: palette(base);
    border: 1px solid palette(mid);
    border-radius: 6px;
}
QFrame#overviewCard QListView { background: transparent; }
QLabel#cardEmpty { color: palette(placeholder-text); }
"""
