"""SIGKILL while a large batch of the partner's changes is applied: all of it or none.

The copy already holds the first part of the partner's tandem (and a tandem of
its own); the batch, over 20,000 field changes, adds records to it (children of
records the copy has and of records in the same batch), edits and deletes some
it has. After every kill the file passes integrity_check and foreign_key_check
and holds exactly the state before the batch or exactly the state after it.
"""

from __future__ import annotations

import dataclasses
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tandem_desktop.domain.changes import Change
from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.domain.records import AgendaItem, Meeting, Task
from tandem_desktop.storage.database import Database, connect_read_only
from tandem_desktop.storage.journal import journal_of
from tandem_desktop.storage.merge import apply_changes
from tandem_desktop.storage.store import Store, database_path, open_store
from tests.conftest import make_tandem
from tests.reliability.helpers import checks, fill
from tests.storage.copies import changes_of, dump

WORKER = Path(__file__).with_name("kill_merge_worker.py")
CYCLES = 10

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")


def _start(data_dir: Path, batch: Path) -> subprocess.Popen[str]:
    environment = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])}
    return subprocess.Popen([sys.executable, str(WORKER), str(data_dir), str(batch)],
                            stdout=subprocess.PIPE, text=True, env=environment)


def _wait_for(child: subprocess.Popen[str], word: str) -> float:
    assert child.stdout is not None
    while True:
        line = child.stdout.readline().strip()
        assert line or child.poll() is None, f"the worker ended before {word!r}"
        if line == word:
            return time.perf_counter()


def _end(child: subprocess.Popen[str], *, kill: bool) -> None:
    if kill:
        os.kill(child.pid, signal.SIGKILL)
    child.wait()
    if child.stdout is not None:
        child.stdout.close()


def _state(data_dir: Path) -> tuple[dict[str, Any], list[Any], int]:
    """The canonical dump, the field stamps and how many changes wait, read without writing."""
    conn = connect_read_only(database_path(data_dir))
    try:
        stamps = conn.execute("SELECT * FROM sync_field ORDER BY kind, record_id, field")
        return (dump(Store(Database(conn))), stamps.fetchall(),
                int(conn.execute("SELECT count(*) FROM sync_pending").fetchone()[0]))
    finally:
        conn.close()


def _scene(tmp_path: Path, clock: FixedClock) -> tuple[Path, Path, dict[str, Any]]:
    """The copy before the batch (a folder), the batch (a file) and the partner's dump."""
    partner = Store.in_memory(clock)
    tandem = make_tandem(partner, my_role="leader")
    with partner.transaction():
        meetings = [partner.meetings.add(Meeting(
            tandem_id=tandem.id, starts_at="2026-11-02T09:00:00Z", title=f"Check-in {n}"))
            for n in range(200)]
    first = changes_of(partner)
    journal = journal_of(partner.database)
    assert journal is not None
    seen = journal.last_seq()
    chance = random.Random(21)
    with partner.transaction():
        meetings += [partner.meetings.add(Meeting(
            tandem_id=tandem.id, starts_at="2026-12-07T09:00:00Z", title=f"Later {n}"))
            for n in range(300)]
        for n in range(500):
            partner.agenda.add(AgendaItem(tandem_id=tandem.id,
                                          meeting_id=chance.choice(meetings).id,
                                          text=f"Topic {n}", added_by="assistant", position=n))
        for n in range(720):
            partner.tasks.add(Task(tandem_id=tandem.id, title=f"Action {n}", owner="assistant",
                                   meeting_id=chance.choice(meetings).id, notes="x" * 40))
        for meeting in meetings[:200]:
            partner.meetings.change(meeting.id, title=f"{meeting.title} (moved)",
                                    shared_notes="Agreed")
        for meeting in meetings[190:200]:
            partner.meetings.delete(meeting.id)
    batch = [dataclasses.astuple(change) for change in changes_of(partner, after=seen)]
    assert len(batch) > 20_000

    base = tmp_path / "base"
    copy = open_store(base, clock)
    fill(copy, count=3)  # the copy's own tandem
    apply_changes(copy, first, confirm_deletions=True)
    copy.close()
    path = tmp_path / "batch.json"
    path.write_text(json.dumps(batch), encoding="utf-8")
    expected = dump(partner)
    partner.close()
    return base, path, expected


def _partner_part(state: dict[str, Any], partner: dict[str, Any]) -> dict[str, Any]:
    """The rows of ``state`` that belong to the partner's records."""
    ids = {table: {row["id"] for row in rows} for table, rows in partner.items()
           if table != "tombstones"}
    return {table: [row for row in rows if row["id"] in ids[table]]
            for table, rows in state.items() if table != "tombstones"}


def test_kill_while_a_large_batch_is_applied(tmp_path: Path, clock: FixedClock) -> None:
    base, batch, partner = _scene(tmp_path, clock)
    before = _state(base)
    # One undisturbed run tells how long applying takes here, and what "all" is.
    probe = tmp_path / "probe"
    shutil.copytree(base, probe)
    child = _start(probe, batch)
    started = _wait_for(child, "applying")
    duration = _wait_for(child, "done") - started
    _end(child, kill=False)
    after = _state(probe)
    assert after[2] == 0 and after[:2] != before[:2]
    assert _partner_part(after[0], partner) == _partner_part(partner, partner)  # all of it

    rng = random.Random(22)
    outcomes = []
    for cycle in range(CYCLES):
        work = tmp_path / f"work{cycle}"
        shutil.copytree(base, work)
        child = _start(work, batch)
        _wait_for(child, "applying")
        time.sleep(rng.random() * duration * 1.2)
        _end(child, kill=True)
        assert checks(database_path(work)) == (["ok"], [])
        state = _state(work)
        assert state in (before, after), f"cycle {cycle}: part of the batch is there"
        outcomes.append("all" if state == after else "none")
    assert "none" in outcomes  # a kill hit before the batch committed

    # The next start takes the batch whole.
    redo = tmp_path / f"work{outcomes.index('none')}"
    store = open_store(redo, clock)
    try:
        apply_changes(store, [Change(*fields) for fields in json.loads(batch.read_text())],
                      confirm_deletions=True)
    finally:
        store.close()
    assert _state(redo) == after
    assert checks(database_path(redo)) == (["ok"], [])
