"""Schema version 5: search that forgives.

- The full-text indexes are filled anew with text folded the way
  ``domain.text.fold`` now folds it: without accents, and with the German
  spelled-out umlauts shortened, so "Köln", "Koeln" and "koln" meet.
- ``search_word``: every word indexed, once, with the spelling it was written
  in, for matching inside words and for "Did you mean …" (see
  ``storage.search_words``). Local, like the indexes; never synced.
"""

from __future__ import annotations

import json
import sqlite3

from tandem_desktop.domain.text import fold
from tandem_desktop.storage.migrations.m001_initial import FTS_COLUMNS
from tandem_desktop.storage.search_words import written_words


def _as_indexed(value: object) -> str:
    """A stored value as the repositories index it (a JSON list one item a line)."""
    text = "" if value is None else str(value)
    if text.startswith("["):
        try:
            items = json.loads(text)
        except ValueError:
            return text
        if isinstance(items, list):
            return "\n".join(str(item) for item in items)
    return text


def _refill_indexes(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE search_word (word TEXT PRIMARY KEY, shown TEXT NOT NULL)"
                 " WITHOUT ROWID")
    for table, columns in FTS_COLUMNS.items():
        conn.execute(f"DELETE FROM fts_{table}")
        names = ", ".join(columns)
        marks = ", ".join("?" for _ in columns)
        rows = conn.execute(
            f"SELECT n, {names} FROM {table} WHERE deleted_at IS NULL").fetchall()
        texts = [[_as_indexed(value) for value in row[1:]] for row in rows]
        conn.executemany(
            f"INSERT INTO fts_{table} (rowid, {names}) VALUES (?, {marks})",
            ([row[0], *(fold(text) for text in values)]
             for row, values in zip(rows, texts, strict=True)))
        found = written_words(text for values in texts for text in values)
        conn.executemany("INSERT OR IGNORE INTO search_word (word, shown) VALUES (?, ?)",
                         found.items())


STATEMENTS = [_refill_indexes]
