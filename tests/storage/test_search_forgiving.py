"""Search that forgives: accents both ways, words inside words, "Did you mean …".

German, French and Spanish names and words, in the search field's query, every
filter (tasks, questions, feedback, goals), the knowledge base and "May I decide?".
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.domain.records import (
    Area,
    DecisionRule,
    Feedback,
    Goal,
    Question,
    Tandem,
    Task,
)
from tandem_desktop.domain.text import edit_distance, fold, fold_with_origin
from tandem_desktop.storage.database import Database, connect
from tandem_desktop.storage.migrator import migrate
from tandem_desktop.storage.search import did_you_mean, search_everything
from tandem_desktop.storage.search_words import near_words
from tandem_desktop.storage.store import Store, database_path, open_store
from tests.conftest import make_tandem


def found_ids(store: Store, tandem_id: str | None, typed: str) -> set[str]:
    return {hit.id for group in search_everything(store.database, tandem_id, typed)
            for hit in group.hits}


@pytest.mark.parametrize(("written", "typed"), [
    ("Überstunden", "uberstunden"), ("Überstunden", "ueberstunden"), ("Überstunden", "ÜBERST"),
    ("Ueberstunden", "überstunden"), ("Ueberstunden", "uberstunden"),
    ("Köln", "koln"), ("Köln", "koeln"), ("Koeln", "köln"), ("Grüße aus Köln", "grusse"),
    ("Größe", "grosse"), ("Straße", "strasse"), ("Strasse", "straße"),
    ("Mädchen", "madchen"), ("Maedchen", "mädchen"),
    ("Hélène Lefèvre", "helene lefevre"), ("Françoise", "francoise"), ("Noël", "noel"),
    ("Œuvre", "oeuvre"), ("Peña Muñoz", "pena munoz"), ("José Ibáñez", "jose ibanez"),
    ("Zürich", "zuerich"),
])
def test_accents_fold_both_ways_in_search(store: Store, tandem: Tandem, written: str,
                                          typed: str) -> None:
    task = store.tasks.add(Task(tandem_id=tandem.id, title=f"Call {written}", owner="assistant"))
    assert found_ids(store, tandem.id, typed) == {task.id}


def test_a_word_is_found_inside_other_words(store: Store, tandem: Tandem) -> None:
    access = store.tasks.add(Task(tandem_id=tandem.id, title="Zugang zum Laufwerk",
                                  owner="assistant"))
    relation = store.tasks.add(Task(tandem_id=tandem.id, title="Bezug zur Reisekostenstelle",
                                    owner="assistant"))
    store.tasks.add(Task(tandem_id=tandem.id, title="Zoo tickets", owner="assistant"))
    assert found_ids(store, tandem.id, "zug") == {access.id, relation.id}
    [group] = search_everything(store.database, tandem.id, "zug")
    marked = {hit.title[a:b] for hit in group.hits for a, b in hit.title_marks}
    assert marked == {"Zugang", "Bezug"}
    # Two letters only match at the start of a word: inside words they say nothing yet.
    assert found_ids(store, tandem.id, "ug") == set()
    # A word found inside others, before or after a plain one, in the filters too.
    for typed in ("reise zug", "zug reise", "bez zug"):
        assert found_ids(store, tandem.id, typed) == {relation.id}, typed
        assert [task.id for task in store.tasks.page(tandem.id, text=typed)[0]] == [relation.id]


def test_marks_cover_the_written_word(store: Store, tandem: Tandem) -> None:
    store.tasks.add(Task(tandem_id=tandem.id, title="Ueberstunden in Köln abrechnen",
                         owner="assistant"))
    [group] = search_everything(store.database, tandem.id, "überstunden koln")
    hit = group.hits[0]
    assert [hit.title[a:b] for a, b in hit.title_marks] == ["Ueberstunden", "Köln"]


def test_every_filter_forgives(store: Store, tandem: Tandem) -> None:
    store.tasks.add(Task(tandem_id=tandem.id, title="Überstunden von Frau Müller",
                         owner="assistant"))
    store.questions.add(Question(tandem_id=tandem.id, text="Wer zahlt die Fahrt nach Köln?",
                                 asked_by="assistant", asked_on="2026-11-20"))
    store.feedback.add(Feedback(tandem_id=tandem.id, direction="leader_to_assistant",
                                given_on="2026-11-20", situation="Präsentation für Señor Núñez"))
    store.goals.add(Goal(tandem_id=tandem.id, title="Café in Genève eröffnen"))
    tasks, _ = store.tasks.page(tandem.id, view="all", text="mueller")
    assert [line.title for line in tasks] == ["Überstunden von Frau Müller"]
    assert len(store.questions.lines(tandem.id, "all", "koln")) == 1
    assert len(store.feedback.filtered(tandem.id, text="senor nunez")) == 1
    assert [s.goal.title for s in store.goals.standings(tandem.id, text="geneve cafe")] == [
        "Café in Genève eröffnen"]


def test_knowledge_base_and_may_i_decide_forgive(store: Store, tandem: Tandem) -> None:
    question = store.questions.add(Question(
        tandem_id=tandem.id, text="Darf ich Überstunden selbst freigeben?",
        asked_by="assistant", asked_on="2026-11-20"))
    store.questions.answer(question.id, "Ja, bis zehn Stunden im Monat.", "2026-11-21")
    area = store.areas.add(Area(tandem_id=tandem.id, name="Reisen nach Málaga",
                                owner="assistant"))
    rule = store.rules.add(DecisionRule(tandem_id=tandem.id, decision="Hotel in Köln buchen",
                                        level=6, area_id=area.id))
    assert [line.id for line in store.questions.knowledge_base(tandem.id, "ueberstunden")] == [
        question.id]
    assert store.rules.lookup(tandem.id, "hotel koeln")[0].rule.id == rule.id
    assert [hit.rule.id for hit in store.rules.lookup(tandem.id, "malaga")] == [rule.id]


def test_did_you_mean_offers_indexed_words_that_find_something(store: Store,
                                                                tandem: Tandem) -> None:
    store.tasks.add(Task(tandem_id=tandem.id, title="Überstunden für Jürgen eintragen",
                         owner="assistant"))
    store.tasks.add(Task(tandem_id=tandem.id, title="Reisekosten Señora Domínguez",
                         owner="assistant"))
    assert found_ids(store, tandem.id, "uberstnuden") == set()
    assert did_you_mean(store.database, tandem.id, "uberstnuden") == "Überstunden"
    assert did_you_mean(store.database, tandem.id, "Jürgen uebrstunden") == "Jürgen Überstunden"
    assert did_you_mean(store.database, tandem.id, "domnguez") == "Domínguez"
    assert did_you_mean(store.database, tandem.id, "reiskosten") == "Reisekosten"
    assert did_you_mean(store.database, tandem.id, "xylophon") is None
    assert did_you_mean(store.database, tandem.id, "Jürgen") is None  # it finds already


def test_did_you_mean_only_names_words_this_tandem_can_find(store: Store,
                                                            tandem: Tandem) -> None:
    other = make_tandem(store, name="Other client")
    store.tasks.add(Task(tandem_id=other.id, title="Quartalsbericht", owner="assistant"))
    gone = store.tasks.add(Task(tandem_id=tandem.id, title="Quartalsplanung",
                                owner="assistant"))
    store.tasks.delete(gone.id)
    assert "Quartalsbericht" in near_words(store.database, "quartalsberict")
    assert did_you_mean(store.database, tandem.id, "quartalsberict") is None
    assert did_you_mean(store.database, None, "quartalsberict") == "Quartalsbericht"
    assert did_you_mean(store.database, tandem.id, "quartalsplnung") is None


def test_search_across_every_active_tandem(store: Store, tandem: Tandem) -> None:
    other = make_tandem(store, name="Second client")
    archived = make_tandem(store, name="Former client")
    store.tandems.change(archived.id, archived_at="2026-01-01T00:00:00Z")
    mine = store.tasks.add(Task(tandem_id=tandem.id, title="Messe in Köln", owner="assistant"))
    theirs = store.tasks.add(Task(tandem_id=other.id, title="Köln Hotel", owner="assistant"))
    store.tasks.add(Task(tandem_id=archived.id, title="Köln alt", owner="assistant"))
    groups = search_everything(store.database, None, "koln")
    assert {(hit.id, hit.tandem_id) for group in groups for hit in group.hits} == {
        (mine.id, tandem.id), (theirs.id, other.id)}
    assert found_ids(store, tandem.id, "koln") == {mine.id}


def test_the_upgrade_refolds_the_indexes_and_collects_the_words(
        tmp_path: Path, clock: FixedClock) -> None:
    path = database_path(tmp_path / "data")
    path.parent.mkdir(parents=True)
    conn = connect(path)
    database = Database(conn, path, clock)
    migrate(database, target=3)
    old = Store(database)
    tandem = make_tandem(old)
    old.tasks.add(Task(tandem_id=tandem.id, title="Überstunden in Köln", owner="assistant"))
    trashed = old.tasks.add(Task(tandem_id=tandem.id, title="Zugang", owner="assistant"))
    old.tasks.delete(trashed.id)
    conn.close()
    store = open_store(tmp_path / "data", clock)
    try:
        assert store.database.schema_version == 5
        assert len(found_ids(store, tandem.id, "uberstunden koln")) == 1
        assert found_ids(store, tandem.id, "zugang") == set()  # the Trash stays unindexed
        shown = dict(store.database.conn.execute("SELECT word, shown FROM search_word"))
        assert shown["uberstunden"] == "Überstunden" and shown["koln"] == "Köln"
        store.tasks.restore(trashed.id)
        assert found_ids(store, tandem.id, "zugang") == {trashed.id}
    finally:
        store.close()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aeouAEOUäöüÄÖÜßéèñçœæ Zx-1"), max_size=30))
def test_folding_with_origin_agrees_with_folding(text: str) -> None:
    folded, origin = fold_with_origin(text)
    assert folded == fold(text)
    assert len(origin) == len(folded)
    assert all(0 <= a < b <= len(text) for a, b in origin)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcde", max_size=8), st.text(alphabet="abcde", max_size=8))
def test_edit_distance_is_symmetric_and_bounded(a: str, b: str) -> None:
    distance = edit_distance(a, b, 10)
    assert distance == edit_distance(b, a, 10)
    assert (distance == 0) == (a == b)
    assert distance <= max(len(a), len(b))
    assert edit_distance(a, b, 1) == min(distance, 2)


def test_a_file_before_version_5_still_takes_writes(clock: FixedClock) -> None:
    database = Database(connect(Path(":memory:")), None, clock)
    migrate(database, target=4)
    store = Store(database)
    tandem = make_tandem(store)
    store.tasks.add(Task(tandem_id=tandem.id, title="Früher", owner="assistant"))
    with pytest.raises(sqlite3.OperationalError):
        database.conn.execute("SELECT count(*) FROM search_word")
    store.close()


def test_words_are_written_with_their_transaction(store: Store, tandem: Tandem) -> None:
    def known() -> set[str]:
        return {row[0] for row in store.database.conn.execute("SELECT word FROM search_word")}

    with pytest.raises(RuntimeError), store.transaction():
        store.tasks.add(Task(tandem_id=tandem.id, title="Quittung", owner="assistant"))
        raise RuntimeError("the user's action fails")
    assert "quittung" not in known()
    with store.transaction():
        store.tasks.add(Task(tandem_id=tandem.id, title="Beleg", owner="assistant"))
        store.tasks.add(Task(tandem_id=tandem.id, title="Belegnummer", owner="assistant"))
    assert {"beleg", "belegnummer"} <= known()
    assert len(found_ids(store, tandem.id, "nummer")) == 1
