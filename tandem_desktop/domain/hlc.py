"""A hybrid logical clock: stamps that order changes across devices.

A stamp is text, ``<wall ms, 13 digits>-<counter, 4 hex>-<device id>``, so that
comparing two stamps as strings compares them in time: first the wall clock,
then the counter (several changes within one millisecond, or a clock that went
back), then the device id, which makes every stamp unique. Every stamp this
clock issues is greater than every stamp it has issued or seen before, whatever
the wall clock does.

A stamp from another device that lies more than ``MAX_AHEAD`` ahead of this
computer's clock is not let in: it would drag every later local stamp with it
(one partner's wrong clock would make the other's edits lose for days).
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass

MAX_AHEAD_MS = 24 * 60 * 60 * 1000
_COUNTER_LIMIT = 0xFFFF
_STAMP = re.compile(r"^(\d{13})-([0-9a-f]{4})-([0-9a-f]{16})$")


def new_device_id() -> str:
    """A random device id: 64 bits, so two devices never share one."""
    return secrets.token_hex(8)


@dataclass(frozen=True, order=True)
class Stamp:
    millis: int
    counter: int
    device: str

    def __str__(self) -> str:
        return f"{self.millis:013d}-{self.counter:04x}-{self.device}"


def parse(text: str) -> Stamp:
    """The parts of a stamp; ValueError for text that is not one."""
    match = _STAMP.match(text)
    if match is None:
        raise ValueError(f"not a clock stamp: {text!r}")
    return Stamp(int(match[1]), int(match[2], 16), match[3])


def is_stamp(text: object) -> bool:
    return isinstance(text, str) and _STAMP.match(text) is not None


def stamp_device(text: str) -> str:
    return parse(text).device


def stamp_millis(text: str) -> int:
    return parse(text).millis


class TooFarAhead(ValueError):
    """A remote stamp lies more than a day ahead of this computer's clock."""

    def __init__(self, stamp: str, ahead_ms: int) -> None:
        super().__init__(f"{stamp} is {ahead_ms / 3_600_000:.1f} h ahead of this computer")
        self.stamp = stamp
        self.ahead_ms = ahead_ms


class HybridClock:
    """Issues stamps for one device; ``last`` is the greatest stamp issued or seen."""

    def __init__(self, device: str, wall_ms: Callable[[], int], last: str | None = None) -> None:
        if not re.fullmatch(r"[0-9a-f]{16}", device):
            raise ValueError(f"not a device id: {device!r}")
        self.device = device
        self._wall_ms = wall_ms
        self._millis, self._counter = 0, 0
        if last:
            self._raise_to(parse(last))

    @property
    def last(self) -> str:
        return str(Stamp(self._millis, self._counter, self.device))

    def now(self) -> str:
        """A new stamp, greater than every one issued or seen."""
        wall = self._wall_ms()
        if wall > self._millis:
            self._millis, self._counter = wall, 0
        elif self._counter < _COUNTER_LIMIT:
            self._counter += 1
        else:  # 65,536 stamps in one millisecond: borrow the next one
            self._millis, self._counter = self._millis + 1, 0
        return self.last

    def ahead_of_wall(self, stamp: str) -> int:
        """How many milliseconds ``stamp`` lies ahead of this computer's clock (<= 0: not)."""
        return parse(stamp).millis - self._wall_ms()

    def observe(self, stamp: str) -> None:
        """Take note of a stamp from another device, so later local stamps are greater.

        Raises TooFarAhead (and changes nothing) for a stamp more than a day ahead.
        """
        ahead = self.ahead_of_wall(stamp)
        if ahead > MAX_AHEAD_MS:
            raise TooFarAhead(stamp, ahead)
        self._raise_to(parse(stamp))

    def take_over(self, stamp: str) -> None:
        """Continue after a stamp this device issued elsewhere (another connection to
        its data file): its own, so not checked against the wall clock."""
        self._raise_to(parse(stamp))

    def _raise_to(self, seen: Stamp) -> None:
        if (seen.millis, seen.counter) > (self._millis, self._counter):
            self._millis, self._counter = seen.millis, seen.counter
