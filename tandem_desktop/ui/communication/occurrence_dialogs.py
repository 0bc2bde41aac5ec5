"""Dialogs for one check-in: cancel it (with a note) or move it (day, time, length).

A moved check-in is entered in its series' time zone, which the dialog names,
so 09:00 means 09:00 where the series is held, whatever this computer's zone.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from tandem_desktop.domain.recurrence import zone
from tandem_desktop.domain.schedule import Occurrence
from tandem_desktop.services import occurrences
from tandem_desktop.storage.errors import EnvironmentFault, ValidationError
from tandem_desktop.ui.actions import show_not_saved
from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.dates import from_qdate, to_qdate, when_text
from tandem_desktop.ui.widgets import date_field, form_dialog_layout, inform, plain_label


class CancelDialog(QDialog):
    """'Cancel this check-in': an optional note; the slot stays closed."""

    saved = Signal(str)  # the meeting's id

    def __init__(self, context: AppContext, occurrence: Occurrence,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.occurrence = occurrence
        self.setWindowTitle(self.tr("Cancel check-in"))
        self.setMinimumWidth(420)
        form = QFormLayout()
        form.addRow(plain_label(f"{occurrence.title} · {when_text(occurrence.start)}", self))
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("Note on the cancellation"))
        self.note.setPlaceholderText(self.tr("e.g. public holiday"))
        form.addRow(self.tr("&Note (optional):"), self.note)
        form.addRow(plain_label(self.tr(
            "Open agenda items move on to the next check-in."), self))
        self.buttons = form_dialog_layout(self, form, self.save)

    def save(self) -> None:
        try:
            meeting = occurrences.cancel(self.context.store, self.occurrence, self.note.text())
        except EnvironmentFault as error:
            show_not_saved(self, error)
            return
        self.accept()
        self.saved.emit(meeting.id)


class MoveDialog(QDialog):
    """'Move this check-in': day, time and length in the series' time zone."""

    saved = Signal(str)  # the meeting's id

    def __init__(self, context: AppContext, occurrence: Occurrence,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.occurrence = occurrence
        self.time_zone = occurrence.series.time_zone if occurrence.series else ""
        self.setWindowTitle(self.tr("Move check-in"))
        self.setMinimumWidth(420)
        local = occurrence.start.astimezone(zone(self.time_zone)) if self.time_zone \
            else occurrence.start.astimezone()
        form = QFormLayout()
        form.addRow(plain_label(f"{occurrence.title} · {when_text(occurrence.start)}", self))
        self.day = date_field(self, self.tr("Day"))
        self.day.setDate(to_qdate(local))
        self.time = QTimeEdit(QTime(local.hour, local.minute), self)
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Time"))
        when = QHBoxLayout()
        when.addWidget(self.day)
        when.addWidget(self.time)
        if self.time_zone:
            when.addWidget(plain_label(self.time_zone, self))
        when.addStretch(1)
        form.addRow(self.tr("&When:"), when)
        self.duration = QSpinBox(self)
        self.duration.setRange(5, 480)
        self.duration.setSingleStep(5)
        self.duration.setValue(occurrence.duration_minutes)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccessibleName(self.tr("Length in minutes"))
        form.addRow(self.tr("&Length:"), self.duration)
        self.buttons = form_dialog_layout(self, form, self.save)

    def starts_at(self) -> datetime:
        """The chosen start, read in the series' zone (a one-off's: this computer's)."""
        day = from_qdate(self.day.date())
        moment = self.time.time()
        local = datetime(day.year, day.month, day.day, moment.hour(), moment.minute())
        if self.time_zone:
            return local.replace(tzinfo=zone(self.time_zone))
        return local.astimezone()

    def save(self) -> None:
        try:
            meeting = occurrences.move(self.context.store, self.occurrence, self.starts_at(),
                                       self.duration.value())
        except ValidationError as error:
            inform(self, self.tr("Move check-in"), str(error), warning=True)
            return
        except EnvironmentFault as error:
            show_not_saved(self, error)
            return
        self.accept()
        self.saved.emit(meeting.id)
