"""Item models of the Communication tab and the formatting they share.

The models hold the rows the tab queried and never touch the database; sorting
requests go back to the tab (``sortRequested``) which runs the query again.
Their columns are narrow, so every cell shows its full text as its tooltip.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from tandem_desktop.domain.records import AgendaItem, Agreement, CheckInSeries
from tandem_desktop.domain.recurrence import CadenceKind, cadence_of
from tandem_desktop.domain.schedule import Occurrence
from tandem_desktop.storage.communication import MeetingLine, TaskLine
from tandem_desktop.ui import labels
from tandem_desktop.ui.dates import date_text, stamp_text, when_text
from tandem_desktop.ui.table_model import RowTableModel
from tandem_desktop.ui.widgets import late_colour

Index = QModelIndex | QPersistentModelIndex
AGENDA_MIME = "application/x-tandem-agenda-row"


# -- formatting -----------------------------------------------------------------
def weekday_name(index: int) -> str:
    """0 = Monday."""
    return QLocale().dayName(index + 1, QLocale.FormatType.LongFormat)


def nth_name(nth: int) -> str:
    return {
        1: QCoreApplication.translate("CommunicationFormat", "1st"),
        2: QCoreApplication.translate("CommunicationFormat", "2nd"),
        3: QCoreApplication.translate("CommunicationFormat", "3rd"),
        4: QCoreApplication.translate("CommunicationFormat", "4th"),
        -1: QCoreApplication.translate("CommunicationFormat", "last"),
    }[nth]


def cadence_text(series: CheckInSeries) -> str:
    """'Weekly on Monday, Thursday', 'Monthly on the 2nd Tuesday' …"""
    cadence = cadence_of(series.rrule, series.time_zone)
    if cadence.kind is CadenceKind.WORKDAYS:
        text = QCoreApplication.translate("CommunicationFormat", "Every workday")
    elif cadence.kind is CadenceKind.WEEKLY:
        days = ", ".join(weekday_name(d) for d in cadence.weekdays)
        if cadence.interval == 1:
            text = QCoreApplication.translate("CommunicationFormat", "Weekly on {weekdays}")
        else:
            weeks = cadence.interval  # a plain name: lupdate reads no expression here
            text = QCoreApplication.translate(
                "CommunicationFormat", "Every %n week(s) on {weekdays}", None, weeks)
        text = text.format(weekdays=days)
    elif cadence.kind is CadenceKind.MONTHLY_DAY:
        text = QCoreApplication.translate("CommunicationFormat", "Monthly on day {day}").format(
            day=cadence.month_day)
    elif cadence.kind is CadenceKind.MONTHLY_WEEKDAY:
        text = QCoreApplication.translate(
            "CommunicationFormat", "Monthly on the {nth} {weekday}").format(
            nth=nth_name(cadence.nth), weekday=weekday_name(cadence.weekday))
    else:
        text = QCoreApplication.translate("CommunicationFormat", "Custom: {rule}").format(
            rule=cadence.custom)
    if cadence.until is not None:
        text += " " + QCoreApplication.translate("CommunicationFormat", "until {date}").format(
            date=date_text(cadence.until))
    return text


def source_text(item: AgendaItem, meeting_dates: dict[str, str] | None = None) -> str:
    """Where an agenda item came from."""
    names = {
        "standing": QCoreApplication.translate("CommunicationFormat", "Standing item"),
        "question": QCoreApplication.translate("CommunicationFormat", "From a question"),
        "feedback": QCoreApplication.translate("CommunicationFormat", "From feedback"),
        "decision_rule": QCoreApplication.translate("CommunicationFormat", "From a decision rule"),
        "goal": QCoreApplication.translate("CommunicationFormat", "From a goal"),
    }
    text = names.get(
        item.source_kind or "", QCoreApplication.translate("CommunicationFormat", "Own topic")
    )
    if item.carried_from:
        first = (meeting_dates or {}).get(item.carried_from[-1], "")
        carried = (
            QCoreApplication.translate("CommunicationFormat", "carried over from {date}").format(
                date=first)
            if first
            else QCoreApplication.translate("CommunicationFormat", "carried over")
        )
        text = f"{text}, {carried}"
    return text


# -- series and occurrences ------------------------------------------------------
class SeriesRow(NamedTuple):
    series: CheckInSeries
    next_start: datetime | None

    @property
    def id(self) -> str:
        return self.series.id


class SeriesModel(RowTableModel[SeriesRow]):
    cell_tooltips = True

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("CommunicationFormat", "Check-in series"),
            QCoreApplication.translate("CommunicationFormat", "Rhythm"),
            QCoreApplication.translate("CommunicationFormat", "Next"),
            QCoreApplication.translate("CommunicationFormat", "Channel"),
            QCoreApplication.translate("CommunicationFormat", "State"),
        ]

    def cell(self, row: SeriesRow, column: int) -> str:
        series = row.series
        if column == 0:
            return series.title
        if column == 1:
            return cadence_text(series)
        if column == 2:
            return when_text(row.next_start) if row.next_start else "—"
        if column == 3:
            return labels.channel_name(series.channel)
        return (
            QCoreApplication.translate("CommunicationFormat", "Active")
            if series.active
            else QCoreApplication.translate("CommunicationFormat", "Paused")
        )

    def extra(self, row: SeriesRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and not row.series.active:
            return QBrush(QColor("#888888"))
        return None


class OccurrenceModel(RowTableModel[Occurrence]):
    """Upcoming check-ins of the series and one-off meetings, cancelled ones greyed."""

    cell_tooltips = True

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("CommunicationFormat", "When"),
            QCoreApplication.translate("CommunicationFormat", "Check-in series"),
            QCoreApplication.translate("CommunicationFormat", "Length"),
            QCoreApplication.translate("CommunicationFormat", "Meeting"),
        ]

    def cell(self, row: Occurrence, column: int) -> str:
        if column == 0:
            return when_text(row.start)
        if column == 1:
            if row.series is None:
                return QCoreApplication.translate("CommunicationFormat", "One-off: {title}").format(
                    title=row.title)
            return row.series.title
        if column == 2:
            minutes = row.duration_minutes  # a plain name: lupdate reads no expression here
            return QCoreApplication.translate("CommunicationFormat", "%n min", None, minutes)
        return occurrence_state(row)

    def row_id(self, row: Occurrence) -> str | None:
        return row.key

    def extra(self, row: Occurrence, column: int, role: int) -> Any:
        if row.cancelled and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setStrikeOut(column == 0)
            font.setItalic(True)
            return font
        return None


def occurrence_state(row: Occurrence) -> str:
    """'Cancelled: note', 'Moved from Mon 09:00', 'Prepared' or nothing."""
    if row.cancelled:
        assert row.meeting is not None
        text = QCoreApplication.translate("CommunicationFormat", "Cancelled")
        if row.meeting.cancel_note:
            text += f": {row.meeting.cancel_note}"
        return text
    if row.moved and row.slot is not None:
        return QCoreApplication.translate("CommunicationFormat", "Moved from {when}").format(
            when=when_text(row.slot))
    return QCoreApplication.translate("CommunicationFormat", "Prepared") if row.meeting else ""


class PastMeetingModel(RowTableModel[MeetingLine]):
    cell_tooltips = True

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("CommunicationFormat", "Date"),
            QCoreApplication.translate("CommunicationFormat", "Check-in"),
            QCoreApplication.translate("CommunicationFormat", "State"),
            QCoreApplication.translate("CommunicationFormat", "Rating"),
            QCoreApplication.translate("CommunicationFormat", "Items"),
        ]

    def cell(self, row: MeetingLine, column: int) -> str:
        if column == 0:
            return stamp_text(row.starts_at)
        if column == 1:
            return row.title
        if column == 2:
            return labels.meeting_status_name(row.status)
        if column == 3:
            return "★" * row.rating if row.rating else ""
        return str(row.items)


# -- agenda ---------------------------------------------------------------------
class AgendaModel(RowTableModel[AgendaItem]):
    """Agenda items in their order; the discussed box is checkable, rows can be dragged."""

    cell_tooltips = True
    moveRequested = Signal(int, int)  # from row, to row
    discussedToggled = Signal(str, bool)  # item id, discussed

    def __init__(self, parent: Any = None, *, with_discussed: bool = True) -> None:
        self.with_discussed = with_discussed  # before the base counts the columns
        super().__init__(parent)
        self.meeting_dates: dict[str, str] = {}
        self.names: Callable[[str], str] = labels.role_name

    def headers(self) -> list[str]:
        texts = [
            QCoreApplication.translate("CommunicationFormat", "Topic"),
            QCoreApplication.translate("CommunicationFormat", "Kind"),
            QCoreApplication.translate("CommunicationFormat", "Source"),
            QCoreApplication.translate("CommunicationFormat", "Added by"),
        ]
        return (
            ([QCoreApplication.translate("CommunicationFormat", "Discussed"), *texts])
            if self.with_discussed
            else texts
        )

    def _column(self, column: int) -> int:
        return column if self.with_discussed else column + 1

    def cell(self, row: AgendaItem, column: int) -> str:
        column = self._column(column)
        if column == 0:
            return ""
        if column == 1:
            return row.text + (f"\n→ {row.outcome}" if row.outcome else "")
        if column == 2:
            return labels.agenda_kind_name(row.kind)
        if column == 3:
            return source_text(row, self.meeting_dates)
        return self.names(row.added_by)

    def extra(self, row: AgendaItem, column: int, role: int) -> Any:
        column = self._column(column)
        if column == 0 and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if row.discussed else Qt.CheckState.Unchecked
        if column == 0 and role == Qt.ItemDataRole.AccessibleTextRole:
            return (
                QCoreApplication.translate("CommunicationFormat", "Discussed")
                if row.discussed
                else QCoreApplication.translate("CommunicationFormat", "Not discussed")
            )
        if role == Qt.ItemDataRole.FontRole and row.discussed and column == 1:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        base |= Qt.ItemFlag.ItemIsDragEnabled
        if self._column(index.column()) == 0:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role == Qt.ItemDataRole.CheckStateRole and self._column(index.column()) == 0:
            item = self._rows[index.row()]
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            self.discussedToggled.emit(item.id, checked)
            return True
        return False

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [AGENDA_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({index.row() for index in indexes})
        data.setData(AGENDA_MIME, QByteArray(str(rows[0] if rows else -1).encode()))
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not data.hasFormat(AGENDA_MIME):
            return False
        source = int(bytes(data.data(AGENDA_MIME).data()).decode() or -1)
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self._rows))
        if source < 0:
            return False
        if target > source:
            target -= 1
        if target != source:
            self.moveRequested.emit(source, target)
        # The tab stores the new order and reloads; the view must not remove rows.
        return False


# -- tasks ----------------------------------------------------------------------
TASK_COLUMNS = ("title", "owner", "due", "priority", "status", "area", "goal")


class TaskModel(RowTableModel[TaskLine]):
    """One page of tasks at a time; scrolling down asks the ``loader`` for the next page."""

    cell_tooltips = True
    sortRequested = Signal(str, bool)  # order key, descending

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = ""
        self.names: Callable[[str], str] = labels.role_name

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("CommunicationFormat", "Task"),
            QCoreApplication.translate("CommunicationFormat", "Owner"),
            QCoreApplication.translate("CommunicationFormat", "Due"),
            QCoreApplication.translate("CommunicationFormat", "Priority"),
            QCoreApplication.translate("CommunicationFormat", "Status"),
            QCoreApplication.translate("CommunicationFormat", "Area"),
            QCoreApplication.translate("CommunicationFormat", "Goal"),
        ]

    def cell(self, row: TaskLine, column: int) -> str:
        if column == 0:
            return row.title
        if column == 1:
            return self.names(row.owner)
        if column == 2:
            return date_text(row.due_on)
        if column == 3:
            return labels.priority_name(row.priority)
        if column == 4:
            if row.status == "done" and row.done_on:
                return f"{labels.task_status_name(row.status)} {date_text(row.done_on)}"
            return labels.task_status_name(row.status)
        if column == 5:
            return row.area_name or ""
        return row.goal_name or ""

    def extra(self, row: TaskLine, column: int, role: int) -> Any:
        overdue = row.status == "open" and row.due_on is not None and row.due_on < self.today
        if role == Qt.ItemDataRole.ForegroundRole and overdue and column == 2:
            return QBrush(late_colour())
        if role == Qt.ItemDataRole.FontRole and row.priority == "high" and column == 0:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(TASK_COLUMNS):
            self.sortRequested.emit(TASK_COLUMNS[column], order == Qt.SortOrder.DescendingOrder)


# -- agreements -----------------------------------------------------------------
class AgreementModel(RowTableModel[Agreement]):
    cell_tooltips = True

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = ""

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("CommunicationFormat", "Category"),
            QCoreApplication.translate("CommunicationFormat", "Agreement"),
            QCoreApplication.translate("CommunicationFormat", "Agreed on"),
            QCoreApplication.translate("CommunicationFormat", "Review on"),
        ]

    def cell(self, row: Agreement, column: int) -> str:
        if column == 0:
            return labels.agreement_category_name(row.category)
        if column == 1:
            return row.text
        if column == 2:
            return date_text(row.agreed_on)
        return date_text(row.review_on)

    def extra(self, row: Agreement, column: int, role: int) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == 3
            and row.review_on
            and row.review_on <= self.today
        ):
            return QBrush(late_colour())
        return None
