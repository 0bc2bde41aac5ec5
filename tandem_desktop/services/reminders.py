"""What the once-a-day reminders announce for one tandem: feedback due by the rhythm,
reviews due and questions waiting too long. Nothing here writes.

Each reminder names the record that opens when it is clicked: a question, a rule,
an access item, an agreement, an area, the current vision, or the tandem's
feedback rhythm (``FEEDBACK_RHYTHM`` and the tandem's id).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from tandem_desktop.domain import feedback_rhythm
from tandem_desktop.domain.daily_reminders import ReminderKind, days_waiting_too_long
from tandem_desktop.domain.goals import REVIEW_EVERY_DAYS, parse_date, review_due
from tandem_desktop.storage import overview
from tandem_desktop.storage.store import Store

# The "record" a feedback reminder opens: the rhythm on the Feedback tab.
FEEDBACK_RHYTHM = "feedback_rhythm"


@dataclass(frozen=True)
class DueReminder:
    kind: ReminderKind
    table: str  # what opens on a click, with ``record_id``
    record_id: str
    title: str  # the record's own text; for feedback, the direction's value
    due_on: str  # ISO date it fell due (for a question: when it was asked)
    days_late: int = 0


def due_reminders(store: Store, tandem_id: str, today: date,
                  kinds: frozenset[ReminderKind] = frozenset(ReminderKind)) -> list[DueReminder]:
    """Everything of ``kinds`` that is due today or earlier, in the order of ``ReminderKind``."""
    tandem = store.tandems.get(tandem_id)
    found: list[DueReminder] = []
    if ReminderKind.FEEDBACK in kinds:
        status = feedback_rhythm.status(store.feedback.last_given(tandem_id),
                                        tandem.feedback_every_days, today, tandem.started_on)
        for direction, due in status.by_direction.items():
            if due.due_on <= today:
                found.append(DueReminder(ReminderKind.FEEDBACK, FEEDBACK_RHYTHM, tandem_id,
                                         direction.value, due.due_on.isoformat(),
                                         due.days_overdue))
    if ReminderKind.REVIEWS in kinds:
        found += _reviews(store, tandem_id, today)
    if ReminderKind.QUESTIONS in kinds:
        for question in store.questions.open_for(tandem_id):
            late = days_waiting_too_long(question.urgency, question.asked_on, today)
            if late > 0:
                found.append(DueReminder(ReminderKind.QUESTIONS, "question", question.id,
                                         question.text, question.asked_on[:10], late))
    return found


def _reviews(store: Store, tandem_id: str, today: date) -> list[DueReminder]:
    iso = today.isoformat()
    due = [(item.table, item.id, item.title, item.review_on)
           for item in overview.due_for_review(store.database, tandem_id, iso)]
    due.sort(key=lambda entry: (entry[3], entry[2]))
    found = [DueReminder(ReminderKind.REVIEWS, table, record_id, title, review_on,
                         (today - date.fromisoformat(review_on[:10])).days)
             for table, record_id, title, review_on in due]
    vision = store.visions.current(tandem_id)
    if vision is not None:
        tandem = store.tandems.get(tandem_id)
        since = tandem.vision_reviewed_on or store.visions.history(tandem_id)[-1].saved_on
        last = parse_date(since)
        if last is not None and review_due(since, today):
            due_on = last + timedelta(days=REVIEW_EVERY_DAYS)
            found.append(DueReminder(ReminderKind.REVIEWS, "vision", vision.id,
                                     vision.statement, due_on.isoformat(),
                                     (today - due_on).days))
    return found
