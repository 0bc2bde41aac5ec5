"""Child process killed during a backup or a migration (see test_kill_phases.py).

Usage: python kill_worker.py backup DATA_DIR   -- back up in a loop
       python kill_worker.py migrate DATA_DIR  -- open with one extra, heavy migration
Prints ``ready`` before the work starts and ``migrating`` when the migration
itself (after its backup) begins.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tandem_desktop.storage import migrations, migrator
from tandem_desktop.storage import store as store_module
from tandem_desktop.storage.database import Database
from tandem_desktop.storage.store import open_store

BULK_ROWS = 60_000
HEAVY_MIGRATION = [
    "CREATE TABLE bulk (x INTEGER NOT NULL, payload BLOB NOT NULL)",
    f"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < {BULK_ROWS}) "
    "INSERT INTO bulk SELECT x, randomblob(100) FROM c",
    "CREATE INDEX ix_bulk ON bulk(x)",
    "UPDATE task SET notes = notes || ' migrated'",
]


def add_heavy_migration() -> int:
    number = migrations.MIGRATIONS[-1][0] + 1
    migrations.MIGRATIONS = (*migrations.MIGRATIONS, (number, HEAVY_MIGRATION))
    return number


def main(mode: str, data_dir: Path) -> None:
    if mode == "backup":
        store = open_store(data_dir)
        print("ready", flush=True)
        while True:
            store.back_up("manual")
            print("backup", flush=True)
    add_heavy_migration()
    real_migrate = migrator.migrate

    def announced(database: Database, target: int | None = None) -> list[int]:
        print("migrating", flush=True)
        return real_migrate(database, target)

    store_module.migrate = announced  # type: ignore[attr-defined]  # the name open_store calls
    print("ready", flush=True)
    open_store(data_dir).close()
    print("done", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
