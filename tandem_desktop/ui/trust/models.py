"""Table models of the Trust tab: the question list and the access register.

The models never touch the database: the panels run the query (filtered and
sorted in SQL) and hand the rows in with ``set_rows``, which resets the model.
Long texts arrive as previews and are shown on one line, in full as tooltips.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from tandem_desktop.storage.trust import PREVIEW_CHARS, AccessLine, QuestionLine
from tandem_desktop.ui.dates import date_text, days_between
from tandem_desktop.ui.labels import (
    access_kind_name,
    question_status_name,
    urgency_name,
)
from tandem_desktop.ui.table_model import RowTableModel


def one_line(text: str, limit: int = 160) -> str:
    """The first line of ``text``, cut at ``limit`` characters, with … when shortened."""
    first, _, rest = text.partition("\n")
    first = first.strip()
    shortened = bool(rest.strip()) or len(text) >= PREVIEW_CHARS
    if len(first) > limit:
        first, shortened = first[:limit].rstrip(), True
    return first + "…" if shortened else first


def age_text(days: int | None) -> str:
    if days is None:
        return ""
    if days <= 0:
        return QCoreApplication.translate("TrustAge", "today")
    return QCoreApplication.translate("TrustAge", "%n day(s)", None, days)


class QuestionTableModel(RowTableModel[QuestionLine]):
    """Questions: text, who asked, when (and how long it has waited), urgency, status."""

    TEXT, ASKED_BY, ASKED_ON, URGENCY, STATUS = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = date.today()
        self.name_of: Callable[[str], str] = lambda role: role

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Question"), self.tr("Asked by"), self.tr("Asked"), self.tr("Urgency"),
                self.tr("Status"))

    def tooltip(self, line: QuestionLine, column: int) -> str | None:
        return line.text if column == self.TEXT else None

    def cell(self, line: QuestionLine, column: int) -> str:
        if column == self.TEXT:
            return one_line(line.text)
        if column == self.ASKED_BY:
            return self.name_of(line.asked_by)
        if column == self.ASKED_ON:
            if line.status == "open":
                age = age_text(days_between(line.asked_on, self.today))
                return f"{date_text(line.asked_on)} · {age}"
            return date_text(line.asked_on)
        if column == self.URGENCY:
            return urgency_name(line.urgency)
        status = question_status_name(line.status)
        if line.status == "answered" and line.answered_on:
            status = self.tr("{status} {date}").format(
                status=status, date=date_text(line.answered_on))
        if line.on_agenda:
            status = self.tr("{status} · on agenda").format(status=status)
        return status


class AccessTableModel(RowTableModel[AccessLine]):
    """Access items: title, kind, scope, area, granted, next review (or revoked)."""

    TITLE, KIND, SCOPE, AREA, GRANTED, REVIEW = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = date.today()

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Title"), self.tr("Kind"), self.tr("Scope"), self.tr("Area"),
                self.tr("Granted"), self.tr("Review"))

    def tooltip(self, line: AccessLine, column: int) -> str | None:
        if column == self.TITLE:
            return line.title
        return line.scope if column == self.SCOPE else None

    def cell(self, line: AccessLine, column: int) -> str:
        if column == self.TITLE:
            return one_line(line.title, 80)
        if column == self.KIND:
            return access_kind_name(line.kind)
        if column == self.SCOPE:
            return one_line(line.scope, 100)
        if column == self.AREA:
            return line.area_name
        if column == self.GRANTED:
            return date_text(line.granted_on)
        if line.revoked_on:
            return self.tr("Revoked {date}").format(date=date_text(line.revoked_on))
        if not line.review_on:
            return ""
        overdue_by = days_between(line.review_on, self.today)
        if overdue_by is not None and overdue_by > 0:
            return self.tr("{date} · overdue").format(date=date_text(line.review_on))
        return date_text(line.review_on)
