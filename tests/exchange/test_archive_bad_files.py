"""Every kind of bad archive is refused with a message naming what and where.

The refusal comes before anything is written: the exit code is non-zero, the
database is unchanged byte for byte, and no backup was taken.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tandem_desktop import cli
from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.domain.translation import untranslated
from tandem_desktop.exchange.archive.export import export_archive
from tandem_desktop.exchange.archive.format import ArchiveError
from tandem_desktop.exchange.archive.parsing import parse_json
from tandem_desktop.exchange.archive.reading import read_archive
from tandem_desktop.storage.store import open_store
from tests.exchange.helpers import database_bytes, demo_folder


@pytest.fixture
def good_archive(tmp_path: Path, clock: FixedClock) -> dict[str, Any]:
    demo_folder(tmp_path / "source", clock)
    store = open_store(tmp_path / "source", clock)
    export_archive(store, tmp_path / "good.json", include_private=True)
    store.close()
    return json.loads((tmp_path / "good.json").read_text(encoding="utf-8"))


def _records(data: dict[str, Any], table: str) -> list[dict[str, Any]]:
    return data["tandems"][0]["records"][table]


def _json(change: Callable[[dict[str, Any]], None]) -> Callable[[dict[str, Any]], bytes]:
    def build(data: dict[str, Any]) -> bytes:
        change(data)
        return json.dumps(data).encode()
    return build


def _truncated(data: dict[str, Any]) -> bytes:
    text = json.dumps(data, indent=1).encode()
    return text[: len(text) // 2]


def _duplicate(data: dict[str, Any]) -> None:
    _records(data, "task").append(dict(_records(data, "task")[0]))


def _dangling(data: dict[str, Any]) -> None:
    _records(data, "task")[0]["area_id"] = "no-such-area"


def _huge_string(data: dict[str, Any]) -> None:
    _records(data, "task")[0]["notes"] = "x" * 10_000_000


def _long_string(data: dict[str, Any]) -> None:
    _records(data, "task")[0]["notes"] = "x" * 2_000_000


def _nan(data: dict[str, Any]) -> bytes:
    _records(data, "health_check")[0]["trust"] = float("nan")
    return json.dumps(data).encode()  # Python writes the bare word NaN


def _future(data: dict[str, Any]) -> None:
    data["version"] = 99


CASES: dict[str, tuple[Callable[[dict[str, Any]], bytes], str]] = {
    "truncated": (_truncated, "ends too early"),
    "empty": (lambda data: b"", "the file is empty"),
    "binary": (lambda data: bytes(range(256)) * 40, "not a text file"),
    "deep": (lambda data: b"[" * 100_000 + b"]" * 100_000, "nested more than"),
    "deeper than the format": (lambda data: b"[" * 20 + b"]" * 20, "nested more than"),
    "future": (_json(_future), "version 99"),
    "duplicate": (_json(_duplicate), "appears twice"),
    "dangling": (_json(_dangling), "refers to area “no-such-area”"),
    "huge string": (_json(_huge_string), "longer than"),
    "long string": (_json(_long_string), "longer than"),
    "nan": (_nan, "NaN"),
    "not utf-8": (lambda data: "Büro".encode("latin-1"), "not UTF-8"),
    "wrong type": (_json(lambda d: _records(d, "task")[0].update(priority=3)), "priority"),
    "missing field": (_json(lambda d: _records(d, "task")[0].pop("title")), "“title”"),
    "bad choice": (_json(lambda d: _records(d, "task")[0].update(status="maybe")), "status"),
    "not an archive": (lambda data: b'{"hello": 1}', "not a Tandem archive"),
    "infinity": (lambda data: b'{"format": "tandem-archive", "x": -Infinity}', "Infinity"),
    "huge number": (lambda data: b'{"format": "tandem-archive", "x": 1e999}', "too large"),
    "repeated key": (lambda data: b'{"format": "a", "format": "b"}', "appears twice"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_bad_file_is_refused_and_nothing_changes(case: str, good_archive: dict[str, Any],
                                                 tmp_path: Path, clock: FixedClock,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    build, expected = CASES[case]
    bad = tmp_path / "bad.json"
    bad.write_bytes(build(json.loads(json.dumps(good_archive))))
    folder = tmp_path / "target"
    demo_folder(folder, clock, "de")
    before = database_bytes(folder)

    code = cli.main(["--data-dir", str(folder), "import", str(bad)])

    error = capsys.readouterr().err
    assert code != 0
    assert expected in error
    assert str(bad) in error  # where: the file, and inside it the record or line
    assert "Traceback" not in error
    assert database_bytes(folder) == before
    assert not (folder / "backups").exists()


def test_messages_point_at_the_record(good_archive: dict[str, Any]) -> None:
    _dangling(good_archive)
    with pytest.raises(ArchiveError) as caught:
        from tandem_desktop.exchange.archive.schema import check_archive

        check_archive(good_archive, "x.json", translate=untranslated)
    task_id = good_archive["tandems"][0]["records"]["task"][0]["id"]
    assert caught.value.where == f"x.json: tandems[0].records.task[0] (id {task_id})"


def test_syntax_errors_name_line_and_column() -> None:
    with pytest.raises(ArchiveError) as caught:
        parse_json(b'{\n  "format": tandem\n}', "f.json", translate=untranslated)
    assert caught.value.where == "f.json, line 2, column 13"


def test_the_database_refusing_a_record_rolls_everything_back(
        good_archive: dict[str, Any], tmp_path: Path, clock: FixedClock) -> None:
    # A score outside 1..5 passes the field checks but not the schema's CHECK.
    _records(good_archive, "health_check")[-1]["trust"] = 9.0
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(good_archive))
    store = open_store(tmp_path / "target", clock)
    from tandem_desktop.exchange.archive.importing import import_archive

    with pytest.raises(ArchiveError, match="health_check"):
        import_archive(store, read_archive(path, translate=untranslated), translate=untranslated)
    assert store.tandems.count() == 0 and store.tasks.count() == 0
    store.close()
