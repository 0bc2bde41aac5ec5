"""Two copies of one tandem, the partner's a minute ahead, for conflict and merge tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.domain.records import CheckInSeries, Tandem, Task
from tandem_desktop.storage.store import Store
from tests.conftest import NOW, make_tandem
from tests.storage.copies import send


@dataclass
class Partners:
    mine: Store
    theirs: Store
    tandem: Tandem
    task: Task
    my_clock: FixedClock
    their_clock: FixedClock

    def both_edit_notes(self, my_text: str, their_text: str) -> None:
        """Both change the task's notes without seeing the other's; theirs is later."""
        self.my_clock.advance(timedelta(minutes=1))
        self.mine.tasks.change(self.task.id, notes=my_text)
        self.their_clock.advance(timedelta(minutes=2))
        self.theirs.tasks.change(self.task.id, notes=their_text)


def partners(mine: Store | None = None, clock: FixedClock | None = None) -> Partners:
    """A tandem with one task on ``mine`` (a new in-memory store if None), copied to theirs."""
    my_clock = clock or FixedClock(NOW)
    mine = mine or Store.in_memory(my_clock)
    their_clock = FixedClock(my_clock.now())
    theirs = Store.in_memory(their_clock)
    tandem = make_tandem(mine)
    task = mine.tasks.add(Task(tandem_id=tandem.id, title="Book the flights", owner="assistant",
                               notes="Economy"))
    send(mine, theirs)
    return Partners(mine, theirs, tandem, task, my_clock, their_clock)


def add_series(store: Store, tandem_id: str, items: list[str]) -> CheckInSeries:
    return store.series.add(CheckInSeries(
        tandem_id=tandem_id, title="Weekly", rrule="FREQ=WEEKLY;BYDAY=MO",
        first_start="2026-11-30T09:00", time_zone="Europe/Berlin", standing_items=items))
