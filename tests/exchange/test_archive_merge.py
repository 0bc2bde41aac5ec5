"""Importing a version 2 archive merges it as the partner sync does: per field, newer wins."""

from __future__ import annotations

import itertools
import json
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from tandem_desktop.demo import create_demo
from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.domain.hlc import parse
from tandem_desktop.domain.records import Area, Task
from tandem_desktop.domain.translation import untranslated
from tandem_desktop.exchange.archive import merging
from tandem_desktop.exchange.archive.export import export_archive
from tandem_desktop.exchange.archive.format import EVERY_OTHER_FIELD, ArchiveError
from tandem_desktop.exchange.archive.importing import import_archive
from tandem_desktop.exchange.archive.planning import ImportResult
from tandem_desktop.exchange.archive.reading import read_archive
from tandem_desktop.storage.database import Database, connect
from tandem_desktop.storage.merge import FUTURE
from tandem_desktop.storage.migrator import migrate
from tandem_desktop.storage.store import Store, database_path, open_store
from tests.conftest import NOW
from tests.exchange.helpers import as_version_1
from tests.old_files import old_store
from tests.storage.copies import dump, problems

_files = itertools.count()


@dataclass
class Pair:
    """The assistant's copy and the leader's, each on its own clock, one tandem in both."""

    assistant: Store
    leader: Store
    assistant_clock: FixedClock
    leader_clock: FixedClock
    tandem_id: str
    folder: Path

    def later(self, minutes: int = 1) -> None:
        self.assistant_clock.advance(timedelta(minutes=minutes))
        self.leader_clock.advance(timedelta(minutes=minutes))

    def file_of(self, source: Store, **options: Any) -> Path:
        path = self.folder / f"archive-{next(_files)}.json"
        export_archive(source, path, **options)
        return path

    def send(self, source: Store, target: Store, *, update: bool = True,
             confirm: bool = False) -> ImportResult:
        return bring_in(target, self.file_of(source), update=update, confirm=confirm)


def bring_in(target: Store, path: Path, *, update: bool = True,
             confirm: bool = False) -> ImportResult:
    return import_archive(target, read_archive(path, translate=untranslated),
                          translate=untranslated, update=update, confirm_deletions=confirm)


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    assistant_clock, leader_clock = FixedClock(NOW), FixedClock(NOW)
    assistant = open_store(tmp_path / "assistant", assistant_clock)
    tandem = create_demo(assistant, "en", assistant_clock.today())
    leader = open_store(tmp_path / "leader", leader_clock)
    found = Pair(assistant, leader, assistant_clock, leader_clock, tandem.id, tmp_path)
    found.later()
    found.send(assistant, leader, update=False)
    leader.tandems.change(tandem.id, my_role="leader")
    found.later()
    yield found
    assistant.close()
    leader.close()


def exchange(pair: Pair) -> tuple[ImportResult, ImportResult]:
    """Both export at the same time, then each imports the other's file."""
    from_assistant, from_leader = pair.file_of(pair.assistant), pair.file_of(pair.leader)
    return bring_in(pair.leader, from_assistant), bring_in(pair.assistant, from_leader)


def converged(pair: Pair) -> None:
    assert dump(pair.assistant) == dump(pair.leader)
    assert problems(pair.assistant) == problems(pair.leader) == []


def test_the_first_import_brings_the_tandem_whole_with_its_stamps(pair: Pair) -> None:
    converged(pair)
    assert pair.leader.tandems.get(pair.tandem_id).my_role == "leader"
    assert pair.assistant.tandems.get(pair.tandem_id).my_role == "assistant"


def test_edits_of_different_fields_of_one_record_both_survive(pair: Pair) -> None:
    task = pair.assistant.tasks.for_tandem(pair.tandem_id)[0]
    pair.assistant.tasks.change(task.id, title="Book the hotel in Lyon")
    pair.leader.tasks.change(task.id, due_on="2026-12-24")
    to_leader, to_assistant = exchange(pair)
    assert (to_leader.updated, to_assistant.updated) == (1, 1)
    assert to_leader.conflicts == to_assistant.conflicts == 0  # one side each: no conflict
    for store in (pair.assistant, pair.leader):
        kept = store.tasks.get(task.id)
        assert (kept.title, kept.due_on) == ("Book the hotel in Lyon", "2026-12-24")
    converged(pair)
    assert pair.leader.tandems.get(pair.tandem_id).my_role == "leader"


def test_an_edit_after_the_delete_brings_the_record_back(pair: Pair) -> None:
    task = pair.assistant.tasks.for_tandem(pair.tandem_id)[0]
    pair.leader.tasks.delete(task.id)
    pair.later()
    pair.assistant.tasks.change(task.id, notes="Still needed: the client asked again")
    to_leader, _ = exchange(pair)
    assert to_leader.came_back == 1
    assert pair.leader.tasks.get(task.id).notes.startswith("Still needed")
    converged(pair)


def test_a_delete_after_the_edit_wins(pair: Pair) -> None:
    task = pair.assistant.tasks.for_tandem(pair.tandem_id)[0]
    pair.assistant.tasks.change(task.id, notes="Edited first")
    pair.later()
    pair.leader.tasks.delete(task.id)
    exchange(pair)
    for store in (pair.assistant, pair.leader):
        assert store.tasks.get(task.id, include_deleted=True).deleted_at is not None
    converged(pair)


def test_the_text_that_lost_a_concurrent_edit_is_kept(pair: Pair) -> None:
    task = pair.assistant.tasks.for_tandem(pair.tandem_id)[0]
    pair.leader.tasks.change(task.id, title="The leader's title")
    pair.later()
    pair.assistant.tasks.change(task.id, title="The assistant's title")
    to_leader, to_assistant = exchange(pair)
    assert (to_leader.conflicts, to_assistant.conflicts) == (1, 0)
    rows = pair.leader.database.query("SELECT field, kept_value, lost_value FROM sync_conflict")
    assert rows == [{"field": "title", "kept_value": json.dumps("The assistant's title"),
                     "lost_value": json.dumps("The leader's title")}]
    converged(pair)


def test_a_tombstone_outlives_every_older_file(pair: Pair) -> None:
    old = pair.file_of(pair.assistant)
    task = pair.leader.tasks.for_tandem(pair.tandem_id)[0]
    pair.leader.tasks.delete(task.id)
    pair.leader.tasks.purge(task.id)
    result = pair.send(pair.leader, pair.assistant)
    assert result.removed == 1
    for store in (pair.assistant, pair.leader):
        assert bring_in(store, old).added == 0
        assert store.tasks.find(task.id) is None
        assert store.database.query("SELECT 1 FROM task WHERE id = ?", [task.id]) == []
    converged(pair)


def test_a_large_deletion_waits_for_confirmation(pair: Pair) -> None:
    pair.assistant.tasks.add_many(Task(tandem_id=pair.tandem_id, title=f"Invoice {number}",
                                       owner="assistant") for number in range(25))
    pair.send(pair.assistant, pair.leader)
    pair.later()
    with pair.leader.transaction():
        for task in pair.leader.tasks.for_tandem(pair.tandem_id):
            if task.title.startswith("Invoice"):
                pair.leader.tasks.delete(task.id)
    path = pair.file_of(pair.leader)
    held = bring_in(pair.assistant, path)
    assert held.held_deletions == 25 and held.updated == 0
    assert sum(t.title.startswith("Invoice") for t in pair.assistant.tasks.list()) == 25
    confirmed = bring_in(pair.assistant, path, confirm=True)
    assert confirmed.held_deletions == 0 and confirmed.updated == 25
    assert not any(t.title.startswith("Invoice") for t in pair.assistant.tasks.list())
    converged(pair)


def test_what_this_computer_holds_of_its_own_stays(pair: Pair) -> None:
    meeting = next(m for m in pair.leader.meetings.for_tandem(pair.tandem_id))
    pair.leader.meetings.change(meeting.id, private_notes="The leader's own notes")
    pair.assistant.meetings.change(meeting.id, private_notes="The assistant's own notes",
                                   shared_notes="Agreed on the travel policy")
    path = pair.file_of(pair.assistant, include_private=True)
    result = bring_in(pair.leader, path)
    assert result.updated >= 1
    kept = pair.leader.meetings.get(meeting.id)
    assert (kept.private_notes, kept.shared_notes) == (
        "The leader's own notes", "Agreed on the travel policy")
    assert pair.leader.tandems.get(pair.tandem_id).my_role == "leader"


def test_a_second_import_of_the_same_file_changes_nothing(pair: Pair) -> None:
    pair.assistant.tasks.change(pair.assistant.tasks.for_tandem(pair.tandem_id)[0].id,
                                title="Changed once")
    path = pair.file_of(pair.assistant)
    first = bring_in(pair.leader, path)
    before = dump(pair.leader)
    second = bring_in(pair.leader, path)
    assert first.updated == 1 and first.backup is not None
    assert (second.added, second.updated) == (0, 0) and second.backup is None
    assert dump(pair.leader) == before


def test_a_plain_import_adds_new_records_and_keeps_the_others(pair: Pair) -> None:
    known = pair.assistant.tasks.for_tandem(pair.tandem_id)[0]
    pair.assistant.tasks.change(known.id, title="Edited by the assistant")
    new = pair.assistant.tasks.add(Task(tandem_id=pair.tandem_id, title="New task",
                                        owner="leader"))
    result = pair.send(pair.assistant, pair.leader, update=False)
    assert (result.added, result.updated) == (1, 0)
    assert pair.leader.tasks.get(known.id).title == known.title
    assert pair.leader.tasks.get(new.id).title == "New task"
    pair.send(pair.assistant, pair.leader)  # and the edit with --update
    converged(pair)


def test_a_record_new_here_whose_parent_is_gone_for_good_here(pair: Pair) -> None:
    area = pair.leader.areas.add(Area(tandem_id=pair.tandem_id, name="Travel", owner="assistant"))
    pair.send(pair.leader, pair.assistant)
    pair.later()
    pair.leader.areas.delete(area.id)
    pair.leader.areas.purge(area.id)
    task = pair.assistant.tasks.add(Task(tandem_id=pair.tandem_id, title="Visa for Japan",
                                         owner="assistant", area_id=area.id))
    to_leader, _ = exchange(pair)
    assert to_leader.added == 1
    assert pair.leader.tasks.get(task.id).area_id is None  # the reference reads as empty
    assert pair.leader.areas.find(area.id) is None and pair.assistant.areas.find(area.id) is None
    converged(pair)


def test_stamps_far_ahead_of_this_clock_wait(pair: Pair) -> None:
    task = pair.assistant.tasks.add(Task(tandem_id=pair.tandem_id, title="From the future",
                                         owner="assistant"))
    path = pair.file_of(pair.assistant)
    data = json.loads(path.read_text(encoding="utf-8"))
    entry = next(row for row in data["tandems"][0]["records"]["task"] if row["id"] == task.id)
    stamp = parse(entry["stamps"][EVERY_OTHER_FIELD])
    ahead = f"{stamp.millis + 3 * 86_400_000:013d}-0000-{stamp.device}"
    entry["stamps"] = {EVERY_OTHER_FIELD: ahead}
    path.write_text(json.dumps(data), encoding="utf-8")
    waiting = bring_in(pair.leader, path)
    assert waiting.added == 0 and waiting.waiting.get(FUTURE)
    assert pair.leader.tasks.find(task.id) is None
    pair.leader_clock.advance(timedelta(days=4))
    arrived = bring_in(pair.leader, path)
    assert arrived.added == 1 and pair.leader.tasks.get(task.id).title == "From the future"


def test_a_record_in_the_trash_before_the_upgrade_stays_there(tmp_path: Path,
                                                              clock: FixedClock) -> None:
    """Schema version 2 stamps every field of an old record alike: the delete still wins."""
    old = database_path(tmp_path / "one")
    old.parent.mkdir()
    conn = connect(old)
    database = Database(conn, old, clock)
    migrate(database, target=1)
    store = old_store(database)
    create_demo(store, "en", clock.today())
    conn.close()
    shutil.copytree(tmp_path / "one", tmp_path / "two")  # the same records, still live there
    conn = connect(old)
    database = Database(conn, old, clock)
    store = Store(database)
    task = store.tasks.list()[0]
    clock.advance(timedelta(hours=1))
    store.tasks.delete(task.id)
    conn.close()

    one, two = open_store(tmp_path / "one", clock), open_store(tmp_path / "two", clock)
    empty = open_store(tmp_path / "three", clock)
    try:
        path = tmp_path / "one.json"
        export_archive(one, path)
        bring_in(two, path)
        bring_in(empty, path, update=False)
        for copy in (two, empty):
            assert copy.tasks.get(task.id, include_deleted=True).deleted_at is not None
            assert dump(copy) == dump(one)
    finally:
        for opened in (one, two, empty):
            opened.close()


def test_a_change_the_database_refuses_refuses_the_whole_file(
        pair: Pair, monkeypatch: pytest.MonkeyPatch) -> None:
    new = pair.assistant.tasks.add(Task(tandem_id=pair.tandem_id, title="Written first",
                                        owner="leader"))
    pair.assistant.tasks.change(pair.assistant.tasks.list()[0].id, title="Merged next")
    path = pair.file_of(pair.assistant)
    before = dump(pair.leader)

    def refuse(*args: object, **options: object) -> None:
        raise sqlite3.IntegrityError("CHECK constraint failed: title")

    monkeypatch.setattr(merging.Merger, "apply", refuse)
    with pytest.raises(ArchiveError, match="refused a change of the file: CHECK"):
        bring_in(pair.leader, path)
    assert dump(pair.leader) == before  # the record written before the merge went too
    assert pair.leader.tasks.find(new.id) is None


def test_a_record_overwritten_in_the_trash_stays_there_for_the_partner(pair: Pair) -> None:
    """A version 1 file overwrites a record in the Trash; the partner's copy keeps it there."""
    task = pair.leader.tasks.for_tandem(pair.tandem_id)[0]
    pair.leader.tasks.delete(task.id)
    pair.send(pair.leader, pair.assistant)
    pair.later()
    path = pair.file_of(pair.leader)
    data = as_version_1(json.loads(path.read_text(encoding="utf-8")))
    next(row for row in data["tandems"][0]["records"]["task"]
         if row["id"] == task.id)["title"] = "Renamed in the Trash"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert bring_in(pair.leader, path).updated > 0  # version 1: overwritten
    pair.send(pair.leader, pair.assistant)
    for store in (pair.leader, pair.assistant):
        kept = store.tasks.get(task.id, include_deleted=True)
        assert (kept.title, kept.deleted_at is not None) == ("Renamed in the Trash", True)
    converged(pair)
