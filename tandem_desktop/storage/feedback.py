"""The two-way feedback log and the prompts for asking for feedback (step 3).

Feedback on its way through the agenda is a use case: ``services.feedback``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from typing import Any

from tandem_desktop.domain.enums import (
    FeedbackDirection,
    FeedbackKind,
    FeedbackStatus,
)
from tandem_desktop.domain.records import Feedback, FeedbackPrompt
from tandem_desktop.storage.errors import ValidationError
from tandem_desktop.storage.repository import TandemRepository, check_choice

# What agenda items that come from a feedback entry carry as source_kind.
SOURCE_KIND = "feedback"
_RAW_TEXT = "(situation || ' ' || behaviour || ' ' || impact || ' ' || request)"


class FeedbackRepository(TandemRepository[Feedback]):
    table = "feedback"
    record_type = Feedback
    search_fields = ("situation", "behaviour", "impact", "request")
    private_flag = "private"
    default_order = "given_on DESC"

    def validate(self, record: Feedback) -> None:
        super().validate(record)
        check_choice("direction", record.direction, FeedbackDirection)
        check_choice("kind", record.kind, FeedbackKind)
        check_choice("status", record.status, FeedbackStatus)
        texts = (record.situation, record.behaviour, record.impact, record.request)
        if not any(text.strip() for text in texts):
            raise ValidationError("situation", "write at least one of the texts")

    # -- the log ------------------------------------------------------------------
    def _filter(
        self, direction: str | None, kind: str | None, status: str | None, text: str,
        deleted: bool,
    ) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        for column, value in (("direction", direction), ("kind", kind), ("status", status)):
            if value:
                clauses.append(f"{column} = ?")
                params.append(value)
        if text.strip():
            if deleted:
                # The full-text index holds live rows only; the Trash compares raw text.
                clauses.append(f"{_RAW_TEXT} LIKE ?")
                params.append(f"%{text.strip()}%")
            else:
                search, search_params = self._search_clause(text)
                if search:
                    # The unary plus keeps SQLite walking the log in date order and
                    # probing the matches, instead of sorting every match: a short
                    # prefix can match most of a long log.
                    clauses.append("+" + search)
                    params.extend(search_params)
        return " AND ".join(clauses), params

    def filtered(
        self,
        tandem_id: str,
        *,
        direction: str | None = None,
        kind: str | None = None,
        status: str | None = None,
        text: str = "",
        deleted: bool = False,
        limit: int | None = None,
    ) -> list[Feedback]:
        """The log as the filters ask for it, newest first; all filtering in SQL."""
        condition, params = self._filter(direction, kind, status, text, deleted)
        return self._select_for(
            tandem_id, condition, params, order_by="given_on DESC, created_at DESC",
            limit=limit, deleted=deleted,
        )

    def count_filtered(
        self,
        tandem_id: str,
        *,
        direction: str | None = None,
        kind: str | None = None,
        status: str | None = None,
        text: str = "",
        deleted: bool = False,
    ) -> int:
        """How many entries ``filtered`` would find without a limit."""
        condition, params = self._filter(direction, kind, status, text, deleted)
        sql = "SELECT count(*) FROM feedback WHERE tandem_id = ? AND deleted_at IS " + (
            "NOT NULL" if deleted else "NULL")
        if condition:
            sql += f" AND {condition}"
        return int(self.database.scalar(sql, [tandem_id, *params]))

    # -- rhythm and balance --------------------------------------------------------
    def last_given(self, tandem_id: str) -> dict[str, str | None]:
        """The date feedback last went each way (None when it never did)."""
        found: dict[str, str | None] = {direction.value: None for direction in FeedbackDirection}
        rows = self.database.query(
            "SELECT direction, max(given_on) AS last FROM feedback"
            " WHERE tandem_id = ? AND deleted_at IS NULL GROUP BY direction",
            [tandem_id],
        )
        for row in rows:
            found[str(row["direction"])] = row["last"]
        return found

    def by_date_given(self, tandem_id: str, *, include_private: bool) -> list[Feedback]:
        """The whole log, oldest first; entries marked private only with ``include_private``."""
        return self._select_for(tandem_id, "" if include_private else "private = 0",
                                order_by="given_on")

    def latest(self, tandem_id: str, direction: str) -> Feedback | None:
        """The most recent entry that went ``direction``; None when there is none yet."""
        found = self._select_for(tandem_id, "direction = ?", [direction],
                                order_by="given_on DESC, created_at DESC", limit=1)
        return found[0] if found else None

    def last_asked(self, tandem_id: str, direction: str) -> str | None:
        """When feedback that its receiver had asked for last went ``direction``."""
        value = self.database.scalar(
            "SELECT max(given_on) FROM feedback WHERE tandem_id = ? AND direction = ?"
            " AND asked_for = 1 AND deleted_at IS NULL",
            [tandem_id, direction],
        )
        return None if value is None else str(value)

    def balance(self, tandem_id: str, since: str, until: str) -> dict[tuple[str, str], int]:
        """How many entries went each way, by kind, given between two dates (inclusive)."""
        counts = {
            (direction.value, kind.value): 0
            for direction in FeedbackDirection
            for kind in FeedbackKind
        }
        rows = self.database.query(
            "SELECT direction, kind, count(*) AS total FROM feedback"
            " WHERE tandem_id = ? AND deleted_at IS NULL AND given_on BETWEEN ? AND ?"
            " GROUP BY direction, kind",
            [tandem_id, since, until],
        )
        for row in rows:
            counts[(str(row["direction"]), str(row["kind"]))] = int(row["total"])
        return counts

    # -- the agenda ----------------------------------------------------------------
    def on_agenda(self, tandem_id: str) -> set[str]:
        """Ids of feedback entries waiting on an agenda (not yet discussed there)."""
        rows = self.database.query(
            "SELECT DISTINCT source_id FROM agenda_item WHERE tandem_id = ?"
            " AND source_kind = ? AND discussed = 0 AND deleted_at IS NULL",
            [tandem_id, SOURCE_KIND],
        )
        return {str(row["source_id"]) for row in rows}


class FeedbackPromptRepository(TandemRepository[FeedbackPrompt]):
    table = "feedback_prompt"
    record_type = FeedbackPrompt
    default_order = "position"
    required_text = ("text",)

    def ever_had_any(self, tandem_id: str) -> bool:
        """True once the tandem has had prompts, even if all were deleted since."""
        return bool(self.database.scalar(
            "SELECT EXISTS (SELECT 1 FROM feedback_prompt WHERE tandem_id = ?)", [tandem_id]))

    def seed(self, tandem_id: str, texts: Sequence[str]) -> list[FeedbackPrompt]:
        """Give a tandem the built-in prompts, unless it has ever had prompts.

        Not a step to undo: the tab does it unasked, and would not do it again.
        """
        undo = self.database.undo
        with self.database.transaction(), undo.paused() if undo else contextlib.nullcontext():
            if self.ever_had_any(tandem_id):
                return []
            return [self.add(FeedbackPrompt(tandem_id=tandem_id, text=text, position=index))
                    for index, text in enumerate(texts)]

    def append(self, tandem_id: str, text: str) -> FeedbackPrompt:
        """Add an own prompt after the others."""
        with self.database.transaction():
            value = self.database.scalar(
                "SELECT max(position) FROM feedback_prompt WHERE tandem_id = ?"
                " AND deleted_at IS NULL", [tandem_id])
            position = 0 if value is None else int(value) + 1
            return self.add(FeedbackPrompt(tandem_id=tandem_id, text=text, position=position))

    def move(self, prompt_id: str, step: int) -> bool:
        """Move a prompt up (-1) or down (+1); False when it is already at that end."""
        with self.database.transaction():
            prompt = self.get(prompt_id)
            ordered = self.for_tandem(prompt.tandem_id)
            index = next(i for i, item in enumerate(ordered) if item.id == prompt_id)
            target = index + step
            if not 0 <= target < len(ordered):
                return False
            ordered[index], ordered[target] = ordered[target], ordered[index]
            # Renumber all, so duplicate or missing positions heal on the way.
            for position, item in enumerate(ordered):
                if item.position != position:
                    self.change(item.id, position=position)
        return True
