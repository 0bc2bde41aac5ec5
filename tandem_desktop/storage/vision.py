"""The vision (every version kept), goals and the rules development goals aim at (step 5).

Saving the vision never overwrites: each save adds a version and the newest is
the current one. A goal's effective progress is computed in SQL: its own
number, or the share of its linked tasks that are done (cancelled tasks do not
count) when it follows its tasks.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from typing import Any

from tandem_desktop.domain.enums import GoalKind, GoalStatus, ProgressMode
from tandem_desktop.domain.goals import GoalStanding, is_valid_progress, parse_date
from tandem_desktop.domain.records import Goal, GoalRule, Vision
from tandem_desktop.storage.errors import ValidationError
from tandem_desktop.storage.repository import TandemRepository, check_choice


class VisionRepository(TandemRepository[Vision]):
    table = "vision"
    record_type = Vision
    search_fields = ("statement", "horizon", "why", "assistant_role")
    # Several saves on one day (or in one second) still come out newest first: the
    # clock stamp of each version's creation orders them alike on every copy.
    default_order = ("saved_on DESC, created_at DESC, (SELECT stamp FROM sync_field"
                     " WHERE kind = 'vision' AND record_id = vision.id"
                     " AND field = 'created_at') DESC, n DESC")
    required_text = ("statement", "saved_on")

    def validate(self, record: Vision) -> None:
        super().validate(record)
        if parse_date(record.saved_on) is None:
            raise ValidationError("saved_on", "must be an ISO date")

    def save_version(self, record: Vision) -> Vision:
        """Store ``record`` as a new version; earlier versions stay as they are."""
        return self.add(dataclasses.replace(record, id=""))

    def current(self, tandem_id: str) -> Vision | None:
        versions = self.for_tandem(tandem_id, limit=1)
        return versions[0] if versions else None

    def history(self, tandem_id: str) -> list[Vision]:
        """Every version of the tandem's vision, newest first."""
        return self.for_tandem(tandem_id)


_STANDING_SQL = """
SELECT g.*,
    coalesce(t.total, 0) AS tasks_total,
    coalesce(t.done, 0) AS tasks_done,
    coalesce(r.total, 0) AS rules_total,
    coalesce(r.reached, 0) AS rules_reached,
    CASE
        WHEN g.progress_mode = 'tasks' AND coalesce(t.total, 0) = 0 THEN 0
        -- integer arithmetic: percent rounded half up, as domain.goals.share_done
        WHEN g.progress_mode = 'tasks' THEN (200 * t.done + t.total) / (2 * t.total)
        ELSE g.progress
    END AS effective_progress
FROM goal AS g
LEFT JOIN (
    SELECT goal_id, count(*) AS total, sum(status = 'done') AS done
    FROM task
    -- Through the goals (index on goal_id): a tandem may hold 100,000 tasks.
    WHERE goal_id IN (SELECT id FROM goal WHERE tandem_id = :tandem)
      AND deleted_at IS NULL AND status <> 'cancelled'
    GROUP BY goal_id
) AS t ON t.goal_id = g.id
LEFT JOIN (
    SELECT link.goal_id, count(*) AS total,
        sum(rule.target_level IS NOT NULL AND rule.level >= rule.target_level) AS reached
    FROM goal_rule AS link
    JOIN decision_rule AS rule ON rule.id = link.rule_id AND rule.deleted_at IS NULL
    WHERE link.tandem_id = :tandem AND link.deleted_at IS NULL
    GROUP BY link.goal_id
) AS r ON r.goal_id = g.id
WHERE g.tandem_id = :tandem AND g.deleted_at IS NULL
"""


class GoalRepository(TandemRepository[Goal]):
    table = "goal"
    record_type = Goal
    search_fields = ("title", "description", "contribution")
    default_order = "target_on IS NULL, target_on, title COLLATE NOCASE"
    required_text = ("title",)

    def validate(self, record: Goal) -> None:
        super().validate(record)
        check_choice("kind", record.kind, GoalKind)
        check_choice("status", record.status, GoalStatus)
        check_choice("progress_mode", record.progress_mode, ProgressMode)
        if not is_valid_progress(record.progress):
            raise ValidationError("progress", "must be a whole number from 0 to 100")
        if record.target_on is not None and parse_date(record.target_on) is None:
            raise ValidationError("target_on", "must be an ISO date")

    def by_title(self, tandem_id: str) -> list[Goal]:
        """The tandem's goals by title (for choice lists)."""
        return self._select_for(tandem_id, order_by="title COLLATE NOCASE")

    def active_for(self, tandem_id: str) -> list[Goal]:
        """The tandem's active goals, nearest target first."""
        return self._select_for(tandem_id, "status = 'active'")

    # -- standings: goals with their effective progress --------------------------
    def standings(
        self,
        tandem_id: str,
        *,
        text: str = "",
        statuses: Iterable[str] | None = None,
        kind: str | None = None,
    ) -> list[GoalStanding]:
        """The tandem's goals, filtered in SQL, soonest target first."""
        conditions: list[str] = []
        params: dict[str, Any] = {"tandem": tandem_id}
        if statuses is not None:
            wanted = list(statuses)
            marks = ", ".join(f":status{index}" for index in range(len(wanted)))
            conditions.append(f"g.status IN ({marks})" if wanted else "0")
            params.update({f"status{index}": value for index, value in enumerate(wanted)})
        if kind:
            conditions.append("g.kind = :kind")
            params["kind"] = kind
        clause, values = self._search_clause(text, alias="g")
        if clause:
            conditions.append(clause.replace("?", ":match"))
            params["match"] = values[0]
        sql = _STANDING_SQL + "".join(f" AND {condition}" for condition in conditions)
        sql += " ORDER BY g.target_on IS NULL, g.target_on, g.title COLLATE NOCASE, g.n"
        return [self._standing(row) for row in self.database.query(sql, params)]

    def standing(self, goal_id: str) -> GoalStanding | None:
        goal = self.find(goal_id)
        if goal is None:
            return None
        rows = self.database.query(_STANDING_SQL + " AND g.id = :goal",
                                   {"tandem": goal.tandem_id, "goal": goal_id})
        return self._standing(rows[0]) if rows else None

    def _standing(self, row: dict[str, Any]) -> GoalStanding:
        return GoalStanding(
            goal=self.from_row(row), progress=int(row["effective_progress"]),
            tasks_total=int(row["tasks_total"]), tasks_done=int(row["tasks_done"]),
            rules_total=int(row["rules_total"]), rules_reached=int(row["rules_reached"]),
        )


class GoalRuleRepository(TandemRepository[GoalRule]):
    table = "goal_rule"
    record_type = GoalRule
    required_text = ("goal_id", "rule_id")

    def for_goal(self, goal_id: str) -> list[GoalRule]:
        return self._select("goal_id = ?", [goal_id])

    def reached(self, goal_id: str) -> tuple[int, int]:
        """(how many of a goal's rules are at their target level, how many it names)."""
        row = self.database.query(
            "SELECT count(*) AS total,"
            " coalesce(sum(rule.target_level IS NOT NULL AND rule.level >= rule.target_level),"
            " 0) AS reached"
            " FROM goal_rule AS link JOIN decision_rule AS rule"
            " ON rule.id = link.rule_id AND rule.deleted_at IS NULL"
            " WHERE link.goal_id = ? AND link.deleted_at IS NULL",
            [goal_id],
        )[0]
        return int(row["reached"]), int(row["total"])

    def link(self, tandem_id: str, goal_id: str, rule_id: str) -> GoalRule:
        """Name a rule for a goal; naming it twice keeps one link."""
        existing = self._select("goal_id = ? AND rule_id = ?", [goal_id, rule_id])
        if existing:
            return existing[0]
        return self.add(GoalRule(tandem_id=tandem_id, goal_id=goal_id, rule_id=rule_id))

    def unlink(self, goal_id: str, rule_id: str) -> None:
        with self.database.transaction():
            for link in self._select("goal_id = ? AND rule_id = ?", [goal_id, rule_id]):
                self.delete(link.id)

    def set_rules(self, tandem_id: str, goal_id: str, rule_ids: Sequence[str]) -> None:
        """Make the goal name exactly ``rule_ids`` (one transaction)."""
        wanted = list(dict.fromkeys(rule_ids))
        with self.database.transaction():
            linked: set[str] = set()
            for link in self.for_goal(goal_id):
                if link.rule_id in wanted:
                    linked.add(link.rule_id)
                else:
                    self.delete(link.id)
            for rule_id in wanted:
                if rule_id not in linked:
                    self.add(GoalRule(tandem_id=tandem_id, goal_id=goal_id, rule_id=rule_id))
