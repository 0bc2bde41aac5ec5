"""Numbered schema migrations. A shipped migration is never edited: add a new one.

Each module holds ``STATEMENTS``, a list of single SQL statements (or a function
given the connection, for a step that needs Python) that the migrator
runs one by one inside one transaction together with the version bump.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from sqlite3 import Connection

from tandem_desktop.storage.migrations import (
    m001_initial,
    m002_journal,
    m003_occurrences,
    m004_overview_indexes,
    m005_search_words,
)

Step = str | Callable[[Connection], None]

MIGRATIONS: tuple[tuple[int, Sequence[Step]], ...] = (
    (1, m001_initial.STATEMENTS),
    (2, m002_journal.STATEMENTS),
    (3, m003_occurrences.STATEMENTS),
    (4, m004_overview_indexes.STATEMENTS),
    (5, m005_search_words.STATEMENTS),
)

LATEST_VERSION = MIGRATIONS[-1][0]
