"""The check-ins as a calendar holds them: the series' slots with their exceptions.

A series' rule produces slots. A meeting of a series stands for one slot
(``occurrence_start``) and may take place at another time (moved) or not at all
(cancelled); a slot without a meeting takes place as the rule says. One-off
meetings stand beside the series. Everything that lists, reminds of or exports
check-ins asks ``calendar`` here, so they all agree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from tandem_desktop.domain.clock import parse_stamp
from tandem_desktop.domain.enums import MeetingStatus
from tandem_desktop.domain.records import CheckInSeries, Meeting
from tandem_desktop.domain.recurrence import RecurrenceError, occurrences

# SEQUENCE of an exported event: seconds since this instant at its last change,
# so it rises with every change and stays below 2**31 until 2092.
SEQUENCE_EPOCH = datetime(2024, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Occurrence:
    """One check-in: a slot of a series, a meeting of a slot, or a one-off meeting."""

    start: datetime  # aware UTC: when it takes place
    duration_minutes: int
    title: str
    series: CheckInSeries | None
    slot: datetime | None  # the rule's instant; None for a one-off meeting
    meeting: Meeting | None

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.duration_minutes)

    @property
    def cancelled(self) -> bool:
        return self.meeting is not None and self.meeting.status == MeetingStatus.CANCELLED.value

    @property
    def held(self) -> bool:
        return self.meeting is not None and self.meeting.status == MeetingStatus.HELD.value

    @property
    def moved(self) -> bool:
        return self.slot is not None and (
            self.start != self.slot or (self.series is not None
            and self.duration_minutes != self.series.duration_minutes))

    @property
    def one_off(self) -> bool:
        return self.series is None

    @property
    def key(self) -> str:
        """Stable while the occurrence exists: its meeting, or its series and slot."""
        if self.meeting is not None:
            return self.meeting.id
        assert self.series is not None and self.slot is not None
        return f"{self.series.id}@{self.slot.isoformat()}"


def slot_of(meeting: Meeting) -> datetime | None:
    """The series slot a meeting stands for (its start when it never recorded one)."""
    if meeting.series_id is None:
        return None
    return parse_stamp(meeting.occurrence_start or meeting.starts_at)


def calendar(series_list: Iterable[CheckInSeries], meetings: Iterable[Meeting], *,
             after: datetime, before: datetime,
             include_cancelled: bool = False) -> list[Occurrence]:
    """Every check-in starting after ``after`` and before ``before``, soonest first.

    ``series_list`` are the series that take place (active, not deleted): the
    meetings of any other series are left out. ``meetings`` must hold every
    meeting whose start or slot lies in the window.
    """
    taking_place = {series.id: series for series in series_list}
    found: list[Occurrence] = []
    claimed: set[tuple[str, datetime]] = set()
    for meeting in meetings:
        if meeting.deleted_at is not None:
            continue
        slot = slot_of(meeting)
        series = None
        if meeting.series_id is not None:
            assert slot is not None
            claimed.add((meeting.series_id, slot))
            series = taking_place.get(meeting.series_id)
            if series is None:
                continue
        start = parse_stamp(meeting.starts_at)
        if not after < start < before:
            continue
        cancelled = meeting.status == MeetingStatus.CANCELLED.value
        if cancelled and not include_cancelled:
            continue
        title = meeting.title or (series.title if series else "")
        found.append(Occurrence(start, meeting.duration_minutes, title, series, slot, meeting))
    for series in taking_place.values():
        try:
            slots = occurrences(series.rrule, series.first_start, series.time_zone,
                                after=after, before=before)
        except (RecurrenceError, ValueError):
            continue
        for slot in slots:
            if (series.id, slot) not in claimed:
                found.append(Occurrence(slot, series.duration_minutes, series.title, series,
                                        slot, None))
    found.sort(key=lambda occurrence: (occurrence.start, occurrence.title, occurrence.key))
    return found


def next_taking_place(occurrences_: Iterable[Occurrence], now: datetime) -> Occurrence | None:
    """The first check-in that is not over, held or cancelled yet."""
    for occurrence in occurrences_:
        if not occurrence.cancelled and not occurrence.held and occurrence.end > now:
            return occurrence
    return None


def sequence_of(*changed_at: str) -> int:
    """The iCalendar SEQUENCE for something last changed at the latest of these stamps."""
    latest = max(parse_stamp(stamp) for stamp in changed_at)
    return max(0, int((latest - SEQUENCE_EPOCH).total_seconds()))
