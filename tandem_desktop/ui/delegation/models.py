"""Item models of the Delegation tab. They hold rows handed in by the tab; no queries."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from tandem_desktop.domain.records import AccessItem, Area, DecisionRule, LevelChange, Task
from tandem_desktop.ui.dates import date_text
from tandem_desktop.ui.labels import (
    access_kind_name,
    level_label,
    level_meaning,
    owner_name,
    role_name,
    task_status_name,
)
from tandem_desktop.ui.widgets import literal_tooltip

Index = QModelIndex | QPersistentModelIndex
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
T = TypeVar("T")


class RowsModel(QAbstractTableModel, Generic[T]):
    """A read-only table over a list of rows; subclasses name the columns."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, row: T, column: int) -> str:
        raise NotImplementedError

    def tooltip(self, row: T, column: int) -> str | None:
        return None

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[T]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, index.column())
        if role == RECORD_ROLE:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None


class AreaTableModel(RowsModel[Area]):
    """Areas with their owner, dates and how many rules fall under them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rule_counts: dict[str, int] = {}
        self.today = ""

    def headers(self) -> list[str]:
        return [self.tr("Area"), self.tr("Owner"), self.tr("Since"), self.tr("Review on"),
                self.tr("Rules")]

    def cell(self, row: Area, column: int) -> str:
        if column == 0:
            return row.name
        if column == 1:
            return owner_name(row.owner)
        if column == 2:
            return date_text(row.since)
        if column == 3:
            if row.review_on and self.today and row.review_on <= self.today:
                return self.tr("{date} (due)").format(date=date_text(row.review_on))
            return date_text(row.review_on)
        return str(self.rule_counts.get(row.id, 0))

    def tooltip(self, row: Area, column: int) -> str | None:
        return literal_tooltip(row.description) if column == 0 and row.description else None


class RuleTableModel(RowsModel[DecisionRule]):
    """Rules with their area, level (name and meaning), target and review date."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.area_names: dict[str, str] = {}

    def headers(self) -> list[str]:
        return [self.tr("Decision"), self.tr("Area"), self.tr("Level"), self.tr("Target"),
                self.tr("Review on"), self.tr("Meaning")]

    def cell(self, row: DecisionRule, column: int) -> str:
        if column == 0:
            return row.decision
        if column == 1:
            return self.area_names.get(row.area_id or "", "")
        if column == 2:
            return level_label(row.level)
        if column == 3:
            return level_label(row.target_level) if row.target_level else ""
        if column == 4:
            return date_text(row.review_on)
        return level_meaning(row.level)

    def tooltip(self, row: DecisionRule, column: int) -> str | None:
        if column == 0:
            return literal_tooltip(row.decision)
        if column in (2, 5):
            return literal_tooltip(level_meaning(row.level))
        return None


class LevelHistoryModel(RowsModel[LevelChange]):
    """The level changes of one rule, newest first as handed in."""

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("From"), self.tr("To"), self.tr("Note")]

    def cell(self, row: LevelChange, column: int) -> str:
        if column == 0:
            return date_text(row.changed_on)
        if column == 1:
            return level_label(row.from_level) if row.from_level else self.tr("(new)")
        if column == 2:
            return level_label(row.to_level)
        return row.note

    def tooltip(self, row: LevelChange, column: int) -> str | None:
        if column == 3 and row.note:
            return literal_tooltip(row.note)
        if column == 2:
            return literal_tooltip(level_meaning(row.to_level))
        return None


@dataclass(frozen=True)
class AreaMember:
    """Something that belongs to an area: an access item or a task."""

    kind: str  # "access" | "task" | "rule"
    title: str
    detail: str
    record_id: str


def members_of(access: Sequence[AccessItem], tasks: Sequence[Task],
               rules: Sequence[DecisionRule]) -> list[AreaMember]:
    """Access items, tasks and decision rules, as rows for the area's member list."""
    rows = [AreaMember("access", item.title, access_kind_name(item.kind)
                       + (f" · {item.scope}" if item.scope else ""), item.id)
            for item in access]
    rows += [AreaMember("task", task.title, role_name(task.owner) + " · "
                        + task_status_name(task.status)
                        + (f" · {date_text(task.due_on)}" if task.due_on else ""), task.id)
             for task in tasks]
    rows += [AreaMember("rule", rule.decision, level_label(rule.level), rule.id)
             for rule in rules]
    return rows


class AreaMemberModel(RowsModel[AreaMember]):
    def headers(self) -> list[str]:
        return [self.tr("Kind"), self.tr("Title"), self.tr("Details")]

    def cell(self, row: AreaMember, column: int) -> str:
        if column == 0:
            return {"access": self.tr("Access"), "task": self.tr("Task"),
                    "rule": self.tr("Decision rule")}[row.kind]
        return row.title if column == 1 else row.detail

    def tooltip(self, row: AreaMember, column: int) -> str | None:
        return literal_tooltip(row.title) if column == 1 else None


@dataclass(frozen=True)
class LookupResult:
    """One look-up answer, already worded for the person asking."""

    rule: DecisionRule
    area_name: str
    advice: str
    level_text: str = ""  # "6 · Inquire — The assistant decides, then informs the leader."


class LookupResultModel(QAbstractListModel):
    """The answers of "May I decide?", best first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[LookupResult] = []

    def set_rows(self, rows: Sequence[LookupResult]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> LookupResult | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        result = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{result.advice}\n{result.rule.decision}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{result.rule.decision}: {result.advice}"
        if role == RECORD_ROLE:
            return result
        return None
