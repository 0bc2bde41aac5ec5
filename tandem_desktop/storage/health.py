"""Health checks: the pair's own rating of the five steps."""

from __future__ import annotations

from tandem_desktop.domain.enums import Role, Step
from tandem_desktop.domain.health import is_valid_rating
from tandem_desktop.domain.records import HealthCheck
from tandem_desktop.storage.errors import ValidationError
from tandem_desktop.storage.repository import TandemRepository, check_choice


class HealthCheckRepository(TandemRepository[HealthCheck]):
    table = "health_check"
    record_type = HealthCheck
    search_fields = ("note",)
    default_order = "taken_on DESC, created_at DESC"

    def validate(self, record: HealthCheck) -> None:
        super().validate(record)
        check_choice("by_role", record.by_role, Role)
        for step in Step:
            score = getattr(record, step.value)
            if not isinstance(score, int | float) or not 1 <= score <= 5:
                raise ValidationError(step.value, "must be 1 to 5")
        for key, rating in record.answers.items():
            if not is_valid_rating(rating):
                raise ValidationError("answers", f"{key} must be rated 1 to 5")

    def recent(
        self, tandem_id: str, *, by_role: str | None = None, limit: int = 6
    ) -> list[HealthCheck]:
        """The newest checks first; only one person's when ``by_role`` is given."""
        if by_role is None:
            return self.for_tandem(tandem_id, limit=limit)
        return self._select_for(tandem_id, "by_role = ?", [by_role], limit=limit)
