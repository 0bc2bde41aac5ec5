"""Autonomy over time: the share of decision rules the assistant decides alone, month by month."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from tandem_desktop.domain.delegation import AUTONOMY_THRESHOLD


@dataclass(frozen=True)
class MonthShare:
    """How many rules existed at the end of a month, and how many were at level >= 5."""

    month: str  # "2026-11"
    rules: int
    autonomous: int

    @property
    def share(self) -> float | None:
        return self.autonomous / self.rules if self.rules else None


def _month_end(year: int, month: int) -> date:
    first_next = date(year + month // 12, month % 12 + 1, 1)
    return first_next - timedelta(days=1)


def monthly_autonomy(
    timelines: Mapping[str, Iterable[tuple[str, int]]], until: date, months: int = 12
) -> list[MonthShare]:
    """The share of rules at level >= 5 at the end of each of the last ``months`` months.

    ``timelines`` maps a rule to its (date, level) steps; a rule counts from its
    first step on. The current month is judged on ``until``.
    """
    steps = {key: sorted(value) for key, value in timelines.items()}
    result: list[MonthShare] = []
    for back in range(months - 1, -1, -1):
        index = until.year * 12 + until.month - 1 - back
        year, month = divmod(index, 12)
        end = min(_month_end(year, month + 1), until).isoformat()
        rules = autonomous = 0
        for timeline in steps.values():
            current = None
            for changed_on, level in timeline:
                if changed_on > end:
                    break
                current = level
            if current is not None:
                rules += 1
                autonomous += current >= AUTONOMY_THRESHOLD
        result.append(MonthShare(f"{year:04d}-{month + 1:02d}", rules, autonomous))
    return result


