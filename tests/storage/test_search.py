"""One search across every kind of record: folding, prefixes, grouping, snippets."""

from __future__ import annotations

import pytest

from tandem_desktop.domain.records import (
    AgendaItem,
    Agreement,
    DecisionRule,
    Feedback,
    HealthCheck,
    Meeting,
    Question,
    Tandem,
    Task,
)
from tandem_desktop.storage.migrations.m001_initial import FTS_COLUMNS
from tandem_desktop.storage.search import KIND_ORDER, Matcher, search_everything, snippet
from tandem_desktop.storage.store import Store
from tests.conftest import make_tandem


def tables(groups: list) -> list[str]:  # type: ignore[type-arg]
    return [group.table for group in groups]


def test_every_indexed_kind_is_searched() -> None:
    assert set(KIND_ORDER) == set(FTS_COLUMNS)


def test_umlauts_and_sharp_s_match_with_or_without_them(store: Store, tandem: Tandem) -> None:
    item = store.agenda.add(AgendaItem(tandem_id=tandem.id, text="Rückmeldung zum Straßenfest",
                                       added_by="leader"))
    for typed in ("Rueckmeldung", "rückmeldung", "RÜCKM", "strassen", "Straß"):
        groups = search_everything(store.database, tandem.id, typed)
        assert tables(groups) == ["agenda_item"], typed
        hit = groups[0].hits[0]
        assert hit.id == item.id
        marked = [hit.title[a:b] for a, b in hit.title_marks]
        assert marked and marked[0] in ("Rückmeldung", "Straßenfest")


def test_prefixes_match_as_you_type(store: Store, tandem: Tandem) -> None:
    store.tasks.add(Task(tandem_id=tandem.id, title="Book the conference hotel", owner="assistant"))
    for typed in ("co", "conf", "conference", "hot conf"):
        assert tables(search_everything(store.database, tandem.id, typed)) == ["task"]
    assert search_everything(store.database, tandem.id, "confx") == []


def test_results_are_grouped_by_kind_with_the_matching_words(store: Store,
                                                             tandem: Tandem) -> None:
    meeting = store.meetings.add(Meeting(
        tandem_id=tandem.id, starts_at="2026-11-26T08:00:00Z", title="Weekly check-in",
        shared_notes="We agreed the budget for the trade fair. Printer invoices now go to Jonas."))
    store.questions.add(Question(tandem_id=tandem.id, text="What is the travel budget?",
                                 asked_by="assistant", asked_on="2026-11-20"))
    store.rules.add(DecisionRule(tandem_id=tandem.id, decision="Release invoices", level=4,
                                 limits="Up to the budget of 1,000 EUR"))
    groups = search_everything(store.database, tandem.id, "budget")
    assert tables(groups) == ["question", "meeting", "decision_rule"]
    meeting_hit = groups[1].hits[0]
    assert (meeting_hit.table, meeting_hit.id) == ("meeting", meeting.id)
    assert meeting_hit.title == "Weekly check-in"
    assert meeting_hit.when == "2026-11-26T08:00:00Z"
    assert "budget" in meeting_hit.snippet
    assert [meeting_hit.snippet[a:b] for a, b in meeting_hit.snippet_marks] == ["budget"]
    assert meeting_hit.words == ("budget",)


def test_only_the_current_tandem_and_nothing_from_the_trash(store: Store,
                                                           tandem: Tandem) -> None:
    other = make_tandem(store, name="Other")
    store.agreements.add(Agreement(tandem_id=other.id, category="urgent", text="Call me"))
    kept = store.agreements.add(Agreement(tandem_id=tandem.id, category="urgent",
                                          text="Call when urgent"))
    gone = store.agreements.add(Agreement(tandem_id=tandem.id, category="urgent",
                                          text="Call after five"))
    store.agreements.delete(gone.id)
    groups = search_everything(store.database, tandem.id, "call")
    assert [hit.id for hit in groups[0].hits] == [kept.id]
    store.agreements.restore(gone.id)
    groups = search_everything(store.database, tandem.id, "call")
    assert {hit.id for hit in groups[0].hits} == {kept.id, gone.id}


def test_a_few_per_kind_newest_first_and_more_is_flagged(store: Store, tandem: Tandem) -> None:
    ids = [store.tasks.add(Task(tandem_id=tandem.id, title=f"Invoice {n}", owner="leader")).id
           for n in range(8)]
    groups = search_everything(store.database, tandem.id, "invoice", per_kind=5)
    assert [hit.id for hit in groups[0].hits] == ids[::-1][:5]
    assert groups[0].more is True


@pytest.mark.parametrize("typed", ['"', "AND", "x OR", "NEAR(", "title:", "*", "-", "  "])
def test_search_syntax_in_input_is_taken_literally(store: Store, tandem: Tandem,
                                                   typed: str) -> None:
    store.tasks.add(Task(tandem_id=tandem.id, title="AND then title: x", owner="leader"))
    search_everything(store.database, tandem.id, typed)  # never raises


def test_user_text_is_returned_as_written(store: Store, tandem: Tandem) -> None:
    nasty = '<b>x</b><img src="http://127.0.0.1/x"> feedback'
    store.feedback.add(Feedback(tandem_id=tandem.id, direction="leader_to_assistant",
                                given_on="2026-11-20", situation=nasty))
    hit = search_everything(store.database, tandem.id, "feedb")[0].hits[0]
    assert hit.title == nasty


def test_health_check_notes_are_found(store: Store, tandem: Tandem) -> None:
    check = store.health_checks.add(HealthCheck(
        tandem_id=tandem.id, taken_on="2026-11-20", by_role="assistant", trust=4,
        communication=3, feedback=4, delegation=3, vision=4, note="Übergaben klappen"))
    hit = search_everything(store.database, tandem.id, "uebergabe")[0].hits[0]
    assert (hit.table, hit.id, hit.when) == ("health_check", check.id, "2026-11-20")


def test_snippet_cuts_around_the_first_match() -> None:
    text = "word " * 40 + "Rückmeldung here " + "tail " * 40
    spans = Matcher("rueck").spans(text)
    piece, marks = snippet(text, spans)
    assert piece.startswith("…") and piece.endswith("…")
    assert len(piece) < 160
    assert [piece[a:b] for a, b in marks] == ["Rückmeldung"]


def test_matcher_maps_folded_positions_back_to_the_original() -> None:
    text = "Die Größe der Straße"
    assert [text[a:b] for a, b in Matcher("strasse gro").spans(text)] == ["Größe", "Straße"]
    assert Matcher("café").spans("Ein Cafe und ein Café") == [(4, 8), (17, 21)]
