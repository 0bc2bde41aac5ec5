"""Word-level differences between two versions of a text (no Qt, no HTML).

The UI turns the segments into highlighted, escaped HTML; keeping the
comparison here lets it be tested on its own.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from enum import StrEnum

# Words and the whitespace after them stay together, so joining segments gives
# back the original text exactly.
_TOKEN = re.compile(r"\S+\s*|\s+")


class Change(StrEnum):
    SAME = "same"
    REMOVED = "removed"
    ADDED = "added"


@dataclass(frozen=True)
class Segment:
    change: Change
    text: str


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _words(parts: list[str]) -> list[str]:
    # Compare on the words only, so a changed line break is not a changed word.
    return [part.strip() for part in parts]


def word_diff(old: str, new: str) -> tuple[list[Segment], list[Segment]]:
    """Segments of ``old`` (same/removed) and of ``new`` (same/added)."""
    old_parts, new_parts = tokens(old), tokens(new)
    matcher = difflib.SequenceMatcher(None, _words(old_parts), _words(new_parts),
                                      autojunk=False)
    left: list[Segment] = []
    right: list[Segment] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        old_text = "".join(old_parts[i1:i2])
        new_text = "".join(new_parts[j1:j2])
        if tag == "equal":
            _append(left, Change.SAME, old_text)
            _append(right, Change.SAME, new_text)
            continue
        _append(left, Change.REMOVED, old_text)
        _append(right, Change.ADDED, new_text)
    return left, right


def _append(segments: list[Segment], change: Change, text: str) -> None:
    if not text:
        return
    if segments and segments[-1].change is change:
        segments[-1] = Segment(change, segments[-1].text + text)
    else:
        segments.append(Segment(change, text))
