"""The words ever indexed, for matching inside words and for "Did you mean …".

``search_word`` holds each folded word once (``word``) with the spelling it was
first written in (``shown``). It is local, like the full-text indexes it follows,
and it only grows: a word whose records are gone costs one row, and every use
below checks against the full-text index itself before it shows anything.

- ``match_expression`` turns typed text into an FTS5 MATCH expression in which a
  word of three letters or more also finds the indexed words that contain it
  ("zug" finds "Zugang" by prefix and "Bezug" through this table).
- ``near_words`` proposes, for a word that finds nothing, the indexed words a
  small typing slip away (edit distance, adjacent swaps counting once).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Sequence

from tandem_desktop.domain.text import edit_distance, fold, fts_query, words
from tandem_desktop.storage.database import Database

INFIX_MIN_LENGTH = 3
INFIX_LIMIT = 20  # containing words added per typed word, shortest first
NEAR_LIMIT = 3
WORDS_VERSION = 5  # the schema version that brought the table

_WRITTEN_WORD = re.compile(r"\w+", re.UNICODE)


@functools.lru_cache(maxsize=1 << 16)
def _folded_word(written: str) -> str | None:
    """A written word folded, None when folding does not leave one word (e.g. "½").

    Remembered: the same words come again and again, and imports index thousands.
    """
    folded = fold(written)
    return folded if _WRITTEN_WORD.fullmatch(folded) else None


def written_words(texts: Iterable[str]) -> dict[str, str]:
    """Each folded word in ``texts`` with the first spelling it was written in."""
    found: dict[str, str] = {}
    for text in texts:
        for written in _WRITTEN_WORD.findall(text):
            folded = _folded_word(written)
            if folded is not None and folded not in found:
                found[folded] = written
    return found


def _has_words(database: Database) -> bool:
    """Whether the file has the table (a file older than schema version 5 has not)."""
    return database.schema_version >= WORDS_VERSION


class _Pending:
    """The words indexed in the open transaction, written once just before it commits
    (an import of thousands of records then writes each word once)."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.words: dict[str, str] = {}
        self.known: set[str] = set()  # written by this connection before: no need again
        database.before_commit(self.write)
        database.after_rollback(self.forget)

    def write(self) -> None:
        if self.words and _has_words(self.database):
            self.database.conn.executemany(
                "INSERT OR IGNORE INTO search_word (word, shown) VALUES (?, ?)",
                self.words.items())
            self.known.update(self.words)
        self.words.clear()

    def forget(self) -> None:
        # A savepoint rolled back keeps its words: one too many costs a row, no harm.
        if not self.database.in_transaction:
            self.words.clear()


def remember(database: Database, texts: Sequence[str], folded: Sequence[str]) -> None:
    """Note the words of ``texts`` (``folded`` as indexed); they are written with the
    caller's transaction. Only words new to this connection cost more than a set lookup."""
    pending: _Pending | None = database.search_words
    if pending is None:
        pending = database.search_words = _Pending(database)
    new = set(_WRITTEN_WORD.findall("\n".join(folded)))
    new -= pending.known
    new -= pending.words.keys()
    if not new:
        return
    for text in texts:
        for written in _WRITTEN_WORD.findall(text):
            word = _folded_word(written)
            if word is not None and word in new:
                pending.words.setdefault(word, written)
    for word in new:  # folding split a written word (rare): shown as folded
        pending.words.setdefault(word, word)


def containing(database: Database, tokens: Iterable[str]) -> dict[str, list[str]]:
    """For each token long enough, the indexed words that contain it but do not start with it."""
    found: dict[str, list[str]] = {}
    if not _has_words(database):
        return found
    for token in set(tokens):
        if len(token) < INFIX_MIN_LENGTH:
            continue
        rows = database.conn.execute(
            "SELECT word FROM search_word WHERE instr(word, ?) > 1"
            " ORDER BY length(word), word LIMIT ?", [token, INFIX_LIMIT]).fetchall()
        if rows:
            found[token] = [row[0] for row in rows]
    return found


def match_expression(database: Database, text: str, *, any_word: bool = False) -> str | None:
    """The FTS5 MATCH expression for typed text: prefixes plus the words containing them."""
    return fts_query(text, any_word=any_word, also=containing(database, words(text)))


def _allowed_slips(token: str) -> int:
    return 1 if len(token) <= 5 else 2


def near_words(database: Database, token: str) -> list[str]:
    """Indexed words (as written) a slip or two away from ``token``, nearest first.

    A word is also near when its beginning is one slip away: "uberstnd" is near
    "Überstunden" while it is still being typed. Candidates share the first or the second
    letter with the token (a slip in both at once is rare), so SQLite sorts out
    most words before Python counts edits.
    """
    folded = fold(token)
    if len(folded) < 3:
        return []
    if not _has_words(database):
        return []
    limit = _allowed_slips(folded)
    rows = database.conn.execute(
        "SELECT word, shown FROM search_word WHERE length(word) >= ?"
        " AND (substr(word, 1, 1) = ? OR substr(word, 2, 1) = ?)",
        [len(folded) - limit, folded[0], folded[1]]).fetchall()
    scored: list[tuple[int, int, str]] = []
    for word, shown in rows:
        if word == folded:
            continue
        whole = edit_distance(folded, word, limit)
        # A word still being typed may be one slip away from a word's beginning.
        beginning = min(edit_distance(folded, word[:length], 1)
                        for length in (len(folded) - 1, len(folded), len(folded) + 1))
        distance = whole if beginning > 1 else min(whole, beginning)
        if distance <= limit:
            scored.append((distance, whole, shown))
    scored.sort()
    return [shown for _, _, shown in scored[:NEAR_LIMIT]]


def did_you_mean(database: Database, text: str,
                 finds: Callable[[str], bool]) -> str | None:
    """``text`` with its words that find nothing replaced by near indexed words, when
    that finds something (``finds`` asks the caller's own search), else None."""
    typed = _WRITTEN_WORD.findall(text)
    if not typed:
        return None
    replaced = list(typed)
    changed = False
    for index, word in enumerate(typed):
        if finds(word):
            continue
        for near in near_words(database, word):
            if finds(near):
                replaced[index] = near
                changed = True
                break
    suggestion = " ".join(replaced)
    return suggestion if changed and finds(suggestion) else None
