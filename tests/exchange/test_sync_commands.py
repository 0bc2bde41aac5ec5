"""`tandem sync share|join|now|status` through the real command line."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tandem_desktop.storage.store import open_store
from tests.storage.copies import dump


def _tandem(data_dir: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tandem_desktop", "--data-dir", str(data_dir),
                           *args], input=stdin, capture_output=True, text=True, timeout=120,
                          check=False)


def test_share_join_and_rounds_from_the_command_line(tmp_path: Path) -> None:
    leader, assistant, folder = tmp_path / "first", tmp_path / "second", tmp_path / "shared"
    folder.mkdir()
    assert _tandem(leader, "demo").returncode == 0
    shared = _tandem(leader, "sync", "share", "--folder", str(folder))
    assert shared.returncode == 0, shared.stderr
    code = shared.stdout.strip().splitlines()[-1].removeprefix("pairing code: ")
    assert len(code.replace("-", "")) == 24

    wrong = _tandem(assistant, "sync", "join", "--folder", str(folder), stdin="ABCD\n")
    assert wrong.returncode == 1 and "Nothing was joined" in wrong.stderr
    joined = _tandem(assistant, "sync", "join", "--folder", str(folder), stdin=code + "\n")
    assert joined.returncode == 0, joined.stderr

    store = open_store(assistant)
    tandem = store.tandems.list()[0]
    task = store.tasks.for_tandem(tandem.id)[0]
    store.tasks.change(task.id, title="Vom Assistenten geändert")
    store.close()
    now = _tandem(assistant, "sync", "now")
    assert now.returncode == 0, now.stderr
    assert "sent 1," in now.stdout
    now = _tandem(leader, "sync", "now")
    assert now.returncode == 0 and "received 1," in now.stdout, now.stdout + now.stderr

    status = _tandem(leader, "sync", "status")
    assert status.returncode == 0 and "partner device" in status.stdout
    left, right = open_store(leader), open_store(assistant)
    try:
        assert left.tasks.get(task.id).title == "Vom Assistenten geändert"
        assert dump(left) == dump(right)
        assert left.tandems.get(tandem.id).my_role != right.tandems.get(tandem.id).my_role
    finally:
        left.close()
        right.close()


def test_joining_before_the_files_arrived_says_so_and_can_be_tried_again(tmp_path: Path) -> None:
    leader, assistant = tmp_path / "first", tmp_path / "second"
    theirs, mine = tmp_path / "theirs", tmp_path / "mine"
    theirs.mkdir()
    assert _tandem(leader, "demo").returncode == 0
    shared = _tandem(leader, "sync", "share", "--folder", str(theirs))
    code = shared.stdout.strip().splitlines()[-1].removeprefix("pairing code: ")
    marker = next(theirs.glob("tandem-*/tandem-sync.json"))
    (mine / marker.parent.name).mkdir(parents=True)
    (mine / marker.parent.name / marker.name).write_bytes(marker.read_bytes())  # only it so far

    early = _tandem(assistant, "sync", "join", "--folder", str(mine), stdin=code + "\n")
    assert early.returncode == 1, early.stdout + early.stderr
    assert "not all arrived" in early.stderr and "Traceback" not in early.stderr
    assert sorted(p.name for p in mine.rglob("*")) == [marker.parent.name, marker.name]
    assert "no tandem is shared" in _tandem(assistant, "sync", "now").stderr

    shutil.rmtree(mine)
    shutil.copytree(theirs, mine)
    joined = _tandem(assistant, "sync", "join", "--folder", str(mine), stdin=code + "\n")
    assert joined.returncode == 0, joined.stderr
