"""Format version 2: the clock stamps of a record's fields, and a tandem's tombstones, checked.

In the file a record's ``stamps`` name a stamp per synced field; ``"*"`` stands
for every field not named (most fields of a record share the stamp of the write
that made it). ``replaced`` names, for a field whose value replaced an earlier
one, that one's stamp. ``undone_delete`` is ``deleted_at`` as last written, for a
record that an edit newer than its delete brought back. Private content has no
stamps.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tandem_desktop.domain.hlc import is_stamp
from tandem_desktop.domain.records import Record
from tandem_desktop.domain.translation import Translate
from tandem_desktop.exchange.archive.fields import STAMP, show
from tandem_desktop.exchange.archive.format import (
    EVERY_OTHER_FIELD,
    MAX_ID_CHARS,
    ArchiveError,
    RecordStamps,
    TandemPart,
)
from tandem_desktop.storage.verbatim import Tombstone

# The keys a version 2 record holds besides its fields.
STAMP_KEYS = ("stamps", "replaced", "undone_delete")


def checked_stamps(
    extra: dict[str, Any],
    synced: Sequence[str],
    record: Record,
    where: str,
    *,
    private: bool,
    translate: Translate,
) -> RecordStamps | None:
    """A record's stamps (None for private content, which has none)."""
    given = extra.get("stamps")
    if private:
        if extra:
            raise ArchiveError(
                translate("Archive", "feedback marked private carries no stamps"), where
            )
        return None
    if not isinstance(given, dict):
        raise ArchiveError(
            translate(
                "Archive", "“stamps” must be an object with the clock stamp of every field"
            ),
            where,
        )
    _check_stamp_names("stamps", given, {EVERY_OTHER_FIELD, *synced}, where, translate)
    replaced = extra.get("replaced", {})
    if not isinstance(replaced, dict):
        raise ArchiveError(
            translate("Archive", "“replaced” must be an object of clock stamps"), where
        )
    _check_stamp_names("replaced", replaced, set(synced), where, translate)
    default = given.get(EVERY_OTHER_FIELD)
    stamps: dict[str, str] = {}
    for name in synced:
        stamp = given.get(name, default)
        if stamp is None:
            raise ArchiveError(
                translate("Archive", "“stamps” has no stamp for the field “{name}”").format(
                    name=name
                ),
                where,
            )
        stamps[name] = stamp
    undone = extra.get("undone_delete")
    if undone is not None:
        if not isinstance(undone, str) or not STAMP.match(undone):
            raise ArchiveError(
                translate(
                    "Archive", "“undone_delete” must be a UTC time like 2026-01-31T09:00:00Z"
                ),
                where,
            )
        if getattr(record, "deleted_at", None) is not None:
            raise ArchiveError(
                translate("Archive", "a deleted record has no “undone_delete”"), where
            )
    return RecordStamps(stamps, dict(replaced), undone)


def _check_stamp_names(
    key: str, given: dict[str, Any], allowed: set[str], where: str, translate: Translate
) -> None:
    for name, stamp in given.items():
        if name not in allowed:
            raise ArchiveError(
                translate("Archive", "“{key}” names a field this record does not sync: “{name}”")
                .format(key=key, name=name[:80]),
                where,
            )
        if not is_stamp(stamp):
            raise ArchiveError(
                translate(
                    "Archive",
                    "the stamp of “{name}” must look like "
                    "1764410400000-0000-0123456789abcdef, not {found}",
                ).format(name=name, found=show(stamp, translate)),
                where,
            )


def checked_tombstones(
    value: Any, kinds: set[str], where: str, translate: Translate
) -> list[Tombstone]:
    """A tandem's tombstones: records deleted for good, which nothing may bring back."""
    if not isinstance(value, list):
        raise ArchiveError(translate("Archive", "“tombstones” must be a list"), where)
    found: list[Tombstone] = []
    seen: set[tuple[str, str]] = set()
    for index, entry in enumerate(value):
        here = f"{where}[{index}]"
        if not isinstance(entry, dict) or set(entry) != {"kind", "id", "stamp"}:
            raise ArchiveError(
                translate(
                    "Archive", "a tombstone must be an object with “kind”, “id” and “stamp”"
                ),
                here,
            )
        kind, record_id, stamp = entry["kind"], entry["id"], entry["stamp"]
        if kind not in kinds:
            raise ArchiveError(
                translate("Archive", "unknown kind of record {found}").format(
                    found=show(kind, translate)
                ),
                here,
            )
        if not isinstance(record_id, str) or not record_id.strip() or \
                len(record_id) > MAX_ID_CHARS:
            raise ArchiveError(
                translate("Archive", "the id must be a text of 1 to {limit} characters").format(
                    limit=MAX_ID_CHARS
                ),
                here,
            )
        if not is_stamp(stamp):
            raise ArchiveError(
                translate(
                    "Archive",
                    "the stamp of “{name}” must look like "
                    "1764410400000-0000-0123456789abcdef, not {found}",
                ).format(name="stamp", found=show(stamp, translate)),
                here,
            )
        if (kind, record_id) in seen:
            raise ArchiveError(
                translate("Archive", "the id “{id}” appears twice (first at {first})").format(
                    id=record_id, first=translate("Archive", "an earlier tombstone")
                ),
                here,
            )
        seen.add((kind, record_id))
        found.append(Tombstone(kind, record_id, stamp))
    return found


def check_tombstones_against_records(
    parts: list[TandemPart], seen: dict[str, dict[str, str]], translate: Translate
) -> None:
    """Refuse a file that holds a record and says it was deleted for good."""
    for part in parts:
        for index, stone in enumerate(part.tombstones):
            if stone.record_id in seen.get(stone.kind, {}):
                raise ArchiveError(
                    translate(
                        "Archive",
                        "the record “{id}” is in the file and also deleted for good in it",
                    ).format(id=stone.record_id),
                    f"{part.where}.tombstones[{index}]",
                )
