"""Decision rules: saving with level history, moving between levels, autonomy over time."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from tandem_desktop.domain.records import DecisionRule, LevelChange, Tandem
from tandem_desktop.services.rules import (
    autonomy_by_month,
    change_level,
    change_target,
    save_rule,
)
from tandem_desktop.storage.store import Store


def _rule(store: Store, tandem: Tandem, decision: str, level: int = 3, on: str = "2026-01-10",
          **values: object) -> DecisionRule:
    return save_rule(store, DecisionRule(tandem_id=tandem.id, decision=decision, level=level,
                                         **values), "agreed", on)  # type: ignore[arg-type]


def test_new_rule_starts_its_history(store: Store, tandem: Tandem) -> None:
    rule = _rule(store, tandem, "Book business travel", level=3, on="2026-02-01")
    [first] = store.level_changes.for_rule(rule.id)
    assert (first.from_level, first.to_level, first.changed_on, first.note) == (
        None, 3, "2026-02-01", "agreed")


def test_change_level_updates_rule_and_records_the_change(store: Store, tandem: Tandem) -> None:
    rule = _rule(store, tandem, "Book business travel", level=3)
    change = change_level(store, rule.id, 5, "works well", "2026-11-29")
    assert change is not None
    assert store.rules.get(rule.id).level == 5
    history = store.level_changes.for_rule(rule.id)
    assert [(c.from_level, c.to_level, c.changed_on, c.note) for c in history] == [
        (None, 3, "2026-01-10", "agreed"), (3, 5, "2026-11-29", "works well")]
    assert change_level(store, rule.id, 5, "again", "2026-11-29") is None
    assert len(store.level_changes.for_rule(rule.id)) == 2


def test_change_level_is_one_transaction(store: Store, tandem: Tandem,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    rule = _rule(store, tandem, "Book business travel", level=3)

    def broken(record: LevelChange) -> LevelChange:
        raise RuntimeError("disk trouble while recording")

    monkeypatch.setattr(store.level_changes, "add", broken)
    with pytest.raises(RuntimeError):
        change_level(store, rule.id, 6, "", "2026-11-29")
    assert store.rules.get(rule.id).level == 3


def test_one_notice_after_a_level_change(store: Store, tandem: Tandem) -> None:
    rule = _rule(store, tandem, "Book business travel", level=3)
    heard: list[frozenset[str]] = []
    store.database.notifier.subscribe(heard.append)
    change_level(store, rule.id, 4, "", "2026-11-29")
    assert heard == [frozenset({"decision_rule", "level_change"})]


def test_save_rule_records_only_real_level_changes(store: Store, tandem: Tandem) -> None:
    rule = _rule(store, tandem, "Release invoices", level=4)
    save_rule(store, dataclasses.replace(rule, limits="up to 1,000 EUR"), "", "2026-11-01")
    assert len(store.level_changes.for_rule(rule.id)) == 1
    save_rule(store, dataclasses.replace(store.rules.get(rule.id), level=6), "trusted",
              "2026-11-02")
    last = store.level_changes.for_rule(rule.id)[-1]
    assert (last.from_level, last.to_level, last.note) == (4, 6, "trusted")
    assert store.rules.get(rule.id).limits == "up to 1,000 EUR"


def test_change_target_keeps_no_history(store: Store, tandem: Tandem) -> None:
    rule = _rule(store, tandem, "Release invoices", level=4)
    change_target(store, rule.id, 6)
    assert store.rules.get(rule.id).target_level == 6
    assert len(store.level_changes.for_rule(rule.id)) == 1




def test_autonomy_by_month_from_recorded_history(store: Store, tandem: Tandem) -> None:
    travel = _rule(store, tandem, "Book travel", level=3, on="2026-08-10")
    _rule(store, tandem, "Gifts", level=6, on="2026-09-05")
    change_level(store, travel.id, 5, "", "2026-10-03")
    gone = _rule(store, tandem, "Gone", level=1, on="2026-08-01")
    store.rules.delete(gone.id)
    months = autonomy_by_month(store, tandem.id, date(2026, 11, 29), months=4)
    assert [(m.month, m.rules, m.autonomous) for m in months] == [
        ("2026-08", 1, 0), ("2026-09", 2, 1), ("2026-10", 2, 2), ("2026-11", 2, 2)]


def test_rules_without_history_count_from_agreement(store: Store, tandem: Tandem) -> None:
    store.rules.add(DecisionRule(tandem_id=tandem.id, decision="Old rule", level=7,
                                 agreed_on="2026-10-15"))
    months = autonomy_by_month(store, tandem.id, date(2026, 11, 29), months=2)
    assert [(m.month, m.rules, m.autonomous) for m in months] == [
        ("2026-10", 1, 1), ("2026-11", 1, 1)]
