"""Dates and weekdays as the handbook writes them, in the words of its ``Translate``.

The patterns themselves are translated ("{day} {short_month} {year}" reads
"{dd}.{mm}.{year}" in German), so the document's language decides everything.
"""

from __future__ import annotations

from datetime import date

from tandem_desktop.domain.translation import QT_TRANSLATE_NOOP, Translate

_MONTHS = (
    QT_TRANSLATE_NOOP("Handbook", "January"),
    QT_TRANSLATE_NOOP("Handbook", "February"),
    QT_TRANSLATE_NOOP("Handbook", "March"),
    QT_TRANSLATE_NOOP("Handbook", "April"),
    QT_TRANSLATE_NOOP("Handbook", "May"),
    QT_TRANSLATE_NOOP("Handbook", "June"),
    QT_TRANSLATE_NOOP("Handbook", "July"),
    QT_TRANSLATE_NOOP("Handbook", "August"),
    QT_TRANSLATE_NOOP("Handbook", "September"),
    QT_TRANSLATE_NOOP("Handbook", "October"),
    QT_TRANSLATE_NOOP("Handbook", "November"),
    QT_TRANSLATE_NOOP("Handbook", "December"),
)
_SHORT_MONTHS = (
    QT_TRANSLATE_NOOP("Handbook", "Jan"),
    QT_TRANSLATE_NOOP("Handbook", "Feb"),
    QT_TRANSLATE_NOOP("Handbook", "Mar"),
    QT_TRANSLATE_NOOP("Handbook", "Apr"),
    QT_TRANSLATE_NOOP("Handbook", "May"),
    QT_TRANSLATE_NOOP("Handbook", "Jun"),
    QT_TRANSLATE_NOOP("Handbook", "Jul"),
    QT_TRANSLATE_NOOP("Handbook", "Aug"),
    QT_TRANSLATE_NOOP("Handbook", "Sep"),
    QT_TRANSLATE_NOOP("Handbook", "Oct"),
    QT_TRANSLATE_NOOP("Handbook", "Nov"),
    QT_TRANSLATE_NOOP("Handbook", "Dec"),
)
_WEEKDAYS = (
    QT_TRANSLATE_NOOP("Handbook", "Monday"),
    QT_TRANSLATE_NOOP("Handbook", "Tuesday"),
    QT_TRANSLATE_NOOP("Handbook", "Wednesday"),
    QT_TRANSLATE_NOOP("Handbook", "Thursday"),
    QT_TRANSLATE_NOOP("Handbook", "Friday"),
    QT_TRANSLATE_NOOP("Handbook", "Saturday"),
    QT_TRANSLATE_NOOP("Handbook", "Sunday"),
)


class Dates:
    def __init__(self, translate: Translate) -> None:
        self.translate = translate

    def _fields(self, day: date) -> dict[str, object]:
        return {
            "day": day.day,
            "dd": f"{day.day:02d}",
            "mm": f"{day.month:02d}",
            "month": self.translate("Handbook", _MONTHS[day.month - 1]),
            "short_month": self.translate("Handbook", _SHORT_MONTHS[day.month - 1]),
            "year": f"{day.year:04d}",
        }

    def short(self, value: str | None) -> str:
        """An ISO date (or date-time) as the tables show it; empty for none."""
        if not value:
            return ""
        try:
            day = date.fromisoformat(value[:10])
        except ValueError:
            return value
        return self.translate("Handbook", "{day} {short_month} {year}").format(
            **self._fields(day)
        )

    def long(self, day: date) -> str:
        return self.translate("Handbook", "{day} {month} {year}").format(**self._fields(day))

    def weekday(self, index: int) -> str:
        """0 = Monday."""
        return self.translate("Handbook", _WEEKDAYS[index])
