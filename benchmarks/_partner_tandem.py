"""A partner's tandem for the sync benchmarks, written through the real repositories.

The demo tandem plus tasks, questions, meetings with agenda items, feedback and
decision rules with their level history (children after their parents, as a
partner's journal holds them), and some edits of them, so that the journal holds
about ``changes`` field changes.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

NOW = datetime(2026, 11, 29, 10, 0, tzinfo=UTC)
WORDS = ("invoice", "travel", "booking", "report", "board", "contract", "printer", "budget",
         "minutes", "agenda", "visa", "hotel", "flight", "catering", "Reisekosten", "Angebot")
# How many records of each kind one "unit" of the tandem holds.
_MIX = {"tasks": 6, "questions": 4, "meetings": 1, "agenda": 3, "feedback": 2, "rules": 1,
        "level_changes": 2}
# Every tenth task is done later (two fields), every tenth question answered (three):
# a journal holds history, not only additions.
_EDITS = 0.1 * 2 * _MIX["tasks"] + 0.1 * 3 * _MIX["questions"]


def build(data_dir: Path, changes: int) -> tuple[Any, Any, Any]:
    """A store in ``data_dir`` whose journal holds about ``changes`` changes."""
    from tandem_desktop.demo import create_demo
    from tandem_desktop.domain.clock import FixedClock
    from tandem_desktop.storage.journal import journal_of
    from tandem_desktop.storage.store import open_store

    clock = FixedClock(NOW)
    store = open_store(data_dir, clock)
    tandem = create_demo(store, "en", NOW.date())
    journal = journal_of(store.database)
    assert journal is not None
    per_unit = sum(count * len(getattr(store, kind)._synced) for kind, count in _MIX.items())
    per_unit += _EDITS
    units = max(1, round((changes - journal.size()) / per_unit))
    _fill(store, tandem.id, units, random.Random(15))
    return store, tandem, clock


def _fill(store: Any, tandem_id: str, units: int, chance: random.Random) -> None:
    from tandem_desktop.domain.records import (
        AgendaItem,
        DecisionRule,
        Feedback,
        LevelChange,
        Meeting,
        Question,
        Task,
    )

    start = date(2025, 1, 1)

    def day() -> str:
        return (start + timedelta(days=chance.randrange(700))).isoformat()

    def words(count: int) -> str:
        return " ".join(chance.choice(WORDS) for _ in range(count))

    with store.transaction():
        for _ in range(units):
            for _ in range(_MIX["tasks"]):
                task = store.tasks.add(Task(
                    tandem_id=tandem_id, title=words(3), owner=chance.choice(("leader",
                    "assistant")), due_on=day(), notes=words(8)))
                if chance.random() < 0.1:
                    store.tasks.change(task.id, status="done", done_on=day())
            for _ in range(_MIX["questions"]):
                question = store.questions.add(Question(
                    tandem_id=tandem_id, text=f"May I {words(3)}?", context=words(6),
                    asked_by="assistant", asked_on=day()))
                if chance.random() < 0.1:
                    store.questions.change(question.id, status="answered", answer=words(5),
                                           answered_on=day())
            meeting = store.meetings.add(Meeting(
                tandem_id=tandem_id, starts_at=f"{day()}T09:00:00Z", title=words(2),
                shared_notes=words(10)))
            for position in range(_MIX["agenda"]):
                store.agenda.add(AgendaItem(
                    tandem_id=tandem_id, meeting_id=meeting.id, text=words(4),
                    added_by="leader", position=position))
            for _ in range(_MIX["feedback"]):
                store.feedback.add(Feedback(
                    tandem_id=tandem_id, direction="leader_to_assistant", given_on=day(),
                    situation=words(4), behaviour=words(5), impact=words(4)))
            rule = store.rules.add(DecisionRule(
                tandem_id=tandem_id, decision=words(4), level=chance.randint(1, 6),
                limits=words(3), agreed_on=day()))
            for number in range(_MIX["level_changes"]):
                store.level_changes.add(LevelChange(
                    tandem_id=tandem_id, rule_id=rule.id, changed_on=day(),
                    from_level=number or None, to_level=number + 1, note=words(3)))


def changes_of(store: Any, after: int = 0) -> list[Any]:
    """The store's journal after sequence number ``after``, as the partner receives it."""
    from tandem_desktop.storage.journal import journal_of

    journal = journal_of(store.database)
    assert journal is not None
    return [change for _, change in journal.changes(after=after)]


def record_count(store: Any, tandem_id: str) -> int:
    """Every live record of the tandem that travels (private feedback does not), the
    tandem itself included."""
    private = sum(1 for entry in store.feedback.for_tandem(tandem_id) if entry.private)
    return 1 - private + sum(repository.count_for(tandem_id)
                             for repository in store.repositories
                             if hasattr(repository, "count_for"))
