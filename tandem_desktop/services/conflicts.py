"""Reviewing texts that lost a concurrent edit: keep the current one, take the other,
or save a text made from both.

A conflict shows the version the record holds now and the one it replaced, each
with the device that wrote it and when (read from its clock stamp). Taking the
other version or a combined text is an edit like any other: it goes through the
record's repository, so it is journalled and reaches the partner; the conflict
is marked resolved in the same transaction and stays on record.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import typing
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from tandem_desktop.domain.hlc import parse
from tandem_desktop.storage import conflicts as stored
from tandem_desktop.storage.errors import NotFoundError, ValidationError
from tandem_desktop.storage.journal import journal_of
from tandem_desktop.storage.store import Store
from tandem_desktop.storage.sync_state import SyncState


class RecordState(StrEnum):
    LIVE = "live"
    IN_TRASH = "in_trash"
    GONE = "gone"  # deleted for good


@dataclass(frozen=True)
class Version:
    """One of the two texts, who wrote it and when."""

    text: str
    stamp: str
    by_this_device: bool
    device: str  # the writing device's id ('' when the stamp cannot be read)
    device_name: str  # the name that device goes by in the shared folder ('' if unknown)
    written_at: datetime | None  # UTC

    @classmethod
    def of(cls, text: str, stamp: str, devices: _Devices) -> Version:
        try:
            parts = parse(stamp)
        except ValueError:
            return cls(text, stamp, False, "", "", None)
        return cls(text, stamp, parts.device == devices.this, parts.device,
                   devices.names.get(parts.device, ""),
                   datetime.fromtimestamp(parts.millis / 1000, UTC))


@dataclass(frozen=True)
class _Devices:
    this: str  # this database's device id
    names: dict[str, str]  # other devices of the tandem by id, as the shared folder names them


@dataclass(frozen=True)
class Conflict:
    number: int
    kind: str
    record_id: str
    tandem_id: str
    field: str
    label: str  # what names the record; '' when it is gone for good
    state: RecordState
    current: Version  # what the record holds now
    other: Version  # the text it replaced

    @property
    def combined(self) -> str:
        """Both texts one after the other: where the user starts to combine them."""
        parts = [text for text in (self.current.text.strip(), self.other.text.strip()) if text]
        return "\n\n".join(parts)

    @property
    def can_change(self) -> bool:
        """Whether the record can take a text (it is not in the Trash or gone)."""
        return self.state is RecordState.LIVE


def open_conflicts(store: Store, tandem_id: str) -> list[Conflict]:
    """The tandem's conflicts waiting for review, oldest first."""
    journal = journal_of(store.database)
    names = {peer.device_id: peer.device_name
             for peer in SyncState(store.database).peers(tandem_id) if peer.device_name}
    devices = _Devices(journal.device.id if journal is not None else "", names)
    return [_conflict(store, row, devices)
            for row in stored.open_conflicts(store.database, tandem_id)]


def count_open(store: Store, tandem_id: str) -> int:
    return stored.count_open(store.database, tandem_id)


def keep_current(store: Store, number: int) -> None:
    """Keep what the record holds; the other text stays on record."""
    with store.transaction():
        _find(store, number)
        stored.mark_resolved(store.database, number)


def take_other(store: Store, number: int) -> None:
    """Put the text that lost back into the record."""
    with store.transaction():
        row = _find(store, number)
        _write(store, row, _column_text(store, row, row.lost))


def save_combined(store: Store, number: int, text: str) -> None:
    """Put a text the user made from both versions into the record."""
    with store.transaction():
        _write(store, _find(store, number), text)


# -- helpers ------------------------------------------------------------------------
def _find(store: Store, number: int) -> stored.StoredConflict:
    row = stored.find_conflict(store.database, number)
    if row is None or row.resolved_at is not None:
        raise NotFoundError(f"conflict {number}")
    return row


def _write(store: Store, row: stored.StoredConflict, text: str) -> None:
    repository = store.repository_for(row.kind)
    if _state(store, row) is not RecordState.LIVE:
        raise ValidationError(row.field, "the record is in the Trash or deleted for good")
    value: Any = _lines(text) if _holds_list(store, row.kind, row.field) else text
    repository.change(row.record_id, **{row.field: value})
    stored.mark_resolved(store.database, row.number)


def _conflict(store: Store, row: stored.StoredConflict, devices: _Devices) -> Conflict:
    state = _state(store, row)
    lost = _column_text(store, row, row.lost)
    if state is RecordState.GONE:
        current = Version.of(_column_text(store, row, row.kept), row.kept_stamp, devices)
        label = ""
    else:
        record = store.repository_for(row.kind).get(row.record_id, include_deleted=True)
        journal = journal_of(store.database)
        stamps = journal.field_stamps(row.kind, row.record_id) if journal else {}
        current = Version.of(_text(getattr(record, row.field)),
                             stamps.get(row.field, row.kept_stamp), devices)
        label = stored.record_label(store.database, row.kind, row.record_id) or ""
    return Conflict(row.number, row.kind, row.record_id, row.tandem_id, row.field, label,
                    state, current, Version.of(lost, row.lost_stamp, devices))


def _state(store: Store, row: stored.StoredConflict) -> RecordState:
    try:
        record = store.repository_for(row.kind).get(row.record_id, include_deleted=True)
    except (NotFoundError, KeyError):
        return RecordState.GONE
    return RecordState.LIVE if record.deleted_at is None else RecordState.IN_TRASH


def _holds_list(store: Store, kind: str, name: str) -> bool:
    """Whether the field is a list of lines (a series' standing agenda items)."""
    record_type = store.repository_for(kind).record_type
    names = {item.name for item in dataclasses.fields(record_type)}
    if name not in names:
        return False
    hint = typing.get_type_hints(record_type)[name]
    return (typing.get_origin(hint) or hint) is list


def _column_text(store: Store, row: stored.StoredConflict, value: Any) -> str:
    """A stored column value as text; a list field's column holds JSON."""
    if isinstance(value, str) and _holds_list(store, row.kind, row.field):
        with contextlib.suppress(ValueError):  # not JSON after all: shown as it is
            value = json.loads(value)
    return _text(value)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "\n".join(str(item) for item in value)
    return str(value)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]
