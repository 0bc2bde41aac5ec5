"""A checked archive written into the database: all or nothing, after a backup.

A version 1 file is written record by record (``planning``); a version 2 file is
merged by its stamps (``merging``).
"""

from __future__ import annotations

import sqlite3

from tandem_desktop.domain.translation import Translate
from tandem_desktop.exchange.archive.format import Archive, ArchiveError, Progress
from tandem_desktop.exchange.archive.merging import merge_archive
from tandem_desktop.exchange.archive.planning import ImportResult, plan_import
from tandem_desktop.storage.store import Store
from tandem_desktop.storage.verbatim import put


def import_archive(
    store: Store,
    archive: Archive,
    *,
    translate: Translate,
    update: bool = False,
    confirm_deletions: bool = False,
    progress: Progress | None = None,
    back_up: bool = True,
) -> ImportResult:
    """Write a checked archive: all or nothing, after a backup.

    Records whose id is already stored are left alone, or with ``update``
    overwritten (version 1) or merged field by field by their stamps (version 2,
    see ``merging``; ``confirm_deletions`` lets a large deletion through). Raises
    ArchiveError (nothing written) when the database refuses one.
    """
    if archive.stamped:
        return merge_archive(store, archive, translate=translate, update=update,
                             confirm_deletions=confirm_deletions, progress=progress,
                             back_up=back_up)
    result = ImportResult(tandems=[part.tandem.name for part in archive.parts])
    steps = list(plan_import(store, archive, update, result, translate))
    if not steps:
        return result
    if back_up and store.backups is not None:
        result.backup = store.back_up("import")
    total = len(steps)
    try:
        with store.transaction():
            for done, step in enumerate(steps, start=1):
                try:
                    put(step.repository, step.record, replace=step.replace)
                except sqlite3.IntegrityError as error:
                    raise ArchiveError(
                        translate("Archive", "the database refused this record: {reason}").format(
                            reason=str(error)
                        ),
                        step.where,
                    ) from None
                if progress and (done % 100 == 0 or done == total):
                    progress(done, total)
    except ArchiveError:
        result.added = result.updated = 0
        raise
    return result
