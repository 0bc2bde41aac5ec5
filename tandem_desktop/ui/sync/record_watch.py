"""A form that stays the user's while the partner's changes arrive.

When a sync round changes the record an open form shows, the form takes the
new values at once if the user has not changed anything in it yet. If they
have, nothing they typed is overwritten: a banner says the record changed on
the other computer and offers to reload it. Saving instead is a newer change
like any other and wins on both computers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QBoxLayout,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QTextEdit,
    QWidget,
)

from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.widgets import plain_label

R = TypeVar("R")


def form_values(form: QWidget, leave_out: QWidget | None = None) -> tuple[Any, ...]:
    """What every input of a form holds now, to tell whether the user changed any."""
    values: list[Any] = []
    for widget in form.findChildren(QWidget):
        if leave_out is not None and (widget is leave_out or leave_out.isAncestorOf(widget)):
            continue
        if isinstance(widget, QLineEdit):
            values.append(widget.text())
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            values.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            values.append(widget.currentIndex())
        elif isinstance(widget, QAbstractSpinBox):
            values.append(widget.text())
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            values.append(widget.isChecked())
    return tuple(values)


class RecordWatch(QFrame, Generic[R]):
    """The banner of a form showing one record; hidden until the partner changes it.

    ``load`` reads the record as stored now (None when it is gone or in the
    Trash); ``show`` puts a record's values into the form.
    """

    def __init__(self, form: QDialog, context: AppContext, table: str,
                 load: Callable[[], R | None], show: Callable[[R], None]) -> None:
        super().__init__(form)
        self.setObjectName("recordChangedBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.form = form
        self.table = table
        self._load = load
        self._show = show
        row = QHBoxLayout(self)
        icon = plain_label("", self, wrap=False)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(size, size))
        row.addWidget(icon)
        self.message = plain_label("", self)
        row.addWidget(self.message, 1)
        self.reload_button = QPushButton(self.tr("&Reload"), self)
        self.reload_button.setAutoDefault(False)
        self.reload_button.clicked.connect(self.reload)
        row.addWidget(self.reload_button)
        self.hide()
        self._shown = load()
        self._typed_from = form_values(form, self)
        context.partnerChanged.connect(self._partner_changed)
        layout = form.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(0, self)

    def user_changed_something(self) -> bool:
        return form_values(self.form, self) != self._typed_from

    def _partner_changed(self, tables: frozenset[str]) -> None:
        if self.table not in tables:
            return
        current = self._load()
        if current == self._shown:
            return
        if current is None:
            self.message.setText(self.tr("This record was deleted on the other computer."))
            self.reload_button.hide()
            self.show()
            return
        if not self.user_changed_something():
            self._take(current)
            return
        self.message.setText(self.tr(
            "This record was changed on the other computer while you were editing it. "
            "Reload to see that version (what you typed here is replaced), or save to "
            "keep yours."))
        self.reload_button.show()
        self.show()

    def reload(self) -> None:
        current = self._load()
        if current is not None:
            self._take(current)
        self.hide()

    def _take(self, record: R) -> None:
        self._show(record)
        self._shown = record
        self._typed_from = form_values(self.form, self)
