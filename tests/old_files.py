"""A store on a data file of an earlier schema version, as that app wrote it.

The repositories know the latest columns; here each one writes only the columns
its table has in the old file, so tests can fill a file of version 1 with the
demo and then upgrade it.
"""

from __future__ import annotations

from pathlib import Path

from tandem_desktop.storage.database import Database
from tandem_desktop.storage.store import _REPOSITORIES, Store


def old_store(database: Database, data_dir: Path | None = None) -> Store:
    store = Store(database, data_dir) if data_dir is not None else Store(database)
    for name in _REPOSITORIES:
        repository = getattr(store, name)
        columns = {row["name"] for row in database.query(
            f"PRAGMA table_info({repository.table})")}
        repository._fields = [name for name in repository._fields if name in columns]
        repository._data_fields = [name for name in repository._data_fields if name in columns]
        repository._synced = [name for name in repository._synced if name in columns]
    return store
