"""Decision rules: saving one with its level history, moving it to another level, autonomy."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import date

from tandem_desktop.domain.autonomy import MonthShare, monthly_autonomy
from tandem_desktop.domain.delegation import is_valid_level
from tandem_desktop.domain.records import DecisionRule, LevelChange
from tandem_desktop.storage.errors import ValidationError
from tandem_desktop.storage.store import Store


def save_rule(store: Store, rule: DecisionRule, note: str, on: str) -> DecisionRule:
    """Add or update a rule; a new rule or a new level is recorded in its history."""
    with store.transaction():
        before = store.rules.find(rule.id)
        if before is None:
            saved = store.rules.add(rule)
            store.level_changes.add(LevelChange(
                tandem_id=saved.tandem_id, rule_id=saved.id, changed_on=on,
                from_level=None, to_level=saved.level, note=note,
            ))
            return saved
        saved = store.rules.update(rule)
        if before.level != saved.level:
            store.level_changes.add(LevelChange(
                tandem_id=saved.tandem_id, rule_id=saved.id, changed_on=on,
                from_level=before.level, to_level=saved.level, note=note,
            ))
        return saved


def change_level(
    store: Store, rule_id: str, to_level: int, note: str, on: str
) -> LevelChange | None:
    """Move a rule to another level and record the change; None when it is already there."""
    if not is_valid_level(to_level):
        raise ValidationError("level", "must be a whole number from 1 to 7")
    with store.transaction():
        rule = store.rules.get(rule_id)
        if rule.level == to_level:
            return None
        store.rules.update(dataclasses.replace(rule, level=to_level))
        return store.level_changes.add(LevelChange(
            tandem_id=rule.tandem_id, rule_id=rule.id, changed_on=on,
            from_level=rule.level, to_level=to_level, note=note,
        ))


def change_target(store: Store, rule_id: str, target_level: int | None) -> DecisionRule:
    """Set where a rule is heading; the target has no history of its own."""
    with store.transaction():
        return store.rules.change(rule_id, target_level=target_level)


def autonomy_by_month(
    store: Store, tandem_id: str, until: date, months: int = 12,
    rules: Iterable[DecisionRule] | None = None,
) -> list[MonthShare]:
    """Autonomy over time for one tandem, from the recorded level changes.

    A rule without any recorded change (made before history was kept) counts
    at its current level from the day it was agreed or created. ``rules`` are
    the tandem's live rules when the caller has them loaded already.
    """
    timelines: dict[str, list[tuple[str, int]]] = {}
    for change in store.level_changes.for_live_rules(tandem_id):
        timelines.setdefault(change.rule_id, []).append((change.changed_on, change.to_level))
    for rule in store.rules.for_tandem(tandem_id) if rules is None else rules:
        if rule.id not in timelines:
            start = rule.agreed_on or rule.created_at[:10]
            timelines[rule.id] = [(start, rule.level)]
    return monthly_autonomy(timelines, until, months)
