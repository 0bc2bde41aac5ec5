"""Areas of responsibility, decision rules and their level history (step 4).

The "May I decide?" look-up is a query here; saving a rule with its level
history is a use case: ``services.rules``.
"""

from __future__ import annotations

from dataclasses import dataclass

from tandem_desktop.domain.delegation import is_valid_level
from tandem_desktop.domain.enums import Owner
from tandem_desktop.domain.records import Area, DecisionRule, LevelChange
from tandem_desktop.domain.text import words
from tandem_desktop.storage import search_words
from tandem_desktop.storage.errors import ValidationError
from tandem_desktop.storage.repository import TandemRepository, check_choice

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
        return self._select_for(
            tandem_id, "review_on IS NOT NULL AND review_on <= ?", [due_by],
            order_by="review_on, name COLLATE NOCASE",
        )

    def count_due_for_review(self, tandem_id: str, by: str) -> int:
        """How many areas have a review date on or before ``by``."""
        return self._count_for(tandem_id, "review_on IS NOT NULL AND review_on <= ?", [by])

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
        return self._select_for(
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
        return self._select("area_id = ?", [area_id])

    def of_goal(self, goal_id: str) -> list[DecisionRule]:
        """The (not deleted) decision rules a goal aims at, by decision."""
        return self._select(
            "id IN (SELECT rule_id FROM goal_rule WHERE goal_id = ? AND deleted_at IS NULL)",
            [goal_id],
        )

    def due_for_review(self, tandem_id: str, by: str) -> list[DecisionRule]:
        return self._select_for(
            tandem_id, "review_on IS NOT NULL AND review_on <= ?", [by], order_by="review_on"
        )

    def count_due_for_review(self, tandem_id: str, by: str) -> int:
        """How many rules have a review date on or before ``by``."""
        return self._count_for(tandem_id, "review_on IS NOT NULL AND review_on <= ?", [by])

    def lookup(self, tandem_id: str, text: str, limit: int = LOOKUP_LIMIT) -> list[RuleHit]:
        """The rules that best match a few words, best first.

        Any word may match (as a prefix) in the decision, its examples, its limits
        or the name and description of its area; bm25 ranks rows that match more
        and rarer words higher (SQLite's bm25 is lower for better matches). Single
        letters are left out: they match nearly everything and say nothing yet.
        """
        usable = " ".join(word for word in words(text) if len(word) >= MIN_WORD_LENGTH)
        match = search_words.match_expression(self.database, usable, any_word=True)
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
    # Changes within one second keep the order they were made in, on every copy:
    # the clock stamp of their creation orders them (the row number is local).
    default_order = ("changed_on, created_at, (SELECT stamp FROM sync_field WHERE"
                     " kind = 'level_change' AND record_id = level_change.id"
                     " AND field = 'created_at')")

    def validate(self, record: LevelChange) -> None:
        super().validate(record)
        if not is_valid_level(record.to_level):
            raise ValidationError("to_level", "must be a whole number from 1 to 7")
        if record.from_level is not None and not is_valid_level(record.from_level):
            raise ValidationError("from_level", "must be a whole number from 1 to 7")

    def for_rule(self, rule_id: str) -> list[LevelChange]:
        return self._select("rule_id = ?", [rule_id])

    def for_live_rules(self, tandem_id: str) -> list[LevelChange]:
        """The history of every rule that is not in the Trash, oldest first."""
        return self._select_for(
            tandem_id,
            "rule_id IN (SELECT id FROM decision_rule WHERE deleted_at IS NULL)",
        )
