"""Areas, decision rules and their level history: the repositories and their queries."""

from __future__ import annotations

import pytest

from tandem_desktop.domain.records import Area, DecisionRule, LevelChange, Tandem
from tandem_desktop.services.rules import change_level, save_rule
from tandem_desktop.storage.errors import ValidationError
from tandem_desktop.storage.store import Store
from tests.conftest import make_tandem


def _area(store: Store, tandem: Tandem, name: str, **values: object) -> Area:
    return store.areas.add(Area(tandem_id=tandem.id, name=name, owner="assistant",
                                **values))  # type: ignore[arg-type]


def _rule(store: Store, tandem: Tandem, decision: str, level: int = 3, on: str = "2026-01-10",
          **values: object) -> DecisionRule:
    return save_rule(store, DecisionRule(tandem_id=tandem.id, decision=decision, level=level,
                                         **values), "agreed", on)  # type: ignore[arg-type]


# -- levels outside 1..7 --------------------------------------------------------------------

@pytest.mark.parametrize("bad", [0, 8, -3, 99, True])
def test_repository_refuses_levels_outside_one_to_seven(store: Store, tandem: Tandem,
                                                        bad: int) -> None:
    with pytest.raises(ValidationError) as refused:
        store.rules.add(DecisionRule(tandem_id=tandem.id, decision="Book travel", level=bad))
    assert refused.value.field == "level"
    with pytest.raises(ValidationError):
        store.rules.add(DecisionRule(tandem_id=tandem.id, decision="Book travel", level=3,
                                     target_level=bad))
    rule = _rule(store, tandem, "Book travel")
    with pytest.raises(ValidationError):
        store.rules.change(rule.id, level=bad)
    with pytest.raises(ValidationError):
        change_level(store, rule.id, bad, "", "2026-11-29")
    with pytest.raises(ValidationError):
        store.level_changes.add(LevelChange(tandem_id=tandem.id, rule_id=rule.id,
                                            changed_on="2026-11-29", from_level=3, to_level=bad))
    assert store.rules.get(rule.id).level == 3
    assert len(store.level_changes.for_rule(rule.id)) == 1


def test_schema_refuses_levels_too(store: Store, tandem: Tandem) -> None:
    import sqlite3

    rule = _rule(store, tandem, "Book travel")
    with pytest.raises(sqlite3.IntegrityError):
        store.database.conn.execute("UPDATE decision_rule SET level = 8 WHERE id = ?", [rule.id])


def test_empty_decision_is_refused(store: Store, tandem: Tandem) -> None:
    with pytest.raises(ValidationError) as refused:
        save_rule(store, DecisionRule(tandem_id=tandem.id, decision="  ", level=3), "",
                  "2026-11-29")
    assert refused.value.field == "decision"
    assert store.rules.count() == 0 and store.level_changes.count() == 0


# -- areas ------------------------------------------------------------------------------------

def test_areas_due_for_review_and_rule_counts(store: Store, tandem: Tandem) -> None:
    travel = _area(store, tandem, "Travel", review_on="2026-11-01")
    _area(store, tandem, "Board", review_on="2027-03-01")
    _area(store, tandem, "Calendar")
    _rule(store, tandem, "Book travel", area_id=travel.id)
    _rule(store, tandem, "Book hotel", area_id=travel.id)
    assert [a.name for a in store.areas.listing(tandem.id)] == ["Board", "Calendar", "Travel"]
    assert [a.name for a in store.areas.listing(tandem.id, due_by="2026-11-29")] == ["Travel"]
    assert store.areas.rule_counts(tandem.id) == {travel.id: 2}


def test_rules_by_area_put_rules_without_area_last(store: Store, tandem: Tandem) -> None:
    travel = _area(store, tandem, "Travel")
    board = _area(store, tandem, "Board")
    _rule(store, tandem, "Zebra", area_id=travel.id)
    _rule(store, tandem, "Alpha")
    _rule(store, tandem, "Minutes", area_id=board.id)
    _rule(store, tandem, "Book", area_id=travel.id)
    assert [r.decision for r in store.rules.by_area(tandem.id)] == [
        "Minutes", "Book", "Zebra", "Alpha"]


def test_rules_due_for_review(store: Store, tandem: Tandem) -> None:
    _rule(store, tandem, "Old", review_on="2026-10-01")
    _rule(store, tandem, "New", review_on="2027-10-01")
    assert [r.decision for r in store.rules.due_for_review(tandem.id, "2026-11-29")] == ["Old"]


# -- look-up ------------------------------------------------------------------------------------

@pytest.fixture
def rules(store: Store, tandem: Tandem) -> dict[str, DecisionRule]:
    travel = _area(store, tandem, "Travel & events", description="Trips and conferences")
    finance = _area(store, tandem, "Rechnungen & Ausgaben")
    return {
        "travel": _rule(store, tandem, "Book business travel", level=6, area_id=travel.id,
                        limits="Up to 800 EUR per trip", examples="Hotel in Munich, train"),
        "invoice": _rule(store, tandem, "Lieferantenrechnungen freigeben", level=4,
                         area_id=finance.id, limits="Bis 1.000 EUR",
                         examples="Büromaterial, Catering"),
        "gifts": _rule(store, tandem, "Send gifts", level=5, examples="Flowers, a hotel voucher"),
    }


def test_lookup_finds_words_only_in_examples(store: Store, tandem: Tandem,
                                             rules: dict[str, DecisionRule]) -> None:
    hits = store.rules.lookup(tandem.id, "munich")
    assert [hit.rule.id for hit in hits] == [rules["travel"].id]
    assert hits[0].area_name == "Travel & events"


def test_lookup_finds_by_limits_and_by_area(store: Store, tandem: Tandem,
                                            rules: dict[str, DecisionRule]) -> None:
    assert [h.rule.id for h in store.rules.lookup(tandem.id, "800")] == [rules["travel"].id]
    assert [h.rule.id for h in store.rules.lookup(tandem.id, "conferences")] == [
        rules["travel"].id]
    assert [h.rule.id for h in store.rules.lookup(tandem.id, "ausgaben")] == [
        rules["invoice"].id]


def test_lookup_folds_umlauts_and_takes_prefixes(store: Store, tandem: Tandem,
                                                 rules: dict[str, DecisionRule]) -> None:
    assert [h.rule.id for h in store.rules.lookup(tandem.id, "BUEROMAT")] == [rules["invoice"].id]
    assert [h.rule.id for h in store.rules.lookup(tandem.id, "Rechnung freigeben")] == [
        rules["invoice"].id]


def test_lookup_ranks_more_and_better_matches_first(store: Store, tandem: Tandem,
                                                    rules: dict[str, DecisionRule]) -> None:
    hits = store.rules.lookup(tandem.id, "hotel munich")
    assert [h.rule.id for h in hits] == [rules["travel"].id, rules["gifts"].id]
    assert hits[0].score <= hits[1].score


def test_lookup_ignores_other_tandems_deleted_rules_and_fts_syntax(
        store: Store, tandem: Tandem, rules: dict[str, DecisionRule]) -> None:
    other = make_tandem(store, name="Other")
    _rule(store, other, "Book business travel for the other leader")
    store.rules.delete(rules["gifts"].id)
    assert [h.rule.id for h in store.rules.lookup(tandem.id, "book hotel")] == [
        rules["travel"].id]
    for odd in ['"', "AND OR NOT", "NEAR(a b)", "decision:book", "*", "<b>x</b>", ""]:
        store.rules.lookup(tandem.id, odd)  # never raises
    assert store.rules.lookup(tandem.id, "   ") == []
