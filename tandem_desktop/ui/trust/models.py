"""Table models of the Trust tab: the question list and the access register.

The models never touch the database: the panels run the query (filtered and
sorted in SQL) and hand the rows in with ``set_rows``, which resets the model.
Long texts arrive as previews and are shown on one line; tooltips are escaped
so that whatever the user typed shows literally.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from tandem_desktop.storage.trust import PREVIEW_CHARS, AccessLine, QuestionLine
from tandem_desktop.ui.dates import date_text, days_between
from tandem_desktop.ui.labels import (
    access_kind_name,
    question_status_name,
    urgency_name,
)
from tandem_desktop.ui.widgets import literal_tooltip

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


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


class _LineTableModel(QAbstractTableModel):
    """Rows of one kind of list line (each with an id) in fixed columns; no database."""

    COLUMNS = 0

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._today = date.today()

    def _reset(self, rows: Sequence[Any], today: date) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today
        self.endResetModel()

    def line(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, record_id: str) -> int:
        for row, line in enumerate(self._rows):
            if line.id == record_id:
                return row
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._titles()[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        line = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self._tip(line, column)
            return None if tip is None else literal_tooltip(tip)
        if role == ID_ROLE:
            return line.id
        return None

    def _titles(self) -> tuple[str, ...]:
        raise NotImplementedError

    def _display(self, line: Any, column: int) -> str:
        raise NotImplementedError

    def _tip(self, line: Any, column: int) -> str | None:
        """The full text behind a shortened cell, or None for no tooltip."""
        return None


class QuestionTableModel(_LineTableModel):
    """Questions: text, who asked, when (and how long it has waited), urgency, status."""

    TEXT, ASKED_BY, ASKED_ON, URGENCY, STATUS = range(5)
    COLUMNS = 5

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._name_of: Callable[[str], str] = lambda role: role

    def set_rows(self, rows: Sequence[QuestionLine], today: date,
                 name_of: Callable[[str], str]) -> None:
        self._name_of = name_of
        self._reset(rows, today)

    def _titles(self) -> tuple[str, ...]:
        return (self.tr("Question"), self.tr("Asked by"), self.tr("Asked"), self.tr("Urgency"),
                self.tr("Status"))

    def _tip(self, line: QuestionLine, column: int) -> str | None:
        return line.text if column == self.TEXT else None

    def _display(self, line: QuestionLine, column: int) -> str:
        if column == self.TEXT:
            return one_line(line.text)
        if column == self.ASKED_BY:
            return self._name_of(line.asked_by)
        if column == self.ASKED_ON:
            if line.status == "open":
                age = age_text(days_between(line.asked_on, self._today))
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


class AccessTableModel(_LineTableModel):
    """Access items: title, kind, scope, area, granted, next review (or revoked)."""

    TITLE, KIND, SCOPE, AREA, GRANTED, REVIEW = range(6)
    COLUMNS = 6

    def set_rows(self, rows: Sequence[AccessLine], today: date) -> None:
        self._reset(rows, today)

    def _titles(self) -> tuple[str, ...]:
        return (self.tr("Title"), self.tr("Kind"), self.tr("Scope"), self.tr("Area"),
                self.tr("Granted"), self.tr("Review"))

    def _tip(self, line: AccessLine, column: int) -> str | None:
        if column == self.TITLE:
            return line.title
        return line.scope if column == self.SCOPE else None

    def _display(self, line: AccessLine, column: int) -> str:
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
        overdue_by = days_between(line.review_on, self._today)
        if overdue_by is not None and overdue_by > 0:
            return self.tr("{date} · overdue").format(date=date_text(line.review_on))
        return date_text(line.review_on)
