"""Applying a batch of the partner's changes, and what the user should hear about it.

The merge itself is ``storage.merge``; here its report becomes something to tell:
the records an edit of the partner's brought back after they were deleted here
(with what names them), and how many texts wait for review as conflicts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from tandem_desktop.domain.changes import Change
from tandem_desktop.storage.conflicts import record_label
from tandem_desktop.storage.merge import MergeReport, apply_changes
from tandem_desktop.storage.store import Store


@dataclass(frozen=True)
class ReturnedRecord:
    """A record deleted here that came back: the partner edited it after the delete."""

    kind: str
    record_id: str
    label: str


@dataclass(frozen=True)
class MergeSummary:
    report: MergeReport
    came_back: tuple[ReturnedRecord, ...]

    @property
    def conflicts(self) -> int:
        """Texts of this computer that lost in this batch (kept for review)."""
        return self.report.conflicts


def apply_partner_changes(store: Store, changes: Iterable[Change], *,
                          confirm_deletions: bool = False) -> MergeSummary:
    """Apply one batch in one transaction (see ``storage.merge.Merger.apply``)."""
    report = apply_changes(store, changes, confirm_deletions=confirm_deletions)
    return MergeSummary(report, returned_records(store, report.came_back))


def returned_records(store: Store, came_back: Iterable[tuple[str, str]]
                     ) -> tuple[ReturnedRecord, ...]:
    """The records a merge brought back ((kind, id) as its report lists them), named."""
    return tuple(
        ReturnedRecord(kind, record_id, record_label(store.database, kind, record_id) or "")
        for kind, record_id in dict.fromkeys(came_back))
