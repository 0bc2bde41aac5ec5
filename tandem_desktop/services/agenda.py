"""A meeting's agenda: opening a meeting, composing its agenda, adding and discussing items.

Whichever screen opens a meeting gets the same agenda: ``open_meeting`` creates
the meeting of an occurrence and ``compose_agenda`` puts the standing items on
it and, when it is the next check-in that takes place, the backlog and every
item left undiscussed in earlier meetings. A meeting that will not take place
sends its open items on (``move_on_items``). Items move on
rather than being copied, and remember the meetings they passed through
(``carried_from``), so nothing on an agenda is ever lost and the question or
feedback an item came from still has exactly one waiting item.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tandem_desktop.domain.clock import utc_stamp
from tandem_desktop.domain.enums import AgendaKind, FeedbackStatus, MeetingStatus, Role
from tandem_desktop.domain.records import AgendaItem, CheckInSeries, Meeting
from tandem_desktop.services.questions import on_agenda_discussed
from tandem_desktop.services.schedule import next_check_in
from tandem_desktop.storage.communication import STANDING
from tandem_desktop.storage.errors import ValidationError
from tandem_desktop.storage.store import Store


def open_meeting(store: Store, series: CheckInSeries, slot: datetime) -> Meeting:
    """The meeting of one slot of a series: found, or created with its agenda composed."""
    stamp = utc_stamp(slot)
    with store.transaction():
        meeting = store.meetings.for_slot(series.id, stamp)
        if meeting is None:
            meeting = store.meetings.add(Meeting(
                tandem_id=series.tandem_id, series_id=series.id, starts_at=stamp,
                occurrence_start=stamp, duration_minutes=series.duration_minutes,
                title=series.title))
        if meeting.status == MeetingStatus.PLANNED.value:
            compose_agenda(store, meeting)
    return meeting


def plan_one_off(store: Store, tandem_id: str, title: str, starts_at: datetime,
                 duration_minutes: int) -> Meeting:
    """A meeting outside the series, e.g. at short notice. Like a check-in, it takes
    up the backlog and what earlier meetings left open when it comes next."""
    if not title.strip():
        raise ValidationError("title", "must not be empty")
    with store.transaction():
        meeting = store.meetings.add(Meeting(
            tandem_id=tandem_id, series_id=None, starts_at=utc_stamp(starts_at),
            duration_minutes=duration_minutes, title=title.strip()))
        compose_agenda(store, meeting)
        return meeting


def is_next(store: Store, meeting: Meeting) -> bool:
    """Whether ``meeting`` is the next check-in that will take place."""
    upcoming = next_check_in(store, meeting.tandem_id, store.database.clock.now())
    return upcoming is not None and upcoming.meeting is not None \
        and upcoming.meeting.id == meeting.id


def compose_agenda(store: Store, meeting: Meeting) -> list[AgendaItem]:
    """Fill a planned meeting's agenda; safe to call again (adds only what is missing).

    Order: standing items of the series, then items carried over from earlier
    meetings, then the backlog, each in its own order. Carried-over items and
    the backlog join only the next check-in that takes place: a meeting opened
    early gets them once it is the next one.
    """
    with store.transaction():
        items = store.agenda.for_meeting(meeting.id)
        position = max((item.position for item in items), default=-1) + 1
        added_by = _my_role(store, meeting.tandem_id)
        series = store.series.find(meeting.series_id)
        if series is not None:
            present = {item.text for item in items if item.source_kind == STANDING}
            for text in series.standing_items:
                if text.strip() and text not in present:
                    store.agenda.add(AgendaItem(
                        tandem_id=meeting.tandem_id, meeting_id=meeting.id, text=text,
                        kind=AgendaKind.TOPIC.value, source_kind=STANDING,
                        added_by=added_by, position=position))
                    position += 1
        if meeting.status != MeetingStatus.PLANNED.value or not is_next(store, meeting):
            return store.agenda.for_meeting(meeting.id)
        now = utc_stamp(store.database.clock.now())
        earlier_meetings = store.meetings.earlier_than(meeting, now)
        # One read for all of them: a long-running series has a long history.
        left_open = store.agenda.undiscussed_by_meeting([m.id for m in earlier_meetings])
        for earlier in earlier_meetings:
            for item in left_open.get(earlier.id, []):
                if item.source_kind == STANDING:
                    continue
                store.agenda.change(item.id, meeting_id=meeting.id, position=position,
                                    carried_from=[*item.carried_from, earlier.id])
                position += 1
        for item in store.agenda.backlog(meeting.tandem_id):
            store.agenda.change(item.id, meeting_id=meeting.id, position=position)
            position += 1
        return store.agenda.for_meeting(meeting.id)


def move_on_items(store: Store, meeting: Meeting) -> int:
    """Send the undiscussed items of a meeting that will not take place (or is over,
    or no longer comes next) on: to the next check-in when it is prepared, else back
    to the backlog. Standing items stay: each meeting has its own. How many moved."""
    with store.transaction():
        left = [item for item in store.agenda.undiscussed_by_meeting([meeting.id])
                .get(meeting.id, []) if item.source_kind != STANDING]
        if not left:
            return 0
        now = store.database.clock.now()
        if meeting.status == MeetingStatus.PLANNED.value and is_next(store, meeting):
            return 0
        upcoming = next_check_in(store, meeting.tandem_id, now, excluding=meeting.id)
        target = upcoming.meeting if upcoming is not None else None
        if target is not None and target.status != MeetingStatus.PLANNED.value:
            target = None
        target_id = target.id if target is not None else None
        position = store.agenda.next_position(meeting.tandem_id, target_id)
        for item in left:
            store.agenda.change(item.id, meeting_id=target_id, position=position,
                                carried_from=[*item.carried_from, meeting.id])
            position += 1
        return len(left)


def _my_role(store: Store, tandem_id: str) -> str:
    tandem = store.tandems.find(tandem_id)
    return tandem.my_role if tandem is not None else Role.ASSISTANT.value


def set_discussed(store: Store, item_id: str, discussed: bool = True,
                  outcome: str | None = None) -> AgendaItem:
    """Mark an item (un)discussed; questions get answered and feedback marked discussed."""
    with store.transaction():
        changes: dict[str, Any] = {"discussed": discussed}
        if outcome is not None:
            changes["outcome"] = outcome
        item = store.agenda.change(item_id, **changes)
        if discussed and item.source_kind == "question":
            on_agenda_discussed(store, item)
        elif discussed and item.source_kind == "feedback" and item.source_id:
            entry = store.feedback.find(item.source_id)
            if entry is not None:
                store.feedback.change(entry.id, status=FeedbackStatus.DISCUSSED.value,
                                      meeting_id=item.meeting_id)
        return item


def add_to_meeting(store: Store, meeting: Meeting, text: str, kind: str,
                   added_by: str) -> AgendaItem:
    """Add an item at the end of a meeting's agenda."""
    with store.transaction():
        return store.agenda.add(AgendaItem(
            tandem_id=meeting.tandem_id, meeting_id=meeting.id, text=text, kind=kind,
            added_by=added_by,
            position=store.agenda.next_position(meeting.tandem_id, meeting.id)))


def add_to_backlog(store: Store, tandem_id: str, text: str, kind: str, added_by: str, *,
                   source_kind: str | None = None,
                   source_id: str | None = None) -> AgendaItem:
    """Put an item on the backlog for the next check-in (once per source record)."""
    with store.transaction():
        return store.agenda.add_to_backlog(tandem_id, text, kind, added_by,
                                           source_kind=source_kind, source_id=source_id)
