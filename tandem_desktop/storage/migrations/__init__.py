"""Numbered schema migrations. A shipped migration is never edited: add a new one.

Each module holds ``STATEMENTS``, a list of single SQL statements that the
migrator runs one by one inside one transaction together with the version bump.
"""

from __future__ import annotations

from tandem_desktop.storage.migrations import m001_initial

MIGRATIONS: tuple[tuple[int, list[str]], ...] = ((1, m001_initial.STATEMENTS),)

LATEST_VERSION = MIGRATIONS[-1][0]
