"""Check-in series, meetings and their agendas, tasks and agreements in storage."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tandem_desktop.domain.records import (
    Agreement,
    CheckInSeries,
    Tandem,
    Task,
)
from tandem_desktop.services.agenda import open_meeting
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


def test_reorder(store: Store, tandem: Tandem) -> None:
    items = [store.agenda.add_to_backlog(tandem.id, text, "topic", "leader") for text in "abc"]
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
    # Held early counts as past; cancelled ahead of time is still to come.
    early = open_meeting(store, series, base + timedelta(weeks=9))
    store.meetings.change(early.id, status="held")
    ahead = open_meeting(store, series, base + timedelta(weeks=10))
    store.meetings.change(ahead.id, status="cancelled")
    past_ids = [line.id for line in store.meetings.past(tandem.id, "2026-11-29T10:00:00Z")]
    assert early.id in past_ids and ahead.id not in past_ids


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
