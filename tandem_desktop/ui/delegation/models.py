"""Item models of the Delegation tab. They hold rows handed in by the tab; no queries."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt

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
from tandem_desktop.ui.table_model import RowListModel, RowTableModel


class AreaTableModel(RowTableModel[Area]):
    """Areas with their owner, dates and how many rules fall under them."""

    NAME, OWNER, SINCE, REVIEW, RULES = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rule_counts: dict[str, int] = {}
        self.today = ""

    def headers(self) -> list[str]:
        return [self.tr("Area"), self.tr("Owner"), self.tr("Since"), self.tr("Review on"),
                self.tr("Rules")]

    def cell(self, row: Area, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.OWNER:
            return owner_name(row.owner)
        if column == self.SINCE:
            return date_text(row.since)
        if column == self.REVIEW:
            if row.review_on and self.today and row.review_on <= self.today:
                return self.tr("{date} (due)").format(date=date_text(row.review_on))
            return date_text(row.review_on)
        return str(self.rule_counts.get(row.id, 0))

    def tooltip(self, row: Area, column: int) -> str | None:
        return row.description if column == self.NAME else None


class RuleTableModel(RowTableModel[DecisionRule]):
    """Rules with their area, level (name and meaning), target and review date."""

    DECISION, AREA, LEVEL, TARGET, REVIEW, MEANING = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.area_names: dict[str, str] = {}

    def headers(self) -> list[str]:
        return [self.tr("Decision"), self.tr("Area"), self.tr("Level"), self.tr("Target"),
                self.tr("Review on"), self.tr("Meaning")]

    def cell(self, row: DecisionRule, column: int) -> str:
        if column == self.DECISION:
            return row.decision
        if column == self.AREA:
            return self.area_names.get(row.area_id or "", "")
        if column == self.LEVEL:
            return level_label(row.level)
        if column == self.TARGET:
            return level_label(row.target_level) if row.target_level else ""
        if column == self.REVIEW:
            return date_text(row.review_on)
        return level_meaning(row.level)

    def tooltip(self, row: DecisionRule, column: int) -> str | None:
        if column == self.DECISION:
            return row.decision
        if column in (self.LEVEL, self.MEANING):
            return level_meaning(row.level)
        return None


class LevelHistoryModel(RowTableModel[LevelChange]):
    """The level changes of one rule, newest first as handed in."""

    DATE, FROM, TO, NOTE = range(4)

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("From"), self.tr("To"), self.tr("Note")]

    def cell(self, row: LevelChange, column: int) -> str:
        if column == self.DATE:
            return date_text(row.changed_on)
        if column == self.FROM:
            return level_label(row.from_level) if row.from_level else self.tr("(new)")
        if column == self.TO:
            return level_label(row.to_level)
        return row.note

    def tooltip(self, row: LevelChange, column: int) -> str | None:
        if column == self.NOTE:
            return row.note
        if column == self.TO:
            return level_meaning(row.to_level)
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


class AreaMemberModel(RowTableModel[AreaMember]):
    KIND, TITLE, DETAILS = range(3)

    def headers(self) -> list[str]:
        return [self.tr("Kind"), self.tr("Title"), self.tr("Details")]

    def cell(self, row: AreaMember, column: int) -> str:
        if column == self.KIND:
            return {"access": self.tr("Access"), "task": self.tr("Task"),
                    "rule": self.tr("Decision rule")}[row.kind]
        return row.title if column == self.TITLE else row.detail

    def tooltip(self, row: AreaMember, column: int) -> str | None:
        return row.title if column == self.TITLE else None

    def row_id(self, row: AreaMember) -> str:
        return row.record_id


@dataclass(frozen=True)
class LookupResult:
    """One look-up answer, already worded for the person asking."""

    rule: DecisionRule
    area_name: str
    advice: str
    level_text: str = ""  # "6 · Inquire — The assistant decides, then informs the leader."


class LookupResultModel(RowListModel[LookupResult]):
    """The answers of "May I decide?", best first."""

    def cell(self, row: LookupResult, column: int) -> str:
        return f"{row.advice}\n{row.rule.decision}"

    def extra(self, row: LookupResult, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.rule.decision}: {row.advice}"
        return None

    def row_id(self, row: LookupResult) -> str:
        return row.rule.id
