"""Three copies of one tandem, random user actions and random exchanges: they converge.

Each copy runs on its own computer with its own wrong clock (up to a day either
way, and jumping back now and then). The users work through the real
repositories and services; the copies exchange random parts of their journals,
shuffled and with duplicates. After every step SQLite's own checks find
nothing. At the end, once every copy has seen every change, every copy's dump
is the same, and the same as a reference model computes from the union of the
journals on its own (newest stamp per field, tombstones first, a delete shown
only while no other field of its record is newer).

Private feedback is left out (the unit tests cover it): a copy never shows its
partner's private records, so their dumps differ on purpose.

CI runs ``CI_EXAMPLES`` (50) examples of up to ``CI_STEPS`` (50) steps each,
the same ones on every run; set ``TANDEM_HYPOTHESIS_EXAMPLES`` (and
``TANDEM_HYPOTHESIS_STEPS``) for a longer run with fresh random examples.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import uuid
from collections.abc import Callable, Iterable
from datetime import timedelta
from typing import Any

from hypothesis import HealthCheck as Health
from hypothesis import event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from tandem_desktop.domain.changes import PURGE, Change
from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.domain.records import (
    AccessItem,
    Agreement,
    Area,
    CheckInSeries,
    DecisionRule,
    Feedback,
    Goal,
    HealthCheck,
    Meeting,
    Question,
    Task,
    Vision,
)
from tandem_desktop.services import agenda, questions, rules, trash
from tandem_desktop.storage.errors import ValidationError
from tandem_desktop.storage.journal import synced_fields
from tandem_desktop.storage.merge import apply_changes
from tandem_desktop.storage.migrations.m002_journal import SYNCED_TABLES
from tandem_desktop.storage.store import Store
from tests.conftest import NOW, make_tandem
from tests.storage.copies import changes_of, dump, problems

EXAMPLES = int(os.environ.get("TANDEM_HYPOTHESIS_EXAMPLES", "0") or 0)
STEPS = int(os.environ.get("TANDEM_HYPOTHESIS_STEPS", "0") or 0)
HEAVY = EXAMPLES > 0
CI_EXAMPLES, CI_STEPS = 50, 50  # 25 to 40 s on a CI machine of two cores
COPIES = 3
HOUR_MS = 60 * 60 * 1000
DAY_MS = 24 * HOUR_MS
SCRAMBLE = 0x9E3779B97F4A7C15F39CC0605CEDC835  # ids that do not sort in the order made

# -- values a user types or picks ----------------------------------------------------------
TEXT = st.sampled_from(["Budget", "Zeppelin tickets", "Ärger im Büro", "x", "Plan B"])
BLANK_OR_TEXT = st.sampled_from(["", " ", "Budget", "Zeppelin", "Notiz"])
DAY = st.sampled_from(["2026-11-01", "2026-12-24", "2027-01-15"])
DAY_OR_NONE = st.sampled_from([None, "2026-11-01", "2026-12-24", "2027-01-15"])
INSTANT = st.sampled_from(["2026-12-01T09:00:00Z", "2026-12-08T14:30:00Z"])
ROLE = st.sampled_from(["leader", "assistant"])
LEVEL = st.integers(1, 7)
SCORE = st.sampled_from([1.0, 2.5, 4.0, 5.0])
# How wrong a computer's clock is: up to a day either way.
OFFSET = st.sampled_from([0, HOUR_MS, -HOUR_MS, 20 * HOUR_MS, -20 * HOUR_MS, DAY_MS,
                          -DAY_MS]) | st.integers(-DAY_MS, DAY_MS)


def choice(*values: object) -> st.SearchStrategy[Any]:
    return st.sampled_from(values)


class Ref:
    """A (nullable) reference field: its value is a live record of ``kind`` or None."""

    def __init__(self, kind: str) -> None:
        self.kind = kind


# The fields a user can change, per kind of record (statuses and levels have their
# own actions below; non-nullable references never change).
EDITS: dict[str, dict[str, st.SearchStrategy[Any] | Ref]] = {
    "tandem": {"name": TEXT, "leader_name": TEXT, "assistant_name": TEXT,
               "my_role": ROLE, "started_on": DAY_OR_NONE,
               "feedback_every_days": st.integers(1, 60),
               "health_check_every_days": st.integers(1, 90),
               "vision_reviewed_on": DAY_OR_NONE,
               "archived_at": st.sampled_from([None, "2026-12-01T09:00:00Z"])},
    "area": {"name": TEXT, "description": BLANK_OR_TEXT,
             "owner": choice("leader", "assistant", "shared"), "since": DAY_OR_NONE,
             "review_on": DAY_OR_NONE},
    "question": {"text": TEXT, "context": BLANK_OR_TEXT,
                 "urgency": choice("today", "week", "whenever"), "answer": BLANK_OR_TEXT},
    "access_item": {"title": TEXT, "kind": choice("account", "folder", "budget"),
                    "scope": BLANK_OR_TEXT, "granted_on": DAY_OR_NONE,
                    "review_months": st.none() | st.integers(1, 24),
                    "review_on": DAY_OR_NONE, "revoked_on": DAY_OR_NONE,
                    "area_id": Ref("area"), "notes": BLANK_OR_TEXT},
    "checkin_series": {"title": TEXT, "duration_minutes": st.integers(15, 90),
                       "channel": choice("video", "phone", "in_person", "chat"),
                       "location": BLANK_OR_TEXT,
                       "standing_items": st.lists(TEXT, max_size=3),
                       "reminder_minutes": st.none() | st.integers(0, 60),
                       "active": st.booleans()},
    "meeting": {"series_id": Ref("checkin_series"), "starts_at": INSTANT,
                "duration_minutes": st.integers(15, 90), "title": BLANK_OR_TEXT,
                "status": choice("planned", "held", "cancelled"),
                "shared_notes": BLANK_OR_TEXT, "private_notes": BLANK_OR_TEXT,
                "rating": st.none() | st.integers(1, 5), "retro_note": BLANK_OR_TEXT},
    "agenda_item": {"meeting_id": Ref("meeting"), "text": TEXT,
                    "kind": choice("topic", "question", "decision", "info"),
                    "discussed": st.booleans(), "outcome": BLANK_OR_TEXT,
                    "position": st.integers(0, 5)},
    "goal": {"title": TEXT, "description": BLANK_OR_TEXT,
             "kind": choice("shared", "development"), "target_on": DAY_OR_NONE,
             "progress": st.integers(0, 100), "progress_mode": choice("manual", "tasks"),
             "status": choice("planned", "active", "done", "dropped"),
             "contribution": BLANK_OR_TEXT, "area_id": Ref("area")},
    "decision_rule": {"decision": TEXT, "area_id": Ref("area"),
                      "target_level": st.none() | LEVEL, "limits": BLANK_OR_TEXT,
                      "examples": BLANK_OR_TEXT, "agreed_on": DAY_OR_NONE,
                      "review_on": DAY_OR_NONE},
    "level_change": {"note": BLANK_OR_TEXT},
    "task": {"title": TEXT, "owner": ROLE, "due_on": DAY_OR_NONE,
             "priority": choice("high", "normal", "low"),
             "status": choice("open", "done", "cancelled"), "done_on": DAY_OR_NONE,
             "area_id": Ref("area"), "goal_id": Ref("goal"), "meeting_id": Ref("meeting"),
             "rule_id": Ref("decision_rule"), "notes": BLANK_OR_TEXT},
    "agreement": {"category": choice("availability", "channels", "tools", "other"),
                  "text": TEXT, "agreed_on": DAY_OR_NONE, "review_on": DAY_OR_NONE},
    "feedback": {"direction": choice("leader_to_assistant", "assistant_to_leader"),
                 "kind": choice("appreciation", "suggestion"), "given_on": DAY,
                 "situation": BLANK_OR_TEXT, "behaviour": BLANK_OR_TEXT,
                 "impact": BLANK_OR_TEXT, "request": BLANK_OR_TEXT,
                 "status": choice("noted", "discussed"), "meeting_id": Ref("meeting"),
                 "asked_for": st.booleans()},
    "feedback_prompt": {"text": TEXT},
    "vision": {"statement": TEXT, "horizon": BLANK_OR_TEXT, "why": BLANK_OR_TEXT,
               "assistant_role": BLANK_OR_TEXT, "saved_on": DAY},
    "goal_rule": {},
    "health_check": {"note": BLANK_OR_TEXT, "trust": SCORE, "vision": SCORE,
                     "answers": st.dictionaries(choice("q1", "q2", "q3"), st.integers(1, 5),
                                                max_size=2)},
}
KINDS = sorted(EDITS)
TRASHABLE = [kind for kind in KINDS if kind != "tandem"]
# The texts of each kind that may be left empty.
TEXTS = {kind: [name for name, spec in sorted(fields.items()) if spec is BLANK_OR_TEXT]
         for kind, fields in EDITS.items()}


# -- the reference model -----------------------------------------------------------------------
def references(schema: Store) -> dict[str, list[tuple[str, str, bool]]]:
    """Per table: (column, parent table, nullable) of each reference."""
    conn = schema.database.conn
    found: dict[str, list[tuple[str, str, bool]]] = {}
    for table in SYNCED_TABLES:
        nullable = {row[1]: not row[3] for row in conn.execute(f"PRAGMA table_info({table})")}
        found[table] = [(row[3], row[2], nullable[row[3]])
                        for row in conn.execute(f"PRAGMA foreign_key_list({table})")]
    return found


def model(changes: Iterable[Change], schema: Store) -> dict[str, Any]:
    """What every copy must hold once it has seen ``changes``, worked out without the merge."""
    newest: dict[tuple[str, str], dict[str, Change]] = {}
    buried: set[tuple[str, str]] = set()
    for change in changes:
        key = (change.kind, change.record_id)
        if change.field == PURGE:
            buried.add(key)
            continue
        fields = newest.setdefault(key, {})
        if change.field not in fields or change.stamp > fields[change.field].stamp:
            fields[change.field] = change
    refs = references(schema)
    grew = True
    while grew:  # a record that cannot live without a buried one is buried too
        grew = False
        for key, fields in newest.items():
            if key in buried:
                continue
            if any(not nullable and (parent, fields[column].column_value) in buried
                   for column, parent, nullable in refs[key[0]]):
                buried.add(key)
                grew = True
    result: dict[str, Any] = {}
    conn = schema.database.conn
    for table in SYNCED_TABLES:
        columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
        names = synced_fields(table, columns)
        rows = []
        for key in sorted(key for key in newest if key[0] == table and key not in buried):
            fields = newest[key]
            row = {"id": key[1], **{name: fields[name].column_value for name in names}}
            for column, parent, nullable in refs[table]:
                if nullable and (parent, row[column]) in buried:
                    row[column] = None  # what it referred to is gone for good
            delete = fields["deleted_at"]
            newest_edit = max(change.stamp for name, change in fields.items()
                              if name != "deleted_at")
            row["deleted_at"] = delete.column_value if delete.stamp >= newest_edit else None
            rows.append(row)
        result[table] = rows
    result["tombstones"] = sorted(buried)
    return result


def seed(store: Store, tandem: str) -> None:
    """A record of every kind, linked to each other, for the partners to work on."""
    area = store.areas.add(Area(tandem_id=tandem, name="Travel", owner="shared"))
    question = store.questions.add(Question(tandem_id=tandem, text="May I book?",
                                            asked_by="assistant", asked_on="2026-11-01"))
    questions.put_on_agenda(store, question.id, "assistant")
    store.access_items.add(AccessItem(tandem_id=tandem, title="Travel account", kind="account",
                                      area_id=area.id))
    series = store.series.add(CheckInSeries(
        tandem_id=tandem, title="Weekly", rrule="FREQ=WEEKLY;BYDAY=MO",
        first_start="2026-11-02T09:00", time_zone="Europe/Berlin", standing_items=["Week"]))
    meeting = store.meetings.add(Meeting(tandem_id=tandem, series_id=series.id,
                                         starts_at="2026-12-01T09:00:00Z", title="Check-in"))
    for text in ("Budget", "Trip", "Holidays"):
        agenda.add_to_meeting(store, meeting, text, "topic", "leader")
    goal = store.goals.add(Goal(tandem_id=tandem, title="Book alone", area_id=area.id))
    rule_ = rules.save_rule(store, DecisionRule(tandem_id=tandem, decision="Book trains",
                                                level=3, area_id=area.id), "", "2026-11-01")
    store.goal_rules.link(tandem, goal.id, rule_.id)
    store.tasks.add(Task(tandem_id=tandem, title="Book the room", owner="assistant",
                         area_id=area.id, goal_id=goal.id, meeting_id=meeting.id,
                         rule_id=rule_.id))
    store.agreements.add(Agreement(tandem_id=tandem, category="tools", text="Chat first"))
    store.feedback.add(Feedback(tandem_id=tandem, direction="leader_to_assistant",
                                given_on="2026-11-20", situation="Board papers",
                                behaviour="Sent early", meeting_id=meeting.id))
    for text in ("What went well?", "What should change?"):
        store.feedback_prompts.append(tandem, text)
    store.visions.save_version(Vision(tandem_id=tandem, statement="Calm weeks",
                                      saved_on="2026-11-01"))
    store.health_checks.add(HealthCheck(tandem_id=tandem, taken_on="2026-11-01",
                                        by_role="leader", trust=4, communication=4,
                                        feedback=3, delegation=3, vision=4))


# -- the machine ---------------------------------------------------------------------------------
class ThreeCopies(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        # Hypothesis replays a run to shrink it: record and device ids must be the
        # same every time, or the same draws would pick other records.
        numbers = itertools.count(1)
        self._uuid4 = uuid.uuid4
        uuid.uuid4 = lambda: uuid.UUID(int=next(numbers) * SCRAMBLE % 2**128)
        self.clocks = [FixedClock(NOW) for _ in range(COPIES)]
        self.stores = [Store.in_memory(clock) for clock in self.clocks]
        for number, store in enumerate(self.stores):
            store.database.conn.execute("UPDATE sync_device SET device_id = ?",
                                        [f"{(number + 1) * SCRAMBLE % 2**64:016x}"])
            store.database.journal = None  # read again with that id
        self.tandem_id = make_tandem(self.stores[0]).id
        seed(self.stores[0], self.tandem_id)
        for store in self.stores[1:]:  # every copy starts from the same records
            apply_changes(store, changes_of(self.stores[0]))
        self.latest_wall = NOW
        self.focus = KINDS
        self.steps = -1  # the invariant runs once before the first step too

    def teardown(self) -> None:
        try:
            event(f"steps in a run: {self.steps // 10 * 10}-{self.steps // 10 * 10 + 9}")
            self.full_exchange()
        finally:
            uuid.uuid4 = self._uuid4
            for store in self.stores:
                store.close()

    # -- helpers -------------------------------------------------------------------------------
    def _move_clock(self, copy: int, delta_ms: int) -> None:
        clock = self.clocks[copy]
        clock.advance(timedelta(milliseconds=delta_ms))
        self.latest_wall = max(self.latest_wall, clock.now())

    def _live(self, store: Store, kind: str) -> list[str]:
        repository = store.repository_for(kind)
        return [record.id for record in repository.list()]

    def _kind(self, data: st.DataObject, kinds: list[str]) -> str:
        """A kind this run works on (any, when it works on none of ``kinds``)."""
        return data.draw(st.sampled_from([kind for kind in self.focus if kind in kinds]
                                         or kinds))

    def _pick(self, data: st.DataObject, ids: list[str]) -> str | None:
        return data.draw(st.sampled_from(ids)) if ids else None

    def _ref(self, data: st.DataObject, store: Store, kind: str) -> str | None:
        if data.draw(st.booleans()):
            return None
        return self._pick(data, self._live(store, kind))

    # -- the clocks ------------------------------------------------------------------------------
    @initialize(offsets=st.lists(OFFSET, min_size=COPIES, max_size=COPIES),
                focus=st.lists(st.sampled_from(KINDS), min_size=1, max_size=4, unique=True))
    def computers_disagree(self, offsets: list[int], focus: list[str]) -> None:
        """Once the records are everywhere: each computer's clock goes its own way.

        Each run works on a few kinds only, so that the partners meet on the same
        records and fields often (every kind gets its turn across the runs).
        """
        for copy, offset in enumerate(offsets):
            self._move_clock(copy, offset)
        self.focus = focus

    @rule(copy=st.integers(0, COPIES - 1),
          delta=st.integers(1, 2 * HOUR_MS) | st.integers(-3 * HOUR_MS, -1) | st.just(0))
    def time_passes_or_jumps_back(self, copy: int, delta: int) -> None:
        self._move_clock(copy, delta)

    # -- user actions ----------------------------------------------------------------------------
    @rule(copy=st.integers(0, COPIES - 1), data=st.data())
    def add(self, copy: int, data: st.DataObject) -> None:
        kind = self._kind(data, TRASHABLE)
        store, tandem = self.stores[copy], self.tandem_id
        draw: Callable[[st.SearchStrategy[Any]], Any] = data.draw

        def ref(parent: str) -> str | None:
            return self._ref(data, store, parent)

        if kind == "area":
            store.areas.add(Area(tandem_id=tandem, name=draw(TEXT),
                                 owner=draw(choice("leader", "shared"))))
        elif kind == "question":
            store.questions.add(Question(tandem_id=tandem, text=draw(TEXT), asked_by=draw(ROLE),
                                         asked_on=draw(DAY)))
        elif kind == "access_item":
            store.access_items.add(AccessItem(tandem_id=tandem, title=draw(TEXT), kind="account",
                                              area_id=ref("area")))
        elif kind == "checkin_series":
            store.series.add(CheckInSeries(
                tandem_id=tandem, title=draw(TEXT), rrule="FREQ=WEEKLY;BYDAY=MO",
                first_start="2026-11-02T09:00", time_zone="Europe/Berlin",
                standing_items=draw(st.lists(TEXT, max_size=2))))
        elif kind == "meeting":
            store.meetings.add(Meeting(tandem_id=tandem, series_id=ref("checkin_series"),
                                       starts_at=draw(INSTANT), title=draw(BLANK_OR_TEXT)))
        elif kind == "agenda_item":
            meeting = store.meetings.find(ref("meeting"))
            if meeting is not None:
                agenda.add_to_meeting(store, meeting, draw(TEXT), "topic", draw(ROLE))
            else:
                agenda.add_to_backlog(store, tandem, draw(TEXT), "info", draw(ROLE))
        elif kind == "goal":
            store.goals.add(Goal(tandem_id=tandem, title=draw(TEXT), area_id=ref("area")))
        elif kind == "decision_rule":
            rules.save_rule(store, DecisionRule(tandem_id=tandem, decision=draw(TEXT),
                                                level=draw(LEVEL), area_id=ref("area")),
                            draw(BLANK_OR_TEXT), draw(DAY))
        elif kind == "level_change":
            rule_id = self._pick(data, self._live(store, "decision_rule"))
            if rule_id is not None:
                rules.change_level(store, rule_id, draw(LEVEL), draw(BLANK_OR_TEXT), draw(DAY))
        elif kind == "task":
            store.tasks.add(Task(tandem_id=tandem, title=draw(TEXT), owner=draw(ROLE),
                                 area_id=ref("area"), goal_id=ref("goal"),
                                 meeting_id=ref("meeting"), rule_id=ref("decision_rule")))
        elif kind == "agreement":
            store.agreements.add(Agreement(tandem_id=tandem, category="tools", text=draw(TEXT)))
        elif kind == "feedback":
            store.feedback.add(Feedback(tandem_id=tandem, direction="leader_to_assistant",
                                        given_on=draw(DAY), situation=draw(TEXT),
                                        meeting_id=ref("meeting")))
        elif kind == "feedback_prompt":
            store.feedback_prompts.append(tandem, draw(TEXT))
        elif kind == "vision":
            store.visions.save_version(Vision(tandem_id=tandem, statement=draw(TEXT),
                                              saved_on=draw(DAY)))
        elif kind == "goal_rule":
            goal_id = self._pick(data, self._live(store, "goal"))
            rule_id = self._pick(data, self._live(store, "decision_rule"))
            if goal_id is not None and rule_id is not None:
                store.goal_rules.link(tandem, goal_id, rule_id)
        elif kind == "health_check":
            store.health_checks.add(HealthCheck(
                tandem_id=tandem, taken_on=draw(DAY), by_role=draw(ROLE), trust=draw(SCORE),
                communication=3, feedback=3, delegation=3, vision=draw(SCORE)))

    @rule(copy=st.integers(0, COPIES - 1), data=st.data())
    def edit(self, copy: int, data: st.DataObject) -> None:
        kind = self._kind(data, KINDS)
        store = self.stores[copy]
        record_id = self._pick(data, self._live(store, kind))
        if record_id is not None:
            self._edit(store, kind, record_id, data)

    @rule(copy=st.integers(0, COPIES - 1), data=st.data())
    def delete(self, copy: int, data: st.DataObject) -> None:
        kind = self._kind(data, TRASHABLE)
        store = self.stores[copy]
        record_id = self._pick(data, self._live(store, kind))
        if record_id is not None:
            self._delete(store, kind, record_id)

    @rule(first=st.integers(0, COPIES - 1), second=st.integers(0, COPIES - 1),
          data=st.data(), actions=st.lists(st.sampled_from(["edit", "clear", "delete"]),
                                           min_size=2, max_size=2))
    def partners_at_once(self, first: int, second: int, data: st.DataObject,
                         actions: list[str]) -> None:
        """Both partners work on the same record before either has seen the other's work."""
        kind = self._kind(data, TRASHABLE)
        ids = set(self._live(self.stores[second], kind))
        record_id = self._pick(data, [i for i in self._live(self.stores[first], kind)
                                      if i in ids])
        if record_id is None or first == second:
            return
        for copy, action in zip((first, second), actions, strict=True):
            store = self.stores[copy]
            if action == "delete":
                self._delete(store, kind, record_id)
            elif action == "clear" and TEXTS[kind]:  # empties one text
                with contextlib.suppress(ValidationError):
                    store.repository_for(kind).change(
                        record_id, **{data.draw(st.sampled_from(TEXTS[kind])): ""})
            else:
                self._edit(store, kind, record_id, data)

    def _edit(self, store: Store, kind: str, record_id: str, data: st.DataObject) -> None:
        if not EDITS[kind]:
            return
        # One save in a form: one field or several at once.
        fields = data.draw(st.lists(st.sampled_from(sorted(EDITS[kind])), min_size=1,
                                    max_size=3, unique=True))
        values = {}
        for field in fields:
            spec = EDITS[kind][field]
            values[field] = self._ref(data, store, spec.kind) if isinstance(spec, Ref) \
                else data.draw(spec)
        with contextlib.suppress(ValidationError):  # the window refuses it, as it would
            store.repository_for(kind).change(record_id, **values)

    def _delete(self, store: Store, kind: str, record_id: str) -> None:
        if kind == "question":
            questions.delete_question(store, record_id)
        else:
            store.repository_for(kind).delete(record_id)

    @rule(copy=st.integers(0, COPIES - 1), data=st.data(), for_good=st.booleans())
    def restore_or_purge(self, copy: int, data: st.DataObject, for_good: bool) -> None:
        """From the Trash, as the user would: bring back, or delete for good."""
        store = self.stores[copy]
        entries = trash.deleted_records(store, self.tandem_id)
        if not entries:
            return
        entry = data.draw(st.sampled_from(entries))
        if not for_good:
            trash.restore(store, entry)
            return
        with contextlib.suppress(trash.StillReferencedError):  # the Trash says why
            trash.purge(store, entry)

    @rule(copy=st.integers(0, COPIES - 1), data=st.data(),
          how=st.sampled_from(["move agenda items", "compose an agenda", "discuss an item",
                               "handle a question", "change a level", "move a prompt"]))
    def use_a_service(self, copy: int, data: st.DataObject, how: str) -> None:
        """One of the actions that change several fields or records at once."""
        store = self.stores[copy]
        getattr(self, "_" + how.replace(" ", "_"))(store, data)

    def _move_agenda_items(self, store: Store, data: st.DataObject) -> None:
        meeting_id = self._ref(data, store, "meeting")
        items = store.agenda.for_meeting(meeting_id) if meeting_id else \
            store.agenda.backlog(self.tandem_id)
        if items:
            store.agenda.reorder(data.draw(st.permutations([item.id for item in items])))

    def _compose_an_agenda(self, store: Store, data: st.DataObject) -> None:
        meeting = store.meetings.find(self._pick(data, self._live(store, "meeting")))
        if meeting is not None and meeting.status == "planned":
            agenda.compose_agenda(store, meeting)

    def _discuss_an_item(self, store: Store, data: st.DataObject) -> None:
        item_id = self._pick(data, self._live(store, "agenda_item"))
        if item_id is not None:
            agenda.set_discussed(store, item_id, data.draw(st.booleans()),
                                 data.draw(st.none() | BLANK_OR_TEXT))

    def _handle_a_question(self, store: Store, data: st.DataObject) -> None:
        question_id = self._pick(data, self._live(store, "question"))
        if question_id is None:
            return
        how = data.draw(st.sampled_from(["answer", "withdraw", "reopen", "agenda", "off"]))
        with contextlib.suppress(ValidationError):
            if how == "answer":
                store.questions.answer(question_id, data.draw(TEXT), data.draw(DAY))
            elif how == "withdraw":
                questions.withdraw_question(store, question_id)
            elif how == "reopen":
                store.questions.reopen(question_id)
            elif how == "agenda":
                questions.put_on_agenda(store, question_id, data.draw(ROLE))
            else:
                questions.take_off_agenda(store, question_id)

    def _change_a_level(self, store: Store, data: st.DataObject) -> None:
        rule_id = self._pick(data, self._live(store, "decision_rule"))
        if rule_id is None:
            return
        if data.draw(st.booleans()):
            rules.change_level(store, rule_id, data.draw(LEVEL), data.draw(BLANK_OR_TEXT),
                               data.draw(DAY))
        else:
            rules.change_target(store, rule_id, data.draw(st.none() | LEVEL))

    def _move_a_prompt(self, store: Store, data: st.DataObject) -> None:
        prompt_id = self._pick(data, self._live(store, "feedback_prompt"))
        if prompt_id is not None:
            store.feedback_prompts.move(prompt_id, data.draw(st.sampled_from([-1, 1])))

    # -- exchanges ------------------------------------------------------------------------------
    @rule(source=st.integers(0, COPIES - 1), receiver=st.integers(0, COPIES - 1),
          share=st.sampled_from([0.3, 0.7, 1.0]), randoms=st.randoms(use_true_random=False))
    def exchange(self, source: int, receiver: int, share: float, randoms: Any) -> None:
        """Part of one copy's journal reaches another: any part, any order, some twice."""
        if source == receiver:
            return
        changes = [change for change in changes_of(self.stores[source])
                   if randoms.random() < share]
        changes += randoms.sample(changes, len(changes) // 4)
        randoms.shuffle(changes)
        report = apply_changes(self.stores[receiver], changes, confirm_deletions=True)
        for reason in report.waiting:
            event(f"exchange: some wait ({reason})")
        if report.conflicts:
            event("exchange: a text lost a concurrent edit")
        if report.came_back:
            event("exchange: an edit brought a record back")

    # -- what must hold --------------------------------------------------------------------------
    @invariant()
    def sqlite_finds_nothing_wrong(self) -> None:
        self.steps += 1
        for store in self.stores:
            assert problems(store) == []

    def full_exchange(self) -> None:
        """Every copy sees every change (clocks set right first), and all agree."""
        for clock in self.clocks:
            clock.set(self.latest_wall + timedelta(minutes=1))
        for _ in range(2):
            for target, store in enumerate(self.stores):
                everything = [change for source, other in enumerate(self.stores)
                              if source != target for change in changes_of(other)]
                apply_changes(store, everything, confirm_deletions=True)
        dumps = [dump(store) for store in self.stores]
        union = [change for store in self.stores for change in changes_of(store)]
        expected = model(union, self.stores[0])
        for copy, store in enumerate(self.stores):
            assert store.database.query("SELECT * FROM sync_pending") == [], copy
            assert problems(store) == [], copy
        for table in expected:
            for copy in range(COPIES):
                assert dumps[copy][table] == expected[table], (table, copy)
        assert dumps[0] == dumps[1] == dumps[2] == expected
        # Both partners see every list in the same order: agendas too.
        orders = [self._orders(store) for store in self.stores]
        assert orders[0] == orders[1] == orders[2]

    def _orders(self, store: Store) -> dict[str, list[str]]:
        orders = {kind: [record.id for record in store.repository_for(kind).list()]
                  for kind in KINDS}
        for meeting_id in orders["meeting"]:
            orders[meeting_id] = [item.id for item in store.agenda.for_meeting(meeting_id)]
        orders["backlog"] = [item.id for item in store.agenda.backlog(self.tandem_id)]
        return orders


ThreeCopies.TestCase.settings = settings(
    max_examples=EXAMPLES or CI_EXAMPLES,
    stateful_step_count=STEPS or CI_STEPS,
    deadline=None,
    derandomize=not HEAVY,  # CI: the same examples on every run
    database=None,
    suppress_health_check=[Health.too_slow, Health.filter_too_much, Health.data_too_large],
)
TestThreeCopiesConverge = ThreeCopies.TestCase


def test_the_model_of_one_copys_own_journal_is_that_copy() -> None:
    """The reference model's own footing, without any merge: one copy's journal."""
    clock = FixedClock(NOW)
    store = Store.in_memory(clock)
    try:
        tandem = make_tandem(store).id
        seed(store, tandem)
        clock.advance(timedelta(minutes=1))
        task = store.tasks.list()[0]
        store.tasks.delete(task.id)
        store.tasks.purge(task.id)
        for level_change in store.level_changes.list():
            store.level_changes.delete(level_change.id)
            store.level_changes.purge(level_change.id)
        store.agreements.delete(store.agreements.list()[0].id)
        question = store.questions.list()[0]
        questions.delete_question(store, question.id)
        questions.restore_question(store, question.id)
        assert model(changes_of(store), store) == dump(store)
    finally:
        store.close()
