"""One search field for everything in the current tandem, or in all (Ctrl+F or Ctrl+K).

Results follow typing, grouped by kind, with the matching words in bold. Enter
or a double-click opens the record in its tab through ``context.openRecord``
(switching to its tandem first when the search spans all tandems). When nothing
matches, a button offers the nearest indexed words ("Did you mean …").
The search itself is ``storage.search``; this module only shows it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeyEvent, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMainWindow,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.storage.search import (
    SearchGroup,
    SearchHit,
    did_you_mean,
    search_everything,
)
from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.dates import date_text
from tandem_desktop.ui.labels import table_name
from tandem_desktop.ui.table_model import RECORD_ROLE, RowListModel
from tandem_desktop.ui.widgets import plain_label

Index = QModelIndex | QPersistentModelIndex
Span = tuple[int, int]


@dataclass(frozen=True)
class ResultRow:
    """A kind's heading (hit is None) or one hit under it."""

    table: str
    hit: SearchHit | None = None
    more: bool = False  # headings only: more hits than listed
    count: int = 0  # headings only: how many are listed
    tandem_name: str = ""  # hits only, when the search spans every tandem


def hit_title(hit: SearchHit) -> str:
    """A hit's title; what kind of record it is when it has none."""
    return hit.title or table_name(hit.table)


class SearchResultsModel(RowListModel[ResultRow]):
    """The hits of one search under a heading per kind of record."""

    def set_groups(self, groups: list[SearchGroup],
                   tandem_names: dict[str, str] | None = None) -> None:
        """Show ``groups``; with ``tandem_names`` every hit names its tandem."""
        names = tandem_names or {}
        rows: list[ResultRow] = []
        for group in groups:
            rows.append(ResultRow(group.table, None, group.more, len(group.hits)))
            rows.extend(ResultRow(group.table, hit, tandem_name=names.get(hit.tandem_id, ""))
                        for hit in group.hits)
        self.set_rows(rows)

    def hits(self) -> list[SearchHit]:
        return [row.hit for row in self._rows if row.hit is not None]

    def row_id(self, row: ResultRow) -> str | None:
        return row.hit.id if row.hit is not None else None

    def cell(self, row: ResultRow, column: int) -> str:
        if row.hit is None:
            return table_name(row.table)
        return " — ".join(part for part in (hit_title(row.hit), row.hit.snippet,
                                             row.tandem_name) if part)

    def extra(self, row: ResultRow, column: int, role: int) -> object:
        return self.cell(row, column) if role == Qt.ItemDataRole.AccessibleTextRole else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].hit is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def draw_marked(painter: QPainter, rect: QRect, text: str, marks: tuple[Span, ...],
                font: QFont) -> None:
    """Draw plain ``text`` on one line with the ``marks`` in bold, elided at the end."""
    bold = QFont(font)
    bold.setBold(True)
    pieces: list[tuple[str, bool]] = []
    position = 0
    for start, end in sorted(marks):
        if start < position:
            continue
        if start > position:
            pieces.append((text[position:start], False))
        pieces.append((text[start:end], True))
        position = end
    if position < len(text):
        pieces.append((text[position:], False))
    x = rect.left()
    align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    for piece, marked in pieces:
        used = bold if marked else font
        metrics = QFontMetrics(used)
        room = rect.right() - x
        if room <= 0:
            break
        width = metrics.horizontalAdvance(piece)
        painter.setFont(used)
        if width > room:
            shown = metrics.elidedText(piece, Qt.TextElideMode.ElideRight, room)
            painter.drawText(QRect(x, rect.top(), room, rect.height()), align, shown)
            break
        painter.drawText(QRect(x, rect.top(), width + 1, rect.height()), align, piece)
        x += width


class SearchResultDelegate(QStyledItemDelegate):
    PAD = 6

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        line = QFontMetrics(option.font).height()
        row = index.data(RECORD_ROLE)
        if isinstance(row, ResultRow) and row.hit is None:
            return QSize(300, line + 10)
        if isinstance(row, ResultRow) and row.hit is not None and row.hit.snippet:
            return QSize(300, 2 * line + 10)
        return QSize(300, line + 10)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row = index.data(RECORD_ROLE)
        if not isinstance(row, ResultRow):
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        palette: QPalette = opt.palette
        rect: QRect = opt.rect
        font: QFont = opt.font
        line = QFontMetrics(font).height()
        painter.save()
        if row.hit is None:
            heading = QFont(font)
            heading.setBold(True)
            heading.setPointSizeF(font.pointSizeF() * 0.9)
            painter.setFont(heading)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            text = table_name(row.table)
            if row.more:
                # Only the newest few are listed; "5+" says there are more (no words needed).
                text += f" · {row.count}+"
            painter.drawText(rect.adjusted(self.PAD, 4, -self.PAD, 0),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            painter.restore()
            return
        if widget is not None:
            widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter,
                                       widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_colour = palette.color(QPalette.ColorRole.HighlightedText if selected
                                    else QPalette.ColorRole.Text)
        inner = rect.adjusted(self.PAD * 3, 5, -self.PAD, -5)
        when = " · ".join(part for part in (row.tandem_name, date_text(row.hit.when)) if part)
        when_width = QFontMetrics(font).horizontalAdvance(when) + self.PAD if when else 0
        painter.setPen(text_colour)
        draw_marked(painter, QRect(inner.left(), inner.top(), inner.width() - when_width, line),
                    hit_title(row.hit), row.hit.title_marks, font)
        if when:
            painter.setFont(font)
            painter.setPen(text_colour if selected
                           else palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(QRect(inner.right() - when_width, inner.top(), when_width, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, when)
        if row.hit.snippet:
            painter.setPen(text_colour if selected
                           else palette.color(QPalette.ColorRole.PlaceholderText))
            draw_marked(painter, QRect(inner.left(), inner.top() + line, inner.width(), line),
                        row.hit.snippet, row.hit.snippet_marks, font)
        painter.restore()


def suggestion_button(parent: QWidget) -> QPushButton:
    """The "Did you mean …" button: looks like a link, works like a button (Tab reaches
    it, Space takes it)."""
    button = QPushButton(parent)
    button.setObjectName("didYouMean")
    button.setFlat(True)
    button.setStyleSheet("text-align: left; color: palette(link); text-decoration: underline")
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


class SearchPanel(QDialog):
    """The search window: a field on top, grouped results below."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Search"))
        self.setModal(False)
        self.resize(640, 460)
        layout = QVBoxLayout(self)
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Search questions, tasks, meetings, rules …"))
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName(self.tr("Search everything"))
        self.field.installEventFilter(self)
        top = QHBoxLayout()
        top.addWidget(self.field, 1)
        self.everywhere = QCheckBox(self.tr("In all tandems"), self)
        self.everywhere.setToolTip(self.tr("Search every active tandem, not only this one"))
        self.everywhere.setChecked(context.all_tandems)
        self.everywhere.toggled.connect(lambda _on: self.run())
        top.addWidget(self.everywhere)
        layout.addLayout(top)
        self.model = SearchResultsModel(self)
        self.view = QListView(self)
        self.view.setAccessibleName(QCoreApplication.translate("SearchPanel", "Results"))
        self.view.setModel(self.model)
        self.view.setItemDelegate(SearchResultDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # Enter in the list reaches keyPressEvent below; the view only reports double-clicks.
        self.view.doubleClicked.connect(self._open_index)
        layout.addWidget(self.view, 1)
        self.status = plain_label("", self)
        layout.addWidget(self.status)
        self.suggestion = ""
        self.suggestion_button = suggestion_button(self)
        self.suggestion_button.clicked.connect(self.take_suggestion)
        self.suggestion_button.hide()
        layout.addWidget(self.suggestion_button)
        self._switching = False  # opening a hit of another tandem keeps the search
        self.field.textChanged.connect(self.run)
        context.dataChanged.connect(self._on_data_changed)
        context.tandemChanged.connect(self._on_tandem_changed)
        context.allTandemsChanged.connect(self.everywhere.setChecked)

    # -- searching ------------------------------------------------------------
    def run(self, text: str | None = None) -> None:
        text = self.field.text() if text is None else text
        self._suggest("")
        if self.context.tandem is None or not text.strip():
            self.model.set_groups([])
            self.status.setText(self.tr("Type a word or the start of one."))
            return
        database = self.context.store.database
        scope = None if self.everywhere.isChecked() else self.context.tandem_id
        groups = search_everything(database, scope, text)
        names = ({tandem.id: tandem.name for tandem in self.context.store.tandems.active()}
                 if scope is None else None)
        self.model.set_groups(groups, names)
        rows = self._hit_rows()
        if not rows:
            self.status.setText(self.tr("Nothing found for “{text}”.").format(text=text.strip()))
            self._suggest(did_you_mean(database, scope, text) or "")
        else:
            self.status.setText(self.tr(
                "Enter opens the selected result; Esc closes the search."))
            self._select(rows[0])

    def _suggest(self, words: str) -> None:
        self.suggestion = words
        if words:
            self.suggestion_button.setText(self.tr("Did you mean “{words}”?").format(words=words))
        self.suggestion_button.setVisible(bool(words))

    def take_suggestion(self) -> None:
        """Search for the suggested words instead (the button, or Enter when nothing matched)."""
        if self.suggestion:
            self.field.setText(self.suggestion)
            self.field.setFocus()

    def _hit_rows(self) -> list[int]:
        return [i for i, row in enumerate(self.model.rows) if row.hit is not None]

    def _select(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def _move(self, step: int) -> None:
        rows = self._hit_rows()
        if not rows:
            return
        current = self.view.currentIndex().row()
        position = rows.index(current) if current in rows else -1
        self._select(rows[max(0, min(len(rows) - 1, position + step))])

    def _on_data_changed(self, tables: frozenset[str]) -> None:
        if self.isVisible() and self.field.text().strip():
            self.run()

    def _on_tandem_changed(self) -> None:
        if self._switching:
            return
        self.field.clear()
        self.model.set_groups([])

    # -- opening --------------------------------------------------------------
    def open_current(self) -> bool:
        return self._open_index(self.view.currentIndex())

    def _open_index(self, index: QModelIndex) -> bool:
        row = index.data(RECORD_ROLE) if index.isValid() else None
        if not isinstance(row, ResultRow) or row.hit is None:
            return False
        self.hide()
        if row.hit.tandem_id != self.context.tandem_id:
            tandem = self.context.store.tandems.find(row.hit.tandem_id)
            if tandem is None:
                return False
            self._switching = True
            try:
                self.context.set_tandem(tandem)
            finally:
                self._switching = False
        self.context.openRecord.emit(row.hit.table, row.hit.id)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key == Qt.Key.Key_Down:
                self._move(1)
                return True
            if key == Qt.Key.Key_Up:
                self._move(-1)
                return True
            if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self._move(5 if key == Qt.Key.Key_PageDown else -5)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if not self.open_current():
                    self.take_suggestion()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in the list opens the result instead of closing the dialog.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_current()
            return
        super().keyPressEvent(event)

    def open_search(self) -> None:
        """Show the panel over the top of its window with the field ready for typing."""
        parent = self.parentWidget()
        if parent is not None:
            top_left = parent.mapToGlobal(QPoint(0, 0))
            x = top_left.x() + max(0, (parent.width() - self.width()) // 2)
            self.move(x, top_left.y() + 60)
        self.show()
        self.raise_()
        self.activateWindow()
        self.field.setFocus()
        self.field.selectAll()
        if self.field.text().strip():
            self.run()


def install_search(window: QMainWindow) -> SearchPanel:
    """Give a main window its search: Ctrl+F / Ctrl+K and a toolbar button."""
    context: AppContext = window.context  # type: ignore[attr-defined]
    panel = SearchPanel(context, window)
    action = QAction(QCoreApplication.translate("SearchPanel", "Search…"), window)
    action.setObjectName("searchAction")
    action.setShortcuts([QKeySequence("Ctrl+F"), QKeySequence("Ctrl+K")])
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.setToolTip(QCoreApplication.translate(
        "SearchPanel", "Search everything in this tandem or in all (Ctrl+F or Ctrl+K)"))
    action.triggered.connect(panel.open_search)
    window.addAction(action)
    toolbar = getattr(window, "toolbar", None)
    if toolbar is not None:
        toolbar.addAction(action)
    window.search_panel = panel  # type: ignore[attr-defined]
    window.search_action = action  # type: ignore[attr-defined]
    return panel
