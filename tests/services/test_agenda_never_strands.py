"""The agenda never loses an item: random plans, cancels, moves, deletes, pauses,
splits, one-off meetings and discussions, and after each step every undiscussed
item sits on exactly one agenda of a check-in that will take place, or in the backlog."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from tandem_desktop.domain.clock import FixedClock, parse_stamp
from tandem_desktop.domain.enums import MeetingStatus
from tandem_desktop.domain.records import CheckInSeries
from tandem_desktop.services import agenda, occurrences
from tandem_desktop.services.schedule import upcoming
from tandem_desktop.storage.communication import STANDING
from tandem_desktop.storage.store import Store
from tests.conftest import make_tandem

NOW = datetime(2026, 3, 20, 8, 0, tzinfo=UTC)  # a week before the clocks change in Europe
AHEAD = timedelta(days=900)
RULES = ("FREQ=WEEKLY;BYDAY=MO", "FREQ=WEEKLY;BYDAY=TU,TH", "FREQ=MONTHLY;BYDAY=2WE",
         "FREQ=DAILY;INTERVAL=3")
ZONES = ("Europe/Berlin", "America/New_York", "Asia/Tokyo")
STEPS = 25


class Agendas(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.clock = FixedClock(NOW)
        self.store = Store.in_memory(self.clock)
        self.tandem = make_tandem(self.store)
        self.texts = 0

    def teardown(self) -> None:
        self.store.close()

    def _coming(self) -> list[occurrences.Occurrence]:  # type: ignore[name-defined]
        return upcoming(self.store, self.tandem.id, NOW - timedelta(hours=8), NOW + AHEAD)

    def _pick(self, data: st.DataObject) -> occurrences.Occurrence | None:  # type: ignore[name-defined]
        coming = [o for o in self._coming() if o.start > NOW and not o.held][:12]
        return data.draw(st.sampled_from(coming)) if coming else None

    @rule(rule_text=st.sampled_from(RULES), zone=st.sampled_from(ZONES),
          hour=st.integers(7, 17), standing=st.booleans())
    def plan_series(self, rule_text: str, zone: str, hour: int, standing: bool) -> None:
        self.store.series.add(CheckInSeries(
            tandem_id=self.tandem.id, title=f"Series {hour}", rrule=rule_text,
            first_start=f"2026-03-16T{hour:02d}:00", time_zone=zone,
            standing_items=["Priorities"] if standing else []))

    @rule(days=st.integers(0, 40), hours=st.integers(1, 12))
    def plan_one_off(self, days: int, hours: int) -> None:
        agenda.plan_one_off(self.store, self.tandem.id, "One-off",
                            NOW + timedelta(days=days, hours=hours), 45)

    @rule()
    def add_to_backlog(self) -> None:
        self.texts += 1
        agenda.add_to_backlog(self.store, self.tandem.id, f"Topic {self.texts}", "topic",
                              "assistant")

    @rule(data=st.data())
    def open_one(self, data: st.DataObject) -> None:
        chosen = self._pick(data)
        if chosen is not None:
            meeting = occurrences.meeting_of(self.store, chosen)
            agenda.compose_agenda(self.store, meeting)
            self.texts += 1
            agenda.add_to_meeting(self.store, meeting, f"Topic {self.texts}", "topic", "leader")

    @rule(data=st.data())
    def cancel(self, data: st.DataObject) -> None:
        chosen = self._pick(data)
        if chosen is not None:
            occurrences.cancel(self.store, chosen, "no time")

    @rule(data=st.data(), days=st.integers(-3, 30), minutes=st.sampled_from([15, 30, 90]))
    def move(self, data: st.DataObject, days: int, minutes: int) -> None:
        chosen = self._pick(data)
        if chosen is not None:
            target = max(chosen.start + timedelta(days=days), NOW + timedelta(hours=1))
            occurrences.move(self.store, chosen, target, minutes)

    @rule(data=st.data())
    def undo(self, data: st.DataObject) -> None:
        changed = [m for m in self.store.meetings.for_tandem(self.tandem.id)
                   if m.series_id and parse_stamp(m.starts_at) > NOW
                   and (m.status == MeetingStatus.CANCELLED.value
                        or m.starts_at != m.occurrence_start)]
        if changed:
            occurrences.restore(self.store, data.draw(st.sampled_from(changed)).id)

    @rule(data=st.data())
    def delete_series(self, data: st.DataObject) -> None:
        series = self.store.series.for_tandem(self.tandem.id)
        if series:
            occurrences.delete_series(self.store, data.draw(st.sampled_from(series)).id)

    @rule(data=st.data())
    def toggle_pause(self, data: st.DataObject) -> None:
        series = self.store.series.for_tandem(self.tandem.id)
        if series:
            chosen = data.draw(st.sampled_from(series))
            occurrences.set_active(self.store, chosen.id, not chosen.active)

    @rule(data=st.data())
    def delete_one_off(self, data: st.DataObject) -> None:
        one_offs = self.store.meetings.one_offs_since(self.tandem.id, "2000-01-01T00:00:00Z")
        if one_offs:
            occurrences.delete_meeting(self.store, data.draw(st.sampled_from(one_offs)).id)

    @rule(data=st.data(), rule_text=st.sampled_from(RULES), minutes=st.sampled_from([20, 60]))
    def split(self, data: st.DataObject, rule_text: str, minutes: int) -> None:
        chosen = self._pick(data)
        if chosen is not None and chosen.series is not None and chosen.slot is not None:
            changed = dataclasses.replace(chosen.series, rrule=rule_text,
                                          duration_minutes=minutes)
            occurrences.split(self.store, chosen.series, chosen.slot, changed)

    @rule(data=st.data())
    def discuss(self, data: st.DataObject) -> None:
        items = [item for item in self.store.agenda.for_tandem(self.tandem.id)
                 if not item.discussed]
        if items:
            agenda.set_discussed(self.store, data.draw(st.sampled_from(items)).id)

    @rule(data=st.data())
    def hold(self, data: st.DataObject) -> None:
        prepared = [m for m in self.store.meetings.for_tandem(self.tandem.id)
                    if m.status == MeetingStatus.PLANNED.value]
        if prepared:
            occurrences.set_held(self.store, data.draw(st.sampled_from(prepared)).id)

    @invariant()
    def every_open_item_has_one_place(self) -> None:
        taking_place = {o.meeting.id for o in self._coming()
                        if o.meeting is not None and o.meeting.status == "planned"}
        for item in self.store.agenda.for_tandem(self.tandem.id):
            if item.discussed or item.source_kind == STANDING:
                continue
            assert item.meeting_id is None or item.meeting_id in taking_place, item


TestAgendas = Agendas.TestCase
TestAgendas.settings = settings(max_examples=60, stateful_step_count=STEPS, deadline=None,
                                suppress_health_check=[HealthCheck.too_slow])
