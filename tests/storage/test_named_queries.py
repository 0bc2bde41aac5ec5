"""The named queries callers outside storage ask instead of passing SQL."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.domain.records import (
    AccessItem,
    Area,
    CheckInSeries,
    DecisionRule,
    Feedback,
    Goal,
    Meeting,
    Tandem,
    Task,
)
from tandem_desktop.storage.store import Store
from tests.conftest import make_tandem


def test_reviews_due_count_rules_and_areas_up_to_the_day(store: Store, tandem: Tandem) -> None:
    for decision, review_on in (("Travel", "2026-11-29"), ("Gifts", "2026-11-30"),
                                ("Invoices", None)):
        store.rules.add(DecisionRule(tandem_id=tandem.id, decision=decision, level=3,
                                     review_on=review_on))
    for name, review_on in (("Calendar", "2026-10-01"), ("Board", None)):
        store.areas.add(Area(tandem_id=tandem.id, name=name, owner="assistant",
                             review_on=review_on))
    assert store.rules.count_due_for_review(tandem.id, "2026-11-29") == 1
    assert store.rules.count_due_for_review(tandem.id, "2026-11-30") == 2
    assert store.areas.count_due_for_review(tandem.id, "2026-11-29") == 1
    other = make_tandem(store, name="Other office")
    assert store.rules.count_due_for_review(other.id, "2027-01-01") == 0


def test_access_in_use_by_kind_and_per_area(store: Store, tandem: Tandem) -> None:
    area = store.areas.add(Area(tandem_id=tandem.id, name="Travel", owner="assistant"))

    def item(title: str, kind: str, **values: object) -> AccessItem:
        return store.access_items.add(AccessItem(tandem_id=tandem.id, title=title, kind=kind,
                                                 **values))  # type: ignore[arg-type]

    portal = item("travel portal", "system", area_id=area.id)
    card = item("Corporate card", "budget", area_id=area.id)
    item("Old CRM", "system", revoked_on="2026-10-01", area_id=area.id)
    inbox = item("Inbox", "account")
    assert [i.id for i in store.access_items.in_use(tandem.id)] == [inbox.id, card.id,
                                                                   portal.id]
    assert [i.id for i in store.access_items.in_use_in_area(area.id)] == [card.id, portal.id]


def test_tasks_of_an_area_and_every_open_task(store: Store, tandem: Tandem) -> None:
    area = store.areas.add(Area(tandem_id=tandem.id, name="Travel", owner="assistant"))

    def task(title: str, **values: object) -> Task:
        values.setdefault("owner", "leader")
        return store.tasks.add(Task(tandem_id=tandem.id, title=title,
                                    **values))  # type: ignore[arg-type]

    undated = task("Undated", area_id=area.id)
    late = task("Later", due_on="2026-12-10", owner="assistant")
    soon = task("Soon", due_on="2026-12-01", area_id=area.id)
    task("Done", status="done", due_on="2026-11-01")
    assert [t.id for t in store.tasks.in_area(area.id)] == [soon.id, undated.id]
    assert [t.id for t in store.tasks.open_in(tandem.id)] == [soon.id, late.id, undated.id]
    assert [t.id for t in store.tasks.open_in(tandem.id, limit=1)] == [soon.id]


def test_active_series_of_every_tandem(store: Store, tandem: Tandem) -> None:
    other = make_tandem(store, name="Other office")

    def series(tandem_id: str, title: str, active: bool) -> CheckInSeries:
        return store.series.add(CheckInSeries(
            tandem_id=tandem_id, title=title, rrule="FREQ=WEEKLY;BYDAY=MO",
            first_start="2026-10-05T09:00", time_zone="Europe/Berlin", active=active))

    weekly = series(tandem.id, "Weekly", True)
    series(tandem.id, "Paused", False)
    daily = series(other.id, "Daily", True)
    assert {s.id for s in store.series.active()} == {weekly.id, daily.id}
    assert [s.id for s in store.series.active_for(tandem.id)] == [weekly.id]


def test_latest_meeting_whatever_its_status(store: Store, tandem: Tandem) -> None:
    assert store.meetings.latest(tandem.id) is None
    for starts_at, status in (("2026-11-02T08:00:00Z", "held"),
                              ("2026-11-30T08:00:00Z", "cancelled"),
                              ("2026-11-16T08:00:00Z", "planned")):
        store.meetings.add(Meeting(tandem_id=tandem.id, starts_at=starts_at, status=status))
    latest = store.meetings.latest(tandem.id)
    assert latest is not None and latest.starts_at == "2026-11-30T08:00:00Z"


@pytest.mark.parametrize("include_private", [True, False])
def test_feedback_by_date_given_leaves_private_out_unless_asked(
        store: Store, tandem: Tandem, include_private: bool) -> None:
    def entry(given_on: str, private: bool = False) -> Feedback:
        return store.feedback.add(Feedback(tandem_id=tandem.id, direction="leader_to_assistant",
                                           given_on=given_on, situation=given_on,
                                           private=private))

    later = entry("2026-11-20")
    secret = entry("2026-11-10", private=True)
    first = entry("2026-11-01")
    expected = [first.id, secret.id, later.id] if include_private else [first.id, later.id]
    found = store.feedback.by_date_given(tandem.id, include_private=include_private)
    assert [f.id for f in found] == expected


def test_goals_by_title_ignore_case(store: Store, tandem: Tandem) -> None:
    for title in ("travel policy", "Board papers", "Admin"):
        store.goals.add(Goal(tandem_id=tandem.id, title=title))
    assert [g.title for g in store.goals.by_title(tandem.id)] == [
        "Admin", "Board papers", "travel policy"]


def test_every_record_includes_the_trash_oldest_first(store: Store, tandem: Tandem,
                                                      clock: FixedClock) -> None:
    other = make_tandem(store, name="Other office")
    first = store.tasks.add(Task(tandem_id=tandem.id, title="First", owner="leader"))
    clock.advance(timedelta(seconds=1))
    store.tasks.add(Task(tandem_id=other.id, title="Elsewhere", owner="leader"))
    clock.advance(timedelta(seconds=1))
    gone = store.tasks.add(Task(tandem_id=tandem.id, title="Gone", owner="leader"))
    store.tasks.delete(gone.id)
    assert [t.id for t in store.tasks.every_record_of(tandem.id)] == [first.id, gone.id]
    assert len(store.tasks.every_record()) == 3
    assert {t.id for t in store.tandems.every_record()} == {tandem.id, other.id}
