"""Dialogs for one check-in: cancel it (with a note) or move it (day, time, length).

A moved check-in is entered in its series' time zone, which the dialog names,
so 09:00 means 09:00 where the series is held, whatever this computer's zone.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QTime, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
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
from tandem_desktop.ui.dates import date_text, from_qdate, to_qdate, when_text
from tandem_desktop.ui.widgets import date_field, form_dialog_layout, inform, plain_label


def in_zone_note(start: datetime, time_zone: str) -> str:
    """' (09:00 Europe/Berlin)': the start where the series is held, when that zone's
    clock differs from this computer's (else nothing); with the date if that differs too."""
    if not time_zone:
        return ""
    there, here = start.astimezone(zone(time_zone)), start.astimezone()
    if there.utcoffset() == here.utcoffset():
        return ""
    day = f"{date_text(there.date())} " if there.date() != here.date() else ""
    return f" ({day}{there:%H:%M} {time_zone})"


def name_buttons(buttons: QDialogButtonBox, ok: str, cancel: str = "") -> None:
    """Say what OK (and Cancel) do where the plain words would be unclear."""
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
    if cancel:
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel)


class WhenFields:
    """Day, time and length of one meeting as rows of a form, the time in ``time_zone``
    (named beside it) or, without one, in this computer's zone."""

    def __init__(self, dialog: QWidget, form: QFormLayout, when_label: str, start: datetime,
                 minutes: int, time_zone: str = "") -> None:
        translate = QCoreApplication.translate
        self.time_zone = time_zone
        local = start.astimezone(zone(time_zone)) if time_zone else start.astimezone()
        self.day = date_field(dialog, translate("WhenFields", "Day"))
        self.day.setDate(to_qdate(local))
        self.time = QTimeEdit(QTime(local.hour, local.minute), dialog)
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(translate("WhenFields", "Time"))
        when = QHBoxLayout()
        when.addWidget(self.day)
        when.addWidget(self.time)
        if time_zone:
            when.addWidget(plain_label(time_zone, dialog))
        when.addStretch(1)
        # A row of several fields: its label needs the day as buddy, or "&" shows as such.
        label = QLabel(when_label, dialog)
        label.setBuddy(self.day)
        form.addRow(label, when)
        self.duration = QSpinBox(dialog)
        self.duration.setRange(5, 480)
        self.duration.setSingleStep(5)
        self.duration.setValue(minutes)
        self.duration.setSuffix(translate("WhenFields", " min"))
        self.duration.setAccessibleName(translate("WhenFields", "Length in minutes"))
        form.addRow(translate("WhenFields", "&Length:"), self.duration)

    def starts_at(self) -> datetime:
        """The chosen start as an instant."""
        day = from_qdate(self.day.date())
        moment = self.time.time()
        local = datetime(day.year, day.month, day.day, moment.hour(), moment.minute())
        if self.time_zone:
            return local.replace(tzinfo=zone(self.time_zone))
        return local.astimezone()


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
        # "Cancel" would be both answers here.
        name_buttons(self.buttons, self.tr("Cancel check-in"), self.tr("Keep check-in"))

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
        self.setMinimumWidth(480)  # the heading with the series' zone on one line
        form = QFormLayout()
        # The fields below are in the series' zone: the heading says that time too.
        form.addRow(plain_label(f"{occurrence.title} · {when_text(occurrence.start)}"
                                f"{in_zone_note(occurrence.start, self.time_zone)}", self))
        self.when = WhenFields(self, form, self.tr("&When:"), occurrence.start,
                               occurrence.duration_minutes, self.time_zone)
        self.day, self.time, self.duration = self.when.day, self.when.time, self.when.duration
        self.buttons = form_dialog_layout(self, form, self.save)
        name_buttons(self.buttons, self.tr("Move"))

    def starts_at(self) -> datetime:
        """The chosen start, read in the series' zone (a one-off's: this computer's)."""
        return self.when.starts_at()

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
