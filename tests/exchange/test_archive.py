"""The JSON archive: round trip, private content, existing ids, atomic writing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.domain.records import Feedback
from tandem_desktop.domain.translation import untranslated
from tandem_desktop.exchange.archive import export as archive_export
from tandem_desktop.exchange.archive.export import export_archive
from tandem_desktop.exchange.archive.format import FORMAT_NAME, FORMAT_VERSION, ArchiveError
from tandem_desktop.exchange.archive.importing import import_archive
from tandem_desktop.exchange.archive.reading import read_archive
from tandem_desktop.storage.store import open_store
from tests.exchange.helpers import (
    demo_folder,
    failing_atomic_write,
    leftovers,
    write_version_1,
)


def _without_stamp(path: Path) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))
    data.pop("exported_at")
    return data


def test_round_trip_through_an_empty_folder(tmp_path: Path, clock: FixedClock) -> None:
    demo_folder(tmp_path / "one", clock, "de")
    first = tmp_path / "first.json"
    store = open_store(tmp_path / "one", clock)
    with store.transaction():  # something in the Trash travels too
        store.tasks.delete(store.tasks.list()[0].id)
    export_archive(store, first, include_private=True)
    store.close()

    clock.set(clock.now().replace(hour=15))  # a later export gets a later stamp
    target = open_store(tmp_path / "two", clock)
    result = import_archive(target, read_archive(first, translate=untranslated),
                            translate=untranslated)
    assert result.added > 50 and result.updated == result.skipped == 0
    assert result.backup is not None and result.backup.exists()
    second = tmp_path / "second.json"
    export_archive(target, second, include_private=True)
    assert target.tasks.count() == store_count_after(tmp_path / "one", clock)
    target.close()

    assert _without_stamp(first) == _without_stamp(second)
    stamps = [json.loads(p.read_text())["exported_at"] for p in (first, second)]
    assert stamps[0] != stamps[1]


def store_count_after(folder: Path, clock: FixedClock) -> int:
    store = open_store(folder, clock)
    try:
        return store.tasks.count()
    finally:
        store.close()


def test_format_name_and_version_come_first(tmp_path: Path, clock: FixedClock) -> None:
    demo_folder(tmp_path / "d", clock)
    store = open_store(tmp_path / "d", clock)
    export_archive(store, tmp_path / "a.json")
    store.close()
    data = json.loads((tmp_path / "a.json").read_text())
    assert list(data)[:2] == ["format", "version"]
    assert (data["format"], data["version"]) == (FORMAT_NAME, FORMAT_VERSION)


def test_private_content_only_when_asked(tmp_path: Path, clock: FixedClock) -> None:
    tandem = demo_folder(tmp_path / "d", clock)
    store = open_store(tmp_path / "d", clock)
    store.feedback.add(Feedback(tandem_id=tandem.id, direction="assistant_to_leader",
                                given_on="2026-11-20", situation="Only for me", private=True))
    assert any(m.private_notes for m in store.meetings.list())
    export_archive(store, tmp_path / "public.json")
    export_archive(store, tmp_path / "private.json", include_private=True)
    store.close()
    public = (tmp_path / "public.json").read_text()
    private = (tmp_path / "private.json").read_text()
    assert "Only for me" not in public and "Only for me" in private
    records = json.loads(public)["tandems"][0]["records"]
    assert all(meeting["private_notes"] == "" for meeting in records["meeting"])
    assert not any(entry["private"] for entry in records["feedback"])
    assert json.loads(public)["include_private"] is False


def test_one_tandem_by_id(tmp_path: Path, clock: FixedClock) -> None:
    demo_folder(tmp_path / "d", clock, "en")
    other = demo_folder(tmp_path / "d", clock, "de")
    store = open_store(tmp_path / "d", clock)
    result = export_archive(store, tmp_path / "a.json", tandem_id=other.id)
    store.close()
    data = json.loads((tmp_path / "a.json").read_text())
    assert result.tandems == 1
    assert [entry["tandem"]["name"] for entry in data["tandems"]] == [other.name]


def test_existing_records_are_kept_unless_update(tmp_path: Path, clock: FixedClock) -> None:
    """A version 1 file (no stamps): ``update`` overwrites what is here."""
    demo_folder(tmp_path / "d", clock)
    store = open_store(tmp_path / "d", clock)
    export_archive(store, tmp_path / "a.json")
    task = store.tasks.list()[0]
    store.tasks.change(task.id, title="Changed here")
    loaded = read_archive(write_version_1(tmp_path / "a.json", tmp_path / "v1.json"),
                          translate=untranslated)
    assert loaded.version == 1 and not loaded.stamped

    kept = import_archive(store, loaded, translate=untranslated)
    assert kept.added == 0 and kept.updated == 0 and kept.skipped == loaded.record_count
    assert kept.backup is None  # nothing to write, nothing to back up
    assert store.tasks.get(task.id).title == "Changed here"

    updated = import_archive(store, loaded, translate=untranslated, update=True)
    assert updated.updated == loaded.record_count
    assert store.tasks.get(task.id).title == task.title
    # The full-text index follows the overwritten record.
    assert store.tasks.count_lines(task.tandem_id, view="all", text="Changed") == 0
    store.close()


def test_imported_records_are_searchable(tmp_path: Path, clock: FixedClock) -> None:
    demo_folder(tmp_path / "d", clock)
    store = open_store(tmp_path / "d", clock)
    export_archive(store, tmp_path / "a.json")
    first = store.tasks.list()[0]
    store.close()
    target = open_store(tmp_path / "e", clock)
    import_archive(target, read_archive(tmp_path / "a.json", translate=untranslated),
                   translate=untranslated)
    word = first.title.split()[0]
    assert target.tasks.count_lines(first.tandem_id, view="all", text=word) >= 1
    target.close()


def test_a_record_of_another_tandem_is_refused(tmp_path: Path, clock: FixedClock) -> None:
    demo_folder(tmp_path / "d", clock)
    store = open_store(tmp_path / "d", clock)
    export_archive(store, tmp_path / "a.json")
    data = json.loads((tmp_path / "a.json").read_text())
    other = store.tandems.add(store.tandems.list()[0].__class__(
        name="Other", leader_name="A", assistant_name="B", my_role="leader"))
    entry = data["tandems"][0]
    entry["tandem"]["id"] = other.id
    for rows in entry["records"].values():
        for row in rows:
            row["tandem_id"] = other.id
    (tmp_path / "b.json").write_text(json.dumps(data))
    with pytest.raises(ArchiveError, match="another tandem"):
        import_archive(store, read_archive(tmp_path / "b.json", translate=untranslated),
                       translate=untranslated)
    store.close()


def test_interrupted_export_leaves_no_file(tmp_path: Path, clock: FixedClock,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    demo_folder(tmp_path / "d", clock)
    store = open_store(tmp_path / "d", clock)
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(archive_export, "atomic_write", failing_atomic_write)
    with pytest.raises(OSError, match="No space"):
        export_archive(store, out / "a.json")
    assert not (out / "a.json").exists()
    assert leftovers(out) == []
    # An earlier export under that name survives a failed one untouched.
    (out / "a.json").write_text("earlier")
    with pytest.raises(OSError):
        export_archive(store, out / "a.json")
    assert (out / "a.json").read_text() == "earlier"
    store.close()


def test_progress_is_reported(tmp_path: Path, clock: FixedClock) -> None:
    demo_folder(tmp_path / "d", clock)
    store = open_store(tmp_path / "d", clock)
    export_archive(store, tmp_path / "a.json")
    seen: list[tuple[int, int]] = []
    target = open_store(tmp_path / "e", clock)
    import_archive(target, read_archive(tmp_path / "a.json", translate=untranslated),
                   translate=untranslated, progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1]
    store.close()
    target.close()


def test_updating_from_a_public_archive_keeps_private_notes(tmp_path: Path,
                                                            clock: FixedClock) -> None:
    demo_folder(tmp_path / "d", clock)
    store = open_store(tmp_path / "d", clock)
    meeting = next(m for m in store.meetings.list() if m.private_notes)
    export_archive(store, tmp_path / "public.json")
    import_archive(store, read_archive(tmp_path / "public.json", translate=untranslated),
                   translate=untranslated, update=True)
    assert store.meetings.get(meeting.id).private_notes == meeting.private_notes
    store.close()
