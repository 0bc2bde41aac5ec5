"""Check-ins as an iCalendar file (RFC 5545) for any calendar program.

Each series becomes one recurring event: the first start in the series' own
time zone (with its VTIMEZONE), the RRULE, cancelled check-ins as EXDATE, a
description listing the standing agenda and the link or place, and a reminder
before the start. A moved check-in is an event of its own with the series' UID
and the slot it replaces as RECURRENCE-ID; a one-off meeting is a single event
with the meeting's UID. SEQUENCE rises with every change (``sequence_of``), so
a calendar that imports the file again updates its events instead of adding
them twice. The
``icalendar`` package escapes the text and folds the lines; the one word of our
own ("Agenda:") comes from the caller's ``Translate``.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from icalendar import Alarm, Calendar, Event, vRecur

from tandem_desktop.domain.clock import parse_stamp, utc_stamp
from tandem_desktop.domain.enums import MeetingStatus
from tandem_desktop.domain.records import CheckInSeries, Meeting
from tandem_desktop.domain.recurrence import local_start, normalize_rrule, zone
from tandem_desktop.domain.schedule import sequence_of, slot_of
from tandem_desktop.domain.translation import Translate
from tandem_desktop.storage.files import atomic_write
from tandem_desktop.storage.store import Store

PRODUCT_ID = "-//Tandem//Check-ins//EN"
# One-off meetings this far back stay in the file (a calendar keeps its history).
ONE_OFFS_KEPT_DAYS = 92


def _alarm(event: Event, title: str, minutes: int) -> None:
    if minutes > 0:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", title)
        alarm.add("trigger", timedelta(minutes=-minutes))
        event.add_component(alarm)


def _describe(event: Event, series: CheckInSeries | None, translate: Translate) -> None:
    lines: list[str] = []
    if series is not None and series.standing_items:
        lines.append(translate("Calendar", "Agenda:"))
        lines.extend(f"- {item}" for item in series.standing_items)
    if series is not None and series.location:
        lines.append(series.location)
        if series.location.startswith(("http://", "https://")):
            event.add("url", series.location)
        else:
            event.add("location", series.location)
    if lines:
        event.add("description", "\n".join(lines))


def series_minutes(series: CheckInSeries, reminder_minutes: int) -> int:
    """A series' own reminder (0: none) or the default."""
    return series.reminder_minutes if series.reminder_minutes is not None else reminder_minutes


def series_to_event(series: CheckInSeries, stamp: datetime, reminder_minutes: int,
                    translate: Translate, exceptions: list[Meeting] | None = None) -> Event:
    """The series as one recurring event; cancelled slots as EXDATE."""
    start = local_start(series.first_start, series.time_zone)
    tz = zone(series.time_zone)
    exceptions = exceptions or []
    event = Event()
    event.add("uid", f"{series.id}@tandem")
    event.add("dtstamp", stamp)
    event.add("sequence", sequence_of(series.updated_at or utc_stamp(stamp),
                                      *(m.updated_at for m in exceptions if m.updated_at)))
    event.add("summary", series.title)
    event.add("dtstart", start)
    event.add("duration", timedelta(minutes=series.duration_minutes))
    event.add("rrule", vRecur.from_ical(normalize_rrule(series.rrule, series.time_zone)))
    for meeting in exceptions:
        slot = slot_of(meeting)
        if slot is not None and meeting.status == MeetingStatus.CANCELLED.value:
            event.add("exdate", slot.astimezone(tz))
    _describe(event, series, translate)
    _alarm(event, series.title, series_minutes(series, reminder_minutes))
    return event


def moved_event(series: CheckInSeries, meeting: Meeting, stamp: datetime,
                reminder_minutes: int, translate: Translate) -> Event:
    """A moved check-in: an event overriding its slot (RECURRENCE-ID) of the series."""
    tz = zone(series.time_zone)
    slot = slot_of(meeting)
    assert slot is not None
    event = Event()
    event.add("uid", f"{series.id}@tandem")
    event.add("dtstamp", stamp)
    event.add("sequence", sequence_of(meeting.updated_at or utc_stamp(stamp)))
    event.add("recurrence-id", slot.astimezone(tz))
    event.add("summary", meeting.title or series.title)
    event.add("dtstart", parse_stamp(meeting.starts_at).astimezone(tz))
    event.add("duration", timedelta(minutes=meeting.duration_minutes))
    _describe(event, series, translate)
    _alarm(event, meeting.title or series.title, series_minutes(series, reminder_minutes))
    return event


def one_off_event(meeting: Meeting, stamp: datetime, reminder_minutes: int) -> Event:
    """A meeting outside the series; a cancelled one stays in the file as cancelled."""
    event = Event()
    event.add("uid", f"{meeting.id}@tandem")
    event.add("dtstamp", stamp)
    event.add("sequence", sequence_of(meeting.updated_at or utc_stamp(stamp)))
    event.add("summary", meeting.title)
    event.add("dtstart", parse_stamp(meeting.starts_at))
    event.add("duration", timedelta(minutes=meeting.duration_minutes))
    if meeting.status == MeetingStatus.CANCELLED.value:
        event.add("status", "CANCELLED")
    else:
        _alarm(event, meeting.title, reminder_minutes)
    return event


def build_calendar(series_list: list[CheckInSeries], stamp: datetime, translate: Translate,
                   reminder_minutes: int = 10, exceptions: list[Meeting] | None = None,
                   one_offs: list[Meeting] | None = None) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    by_series: dict[str, list[Meeting]] = {}
    for meeting in exceptions or []:
        if meeting.series_id is not None:
            by_series.setdefault(meeting.series_id, []).append(meeting)
    for series in series_list:
        own = by_series.get(series.id, [])
        calendar.add_component(series_to_event(series, stamp, reminder_minutes, translate, own))
        for meeting in own:
            if meeting.status != MeetingStatus.CANCELLED.value:
                calendar.add_component(
                    moved_event(series, meeting, stamp, reminder_minutes, translate))
    for meeting in one_offs or []:
        calendar.add_component(one_off_event(meeting, stamp, reminder_minutes))
    if series_list:
        first = min(local_start(s.first_start, s.time_zone).date() for s in series_list)
        calendar.add_missing_timezones(first_date=first - timedelta(days=1),
                                       last_date=date(first.year + 10, 12, 31))
    return calendar


def export_ics(store: Store, path: Path, *, translate: Translate, tandem_id: str | None = None,
               series_id: str | None = None, reminder_minutes: int = 10) -> int:
    """Write every active series (of one tandem, or only ``series_id``) with its cancelled
    and moved check-ins, and the tandem's one-off meetings; how many events in all."""
    if series_id is not None:
        chosen = [store.series.get(series_id)]
    elif tandem_id is not None:
        chosen = store.series.active_for(tandem_id)
    else:
        chosen = store.series.active()
    now = store.database.clock.now()
    exceptions = store.meetings.exceptions_of([series.id for series in chosen])
    one_offs: list[Meeting] = []
    if series_id is None:
        tandems = [tandem_id] if tandem_id is not None else \
            sorted({series.tandem_id for series in chosen} |
                   {tandem.id for tandem in store.tandems.list()})
        since = utc_stamp(now - timedelta(days=ONE_OFFS_KEPT_DAYS))
        for one_tandem in tandems:
            one_offs += store.meetings.one_offs_since(one_tandem, since)
    calendar = build_calendar(chosen, datetime.fromisoformat(utc_stamp(now)), translate,
                              reminder_minutes, exceptions, one_offs)
    with atomic_write(path) as stream:
        stream.write(calendar.to_ical())
    return len(chosen) + len(one_offs)
