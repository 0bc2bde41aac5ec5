"""The agenda backlog: topics either partner collects for the next check-in."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.domain.records import AgendaItem
from tandem_desktop.services.agenda import add_to_backlog
from tandem_desktop.storage.errors import EnvironmentFault
from tandem_desktop.ui.actions import show_not_saved
from tandem_desktop.ui.communication.meeting import (
    AgendaView,
    kind_combo,
    moved_order,
    select_agenda_row,
)
from tandem_desktop.ui.communication.models import AgendaModel
from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.widgets import FieldError, ok_cancel, plain_label, require_text


def _add_topic(parent: QWidget, context: AppContext, text: str, kind: str) -> AgendaItem | None:
    """Put a topic I raise on the backlog; None (after saying why) when it failed."""
    try:
        with context.store.transaction():
            return add_to_backlog(context.store, context.tandem_id, text, kind,
                                  context.my_role.value)
    except EnvironmentFault as error:
        show_not_saved(parent, error)
        return None


class AgendaTopicDialog(QDialog):
    """'New ▸ Agenda topic…': one topic for the backlog."""

    saved = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("New agenda topic"))
        self.setMinimumWidth(440)
        self.text = QLineEdit(self)
        self.kind = kind_combo(self)
        self.error = FieldError(self)
        form = QFormLayout()
        form.addRow(self.tr("&Topic:"), self.text)
        form.addRow("", self.error)
        form.addRow(self.tr("&Kind:"), self.kind)
        buttons = ok_cancel(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("It goes on the agenda of the next check-in."),
                                     self))
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        if not require_text(self.text, self.error, self.tr("Type the topic first.")):
            return
        text = self.text.text().strip()
        item = _add_topic(self, self.context, text, str(self.kind.currentData()))
        if item is None:
            return
        self.saved.emit(item.id)
        self.accept()


class BacklogPage(QWidget):
    """Topics not yet on a meeting; they join the next meeting when it is opened."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = AgendaModel(self, with_discussed=False)
        self.model.names = context.name_of
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search the backlog"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the backlog"))
        self.view = AgendaView(self)
        self.view.setAccessibleName(self.tr("Agenda backlog"))
        self.view.setObjectName("backlogView")
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.new_text = QLineEdit(self)
        self.new_text.setPlaceholderText(self.tr("New topic for the next check-in, then Enter"))
        self.new_text.setAccessibleName(self.tr("New topic"))
        self.new_kind = kind_combo(self)
        self.new_kind.setAccessibleName(self.tr("Kind"))
        self.add_button = QPushButton(self.tr("Add"), self)
        self.remove_button = QPushButton(self.tr("Move to Trash"), self)
        self.error = FieldError(self)
        self.hint = plain_label(self.tr(
            "Questions, feedback and decision rules from the other tabs arrive here through "
            "\"Put on next check-in\". Drag rows or press Ctrl+Up/Down to change the order."),
            self)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_text, 1)
        add_row.addWidget(self.new_kind)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.search)
        layout.addLayout(add_row)
        layout.addWidget(self.error)
        layout.addWidget(self.view, 1)
        self.search.textChanged.connect(lambda _text: self.refresh())
        self.new_text.returnPressed.connect(self.add)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.model.moveRequested.connect(self.move_item)
        self.view.moveRequested.connect(self.move_item)

    def refresh(self) -> None:
        items = self.context.store.agenda.backlog(self.context.tandem_id, self.search.text())
        self.model.set_rows(items)
        for column in (1, 2, 3):
            self.view.resizeColumnToContents(column)
        self.view.resizeRowsToContents()
        # Reordering a filtered list would scramble the hidden rows.
        self.view.setDragEnabled(not self.search.text().strip())

    def select(self, item_id: str) -> bool:
        return select_agenda_row(self.view, self.model, item_id)

    def add(self) -> None:
        if not require_text(self.new_text, self.error, self.tr("Type the topic first.")):
            return
        text = self.new_text.text().strip()
        item = _add_topic(self, self.context, text, str(self.new_kind.currentData()))
        if item is None:
            return
        self.new_text.clear()
        self.refresh()
        self.select(item.id)

    def remove(self) -> None:
        index = self.view.currentIndex()
        item = self.model.row_at(index.row()) if index.isValid() else None
        if item is None:
            return
        try:
            self.context.store.agenda.delete(item.id)
        except EnvironmentFault as error:
            show_not_saved(self, error)
        self.refresh()

    def move_item(self, source: int, target: int) -> None:
        if self.search.text().strip():
            return
        found = moved_order(self.model.rows, source, target)
        if found is None:
            return
        rows, moved = found
        try:
            self.context.store.agenda.reorder([item.id for item in rows])
        except EnvironmentFault as error:
            show_not_saved(self, error)
        self.refresh()
        self.select(moved.id)

