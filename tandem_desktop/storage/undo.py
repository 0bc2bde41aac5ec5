"""Undo and redo of the user's actions, one stack per tandem.

Every outermost transaction that changes records through the repositories is one
step: the rows each record had before and after it. Undoing a step writes the
rows back through the repositories in one transaction of its own, so it is
journalled and reaches the partner like any other change; redoing writes the
rows of after again. A field someone else has changed since (a sync round, an
import) keeps that newer value: only what the step itself wrote is taken back.

Changes the partner sends (storage.merge) and imports (``put_verbatim``,
``add_many``) write past the repositories' recording, so they are not steps.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tandem_desktop.storage.errors import NotFoundError

if TYPE_CHECKING:
    from tandem_desktop.storage.database import Database
    from tandem_desktop.storage.repository import Repository

# Steps each tandem keeps to undo (and to redo).
LIMIT = 100

Row = Mapping[str, Any]


@dataclass(frozen=True)
class Change:
    """One record's row before and after a step (``before`` None: the step added it)."""

    table: str
    record_id: str
    tandem_id: str
    before: Row | None
    after: Row

    @property
    def kind(self) -> str:
        """added, deleted, restored or edited."""
        if self.before is None:
            return "added"
        if self.before["deleted_at"] is None and self.after["deleted_at"] is not None:
            return "deleted"
        if self.before["deleted_at"] is not None and self.after["deleted_at"] is None:
            return "restored"
        return "edited"

    @property
    def changed_fields(self) -> frozenset[str]:
        """The data fields an edit changed (every field for an added record)."""
        if self.before is None:
            return frozenset(self.after)
        return frozenset(name for name, value in self.after.items()
                         if name not in ("updated_at", "deleted_at")
                         and self.before.get(name) != value)


@dataclass(frozen=True)
class Step:
    """What one user action changed, in the order it changed it."""

    tandem_id: str
    changes: tuple[Change, ...]


class CannotUndoError(Exception):
    """The step's records are gone for good (the Trash was emptied)."""


class UndoHistory:
    """Records each transaction's changes and takes them back or does them again."""

    def __init__(self, database: Database,
                 repository_for: Callable[[str], Repository[Any]]) -> None:
        self._database = database
        self._repository_for = repository_for
        self._undo: dict[str, list[Step]] = {}
        self._redo: dict[str, list[Step]] = {}
        # Changes of the open transaction, each with the savepoints open when it came.
        self._pending: list[tuple[tuple[str, ...], Change]] = []
        self._paused = 0
        database.undo = self
        database.after_commit(self._committed)
        database.after_rollback(self._rolled_back)

    # -- recording ------------------------------------------------------------
    def remember(self, table: str, tandem_id: str, before: Row | None, after: Row) -> None:
        """A repository wrote ``after`` over ``before`` inside the open transaction."""
        if self._paused:
            return
        change = Change(table, str(after["id"]), tandem_id,
                        dict(before) if before is not None else None, dict(after))
        self._pending.append((self._database.savepoints, change))

    @contextlib.contextmanager
    def paused(self) -> Iterator[None]:
        """Writes inside are not steps (demo data, bulk inserts)."""
        self._paused += 1
        try:
            yield
        finally:
            self._paused -= 1

    def _committed(self) -> None:
        changes = tuple(change for _, change in self._pending)
        self._pending.clear()
        if not changes or any(c.table == "tandem" and c.kind == "added" for c in changes):
            return  # a tandem's steps start once it exists: undoing its creation would
            # take it from under the window, its redo out of reach
        step = Step(changes[0].tandem_id, changes)
        stack = self._undo.setdefault(step.tandem_id, [])
        stack.append(step)
        del stack[:-LIMIT]
        self._redo.pop(step.tandem_id, None)  # a new action ends what could be redone

    def _rolled_back(self) -> None:
        if not self._database.in_transaction:
            self._pending.clear()
            return
        savepoint = self._database.savepoints[-1]
        self._pending = [(open_, change) for open_, change in self._pending
                         if savepoint not in open_]

    # -- what can be done -------------------------------------------------------
    def next_undo(self, tandem_id: str) -> Step | None:
        stack = self._undo.get(tandem_id)
        return stack[-1] if stack else None

    def next_redo(self, tandem_id: str) -> Step | None:
        stack = self._redo.get(tandem_id)
        return stack[-1] if stack else None

    def forget(self, tandem_id: str | None = None) -> None:
        """Drop the steps of one tandem, or of all (after a restore from a backup)."""
        if tandem_id is None:
            self._undo.clear()
            self._redo.clear()
        else:
            self._undo.pop(tandem_id, None)
            self._redo.pop(tandem_id, None)

    # -- undo and redo ------------------------------------------------------------
    def undo(self, tandem_id: str) -> Step | None:
        """Take back the tandem's last step; the step, or None when there is none."""
        return self._replay(tandem_id, self._undo, self._redo, backwards=True)

    def redo(self, tandem_id: str) -> Step | None:
        """Do the tandem's last undone step again."""
        return self._replay(tandem_id, self._redo, self._undo, backwards=False)

    def _replay(self, tandem_id: str, source: dict[str, list[Step]],
                target: dict[str, list[Step]], *, backwards: bool) -> Step | None:
        stack = source.get(tandem_id)
        if not stack:
            return None
        step = stack[-1]
        changes = reversed(step.changes) if backwards else step.changes
        try:
            with self._database.transaction(), self.paused():
                for change in changes:
                    start, goal = (change.after, change.before) if backwards \
                        else (change.before, change.after)
                    try:
                        self._repository_for(change.table).revert(
                            change.record_id, start=start, goal=goal)
                    except NotFoundError as error:
                        raise CannotUndoError(change.table) from error
        except CannotUndoError:
            stack.pop()  # it can never be replayed: the menu moves on to the one before
            raise
        stack.pop()
        target.setdefault(tandem_id, []).append(step)
        return step
