"""Areas of responsibility: the list, a due-for-review view, and what belongs to each."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.domain.records import Area
from tandem_desktop.ui.delegation.lists import RecordListPanel
from tandem_desktop.ui.delegation.models import AreaMember, AreaMemberModel, AreaTableModel
from tandem_desktop.ui.labels import owner_name
from tandem_desktop.ui.table_model import RowTableModel
from tandem_desktop.ui.widgets import plain_label, read_only_table


def _table(parent: QWidget, model: RowTableModel[Any]) -> QTableView:
    view = read_only_table(parent, model)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view


class AreasPanel(RecordListPanel):
    """Areas in a table; the selected area shows its access items, tasks and rules."""

    model: AreaTableModel

    memberActivated = Signal(str, str)  # table, id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.new_button = QPushButton(self.tr("New area…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self._button_row(layout, (self.new_button, self.edit_button, self.delete_button),
                         self.tr("Due for review only"))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.model = AreaTableModel(self)
        self.table = _table(splitter, self.model)
        self.table.setAccessibleName(self.tr("Areas of responsibility"))
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
        self.members.setAccessibleName(self.tr("Access, tasks and rules in this area"))
        self.members.doubleClicked.connect(self._member_activated)
        box.addWidget(self.members, 1)
        splitter.addWidget(self.table)
        splitter.addWidget(details)
        splitter.setSizes([220, 320])
        layout.addWidget(splitter, 1)
        self._connect()
        self._update_buttons()

    def set_areas(self, areas: Sequence[Area], rule_counts: dict[str, int], today: str) -> None:
        keep = self.current_area()
        self.model.rule_counts = rule_counts
        self.model.today = today
        self.model.set_rows(areas)
        self._keep_selection(keep, areas)

    def current_area(self) -> Area | None:
        return self.current_record()  # type: ignore[no-any-return]

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
