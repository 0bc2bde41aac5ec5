"""One field change of one record: what the journal records and the merge applies."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

# The field name of a "deleted for good" change: the record leaves a tombstone.
PURGE = "~purge"


@dataclass(frozen=True)
class Change:
    """``value`` is the stored column value as JSON text (``null`` for none).

    ``base`` is the stamp of the value this change replaced on its device ('' for
    a new record): a change whose base is not the value a copy holds was made
    without seeing that value, which is how a concurrent edit is recognised.
    """

    kind: str
    record_id: str
    tandem_id: str
    field: str
    value: str | None
    stamp: str
    base: str = ""

    @property
    def column_value(self) -> Any:
        """The column value; plain texts and whole numbers without the JSON parser
        (a joiner decodes a whole tandem's fields)."""
        value = self.value
        if value is None or value == "null":
            return None
        if value[:1] == '"' and "\\" not in value:
            return value[1:-1]
        if value.isascii() and value.isdigit() and (value[0] != "0" or value == "0"):
            return int(value)
        return json.loads(value)


def encode(value: Any) -> str:
    """A column value as the JSON text a change carries (as ``json.dumps`` writes it)."""
    # The common column values directly: a whole import encodes every field.
    if value is None:
        return "null"
    if type(value) is str:
        return _encode_text(value)
    if type(value) is int:
        return int.__repr__(value)
    return json.dumps(value, ensure_ascii=False)


_encode_text = json.encoder.encode_basestring  # what json.dumps uses for text, unescaped Unicode
