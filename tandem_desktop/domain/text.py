"""Text folding and full-text query building, shared by indexing and searching.

Text is folded the same way when it is indexed and when it is searched, so that
"Rueckmeldung", "Rückmeldung" and "RÜCKMELDUNG" all meet on "rueckmeldung".
"""

from __future__ import annotations

import re

_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ẞ": "ss"})
_WORD = re.compile(r"\w+", re.UNICODE)


def fold(text: str) -> str:
    """Lower-case and spell out German umlauts; other accents are left to FTS5."""
    return text.lower().translate(_GERMAN)


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def fts_query(text: str, *, any_word: bool = False) -> str | None:
    """An FTS5 MATCH expression for what a user typed, or None when it holds no word.

    Every word matches as a prefix, so results follow typing. Words are quoted,
    so FTS5 syntax (AND, NEAR, quotes, colons) in user input is taken literally.
    """
    tokens = words(text)
    if not tokens:
        return None
    joiner = " OR " if any_word else " "
    return joiner.join(f'"{token}"*' for token in tokens)
