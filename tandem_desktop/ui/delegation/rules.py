"""The list of decision rules with one rule's details and its level history."""

from __future__ import annotations

from collections.abc import Sequence

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

from tandem_desktop.domain.records import DecisionRule, LevelChange
from tandem_desktop.ui.dates import date_text
from tandem_desktop.ui.delegation.lists import RecordListPanel
from tandem_desktop.ui.delegation.models import LevelHistoryModel, RuleTableModel
from tandem_desktop.ui.labels import level_label, level_meaning
from tandem_desktop.ui.list_export import add_csv_export
from tandem_desktop.ui.widgets import fit_columns_once, plain_label, read_only_table


def table_view(parent: QWidget, model: RuleTableModel | LevelHistoryModel) -> QTableView:
    view = read_only_table(parent, model)
    view.setWordWrap(False)
    view.horizontalHeader().setHighlightSections(False)
    return view


RESIZE_ROWS = 200


class RuleDetails(QWidget):
    """Everything about one rule, its level always named and explained."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.decision = plain_label("", self)
        font = self.decision.font()
        font.setBold(True)
        self.decision.setFont(font)
        self.level = plain_label("", self)
        self.target = plain_label("", self)
        self.limits = plain_label("", self)
        self.examples = plain_label("", self)
        self.dates = plain_label("", self)
        form.addRow(self.tr("Decision:"), self.decision)
        form.addRow(self.tr("Level:"), self.level)
        form.addRow(self.tr("Target:"), self.target)
        form.addRow(self.tr("Limits:"), self.limits)
        form.addRow(self.tr("Examples:"), self.examples)
        form.addRow(self.tr("Agreed / review:"), self.dates)
        layout.addLayout(form)
        layout.addWidget(plain_label(self.tr("History of the level"), self))
        self.history_model = LevelHistoryModel(self)
        self.history = table_view(self, self.history_model)
        self.history.setAccessibleName(self.tr("Level history"))
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.history, 1)

    def show_rule(self, rule: DecisionRule | None, history: Sequence[LevelChange]) -> None:
        self.setEnabled(rule is not None)
        if rule is None:
            for label in (self.decision, self.level, self.target, self.limits, self.examples,
                          self.dates):
                label.setText("")
            self.history_model.set_rows([])
            return
        self.decision.setText(rule.decision)
        self.level.setText(f"{level_label(rule.level)} — {level_meaning(rule.level)}")
        self.target.setText(
            f"{level_label(rule.target_level)} — {level_meaning(rule.target_level)}"
            if rule.target_level else self.tr("(none)"))
        self.limits.setText(rule.limits or "—")
        self.examples.setText(rule.examples or "—")
        agreed = date_text(rule.agreed_on) if rule.agreed_on else "—"
        review = date_text(rule.review_on) if rule.review_on else "—"
        self.dates.setText(f"{agreed} / {review}")
        self.history_model.set_rows(list(reversed(history)))


class RulesPanel(RecordListPanel):
    """Rules in a table; buttons ask the tab to create, edit, schedule or delete."""

    model: RuleTableModel

    agendaRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.new_button = QPushButton(self.tr("New rule…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.agenda_button = QPushButton(self.tr("Put on next check-in"), self)
        self.agenda_button.setToolTip(self.tr("Renegotiate this rule's level at the next "
                                              "check-in"))
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self._button_row(layout, (self.new_button, self.edit_button, self.agenda_button,
                                  self.delete_button), self.tr("Due for review only"))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.model = RuleTableModel(self)
        self.table = table_view(splitter, self.model)
        self.table.setAccessibleName(self.tr("Decision rules"))
        add_csv_export(self.table, "rules")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setMinimumHeight(120)
        self.details = RuleDetails(splitter)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setSizes([260, 300])
        layout.addWidget(splitter, 1)
        self._connect()
        self.agenda_button.clicked.connect(lambda: self._emit(self.agendaRequested))
        self._update_buttons()

    def set_rules(self, rules: Sequence[DecisionRule], area_names: dict[str, str]) -> None:
        keep = self.current_rule()
        self.model.area_names = area_names
        self.model.set_rows(rules)
        # Measure the first rows only, and only once: there may be thousands of rules.
        self.table.horizontalHeader().setResizeContentsPrecision(RESIZE_ROWS)
        if fit_columns_once(self.table):
            for column, limit in ((0, 280), (1, 200)):
                if self.table.columnWidth(column) > limit:
                    self.table.setColumnWidth(column, limit)
        self._keep_selection(keep, rules)

    def current_rule(self) -> DecisionRule | None:
        return self.current_record()  # type: ignore[no-any-return]

    def _record_buttons(self) -> tuple[QPushButton, ...]:
        return (self.edit_button, self.agenda_button, self.delete_button)
