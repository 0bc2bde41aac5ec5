"""Which backups to keep: 7 daily, 4 weekly and 12 monthly, newest first."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

DAILY = 7
WEEKLY = 4
MONTHLY = 12


def backups_to_keep(taken: Iterable[datetime]) -> set[datetime]:
    """The moments to keep of a set of backup moments.

    The newest backup of each of the last 7 days that have one is kept, likewise
    of the last 4 ISO weeks and the last 12 months; the very newest always stays.
    """
    ordered = sorted(set(taken), reverse=True)
    keep: set[datetime] = set(ordered[:1])
    for bucket_of, limit in (
        (lambda m: m.date(), DAILY),
        (lambda m: m.isocalendar()[:2], WEEKLY),
        (lambda m: (m.year, m.month), MONTHLY),
    ):
        seen: list[object] = []
        for moment in ordered:
            bucket = bucket_of(moment)
            if bucket in seen:
                continue
            if len(seen) == limit:
                break
            seen.append(bucket)
            keep.add(moment)
    return keep
