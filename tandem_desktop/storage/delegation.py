"""Areas of responsibility, decision rules and their level history (step 4)."""

from __future__ import annotations

from tandem_desktop.domain.delegation import is_valid_level
from tandem_desktop.domain.enums import Owner
from tandem_desktop.domain.records import Area, DecisionRule, LevelChange
from tandem_desktop.storage.errors import ValidationError
from tandem_desktop.storage.repository import TandemRepository, check_choice


class AreaRepository(TandemRepository[Area]):
    table = "area"
    record_type = Area
    search_fields = ("name", "description")
    default_order = "name COLLATE NOCASE"
    required_text = ("name",)

    def validate(self, record: Area) -> None:
        super().validate(record)
        check_choice("owner", record.owner, Owner)


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
