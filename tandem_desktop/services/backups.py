"""Backing up and restoring the open store."""

from __future__ import annotations

from pathlib import Path

from tandem_desktop.storage.errors import WriteFailedError
from tandem_desktop.storage.recovery import restore_over
from tandem_desktop.storage.store import Store


def restore_backup(store: Store, backup_path: Path) -> Path:
    """Replace the live data with a backup, after backing up the current state.

    Returns the path of that safety backup. Every view hears that every table changed.
    """
    if store.backups is None:
        raise WriteFailedError("an in-memory database has no backups")
    safety = restore_over(store.database, store.backups, backup_path)
    store.database.notifier.publish(frozenset(r.table for r in store.repositories))
    return safety
