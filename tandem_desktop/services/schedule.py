"""Which check-ins take place when: the series' slots, their exceptions and one-off meetings.

Every screen, the reminders, the agenda and the calendar export read the
check-ins through here (``domain.schedule.calendar`` does the work), so a
cancelled check-in is gone everywhere and a moved one is everywhere at its new time.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from tandem_desktop.domain.clock import utc_stamp
from tandem_desktop.domain.schedule import Occurrence, calendar, next_taking_place
from tandem_desktop.storage.store import Store

# A meeting in progress still counts as coming up for this long after its start.
LONGEST_MEETING = timedelta(hours=8)
# How far ahead to look for the next check-in, step by step.
_HORIZONS = (timedelta(days=14), timedelta(days=92), timedelta(days=800))


def upcoming(store: Store, tandem_id: str | None, after: datetime, before: datetime, *,
             include_cancelled: bool = False) -> list[Occurrence]:
    """The check-ins of one tandem (None: of all) starting between two instants."""
    series = store.series.active_for(tandem_id) if tandem_id is not None \
        else store.series.active()
    meetings = store.meetings.in_window(tandem_id, utc_stamp(after), utc_stamp(before))
    return calendar(series, meetings, after=after, before=before,
                    include_cancelled=include_cancelled)


def next_check_in(store: Store, tandem_id: str, now: datetime, *,
                  excluding: str | None = None) -> Occurrence | None:
    """The next check-in that will take place (not cancelled, not over), of any series;
    ``excluding`` a meeting that is leaving the agenda's way."""
    for horizon in _HORIZONS:
        found = next_taking_place(
            (occurrence for occurrence in
             upcoming(store, tandem_id, now - LONGEST_MEETING, now + horizon)
             if occurrence.meeting is None or occurrence.meeting.id != excluding), now)
        if found is not None:
            return found
    return None
