"""What a delegation level means for the person facing a decision right now.

Pure structure, no wording: the UI turns an ``Advice`` into a translated
sentence addressed by name. Whoever looks a decision up sees it from their own
side of the tandem (``viewer``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from tandem_desktop.domain.delegation import AUTONOMY_THRESHOLD, level
from tandem_desktop.domain.enums import Role


class Decider(StrEnum):
    LEADER = "leader"
    TOGETHER = "together"
    ASSISTANT = "assistant"


@dataclass(frozen=True)
class Advice:
    """Who makes the call, and what has to happen before and after it."""

    level: int
    decider: Decider
    talk_first: bool  # the leader is heard (input, agreement or advice) before the decision
    inform_after: bool  # the leader hears about the decision afterwards
    explained: bool  # the leader gives reasons with the decision (level 2)
    viewer: Role

    @property
    def assistant_decides(self) -> bool:
        return self.level >= AUTONOMY_THRESHOLD

    @property
    def viewer_decides(self) -> bool:
        """True when the person looking it up makes the call (alone)."""
        return self.decider.value == self.viewer.value


def advice_for(number: int, viewer: Role = Role.ASSISTANT) -> Advice:
    """The advice for a level 1..7 seen by ``viewer``; refuses other numbers."""
    level(number)
    decider = (
        Decider.LEADER if number <= 3 else Decider.TOGETHER if number == 4 else Decider.ASSISTANT
    )
    return Advice(
        level=number,
        decider=decider,
        talk_first=number in (3, 4, 5),
        inform_after=number in (1, 2, 6),
        explained=number == 2,
        viewer=viewer,
    )
