"""One search across every kind of record of a tandem (or of every tandem), for the search field.

Each kind with a full-text index is asked with the same query (see
``storage.search_words.match_expression``: every word as a prefix, and the
indexed words that contain it); the index holds folded text, so "Rueckmeldung",
"Rückmeldung" and "Ruckmeldung" find each other. Results come grouped by kind,
newest first, a few per kind, each with the words that matched and a snippet of
the original text around the first of them (computed here, from the stored
text). When nothing matches, ``did_you_mean`` proposes near indexed words.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from tandem_desktop.domain.text import fold_with_origin, fts_query, words
from tandem_desktop.storage import search_words
from tandem_desktop.storage.database import Database
from tandem_desktop.storage.migrations.m001_initial import FTS_COLUMNS

PER_KIND = 5
SNIPPET_BEFORE = 40
SNIPPET_LENGTH = 140

# The order the kinds are listed in: what people look for most often first.
KIND_ORDER: tuple[str, ...] = (
    "question", "task", "meeting", "agenda_item", "feedback", "decision_rule",
    "agreement", "checkin_series", "access_item", "area", "goal", "vision", "health_check",
)

# Which fields name a record (the first that is not empty).
TITLE_FIELDS: dict[str, tuple[str, ...]] = {
    "question": ("text",),
    "access_item": ("title",),
    "checkin_series": ("title",),
    "meeting": ("title",),
    "agenda_item": ("text",),
    "task": ("title",),
    "agreement": ("text",),
    "feedback": ("situation", "request", "behaviour", "impact"),
    "area": ("name",),
    "decision_rule": ("decision",),
    "vision": ("statement",),
    "goal": ("title",),
    "health_check": ("note",),
}

# The date that best places a record in time, shown beside its title.
DATE_FIELDS: dict[str, str] = {
    "question": "asked_on",
    "meeting": "starts_at",
    "task": "due_on",
    "feedback": "given_on",
    "vision": "saved_on",
    "health_check": "taken_on",
    "agreement": "agreed_on",
    "access_item": "granted_on",
    "goal": "target_on",
    "decision_rule": "agreed_on",
}

Span = tuple[int, int]
_LETTER = r"[^\W_]"


@dataclass(frozen=True)
class SearchHit:
    table: str
    id: str
    tandem_id: str
    title: str
    title_marks: tuple[Span, ...]
    when: str | None
    snippet: str  # empty when only the title matched
    snippet_marks: tuple[Span, ...]
    words: tuple[str, ...]  # the matching words as they are written


@dataclass(frozen=True)
class SearchGroup:
    table: str
    hits: list[SearchHit] = field(default_factory=list)
    more: bool = False  # there are more hits of this kind than shown


def _plain(value: Any) -> str:
    """Stored text as shown: JSON lists joined, line breaks as spaces."""
    if value is None:
        return ""
    text = str(value)
    if text.startswith("["):
        try:
            items = json.loads(text)
        except ValueError:
            items = None
        if isinstance(items, list):
            text = " · ".join(str(item) for item in items)
    return re.sub(r"\s", " ", text)


class Matcher:
    """Finds where the words of a query occur in original text: as the beginning of
    a word, or as the whole of one of the given ``containing`` words."""

    def __init__(self, text: str, containing: dict[str, list[str]] | None = None) -> None:
        tokens = sorted(set(words(text)), key=len, reverse=True)
        whole = sorted({word for found in (containing or {}).values() for word in found},
                       key=len, reverse=True)
        parts = []
        if whole:
            parts.append(f"(?:{'|'.join(map(re.escape, whole))})(?!{_LETTER})")
        if tokens:
            parts.append(f"(?:{'|'.join(map(re.escape, tokens))}){_LETTER}*")
        self.pattern = (
            re.compile(f"(?<!{_LETTER})(?:{'|'.join(parts)})") if parts else None
        )

    def spans(self, text: str) -> list[Span]:
        """Spans of whole words in ``text`` that match one of the query's words."""
        if self.pattern is None or not text:
            return []
        folded, origin = fold_with_origin(text)
        return [
            (origin[match.start()][0], origin[match.end() - 1][1])
            for match in self.pattern.finditer(folded)
        ]


def snippet(text: str, spans: list[Span]) -> tuple[str, tuple[Span, ...]]:
    """A short piece of ``text`` around its first span, with the spans inside it."""
    if not spans:
        return text[:SNIPPET_LENGTH], ()
    first = spans[0][0]
    start = max(0, first - SNIPPET_BEFORE)
    if start:
        space = text.rfind(" ", 0, start + 1)
        start = space + 1 if space >= 0 and first - space < SNIPPET_BEFORE + 20 else start
    end = min(len(text), start + SNIPPET_LENGTH)
    if end < len(text):
        space = text.rfind(" ", max(spans[0][1], start), end)
        end = space if space > spans[0][1] else end
    prefix = "…" if start else ""
    suffix = "…" if end < len(text) else ""
    shift = len(prefix) - start
    inside = tuple(
        (a + shift, min(b, end) + shift) for a, b in spans if a >= start and a < end
    )
    return prefix + text[start:end] + suffix, inside


def _hit(table: str, row: dict[str, Any], matcher: Matcher) -> SearchHit:
    title_field = next(
        (name for name in TITLE_FIELDS[table] if str(row.get(name) or "").strip()), None
    )
    title = _plain(row.get(title_field)) if title_field else ""
    title_marks = tuple(matcher.spans(title))
    found: list[str] = []
    for a, b in title_marks:
        if title[a:b] not in found:
            found.append(title[a:b])
    text = ""
    marks: tuple[Span, ...] = ()
    for column in FTS_COLUMNS[table]:
        if column == title_field:
            continue
        value = _plain(row.get(column))
        spans = matcher.spans(value)
        for a, b in spans:
            if value[a:b] not in found:
                found.append(value[a:b])
        if spans and not text:
            text, marks = snippet(value, spans)
    date_field = DATE_FIELDS.get(table)
    when = str(row[date_field]) if date_field and row.get(date_field) else None
    return SearchHit(table, str(row["id"]), str(row["tandem_id"]), title, title_marks, when,
                     text, marks, tuple(found[:6]))


def _in_scope(tandem_id: str | None) -> tuple[str, list[Any]]:
    """The condition on ``t.tandem_id``: one tandem, or every tandem not archived."""
    if tandem_id is not None:
        return "t.tandem_id = ?", [tandem_id]
    return ("t.tandem_id IN (SELECT id FROM tandem WHERE deleted_at IS NULL"
            " AND archived_at IS NULL)", [])


def search_everything(
    database: Database, tandem_id: str | None, text: str, *, per_kind: int = PER_KIND
) -> list[SearchGroup]:
    """Every kind's matches for ``text`` in one tandem (None: in every active one),
    grouped, in KIND_ORDER.

    Kinds without a match are left out; an input without a word finds nothing.
    """
    containing = search_words.containing(database, words(text))
    match = fts_query(text, also=containing)
    if match is None:
        return []
    matcher = Matcher(text, containing)
    scope, scope_params = _in_scope(tandem_id)
    groups: list[SearchGroup] = []
    for table in KIND_ORDER:
        # CROSS JOIN keeps the index as the outer loop: it yields matches newest
        # first and the LIMIT stops early, however many records the tandem has.
        rows = database.query(
            f"SELECT t.* FROM fts_{table} AS f CROSS JOIN {table} AS t ON t.n = f.rowid"
            f" WHERE fts_{table} MATCH ? AND {scope} AND t.deleted_at IS NULL"
            " ORDER BY f.rowid DESC LIMIT ?",
            [match, *scope_params, per_kind + 1],
        )
        if rows:
            hits = [_hit(table, row, matcher) for row in rows[:per_kind]]
            groups.append(SearchGroup(table, hits, len(rows) > per_kind))
    return groups


def finds_anything(database: Database, tandem_id: str | None, text: str) -> bool:
    """Whether ``text`` matches at least one record of any kind in the scope."""
    match = search_words.match_expression(database, text)
    if match is None:
        return False
    scope, scope_params = _in_scope(tandem_id)
    return any(
        database.query(
            f"SELECT 1 FROM fts_{table} AS f CROSS JOIN {table} AS t ON t.n = f.rowid"
            f" WHERE fts_{table} MATCH ? AND {scope} AND t.deleted_at IS NULL LIMIT 1",
            [match, *scope_params])
        for table in KIND_ORDER
    )


def did_you_mean(database: Database, tandem_id: str | None, text: str) -> str | None:
    """A near spelling of ``text`` made of indexed words that finds something, or None."""
    return search_words.did_you_mean(
        database, text, lambda typed: finds_anything(database, tandem_id, typed))
