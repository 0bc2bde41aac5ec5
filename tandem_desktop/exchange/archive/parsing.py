"""Bytes to JSON values, refusing what no archive holds: binary, NaN, deep nesting, huge texts.

The file's size is bounded before it is parsed; nesting is bounded by the
parser's own recursion check and then by a walk over the parsed values. Only a
file that fails is scanned token by token, to say what fails and where.
"""

from __future__ import annotations

import codecs
import json
import math
import re
from typing import Any

from tandem_desktop.domain.translation import Translate
from tandem_desktop.exchange.archive.format import (
    MAX_DEPTH,
    MAX_FILE_BYTES,
    MAX_STRING_CHARS,
    ArchiveError,
)

# Outside strings, the things a bad file may hold: brackets (depth), NaN, Infinity.
_TOKENS = re.compile(r'"(?:[^"\\]+|\\.)*(?P<end>")?|[\[\]{}]|NaN|-?Infinity')


def parse_json(raw: bytes, source: str, *, translate: Translate) -> Any:
    """Bytes to JSON values, refusing what no archive holds (binary, NaN, deep nesting)."""
    if len(raw) > MAX_FILE_BYTES:
        raise ArchiveError(
            translate("Archive", "the file is larger than {limit} MB").format(
                limit=MAX_FILE_BYTES // 2**20
            ),
            source,
        )
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    if not raw.strip():
        raise ArchiveError(translate("Archive", "the file is empty"), source)
    zero = raw.find(b"\x00")
    if zero >= 0:
        raise ArchiveError(
            translate(
                "Archive",
                "this is not a text file (a zero byte at byte {offset}); "
                "a Tandem archive is JSON text",
            ).format(offset=zero),
            source,
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ArchiveError(
            translate(
                "Archive",
                "this is not UTF-8 text (byte {offset} cannot be read); "
                "a Tandem archive is JSON text",
            ).format(offset=error.start),
            source,
        ) from None
    hooks = _Hooks(translate)
    try:
        value = json.loads(
            text,
            parse_constant=hooks.refuse_constant,
            parse_float=hooks.finite_float,
            object_pairs_hook=hooks.object_without_repeats,
        )
    except json.JSONDecodeError as error:
        unclosed = _prescan(text, source, translate)
        where = _position(text, error.pos, source, translate)
        if unclosed or not text[error.pos :].strip():
            raise ArchiveError(
                translate(
                    "Archive", "the file ends too early, it is probably cut off ({reason})"
                ).format(reason=error.msg),
                where,
            ) from None
        raise ArchiveError(
            translate("Archive", "this is not valid JSON: {reason}").format(reason=error.msg), where
        ) from None
    except RecursionError:
        _prescan(text, source, translate)
        raise ArchiveError(
            translate("Archive", "the file is nested too deeply to be an archive"), source
        ) from None
    except _Refused as refused:
        raise ArchiveError(refused.what, source) from None
    except ValueError as error:  # e.g. an integer with thousands of digits
        raise ArchiveError(
            translate("Archive", "the file holds a value that cannot be read: {reason}").format(
                reason=str(error)[:200]
            ),
            source,
        ) from None
    if not _within_limits(value):
        _prescan(text, source, translate)  # names what and where
        raise ArchiveError(
            translate(
                "Archive", "a text is longer than the {limit} characters a field may hold"
            ).format(limit=MAX_STRING_CHARS),
            source,
        )
    return value


def _within_limits(value: Any) -> bool:
    """No deeper than MAX_DEPTH, no text longer than MAX_STRING_CHARS.

    Checked on the parsed values, which is many times faster than scanning the
    text first; only a file that fails is scanned, to say where it fails.
    """
    if isinstance(value, str):
        return len(value) <= MAX_STRING_CHARS
    stack: list[tuple[Any, int]] = [(value, 1)] if isinstance(value, (dict, list)) else []
    while stack:
        item, depth = stack.pop()
        if depth > MAX_DEPTH:
            return False
        members: Any = item
        if isinstance(item, dict):
            if any(len(key) > MAX_STRING_CHARS for key in item):
                return False
            members = item.values()
        for member in members:
            if isinstance(member, str):
                if len(member) > MAX_STRING_CHARS:
                    return False
            elif isinstance(member, (dict, list)):
                stack.append((member, depth + 1))
    return True


class _Refused(ValueError):
    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what


class _Hooks:
    """The JSON parser's hooks: no NaN or Infinity, no endless numbers, no repeated keys."""

    def __init__(self, translate: Translate) -> None:
        self.translate = translate

    def refuse_constant(self, name: str) -> Any:
        raise _Refused(
            self.translate("Archive", "the file holds {name}, which is not a number").format(
                name=name
            )
        )

    def finite_float(self, text: str) -> float:
        value = float(text)
        if not math.isfinite(value):
            raise _Refused(
                self.translate("Archive", "the number {text} is too large").format(text=text[:40])
            )
        return value

    def object_without_repeats(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in pairs:
            if key in result:
                raise _Refused(
                    self.translate(
                        "Archive", "the key “{key}” appears twice in one object"
                    ).format(key=key[:80])
                )
            result[key] = value
        return result


def _position(text: str, offset: int, source: str, translate: Translate) -> str:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return translate("Archive", "{source}, line {line}, column {column}").format(
        source=source, line=line, column=column
    )


def _prescan(text: str, source: str, translate: Translate) -> bool:
    """Refuse deep nesting, NaN/Infinity and huge strings before the parser sees them.

    True when the text ends inside a string or with brackets still open (cut off).
    """
    depth = 0
    unterminated = False
    for match in _TOKENS.finditer(text):
        token = match.group()
        if token[0] == '"':
            unterminated = match.group("end") is None
            # A string may hold escapes, so its JSON form may be up to 6x longer.
            if len(token) - 2 > MAX_STRING_CHARS * 6:
                raise ArchiveError(
                    translate(
                        "Archive",
                        "a text of {size} characters is longer than the {limit} a field may hold",
                    ).format(size=len(token) - 2, limit=MAX_STRING_CHARS),
                    _position(text, match.start(), source, translate),
                )
        elif token in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise ArchiveError(
                    translate("Archive", "the data is nested more than {limit} levels deep").format(
                        limit=MAX_DEPTH
                    ),
                    _position(text, match.start(), source, translate),
                )
        elif token in "]}":
            depth -= 1
        else:
            raise ArchiveError(
                translate("Archive", "the file holds {name}, which is not a number").format(
                    name=token
                ),
                _position(text, match.start(), source, translate),
            )
    return depth > 0 or unterminated
