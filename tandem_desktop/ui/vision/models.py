"""Item models of the Vision tab: vision versions, goals, a goal's tasks and rules.

The models never touch the database: the tab queries and hands rows in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from tandem_desktop.domain.goals import GoalStanding, is_late
from tandem_desktop.domain.records import DecisionRule, Task, Vision
from tandem_desktop.ui.dates import date_text
from tandem_desktop.ui.labels import goal_kind_name, goal_status_name, level_label, role_name
from tandem_desktop.ui.widgets import late_colour, literal_tooltip

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def first_line(text: str, limit: int = 90) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


class VersionListModel(QAbstractListModel):
    """Saved versions of the vision, newest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Vision] = []

    def set_rows(self, rows: Sequence[Vision]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def version(self, row: int) -> Vision:
        return self._rows[row]

    def versions(self) -> list[Vision]:
        return list(self._rows)

    def row_of(self, version_id: str) -> int:
        for row, version in enumerate(self._rows):
            if version.id == version_id:
                return row
        return -1

    def label(self, row: int) -> str:
        version = self._rows[row]
        number = len(self._rows) - row
        if row == 0:
            return self.tr("Version {number} · {date} (current)").format(
                number=number, date=date_text(version.saved_on))
        return self.tr("Version {number} · {date}").format(
            number=number, date=date_text(version.saved_on))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        version = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.label(index.row()) + "\n" + first_line(version.statement, 70)
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal_tooltip(version.statement)
        if role == ID_ROLE:
            return version.id
        return None


class GoalTableModel(QAbstractTableModel):
    """Goals with their effective progress; late ones flagged."""

    TITLE, KIND, TARGET, PROGRESS, STATUS, AREA = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[GoalStanding] = []
        self._areas: dict[str, str] = {}
        self._today = date.today()

    def set_rows(self, rows: Sequence[GoalStanding], areas: dict[str, str], today: date) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._areas = dict(areas)
        self._today = today
        self.endResetModel()

    def standing(self, row: int) -> GoalStanding:
        return self._rows[row]

    def standings(self) -> list[GoalStanding]:
        return list(self._rows)

    def row_of(self, goal_id: str) -> int:
        for row, standing in enumerate(self._rows):
            if standing.goal.id == goal_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Goal"), self.tr("Kind"), self.tr("Target date"), self.tr("Progress"),
                self.tr("Status"), self.tr("Area")][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        standing = self._rows[index.row()]
        goal = standing.goal
        column = index.column()
        late = is_late(goal.target_on, goal.status, self._today)
        if role == ID_ROLE:
            return goal.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TITLE:
                return goal.title
            if column == self.KIND:
                return goal_kind_name(goal.kind)
            if column == self.TARGET:
                text = date_text(goal.target_on)
                return f"⚠ {text}" if late else text
            if column == self.PROGRESS:
                return f"{standing.progress} %"
            if column == self.STATUS:
                return goal_status_name(goal.status)
            if column == self.AREA:
                return self._areas.get(goal.area_id or "", "")
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.TARGET and late:
                return self.tr("The target date has passed.")
            if column == self.PROGRESS and goal.progress_mode == "tasks":
                return self.tr("{done} of %n task(s) done", None, standing.tasks_total).format(
                    done=standing.tasks_done)
            if column == self.TITLE:
                return literal_tooltip(goal.title)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.TARGET and late:
            return late_colour()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.PROGRESS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and goal.status in ("done", "dropped"):
            font = QFont()
            font.setItalic(True)
            return font
        return None


class LinkedTaskModel(QAbstractListModel):
    """The tasks that serve one goal; ticking one marks it done."""

    def __init__(self, on_toggle: Callable[[Task, bool], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Task] = []
        self._on_toggle = on_toggle

    def set_rows(self, rows: Sequence[Task]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def task(self, row: int) -> Task:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self._rows[index.row()].status != "cancelled":
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        task = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            parts = [task.title, role_name(task.owner)]
            if task.due_on:
                parts.append(date_text(task.due_on))
            if task.status == "cancelled":
                parts.append(QCoreApplication.translate("LinkedTaskModel", "cancelled"))
            return " · ".join(parts)
        if role == Qt.ItemDataRole.CheckStateRole:
            done = task.status == "done"
            return Qt.CheckState.Checked if done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal_tooltip(task.title)
        if role == ID_ROLE:
            return task.id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        # The tab writes and refreshes; the new rows arrive through set_rows.
        self._on_toggle(self._rows[index.row()], checked)
        return True


class GoalRuleModel(QAbstractListModel):
    """Decision rules a development goal aims at, with current and target level."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DecisionRule] = []

    def set_rows(self, rows: Sequence[DecisionRule]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rule(self, row: int) -> DecisionRule:
        return self._rows[row]

    def rule_ids(self) -> list[str]:
        return [rule.id for rule in self._rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        rule = self._rows[index.row()]
        reached = rule.target_level is not None and rule.level >= rule.target_level
        if role == Qt.ItemDataRole.DisplayRole:
            if rule.target_level is None:
                where = self.tr("now {level}, no target level").format(
                    level=level_label(rule.level))
            else:
                where = self.tr("now {level} → target {target}").format(
                    level=level_label(rule.level), target=level_label(rule.target_level))
            mark = "✓ " if reached else "○ "
            return f"{mark}{rule.decision} · {where}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal_tooltip(rule.decision)
        if role == ID_ROLE:
            return rule.id
        return None
