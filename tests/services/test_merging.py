"""Applying the partner's batch: what came back after a delete, and the conflicts it left."""

from __future__ import annotations

from datetime import timedelta

from tandem_desktop.domain.records import Question
from tandem_desktop.services.merging import ReturnedRecord, apply_partner_changes
from tests.services.partners import partners
from tests.storage.copies import changes_of, problems


def test_a_record_the_partner_edited_after_my_delete_comes_back_by_name() -> None:
    made = partners()
    question = made.mine.questions.add(Question(
        tandem_id=made.tandem.id, text="May I book hotels alone?", asked_by="assistant",
        asked_on="2026-11-29"))
    apply_partner_changes(made.theirs, changes_of(made.mine))
    made.my_clock.advance(timedelta(minutes=1))
    made.mine.tasks.delete(made.task.id)
    made.mine.questions.delete(question.id)
    made.their_clock.advance(timedelta(minutes=2))
    made.theirs.tasks.change(made.task.id, notes="Economy, window seat")

    summary = apply_partner_changes(made.mine, changes_of(made.theirs))

    assert summary.came_back == (ReturnedRecord("task", made.task.id, "Book the flights"),)
    assert made.mine.tasks.get(made.task.id).notes == "Economy, window seat"
    assert made.mine.questions.find(question.id) is None  # nobody edited it: still deleted
    assert summary.conflicts == 0
    assert problems(made.mine) == []


def test_the_summary_counts_the_texts_that_lost() -> None:
    made = partners()
    made.both_edit_notes("Aisle", "Window")
    summary = apply_partner_changes(made.mine, changes_of(made.theirs))
    assert summary.conflicts == 1 and summary.came_back == ()
    again = apply_partner_changes(made.mine, changes_of(made.theirs))  # the same batch twice
    assert again.conflicts == 0 and again.report.applied == 0
