"""The sync folder's names, and nothing else: what the reader accepts is exactly this.

    <shared folder>/tandem-<tandem id>/
        tandem-sync.json            the marker: format version, tandem, key parameters
        <device id>/                one folder per device (16 hex digits); only it writes there
            0000000001.tch …        its changes, numbered from 1, never rewritten
            snapshot-0000000420.tch every record as of change 420, for devices that join late
            read.tch                how far it has read every other device

Sync engines add files of their own (conflict copies, temporary and placeholder
files): none matches these names, so all of them are ignored and never deleted.
"""

from __future__ import annotations

import re

MARKER = "tandem-sync.json"
DEVICE = re.compile(r"^[0-9a-f]{16}$")
CHANGES = re.compile(r"^(\d{10})\.tch$")
SNAPSHOT = re.compile(r"^snapshot-(\d{10})\.tch$")
READ = "read.tch"


def tandem_folder_name(tandem_id: str) -> str:
    return f"tandem-{tandem_id}"


def changes_name(number: int) -> str:
    return f"{number:010d}.tch"


def snapshot_name(number: int) -> str:
    return f"snapshot-{number:010d}.tch"


def number_of(name: str, pattern: re.Pattern[str] = CHANGES) -> int | None:
    match = pattern.match(name)
    return int(match[1]) if match else None
