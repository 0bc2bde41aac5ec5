"""Feedback queries: filters in SQL, last given each way, balance counts, agenda, prompts."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.domain.feedback_rhythm import balance_since
from tandem_desktop.domain.records import Feedback, Tandem
from tandem_desktop.storage.errors import ValidationError
from tandem_desktop.storage.store import Store
from tests.conftest import make_tandem

L2A = "leader_to_assistant"
A2L = "assistant_to_leader"


def note(store: Store, tandem: Tandem, **values: object) -> Feedback:
    fields: dict[str, object] = {"direction": L2A, "given_on": "2026-11-20",
                                 "situation": "Board papers"}
    fields.update(values)
    return store.feedback.add(Feedback(tandem_id=tandem.id, **fields))  # type: ignore[arg-type]


def test_filters_combine_in_sql(store: Store, tandem: Tandem) -> None:
    first = note(store, tandem, kind="appreciation", situation="Board papers early")
    second = note(store, tandem, direction=A2L, kind="suggestion",
                  situation="Friday requests", status="discussed", given_on="2026-11-25")
    note(store, make_tandem(store, name="Other"), situation="Board papers elsewhere")
    ids = lambda rows: [row.id for row in rows]  # noqa: E731
    assert ids(store.feedback.filtered(tandem.id)) == [second.id, first.id]
    assert ids(store.feedback.filtered(tandem.id, direction=A2L)) == [second.id]
    assert ids(store.feedback.filtered(tandem.id, kind="appreciation")) == [first.id]
    assert ids(store.feedback.filtered(tandem.id, status="noted")) == [first.id]
    assert ids(store.feedback.filtered(tandem.id, text="board")) == [first.id]
    assert ids(store.feedback.filtered(tandem.id, text="fri", kind="suggestion")) == [second.id]
    assert store.feedback.filtered(tandem.id, text="board", direction=A2L) == []
    # Words that look like FTS syntax are taken literally.
    assert store.feedback.filtered(tandem.id, text='"AND" NEAR(') == []


def test_trash_lists_deleted_and_restores(store: Store, tandem: Tandem) -> None:
    entry = note(store, tandem, situation="Lost in the Trash")
    store.feedback.delete(entry.id)
    assert store.feedback.filtered(tandem.id) == []
    assert [row.id for row in store.feedback.filtered(tandem.id, deleted=True, text="trash")] == [
        entry.id]
    store.feedback.restore(entry.id)
    assert [row.id for row in store.feedback.filtered(tandem.id, text="lost")] == [entry.id]


def test_entry_without_text_is_refused(store: Store, tandem: Tandem) -> None:
    with pytest.raises(ValidationError):
        note(store, tandem, situation="  ")
    assert store.feedback.count_for(tandem.id) == 0


def test_last_given_and_last_asked(store: Store, tandem: Tandem) -> None:
    assert store.feedback.last_given(tandem.id) == {L2A: None, A2L: None}
    note(store, tandem, given_on="2026-10-01")
    note(store, tandem, given_on="2026-11-02", asked_for=True)
    gone = note(store, tandem, given_on="2026-11-28")
    store.feedback.delete(gone.id)
    note(store, tandem, direction=A2L, given_on="2026-09-09")
    assert store.feedback.last_given(tandem.id) == {L2A: "2026-11-02", A2L: "2026-09-09"}
    assert store.feedback.last_asked(tandem.id, L2A) == "2026-11-02"
    assert store.feedback.last_asked(tandem.id, A2L) is None


def test_balance_counts_the_last_ninety_days(store: Store, tandem: Tandem,
                                             clock: FixedClock) -> None:
    today = clock.today()
    since = balance_since(today)
    note(store, tandem, given_on=since.isoformat())  # first day counts
    note(store, tandem, given_on=(since - timedelta(days=1)).isoformat())  # too old
    note(store, tandem, kind="suggestion", given_on=today.isoformat())
    note(store, tandem, direction=A2L, kind="suggestion", given_on=today.isoformat())
    gone = note(store, tandem, direction=A2L, given_on=today.isoformat())
    store.feedback.delete(gone.id)
    assert store.feedback.balance(tandem.id, since.isoformat(), today.isoformat()) == {
        (L2A, "appreciation"): 1, (L2A, "suggestion"): 1,
        (A2L, "appreciation"): 0, (A2L, "suggestion"): 1,
    }


def test_prompts_seed_once_append_and_move(store: Store, tandem: Tandem) -> None:
    prompts = store.feedback_prompts
    seeded = prompts.seed(tandem.id, ["Start?", "Stop?", "Continue?"])
    assert [p.text for p in seeded] == ["Start?", "Stop?", "Continue?"]
    assert prompts.seed(tandem.id, ["Again?"]) == []
    own = prompts.append(tandem.id, "What would help you most?")
    assert own.position == 3
    assert prompts.move(own.id, -1)
    assert [p.text for p in prompts.for_tandem(tandem.id)] == [
        "Start?", "Stop?", "What would help you most?", "Continue?"]
    first = prompts.for_tandem(tandem.id)[0]
    assert not prompts.move(first.id, -1)
    for prompt in prompts.for_tandem(tandem.id):
        prompts.delete(prompt.id)
    # Deleting every prompt does not bring the built-in ones back.
    assert prompts.seed(tandem.id, ["Start?"]) == []
    assert prompts.ever_had_any(tandem.id)
    assert not prompts.ever_had_any(make_tandem(store, name="Fresh").id)
