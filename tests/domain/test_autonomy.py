"""Autonomy over time, month by month, from each rule's level steps."""

from __future__ import annotations

from datetime import date

from tandem_desktop.domain.autonomy import monthly_autonomy


def test_monthly_autonomy_counts_rules_from_their_first_step() -> None:
    months = monthly_autonomy(
        {"a": [("2026-09-15", 3), ("2026-10-20", 5)], "b": [("2026-10-01", 6)],
         "c": [("2026-11-30", 7)]},
        until=date(2026, 11, 29), months=4)
    assert [(m.month, m.rules, m.autonomous) for m in months] == [
        ("2026-08", 0, 0), ("2026-09", 1, 0), ("2026-10", 2, 2), ("2026-11", 2, 2)]
    assert months[0].share is None and months[1].share == 0 and months[2].share == 1


def test_monthly_autonomy_crosses_the_year() -> None:
    months = monthly_autonomy({"a": [("2025-12-31", 5)]}, until=date(2026, 2, 1), months=3)
    assert [(m.month, m.autonomous) for m in months] == [
        ("2025-12", 1), ("2026-01", 1), ("2026-02", 1)]
