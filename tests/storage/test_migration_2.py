"""Migration 1 -> 2 with data: every synced field stamped once and journalled once, nothing
private journalled, a verified backup first, and a copy fed the journal holds the same data.

Two version-1 files: the demo tandem, and 20,000 records of every busy kind
(some in the Trash, some private) written through the repositories on the
version-1 schema.
"""

from __future__ import annotations

import json
import random
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tandem_desktop.demo import create_demo
from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.domain.records import (
    AgendaItem,
    DecisionRule,
    Feedback,
    LevelChange,
    Meeting,
    Question,
    Tandem,
    Task,
)
from tandem_desktop.storage.backups import verify
from tandem_desktop.storage.database import Database, connect
from tandem_desktop.storage.journal import synced_fields
from tandem_desktop.storage.migrations.m002_journal import SYNCED_TABLES
from tandem_desktop.storage.migrator import migrate
from tandem_desktop.storage.store import Store, database_path, open_store
from tests.old_files import old_store
from tests.reliability.helpers import checks
from tests.storage.copies import dump, problems, send

CANARY = "canary-private-5c1e"


def _version_1(data_dir: Path, clock: FixedClock) -> Store:
    """A store on a new file at schema version 1 (the repositories journal nothing there)."""
    path = database_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    database = Database(conn, path, clock)
    migrate(database, target=1)
    assert database.schema_version == 1
    return old_store(database, data_dir)


def _demo(store: Store) -> None:
    tandem = create_demo(store, "en", date(2026, 11, 29))
    feedback = store.feedback.for_tandem(tandem.id)
    assert any(entry.private for entry in feedback)  # the demo keeps one private
    with store.transaction():
        store.feedback.add(Feedback(tandem_id=tandem.id, direction="assistant_to_leader",
                                    given_on="2026-11-20", situation=CANARY, private=True))
        store.tasks.delete(store.tasks.for_tandem(tandem.id)[0].id)  # one in the Trash
        meeting = store.meetings.for_tandem(tandem.id)[0]
        store.meetings.change(meeting.id, private_notes=CANARY)


def _twenty_thousand(store: Store) -> None:
    chance = random.Random(2)
    with store.transaction():
        tandem = store.tandems.add(Tandem(name="Busy", leader_name="Claudia",
                                          assistant_name="Jonas", my_role="leader"))
        tid = tandem.id
        tasks = [store.tasks.add(Task(tandem_id=tid, title=f"Task {n}", owner="assistant",
                                      due_on="2026-12-01" if n % 3 else None,
                                      notes=f"Notes {n} \"quoted\" \\ ä\n€"))
                 for n in range(8_500)]
        for task in tasks[::40]:
            store.tasks.delete(task.id)
        for n in range(6_000):
            store.questions.add(Question(tandem_id=tid, text=f"Question {n}?",
                                         asked_by="assistant", asked_on="2026-11-01",
                                         status="answered" if n % 2 else "open",
                                         answer=f"Answer {n}" if n % 2 else ""))
        for n in range(2_000):
            store.feedback.add(Feedback(tandem_id=tid, direction="leader_to_assistant",
                                        given_on="2026-10-01", situation=f"Situation {n}",
                                        impact=CANARY if n % 4 == 0 else "", private=n % 4 == 0))
        meetings = [store.meetings.add(Meeting(tandem_id=tid, starts_at="2026-11-02T09:00:00Z",
                                               title=f"Check-in {n}", private_notes=CANARY))
                    for n in range(1_000)]
        for n in range(1_500):
            store.agenda.add(AgendaItem(tandem_id=tid, meeting_id=chance.choice(meetings).id,
                                        text=f"Topic {n}", added_by="leader", position=n))
        for n in range(500):
            rule = store.rules.add(DecisionRule(tandem_id=tid, decision=f"Rule {n}", level=3))
            store.level_changes.add(LevelChange(tandem_id=tid, rule_id=rule.id,
                                                changed_on="2026-01-01", from_level=None,
                                                to_level=3))


def _migrated(tmp_path: Path, clock: FixedClock, fill: Any) -> Store:
    data_dir = tmp_path / "data"
    old = _version_1(data_dir, clock)
    fill(old)
    counts = {table: old.database.scalar(f"SELECT count(*) FROM {table}")
              for table in SYNCED_TABLES}
    old.close()
    store = open_store(data_dir, clock)
    assert store.database.schema_version >= 2 and store.report.migrated_from == 1
    backup = store.report.backup_taken
    assert backup is not None and "migration" in backup.name and verify(backup)
    conn = sqlite3.connect(backup)
    try:  # the backup is the file as it was before the migration
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in SYNCED_TABLES} == counts
    finally:
        conn.close()
    return store


def _check_journal(store: Store) -> int:
    """Every synced field: one stamp and (unless private) one journal row carrying its value."""
    conn = store.database.conn
    journalled = 0
    for table in SYNCED_TABLES:
        columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
        fields = synced_fields(table, columns)
        private = {row[0] for row in conn.execute(
            "SELECT id FROM feedback WHERE private = 1")} if table == "feedback" else set()
        stamps: dict[tuple[str, str], int] = {}
        for record_id, field, count in conn.execute(
                "SELECT record_id, field, count(*) FROM sync_field WHERE kind = ?"
                " GROUP BY record_id, field", [table]):
            stamps[(record_id, field)] = count
        rows = conn.execute(f"SELECT * FROM {table}").fetchall()
        names = [column[0] for column in conn.execute(f"SELECT * FROM {table} LIMIT 0")
                 .description]
        journal: dict[tuple[str, str], list[str]] = {}
        for record_id, field, value in conn.execute(
                "SELECT record_id, field, value FROM sync_journal WHERE kind = ?", [table]):
            journal.setdefault((record_id, field), []).append(value)
        expected_stamps = {}
        expected_journal = {}
        for row in rows:
            record = dict(zip(names, row, strict=True))
            for field in fields:
                expected_stamps[(record["id"], field)] = 1
                if record["id"] not in private:
                    expected_journal[(record["id"], field)] = [record[field]]
        assert stamps == expected_stamps, table
        assert {key: [json.loads(value) for value in values]
                for key, values in journal.items()} == expected_journal, table
        journalled += len(journal)
    # The raw deleted_at of every record is kept with its stamp.
    assert conn.execute(
        "SELECT count(*) FROM sync_field AS f JOIN task AS t ON t.id = f.record_id"
        " WHERE f.field = 'deleted_at' AND f.value IS NOT t.deleted_at").fetchone()[0] == 0
    return journalled


def _check_private(store: Store) -> None:
    conn = store.database.conn
    assert conn.execute("SELECT count(*) FROM sync_field WHERE field IN"
                        " ('my_role', 'private_notes', 'n', 'updated_at')").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM sync_journal WHERE field IN"
                        " ('my_role', 'private_notes', 'n', 'updated_at')"
                        " OR value LIKE ?", [f"%{CANARY}%"]).fetchone()[0] == 0
    assert conn.execute(
        "SELECT count(*) FROM sync_journal WHERE kind = 'feedback' AND record_id IN"
        " (SELECT id FROM feedback WHERE private = 1)").fetchone()[0] == 0


def _check_copy(store: Store, clock: FixedClock) -> None:
    copy = Store.in_memory(clock)
    try:
        report = send(store, copy)
        assert report.pending == 0
        assert dump(copy) == dump(store)
        assert problems(copy) == []
    finally:
        copy.close()


@pytest.mark.parametrize("fill", [_demo, _twenty_thousand], ids=["demo", "20000-records"])
def test_migration_2_stamps_and_journals_every_synced_field_once(
        tmp_path: Path, clock: FixedClock, fill: Any) -> None:
    store = _migrated(tmp_path, clock, fill)
    try:
        journalled = _check_journal(store)
        assert journalled > (700 if fill is _demo else 200_000)
        _check_private(store)
        _check_copy(store, clock)
        assert store.database.scalar("SELECT clock FROM sync_device") == \
            store.database.scalar("SELECT max(stamp) FROM sync_field")
    finally:
        store.close()
    assert checks(database_path(tmp_path / "data")) == (["ok"], [])
