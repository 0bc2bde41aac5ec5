"""Areas of responsibility, decision rules and their level history (step 4).

Besides the repositories this module holds the few services that span them:
saving a rule together with its level history, moving a rule to another level,
the "May I decide?" look-up and autonomy over time.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from tandem_desktop.domain.delegation import AUTONOMY_THRESHOLD, is_valid_level
from tandem_desktop.domain.enums import Owner
from tandem_desktop.domain.records import Area, DecisionRule, LevelChange
from tandem_desktop.domain.text import fts_query, words
from tandem_desktop.storage.errors import ValidationError
from tandem_desktop.storage.repository import TandemRepository, check_choice

if TYPE_CHECKING:
    from tandem_desktop.storage.store import Store

LOOKUP_LIMIT = 20
MIN_WORD_LENGTH = 2

# bm25 weights: a word in the decision itself counts most, then examples, then limits.
_RULE_WEIGHTS = "10.0, 4.0, 2.0"
_AREA_WEIGHTS = "3.0, 1.0"


class AreaRepository(TandemRepository[Area]):
    table = "area"
    record_type = Area
    search_fields = ("name", "description")
    default_order = "name COLLATE NOCASE"
    required_text = ("name",)

    def validate(self, record: Area) -> None:
        super().validate(record)
        check_choice("owner", record.owner, Owner)

    def listing(self, tandem_id: str, *, due_by: str | None = None) -> list[Area]:
        """All areas by name, or only those whose review is due by ``due_by``."""
        if due_by is None:
            return self.for_tandem(tandem_id)
        return self.for_tandem(
            tandem_id, "review_on IS NOT NULL AND review_on <= ?", [due_by],
            order_by="review_on, name COLLATE NOCASE",
        )

    def rule_counts(self, tandem_id: str) -> dict[str, int]:
        rows = self.database.query(
            "SELECT area_id, count(*) AS rules FROM decision_rule WHERE tandem_id = ?"
            " AND deleted_at IS NULL AND area_id IS NOT NULL GROUP BY area_id",
            [tandem_id],
        )
        return {str(row["area_id"]): int(row["rules"]) for row in rows}


@dataclass(frozen=True)
class RuleHit:
    """One answer of the look-up: a rule, its area's name and its bm25 score."""

    rule: DecisionRule
    area_name: str
    score: float


class DecisionRuleRepository(TandemRepository[DecisionRule]):
    table = "decision_rule"
    record_type = DecisionRule
    search_fields = ("decision", "examples", "limits")
    default_order = "decision COLLATE NOCASE"
    required_text = ("decision",)

    def validate(self, record: DecisionRule) -> None:
        super().validate(record)
        if not is_valid_level(record.level):
            raise ValidationError("level", "must be a whole number from 1 to 7")
        if record.target_level is not None and not is_valid_level(record.target_level):
            raise ValidationError("target_level", "must be a whole number from 1 to 7")

    def by_area(self, tandem_id: str) -> list[DecisionRule]:
        """Rules grouped by area name (rules without an area last), then by decision."""
        area_name = (
            "(SELECT name FROM area WHERE area.id = decision_rule.area_id"
            " AND area.deleted_at IS NULL)"
        )
        return self.for_tandem(
            tandem_id,
            order_by=f"{area_name} IS NULL, {area_name} COLLATE NOCASE, decision COLLATE NOCASE",
        )

    def choices(self, tandem_id: str) -> list[tuple[str, str, int, int | None]]:
        """(id, decision, level, target level) of the live rules, by decision.

        For choice lists: a tandem may hold thousands of rules, and whole records
        are not needed there.
        """
        rows = self.database.query(
            "SELECT id, decision, level, target_level FROM decision_rule"
            " WHERE tandem_id = ? AND deleted_at IS NULL"
            f" ORDER BY {self.default_order}, n", [tandem_id])
        return [(str(row["id"]), str(row["decision"]), int(row["level"]),
                 None if row["target_level"] is None else int(row["target_level"]))
                for row in rows]

    def in_area(self, area_id: str) -> list[DecisionRule]:
        return self.list("area_id = ?", [area_id])

    def due_for_review(self, tandem_id: str, by: str) -> list[DecisionRule]:
        return self.for_tandem(
            tandem_id, "review_on IS NOT NULL AND review_on <= ?", [by], order_by="review_on"
        )

    def lookup(self, tandem_id: str, text: str, limit: int = LOOKUP_LIMIT) -> list[RuleHit]:
        """The rules that best match a few words, best first.

        Any word may match (as a prefix) in the decision, its examples, its limits
        or the name and description of its area; bm25 ranks rows that match more
        and rarer words higher (SQLite's bm25 is lower for better matches). Single
        letters are left out: they match nearly everything and say nothing yet.
        """
        usable = " ".join(word for word in words(text) if len(word) >= MIN_WORD_LENGTH)
        match = fts_query(usable, any_word=True)
        if match is None:
            return []
        # Start from the index hits, never from the whole table: the candidates are
        # the matching rules plus the rules of matching areas, scored by their sum.
        sql = f"""
            WITH rule_hits AS MATERIALIZED (
                SELECT rowid AS n, bm25(fts_decision_rule, {_RULE_WEIGHTS}) AS score
                FROM fts_decision_rule WHERE fts_decision_rule MATCH :match
            ),
            area_hits AS MATERIALIZED (
                SELECT area.id AS area_id, bm25(fts_area, {_AREA_WEIGHTS}) AS score
                FROM fts_area JOIN area ON area.n = fts_area.rowid
                WHERE fts_area MATCH :match AND area.tandem_id = :tandem
                  AND area.deleted_at IS NULL
            ),
            candidates AS (
                SELECT n, score FROM rule_hits
                UNION ALL
                SELECT decision_rule.n, area_hits.score
                FROM area_hits JOIN decision_rule ON decision_rule.area_id = area_hits.area_id
            ),
            ranked AS (
                SELECT candidates.n AS n, sum(candidates.score) AS score
                FROM candidates JOIN decision_rule AS rule ON rule.n = candidates.n
                WHERE rule.tandem_id = :tandem AND rule.deleted_at IS NULL
                GROUP BY candidates.n
                ORDER BY score, candidates.n
                LIMIT :limit
            )
            SELECT decision_rule.*, coalesce(area.name, '') AS area_name, ranked.score AS score
            FROM ranked
            JOIN decision_rule ON decision_rule.n = ranked.n
            LEFT JOIN area ON area.id = decision_rule.area_id AND area.deleted_at IS NULL
            ORDER BY ranked.score, ranked.n
        """
        rows = self.database.query(sql, {"match": match, "tandem": tandem_id, "limit": limit})
        return [
            RuleHit(self.from_row(row), str(row["area_name"]), float(row["score"]))
            for row in rows
        ]


class LevelChangeRepository(TandemRepository[LevelChange]):
    table = "level_change"
    record_type = LevelChange
    default_order = "changed_on, created_at"

    def validate(self, record: LevelChange) -> None:
        super().validate(record)
        if not is_valid_level(record.to_level):
            raise ValidationError("to_level", "must be a whole number from 1 to 7")
        if record.from_level is not None and not is_valid_level(record.from_level):
            raise ValidationError("from_level", "must be a whole number from 1 to 7")

    def for_rule(self, rule_id: str) -> list[LevelChange]:
        return self.list("rule_id = ?", [rule_id])

    def for_live_rules(self, tandem_id: str) -> list[LevelChange]:
        """The history of every rule that is not in the Trash, oldest first."""
        return self.for_tandem(
            tandem_id,
            "rule_id IN (SELECT id FROM decision_rule WHERE deleted_at IS NULL)",
        )


# -- services: one user action, one transaction ---------------------------------------


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


# -- autonomy over time ------------------------------------------------------------------


@dataclass(frozen=True)
class MonthShare:
    """How many rules existed at the end of a month, and how many were at level >= 5."""

    month: str  # "2026-11"
    rules: int
    autonomous: int

    @property
    def share(self) -> float | None:
        return self.autonomous / self.rules if self.rules else None


def _month_end(year: int, month: int) -> date:
    first_next = date(year + month // 12, month % 12 + 1, 1)
    return first_next - timedelta(days=1)


def monthly_autonomy(
    timelines: Mapping[str, Iterable[tuple[str, int]]], until: date, months: int = 12
) -> list[MonthShare]:
    """The share of rules at level >= 5 at the end of each of the last ``months`` months.

    ``timelines`` maps a rule to its (date, level) steps; a rule counts from its
    first step on. The current month is judged on ``until``.
    """
    steps = {key: sorted(value) for key, value in timelines.items()}
    result: list[MonthShare] = []
    for back in range(months - 1, -1, -1):
        index = until.year * 12 + until.month - 1 - back
        year, month = divmod(index, 12)
        end = min(_month_end(year, month + 1), until).isoformat()
        rules = autonomous = 0
        for timeline in steps.values():
            current = None
            for changed_on, level in timeline:
                if changed_on > end:
                    break
                current = level
            if current is not None:
                rules += 1
                autonomous += current >= AUTONOMY_THRESHOLD
        result.append(MonthShare(f"{year:04d}-{month + 1:02d}", rules, autonomous))
    return result


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
