"""Occurrences of check-in series: wall-clock times across daylight saving, cadences, bad rules."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tandem_desktop.domain.records import CheckInSeries
from tandem_desktop.domain.recurrence import (
    Cadence,
    CadenceKind,
    RecurrenceError,
    build_rrule,
    cadence_of,
    first_matching_start,
    next_occurrence,
    occurrences,
    validate_rrule,
    zone,
)

BERLIN = zone("Europe/Berlin")


def test_nine_in_berlin_stays_nine_across_both_dst_changes() -> None:
    found = occurrences("FREQ=WEEKLY;BYDAY=MO", "2026-03-02T09:00", "Europe/Berlin",
                        after=datetime(2026, 3, 1, tzinfo=UTC), count=40)
    assert all(moment.tzinfo is UTC for moment in found)
    assert {moment.astimezone(BERLIN).hour for moment in found} == {9}
    # Winter: 08:00 UTC; summer (from 29 March): 07:00 UTC; winter again from 25 October.
    utc_hours = {moment.date(): moment.hour for moment in found}
    assert utc_hours[date(2026, 3, 23)] == 8
    assert utc_hours[date(2026, 3, 30)] == 7
    assert utc_hours[date(2026, 10, 19)] == 7
    assert utc_hours[date(2026, 10, 26)] == 8


def test_strictly_after_and_before_and_count() -> None:
    first = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
    found = occurrences("FREQ=DAILY", "2026-11-30T09:00", "Europe/Berlin", after=first,
                        before=datetime(2026, 12, 4, 8, 0, tzinfo=UTC))
    assert [m.day for m in found] == [1, 2, 3]
    assert len(occurrences("FREQ=DAILY", "2026-11-30T09:00", "Europe/Berlin",
                           after=first, count=5)) == 5
    with pytest.raises(ValueError):
        occurrences("FREQ=DAILY", "2026-11-30T09:00", "UTC", after=datetime(2026, 1, 1))


def test_the_first_start_counts_and_workdays_skip_weekends() -> None:
    found = occurrences(build_rrule(Cadence(kind=CadenceKind.WORKDAYS)), "2026-11-27T08:30",
                        "Europe/Berlin", after=datetime(2026, 11, 1, tzinfo=UTC), count=3)
    assert [m.astimezone(BERLIN).strftime("%a %H:%M") for m in found] == [
        "Fri 08:30", "Mon 08:30", "Tue 08:30"]


def test_monthly_second_tuesday_and_last_friday() -> None:
    second_tuesday = build_rrule(Cadence(kind=CadenceKind.MONTHLY_WEEKDAY, nth=2, weekday=1))
    assert second_tuesday == "FREQ=MONTHLY;BYDAY=2TU"
    found = occurrences(second_tuesday, "2026-12-08T10:00", "Europe/Berlin",
                        after=datetime(2026, 12, 1, tzinfo=UTC), count=3)
    assert [m.astimezone(BERLIN).date() for m in found] == [
        date(2026, 12, 8), date(2027, 1, 12), date(2027, 2, 9)]
    last_friday = build_rrule(Cadence(kind=CadenceKind.MONTHLY_WEEKDAY, nth=-1, weekday=4))
    found = occurrences(last_friday, "2026-12-25T10:00", "Europe/Berlin",
                        after=datetime(2026, 12, 1, tzinfo=UTC), count=2)
    assert [m.astimezone(BERLIN).date() for m in found] == [date(2026, 12, 25), date(2027, 1, 29)]


def test_every_two_weeks_and_until_date_is_inclusive() -> None:
    rule = build_rrule(Cadence(kind=CadenceKind.WEEKLY, weekdays=[3], interval=2,
                               until=date(2027, 1, 7)), "Europe/Berlin")
    assert rule == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;UNTIL=20270107T225959Z"
    found = occurrences(rule, "2026-12-10T09:00", "Europe/Berlin",
                        after=datetime(2026, 12, 1, tzinfo=UTC))
    assert [m.astimezone(BERLIN).date() for m in found] == [
        date(2026, 12, 10), date(2026, 12, 24), date(2027, 1, 7)]


@pytest.mark.parametrize("cadence", [
    Cadence(kind=CadenceKind.WORKDAYS, weekdays=[0, 1, 2, 3, 4]),
    Cadence(kind=CadenceKind.WEEKLY, weekdays=[1, 3], interval=2),
    Cadence(kind=CadenceKind.MONTHLY_DAY, month_day=15),
    Cadence(kind=CadenceKind.MONTHLY_WEEKDAY, nth=-1, weekday=4, until=date(2027, 6, 30)),
    Cadence(kind=CadenceKind.CUSTOM, custom="FREQ=YEARLY;BYMONTH=1;BYDAY=1MO"),
])
def test_cadence_reads_back(cadence: Cadence) -> None:
    rule = build_rrule(cadence, "Europe/Berlin")
    again = cadence_of(rule, "Europe/Berlin")
    assert again.kind is cadence.kind
    assert build_rrule(again, "Europe/Berlin") == rule


@pytest.mark.parametrize(("text", "field"), [
    ("", "rrule"),
    ("WEEKLY", "rrule"),
    ("FREQ=WEEKLY;BYDAY=XX", "rrule"),
    ("FREQ=SOMETIMES", "rrule"),
    ("FREQ=DAILY;UNTIL=20200101", "until"),
    ("FREQ=DAILY;COUNT=0", "rrule"),
])
def test_bad_rules_are_refused_with_the_field(text: str, field: str) -> None:
    with pytest.raises(RecurrenceError) as caught:
        validate_rrule(text, "2026-11-30T09:00", "Europe/Berlin")
    assert caught.value.field == field


def test_valid_rule_is_normalized() -> None:
    assert validate_rrule("rrule:freq=weekly;byday=mo,we") == "FREQ=WEEKLY;BYDAY=MO,WE"
    with pytest.raises(RecurrenceError):
        zone("Mars/Olympus")


def test_first_matching_start_moves_to_the_rule() -> None:
    assert first_matching_start("FREQ=WEEKLY;BYDAY=TU", "2026-11-30T09:00",
                                "Europe/Berlin") == "2026-12-01T09:00"


def test_next_occurrence_honours_active() -> None:
    series = CheckInSeries(title="Weekly", rrule="FREQ=WEEKLY;BYDAY=MO",
                           first_start="2026-11-02T09:00", time_zone="Europe/Berlin")
    after = datetime(2026, 11, 29, 10, 0, tzinfo=UTC)
    assert next_occurrence(series, after) == datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
    series.active = False
    assert next_occurrence(series, after) is None


def test_meeting_in_the_dst_gap_still_has_a_start() -> None:
    # 02:30 does not exist in Berlin on 29 March 2026; the series still yields a moment.
    found = occurrences("FREQ=DAILY", "2026-03-28T02:30", "Europe/Berlin",
                        after=datetime(2026, 3, 27, tzinfo=UTC), count=3)
    assert len(found) == 3
    assert found[0] < found[1] < found[2]


def test_bysetpos_reads_as_nth_weekday() -> None:
    cadence = cadence_of("FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2")
    assert (cadence.kind, cadence.nth, cadence.weekday) == (CadenceKind.MONTHLY_WEEKDAY, 2, 1)
    assert cadence_of("FREQ=WEEKLY;BYDAY=TU;BYSETPOS=2").kind is CadenceKind.CUSTOM
