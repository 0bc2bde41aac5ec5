"""Check-in series, meetings, agenda items, tasks and working agreements (step 2).

Every list the Communication tab shows is one query here (filters, search and
sorting run in SQL). How a meeting's agenda is composed is a use case:
``services.agenda``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any, NamedTuple

from tandem_desktop.domain.cadence_advice import MeetingFacts
from tandem_desktop.domain.enums import (
    AgendaKind,
    AgreementCategory,
    Channel,
    MeetingStatus,
    Priority,
    Role,
    TaskStatus,
)
from tandem_desktop.domain.records import AgendaItem, Agreement, CheckInSeries, Meeting, Task
from tandem_desktop.domain.recurrence import RecurrenceError, validate_rrule, zone
from tandem_desktop.storage.errors import ValidationError
from tandem_desktop.storage.repository import TandemRepository, check_choice

STANDING = "standing"
# Working agreements show as due for review this many days ahead.
AGREEMENT_NOTICE_DAYS = 14
TASK_VIEWS = ("open", "mine", "partner", "overdue", "done", "all")
# The SQL a task list may be sorted by (column key -> ORDER BY expression).
TASK_ORDERS = {
    "due": "t.due_on IS NULL, t.due_on",
    "title": "t.title COLLATE NOCASE",
    "owner": "t.owner",
    "priority": "CASE t.priority WHEN 'high' THEN 0 WHEN 'normal' THEN 1 ELSE 2 END",
    "status": "t.status",
    "area": "area_name IS NULL, area_name COLLATE NOCASE",
    "goal": "goal_name IS NULL, goal_name COLLATE NOCASE",
    "done": "t.done_on IS NULL, t.done_on",
}


class CheckInSeriesRepository(TandemRepository[CheckInSeries]):
    table = "checkin_series"
    record_type = CheckInSeries
    search_fields = ("title", "location", "standing_items")
    default_order = "title COLLATE NOCASE"
    required_text = ("title", "rrule", "first_start", "time_zone")

    def validate(self, record: CheckInSeries) -> None:
        super().validate(record)
        if record.duration_minutes < 1:
            raise ValidationError("duration_minutes", "must be at least one minute")
        check_choice("channel", record.channel, Channel)
        try:
            zone(record.time_zone)
            validate_rrule(record.rrule, record.first_start, record.time_zone)
        except RecurrenceError as error:
            raise ValidationError(error.field, error.message) from error

    def active_for(self, tandem_id: str) -> list[CheckInSeries]:
        return self._select_for(tandem_id, "active = 1")

    def active(self) -> list[CheckInSeries]:
        """The series that are not paused, of every tandem."""
        return self._select("active = 1")


class MeetingLine(NamedTuple):
    """One row of the past meetings list."""

    id: str
    series_id: str | None
    title: str
    starts_at: str
    status: str
    rating: int | None
    items: int


class MeetingRepository(TandemRepository[Meeting]):
    table = "meeting"
    record_type = Meeting
    search_fields = ("title", "shared_notes", "private_notes", "retro_note")
    default_order = "starts_at"
    required_text = ("starts_at",)

    def validate(self, record: Meeting) -> None:
        super().validate(record)
        check_choice("status", record.status, MeetingStatus)
        if record.rating is not None and not 1 <= record.rating <= 5:
            raise ValidationError("rating", "must be 1 to 5")
        if record.duration_minutes < 1:
            raise ValidationError("duration_minutes", "must be at least one minute")

    def for_slot(self, series_id: str, slot: str) -> Meeting | None:
        """The meeting that stands for one slot of a series (moved or not)."""
        found = self._select("series_id = ? AND coalesce(occurrence_start, starts_at) = ?",
                             [series_id, slot], limit=1)
        return found[0] if found else None

    def in_window(self, tandem_id: str | None, after: str, before: str) -> list[Meeting]:
        """Meetings (any status) whose start or series slot lies between two stamps.

        Without ``tandem_id``: of every tandem (the reminders watch them all)."""
        where = ("((starts_at > ? AND starts_at < ?) OR"
                 " (occurrence_start > ? AND occurrence_start < ?))")
        params: list[Any] = [after, before, after, before]
        if tandem_id is None:
            return self._select(where, params, order_by="starts_at")
        return self._select_for(tandem_id, where, params, order_by="starts_at")

    def exceptions_of(self, series_ids: Sequence[str]) -> list[Meeting]:
        """Meetings that differ from their series' slot: cancelled, moved or resized."""
        if not series_ids:
            return []
        marks = ", ".join("?" for _ in series_ids)
        return self._select(
            f"series_id IN ({marks}) AND (status = 'cancelled'"
            " OR starts_at <> coalesce(occurrence_start, starts_at)"
            " OR duration_minutes <> (SELECT s.duration_minutes FROM checkin_series s"
            "  WHERE s.id = meeting.series_id))", list(series_ids), order_by="starts_at")

    def of_series_from(self, series_id: str, slot: str) -> list[Meeting]:
        """Meetings of a series from one slot on that are not held yet."""
        return self._select(
            "series_id = ? AND coalesce(occurrence_start, starts_at) >= ?"
            " AND status <> 'held'", [series_id, slot], order_by="starts_at")

    def planned_of_series(self, series_id: str, since: str) -> list[Meeting]:
        """Planned meetings of a series that start after ``since``."""
        return self._select("series_id = ? AND status = 'planned' AND starts_at > ?",
                            [series_id, since], order_by="starts_at")

    def one_offs_since(self, tandem_id: str, since: str) -> list[Meeting]:
        """Meetings outside any series from ``since`` on, whatever their status."""
        return self._select_for(tandem_id, "series_id IS NULL AND starts_at >= ?", [since])

    def past(self, tandem_id: str, before: str, *, limit: int = 200) -> list[MeetingLine]:
        """Meetings that started before ``before`` (or were held early), newest first; a
        check-in cancelled ahead of time is still to come, not past."""
        rows = self.database.query(
            "SELECT m.id, m.series_id, m.title, m.starts_at, m.status, m.rating,"
            " (SELECT count(*) FROM agenda_item a WHERE a.meeting_id = m.id"
            "  AND a.deleted_at IS NULL) AS items"
            " FROM meeting m WHERE m.tandem_id = ? AND m.deleted_at IS NULL"
            " AND (m.starts_at < ? OR m.status = 'held')"
            " ORDER BY m.starts_at DESC LIMIT ?",
            [tandem_id, before, int(limit)])
        return [MeetingLine(**row) for row in rows]

    def planned_after(self, tandem_id: str, after: str, *, limit: int = 5) -> list[Meeting]:
        """The first planned meetings that start after ``after`` (a UTC stamp), soonest first."""
        return self._select_for(tandem_id, "status = 'planned' AND starts_at > ?", [after],
                               order_by="starts_at", limit=limit)

    def latest(self, tandem_id: str) -> Meeting | None:
        """The meeting that starts last, whatever its status; None when there is none."""
        found = self._select_for(tandem_id, order_by="starts_at DESC", limit=1)
        return found[0] if found else None

    def upcoming(self, tandem_id: str, since: str) -> list[Meeting]:
        return self._select_for(tandem_id, "starts_at >= ? AND status = 'planned'", [since])

    def one_offs(self, tandem_id: str, since: str) -> list[Meeting]:
        """Planned meetings outside any series, from ``since`` on, soonest first."""
        return self._select_for(
            tandem_id, "series_id IS NULL AND starts_at >= ? AND status = 'planned'", [since])

    def held_facts(self, tandem_id: str, limit: int = 6) -> list[MeetingFacts]:
        """What the last held meetings tell about the rhythm, oldest first."""
        own = ("a.deleted_at IS NULL AND coalesce(a.source_kind, '') <> 'standing'"
               " AND a.tandem_id = m.tandem_id")
        passed = "EXISTS (SELECT 1 FROM json_each(a.carried_from) WHERE value = m.id)"
        rows = self.database.query(
            "SELECT m.rating, m.retro_note, m.duration_minutes AS slot_minutes,"
            " m.actual_minutes,"
            f" (SELECT count(*) FROM agenda_item a WHERE {own}"
            f"  AND (a.meeting_id = m.id OR {passed})) AS items,"
            f" (SELECT count(*) FROM agenda_item a WHERE {own}"
            f"  AND ((a.meeting_id = m.id AND a.discussed = 0) OR {passed})) AS carried_over"
            " FROM meeting m WHERE m.tandem_id = ? AND m.status = 'held'"
            " AND m.deleted_at IS NULL ORDER BY m.starts_at DESC LIMIT ?",
            [tandem_id, int(limit)])
        return [MeetingFacts(**row) for row in reversed(rows)]

    def ratings(self, tandem_id: str, limit: int = 10) -> list[tuple[str, int, str]]:
        """(start, rating, retrospective note) of the last rated meetings, oldest first."""
        rows = self.database.query(
            "SELECT starts_at, rating, retro_note FROM meeting WHERE tandem_id = ?"
            " AND rating IS NOT NULL AND deleted_at IS NULL"
            " ORDER BY starts_at DESC LIMIT ?", [tandem_id, int(limit)])
        return [(str(r["starts_at"]), int(r["rating"]), str(r["retro_note"]))
                for r in reversed(rows)]

    def earlier_than(self, meeting: Meeting, ended_before: str) -> list[Meeting]:
        """Meetings of any series (or none) before ``meeting`` that are over."""
        return self._select(
            "tandem_id = ? AND starts_at < ? AND id <> ?"
            " AND (status <> 'planned' OR"
            " datetime(starts_at, '+' || duration_minutes || ' minutes') <= datetime(?))",
            [meeting.tandem_id, meeting.starts_at, meeting.id, ended_before],
            order_by="starts_at")


class AgendaItemRepository(TandemRepository[AgendaItem]):
    table = "agenda_item"
    record_type = AgendaItem
    search_fields = ("text", "outcome")
    default_order = "position"
    required_text = ("text",)

    def validate(self, record: AgendaItem) -> None:
        super().validate(record)
        check_choice("kind", record.kind, AgendaKind)
        check_choice("added_by", record.added_by, Role)

    def backlog(self, tandem_id: str, text: str = "") -> list[AgendaItem]:
        """Items waiting for the next check-in: not on a meeting yet."""
        where, params = "meeting_id IS NULL AND discussed = 0", []
        clause, extra = self._search_clause(text)
        if clause:
            where += f" AND {clause}"
            params.extend(extra)
        return self._select_for(tandem_id, where, params)

    def for_meeting(self, meeting_id: str) -> list[AgendaItem]:
        return self._select("meeting_id = ?", [meeting_id])

    def undiscussed_by_meeting(self, meeting_ids: Sequence[str]) -> dict[str, list[AgendaItem]]:
        """The undiscussed items of several meetings in one query, each in agenda order."""
        found: dict[str, list[AgendaItem]] = {}
        if not meeting_ids:
            return found
        marks = ", ".join("?" for _ in meeting_ids)
        for item in self._select(f"meeting_id IN ({marks}) AND discussed = 0", list(meeting_ids)):
            found.setdefault(str(item.meeting_id), []).append(item)
        return found

    def carried_on_from(self, meeting_id: str) -> list[AgendaItem]:
        """Items left undiscussed in a meeting that have moved on since."""
        return self._select(
            "meeting_id IS NOT ? AND EXISTS (SELECT 1 FROM json_each(carried_from)"
            " WHERE value = ?)", [meeting_id, meeting_id])

    def next_position(self, tandem_id: str, meeting_id: str | None) -> int:
        value = self.database.scalar(
            "SELECT max(position) FROM agenda_item WHERE tandem_id = ? AND meeting_id IS ?"
            " AND deleted_at IS NULL",
            [tandem_id, meeting_id],
        )
        return 0 if value is None else int(value) + 1

    def for_source(self, source_kind: str, source_id: str) -> list[AgendaItem]:
        return self._select("source_kind = ? AND source_id = ?", [source_kind, source_id])

    def waiting_for(self, source_kind: str, source_id: str) -> list[AgendaItem]:
        """Items that came from one record and are not discussed yet."""
        return self._select("source_kind = ? AND source_id = ? AND discussed = 0",
                         [source_kind, source_id])

    def trashed_waiting_for(self, source_kind: str, source_id: str, since: str,
                            until: str) -> list[AgendaItem]:
        """Undiscussed items from one record that went to the Trash between two stamps."""
        return self._select(
            "source_kind = ? AND source_id = ? AND discussed = 0 AND deleted_at BETWEEN ? AND ?",
            [source_kind, source_id, since, until], deleted=True)

    def add_to_backlog(self, tandem_id: str, text: str, kind: str, added_by: str, *,
                       source_kind: str | None = None,
                       source_id: str | None = None) -> AgendaItem:
        """Put an item on the backlog for the next check-in, at its end.

        An item that comes from a record (``source_kind``/``source_id``) is added
        once: while one from the same record still waits, that one is returned.
        """
        with self.database.transaction():
            if source_kind is not None and source_id is not None:
                waiting = self.waiting_for(source_kind, source_id)
                if waiting:
                    return waiting[0]
            return self.add(AgendaItem(
                tandem_id=tandem_id, meeting_id=None, text=text, kind=kind,
                source_kind=source_kind, source_id=source_id, added_by=added_by,
                position=self.next_position(tandem_id, None)))

    def reorder(self, ids: Sequence[str]) -> None:
        """Give the items the positions 0, 1, 2 … in the order of ``ids``."""
        if not ids:
            return
        marks = ", ".join("?" for _ in ids)
        with self.database.transaction():
            # One read for the current positions; an unknown id fails in change().
            current = {item.id: item.position for item in self._select(f"id IN ({marks})", ids)}
            for position, item_id in enumerate(ids):
                if current.get(item_id) != position:
                    self.change(item_id, position=position)

    def count_waiting(self, tandem_id: str) -> int:
        return self._count_for(tandem_id, "meeting_id IS NULL AND discussed = 0")

    def open_counts(self, meeting_ids: Sequence[str]) -> dict[str, int]:
        """How many undiscussed items each meeting holds (meetings with none are left out)."""
        if not meeting_ids:
            return {}
        marks = ", ".join("?" for _ in meeting_ids)
        rows = self.database.query(
            "SELECT meeting_id, count(*) AS open FROM agenda_item WHERE deleted_at IS NULL"
            f" AND discussed = 0 AND meeting_id IN ({marks}) GROUP BY meeting_id",
            list(meeting_ids))
        return {str(row["meeting_id"]): int(row["open"]) for row in rows}


class TaskLine(NamedTuple):
    """One row of the task list, with the names of its area and goal."""

    id: str
    title: str
    owner: str
    due_on: str | None
    priority: str
    status: str
    done_on: str | None
    area_name: str | None
    goal_name: str | None
    meeting_id: str | None


class TaskRepository(TandemRepository[Task]):
    table = "task"
    record_type = Task
    search_fields = ("title", "notes")
    default_order = "due_on IS NULL, due_on"
    required_text = ("title",)

    def validate(self, record: Task) -> None:
        super().validate(record)
        check_choice("owner", record.owner, Role)
        check_choice("priority", record.priority, Priority)
        check_choice("status", record.status, TaskStatus)

    def under_rule(self, rule_id: str) -> list[Task]:
        """The tasks done under one decision rule: open ones first, then by due date."""
        return self._select("rule_id = ?", [rule_id],
                         order_by="status = 'done', due_on IS NULL, due_on, title")

    def _view_clause(self, view: str, my_role: str, today: str,
                     col: str) -> tuple[str, list[Any]]:
        if view not in TASK_VIEWS:
            raise ValueError(f"unknown task view {view!r}")
        if view == "mine":
            return f"{col}status = 'open' AND {col}owner = ?", [my_role]
        if view == "partner":
            return f"{col}status = 'open' AND {col}owner <> ?", [my_role]
        if view == "overdue":
            return f"{col}status = 'open' AND {col}due_on < ?", [today]
        if view == "done":
            return f"{col}status = 'done'", []
        if view == "open":
            return f"{col}status = 'open'", []
        return "1", []

    def page(
        self, tandem_id: str, *, view: str = "open", my_role: str = "assistant",
        today: str = "", text: str = "", order: str = "due", descending: bool = False,
        limit: int = 200, offset: int = 0,
    ) -> tuple[list[TaskLine], int]:
        """One page of the task list and how many tasks match in all.

        Filter, search and sort run in SQL. (Two narrow queries measured faster here
        than one with ``count(*) OVER ()``, which materializes every match.)
        """
        where, params = self._where(tandem_id, view, my_role, today, text)
        total = self._count(where, params)
        return self._rows(where, params, order, descending, limit, offset), total

    def lines(
        self, tandem_id: str, *, view: str = "open", my_role: str = "assistant",
        today: str = "", text: str = "", order: str = "due", descending: bool = False,
        limit: int = 200, offset: int = 0,
    ) -> list[TaskLine]:
        """One page of the task list without the total (see ``page``), e.g. the next
        page while scrolling, when the count is known already."""
        where, params = self._where(tandem_id, view, my_role, today, text)
        return self._rows(where, params, order, descending, limit, offset)

    def count_lines(self, tandem_id: str, *, view: str = "open", my_role: str = "assistant",
                    today: str = "", text: str = "") -> int:
        where, params = self._where(tandem_id, view, my_role, today, text)
        return self._count(where, params)

    def _count(self, where: str, params: list[Any]) -> int:
        return int(self.database.scalar(f"SELECT count(*) FROM task t WHERE {where}", params))

    def _rows(self, where: str, params: list[Any], order: str, descending: bool,
              limit: int, offset: int) -> list[TaskLine]:
        direction = " DESC" if descending else ""
        keys = ", ".join(part + direction for part in TASK_ORDERS[order].split(", "))
        names = ""
        if order in ("area", "goal"):
            names = (", (SELECT name FROM area a WHERE a.id = t.area_id) AS area_name,"
                     " (SELECT title FROM goal g WHERE g.id = t.goal_id) AS goal_name")
        # First only the row numbers of the page (the sort handles narrow rows), then
        # the page's own columns and names.
        numbers = [int(row["n"]) for row in self.database.query(
            f"SELECT t.n{names} FROM task t WHERE {where}"
            f" ORDER BY {keys}, t.n LIMIT ? OFFSET ?", [*params, int(limit), int(offset)])]
        if not numbers:
            return []
        marks = ", ".join("?" for _ in numbers)
        rows = self.database.query(
            "SELECT t.n, t.id, t.title, t.owner, t.due_on, t.priority, t.status, t.done_on,"
            " a.name AS area_name, g.title AS goal_name, t.meeting_id FROM task t"
            " LEFT JOIN area a ON a.id = t.area_id LEFT JOIN goal g ON g.id = t.goal_id"
            f" WHERE t.n IN ({marks})", numbers)
        by_number = {int(row.pop("n")): row for row in rows}
        return [TaskLine(**by_number[number]) for number in numbers]

    def _where(self, tandem_id: str, view: str, my_role: str, today: str,
               text: str) -> tuple[str, list[Any]]:
        clause, extra = self._search_clause(text, alias="t")
        # With a search, start from the (few) full-text matches and look each task up
        # by its number; the unary plus keeps SQLite from scanning an index instead.
        col = "+t." if clause else "t."
        view_sql, params = self._view_clause(view, my_role, today, col)
        where = f"{col}tandem_id = ? AND t.deleted_at IS NULL AND {view_sql}"
        params = [tandem_id, *params]
        if clause:
            where += " AND " + clause
            params.extend(extra)
        return where, params

    def complete(self, ids: Sequence[str], today: str) -> int:
        """Mark open tasks done in one transaction; how many changed."""
        changed = 0
        with self.database.transaction():
            for task_id in ids:
                task = self.get(task_id)
                if task.status == TaskStatus.OPEN.value:
                    self.change(task_id, status=TaskStatus.DONE.value, done_on=today)
                    changed += 1
        return changed

    def reopen(self, task_id: str) -> Task:
        return self.change(task_id, status=TaskStatus.OPEN.value, done_on=None)

    def overdue_count(self, tandem_id: str, today: str) -> int:
        return self._count_for(tandem_id, "status = 'open' AND due_on < ?", [today])

    def open_for(self, tandem_id: str, owner: str, *, limit: int | None = None) -> list[Task]:
        """Open tasks of one person: dated ones by due date (high priority first on a
        day), then undated ones, high priority first.

        Dated and undated tasks are read apart, so that the task index delivers
        them in order and a short list never sorts all of a large tandem's tasks.
        """
        found = self._select_for(
            tandem_id, "status = 'open' AND owner = ? AND due_on IS NOT NULL", [owner],
            order_by="due_on, priority = 'high' DESC", limit=limit,
        )
        if limit is None or len(found) < limit:
            found += self._select_for(
                tandem_id, "status = 'open' AND owner = ? AND due_on IS NULL", [owner],
                order_by="priority = 'high' DESC",
                limit=None if limit is None else limit - len(found),
            )
        return found

    def count_open_for(self, tandem_id: str, owner: str) -> int:
        return self._count_for(tandem_id, "status = 'open' AND owner = ?", [owner])

    def count_overdue_for(self, tandem_id: str, owner: str, today: str) -> int:
        """Open tasks of one person that were due before ``today``."""
        return self._count_for(
            tandem_id, "status = 'open' AND owner = ? AND due_on < ?", [owner, today])

    def done_by_goal(self, tandem_id: str) -> dict[str, tuple[int, int]]:
        """goal id -> (tasks done, tasks in all) of the tandem's goals; cancelled ones left out."""
        rows = self.database.query(
            # Through the goals (index on goal_id), not all of the tandem's tasks.
            "SELECT goal_id, sum(status = 'done') AS done, count(*) AS total FROM task"
            " WHERE goal_id IN (SELECT id FROM goal WHERE tandem_id = ?)"
            " AND deleted_at IS NULL AND status <> 'cancelled' GROUP BY goal_id",
            [tandem_id],
        )
        return {str(row["goal_id"]): (int(row["done"]), int(row["total"])) for row in rows}

    def of_meeting(self, meeting_id: str) -> list[Task]:
        return self._select("meeting_id = ?", [meeting_id])

    def in_area(self, area_id: str) -> list[Task]:
        """Every live task of one responsibility area, by due date."""
        return self._select("area_id = ?", [area_id])

    def for_goal(self, goal_id: str) -> list[Task]:
        """The tasks that serve a goal, open ones first, then by due date."""
        return self._select(
            "goal_id = ?", [goal_id], order_by="status <> 'open', due_on IS NULL, due_on")

    def linkable(self, tandem_id: str, limit: int | None = None) -> list[Task]:
        """Tasks not serving any goal yet (cancelled ones left out), open ones first.

        Without ``limit`` all of them, by title. With it, a short choice list that
        the task index answers without sorting the whole table: open tasks by due
        date (undated after them), then done ones.
        """
        if limit is None:
            return self._select_for(
                tandem_id, "goal_id IS NULL AND status <> 'cancelled'",
                order_by="status <> 'open', title COLLATE NOCASE",
            )
        found: list[Task] = []
        for condition, order in (("status = 'open' AND due_on IS NOT NULL", "due_on"),
                                 ("status = 'open' AND due_on IS NULL", "due_on"),
                                 ("status = 'done'", "due_on DESC")):
            if len(found) >= limit:
                break
            found += self._select_for(tandem_id, f"goal_id IS NULL AND {condition}",
                                      order_by=order, limit=limit - len(found))
        return found

    def open_in(self, tandem_id: str, *, limit: int | None = None) -> list[Task]:
        """The tandem's open tasks, whoever owns them, by due date (undated last)."""
        return self._select_for(tandem_id, "status = 'open'", limit=limit)


class AgreementRepository(TandemRepository[Agreement]):
    table = "agreement"
    record_type = Agreement
    search_fields = ("text",)
    default_order = "category, agreed_on"
    required_text = ("text",)

    def validate(self, record: Agreement) -> None:
        super().validate(record)
        check_choice("category", record.category, AgreementCategory)
        if record.agreed_on and record.review_on and record.review_on < record.agreed_on:
            raise ValidationError("review_on", "the review lies before the agreement")

    def filtered(self, tandem_id: str, *, today: str, due_only: bool = False,
                 text: str = "") -> list[Agreement]:
        where, params = "", []
        if due_only:
            ahead = (date.fromisoformat(today) + timedelta(days=AGREEMENT_NOTICE_DAYS))
            where = "review_on IS NOT NULL AND review_on <= ?"
            params.append(ahead.isoformat())
        clause, extra = self._search_clause(text)
        if clause:
            where = f"{where} AND {clause}" if where else clause
            params.extend(extra)
        order = "review_on, category" if due_only else None
        return self._select_for(tandem_id, where, params, order_by=order)
