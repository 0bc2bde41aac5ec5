"""Round trips through every repository, soft delete, restore and purge."""

from __future__ import annotations

import dataclasses
import sqlite3

import pytest

from tandem_desktop.demo import create_demo
from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.storage.errors import NotFoundError, ValidationError
from tandem_desktop.storage.store import Store


def test_demo_fills_every_kind_of_record(store: Store, clock: FixedClock) -> None:
    tandem = create_demo(store, "en", clock.today())
    for repository in store.repositories:
        if repository.table == "tandem":
            assert repository.count() == 1
        else:
            assert repository.count_for(tandem.id) > 0, repository.table  # type: ignore[attr-defined]


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_repository_round_trips(store: Store, clock: FixedClock, language: str) -> None:
    create_demo(store, language, clock.today())
    for repository in store.repositories:
        for record in repository.list():
            again = repository.get(record.id)
            assert again == record, repository.table
            changed = repository.update(again)
            assert dataclasses.replace(changed, updated_at=record.updated_at) == record


def test_soft_delete_restore_and_purge(store: Store, tandem) -> None:  # type: ignore[no-untyped-def]
    from tandem_desktop.domain.records import Question

    question = store.questions.add(Question(tandem_id=tandem.id, text="May I?",
                                            asked_by="assistant", asked_on="2026-11-01"))
    store.questions.delete(question.id)
    assert store.questions.count_for(tandem.id) == 0
    assert [q.id for q in store.questions.list(deleted=True)] == [question.id]
    with pytest.raises(NotFoundError):
        store.questions.get(question.id)
    assert store.questions.lines(tandem.id, "all", "may") == []
    store.questions.restore(question.id)
    assert store.questions.lines(tandem.id, "all", "may")[0].id == question.id
    with pytest.raises(ValidationError):
        store.questions.purge(question.id)
    store.questions.delete(question.id)
    store.questions.purge(question.id)
    with pytest.raises(NotFoundError):
        store.questions.get(question.id, include_deleted=True)


def test_foreign_key_violation_raises(store: Store, tandem) -> None:  # type: ignore[no-untyped-def]
    from tandem_desktop.domain.records import Task

    with pytest.raises(sqlite3.IntegrityError):
        store.tasks.add(Task(tandem_id=tandem.id, title="x", owner="leader",
                             goal_id="no-such-goal"))
    assert store.tasks.count_for(tandem.id) == 0


def test_search_folds_umlauts(store: Store, tandem) -> None:  # type: ignore[no-untyped-def]
    from tandem_desktop.domain.records import Feedback

    store.feedback.add(Feedback(tandem_id=tandem.id, direction="leader_to_assistant",
                                given_on="2026-11-01", situation="Rückmeldung zur Messe"))
    for typed in ("Rueckmeldung", "rückm", "RÜCKMELDUNG", "messe"):
        assert store.feedback.count_filtered(tandem.id, text=typed) == 1, typed


def test_validation_refuses_bad_values(store: Store, tandem) -> None:  # type: ignore[no-untyped-def]
    from tandem_desktop.domain.records import DecisionRule, Question

    with pytest.raises(ValidationError):
        store.questions.add(Question(tandem_id=tandem.id, text="  ", asked_by="assistant",
                                     asked_on="2026-11-01"))
    for level in (0, 8, -1):
        with pytest.raises(ValidationError):
            store.rules.add(DecisionRule(tandem_id=tandem.id, decision="x", level=level))
    assert store.rules.count_for(tandem.id) == 0


def test_one_action_one_transaction(store: Store, tandem) -> None:  # type: ignore[no-untyped-def]
    from tandem_desktop.domain.records import Question, Task

    with pytest.raises(ValidationError), store.transaction():
        store.tasks.add(Task(tandem_id=tandem.id, title="kept?", owner="leader"))
        store.questions.add(Question(tandem_id=tandem.id, text="", asked_by="assistant",
                                     asked_on="2026-11-01"))
    assert store.tasks.count_for(tandem.id) == 0


def test_every_table_carries_the_record_stamps(store: Store) -> None:
    """Seen through sqlite-utils' introspection of the live schema."""
    utils = store.database.utils
    for repository in store.repositories:
        columns = {column.name for column in utils[repository.table].columns}
        assert {"id", "created_at", "updated_at", "deleted_at"} <= columns, repository.table
        if repository.table != "tandem":
            assert "tandem_id" in columns, repository.table
        if repository.search_fields:
            assert f"fts_{repository.table}" in utils.table_names()


def test_verbatim_writes_join_the_open_transaction(store: Store, tandem) -> None:  # type: ignore[no-untyped-def]
    from tandem_desktop.domain.records import Question

    def question(number: int) -> Question:
        return Question(id=f"q-{number}", created_at="2026-11-01T09:00:00Z",
                        updated_at="2026-11-01T09:00:00Z", tandem_id=tandem.id,
                        text=f"Question {number} about the hotel", asked_by="assistant",
                        asked_on="2026-11-01")

    # On its own, one write commits by itself and is found by search.
    store.questions.put_verbatim(question(1), replace=False)
    assert found(store, "hotel") == ["q-1"]
    # Inside a transaction the writes stand or fall together: a refused one undoes all.
    with pytest.raises(sqlite3.IntegrityError), store.transaction():
        store.questions.put_verbatim(question(2), replace=False)
        store.questions.put_verbatim(question(1), replace=False)  # the id is taken
    assert [q.id for q in store.questions.list()] == ["q-1"]
    assert found(store, "hotel") == ["q-1"]


def found(store: Store, text: str) -> list[str]:
    """Ids of the questions the full-text index finds for ``text``."""
    tandem_ids = {tandem.id for tandem in store.tandems.list()}
    return [line.id for tandem_id in tandem_ids
            for line in store.questions.lines(tandem_id, "all", text)]
