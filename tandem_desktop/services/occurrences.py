"""Single check-ins: cancel or move one, undo that, change a series from one check-in on.

Cancelling or moving a slot of a series creates (or changes) the meeting that
stands for it, so the slot stays closed or empty. Whatever keeps a meeting from
taking place (cancelled, moved behind another, its series paused, deleted or
split) sends its undiscussed items on (``agenda.move_on_items``) in the same
transaction, so no item is ever stranded on a meeting that will not happen.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from typing import Any

from tandem_desktop.domain.clock import utc_stamp
from tandem_desktop.domain.enums import MeetingStatus
from tandem_desktop.domain.records import CheckInSeries, Meeting
from tandem_desktop.domain.recurrence import (
    RecurrenceError,
    ending_before,
    first_matching_start,
    local_start,
    occurrences,
    validate_rrule,
    without_count,
    zone,
)
from tandem_desktop.domain.schedule import Occurrence
from tandem_desktop.services.agenda import compose_agenda, move_on_items, open_meeting
from tandem_desktop.services.schedule import next_check_in
from tandem_desktop.storage.errors import ValidationError
from tandem_desktop.storage.store import Store


def meeting_of(store: Store, occurrence: Occurrence) -> Meeting:
    """The meeting of an occurrence, created for a bare slot of a series."""
    if occurrence.meeting is not None:
        return occurrence.meeting
    assert occurrence.series is not None and occurrence.slot is not None
    return open_meeting(store, occurrence.series, occurrence.slot)


def cancel(store: Store, occurrence: Occurrence, note: str = "") -> Meeting:
    """Cancel one check-in; its slot stays closed and its open items move on."""
    with store.transaction():
        meeting = meeting_of(store, occurrence)
        meeting = store.meetings.change(meeting.id, status=MeetingStatus.CANCELLED.value,
                                        cancel_note=note.strip())
        move_on_items(store, meeting)
        _agenda_for_next(store, meeting.tandem_id)
        return meeting


def move(store: Store, occurrence: Occurrence, starts_at: datetime,
         duration_minutes: int) -> Meeting:
    """Move one check-in to another time (and length); its slot stays empty."""
    if duration_minutes < 1:
        raise ValidationError("duration_minutes", "must be at least one minute")
    with store.transaction():
        meeting = meeting_of(store, occurrence)
        meeting = store.meetings.change(meeting.id, starts_at=utc_stamp(starts_at),
                                        duration_minutes=duration_minutes)
        move_on_items(store, meeting)
        _agenda_for_next(store, meeting.tandem_id)
        return store.meetings.get(meeting.id)


def restore(store: Store, meeting_id: str) -> Meeting:
    """Undo a cancel or a move: the check-in takes place in its slot again."""
    with store.transaction():
        meeting = store.meetings.get(meeting_id)
        changes: dict[str, Any] = {"cancel_note": ""}
        if meeting.status == MeetingStatus.CANCELLED.value:
            changes["status"] = MeetingStatus.PLANNED.value
        series = store.series.find(meeting.series_id)
        if series is not None and meeting.occurrence_start:
            changes["starts_at"] = meeting.occurrence_start
            changes["duration_minutes"] = series.duration_minutes
        meeting = store.meetings.change(meeting_id, **changes)
        if meeting.status == MeetingStatus.PLANNED.value:
            compose_agenda(store, meeting)
        _rehome_prepared(store, meeting.tandem_id)
        return store.meetings.get(meeting_id)


def set_held(store: Store, meeting_id: str, **changes: Any) -> Meeting:
    """Mark a meeting held (with other changes); what it left open moves on."""
    with store.transaction():
        meeting = store.meetings.change(meeting_id, status=MeetingStatus.HELD.value, **changes)
        move_on_items(store, meeting)
        return meeting


def delete_meeting(store: Store, meeting_id: str) -> None:
    """Move a one-off meeting to the Trash; its open items move on first."""
    with store.transaction():
        meeting = store.meetings.get(meeting_id)
        if meeting.series_id is not None:
            raise ValidationError("series_id", "cancel a check-in of a series instead")
        store.meetings.delete(meeting_id)
        move_on_items(store, meeting)
        _agenda_for_next(store, meeting.tandem_id)


def set_active(store: Store, series_id: str, active: bool) -> CheckInSeries:
    """Pause or resume a series; the open items of its prepared meetings move on."""
    with store.transaction():
        series = store.series.change(series_id, active=active)
        if not active:
            _strand_nothing(store, series)
        else:
            _agenda_for_next(store, series.tandem_id)
        return series


def delete_series(store: Store, series_id: str) -> None:
    """Move a series to the Trash; the open items of its prepared meetings move on."""
    with store.transaction():
        series = store.series.get(series_id)
        store.series.delete(series_id)
        _strand_nothing(store, series)


def split(store: Store, series: CheckInSeries, slot: datetime,
          changed: CheckInSeries) -> CheckInSeries:
    """Change a series from one check-in on: the old series ends before ``slot``,
    a new one (``changed``'s rule, time, length …) starts there. Meetings held stay
    with the old series; prepared ones move to the new series where it has their
    slot, the others go and their open items move on. Without any check-in before
    ``slot`` the series itself is changed."""
    with store.transaction():
        try:
            cut = validate_rrule(ending_before(series.rrule, slot), series.first_start,
                                 series.time_zone)
        except RecurrenceError:
            cut = ""
        earlier = occurrences(series.rrule, series.first_start, series.time_zone,
                              after=local_start(series.first_start, series.time_zone)
                              - timedelta(seconds=1), before=slot, count=1)
        if not earlier or not cut:
            return store.series.update(dataclasses.replace(changed, id=series.id))
        tz = zone(changed.time_zone)
        first = max(changed.first_start,
                    slot.astimezone(tz).replace(tzinfo=None).isoformat(timespec="minutes"))
        rule = changed.rrule if changed.rrule != series.rrule else without_count(changed.rrule)
        rule = validate_rrule(rule, first, changed.time_zone)
        first = first_matching_start(rule, first, changed.time_zone)
        new = store.series.add(dataclasses.replace(
            changed, id="", rrule=rule, first_start=first, created_at="", updated_at=""))
        store.series.change(series.id, rrule=cut)
        new_slots = {utc_stamp(moment) for moment in occurrences(
            new.rrule, new.first_start, new.time_zone, after=slot - timedelta(seconds=1),
            before=slot + timedelta(days=800))}
        for meeting in store.meetings.of_series_from(series.id, utc_stamp(slot)):
            if meeting.occurrence_start in new_slots:
                changes: dict[str, Any] = {"series_id": new.id, "title": new.title}
                if meeting.starts_at == meeting.occurrence_start:
                    changes["duration_minutes"] = new.duration_minutes
                store.meetings.change(meeting.id, **changes)
            else:
                store.meetings.delete(meeting.id)
                move_on_items(store, meeting)
        _rehome_prepared(store, series.tandem_id)
        return new


def _strand_nothing(store: Store, series: CheckInSeries) -> None:
    """With the series no longer taking place, its prepared meetings send items on."""
    now = store.database.clock.now()
    for meeting in store.meetings.planned_of_series(series.id, utc_stamp(now - timedelta(
            days=1))):
        move_on_items(store, meeting)
    _agenda_for_next(store, series.tandem_id)


def _rehome_prepared(store: Store, tandem_id: str) -> None:
    """After the order of the check-ins changed: meetings that no longer take place
    send their items on, and the next one takes up the backlog."""
    now = store.database.clock.now()
    for meeting in store.meetings.planned_after(tandem_id, utc_stamp(now - timedelta(days=1)),
                                                limit=1000):
        series = store.series.find(meeting.series_id) if meeting.series_id else None
        if meeting.series_id is not None and (series is None or not series.active):
            move_on_items(store, meeting)
    _agenda_for_next(store, tandem_id)


def _agenda_for_next(store: Store, tandem_id: str) -> None:
    """When the next check-in is prepared already, it takes up the backlog now."""
    upcoming = next_check_in(store, tandem_id, store.database.clock.now())
    if upcoming is not None and upcoming.meeting is not None \
            and upcoming.meeting.status == MeetingStatus.PLANNED.value:
        compose_agenda(store, upcoming.meeting)
