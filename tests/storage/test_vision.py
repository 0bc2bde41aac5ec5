"""Vision versions, goal standings computed in SQL, and the rules development goals name."""

from __future__ import annotations

import pytest

from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.domain.records import DecisionRule, Goal, Tandem, Task, Vision
from tandem_desktop.storage.errors import ValidationError
from tandem_desktop.storage.store import Store
from tests.conftest import make_tandem


def _vision(tandem: Tandem, statement: str, saved_on: str = "2026-11-29") -> Vision:
    return Vision(tandem_id=tandem.id, statement=statement, horizon="2028", saved_on=saved_on)


def test_every_save_adds_a_version_and_the_newest_is_current(
    store: Store, tandem: Tandem
) -> None:
    first = store.visions.save_version(_vision(tandem, "One", "2026-01-10"))
    second = store.visions.save_version(_vision(tandem, "Two"))
    # Saving an edited copy of the current version never overwrites it.
    third = store.visions.save_version(Vision(**{**second.__dict__, "statement": "Three"}))
    assert len({first.id, second.id, third.id}) == 3
    assert store.visions.current(tandem.id) == third
    assert [v.statement for v in store.visions.history(tandem.id)] == ["Three", "Two", "One"]
    assert store.visions.get(second.id).statement == "Two"


def test_vision_needs_a_statement(store: Store, tandem: Tandem) -> None:
    with pytest.raises(ValidationError):
        store.visions.save_version(_vision(tandem, "   "))
    assert store.visions.current(tandem.id) is None


def _goal(store: Store, tandem: Tandem, title: str = "Fair", **values: object) -> Goal:
    return store.goals.add(Goal(tandem_id=tandem.id, title=title, **values))  # type: ignore[arg-type]


def _task(store: Store, tandem: Tandem, goal: Goal | None, status: str = "open",
          title: str = "Task") -> Task:
    return store.tasks.add(Task(tandem_id=tandem.id, title=title, owner="assistant",
                                status=status, goal_id=goal.id if goal else None))


def test_goal_refuses_bad_values(store: Store, tandem: Tandem) -> None:
    for values in ({"progress": 101}, {"progress": -1}, {"status": "later"},
                   {"kind": "mine"}, {"target_on": "soon"}, {"title": " "}):
        with pytest.raises(ValidationError):
            _goal(store, tandem, **{"title": "Goal", **values})  # type: ignore[arg-type]
    goal = _goal(store, tandem, progress=100, target_on="2020-01-01")
    with pytest.raises(ValidationError):
        store.goals.change(goal.id, progress=150)
    assert store.goals.get(goal.id).progress == 100


def test_progress_follows_tasks_done_when_asked(store: Store, tandem: Tandem) -> None:
    follows = _goal(store, tandem, "Follows", progress=10, progress_mode="tasks")
    by_hand = _goal(store, tandem, "By hand", progress=10)
    tasks = [_task(store, tandem, follows) for _ in range(3)]
    _task(store, tandem, follows, status="cancelled")
    _task(store, tandem, by_hand, status="done")
    standing = store.goals.standing(follows.id)
    assert standing is not None
    assert (standing.progress, standing.tasks_done, standing.tasks_total) == (0, 0, 3)
    store.tasks.change(tasks[0].id, status="done")
    store.tasks.change(tasks[1].id, status="done")
    standing = store.goals.standing(follows.id)
    assert standing is not None and standing.progress == 67
    store.tasks.delete(tasks[2].id)
    assert store.goals.standing(follows.id).progress == 100  # type: ignore[union-attr]
    assert store.goals.standing(by_hand.id).progress == 10  # type: ignore[union-attr]
    # A goal that follows tasks but has none shows 0.
    empty = _goal(store, tandem, "Empty", progress=50, progress_mode="tasks")
    assert store.goals.standing(empty.id).progress == 0  # type: ignore[union-attr]


def test_standings_filter_in_sql_and_stay_in_their_tandem(store: Store, tandem: Tandem) -> None:
    other = make_tandem(store, name="Other")
    _goal(store, other, "Foreign goal")
    _goal(store, tandem, "Paperless office", target_on="2027-06-01", kind="shared")
    _goal(store, tandem, "Approve invoices alone", target_on="2027-01-01", kind="development")
    _goal(store, tandem, "Old goal", status="dropped")
    titles = [s.goal.title for s in store.goals.standings(tandem.id)]
    assert titles == ["Approve invoices alone", "Paperless office", "Old goal"]
    assert [s.goal.title for s in store.goals.standings(tandem.id, text="paperl")] == [
        "Paperless office"]
    assert [s.goal.title for s in store.goals.standings(tandem.id, kind="development")] == [
        "Approve invoices alone"]
    assert [s.goal.title for s in store.goals.standings(
        tandem.id, statuses=["dropped"])] == ["Old goal"]
    assert store.goals.standings(tandem.id, statuses=[]) == []


def test_development_goal_counts_rules_at_target(store: Store, tandem: Tandem) -> None:
    goal = _goal(store, tandem, "Grow", kind="development")
    rules = [
        store.rules.add(DecisionRule(tandem_id=tandem.id, decision=name, level=level,
                                     target_level=target))
        for name, level, target in [("Travel", 6, 6), ("Invoices", 4, 6), ("Gifts", 7, 5),
                                    ("Calendar", 5, None)]
    ]
    store.goal_rules.set_rules(tandem.id, goal.id, [r.id for r in rules] + [rules[0].id])
    assert store.goal_rules.reached(goal.id) == (2, 4)
    assert store.goals.standing(goal.id).rules_reached == 2  # type: ignore[union-attr]
    store.rules.change(rules[1].id, level=6)
    assert store.goal_rules.reached(goal.id) == (3, 4)
    store.goal_rules.set_rules(tandem.id, goal.id, [rules[1].id])
    assert [r.decision for r in store.rules.of_goal(goal.id)] == ["Invoices"]
    assert store.goal_rules.reached(goal.id) == (1, 1)
    store.rules.delete(rules[1].id)
    assert store.goal_rules.reached(goal.id) == (0, 0)


def test_linked_and_linkable_tasks(store: Store, tandem: Tandem, clock: FixedClock) -> None:
    goal = _goal(store, tandem)
    linked = _task(store, tandem, goal, title="Linked")
    free = _task(store, tandem, None, title="Free")
    _task(store, tandem, None, status="cancelled", title="Cancelled")
    assert [t.id for t in store.tasks.for_goal(goal.id)] == [linked.id]
    assert [t.id for t in store.tasks.linkable(tandem.id)] == [free.id]
