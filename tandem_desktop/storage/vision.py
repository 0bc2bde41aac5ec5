"""The vision (every version kept), goals and the rules development goals aim at (step 5)."""

from __future__ import annotations

from tandem_desktop.domain.enums import GoalKind, GoalStatus, ProgressMode
from tandem_desktop.domain.records import Goal, GoalRule, Vision
from tandem_desktop.storage.errors import ValidationError
from tandem_desktop.storage.repository import TandemRepository, check_choice


class VisionRepository(TandemRepository[Vision]):
    table = "vision"
    record_type = Vision
    search_fields = ("statement", "horizon", "why", "assistant_role")
    default_order = "saved_on DESC, created_at DESC"
    required_text = ("statement",)

    def current(self, tandem_id: str) -> Vision | None:
        versions = self.for_tandem(tandem_id, limit=1)
        return versions[0] if versions else None


class GoalRepository(TandemRepository[Goal]):
    table = "goal"
    record_type = Goal
    search_fields = ("title", "description", "contribution")
    default_order = "target_on IS NULL, target_on"
    required_text = ("title",)

    def validate(self, record: Goal) -> None:
        super().validate(record)
        check_choice("kind", record.kind, GoalKind)
        check_choice("status", record.status, GoalStatus)
        check_choice("progress_mode", record.progress_mode, ProgressMode)
        if not isinstance(record.progress, int) or not 0 <= record.progress <= 100:
            raise ValidationError("progress", "must be 0 to 100")


class GoalRuleRepository(TandemRepository[GoalRule]):
    table = "goal_rule"
    record_type = GoalRule

    def for_goal(self, goal_id: str) -> list[GoalRule]:
        return self.list("goal_id = ?", [goal_id])
