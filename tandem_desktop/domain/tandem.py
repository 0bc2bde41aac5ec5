"""The fields every record has, the tandem that every other record belongs to,
and the two roles in it.

Apart from ``records`` so that the window can open (it needs only the tandems)
before the dataclasses of every other kind are built.
Dates are ISO dates, instants ISO 8601 in UTC; see ``records``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    LEADER = "leader"
    ASSISTANT = "assistant"

    @property
    def partner(self) -> Role:
        return Role.ASSISTANT if self is Role.LEADER else Role.LEADER


@dataclass(kw_only=True)
class Record:
    id: str = ""
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None


@dataclass(kw_only=True)
class TandemRecord(Record):
    """A record that belongs to one tandem."""

    tandem_id: str = ""


@dataclass(kw_only=True)
class Tandem(Record):
    name: str
    leader_name: str
    assistant_name: str
    my_role: str
    started_on: str | None = None
    feedback_every_days: int = 28
    health_check_every_days: int = 30
    vision_reviewed_on: str | None = None
    archived_at: str | None = None
