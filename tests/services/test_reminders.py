"""What the daily reminders find: due today or earlier, each kind on its own."""

from __future__ import annotations

from datetime import date

from tandem_desktop.domain.daily_reminders import ReminderKind, days_waiting_too_long
from tandem_desktop.domain.records import Area, Feedback, Question, Vision
from tandem_desktop.domain.tandem import Tandem
from tandem_desktop.services.reminders import due_reminders
from tandem_desktop.storage.store import Store

TODAY = date(2026, 11, 29)


def test_questions_wait_as_long_as_their_urgency_allows() -> None:
    assert days_waiting_too_long("today", "2026-11-28", TODAY) == 0
    assert days_waiting_too_long("today", "2026-11-26", TODAY) == 2
    assert days_waiting_too_long("week", "2026-11-22", TODAY) == 0
    assert days_waiting_too_long("week", "2026-11-21", TODAY) == 1
    assert days_waiting_too_long("whenever", "2026-10-30", TODAY) == 0
    assert days_waiting_too_long("whenever", "2026-10-29", TODAY) == 1
    assert days_waiting_too_long("whenever", "not a date", TODAY) == 0


def test_nothing_due_says_nothing(store: Store, tandem: Tandem) -> None:
    store.tandems.change(tandem.id, started_on="2026-11-20")
    store.areas.add(Area(tandem_id=tandem.id, name="Later", owner="leader",
                         review_on="2026-11-30"))
    store.visions.add(Vision(tandem_id=tandem.id, statement="New", saved_on="2026-11-01"))
    assert due_reminders(store, tandem.id, TODAY) == []


def test_each_kind_can_be_left_out(store: Store, tandem: Tandem) -> None:
    store.tandems.change(tandem.id, feedback_every_days=7)
    for direction in ("leader_to_assistant", "assistant_to_leader"):
        store.feedback.add(Feedback(tandem_id=tandem.id, direction=direction,
                                    kind="appreciation", given_on="2026-11-22",
                                    situation="Call"))
    store.questions.add(Question(tandem_id=tandem.id, text="Q", asked_by="leader",
                                 asked_on="2026-11-01", urgency="week"))
    store.areas.add(Area(tandem_id=tandem.id, name="Post", owner="leader",
                         review_on="2026-11-29"))
    found = due_reminders(store, tandem.id, TODAY)
    assert [(r.kind, r.days_late) for r in found] == [
        (ReminderKind.FEEDBACK, 0), (ReminderKind.FEEDBACK, 0),
        (ReminderKind.REVIEWS, 0), (ReminderKind.QUESTIONS, 21)]
    only = due_reminders(store, tandem.id, TODAY, frozenset({ReminderKind.REVIEWS}))
    assert [r.title for r in only] == ["Post"]
