"""A meeting's agenda: standing items, the backlog, carry-over, discussed items."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.domain.records import AgendaItem, CheckInSeries, Feedback, Question, Tandem
from tandem_desktop.domain.recurrence import occurrences
from tandem_desktop.services.agenda import (
    add_to_backlog,
    add_to_meeting,
    compose_agenda,
    open_meeting,
    plan_one_off,
    set_discussed,
)
from tandem_desktop.storage.errors import ValidationError
from tandem_desktop.storage.store import Store


def weekly(store: Store, tandem: Tandem, **changes: object) -> CheckInSeries:
    values: dict[str, object] = {
        "tandem_id": tandem.id, "title": "Weekly", "rrule": "FREQ=WEEKLY;BYDAY=MO",
        "first_start": "2026-10-05T09:00", "time_zone": "Europe/Berlin",
        "standing_items": ["Priorities of the week"]}
    values.update(changes)
    return store.series.add(CheckInSeries(**values))  # type: ignore[arg-type]


def test_carry_over_across_three_meetings(store: Store, tandem: Tandem,
                                          clock: FixedClock) -> None:
    series = weekly(store, tandem)
    starts = occurrences(series.rrule, series.first_start, series.time_zone,
                         after=clock.now(), count=3)
    topic = add_to_backlog(store, tandem.id, "Travel budget", "topic", "assistant")
    first = open_meeting(store, series, starts[0])
    agenda = store.agenda.for_meeting(first.id)
    assert [(i.text, i.source_kind) for i in agenda] == [
        ("Priorities of the week", "standing"), ("Travel budget", None)]
    assert store.agenda.backlog(tandem.id) == []
    # Opening it again adds nothing twice.
    assert len(compose_agenda(store, first)) == 2
    set_discussed(store, agenda[0].id)
    store.meetings.change(first.id, status="held")
    clock.set(starts[0] + timedelta(hours=1))
    second = open_meeting(store, series, starts[1])
    texts = [(i.text, i.carried_from) for i in store.agenda.for_meeting(second.id)]
    assert texts == [("Priorities of the week", []), ("Travel budget", [first.id])]
    assert [i.id for i in store.agenda.carried_on_from(first.id)] == [topic.id]
    store.meetings.change(second.id, status="held")
    clock.set(starts[1] + timedelta(hours=1))
    third = open_meeting(store, series, starts[2])
    moved = [i for i in store.agenda.for_meeting(third.id) if i.text == "Travel budget"]
    assert moved[0].id == topic.id
    assert moved[0].carried_from == [first.id, second.id]
    assert [i.text for i in store.agenda.list()].count("Travel budget") == 1


def test_meeting_in_progress_keeps_its_items(store: Store, tandem: Tandem,
                                              clock: FixedClock) -> None:
    series = weekly(store, tandem, standing_items=[])
    starts = occurrences(series.rrule, series.first_start, series.time_zone,
                         after=clock.now(), count=2)
    first = open_meeting(store, series, starts[0])
    add_to_meeting(store, first, "Open point", "topic", "leader")
    clock.set(starts[0] + timedelta(minutes=10))
    second = open_meeting(store, series, starts[1])
    assert store.agenda.for_meeting(second.id) == []
    clock.set(starts[0] + timedelta(minutes=40))
    assert [i.text for i in compose_agenda(store, second)] == ["Open point"]


def test_discussed_question_and_feedback(store: Store, tandem: Tandem,
                                         clock: FixedClock) -> None:
    question = store.questions.add(Question(tandem_id=tandem.id, text="Which printer?",
                                            asked_by="assistant", asked_on="2026-11-20"))
    entry = store.feedback.add(Feedback(tandem_id=tandem.id, direction="leader_to_assistant",
                                        given_on="2026-11-20", situation="Board meeting"))
    q_item = store.agenda.add(AgendaItem(tandem_id=tandem.id, text=question.text,
                                         kind="question", source_kind="question",
                                         source_id=question.id, added_by="assistant"))
    f_item = store.agenda.add(AgendaItem(tandem_id=tandem.id, text="Board meeting",
                                         kind="feedback", source_kind="feedback",
                                         source_id=entry.id, added_by="leader"))
    series = weekly(store, tandem)
    start = occurrences(series.rrule, series.first_start, series.time_zone,
                        after=clock.now(), count=1)[0]
    meeting = open_meeting(store, series, start)
    set_discussed(store, q_item.id, outcome="The one in room 2")
    set_discussed(store, f_item.id)
    answered = store.questions.get(question.id)
    assert answered.status == "answered"
    assert answered.answer == "The one in room 2"
    discussed = store.feedback.get(entry.id)
    assert (discussed.status, discussed.meeting_id) == ("discussed", meeting.id)


def test_one_off_meeting_outside_the_series(store: Store, tandem: Tandem) -> None:
    with pytest.raises(ValidationError):
        plan_one_off(store, tandem.id, "  ", datetime(2026, 12, 2, 13, 30, tzinfo=UTC), 45)
    store.agenda.add_to_backlog(tandem.id, "Budget for the fair", "topic", "assistant")
    meeting = plan_one_off(store, tandem.id, " Plan the trade fair ",
                           datetime(2026, 12, 2, 13, 30, tzinfo=UTC), 45)
    assert (meeting.series_id, meeting.title, meeting.starts_at, meeting.status) == (
        None, "Plan the trade fair", "2026-12-02T13:30:00Z", "planned")
    assert [m.id for m in store.meetings.one_offs(tandem.id, "2026-11-29T00:00:00Z")] == [
        meeting.id]
    assert store.meetings.one_offs(tandem.id, "2026-12-03T00:00:00Z") == []
    # Opened, it takes up the backlog like a check-in does.
    assert [item.text for item in compose_agenda(store, meeting)] == ["Budget for the fair"]
    assert store.agenda.backlog(tandem.id) == []
