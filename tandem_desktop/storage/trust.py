"""Questions and the information & access register (step 1, trust).

Every view the Trust tab shows is one query here: the filters (open, answered,
due for review, revoked …) and the full-text search run in SQL, never in the UI.
What happens to a question on the agenda is a use case: ``services.questions``.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any, NamedTuple

from dateutil.relativedelta import relativedelta

from tandem_desktop.domain.enums import AccessKind, QuestionStatus, Role, Urgency
from tandem_desktop.domain.records import AccessItem, Question
from tandem_desktop.storage import search_words
from tandem_desktop.storage.errors import ValidationError
from tandem_desktop.storage.repository import TandemRepository, check_choice

# How many characters of a long text a list row carries; the detail view loads the rest.
PREVIEW_CHARS = 240
# An access item is "due for review" this many days before its review date.
REVIEW_NOTICE_DAYS = 14

QUESTION_VIEWS = ("open", "answered", "all", "deleted")
ACCESS_VIEWS = ("active", "due", "revoked", "all", "deleted")


class QuestionLine(NamedTuple):
    """What one row of the question list shows: short previews, never the full text."""

    id: str
    text: str
    context: str
    asked_by: str
    asked_on: str
    urgency: str
    status: str
    answer: str
    answered_on: str | None
    on_agenda: bool


class AccessLine(NamedTuple):
    """What one row of the access register shows."""

    id: str
    title: str
    kind: str
    scope: str
    granted_on: str | None
    review_months: int | None
    review_on: str | None
    revoked_on: str | None
    area_name: str


def _preview(column: str) -> str:
    return f"substr({column}, 1, {PREVIEW_CHARS})"


def _text_filter(repository: TandemRepository[Any], alias: str, text: str,
                 deleted: bool) -> tuple[str, list[Any]]:
    """The SQL condition for a typed filter: FTS5, or LIKE for the Trash.

    Deleted rows leave the full-text index, so the (small) Trash view matches
    each word as a substring instead.
    """
    if not deleted:
        return repository._search_clause(text, alias=alias)
    columns = repository.search_fields
    clauses: list[str] = []
    params: list[Any] = []
    for word in text.split():
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        pattern = f"%{escaped}%"
        clauses.append("(" + " OR ".join(
            f"{alias}.{column} LIKE ? ESCAPE '\\'" for column in columns) + ")")
        params.extend([pattern] * len(columns))
    return " AND ".join(clauses), params


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (the 31st becomes the month's last day)."""
    result: date = day + relativedelta(months=months)
    return result


class QuestionRepository(TandemRepository[Question]):
    table = "question"
    record_type = Question
    search_fields = ("text", "context", "answer")
    default_order = "asked_on"
    required_text = ("text",)

    def validate(self, record: Question) -> None:
        super().validate(record)
        check_choice("asked_by", record.asked_by, Role)
        check_choice("urgency", record.urgency, Urgency)
        check_choice("status", record.status, QuestionStatus)
        if record.status == QuestionStatus.ANSWERED and not record.answer.strip():
            raise ValidationError("answer", "an answered question needs its answer")

    # -- views ----------------------------------------------------------------
    def _view_where(self, tandem_id: str, view: str, text: str) -> tuple[str, list[Any]]:
        if view not in QUESTION_VIEWS:
            raise ValueError(f"unknown question view {view!r}")
        clauses = ["q.tandem_id = ?"]
        params: list[Any] = [tandem_id]
        clauses.append("q.deleted_at IS NOT NULL" if view == "deleted" else "q.deleted_at IS NULL")
        if view in ("open", "answered"):
            clauses.append("q.status = ?")
            params.append(view)
        condition, extra = _text_filter(self, "q", text, view == "deleted")
        if condition:
            clauses.append(condition)
            params.extend(extra)
        return " AND ".join(clauses), params

    def lines(
        self, tandem_id: str, view: str = "open", text: str = "", *, limit: int | None = None
    ) -> list[QuestionLine]:
        """The rows of one view (open, answered, all, deleted), filtered by ``text``.

        Open questions come oldest first (they have waited longest), answered ones
        newest first, everything else newest asked first. With ``limit`` only the
        first rows are read; the previews are cut only for those.
        """
        where, params = self._view_where(tandem_id, view, text)
        order = {
            "open": "q.asked_on, q.n",
            "answered": "q.answered_on DESC, q.n DESC",
        }.get(view, "q.asked_on DESC, q.n DESC")
        page = f" LIMIT {int(limit)}" if limit is not None else ""
        sql = (
            f"WITH picked AS (SELECT q.n FROM question q WHERE {where} ORDER BY {order}{page})"
            f" SELECT q.id, {_preview('q.text')}, {_preview('q.context')}, q.asked_by,"
            f" q.asked_on, q.urgency, q.status, {_preview('q.answer')}, q.answered_on,"
            " EXISTS (SELECT 1 FROM agenda_item a WHERE a.source_kind = 'question'"
            " AND a.source_id = q.id AND a.discussed = 0 AND a.deleted_at IS NULL)"
            f" FROM picked JOIN question q ON q.n = picked.n ORDER BY {order}"
        )
        rows = self.database.conn.execute(sql, params).fetchall()
        return [QuestionLine._make((*row[:9], bool(row[9]))) for row in rows]

    def count_lines(self, tandem_id: str, view: str = "open", text: str = "") -> int:
        """How many rows ``lines`` would give without a limit."""
        where, params = self._view_where(tandem_id, view, text)
        return int(self.database.scalar(f"SELECT count(*) FROM question q WHERE {where}", params))

    def open_for(self, tandem_id: str, *, limit: int | None = None) -> list[Question]:
        """Open questions as whole records, the longest waiting first."""
        return self._select_for(tandem_id, "status = 'open'", order_by="asked_on", limit=limit)

    def count_open(self, tandem_id: str) -> int:
        return self._count_for(tandem_id, "status = 'open'")

    def open_summary(self, tandem_id: str) -> tuple[int, str | None]:
        """How many questions are open and when the oldest of them was asked."""
        row = self.database.conn.execute(
            "SELECT count(*), min(asked_on) FROM question WHERE tandem_id = ?"
            " AND deleted_at IS NULL AND status = 'open'",
            [tandem_id],
        ).fetchone()
        return int(row[0]), row[1]

    def knowledge_base(self, tandem_id: str, text: str, *, limit: int = 5) -> list[QuestionLine]:
        """Answered questions that share any word with ``text``, best match first.

        This is the look-up before asking again: a question is found by words of
        the question itself, its context or its answer.
        """
        match = search_words.match_expression(self.database, text, any_word=True)
        if match is None:
            return []
        sql = (
            f"SELECT q.id, {_preview('q.text')}, {_preview('q.context')}, q.asked_by,"
            f" q.asked_on, q.urgency, q.status, {_preview('q.answer')}, q.answered_on, 0"
            " FROM fts_question JOIN question q ON q.n = fts_question.rowid"
            " WHERE fts_question MATCH ? AND q.tandem_id = ? AND q.deleted_at IS NULL"
            " AND q.status = 'answered' ORDER BY bm25(fts_question), q.answered_on DESC"
            f" LIMIT {int(limit)}"
        )
        rows = self.database.conn.execute(sql, [match, tandem_id]).fetchall()
        return [QuestionLine._make((*row[:9], False)) for row in rows]

    # -- changes --------------------------------------------------------------
    def answer(self, question_id: str, answer: str, answered_on: str) -> Question:
        if not answer.strip():
            raise ValidationError("answer", "must not be empty")
        return self.change(
            question_id, answer=answer, answered_on=answered_on,
            status=QuestionStatus.ANSWERED.value,
        )

    def withdraw(self, question_id: str) -> Question:
        return self.change(question_id, status=QuestionStatus.WITHDRAWN.value)

    def reopen(self, question_id: str) -> Question:
        """Back to open; an earlier answer stays in the record until it is replaced."""
        return self.change(question_id, status=QuestionStatus.OPEN.value, answered_on=None)


class AccessItemRepository(TandemRepository[AccessItem]):
    table = "access_item"
    record_type = AccessItem
    search_fields = ("title", "scope", "notes")
    default_order = "title COLLATE NOCASE"
    required_text = ("title",)

    def validate(self, record: AccessItem) -> None:
        super().validate(record)
        check_choice("kind", record.kind, AccessKind)
        if record.review_months is not None and record.review_months < 1:
            raise ValidationError("review_months", "must be at least one month")

    def lines(
        self, tandem_id: str, view: str, today: date, text: str = ""
    ) -> list[AccessLine]:
        """The rows of one view: active, due (for review), revoked, all or deleted.

        Due means not revoked and a review date that has passed or comes within
        ``REVIEW_NOTICE_DAYS``; due items sort by review date, others by title.
        """
        if view not in ACCESS_VIEWS:
            raise ValueError(f"unknown access view {view!r}")
        clauses = ["i.tandem_id = ?"]
        params: list[Any] = [tandem_id]
        clauses.append("i.deleted_at IS NOT NULL" if view == "deleted" else "i.deleted_at IS NULL")
        if view == "active":
            clauses.append("i.revoked_on IS NULL")
        elif view == "revoked":
            clauses.append("i.revoked_on IS NOT NULL")
        elif view == "due":
            clauses.append(self._due_clause("i"))
            params.append((today + timedelta(days=REVIEW_NOTICE_DAYS)).isoformat())
        condition, extra = _text_filter(self, "i", text, view == "deleted")
        if condition:
            clauses.append(condition)
            params.extend(extra)
        order = {
            "due": "i.review_on, i.title COLLATE NOCASE",
            "revoked": "i.revoked_on DESC, i.title COLLATE NOCASE",
        }.get(view, "i.title COLLATE NOCASE")
        sql = (
            f"SELECT i.id, {_preview('i.title')}, i.kind, {_preview('i.scope')}, i.granted_on,"
            " i.review_months, i.review_on, i.revoked_on, coalesce(a.name, '')"
            " FROM access_item i LEFT JOIN area a ON a.id = i.area_id AND a.deleted_at IS NULL"
            f" WHERE {' AND '.join(clauses)} ORDER BY {order}, i.n"
        )
        rows = self.database.conn.execute(sql, params).fetchall()
        return [AccessLine(*row) for row in rows]

    @staticmethod
    def _due_clause(alias: str = "access_item") -> str:
        """SQL for "not revoked and the review date is on or before ?" (one parameter)."""
        return (
            f"{alias}.revoked_on IS NULL AND {alias}.review_on IS NOT NULL"
            f" AND {alias}.review_on <= ?"
        )

    def in_use(self, tandem_id: str) -> list[AccessItem]:
        """What is shared and not revoked, by kind, then title."""
        return self._select_for(tandem_id, "revoked_on IS NULL",
                                order_by="kind, title COLLATE NOCASE")

    def in_use_in_area(self, area_id: str) -> list[AccessItem]:
        """What is shared for one responsibility area and not revoked, by title."""
        return self._select("area_id = ? AND revoked_on IS NULL", [area_id])

    def count_due(self, tandem_id: str, today: date) -> int:
        limit = (today + timedelta(days=REVIEW_NOTICE_DAYS)).isoformat()
        return self._count_for(tandem_id, self._due_clause(), [limit])

    def mark_reviewed(self, item_id: str, today: date) -> AccessItem:
        """Reviewed today: the next review falls one interval after today."""
        item = self.get(item_id)
        if item.review_months is None:
            raise ValidationError("review_months", "this item has no review interval")
        return self.change(
            item_id, review_on=add_months(today, item.review_months).isoformat()
        )

    def revoke(self, item_id: str, revoked_on: str) -> AccessItem:
        return self.change(item_id, revoked_on=revoked_on)

    def reinstate(self, item_id: str) -> AccessItem:
        return self.change(item_id, revoked_on=None)
