"""The all-tandems Overview's numbers: every active tandem, my role in each, soonest first."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tandem_desktop.domain.records import (
    CheckInSeries,
    Feedback,
    Question,
    Tandem,
    Task,
)
from tandem_desktop.services.all_tandems import all_tandems
from tandem_desktop.services.overview import OverviewQueries
from tandem_desktop.storage.store import Store
from tests.conftest import make_tandem

NOW = datetime(2026, 11, 29, 10, 0, tzinfo=UTC)


def test_every_active_tandem_with_my_role_in_each(store: Store, tandem: Tandem) -> None:
    lead = make_tandem(store, name="Where I lead", my_role="leader")
    gone = make_tandem(store, name="Archived")
    store.tandems.change(gone.id, archived_at="2026-01-01T00:00:00Z")
    store.tasks.add(Task(tandem_id=tandem.id, title="Mine here", owner="assistant",
                         due_on="2026-12-02"))
    store.tasks.add(Task(tandem_id=tandem.id, title="Theirs here", owner="leader"))
    store.tasks.add(Task(tandem_id=lead.id, title="Mine there", owner="leader",
                         due_on="2026-11-20"))
    store.tasks.add(Task(tandem_id=gone.id, title="Archived task", owner="assistant"))
    store.questions.add(Question(tandem_id=lead.id, text="Old one", asked_by="assistant",
                                 asked_on="2026-10-01"))
    store.questions.add(Question(tandem_id=tandem.id, text="New one", asked_by="assistant",
                                 asked_on="2026-11-28"))
    data = all_tandems(OverviewQueries(store), NOW, NOW.date())
    assert [t.name for t in data.tandems] == ["Office", "Where I lead"]
    assert [(e.tandem.name, e.item.title) for e in data.tasks] == [
        ("Where I lead", "Mine there"), ("Office", "Mine here")]
    assert (data.open_tasks, data.overdue_tasks) == (2, 1)
    assert [e.item.text for e in data.questions] == ["Old one", "New one"]
    assert data.open_questions == 2


def test_feedback_due_says_who_gives_next(store: Store, tandem: Tandem) -> None:
    store.feedback.add(Feedback(tandem_id=tandem.id, direction="assistant_to_leader",
                                given_on="2026-11-25", situation="Board prep"))
    [entry] = all_tandems(OverviewQueries(store), NOW, NOW.date()).feedback
    # Claudia (the leader) has not given any yet: her direction is due first.
    assert not entry.item.mine and entry.item.last is None
    assert entry.item.due.overdue  # started 2026-01-05, every 28 days


def test_next_check_ins_across_tandems_follow_time_and_changes(store: Store,
                                                                 tandem: Tandem) -> None:
    other = make_tandem(store, name="Second")
    weekly = store.series.add(CheckInSeries(
        tandem_id=tandem.id, title="Monday round", rrule="FREQ=WEEKLY;BYDAY=MO",
        first_start="2026-01-05T09:00", time_zone="Europe/Berlin"))
    store.series.add(CheckInSeries(
        tandem_id=other.id, title="Daily", rrule="FREQ=DAILY",
        first_start="2026-01-05T08:00", time_zone="Europe/Berlin"))
    queries = OverviewQueries(store)
    data = all_tandems(queries, NOW, NOW.date())
    assert [(e.tandem.name, e.item.title) for e in data.checkins] == [
        ("Second", "Daily"), ("Office", "Monday round")]
    monday = data.checkins[1].item.starts_at
    assert monday == datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
    # Asked again later: the same start until it has passed, a new one when the series changes.
    def round_at(moment: datetime) -> datetime:
        data = all_tandems(queries, moment, NOW.date())
        [found] = [e.item.starts_at for e in data.checkins if e.item.title == "Monday round"]
        return found

    assert round_at(monday - timedelta(minutes=1)) == monday
    assert round_at(monday + timedelta(minutes=1)) == monday  # in progress: still the next
    assert round_at(monday + timedelta(hours=9)) == monday + timedelta(days=7)
    store.series.change(weekly.id, rrule="FREQ=WEEKLY;BYDAY=TU")
    assert round_at(NOW) == datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
