"""The exported calendar, read by an independent reader, holds exactly the app's check-ins:
moved ones at their new time, cancelled ones gone, one-off meetings, across DST in three zones."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import icalendar
import pytest
import recurring_ical_events

from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.domain.records import CheckInSeries
from tandem_desktop.domain.translation import untranslated
from tandem_desktop.exchange.ics import export_ics
from tandem_desktop.services import occurrences
from tandem_desktop.services.agenda import plan_one_off
from tandem_desktop.services.schedule import upcoming
from tandem_desktop.storage.store import Store
from tests.conftest import make_tandem

START = datetime(2026, 2, 1, tzinfo=UTC)
END = datetime(2026, 12, 1, tzinfo=UTC)  # spans both DST changes in each zone


def _read(path: Path) -> list[tuple[datetime, datetime]]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    found = []
    for event in recurring_ical_events.of(calendar).between(START, END):
        if str(event.get("status", "")).upper() == "CANCELLED":
            continue
        begin = event["dtstart"].dt.astimezone(UTC)
        found.append((begin, event["dtend"].dt.astimezone(UTC) if "dtend" in event
                      else begin + event["duration"].dt))
    return sorted(found)


@pytest.mark.parametrize("zone", ["Europe/Berlin", "America/New_York", "Australia/Sydney"])
def test_the_export_holds_every_check_in_as_the_app_lists_them(tmp_path: Path, zone: str) -> None:
    clock = FixedClock(datetime(2026, 1, 20, 12, 0, tzinfo=UTC))
    store = Store.in_memory(clock)
    tandem = make_tandem(store)
    series = store.series.add(CheckInSeries(
        tandem_id=tandem.id, title="Weekly", rrule="FREQ=WEEKLY;BYDAY=MO,TH",
        first_start="2026-02-02T09:00", time_zone=zone, duration_minutes=30))
    coming = upcoming(store, tandem.id, START, END)
    clock.advance(timedelta(minutes=5))
    occurrences.cancel(store, coming[3], "holiday")
    occurrences.cancel(store, coming[40], "")  # after the spring change
    occurrences.move(store, coming[10], coming[10].start + timedelta(days=1, hours=2), 45)
    occurrences.move(store, coming[60], coming[60].start - timedelta(hours=3), 30)
    plan_one_off(store, tandem.id, "Trade fair", datetime(2026, 3, 29, 1, 30, tzinfo=UTC), 60)
    cancelled_one_off = plan_one_off(store, tandem.id, "Dropped",
                                     datetime(2026, 5, 5, 12, 0, tzinfo=UTC), 30)
    occurrences.delete_meeting(store, cancelled_one_off.id)
    path = tmp_path / "checkins.ics"
    export_ics(store, path, translate=untranslated, tandem_id=tandem.id)

    expected = sorted((o.start, o.end) for o in upcoming(store, tandem.id, START, END))
    assert _read(path) == expected
    assert len(expected) == len(coming) - 2 + 1
    text = path.read_text()
    assert text.count("EXDATE") == 2 and text.count("RECURRENCE-ID") == 2
    assert f"UID:{series.id}@tandem" in text

    # A change raises the SEQUENCE of what changed, so a calendar updates its copy.
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    before = max(int(e["sequence"]) for e in calendar.walk("VEVENT")
                 if str(e["uid"]) == f"{series.id}@tandem" and "recurrence-id" not in e)
    clock.advance(timedelta(hours=1))
    occurrences.cancel(store, upcoming(store, tandem.id, START, END)[5])
    export_ics(store, path, translate=untranslated, tandem_id=tandem.id)
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    after = max(int(e["sequence"]) for e in calendar.walk("VEVENT")
                if str(e["uid"]) == f"{series.id}@tandem" and "recurrence-id" not in e)
    assert after > before
    store.close()
