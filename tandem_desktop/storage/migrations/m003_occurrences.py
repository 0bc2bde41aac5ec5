"""Schema version 3: a meeting remembers the series slot it stands for.

- ``occurrence_start``: the UTC instant the series' rule produced for this
  meeting. ``starts_at`` may differ from it (the meeting was moved); a
  cancelled meeting keeps its slot closed. One-off meetings have none.
- ``cancel_note``: why a check-in was cancelled (optional).
- ``actual_minutes``: how long the meeting really took, for the cadence advice.

Meetings of a series made before this version were always created at their
slot, so their ``occurrence_start`` is their start. The new fields are stamped
and journalled once for every meeting, as migration 2 did for every field, so
a partner's copy learns them with the next round.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

NEW_FIELDS = ("actual_minutes", "cancel_note", "occurrence_start")


def _stamp_new_fields(conn: sqlite3.Connection) -> None:
    device = conn.execute("SELECT device_id FROM sync_device").fetchone()[0]
    millis = "CAST(round((julianday(m.updated_at) - 2440587.5) * 86400000) AS INTEGER)"
    stamp = f"printf('%013d-0000-%s', {millis}, '{device}')"
    names = ", ".join(f"('{name}')" for name in NEW_FIELDS)
    values = " ".join(f"WHEN '{name}' THEN json_quote(m.{name})" for name in NEW_FIELDS)
    source = f" FROM meeting AS m CROSS JOIN (SELECT column1 AS name FROM (VALUES {names})) AS f"
    conn.execute(
        "INSERT INTO sync_field (kind, record_id, field, stamp, base, value)"
        f" SELECT 'meeting', m.id, f.name, {stamp}, '', NULL{source} ORDER BY m.id, f.name")
    conn.execute(
        "INSERT INTO sync_journal (kind, record_id, tandem_id, field, value, stamp, base)"
        f" SELECT 'meeting', m.id, m.tandem_id, f.name, CASE f.name {values} END, {stamp}, ''"
        f"{source} ORDER BY m.created_at, m.id, f.name")
    conn.execute(
        "UPDATE sync_device SET clock = max(clock, coalesce("
        "(SELECT max(stamp) FROM sync_field), ''))")


STATEMENTS: list[str | Callable[[sqlite3.Connection], None]] = [
    "ALTER TABLE meeting ADD COLUMN occurrence_start TEXT",
    "ALTER TABLE meeting ADD COLUMN cancel_note TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE meeting ADD COLUMN actual_minutes INTEGER"
    " CHECK (actual_minutes IS NULL OR actual_minutes > 0)",
    "UPDATE meeting SET occurrence_start = starts_at WHERE series_id IS NOT NULL",
    "CREATE INDEX ix_meeting_slot ON meeting(series_id, occurrence_start)",
    _stamp_new_fields,
]
