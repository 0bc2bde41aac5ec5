"""The archive format's name, version and limits, and what a checked archive holds."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from tandem_desktop.domain.records import Tandem, TandemRecord
from tandem_desktop.storage.verbatim import Tombstone

FORMAT_NAME = "tandem-archive"
# The archive's own format, apart from the database's schema version: 1 holds the
# records, 2 also the clock stamp of every synced field and the tombstones, so
# that an import can merge like the partner sync. Export writes the latest.
FORMAT_VERSION = 2
STAMPED_VERSION = 2
# In a record's "stamps": the stamp of every synced field not named on its own.
EVERY_OTHER_FIELD = "*"

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


@dataclass(frozen=True)
class RecordStamps:
    """Version 2: the clock stamp of each synced field of one record.

    ``bases``: for a field whose value replaced an earlier one, that one's stamp
    (so that an import tells a later edit from one made at the same time).
    ``undone_delete``: the record's ``deleted_at`` as last written, when an edit
    newer than that delete brought the record back (its row shows none).
    """

    stamps: dict[str, str]
    bases: dict[str, str] = field(default_factory=dict)
    undone_delete: str | None = None


@dataclass
class TandemPart:
    """One tandem of an archive with its records, by table, in file order.

    Version 2 adds the stamps of every record that has them (private content has
    none), by (table, id), and the tandem's tombstones.
    """

    tandem: Tandem
    records: dict[str, list[TandemRecord]]
    where: str = ""
    stamps: dict[tuple[str, str], RecordStamps] = field(default_factory=dict)
    tombstones: list[Tombstone] = field(default_factory=list)


@dataclass
class Archive:
    """A checked archive, ready to import."""

    exported_at: str
    include_private: bool
    parts: list[TandemPart]
    source: str = ""
    version: int = 1

    @property
    def stamped(self) -> bool:
        """Whether the file carries field stamps, so that an import can merge by them."""
        return self.version >= STAMPED_VERSION

    @property
    def record_count(self) -> int:
        return sum(1 + sum(len(rows) for rows in part.records.values()) for part in self.parts)


def record_where(where: str, record_id: str | None) -> str:
    """``where`` with the record's id, so that a message names the record."""
    if record_id and " (id " not in where:
        return f"{where} (id {record_id[:MAX_ID_CHARS]})"
    return where
