"""journal_size: what a change costs on disk, and that compaction keeps the journal bounded.

Adds 1,000 tasks through the real repositories, then edits the same 1,000 tasks
100,000 times (times ``scale``; one field per edit: title, notes, status or
priority in turn, 500 edits per transaction). Prints the bytes per change of
``sync_journal`` (its pages as SQLite's ``dbstat`` counts them, when the
SQLite build has it), of ``sync_field`` per stamped field, and the growth of the
whole file per edit; then compacts the journal with ``Journal.compact`` up to
the newest change (as once every known device has read it) and prints the rows
before and after. Target: at most one row per synced field of the 1,000 tasks
(and of the tandem record), which is what a device joining later needs to
rebuild every record.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.common import bench_store, result_line

NAME = "journal_size"
RECORDS = 1_000
EDITS = 100_000
PER_TRANSACTION = 500


def _pages(conn: sqlite3.Connection, table: str) -> int | None:
    """The bytes of a table's pages, None when SQLite was built without dbstat."""
    try:
        return int(conn.execute("SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name = ?",
                                [table]).fetchone()[0])
    except sqlite3.OperationalError:
        return None


def _file_bytes(conn: sqlite3.Connection) -> int:
    pages, free = conn.execute(
        "SELECT * FROM pragma_page_count, pragma_freelist_count").fetchone()
    return int((pages - free) * conn.execute("PRAGMA page_size").fetchone()[0])


def _per(value: int | None, count: int) -> str:
    return "n/a (no dbstat)" if value is None else f"{value / max(count, 1):.0f} B"


def _edit(store: Any, ids: list[str], number: int) -> None:
    """One edit that changes one field of one task; each pass over the tasks takes the
    next of four fields, and each value differs from the one before."""
    task_id = ids[number % len(ids)]
    lap = number // len(ids)
    if lap % 4 == 0:
        store.tasks.change(task_id, title=f"Task {number}")
    elif lap % 4 == 1:
        store.tasks.change(task_id, notes=f"Notes after edit {number}")
    elif lap % 4 == 2:
        store.tasks.change(task_id, status=("done", "open")[lap // 4 % 2])
    else:
        store.tasks.change(task_id, priority=("high", "low")[lap // 4 % 2])


def run(scale: float = 1.0) -> str:
    from tandem_desktop.domain.records import Task
    from tandem_desktop.storage.journal import journal_of

    records = max(10, int(RECORDS * min(scale * 10, 1.0)))
    edits = max(records * 4, int(EDITS * scale))
    with tempfile.TemporaryDirectory(prefix="tandem-bench-") as folder:
        store, tandem, _clock = bench_store(Path(folder) / "data")
        conn = store.database.conn
        journal = journal_of(store.database)
        assert journal is not None
        with store.transaction():
            ids = [store.tasks.add(Task(tandem_id=tandem.id, title=f"Task {number}",
                                        owner="leader", notes="A few words of notes")).id
                   for number in range(records)]
        added_rows = journal.size()
        print(f"{NAME}: {records} tasks added, {added_rows} changes; sync_journal "
              f"{_per(_pages(conn, 'sync_journal'), added_rows)} per change, sync_field "
              f"{_per(_pages(conn, 'sync_field'), added_rows)} per stamped field")
        file_before = _file_bytes(conn)
        started = time.perf_counter()
        for start in range(0, edits, PER_TRANSACTION):
            with store.transaction():
                for number in range(start, min(start + PER_TRANSACTION, edits)):
                    _edit(store, ids, number)
        editing = time.perf_counter() - started
        rows_before = journal.size()
        journal_before = _pages(conn, "sync_journal")
        print(f"{NAME}: {edits} edits of the same {records} tasks in {editing:.1f} s; "
              f"{rows_before} rows, {_per(journal_before, rows_before)} per change; "
              f"the file grew {(_file_bytes(conn) - file_before) / edits:.0f} B per edit")
        started = time.perf_counter()
        dropped = journal.compact(seen_by_all=journal.last_seq())
        compacting = (time.perf_counter() - started) * 1000
        rows_after = journal.size()
        limit = int(store.database.scalar("SELECT count(*) FROM sync_field"))  # stamped fields
        journal_after = _pages(conn, "sync_journal")
        shown = "" if journal_after is None else f", {journal_after // 1024} KB"
        print(f"{NAME}: compacted in {compacting:.0f} ms: {rows_before} rows before, "
              f"{rows_after} after ({dropped} dropped{shown})")
        store.close()
    return result_line(NAME, rows_after, "rows", limit, sign="<=", digits=0)


if __name__ == "__main__":
    run(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0)
