"""Check-in series, meetings and their agendas, tasks and agreements in storage."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.domain.records import (
    AgendaItem,
    Agreement,
    CheckInSeries,
    Feedback,
    Question,
    Tandem,
    Task,
)
from tandem_desktop.domain.recurrence import occurrences
from tandem_desktop.storage.communication import (
    add_to_backlog,
    add_to_meeting,
    compose_agenda,
    open_meeting,
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


def test_series_validation(store: Store, tandem: Tandem) -> None:
    with pytest.raises(ValidationError) as caught:
        weekly(store, tandem, rrule="FREQ=NEVER")
    assert caught.value.field == "rrule"
    with pytest.raises(ValidationError) as caught:
        weekly(store, tandem, duration_minutes=0)
    assert caught.value.field == "duration_minutes"
    with pytest.raises(ValidationError) as caught:
        weekly(store, tandem, rrule="FREQ=DAILY;UNTIL=20260101T000000Z")
    assert caught.value.field == "until"
    with pytest.raises(ValidationError):
        weekly(store, tandem, time_zone="Nowhere/Land")
    assert store.series.count() == 0


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
    assert store.agenda.count("text = 'Travel budget'") == 1


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
    meeting = open_meeting(store, weekly(store, tandem), clock.now() + timedelta(days=1))
    set_discussed(store, q_item.id, outcome="The one in room 2")
    set_discussed(store, f_item.id)
    answered = store.questions.get(question.id)
    assert answered.status == "answered"
    assert answered.answer == "The one in room 2"
    discussed = store.feedback.get(entry.id)
    assert (discussed.status, discussed.meeting_id) == ("discussed", meeting.id)


def test_reorder(store: Store, tandem: Tandem) -> None:
    items = [add_to_backlog(store, tandem.id, text, "topic", "leader") for text in "abc"]
    store.agenda.reorder([items[2].id, items[0].id, items[1].id])
    assert [i.text for i in store.agenda.backlog(tandem.id)] == ["c", "a", "b"]


def test_task_views_search_and_sort(store: Store, tandem: Tandem) -> None:
    add = store.tasks.add
    add(Task(tandem_id=tandem.id, title="Book train", owner="assistant", due_on="2026-11-20"))
    add(Task(tandem_id=tandem.id, title="Sign contract", owner="leader", due_on="2026-12-02",
             priority="high"))
    add(Task(tandem_id=tandem.id, title="Order toner", owner="assistant"))
    add(Task(tandem_id=tandem.id, title="Old booking", owner="assistant", status="done",
             done_on="2026-11-01"))
    today = "2026-11-29"

    def titles(**options: object) -> list[str]:
        return [line.title for line in store.tasks.lines(
            tandem.id, my_role="assistant", today=today, **options)]  # type: ignore[arg-type]

    assert titles(view="mine") == ["Book train", "Order toner"]
    assert titles(view="partner") == ["Sign contract"]
    assert titles(view="overdue") == ["Book train"]
    assert titles(view="done") == ["Old booking"]
    assert titles(view="all", text="boo") == ["Book train", "Old booking"]
    assert titles(view="open", order="priority") == ["Sign contract", "Book train",
                                                     "Order toner"]
    assert titles(view="open", order="title", descending=True)[0] == "Sign contract"
    assert store.tasks.count_lines(tandem.id, view="all", text="boo", today=today) == 2
    ids = [line.id for line in store.tasks.lines(tandem.id, view="mine", my_role="assistant")]
    assert store.tasks.complete(ids, today) == 2
    assert titles(view="done") == ["Book train", "Old booking", "Order toner"] or \
        sorted(titles(view="done")) == ["Book train", "Old booking", "Order toner"]
    assert store.tasks.overdue_count(tandem.id, today) == 0


def test_agreements_due_for_review(store: Store, tandem: Tandem) -> None:
    store.agreements.add(Agreement(tandem_id=tandem.id, category="availability",
                                   text="Mornings", agreed_on="2026-01-01",
                                   review_on="2026-12-05"))
    store.agreements.add(Agreement(tandem_id=tandem.id, category="tools", text="Shared drive",
                                   agreed_on="2026-01-01", review_on="2027-06-01"))
    due = store.agreements.filtered(tandem.id, today="2026-11-29", due_only=True)
    assert [a.text for a in due] == ["Mornings"]
    with pytest.raises(ValidationError):
        store.agreements.add(Agreement(tandem_id=tandem.id, category="tools", text="x",
                                       agreed_on="2026-05-01", review_on="2026-01-01"))


def test_ratings_and_past(store: Store, tandem: Tandem) -> None:
    series = weekly(store, tandem)
    base = datetime(2026, 10, 5, 7, 0, tzinfo=UTC)
    for week, rating in enumerate([4, 2, 2, 3]):
        meeting = open_meeting(store, series, base + timedelta(weeks=week))
        store.meetings.change(meeting.id, status="held", rating=rating, retro_note=f"n{week}")
    assert [r for _, r, _ in store.meetings.ratings(tandem.id)] == [4, 2, 2, 3]
    past = store.meetings.past(tandem.id, "2026-11-29T10:00:00Z")
    assert [line.rating for line in past] == [3, 2, 2, 4]
    assert past[-1].items >= 1


def test_tasks_under_a_rule_open_first_deleted_left_out(store: Store, tandem: Tandem) -> None:
    from tandem_desktop.domain.records import DecisionRule

    rule = store.rules.add(DecisionRule(tandem_id=tandem.id, decision="Book travel", level=4))
    other = store.rules.add(DecisionRule(tandem_id=tandem.id, decision="Order supplies",
                                         level=6))

    def task(title: str, rule_id: str, **values: str) -> Task:
        return store.tasks.add(Task(tandem_id=tandem.id, title=title, owner="assistant",
                                    rule_id=rule_id, **values))

    task("Hotel booked", rule.id, status="done", done_on="2026-11-02")
    task("Train to Munich", rule.id, due_on="2026-12-04")
    task("Flight to Vienna", rule.id, due_on="2026-12-01")
    gone = task("Cancelled trip", rule.id)
    task("Toner", other.id)
    store.tasks.delete(gone.id)
    assert [t.title for t in store.tasks.under_rule(rule.id)] == [
        "Flight to Vienna", "Train to Munich", "Hotel booked"]


def test_one_off_meeting_outside_the_series(store: Store, tandem: Tandem) -> None:
    from tandem_desktop.storage.communication import compose_agenda, plan_one_off

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
