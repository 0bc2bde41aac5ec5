"""Check-in series, meetings, agenda items, tasks and working agreements (step 2)."""

from __future__ import annotations

from tandem_desktop.domain.enums import (
    AgendaKind,
    AgreementCategory,
    MeetingStatus,
    Priority,
    Role,
    TaskStatus,
)
from tandem_desktop.domain.records import AgendaItem, Agreement, CheckInSeries, Meeting, Task
from tandem_desktop.storage.errors import ValidationError
from tandem_desktop.storage.repository import TandemRepository, check_choice


class CheckInSeriesRepository(TandemRepository[CheckInSeries]):
    table = "checkin_series"
    record_type = CheckInSeries
    search_fields = ("title", "location", "standing_items")
    default_order = "title COLLATE NOCASE"
    required_text = ("title", "rrule", "first_start", "time_zone")

    def validate(self, record: CheckInSeries) -> None:
        super().validate(record)
        if record.duration_minutes < 1:
            raise ValidationError("duration_minutes", "must be at least one minute")


class MeetingRepository(TandemRepository[Meeting]):
    table = "meeting"
    record_type = Meeting
    search_fields = ("title", "shared_notes", "private_notes", "retro_note")
    default_order = "starts_at"
    required_text = ("starts_at",)

    def validate(self, record: Meeting) -> None:
        super().validate(record)
        check_choice("status", record.status, MeetingStatus)
        if record.rating is not None and not 1 <= record.rating <= 5:
            raise ValidationError("rating", "must be 1 to 5")
        if record.duration_minutes < 1:
            raise ValidationError("duration_minutes", "must be at least one minute")


class AgendaItemRepository(TandemRepository[AgendaItem]):
    table = "agenda_item"
    record_type = AgendaItem
    search_fields = ("text", "outcome")
    default_order = "position"
    required_text = ("text",)

    def validate(self, record: AgendaItem) -> None:
        super().validate(record)
        check_choice("kind", record.kind, AgendaKind)
        check_choice("added_by", record.added_by, Role)

    def backlog(self, tandem_id: str) -> list[AgendaItem]:
        """Items waiting for the next check-in: not on a meeting yet."""
        return self.for_tandem(tandem_id, "meeting_id IS NULL AND discussed = 0")

    def next_position(self, tandem_id: str, meeting_id: str | None) -> int:
        value = self.database.scalar(
            "SELECT max(position) FROM agenda_item WHERE tandem_id = ? AND meeting_id IS ?"
            " AND deleted_at IS NULL",
            [tandem_id, meeting_id],
        )
        return 0 if value is None else int(value) + 1

    def for_source(self, source_kind: str, source_id: str) -> list[AgendaItem]:
        return self.list("source_kind = ? AND source_id = ?", [source_kind, source_id])


class TaskRepository(TandemRepository[Task]):
    table = "task"
    record_type = Task
    search_fields = ("title", "notes")
    default_order = "due_on IS NULL, due_on"
    required_text = ("title",)

    def validate(self, record: Task) -> None:
        super().validate(record)
        check_choice("owner", record.owner, Role)
        check_choice("priority", record.priority, Priority)
        check_choice("status", record.status, TaskStatus)


class AgreementRepository(TandemRepository[Agreement]):
    table = "agreement"
    record_type = Agreement
    search_fields = ("text",)
    default_order = "category, agreed_on"
    required_text = ("text",)

    def validate(self, record: Agreement) -> None:
        super().validate(record)
        check_choice("category", record.category, AgreementCategory)
