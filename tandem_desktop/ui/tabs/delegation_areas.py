"""Areas of responsibility: the list, a due-for-review view, and what belongs to each."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelection, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.domain.records import Area
from tandem_desktop.ui.labels import owner_name
from tandem_desktop.ui.tabs.delegation_models import (
    AreaMember,
    AreaMemberModel,
    AreaTableModel,
    RowsModel,
)
from tandem_desktop.ui.widgets import plain_label


def _table(parent: QWidget, model: RowsModel) -> QTableView:  # type: ignore[type-arg]
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view


class AreasPanel(QWidget):
    """Areas in a table; the selected area shows its access items, tasks and rules."""

    newRequested = Signal()
    editRequested = Signal(str)
    deleteRequested = Signal(str)
    currentChanged = Signal(str)
    filterChanged = Signal()
    memberActivated = Signal(str, str)  # table, id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New area…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.due_only = QCheckBox(self.tr("Due for review only"), self)
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.due_only)
        layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.model = AreaTableModel(self)
        self.table = _table(splitter, self.model)
        self.table.setMinimumHeight(110)
        details = QWidget(splitter)
        box = QVBoxLayout(details)
        box.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name = plain_label("", details)
        font = self.name.font()
        font.setBold(True)
        self.name.setFont(font)
        self.description = plain_label("", details)
        self.owner = plain_label("", details)
        form.addRow(self.tr("Area:"), self.name)
        form.addRow(self.tr("Description:"), self.description)
        form.addRow(self.tr("Owner:"), self.owner)
        box.addLayout(form)
        box.addWidget(plain_label(self.tr("Access, tasks and rules in this area"), details))
        self.members_model = AreaMemberModel(self)
        self.members = _table(details, self.members_model)
        self.members.doubleClicked.connect(self._member_activated)
        box.addWidget(self.members, 1)
        splitter.addWidget(self.table)
        splitter.addWidget(details)
        splitter.setSizes([220, 320])
        layout.addWidget(splitter, 1)
        self.new_button.clicked.connect(self.newRequested)
        self.edit_button.clicked.connect(lambda: self._emit(self.editRequested))
        self.delete_button.clicked.connect(lambda: self._emit(self.deleteRequested))
        self.table.doubleClicked.connect(lambda _index: self._emit(self.editRequested))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.due_only.toggled.connect(self.filterChanged)
        self._update_buttons()

    def _emit(self, signal: SignalInstance) -> None:
        area = self.current_area()
        if area is not None:
            signal.emit(area.id)

    def set_areas(self, areas: Sequence[Area], rule_counts: dict[str, int], today: str) -> None:
        keep = self.current_area()
        self.model.rule_counts = rule_counts
        self.model.today = today
        self.model.set_rows(areas)
        if not (keep and self.select(keep.id)) and areas:
            self.table.selectRow(0)
        self._selection_changed()

    def select(self, area_id: str) -> bool:
        for row, area in enumerate(self.model.rows()):
            if area.id == area_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                return True
        return False

    def current_area(self) -> Area | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def show_members(self, members: Sequence[AreaMember]) -> None:
        area = self.current_area()
        self.name.setText(area.name if area else "")
        self.description.setText((area.description or "—") if area else "")
        self.owner.setText(owner_name(area.owner) if area else "")
        self.members_model.set_rows(members)

    def _member_activated(self, index) -> None:  # type: ignore[no-untyped-def]
        member = self.members_model.row_at(index.row())
        if member is not None:
            table = {"access": "access_item", "task": "task", "rule": "decision_rule"}
            self.memberActivated.emit(table[member.kind], member.record_id)

    def _selection_changed(self, *_: QItemSelection) -> None:
        self._update_buttons()
        area = self.current_area()
        self.currentChanged.emit(area.id if area else "")

    def _update_buttons(self) -> None:
        has = self.current_area() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
