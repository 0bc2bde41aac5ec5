"""The check-in series editor (title, rhythm, first start, zone, length, channel,
agenda) and the dialog for a one-off meeting."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta
from zoneinfo import available_timezones

from PySide6.QtCore import QDate, QTime, QTimeZone, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QStackedWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.domain.enums import Channel
from tandem_desktop.domain.records import CheckInSeries, Meeting
from tandem_desktop.domain.recurrence import (
    Cadence,
    CadenceKind,
    RecurrenceError,
    build_rrule,
    cadence_of,
    first_matching_start,
    validate_rrule,
    zone,
)
from tandem_desktop.services.agenda import plan_one_off
from tandem_desktop.services.occurrences import split
from tandem_desktop.storage.errors import EnvironmentFault, ValidationError
from tandem_desktop.ui import labels
from tandem_desktop.ui.actions import show_not_saved
from tandem_desktop.ui.communication.models import nth_name, weekday_name
from tandem_desktop.ui.communication.occurrence_dialogs import WhenFields
from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.dates import from_qdate, to_qdate, when_text
from tandem_desktop.ui.widgets import (
    FieldError,
    date_field,
    form_dialog_layout,
    require_text,
    required_line,
)


def system_zone() -> str:
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode() or "UTC"
    try:
        zone(name)
    except RecurrenceError:
        return "UTC"
    return name


class SeriesDialog(QDialog):
    """Create or edit one check-in series; ``saved`` carries the stored record."""

    saved = Signal(object)

    def __init__(self, context: AppContext, series: CheckInSeries | None = None,
                 parent: QWidget | None = None, *, split_at: datetime | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.series = series
        # Set: the changes apply from this slot on, and the series is split there.
        self.split_at = split_at if series is not None else None
        self.setWindowTitle(self.tr("Edit check-in series") if series
                            else self.tr("New check-in series"))
        if self.split_at is not None:
            self.setWindowTitle(self.tr("Change series from {when} on").format(
                when=when_text(self.split_at)))
        self.setMinimumWidth(560)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.title_edit, self.title_error = required_line(
            form, self, self.tr("&Title:"), self.tr("e.g. Weekly check-in"))

        self.cadence = QComboBox(self)
        for kind, text in (
            (CadenceKind.WORKDAYS, self.tr("Daily on workdays")),
            (CadenceKind.WEEKLY, self.tr("Weekly / every N weeks")),
            (CadenceKind.MONTHLY_DAY, self.tr("Monthly on a date")),
            (CadenceKind.MONTHLY_WEEKDAY, self.tr("Monthly on a weekday")),
            (CadenceKind.CUSTOM, self.tr("Custom rule (RRULE)")),
        ):
            self.cadence.addItem(text, kind.value)
        form.addRow(self.tr("&Rhythm:"), self.cadence)

        self.details = QStackedWidget(self)
        self.details.addWidget(QWidget(self))  # workdays need nothing more
        weekly = QWidget(self)
        weekly_layout = QVBoxLayout(weekly)
        weekly_layout.setContentsMargins(0, 0, 0, 0)
        days_row = QHBoxLayout()
        self.weekday_boxes: list[QCheckBox] = []
        for index in range(7):
            box = QCheckBox(weekday_name(index)[:2], weekly)
            box.setToolTip(weekday_name(index))
            box.setAccessibleName(weekday_name(index))
            self.weekday_boxes.append(box)
            days_row.addWidget(box)
        days_row.addStretch(1)
        weekly_layout.addLayout(days_row)
        interval_row = QHBoxLayout()
        interval_row.addWidget(QLabel(self.tr("every"), weekly))
        self.interval = QSpinBox(weekly)
        self.interval.setRange(1, 12)
        self.interval.setAccessibleName(self.tr("Every N weeks"))
        interval_row.addWidget(self.interval)
        interval_row.addWidget(QLabel(self.tr("week(s)"), weekly))
        interval_row.addStretch(1)
        weekly_layout.addLayout(interval_row)
        self.details.addWidget(weekly)
        monthly_day = QWidget(self)
        day_row = QHBoxLayout(monthly_day)
        day_row.setContentsMargins(0, 0, 0, 0)
        day_row.addWidget(QLabel(self.tr("on day"), monthly_day))
        self.month_day = QSpinBox(monthly_day)
        self.month_day.setRange(1, 31)
        self.month_day.setAccessibleName(self.tr("Day of the month"))
        day_row.addWidget(self.month_day)
        day_row.addStretch(1)
        self.details.addWidget(monthly_day)
        monthly_weekday = QWidget(self)
        nth_row = QHBoxLayout(monthly_weekday)
        nth_row.setContentsMargins(0, 0, 0, 0)
        nth_row.addWidget(QLabel(self.tr("on the"), monthly_weekday))
        self.nth = QComboBox(monthly_weekday)
        for nth in (1, 2, 3, 4, -1):
            self.nth.addItem(nth_name(nth), nth)
        self.nth.setAccessibleName(self.tr("Which week of the month"))
        nth_row.addWidget(self.nth)
        self.weekday = QComboBox(monthly_weekday)
        for index in range(7):
            self.weekday.addItem(weekday_name(index), index)
        self.weekday.setAccessibleName(self.tr("Weekday"))
        nth_row.addWidget(self.weekday)
        nth_row.addStretch(1)
        self.details.addWidget(monthly_weekday)
        self.custom = QLineEdit(self)
        self.custom.setPlaceholderText("FREQ=WEEKLY;INTERVAL=3;BYDAY=WE")
        self.custom.setAccessibleName(self.tr("Custom rule"))
        self.details.addWidget(self.custom)
        form.addRow("", self.details)
        self.rule_error = FieldError(self)
        form.addRow("", self.rule_error)

        start_row = QHBoxLayout()
        self.first_date = date_field(self, self.tr("First date"))
        self.first_time = QTimeEdit(self)
        self.first_time.setDisplayFormat("HH:mm")
        self.first_time.setAccessibleName(self.tr("Time"))
        start_row.addWidget(self.first_date)
        start_row.addWidget(self.first_time)
        start_row.addStretch(1)
        form.addRow(self.tr("First check-in:"), start_row)

        self.time_zone = QComboBox(self)
        self.time_zone.setEditable(True)
        self.time_zone.addItems(sorted(available_timezones()))
        self.time_zone.setAccessibleName(self.tr("Time zone"))
        self.zone_error = FieldError(self)
        form.addRow(self.tr("Time &zone:"), self.time_zone)
        form.addRow("", self.zone_error)

        self.duration = QSpinBox(self)
        self.duration.setRange(0, 24 * 60)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.duration_error = FieldError(self)
        form.addRow(self.tr("&Length:"), self.duration)
        form.addRow("", self.duration_error)

        self.channel = QComboBox(self)
        for channel in Channel:
            self.channel.addItem(labels.channel_name(channel.value), channel.value)
        form.addRow(self.tr("&Channel:"), self.channel)
        self.location = QLineEdit(self)
        self.location.setPlaceholderText(self.tr("Video link, phone number or place"))
        form.addRow(self.tr("Link or &place:"), self.location)

        self.standing = QPlainTextEdit(self)
        self.standing.setPlaceholderText(self.tr("One item per line"))
        self.standing.setTabChangesFocus(True)
        self.standing.setMaximumHeight(90)
        form.addRow(self.tr("&Standing items:"), self.standing)

        end_row = QHBoxLayout()
        self.has_end = QCheckBox(self.tr("Ends on"), self)
        self.end_date = date_field(self, self.tr("Last date"))
        end_row.addWidget(self.has_end)
        end_row.addWidget(self.end_date)
        end_row.addStretch(1)
        form.addRow(self.tr("End:"), end_row)
        self.end_error = FieldError(self)
        form.addRow("", self.end_error)
        self.active = QCheckBox(self.tr("Active (untick to pause)"), self)
        form.addRow("", self.active)

        self.buttons = form_dialog_layout(self, form, self.save)

        self.cadence.currentIndexChanged.connect(self.details.setCurrentIndex)
        self.has_end.toggled.connect(self.end_date.setEnabled)
        self._fill(series)
        if self.split_at is not None and series is not None:
            local = self.split_at.astimezone(zone(series.time_zone))
            self.first_date.setDate(to_qdate(local.date()))

    def _fill(self, series: CheckInSeries | None) -> None:
        today = self.context.clock.today()
        if series is None:
            self.time_zone.setCurrentText(system_zone())
            self.first_date.setDate(to_qdate(today))
            self.first_time.setTime(QTime(9, 0))
            self.duration.setValue(30)
            self.weekday_boxes[today.weekday()].setChecked(True)
            self.cadence.setCurrentIndex(1)
            self.end_date.setDate(QDate(today.year + 1, today.month, 1))
            self.has_end.setChecked(False)
            self.end_date.setEnabled(False)
            self.active.setChecked(True)
            return
        self.title_edit.setText(series.title)
        self.time_zone.setCurrentText(series.time_zone)
        start = date.fromisoformat(series.first_start[:10])
        self.first_date.setDate(to_qdate(start))
        hour, minute = (int(part) for part in series.first_start[11:16].split(":"))
        self.first_time.setTime(QTime(hour, minute))
        self.duration.setValue(series.duration_minutes)
        self.channel.setCurrentIndex(max(0, self.channel.findData(series.channel)))
        self.location.setText(series.location)
        self.standing.setPlainText("\n".join(series.standing_items))
        self.active.setChecked(series.active)
        cadence = cadence_of(series.rrule, series.time_zone)
        self.cadence.setCurrentIndex(self.cadence.findData(cadence.kind.value))
        for index, box in enumerate(self.weekday_boxes):
            box.setChecked(index in cadence.weekdays)
        self.interval.setValue(cadence.interval)
        self.month_day.setValue(cadence.month_day)
        self.nth.setCurrentIndex(max(0, self.nth.findData(cadence.nth)))
        self.weekday.setCurrentIndex(cadence.weekday)
        self.custom.setText(cadence.custom)
        self.has_end.setChecked(cadence.until is not None)
        self.end_date.setEnabled(cadence.until is not None)
        end = cadence.until or date(today.year + 1, today.month, 1)
        self.end_date.setDate(to_qdate(end))

    def cadence_value(self) -> Cadence:
        kind = CadenceKind(self.cadence.currentData())
        until = from_qdate(self.end_date.date()) if self.has_end.isChecked() else None
        return Cadence(
            kind=kind,
            weekdays=[i for i, box in enumerate(self.weekday_boxes) if box.isChecked()],
            interval=self.interval.value(), month_day=self.month_day.value(),
            nth=int(self.nth.currentData()), weekday=int(self.weekday.currentData()),
            until=until, custom=self.custom.text())

    def _clear_errors(self) -> None:
        for error in (self.title_error, self.rule_error, self.zone_error,
                      self.duration_error, self.end_error):
            error.show_message("")

    def _show_error(self, field_name: str, message: str) -> None:
        target = {
            "title": (self.title_error, self.title_edit),
            "time_zone": (self.zone_error, self.time_zone),
            "duration_minutes": (self.duration_error, self.duration),
            "until": (self.end_error, self.end_date),
        }.get(field_name, (self.rule_error, self.custom if self.custom.isVisible()
                           else self.cadence))
        target[0].show_message(message)
        target[1].setFocus()

    def build(self) -> CheckInSeries | None:
        """The series the form describes, or None after showing what is wrong."""
        self._clear_errors()
        title = self.title_edit.text().strip()
        if not title:
            self._show_error("title", self.tr("Give the series a title."))
            return None
        time_zone = self.time_zone.currentText().strip()
        try:
            zone(time_zone)
        except RecurrenceError:
            self._show_error("time_zone", self.tr("Choose a time zone from the list, "
                                                  "e.g. Europe/Berlin."))
            return None
        if self.duration.value() < 1:
            self._show_error("duration_minutes", self.tr("A check-in needs a length of at "
                                                         "least one minute."))
            return None
        start_date = from_qdate(self.first_date.date())
        first_start = f"{start_date}T{self.first_time.time().toString('HH:mm')}"
        cadence = self.cadence_value()
        if cadence.kind is CadenceKind.CUSTOM and cadence.custom.upper().count("UNTIL="):
            self._show_error("rrule", self.tr("Set the end with 'Ends on' below, not in "
                                              "the rule."))
            return None
        if cadence.until is not None and cadence.until < start_date:
            self._show_error("until", self.tr("The end lies before the first check-in."))
            return None
        try:
            rule = build_rrule(cadence, time_zone)
            rule = validate_rrule(rule, first_start, time_zone)
        except RecurrenceError as error:
            if error.field == "until":
                self._show_error("until", self.tr("The end lies before the first check-in."))
            elif error.field == "weekdays":
                self._show_error("rrule", self.tr("Tick at least one weekday."))
            else:
                self._show_error("rrule", self.tr("This rule cannot be used: {reason}")
                                 .format(reason=error.message))
            return None
        first_start = first_matching_start(rule, first_start, time_zone)
        standing = [line.strip() for line in self.standing.toPlainText().splitlines()
                    if line.strip()]
        values = {
            "title": title, "rrule": rule, "first_start": first_start,
            "time_zone": time_zone, "duration_minutes": self.duration.value(),
            "channel": str(self.channel.currentData()),
            "location": self.location.text().strip(), "standing_items": standing,
            "active": self.active.isChecked(),
        }
        if self.series is not None:
            return dataclasses.replace(self.series, **values)  # type: ignore[arg-type]
        return CheckInSeries(tandem_id=self.context.tandem_id, **values)  # type: ignore[arg-type]

    def save(self) -> None:
        record = self.build()
        if record is None:
            return
        try:
            if self.split_at is not None and self.series is not None:
                stored = split(self.context.store, self.series, self.split_at, record)
            else:
                with self.context.store.transaction():
                    stored = self.context.store.series.update(record) if record.id \
                        else self.context.store.series.add(record)
        except ValidationError as error:
            self._show_error(error.field, str(error))
            return
        except EnvironmentFault as error:
            show_not_saved(self, error)
            return
        self.series = stored
        self.saved.emit(stored)
        self.accept()



class OneOffDialog(QDialog):
    """A meeting outside the series: title, day, time (this computer's zone), length."""

    saved = Signal(str)  # the new meeting's id

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting: Meeting | None = None
        self.setWindowTitle(self.tr("One-off meeting"))
        self.setMinimumWidth(420)
        form = QFormLayout()
        self.title, self.title_error = required_line(
            form, self, self.tr("&Title:"), self.tr("e.g. Plan the trade fair"))
        start = (context.clock.now().astimezone() + timedelta(hours=1)).replace(
            minute=0, second=0, microsecond=0)
        self.when = WhenFields(self, form, self.tr("&When:"), start, 30)
        self.day, self.time, self.duration = self.when.day, self.when.time, self.when.duration
        self.buttons = form_dialog_layout(self, form, self.save)

    def starts_at(self) -> datetime:
        """The chosen start as an instant, read in this computer's time zone."""
        return self.when.starts_at()

    def save(self) -> None:
        if not require_text(self.title, self.title_error, self.tr("Give the meeting a title.")):
            return
        try:
            self.meeting = plan_one_off(self.context.store, self.context.tandem_id,
                                        self.title.text(), self.starts_at(),
                                        self.duration.value())
        except EnvironmentFault as error:
            show_not_saved(self, error)
            return
        self.accept()
        self.saved.emit(self.meeting.id)
