"""The hybrid logical clock: stamps that sort as text and never go back."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tandem_desktop.domain.hlc import (
    MAX_AHEAD_MS,
    HybridClock,
    Stamp,
    TooFarAhead,
    is_stamp,
    new_device_id,
    parse,
)

DAY_MS = 24 * 60 * 60 * 1000
START_MS = 1_795_000_000_000  # late 2026


class Wall:
    """A wall clock the test sets by hand."""

    def __init__(self, millis: int = START_MS) -> None:
        self.millis = millis

    def __call__(self) -> int:
        return self.millis


def _clock(wall: Wall, device: str = "00000000000000aa", last: str | None = None) -> HybridClock:
    return HybridClock(device, wall, last=last)


def test_a_stamp_is_text_that_names_time_counter_and_device() -> None:
    wall = Wall()
    stamp = _clock(wall).now()
    assert stamp == f"{START_MS:013d}-0000-00000000000000aa"
    assert is_stamp(stamp)
    assert parse(stamp) == Stamp(START_MS, 0, "00000000000000aa")
    for text in ("", "123-0000-00000000000000aa", f"{START_MS}-00000-00000000000000aa",
                 f"{START_MS}-0000-00000000000000AA", f"{START_MS}-0000-short"):
        assert not is_stamp(text)
        with pytest.raises(ValueError, match="not a clock stamp"):
            parse(text)


def test_stamps_sort_as_text_as_they_do_as_parts() -> None:
    stamps = [Stamp(millis, counter, device)
              for millis in (0, 9, 10, 999_999_999_999, 1_000_000_000_000, START_MS)
              for counter in (0, 1, 0xF, 0x10, 0xFFFF)
              for device in ("0000000000000000", "00000000000000ff", "ffffffffffffffff")]
    assert sorted(stamps, key=str) == sorted(stamps)


def test_device_ids_are_random_hex_of_sixteen_digits() -> None:
    ids = {new_device_id() for _ in range(100)}
    assert len(ids) == 100
    assert all(len(device) == 16 and int(device, 16) >= 0 for device in ids)
    with pytest.raises(ValueError, match="not a device id"):
        HybridClock("XYZ", Wall())


def test_every_local_stamp_is_greater_than_any_issued_or_seen() -> None:
    wall = Wall()
    clock = _clock(wall)
    first = clock.now()
    assert clock.now() > first  # the same millisecond: the counter goes up
    seen = str(Stamp(START_MS + 5_000, 7, "ffffffffffffffff"))  # a partner a little ahead
    clock.observe(seen)
    after = clock.now()
    assert after > seen
    assert parse(after).millis == START_MS + 5_000 and parse(after).counter == 8
    wall.millis += 10_000  # the wall clock passes the partner's: its time again
    assert clock.now() == f"{START_MS + 10_000:013d}-0000-00000000000000aa"


def test_a_stamp_seen_with_a_greater_device_id_is_still_passed() -> None:
    wall = Wall()
    clock = _clock(wall)
    seen = str(Stamp(START_MS, 0, "ffffffffffffffff"))
    clock.observe(seen)
    assert clock.now() > seen


def test_a_wall_clock_that_jumps_back_never_yields_a_smaller_stamp() -> None:
    wall = Wall()
    clock = _clock(wall)
    before = clock.now()
    wall.millis -= 3 * 60 * 60 * 1000  # three hours back (a corrected clock, a time zone bug)
    later = [clock.now() for _ in range(5)]
    assert later == sorted(later) and later[0] > before
    assert all(parse(stamp).millis == START_MS for stamp in later)


def test_the_counter_overflowing_within_one_millisecond_borrows_the_next() -> None:
    wall = Wall()
    clock = _clock(wall)
    stamps = [clock.now() for _ in range(0x10000 + 3)]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    assert parse(stamps[0xFFFF]) == Stamp(START_MS, 0xFFFF, "00000000000000aa")
    assert parse(stamps[0x10000]) == Stamp(START_MS + 1, 0, "00000000000000aa")
    # A seen stamp with the counter at its end is passed the same way.
    other = _clock(Wall(), "00000000000000bb")
    other.observe(str(Stamp(START_MS, 0xFFFF, "00000000000000aa")))
    assert parse(other.now()) == Stamp(START_MS + 1, 0, "00000000000000bb")


def test_a_stamp_more_than_a_day_ahead_is_refused_and_does_not_move_the_clock() -> None:
    wall = Wall()
    clock = _clock(wall)
    clock.now()
    last = clock.last
    far = str(Stamp(START_MS + MAX_AHEAD_MS + 1, 0, "ffffffffffffffff"))
    with pytest.raises(TooFarAhead) as raised:
        clock.observe(far)
    assert raised.value.stamp == far and raised.value.ahead_ms == MAX_AHEAD_MS + 1
    assert "24.0 h ahead" in str(raised.value)
    assert clock.last == last
    assert parse(clock.now()).millis == START_MS
    # Exactly a day ahead is still let in; and once this computer's clock has
    # caught up, the far one is let in too.
    clock.observe(str(Stamp(START_MS + MAX_AHEAD_MS, 0, "ffffffffffffffff")))
    wall.millis += 2
    clock.observe(far)
    assert clock.now() > far


def test_the_clock_resumes_from_its_last_stamp() -> None:
    wall = Wall()
    first = _clock(wall)
    for _ in range(3):
        first.now()
    wall.millis -= DAY_MS  # started again on a computer whose clock is behind
    again = _clock(wall, last=first.last)
    assert again.now() > first.last


operations = st.lists(
    st.one_of(
        st.tuples(st.just("now"), st.integers(-DAY_MS, DAY_MS)),
        st.tuples(st.just("observe"), st.integers(-2 * DAY_MS, 2 * DAY_MS),
                  st.integers(0, 0xFFFF),
                  st.sampled_from(["0000000000000000", "00000000000000aa",
                                   "ffffffffffffffff"])),
    ),
    max_size=60,
)


@settings(max_examples=300, deadline=None, database=None)
@given(operations)
def test_stamps_only_ever_grow_whatever_the_wall_clock_and_the_partners_do(
        steps: list[tuple]) -> None:  # type: ignore[type-arg]
    wall = Wall()
    clock = _clock(wall)
    greatest = ""  # the greatest stamp issued or let in so far
    for step in steps:
        if step[0] == "now":
            wall.millis = START_MS + step[1]  # the wall clock goes anywhere, back too
            stamp = clock.now()
            assert stamp > greatest
            assert is_stamp(stamp) and parse(stamp).device == "00000000000000aa"
            assert parse(stamp).millis >= wall.millis
            greatest = stamp
        else:
            _, offset, counter, device = step
            seen = str(Stamp(START_MS + offset, counter, device))
            last = clock.last
            try:
                clock.observe(seen)
            except TooFarAhead:
                assert parse(seen).millis - wall.millis > MAX_AHEAD_MS
                assert clock.last == last
                continue
            greatest = max(greatest, seen)
            assert clock.last >= last
