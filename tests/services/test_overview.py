"""The Overview's read-only queries."""

from __future__ import annotations

from datetime import UTC, datetime

from tandem_desktop.domain.enums import FeedbackDirection
from tandem_desktop.domain.records import (
    AccessItem,
    AgendaItem,
    Agreement,
    Area,
    CheckInSeries,
    DecisionRule,
    Feedback,
    Goal,
    Meeting,
    Question,
    Tandem,
    Task,
)
from tandem_desktop.services.overview import OverviewQueries
from tandem_desktop.storage.store import Store

NOW = datetime(2026, 11, 29, 10, 0, tzinfo=UTC)


def test_my_open_tasks_overdue_first_and_only_mine(store: Store, tandem: Tandem) -> None:
    add = store.tasks.add
    later = add(Task(tandem_id=tandem.id, title="Later", owner="assistant", due_on="2026-12-10"))
    late = add(Task(tandem_id=tandem.id, title="Late", owner="assistant", due_on="2026-11-20"))
    undated = add(Task(tandem_id=tandem.id, title="Someday", owner="assistant"))
    add(Task(tandem_id=tandem.id, title="Hers", owner="leader", due_on="2026-11-01"))
    add(Task(tandem_id=tandem.id, title="Done", owner="assistant", status="done"))
    queries = OverviewQueries(store)
    assert [t.id for t in queries.open_tasks(tandem.id, "assistant")] == [
        late.id, later.id, undated.id]
    assert queries.open_task_count(tandem.id, "assistant") == 3
    assert queries.overdue_task_count(tandem.id, "assistant", "2026-11-29") == 1
    store.tasks.change(late.id, status="done")
    assert queries.overdue_task_count(tandem.id, "assistant", "2026-11-29") == 0


def test_open_questions_longest_waiting_first(store: Store, tandem: Tandem) -> None:
    for text, asked, status in [("B", "2026-11-20", "open"), ("A", "2026-11-01", "open"),
                                ("C", "2026-10-01", "answered")]:
        store.questions.add(Question(tandem_id=tandem.id, text=text, asked_by="assistant",
                                     asked_on=asked, status=status,
                                     answer="Yes" if status == "answered" else ""))
    queries = OverviewQueries(store)
    assert [q.text for q in queries.open_questions(tandem.id)] == ["A", "B"]
    assert queries.open_question_count(tandem.id) == 2


def test_last_feedback_each_way(store: Store, tandem: Tandem) -> None:
    for direction, given in [("leader_to_assistant", "2026-11-01"),
                             ("leader_to_assistant", "2026-11-20"),
                             ("leader_to_assistant", "2026-10-01")]:
        store.feedback.add(Feedback(tandem_id=tandem.id, direction=direction, given_on=given,
                                    situation="x"))
    last = OverviewQueries(store).last_feedback(tandem.id)
    assert last[FeedbackDirection.LEADER_TO_ASSISTANT].given_on == "2026-11-20"  # type: ignore[union-attr]
    assert last[FeedbackDirection.ASSISTANT_TO_LEADER] is None


def test_due_for_review_spans_rules_areas_access_and_agreements(store: Store,
                                                                tandem: Tandem) -> None:
    tid = tandem.id
    store.areas.add(Area(tandem_id=tid, name="Travel", owner="assistant",
                         review_on="2026-12-12"))
    store.areas.add(Area(tandem_id=tid, name="Later", owner="assistant", review_on="2027-01-30"))
    gone = store.areas.add(Area(tandem_id=tid, name="Gone", owner="leader",
                                review_on="2026-11-01"))
    store.areas.delete(gone.id)
    store.rules.add(DecisionRule(tandem_id=tid, decision="Book travel", level=5,
                                 review_on="2026-12-10"))
    store.rules.add(DecisionRule(tandem_id=tid, decision="Far away", level=5,
                                 review_on="2027-06-01"))
    store.access_items.add(AccessItem(tandem_id=tid, title="Inbox", kind="account",
                                      review_on="2026-11-01"))
    store.access_items.add(AccessItem(tandem_id=tid, title="Old CRM", kind="system",
                                      review_on="2026-11-01", revoked_on="2026-10-01"))
    store.agreements.add(Agreement(tandem_id=tid, category="urgent", text="Call",
                                   review_on="2026-12-13"))
    due = OverviewQueries(store).due_for_review(tid, "2026-12-13")
    assert [(d.table, d.title) for d in due] == [
        ("access_item", "Inbox"), ("decision_rule", "Book travel"), ("area", "Travel"),
        ("agreement", "Call")]


def test_active_goals_with_progress_from_tasks_where_chosen(store: Store, tandem: Tandem) -> None:
    tid = tandem.id
    manual = store.goals.add(Goal(tandem_id=tid, title="Manual", progress=40))
    counted = store.goals.add(Goal(tandem_id=tid, title="Counted", progress_mode="tasks",
                                   target_on="2026-12-01"))
    store.goals.add(Goal(tandem_id=tid, title="Finished", status="done", progress=100))
    for status in ("done", "open", "open", "done", "cancelled"):
        store.tasks.add(Task(tandem_id=tid, title="t", owner="assistant", status=status,
                             goal_id=counted.id))
    goals = OverviewQueries(store).active_goals(tid)
    assert [(g.goal.id, g.progress) for g in goals] == [(counted.id, 50), (manual.id, 40)]


def test_next_checkin_from_series_counts_backlog_and_standing_items(store: Store,
                                                                    tandem: Tandem) -> None:
    tid = tandem.id
    series = store.series.add(CheckInSeries(
        tandem_id=tid, title="Weekly", rrule="FREQ=WEEKLY;BYDAY=MO", first_start="2026-01-05T09:00",
        time_zone="Europe/Berlin", standing_items=["Priorities", "Calendar"]))
    store.agenda.add(AgendaItem(tandem_id=tid, text="Holiday cover", added_by="leader"))
    store.agenda.add(AgendaItem(tandem_id=tid, text="Done already", added_by="leader",
                                discussed=True))
    found = OverviewQueries(store).next_checkin(tid, NOW)
    assert found is not None
    assert (found.table, found.id, found.title) == ("checkin_series", series.id, "Weekly")
    assert found.starts_at == datetime(2026, 11, 30, 8, 0, tzinfo=UTC)  # 09:00 in Berlin
    assert found.agenda_items == 3


def test_an_earlier_planned_meeting_comes_first(store: Store, tandem: Tandem) -> None:
    tid = tandem.id
    store.series.add(CheckInSeries(
        tandem_id=tid, title="Weekly", rrule="FREQ=WEEKLY;BYDAY=MO", first_start="2026-01-05T09:00",
        time_zone="Europe/Berlin"))
    meeting = store.meetings.add(Meeting(tandem_id=tid, starts_at="2026-11-29T15:00:00Z",
                                         title="Extra"))
    store.agenda.add(AgendaItem(tandem_id=tid, meeting_id=meeting.id, text="Budget",
                                added_by="leader"))
    found = OverviewQueries(store).next_checkin(tid, NOW)
    assert found is not None
    assert (found.table, found.id, found.agenda_items) == ("meeting", meeting.id, 1)
    assert OverviewQueries(store).next_checkin(tid, datetime(2026, 11, 29, 16, 0, tzinfo=UTC))\
        .table == "checkin_series"  # type: ignore[union-attr]


def test_no_checkin_without_series_or_meetings(store: Store, tandem: Tandem) -> None:
    assert OverviewQueries(store).next_checkin(tandem.id, NOW) is None
