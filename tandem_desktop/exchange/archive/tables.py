"""The per-tandem tables in the order that keeps references valid."""

from __future__ import annotations

from typing import Any

from tandem_desktop.storage.repository import TandemRepository
from tandem_desktop.storage.store import Store
from tandem_desktop.storage.verbatim import foreign_keys


def tandem_tables(store: Store) -> list[TandemRepository[Any]]:
    """The repositories of per-tandem records, parents before the records that refer to them."""
    repositories = {
        repo.table: repo for repo in store.repositories if isinstance(repo, TandemRepository)
    }
    references = foreign_keys(store.database)
    ordered: list[TandemRepository[Any]] = []
    placed: set[str] = {"tandem"}
    remaining = list(repositories)
    while remaining:
        ready = [
            table
            for table in remaining
            if all(
                target in placed or target == table for target in references.get(table, {}).values()
            )
        ]
        if not ready:  # a reference cycle: keep the rest in schema order
            ready = remaining[:1]
        for table in ready:
            ordered.append(repositories[table])
            placed.add(table)
            remaining.remove(table)
    return ordered
