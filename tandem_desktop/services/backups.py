"""Backing up and restoring the open store.

A restored database takes a new device id: the copy it replaces may have issued
stamps after the backup was taken, and two copies must never issue the same ones.
"""

from __future__ import annotations

from pathlib import Path

from tandem_desktop.storage.errors import WriteFailedError
from tandem_desktop.storage.journal import journal_of
from tandem_desktop.storage.recovery import restore_into_new, restore_over
from tandem_desktop.storage.store import Store, database_path, renew_device, renew_device_of_file


def restore_backup(store: Store, backup_path: Path) -> Path:
    """Replace the live data with a backup, after backing up the current state.

    Returns the path of that safety backup. Every view hears that every table changed.
    """
    if store.backups is None:
        raise WriteFailedError("an in-memory database has no backups")
    journal = journal_of(store.database)
    seen = journal.clock.last if journal is not None else None
    safety = restore_over(store.database, store.backups, backup_path)
    renew_device(store.database, seen)
    store.undo.forget()  # the steps describe rows the backup may not have
    store.database.notifier.publish(
        frozenset({*(r.table for r in store.repositories), "sync_conflict"}))
    return safety


def start_over_from_backup(backup_path: Path, data_dir: Path) -> None:
    """Put a backup in place of a data file that was moved aside (damaged)."""
    restore_into_new(backup_path, data_dir)
    renew_device_of_file(database_path(data_dir))
