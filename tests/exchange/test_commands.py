"""`tandem export` and `tandem import` from the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tandem_desktop import cli
from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.storage.lock import FolderLock
from tests.exchange.helpers import as_version_1, database_bytes, demo_folder


def run(folder: Path, *args: str) -> int:
    return cli.main(["--data-dir", str(folder), *args])


@pytest.fixture
def folder(tmp_path: Path, clock: FixedClock) -> Path:
    demo_folder(tmp_path / "data", clock)
    return tmp_path / "data"


def test_round_trip_on_the_command_line(folder: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert run(folder, "export", "--format", "json", "--include-private",
               str(tmp_path / "a.json")) == 0
    assert run(tmp_path / "empty", "import", str(tmp_path / "a.json")) == 0
    out = capsys.readouterr().out
    assert "added" in out and "backup taken" in out
    assert run(tmp_path / "empty", "export", "--format", "json", "--include-private",
               str(tmp_path / "b.json")) == 0
    first, second = (json.loads((tmp_path / name).read_text()) for name in ("a.json", "b.json"))
    first.pop("exported_at")
    second.pop("exported_at")
    assert first == second
    # A second import keeps what is there and says so.
    assert run(tmp_path / "empty", "import", str(tmp_path / "a.json")) == 0
    assert "0 added" in capsys.readouterr().out


def test_every_format_writes_its_file(qapp, folder: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    name = "Office of the Managing Director"
    for args, file in ((["--format", "csv", "--what", "tasks"], "t.csv"),
                       (["--format", "md", "--tandem", name], "h.md"),
                       (["--format", "pdf"], "h.pdf"),
                       (["--format", "ics", "--tandem", name], "c.ics")):
        assert run(folder, "export", *args, str(tmp_path / file)) == 0, args
        assert (tmp_path / file).stat().st_size > 0
    assert (tmp_path / "h.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "c.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_clear_errors(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(folder, "export", "--format", "csv", str(tmp_path / "x.csv")) == 1
    assert "--what" in capsys.readouterr().err
    assert run(folder, "export", "--format", "json", "--tandem", "Nobody",
               str(tmp_path / "x.json")) == 1
    assert "no tandem called “Nobody”" in capsys.readouterr().err
    assert run(tmp_path / "none", "export", "--format", "json", str(tmp_path / "x.json")) == 1
    assert "no database" in capsys.readouterr().err
    assert not (tmp_path / "none").exists()
    assert run(folder, "export", "--format", "json", str(tmp_path)) == 1
    assert "is a folder" in capsys.readouterr().err


def test_import_refused_while_the_app_holds_the_folder(
        folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(folder, "export", "--format", "json", str(tmp_path / "a.json")) == 0
    before = database_bytes(folder)
    with FolderLock(folder):
        # Reading is safe while the app runs; writing is not.
        assert run(folder, "export", "--format", "csv", "--what", "rules",
                   str(tmp_path / "r.csv")) == 0
        assert run(folder, "import", "--update", str(tmp_path / "a.json")) == 3
    assert "close it first" in capsys.readouterr().err
    assert database_bytes(folder) == before


def test_update_overwrites_from_a_version_1_file(folder: Path, tmp_path: Path, clock: FixedClock,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert run(folder, "export", "--format", "json", str(tmp_path / "a.json")) == 0
    data = as_version_1(json.loads((tmp_path / "a.json").read_text()))
    data["tandems"][0]["tandem"]["name"] = "Renamed"
    (tmp_path / "b.json").write_text(json.dumps(data))
    assert run(folder, "import", str(tmp_path / "b.json")) == 0
    assert run(folder, "export", "--format", "csv", "--what", "rules", "--tandem", "Renamed",
               str(tmp_path / "r.csv")) == 1
    assert run(folder, "import", "--update", str(tmp_path / "b.json")) == 0
    assert "updated" in capsys.readouterr().out
    assert run(folder, "export", "--format", "csv", "--what", "rules", "--tandem", "Renamed",
               str(tmp_path / "r.csv")) == 0


def test_pdf_in_a_fresh_process_in_german(folder: Path, tmp_path: Path) -> None:
    """The command creates its own QGuiApplication and loads the German texts."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "tandem_desktop", "--data-dir", str(folder), "--lang", "de",
         "export", "--format", "md", str(tmp_path / "h.md")],
        capture_output=True, text=True, env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "Tandem-Handbuch" in (tmp_path / "h.md").read_text(encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "tandem_desktop", "--data-dir", str(folder), "export",
         "--format", "pdf", str(tmp_path / "h.pdf")],
        capture_output=True, text=True, env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "h.pdf").read_bytes().startswith(b"%PDF")
