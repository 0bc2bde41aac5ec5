"""The calendar file reads the same in an independent iCalendar library as in the app."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import recurring_ical_events
from icalendar import Calendar

from tandem_desktop.domain.records import CheckInSeries, Tandem
from tandem_desktop.domain.recurrence import occurrences
from tandem_desktop.domain.translation import untranslated
from tandem_desktop.exchange.ics import export_ics
from tandem_desktop.storage.store import Store

RULES = [
    ("FREQ=WEEKLY;BYDAY=MO,TH", "2026-01-05T09:00", "Europe/Berlin"),
    ("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "2026-11-30T08:30", "America/New_York"),
    ("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", "2026-12-01T16:00", "Australia/Sydney"),
    ("FREQ=MONTHLY;BYDAY=-1FR", "2026-12-25T14:00", "Europe/London"),
    ("FREQ=MONTHLY;BYMONTHDAY=15;UNTIL=20270815T215959Z", "2026-12-15T10:00", "Europe/Berlin"),
    ("FREQ=DAILY;COUNT=30", "2027-03-20T02:30", "Europe/Berlin"),
]


def add_series(store: Store, tandem: Tandem, rule: str, start: str, zone: str,
               **extra: object) -> CheckInSeries:
    return store.series.add(CheckInSeries(
        tandem_id=tandem.id, title=f"Check-in {zone}", rrule=rule, first_start=start,
        time_zone=zone, **extra))  # type: ignore[arg-type]


@pytest.mark.parametrize(("rule", "start", "zone"), RULES)
def test_every_occurrence_in_400_days_matches(store: Store, tandem: Tandem, tmp_path: Path,
                                              rule: str, start: str, zone: str) -> None:
    series = add_series(store, tandem, rule, start, zone)
    path = tmp_path / "checkins.ics"
    assert export_ics(store, path, translate=untranslated, series_id=series.id) == 1
    calendar = Calendar.from_ical(path.read_bytes())
    begin = datetime(2026, 11, 29, tzinfo=UTC)
    end = begin + timedelta(days=400)
    theirs = sorted(event.get("DTSTART").dt.astimezone(UTC)
                    for event in recurring_ical_events.of(calendar).between(begin, end))
    ours = occurrences(rule, start, zone, after=begin - timedelta(seconds=1), before=end)
    assert theirs == ours
    assert len(ours) > 1


def test_wall_clock_kept_across_dst_in_the_file(store: Store, tandem: Tandem,
                                                tmp_path: Path) -> None:
    add_series(store, tandem, "FREQ=WEEKLY;BYDAY=MO", "2027-03-01T09:00", "Europe/Berlin")
    path = tmp_path / "c.ics"
    export_ics(store, path, translate=untranslated, tandem_id=tandem.id)
    calendar = Calendar.from_ical(path.read_bytes())
    events = recurring_ical_events.of(calendar).between(datetime(2027, 3, 1, tzinfo=UTC),
                                                        datetime(2027, 4, 10, tzinfo=UTC))
    assert {event.get("DTSTART").dt.hour for event in events} == {9}
    assert {event.get("DTSTART").dt.astimezone(UTC).hour for event in events} == {7, 8}


def test_text_alarm_and_only_active(store: Store, tandem: Tandem, tmp_path: Path) -> None:
    tricky = 'Budget; Q1, "review" \\ <b>x</b><img src="http://127.0.0.1/x">'
    add_series(store, tandem, "FREQ=WEEKLY;BYDAY=MO", "2026-11-30T09:00", "Europe/Berlin",
               standing_items=[tricky, "Ü" * 90], location="https://meet.example.org/abc",
               reminder_minutes=15)
    add_series(store, tandem, "FREQ=DAILY", "2026-11-30T09:00", "Europe/Berlin", active=False)
    path = tmp_path / "c.ics"
    assert export_ics(store, path, translate=untranslated, tandem_id=tandem.id,
                      reminder_minutes=5) == 1
    raw = path.read_bytes()
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    assert b"BEGIN:VTIMEZONE" in raw and b"TZID:Europe/Berlin" in raw
    event = next(iter(Calendar.from_ical(raw).walk("VEVENT")))
    assert tricky in str(event.get("DESCRIPTION"))
    assert str(event.get("URL")) == "https://meet.example.org/abc"
    alarm = next(iter(event.walk("VALARM")))
    assert alarm.get("TRIGGER").dt == timedelta(minutes=-15)


def test_failed_write_leaves_old_file(store: Store, tandem: Tandem, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    add_series(store, tandem, "FREQ=WEEKLY;BYDAY=MO", "2026-11-30T09:00", "Europe/Berlin")
    path = tmp_path / "c.ics"
    path.write_bytes(b"old")

    def broken(self: Calendar) -> bytes:
        raise OSError("disk full")

    monkeypatch.setattr(Calendar, "to_ical", broken)
    with pytest.raises(OSError):
        export_ics(store, path, translate=untranslated, tandem_id=tandem.id)
    assert path.read_bytes() == b"old"
