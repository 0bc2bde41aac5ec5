"""The retention rule on its own: which backup moments to keep."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tandem_desktop.domain.retention import DAILY, MONTHLY, WEEKLY, backups_to_keep

NOW = datetime(2026, 11, 29, 10, 0, tzinfo=UTC)


def test_empty_and_single() -> None:
    assert backups_to_keep([]) == set()
    assert backups_to_keep([NOW]) == {NOW}


def test_counts_are_7_4_12() -> None:
    assert (DAILY, WEEKLY, MONTHLY) == (7, 4, 12)


def test_several_a_day_keep_only_the_newest_of_each_day() -> None:
    moments = [NOW - timedelta(hours=hours) for hours in range(0, 24 * 3, 6)]
    kept = backups_to_keep(moments)
    assert kept == {NOW, datetime(2026, 11, 28, 22, tzinfo=UTC),
                    datetime(2026, 11, 27, 22, tzinfo=UTC), datetime(2026, 11, 26, 22, tzinfo=UTC)}


def test_gaps_count_days_that_have_a_backup() -> None:
    # Backups only every 10 days: the 7 "daily" slots reach back 60 days.
    moments = [NOW - timedelta(days=10 * n) for n in range(10)]
    kept = backups_to_keep(moments)
    assert {NOW - timedelta(days=10 * n) for n in range(7)} <= kept


def test_monthly_reaches_back_a_year() -> None:
    moments = [NOW - timedelta(days=n) for n in range(800)]
    kept = backups_to_keep(moments)
    months = {(moment.year, moment.month) for moment in kept}
    assert len(months) == 12
    assert min(kept) == datetime(2025, 12, 31, 10, tzinfo=UTC)
    assert len(kept) <= DAILY + WEEKLY + MONTHLY


def test_duplicates_and_order_do_not_matter() -> None:
    moments = [NOW - timedelta(days=n) for n in range(40)]
    assert backups_to_keep(moments + moments) == backups_to_keep(reversed(moments))
