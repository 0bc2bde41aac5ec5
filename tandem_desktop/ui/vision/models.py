"""Item models of the Vision tab: vision versions, goals, a goal's tasks and rules.

The models never touch the database: the tab queries and hands rows in.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from tandem_desktop.domain.goals import GoalStanding, is_late
from tandem_desktop.domain.records import DecisionRule, Task, Vision
from tandem_desktop.ui.dates import date_text
from tandem_desktop.ui.labels import goal_kind_name, goal_status_name, level_label, role_name
from tandem_desktop.ui.table_model import RowListModel, RowTableModel
from tandem_desktop.ui.widgets import late_colour

Index = QModelIndex | QPersistentModelIndex


def first_line(text: str, limit: int = 90) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


class VersionListModel(RowListModel[Vision]):
    """Saved versions of the vision, newest first."""

    def label(self, row: int) -> str:
        version = self._rows[row]
        number = len(self._rows) - row
        if row == 0:
            return self.tr("Version {number} · {date} (current)").format(
                number=number, date=date_text(version.saved_on))
        return self.tr("Version {number} · {date}").format(
            number=number, date=date_text(version.saved_on))

    def cell(self, version: Vision, column: int) -> str:
        return self.label(self.row_of(version.id)) + "\n" + first_line(version.statement, 70)

    def tooltip(self, version: Vision, column: int) -> str:
        return version.statement


class GoalTableModel(RowTableModel[GoalStanding]):
    """Goals with their effective progress; late ones flagged."""

    TITLE, KIND, TARGET, PROGRESS, STATUS, AREA = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.areas: dict[str, str] = {}  # area id -> name
        self.today = date.today()

    def headers(self) -> list[str]:
        return [self.tr("Goal"), self.tr("Kind"), self.tr("Target date"), self.tr("Progress"),
                self.tr("Status"), self.tr("Area")]

    def row_id(self, standing: GoalStanding) -> str:
        return standing.goal.id

    def _late(self, standing: GoalStanding) -> bool:
        return is_late(standing.goal.target_on, standing.goal.status, self.today)

    def cell(self, standing: GoalStanding, column: int) -> str:
        goal = standing.goal
        if column == self.TITLE:
            return goal.title
        if column == self.KIND:
            return goal_kind_name(goal.kind)
        if column == self.TARGET:
            text = date_text(goal.target_on)
            return f"⚠ {text}" if self._late(standing) else text
        if column == self.PROGRESS:
            return f"{standing.progress} %"
        if column == self.STATUS:
            return goal_status_name(goal.status)
        return self.areas.get(goal.area_id or "", "")

    def tooltip(self, standing: GoalStanding, column: int) -> str | None:
        goal = standing.goal
        if column == self.TARGET and self._late(standing):
            return self.tr("The target date has passed.")
        if column == self.PROGRESS and goal.progress_mode == "tasks":
            total = standing.tasks_total  # a plain name: lupdate reads no expression here
            return self.tr("{done} of %n task(s) done", None, total).format(
                done=standing.tasks_done)
        if column == self.TITLE:
            return goal.title
        return None

    def extra(self, standing: GoalStanding, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == self.TARGET and \
                self._late(standing):
            return late_colour()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.PROGRESS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and standing.goal.status in ("done", "dropped"):
            font = QFont()
            font.setItalic(True)
            return font
        return None


class LinkedTaskModel(RowListModel[Task]):
    """The tasks that serve one goal; ticking one marks it done."""

    def __init__(self, on_toggle: Callable[[Task, bool], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_toggle = on_toggle

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self._rows[index.row()].status != "cancelled":
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def cell(self, task: Task, column: int) -> str:
        parts = [task.title, role_name(task.owner)]
        if task.due_on:
            parts.append(date_text(task.due_on))
        if task.status == "cancelled":
            parts.append(QCoreApplication.translate("LinkedTaskModel", "cancelled"))
        return " · ".join(parts)

    def tooltip(self, task: Task, column: int) -> str:
        return task.title

    def extra(self, task: Task, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole:
            done = task.status == "done"
            return Qt.CheckState.Checked if done else Qt.CheckState.Unchecked
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        # The tab writes and refreshes; the new rows arrive through set_rows.
        self._on_toggle(self._rows[index.row()], checked)
        return True


class GoalRuleModel(RowListModel[DecisionRule]):
    """Decision rules a development goal aims at, with current and target level."""

    def cell(self, rule: DecisionRule, column: int) -> str:
        reached = rule.target_level is not None and rule.level >= rule.target_level
        if rule.target_level is None:
            where = self.tr("now {level}, no target level").format(
                level=level_label(rule.level))
        else:
            where = self.tr("now {level} → target {target}").format(
                level=level_label(rule.level), target=level_label(rule.target_level))
        mark = "✓ " if reached else "○ "
        return f"{mark}{rule.decision} · {where}"

    def tooltip(self, rule: DecisionRule, column: int) -> str:
        return rule.decision
