"""Small widgets and helpers the tabs share."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.ui.dates import date_format

ERROR_STYLE = "color: palette(highlighted-text); background: #b3261e; padding: 2px 6px;"


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    """A label that shows user text literally (never as rich text)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    return label


def literal_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` exactly as typed, even when it looks like HTML.

    A plain-text tooltip would not do: Qt guesses whether a tooltip is rich text,
    so ``<b>…`` would render, and a plain one wraps only at the screen's edge.
    Escaped inside a paragraph, the text shows literally, keeps its line breaks
    and wraps when long.
    """
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"


def select_row(view: QAbstractItemView, row: int) -> None:
    """Select exactly ``row`` of ``view`` and make it current.

    ``QTableView.selectRow`` reads the keyboard's modifiers: with Ctrl or Shift held
    (the user opens a record from elsewhere with a key down) it toggles or extends
    the selection instead of choosing the one row asked for."""
    model = view.model()
    index = model.index(row, 0)
    if not index.isValid():
        return
    flags = (view.selectionModel().SelectionFlag.ClearAndSelect
             | view.selectionModel().SelectionFlag.Rows)
    view.selectionModel().setCurrentIndex(index, flags)


def read_only_table(parent: QWidget | None, model: QAbstractItemModel) -> QTableView:
    """A table the user reads and picks one whole row from; editing happens in dialogs."""
    view = QTableView(parent)
    # Arrows move between cells; Tab leaves the table for the next widget.
    view.setTabKeyNavigation(False)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    return view


def fit_columns_once(view: QTableView) -> bool:
    """Fit the columns to their contents the first time the view has rows.

    Later refreshes keep the widths: measuring thousands of rows on every refresh
    is slow, and the user may have resized the columns since. True when it fitted.
    """
    model = view.model()
    if view.property("columnsFitted") or model is None or model.rowCount() == 0:
        return False
    view.resizeColumnsToContents()
    view.setProperty("columnsFitted", True)
    return True


def ok_cancel(dialog: QDialog, on_ok: Callable[[], object]) -> QDialogButtonBox:
    """OK and Cancel for a dialog; OK runs ``on_ok``, which saves and closes when it can."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    return buttons


def form_dialog_layout(dialog: QDialog, form: QFormLayout,
                       on_ok: Callable[[], object]) -> QDialogButtonBox:
    """Lay a dialog out as its form with OK and Cancel underneath."""
    buttons = ok_cancel(dialog, on_ok)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(buttons)
    return buttons


class FittingScrollArea(QScrollArea):
    """Scrolls its widget up and down only when the screen is too small for it.

    A plain scroll area asks for a few hundred pixels whatever it holds; this one asks
    for its widget's whole height (at the widget's own width), so a dialog opens at full
    size where there is room. It is never narrower than the widget: no sideways scrolling.
    """

    def __init__(self, widget: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(widget)
        self.setMinimumWidth(widget.sizeHint().width() + 2 * self.frameWidth())

    def bar_width(self) -> int:
        """What the vertical scroll bar takes when it shows."""
        return self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)

    def sizeHint(self) -> QSize:
        widget = self.widget()
        if widget is None:
            return super().sizeHint()
        hint = widget.sizeHint()
        width = max(hint.width(), self.minimumWidth())
        height = widget.heightForWidth(width) if widget.hasHeightForWidth() else -1
        return QSize(width, (height if height > 0 else hint.height()) + 2 * self.frameWidth())


def fit_on_screen(dialog: QDialog) -> None:
    """Open ``dialog`` at its natural size, but no taller than the screen leaves room for
    (its title bar and a desktop panel included). Each FittingScrollArea in it then either
    shows all it holds, without a scroll bar, or scrolls, made wider by its scroll bar so
    that nothing is squeezed (deciding it here: a scroll bar that came and went with the
    width its wrapped texts get would squeeze them)."""
    parent = dialog.parentWidget()
    screen = (parent.screen() if parent is not None else None) or \
        QGuiApplication.primaryScreen()
    hint = dialog.sizeHint()
    room_height = screen.availableGeometry().height() - 60 if screen is not None \
        else hint.height()
    scrolls = hint.height() > room_height
    width = hint.width()
    for area in dialog.findChildren(FittingScrollArea):
        if scrolls:
            area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
            area.setMinimumWidth(area.minimumWidth() + area.bar_width())
            width += area.bar_width()
        else:
            area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            area.setMinimumHeight(area.sizeHint().height())
    dialog.resize(width, min(hint.height(), room_height))


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = plain_label(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)
    return label


def inform(parent: QWidget | None, title: str, text: str, *, warning: bool = False) -> None:
    """A message box whose text is plain, whatever the user typed into it."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


class FieldError(QLabel):
    """A one-line message under a form field that says what is wrong with it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {late_colour().name()};")
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


def require_text(field: QLineEdit | QPlainTextEdit, error: FieldError, message: str) -> bool:
    """True when the field holds text; otherwise show ``message`` and focus it."""
    text = field.text() if isinstance(field, QLineEdit) else field.toPlainText()
    if text.strip():
        error.show_message("")
        return True
    error.show_message(message)
    field.setFocus()
    return False


class DateEdit(QDateEdit):
    """A date field that Tab leaves at once, like every other field; the arrow keys
    and the calendar move within the date."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 (Qt's names)
        return QWidget.focusNextPrevChild(self, next)


def date_field(parent: QWidget | None, accessible_name: str = "") -> QDateEdit:
    """A date field in this language's date format, with the calendar on a click."""
    field = DateEdit(parent)
    field.setDisplayFormat(date_format())
    field.setCalendarPopup(True)
    if accessible_name:
        field.setAccessibleName(accessible_name)
    return field


def required_line(form: QFormLayout, parent: QWidget, label: str,
                  placeholder: str) -> tuple[QLineEdit, FieldError]:
    """A form row for text that must not stay empty, with its message line underneath."""
    edit = QLineEdit(parent)
    edit.setPlaceholderText(placeholder)
    error = FieldError(parent)
    form.addRow(label, edit)
    form.addRow("", error)
    return edit, error


def late_colour() -> QColor:
    """Red for late or wrong things, lighter when the theme is dark so it stays readable."""
    text = QGuiApplication.palette().color(QPalette.ColorRole.Text)
    return QColor("#f28b82" if text.lightness() > 128 else "#c62828")
