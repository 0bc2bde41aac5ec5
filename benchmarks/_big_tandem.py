"""The large tandem the tab_switch and peak_memory benchmarks share.

100,000 tasks, 20,000 questions, 5,000 rules, 2,000 meetings and 10,000
feedback entries (times ``scale``) on top of the demo tandem, written through
the repositories in one transaction.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.domain.records import (
    DecisionRule,
    Feedback,
    Meeting,
    Question,
    Tandem,
    Task,
)
from tandem_desktop.storage.store import Store, open_store

NOW = datetime(2026, 11, 29, 10, 0, tzinfo=UTC)
COUNTS = {"tasks": 100_000, "questions": 20_000, "rules": 5_000, "meetings": 2_000,
          "feedback": 10_000}
WORDS = ("invoice", "travel", "booking", "report", "board", "contract", "printer", "budget",
         "minutes", "agenda", "visa", "hotel", "flight", "catering", "archive", "payroll")


def build(data_dir: Path, scale: float) -> tuple[Store, Tandem, FixedClock]:
    """Open a store in ``data_dir`` holding the demo tandem plus the bulk records."""
    from tandem_desktop.demo import create_demo

    clock = FixedClock(NOW)
    store = open_store(data_dir, clock)
    tandem = create_demo(store, "en", NOW.date())
    counts = {kind: max(10, int(count * scale)) for kind, count in COUNTS.items()}
    chance = random.Random(10)
    start = date(2025, 1, 1)

    def day() -> str:
        return (start + timedelta(days=chance.randrange(800))).isoformat()

    def words(count: int) -> str:
        return " ".join(chance.choice(WORDS) for _ in range(count))

    tid = tandem.id
    with store.transaction():
        store.tasks.add_many(
            Task(tandem_id=tid, title=f"{words(3)} {n}", owner=chance.choice(("leader",
                 "assistant")), due_on=day() if chance.random() < 0.8 else None,
                 status="done" if chance.random() < 0.3 else "open",
                 priority=chance.choice(("high", "normal", "low")))
            for n in range(counts["tasks"]))
        store.questions.add_many(
            Question(tandem_id=tid, text=f"May I {words(2)}? {n}", asked_by="assistant",
                     asked_on=day(), status="answered" if chance.random() < 0.7 else "open",
                     answer=words(4))
            for n in range(counts["questions"]))
        store.rules.add_many(
            DecisionRule(tandem_id=tid, decision=f"{words(3)} {n}", level=chance.randint(1, 7),
                         limits=words(2), agreed_on=day())
            for n in range(counts["rules"]))
        store.meetings.add_many(
            Meeting(tandem_id=tid, starts_at=f"{day()}T09:00:00Z",
                    title=f"Check-in {n}", status="held", shared_notes=words(5))
            for n in range(counts["meetings"]))
        store.feedback.add_many(
            Feedback(tandem_id=tid, direction=chance.choice(("leader_to_assistant",
                     "assistant_to_leader")), given_on=day(), situation=words(3),
                     behaviour=words(4), impact=words(3))
            for n in range(counts["feedback"]))
    return store, tandem, clock
