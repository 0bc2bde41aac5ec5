"""Text folding, full-text query building and near-miss words, shared by indexing and searching.

Text is folded the same way when it is indexed and when it is searched, so that
every way of writing a Latin letter meets on one spelling: "Überstunden",
"Ueberstunden" and "uberstunden" all become "uberstunden", "Köln" and "Koeln"
become "koln", "José" "jose", "Peña" "pena", "Straße" "strasse". Accents are
dropped, and the German spelled-out umlauts ae, oe and ue lose their e (so an
"ue" in any word does, on both sides alike: "Queue" is "quu", and still found).
"""

from __future__ import annotations

import re
import unicodedata

# Letters that are not a base letter plus a combining mark, spelled the plain way.
_SPELLED = {
    "ß": "ss", "ẞ": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ð": "d", "ł": "l",
    "ı": "i", "þ": "th",
}
_UMLAUT_SPELLED_OUT = re.compile(r"([aou])e")
_WORD = re.compile(r"\w+", re.UNICODE)


def _without_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    if decomposed.isascii():
        return decomposed
    return "".join(char for char in decomposed if not unicodedata.combining(char))


# The Latin letters with accents (Latin-1 to Latin Extended-B) as one table, so that
# folding the usual text is one translate() (decomposing it costs three times as much).
_LATIN = str.maketrans({
    **{chr(code): _without_marks(chr(code)) for code in range(0xC0, 0x250)
       if _without_marks(chr(code)) != chr(code)},
    **_SPELLED,
})
_SPELLED_TABLE = str.maketrans(_SPELLED)


def fold(text: str) -> str:
    """Lower case, no accents, ß as ss, and ae/oe/ue as a/o/u."""
    lower = text.lower()
    if not lower.isascii():
        lower = lower.translate(_LATIN)
        if not lower.isascii():  # other scripts, or marks the table does not know
            lower = _without_marks(lower.translate(_SPELLED_TABLE))
    return _UMLAUT_SPELLED_OUT.sub(r"\1", lower)


def fold_with_origin(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``fold(text)`` and, for each of its characters, the span of ``text`` it comes from.

    Used to mark in the original text what matched in the folded one.
    """
    chars: list[str] = []
    origin: list[tuple[int, int]] = []
    for index, char in enumerate(text):
        for part in _without_marks(char.lower().translate(_SPELLED_TABLE)):
            chars.append(part)
            origin.append((index, index + 1))
    spelled = "".join(chars)
    dropped: set[int] = set()
    for match in _UMLAUT_SPELLED_OUT.finditer(spelled):  # just as fold() drops them
        vowel, e = match.start(), match.start() + 1
        origin[vowel] = (origin[vowel][0], origin[e][1])
        dropped.add(e)
    if not dropped:
        return spelled, origin
    kept = [i for i in range(len(chars)) if i not in dropped]
    return "".join(chars[i] for i in kept), [origin[i] for i in kept]


def words(text: str) -> list[str]:
    """The folded words of ``text``."""
    return _WORD.findall(fold(text))


def fts_query(text: str, *, any_word: bool = False,
              also: dict[str, list[str]] | None = None) -> str | None:
    """An FTS5 MATCH expression for what a user typed, or None when it holds no word.

    Every word matches as a prefix, so results follow typing; ``also`` adds, for a
    word, whole indexed words that contain it (so "zug" finds "Bezug"). Words are
    quoted, so FTS5 syntax (AND, NEAR, quotes, colons) in user input is taken literally.
    """
    tokens = words(text)
    if not tokens:
        return None
    parts = []
    for token in tokens:
        containing = (also or {}).get(token, [])
        alternatives = [f'"{token}"*', *(f'"{word}"' for word in containing)]
        parts.append(alternatives[0] if len(alternatives) == 1
                     else "(" + " OR ".join(alternatives) + ")")
    # FTS5 wants AND spelled out before a group in parentheses.
    return (" OR " if any_word else " AND ").join(parts)


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of ``a`` and ``b`` (adjacent swaps count once), or ``limit + 1``
    as soon as it is sure to exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1,
                             previous[j - 1] + (char_a != char_b))
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], before[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        before, previous = previous, current
    return min(previous[-1], limit + 1)
