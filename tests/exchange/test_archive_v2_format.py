"""Archive format version 2: the stamps of every synced field, tombstones, nothing private."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.domain.records import Feedback, Meeting
from tandem_desktop.domain.translation import untranslated
from tandem_desktop.exchange.archive.export import build_archive, export_archive
from tandem_desktop.exchange.archive.format import EVERY_OTHER_FIELD, ArchiveError
from tandem_desktop.exchange.archive.importing import import_archive
from tandem_desktop.exchange.archive.reading import read_archive
from tandem_desktop.exchange.archive.schema import check_archive
from tandem_desktop.storage.journal import journal_of
from tandem_desktop.storage.store import Store, open_store
from tests.exchange.helpers import demo_folder
from tests.storage.copies import dump, problems

CANARY = "CANARY-7f3e-never-leaves"
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def demo(tmp_path: Path, clock: FixedClock) -> Store:
    demo_folder(tmp_path / "demo", clock)
    store = open_store(tmp_path / "demo", clock)
    yield store  # type: ignore[misc]
    store.close()


def _stamps_of(entry: dict[str, Any], fields: list[str]) -> dict[str, str]:
    given = entry["stamps"]
    return {name: given.get(name, given.get(EVERY_OTHER_FIELD)) for name in fields}


def test_every_record_carries_the_stamp_of_every_synced_field(demo: Store) -> None:
    journal = journal_of(demo.database)
    assert journal is not None
    task = demo.tasks.list()[0]
    demo.tasks.change(task.id, title="Renamed")  # one field with a stamp of its own
    data = build_archive(demo)
    assert data["version"] == 2
    entry = data["tandems"][0]
    rows = [("tandem", entry["tandem"])] + [
        (table, row) for table, rows in entry["records"].items() for row in rows]
    for table, row in rows:
        synced = list(demo.repository_for(table)._synced)
        assert _stamps_of(row, synced) == journal.field_stamps(table, row["id"]), table
    exported = next(row for row in entry["records"]["task"] if row["id"] == task.id)
    assert exported["stamps"]["title"] != exported["stamps"][EVERY_OTHER_FIELD]
    # The title replaced the value made with the task: the file says which.
    assert exported["replaced"] == {"title": exported["stamps"][EVERY_OTHER_FIELD]}
    assert "my_role" not in entry["tandem"]["stamps"]  # this computer's own


def test_tombstones_travel_with_their_tandem(demo: Store) -> None:
    task = demo.tasks.list()[0]
    demo.tasks.delete(task.id)
    demo.tasks.purge(task.id)
    entry = build_archive(demo)["tandems"][0]
    assert [(stone["kind"], stone["id"]) for stone in entry["tombstones"]] == [("task", task.id)]
    assert task.id not in json.dumps(entry["records"])


def test_a_canary_in_every_private_field_never_leaves_without_the_private_option(
        demo: Store, tmp_path: Path) -> None:
    tandem = demo.tandems.list()[0]
    with demo.transaction():
        for meeting in demo.meetings.for_tandem(tandem.id):
            demo.meetings.change(meeting.id, private_notes=f"{CANARY} notes")
        meeting = demo.meetings.add(Meeting(tandem_id=tandem.id, title="One to one",
                                            starts_at="2026-11-30T09:00:00Z",
                                            private_notes=CANARY))
        private = demo.feedback.add(Feedback(
            tandem_id=tandem.id, direction="assistant_to_leader", given_on="2026-11-20",
            situation=CANARY, behaviour=CANARY, impact=CANARY, request=CANARY,
            meeting_id=meeting.id, private=True))
        shared = demo.feedback.add(Feedback(
            tandem_id=tandem.id, direction="leader_to_assistant", given_on="2026-11-21",
            situation="Shared first"))
        # Feedback that was shared and then marked private (withdrawn), then edited.
        demo.feedback.change(shared.id, private=True)
        demo.feedback.change(shared.id, situation=CANARY)
    export_archive(demo, tmp_path / "public.json")
    export_archive(demo, tmp_path / "private.json", include_private=True)
    public = (tmp_path / "public.json").read_text(encoding="utf-8")
    assert CANARY not in public
    assert private.id not in public and shared.id not in public
    assert json.loads(public)["version"] == 2

    # With the private option the content travels, but never with stamps.
    data = json.loads((tmp_path / "private.json").read_text(encoding="utf-8"))
    feedback = {row["id"]: row for row in data["tandems"][0]["records"]["feedback"]}
    assert feedback[private.id]["situation"] == CANARY
    assert "stamps" not in feedback[private.id] and "stamps" not in feedback[shared.id]
    assert all("private_notes" not in row.get("stamps", {})
               for row in data["tandems"][0]["records"]["meeting"])


def test_a_private_archive_comes_back_whole_into_an_empty_folder(
        demo: Store, tmp_path: Path, clock: FixedClock) -> None:
    tandem = demo.tandems.list()[0]
    demo.feedback.add(Feedback(tandem_id=tandem.id, direction="assistant_to_leader",
                               given_on="2026-11-20", situation="Only for me", private=True))
    export_archive(demo, tmp_path / "a.json", include_private=True)
    target = open_store(tmp_path / "target", clock)
    try:
        result = import_archive(target, read_archive(tmp_path / "a.json", translate=untranslated),
                                translate=untranslated)
        assert result.merged and result.added == read_archive(
            tmp_path / "a.json", translate=untranslated).record_count
        assert dump(target) == dump(demo)
        def private(store: Store) -> list[Feedback]:
            return sorted((f for f in store.feedback.for_tandem(tandem.id) if f.private),
                          key=lambda f: f.id)

        assert "Only for me" in [f.situation for f in private(target)]
        assert private(target) == private(demo)
        assert {m.id: m.private_notes for m in target.meetings.for_tandem(tandem.id)} == {
            m.id: m.private_notes for m in demo.meetings.for_tandem(tandem.id)}
        assert target.tandems.get(tandem.id).my_role == tandem.my_role
        assert problems(target) == []
        # The private feedback stays out of this copy's journal too.
        journal = journal_of(target.database)
        assert journal is not None
        assert "Only for me" not in json.dumps([c.value for _, c in journal.changes()])
    finally:
        target.close()


def test_a_version_1_file_of_the_earlier_app_still_imports(tmp_path: Path,
                                                          clock: FixedClock) -> None:
    """Written by the app before field stamps, at schema version 1, with a task in the Trash."""
    path = FIXTURES / "demo-archive-v1.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert (raw["version"], raw["schema_version"]) == (1, 1)
    archive = read_archive(path, translate=untranslated)
    assert archive.version == 1 and not archive.stamped
    store = open_store(tmp_path / "target", clock)
    try:
        result = import_archive(store, archive, translate=untranslated)
        assert not result.merged and result.added == archive.record_count
        trashed = [task.title for task in store.tasks.list(deleted=True)]
        assert len(trashed) == 1
        # Exported again, it is a version 2 file with the same records.
        export_archive(store, tmp_path / "again.json")
        again = json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))
        assert again["version"] == 2
        for table, rows in raw["tandems"][0]["records"].items():
            assert [row["id"] for row in again["tandems"][0]["records"][table]] == [
                row["id"] for row in rows]
        assert problems(store) == []
        # Its records were stamped on arrival, each in one write: the task in the Trash
        # stays there in the partner's copy too.
        partner = open_store(tmp_path / "partner", clock)
        try:
            import_archive(partner, read_archive(tmp_path / "again.json",
                                                 translate=untranslated),
                           translate=untranslated)
            assert len(partner.tasks.list(deleted=True)) == 1
            assert dump(partner) == dump(store)
        finally:
            partner.close()
    finally:
        store.close()


def _first(data: dict[str, Any], table: str) -> dict[str, Any]:
    row: dict[str, Any] = data["tandems"][0]["records"][table][0]
    return row


def _private_with_stamps(data: dict[str, Any]) -> None:
    row = _first(data, "feedback")
    row["private"] = True


BAD: dict[str, tuple[Callable[[dict[str, Any]], None], str]] = {
    "no stamps": (lambda d: _first(d, "task").pop("stamps"), "“stamps” must be an object"),
    "a field without a stamp": (
        lambda d: _first(d, "task").update(stamps={"title": _first(d, "task")["stamps"]["*"]}),
        "no stamp for the field"),
    "not a stamp": (lambda d: _first(d, "task")["stamps"].update(title="yesterday"),
                    "must look like"),
    "a stamp for a local field": (
        lambda d: d["tandems"][0]["tandem"]["stamps"].update(
            my_role=d["tandems"][0]["tandem"]["stamps"]["*"]),
        "does not sync: “my_role”"),
    "replaced is no object": (lambda d: _first(d, "task").update(replaced=["x"]),
                              "“replaced” must be"),
    "private content with stamps": (_private_with_stamps, "private carries no stamps"),
    "undone delete of a deleted record": (
        lambda d: _first(d, "task").update(deleted_at="2026-11-01T09:00:00Z",
                                           undone_delete="2026-11-01T09:00:00Z"),
        "no “undone_delete”"),
    "bad tombstone": (lambda d: d["tandems"][0].update(tombstones=[{"kind": "task"}]),
                      "a tombstone must be"),
    "tombstone of an unknown kind": (
        lambda d: d["tandems"][0].update(tombstones=[
            {"kind": "spaceship", "id": "x", "stamp": _first(d, "task")["stamps"]["*"]}]),
        "unknown kind of record"),
    "tombstone of a record in the file": (
        lambda d: d["tandems"][0].update(tombstones=[
            {"kind": "task", "id": _first(d, "task")["id"],
             "stamp": _first(d, "task")["stamps"]["*"]}]),
        "also deleted for good"),
    "stamps in a version 1 file": (lambda d: d.update(version=1), "unknown entry “tombstones”"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_bad_stamps_are_refused(case: str, demo: Store) -> None:
    change, expected = BAD[case]
    data = json.loads(json.dumps(build_archive(demo)))
    change(data)
    with pytest.raises(ArchiveError, match=expected):
        check_archive(data, "x.json", translate=untranslated)
