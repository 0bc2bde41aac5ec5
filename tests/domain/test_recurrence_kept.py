"""A series' slots are worked out once and kept: any later look, at any window and in
any order, gives what a fresh expansion from the first start gives."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from dateutil.rrule import rrulestr
from hypothesis import given, settings
from hypothesis import strategies as st

from tandem_desktop.domain.recurrence import local_start, normalize_rrule, occurrences

RULES = ("FREQ=WEEKLY;BYDAY=MO,TH", "FREQ=WEEKLY;INTERVAL=2", "FREQ=MONTHLY;BYDAY=2TU",
         "FREQ=DAILY;COUNT=40", "FREQ=WEEKLY;UNTIL=20270301T000000Z", "FREQ=MONTHLY;BYMONTHDAY=31")
ZONES = ("Europe/Berlin", "America/New_York", "Australia/Sydney")
FIRST = "2025-03-24T08:30"  # a week before the clocks change in Europe


def fresh(rule: str, zone: str, after: datetime, before: datetime) -> list[datetime]:
    """The slots between two instants, from a rule read anew (nothing kept)."""
    start = local_start(FIRST, zone)
    parsed = rrulestr(normalize_rrule(rule, zone), dtstart=start)
    slots = {start, *parsed.between(after - timedelta(days=1), before + timedelta(days=1))}
    return sorted(s.astimezone(UTC) for s in slots
                  if after < s.astimezone(UTC) < before)


windows = st.lists(
    st.tuples(st.integers(min_value=-30, max_value=900), st.integers(min_value=1, max_value=120)),
    min_size=1, max_size=6)


@settings(max_examples=60, deadline=None)
@given(rule=st.sampled_from(RULES), zone=st.sampled_from(ZONES), looks=windows)
def test_every_look_gives_what_a_fresh_expansion_gives(rule: str, zone: str,
                                                       looks: list[tuple[int, int]]) -> None:
    origin = datetime(2025, 3, 20, tzinfo=UTC)
    for offset, length in looks:  # one after the other on the same kept expansion
        after = origin + timedelta(days=offset)
        before = after + timedelta(days=length)
        assert occurrences(rule, FIRST, zone, after=after, before=before) == \
            fresh(rule, zone, after, before)


def test_a_changed_rule_or_start_is_worked_out_anew() -> None:
    after = datetime(2026, 1, 1, tzinfo=UTC)
    weekly = occurrences("FREQ=WEEKLY", FIRST, "Europe/Berlin", after=after, count=2)
    daily = occurrences("FREQ=DAILY", FIRST, "Europe/Berlin", after=after, count=2)
    later = occurrences("FREQ=WEEKLY", "2025-03-25T08:30", "Europe/Berlin", after=after,
                        count=2)
    assert daily[1] - daily[0] == timedelta(days=1)
    assert weekly[1] - weekly[0] == timedelta(days=7)
    assert later[0] - weekly[0] == timedelta(days=1)
