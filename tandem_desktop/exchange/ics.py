"""Check-in series as an iCalendar file (RFC 5545) for any calendar program.

Each series becomes one recurring event: the first start in the series' own
time zone (with its VTIMEZONE), the RRULE, a description listing the standing
agenda and the link or place, and a reminder before the start. The
``icalendar`` package escapes the text and folds the lines; the one word of our
own ("Agenda:") comes from the caller's ``Translate``.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from icalendar import Alarm, Calendar, Event, vRecur

from tandem_desktop.domain.clock import utc_stamp
from tandem_desktop.domain.records import CheckInSeries
from tandem_desktop.domain.recurrence import local_start, normalize_rrule
from tandem_desktop.domain.translation import Translate
from tandem_desktop.storage.files import atomic_write
from tandem_desktop.storage.store import Store

PRODUCT_ID = "-//Tandem//Check-ins//EN"


def series_to_event(series: CheckInSeries, stamp: datetime, reminder_minutes: int,
                    translate: Translate) -> Event:
    start = local_start(series.first_start, series.time_zone)
    event = Event()
    event.add("uid", f"{series.id}@tandem")
    event.add("dtstamp", stamp)
    event.add("summary", series.title)
    event.add("dtstart", start)
    event.add("duration", timedelta(minutes=series.duration_minutes))
    event.add("rrule", vRecur.from_ical(normalize_rrule(series.rrule, series.time_zone)))
    lines: list[str] = []
    if series.standing_items:
        lines.append(translate("Calendar", "Agenda:"))
        lines.extend(f"- {item}" for item in series.standing_items)
    if series.location:
        lines.append(series.location)
        if series.location.startswith(("http://", "https://")):
            event.add("url", series.location)
        else:
            event.add("location", series.location)
    if lines:
        event.add("description", "\n".join(lines))
    minutes = series.reminder_minutes if series.reminder_minutes is not None \
        else reminder_minutes
    if minutes > 0:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", series.title)
        alarm.add("trigger", timedelta(minutes=-minutes))
        event.add_component(alarm)
    return event


def build_calendar(series_list: list[CheckInSeries], stamp: datetime, translate: Translate,
                   reminder_minutes: int = 10) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    for series in series_list:
        calendar.add_component(series_to_event(series, stamp, reminder_minutes, translate))
    if series_list:
        first = min(local_start(s.first_start, s.time_zone).date() for s in series_list)
        calendar.add_missing_timezones(first_date=first - timedelta(days=1),
                                       last_date=date(first.year + 10, 12, 31))
    return calendar


def export_ics(store: Store, path: Path, *, translate: Translate, tandem_id: str | None = None,
               series_id: str | None = None, reminder_minutes: int = 10) -> int:
    """Write every active series (of one tandem, or only ``series_id``); how many."""
    if series_id is not None:
        chosen = [store.series.get(series_id)]
    elif tandem_id is not None:
        chosen = store.series.active_for(tandem_id)
    else:
        chosen = store.series.active()
    now = store.database.clock.now()
    calendar = build_calendar(chosen, datetime.fromisoformat(utc_stamp(now)), translate,
                              reminder_minutes)
    with atomic_write(path) as stream:
        stream.write(calendar.to_ical())
    return len(chosen)
