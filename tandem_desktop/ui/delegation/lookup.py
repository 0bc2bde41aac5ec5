""""May I decide?": type a situation, see the matching rules and what to do now."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.ui.delegation.advice import no_rule_sentence
from tandem_desktop.ui.delegation.models import LookupResult, LookupResultModel
from tandem_desktop.ui.labels import level_label, level_meaning
from tandem_desktop.ui.search import suggestion_button
from tandem_desktop.ui.table_model import RECORD_ROLE
from tandem_desktop.ui.widgets import heading, plain_label

PADDING = 8
WRAP = Qt.TextFlag.TextWordWrap


class LookupResultDelegate(QStyledItemDelegate):
    """Paints one answer as a small card: what to do, the rule, its level and limits.

    Wrapped line heights are measured once per text and width: the list asks
    for size hints far more often than the answers change, and answers recur
    from one keystroke to the next.
    """

    CACHE_LIMIT = 4000

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        self._fonts: dict[str, QFont] = {}
        self._heights: dict[tuple[str, str, int], int] = {}

    def forget(self) -> None:
        """Called on every model reset: fonts may have changed with the theme."""
        self._fonts.clear()
        if len(self._heights) > self.CACHE_LIMIT:
            self._heights.clear()

    def _lines(self, result: LookupResult) -> list[tuple[str, str]]:
        rule = result.rule
        where = rule.decision + (f" · {result.area_name}" if result.area_name else "")
        level = result.level_text or f"{level_label(rule.level)} — {level_meaning(rule.level)}"
        lines = [("advice", result.advice), ("rule", where), ("level", level)]
        if rule.limits:
            lines.append(("limits", self.tr("Limits: {limits}").format(limits=rule.limits)))
        return lines

    def _font(self, base: QFont, kind: str) -> QFont:
        if kind not in self._fonts:
            font = QFont(base)
            if kind == "advice":
                font.setBold(True)
            elif kind in ("level", "limits"):
                font.setPointSizeF(max(font.pointSizeF() * 0.92, 7.0))
            self._fonts[kind] = font
        return self._fonts[kind]

    def _width(self) -> int:
        return max(self._view.viewport().width() - 2 * PADDING - 4, 120)

    def _measure(self, option: QStyleOptionViewItem,
                 lines: list[tuple[str, str]], width: int) -> list[int]:
        heights = []
        for kind, text in lines:
            key = (kind, text, width)
            height = self._heights.get(key)
            if height is None:
                height = QFontMetrics(self._font(option.font, kind)).boundingRect(
                    QRect(0, 0, width, 10_000), WRAP, text).height()
                self._heights[key] = height
            heights.append(height)
        return heights

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        result = index.data(RECORD_ROLE)
        if not isinstance(result, LookupResult):
            return super().sizeHint(option, index)
        width = self._width()
        heights = self._measure(option, self._lines(result), width)
        return QSize(width, 2 * PADDING + sum(heights) + 2 * len(heights))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        result = index.data(RECORD_ROLE)
        if not isinstance(result, LookupResult):
            return super().paint(painter, option, index)
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        if selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        text_color = palette.color(QPalette.ColorRole.HighlightedText if selected
                                   else QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.HighlightedText if selected
                              else QPalette.ColorRole.PlaceholderText)
        y = option.rect.top() + PADDING
        width = self._width()
        lines = self._lines(result)
        heights = self._measure(option, lines, width)
        for (kind, text), height in zip(lines, heights, strict=True):
            painter.setFont(self._font(option.font, kind))
            painter.setPen(muted if kind in ("level", "limits") else text_color)
            painter.drawText(QRect(option.rect.left() + PADDING, y, width, height),
                             int(WRAP | Qt.AlignmentFlag.AlignLeft), text)
            y += height + 2
        painter.restore()


class LookupPanel(QWidget):
    """The search field and its answers. Asks ``search`` for results on every keystroke."""

    newRuleRequested = Signal(str)
    ruleActivated = Signal(str)

    def __init__(self, search: Callable[[str], Sequence[LookupResult]],
                 parent: QWidget | None = None, *,
                 suggest: Callable[[str], str | None] | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self._suggest = suggest  # near words that find a rule, when nothing matched
        self.suggestion = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("May I decide?"), self))
        self.field = QLineEdit(self)
        self.field.setObjectName("decisionLookup")
        self.field.setClearButtonEnabled(True)
        self.field.setPlaceholderText(self.tr("A few words, e.g. hotel 300 euro"))
        self.field.setAccessibleName(self.tr("May I decide? Describe the situation"))
        layout.addWidget(self.field)
        # One of three pages: a hint before typing, the answers, or "no rule yet".
        self.pages = QStackedWidget(self)
        self.hint = plain_label(self.tr(
            "Describe the situation in a few words; the matching rules say what to do."),
            self.pages)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.pages.addWidget(self.hint)
        self.model = LookupResultModel(self)
        self.results = QListView(self.pages)
        self.results.setModel(self.model)
        self.delegate = LookupResultDelegate(self.results)
        self.results.setItemDelegate(self.delegate)
        self.model.modelAboutToBeReset.connect(self.delegate.forget)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setWordWrap(True)
        self.results.setAccessibleName(self.tr("Matching rules"))
        self.results.activated.connect(self._activate)
        self.pages.addWidget(self.results)
        self.no_match = QWidget(self.pages)
        box = QVBoxLayout(self.no_match)
        box.setContentsMargins(0, 4, 0, 0)
        self.no_match_label = plain_label(no_rule_sentence(), self.no_match)
        font = self.no_match_label.font()
        font.setBold(True)
        self.no_match_label.setFont(font)
        box.addWidget(self.no_match_label)
        self.suggestion_button = suggestion_button(self.no_match)
        self.suggestion_button.clicked.connect(self.take_suggestion)
        self.suggestion_button.hide()
        box.addWidget(self.suggestion_button)
        row = QHBoxLayout()
        self.new_rule_button = QPushButton(self.tr("Agree a rule for this…"), self.no_match)
        self.new_rule_button.clicked.connect(
            lambda: self.newRuleRequested.emit(self.field.text().strip()))
        row.addWidget(self.new_rule_button)
        row.addStretch(1)
        box.addLayout(row)
        box.addStretch(1)
        self.pages.addWidget(self.no_match)
        layout.addWidget(self.pages, 1)
        self.field.textChanged.connect(self.update_results)
        self.field.returnPressed.connect(self._open_first)
        self.update_results()

    def update_results(self) -> None:
        text = self.field.text()
        results = list(self._search(text)) if text.strip() else []
        self.model.set_rows(results)
        page = self.results if results else self.no_match if text.strip() else self.hint
        self.pages.setCurrentWidget(page)
        self.suggestion = ""
        if page is self.no_match and self._suggest is not None:
            self.suggestion = self._suggest(text) or ""
        if self.suggestion:
            self.suggestion_button.setText(self.tr("Did you mean “{words}”?").format(
                words=self.suggestion))
        self.suggestion_button.setVisible(bool(self.suggestion))
        if results:
            self.results.setCurrentIndex(self.model.index(0, 0))

    def take_suggestion(self) -> None:
        if self.suggestion:
            self.field.setText(self.suggestion)
            self.field.setFocus()

    def focus_search(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def _activate(self, index: QModelIndex) -> None:
        result = self.model.row_at(index.row())
        if result is not None:
            self.ruleActivated.emit(result.rule.id)

    def _open_first(self) -> None:
        if self.model.rowCount():
            self._activate(self.model.index(0, 0))
        else:
            self.take_suggestion()
