"""The archive format's name, version and limits, and what a checked archive holds."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from tandem_desktop.domain.records import Tandem, TandemRecord

FORMAT_NAME = "tandem-archive"
FORMAT_VERSION = 1

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_STRING_CHARS = 1_000_000
MAX_DEPTH = 16  # the format itself needs 7 levels
MAX_ID_CHARS = 100

# Content that never leaves this computer unless asked for.
PRIVATE_FIELDS: dict[str, tuple[str, ...]] = {"meeting": ("private_notes",)}
PRIVATE_FLAGS: dict[str, str] = {"feedback": "private"}

Progress = Callable[[int, int], None]


class ArchiveError(Exception):
    """A file that cannot be imported (or written): what is wrong, and where."""

    def __init__(self, what: str, where: str = "") -> None:
        super().__init__(f"{where}: {what}" if where else what)
        self.what = what
        self.where = where


@dataclass
class TandemPart:
    """One tandem of an archive with its records, by table, in file order."""

    tandem: Tandem
    records: dict[str, list[TandemRecord]]
    where: str = ""


@dataclass
class Archive:
    """A checked archive, ready to import."""

    exported_at: str
    include_private: bool
    parts: list[TandemPart]
    source: str = ""

    @property
    def record_count(self) -> int:
        return sum(1 + sum(len(rows) for rows in part.records.values()) for part in self.parts)


def record_where(where: str, record_id: str | None) -> str:
    """``where`` with the record's id, so that a message names the record."""
    if record_id and " (id " not in where:
        return f"{where} (id {record_id[:MAX_ID_CHARS]})"
    return where
