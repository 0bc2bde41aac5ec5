"""Dates as the screen shows them (ui/dates.py), in English and German."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QDate

from tandem_desktop.ui.dates import (
    date_text,
    days_between,
    from_qdate,
    long_date_text,
    stamp_text,
    to_qdate,
    when_text,
)


def test_dates_read_the_same_from_a_date_an_iso_date_and_an_instant(qapp) -> None:  # type: ignore[no-untyped-def]
    assert date_text(date(2026, 11, 29)) == "2026-11-29"
    assert date_text("2026-11-29") == "2026-11-29"
    assert date_text("2026-11-29T10:00:00Z") == "2026-11-29"
    assert date_text(None) == date_text("") == ""
    assert date_text("soon") == "soon"  # not a date: shown as it is
    assert long_date_text("2026-11-29") == "29 November 2026"
    assert long_date_text(None) == ""


def test_german_dates(german) -> None:  # type: ignore[no-untyped-def]
    assert date_text("2026-11-29") == "29.11.2026"
    assert long_date_text(date(2026, 3, 1)) == "1. März 2026"


def test_days_between_and_date_fields(qapp) -> None:  # type: ignore[no-untyped-def]
    today = date(2026, 11, 29)
    assert days_between("2026-11-27", today) == 2
    assert days_between(None, today) is None and days_between("later", today) is None
    assert to_qdate(today) == QDate(2026, 11, 29) == to_qdate("2026-11-29")
    assert from_qdate(QDate(2026, 2, 28)) == date(2026, 2, 28)


def test_instants_show_in_local_time(qapp, berlin_time) -> None:  # type: ignore[no-untyped-def]
    moment = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
    assert when_text(moment).startswith("Mon 2026-11-30 9:00")  # CET, UTC+1
    assert stamp_text("2026-11-30T08:00:00Z") == when_text(moment)
