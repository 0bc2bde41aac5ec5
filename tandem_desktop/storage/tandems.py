"""Tandems: the partnerships one database holds."""

from __future__ import annotations

from tandem_desktop.domain.enums import Role
from tandem_desktop.domain.tandem import Tandem
from tandem_desktop.storage.errors import ValidationError
from tandem_desktop.storage.repository import Repository


class TandemRepository(Repository[Tandem]):
    table = "tandem"
    record_type = Tandem
    default_order = "name COLLATE NOCASE"
    required_text = ("name", "leader_name", "assistant_name")

    def validate(self, record: Tandem) -> None:
        super().validate(record)
        if record.my_role not in {role.value for role in Role}:
            raise ValidationError("my_role", "must be leader or assistant")
        if record.feedback_every_days < 1:
            raise ValidationError("feedback_every_days", "must be at least one day")
        if record.health_check_every_days < 1:
            raise ValidationError("health_check_every_days", "must be at least one day")

    def active(self) -> list[Tandem]:
        return self._select("archived_at IS NULL")

    def archived(self) -> list[Tandem]:
        return self._select("archived_at IS NOT NULL")
