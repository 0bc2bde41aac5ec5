"""Dates and times as the screen shows them, and as date fields take and give them.

Records hold ISO dates (``2026-11-29``) and UTC instants. On screen a date reads
29.11.2026 in German and 2026-11-29 otherwise, the same as in the date fields;
instants are shown in this computer's local time. Every date the UI shows or
edits passes through here.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from tandem_desktop.domain.clock import parse_stamp


def date_format() -> str:
    """The date format of date fields: German day.month.year, otherwise ISO."""
    return "dd.MM.yyyy" if QLocale().language() == QLocale.Language.German else "yyyy-MM-dd"


def _day(value: date | str) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def date_text(value: date | str | None) -> str:
    """A date as the date fields show it: 29.11.2026 in German, otherwise 2026-11-29.

    Takes a date or an ISO date (or instant, whose date part is shown); no date
    gives empty text, and text that is no date is shown as it is.
    """
    if not value:
        return ""
    day = _day(value)
    if day is None:
        return str(value)
    return str(QLocale().toString(QDate(day.year, day.month, day.day), date_format()))


def long_date_text(value: date | str | None) -> str:
    """A date with the month's name: 29. November 2026, or 29 November 2026."""
    day = _day(value) if value else None
    if day is None:
        return ""
    locale = QLocale()
    # The locale's long format names the weekday too, which no one needs here.
    pattern = "d. MMMM yyyy" if locale.language() == QLocale.Language.German else "d MMMM yyyy"
    return str(locale.toString(QDate(day.year, day.month, day.day), pattern))


def days_between(earlier: str | None, today: date) -> int | None:
    """Days from an ISO date until ``today``; None when there is no (readable) date."""
    day = _day(earlier) if earlier else None
    return None if day is None else (today - day).days


def when_text(moment: datetime) -> str:
    """Weekday, date and time of an instant in this computer's local time."""
    local = moment.astimezone()
    locale = QLocale()
    qdt = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    day = locale.dayName(local.isoweekday(), QLocale.FormatType.ShortFormat)
    date_part = locale.toString(qdt.date(), date_format())
    time_part = locale.toString(qdt.time(), QLocale.FormatType.ShortFormat)
    return f"{day} {date_part} {time_part}"


def time_text(moment: datetime) -> str:
    """The time of day of an instant, in local time and the user's locale."""
    local = moment.astimezone()
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def stamp_text(stamp: str) -> str:
    """A stored UTC stamp as when_text() writes it."""
    return when_text(parse_stamp(stamp))


def to_qdate(value: date | str) -> QDate:
    """A date, or an ISO date, for a date field."""
    day = _day(value)
    if day is None:
        return QDate()
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    """The date a date field holds."""
    return date(value.year(), value.month(), value.day())
