"""The seven delegation levels (Management 3.0 "delegation poker").

The number is what is stored; names and meanings are translated in the UI.
"""

from __future__ import annotations

from dataclasses import dataclass

MIN_LEVEL = 1
MAX_LEVEL = 7
AUTONOMY_THRESHOLD = 5  # from "Advise" on, the assistant makes the call


@dataclass(frozen=True)
class Level:
    number: int
    key: str
    name: str
    meaning: str


LEVELS: tuple[Level, ...] = (
    Level(1, "tell", "Tell", "The leader decides and announces it."),
    Level(2, "sell", "Sell", "The leader decides and explains why."),
    Level(3, "consult", "Consult", "The leader asks for input, then decides."),
    Level(4, "agree", "Agree", "Both decide together."),
    Level(5, "advise", "Advise", "The assistant decides after hearing the leader's advice."),
    Level(6, "inquire", "Inquire", "The assistant decides, then informs the leader."),
    Level(7, "delegate", "Delegate", "The assistant decides; no need to inform."),
)


def level(number: int) -> Level:
    if not is_valid_level(number):
        raise ValueError(f"delegation level must be {MIN_LEVEL}..{MAX_LEVEL}, got {number!r}")
    return LEVELS[number - 1]


def is_valid_level(number: object) -> bool:
    return isinstance(number, int) and not isinstance(number, bool) and (
        MIN_LEVEL <= number <= MAX_LEVEL
    )
