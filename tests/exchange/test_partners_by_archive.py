"""Two partners keep one tandem in step with `tandem export` and `tandem import --update`.

The issue's case, through the real command line: the demo tandem exported from
the assistant's copy and imported into the leader's, edits on both sides, then
imports both ways. Both copies end up holding the same data, and each keeps its
own side of the tandem.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tandem_desktop import cli
from tandem_desktop.domain.records import Task
from tandem_desktop.services.agenda import set_discussed
from tandem_desktop.storage.store import Store, open_store
from tests.storage.copies import dump, problems

ANSWER = "Yes, book it yourself up to 800 EUR; above that, ask me first."


def run(folder: Path, *args: str) -> int:
    return cli.main(["--data-dir", str(folder), *args])


@contextlib.contextmanager
def opened(folder: Path) -> Iterator[Store]:
    """The copy as the app would open it, on this computer's clock."""
    store = open_store(folder)
    try:
        yield store
    finally:
        store.close()


@pytest.fixture
def partners(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    """The assistant made the demo tandem and gave it to the leader as an archive."""
    assistant, leader = tmp_path / "assistant", tmp_path / "leader"
    assert run(assistant, "demo") == 0
    assert run(assistant, "export", "--format", "json", str(tmp_path / "first.json")) == 0
    assert run(leader, "import", str(tmp_path / "first.json")) == 0
    with opened(leader) as store:
        # The file says "assistant": the leader says which side this copy is on.
        tandem = store.tandems.list()[0]
        assert tandem.my_role == "assistant"
        store.tandems.change(tandem.id, my_role="leader")
    capsys.readouterr()
    return assistant, leader


def test_both_copies_hold_the_same_data_after_imports_both_ways(
        partners: tuple[Path, Path], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    assistant, leader = partners
    today = date.today().isoformat()
    with opened(leader) as store:
        tandem_id = store.tandems.list()[0].id
        on_agenda = {item.source_id for item in store.agenda.list() if item.source_id}
        question = next(q for q in store.questions.for_tandem(tandem_id)
                        if q.status == "open" and q.id not in on_agenda)
        store.questions.answer(question.id, ANSWER, today)
        tasks = store.tasks.for_tandem(tandem_id)
        deleted, edited = tasks[0], tasks[1]
        store.tasks.delete(deleted.id)
    with opened(assistant) as store:
        store.tasks.change(edited.id, title="Renew the rail card (first class)")
        item = next(item for item in store.agenda.list()
                    if not item.discussed and item.source_kind != "question")
        set_discussed(store, item.id)

    # Each exports at the same time, then each imports the other's file.
    for folder, name in ((assistant, "from-assistant.json"), (leader, "from-leader.json")):
        assert run(folder, "export", "--format", "json", str(tmp_path / name)) == 0
    assert run(leader, "import", "--update", str(tmp_path / "from-assistant.json")) == 0
    to_leader = capsys.readouterr().out
    assert run(assistant, "import", "--update", str(tmp_path / "from-leader.json")) == 0
    to_assistant = capsys.readouterr().out
    assert "2 updated" in to_leader  # the task's title, the agenda item
    assert "2 updated" in to_assistant  # the question, the deleted task
    for out in (to_leader, to_assistant):
        assert "backup taken before the import" in out and "conflict" not in out

    with opened(assistant) as first, opened(leader) as second:
        assert dump(first) == dump(second)
        assert problems(first) == problems(second) == []
        for store in (first, second):
            answered = store.questions.get(question.id)
            assert (answered.status, answered.answer) == ("answered", ANSWER)
            assert store.tasks.find(deleted.id) is None
            assert store.tasks.get(deleted.id, include_deleted=True).deleted_at is not None
            assert store.tasks.get(edited.id).title == "Renew the rail card (first class)"
            assert store.agenda.get(item.id).discussed
            assert store.database.query("SELECT * FROM sync_conflict") == []
        assert first.tandems.get(tandem_id).my_role == "assistant"
        assert second.tandems.get(tandem_id).my_role == "leader"


def test_a_large_deletion_waits_for_confirm_deletions(
        partners: tuple[Path, Path], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    assistant, leader = partners
    with opened(assistant) as store:
        tandem_id = store.tandems.list()[0].id
        store.tasks.add_many(Task(tandem_id=tandem_id, title=f"Receipt {number}",
                                  owner="assistant") for number in range(30))
    assert run(assistant, "export", "--format", "json", str(tmp_path / "a.json")) == 0
    assert run(leader, "import", "--update", str(tmp_path / "a.json")) == 0
    with opened(leader) as store, store.transaction():
        for task in store.tasks.for_tandem(tandem_id):
            if task.title.startswith("Receipt"):
                store.tasks.delete(task.id)
    assert run(leader, "export", "--format", "json", str(tmp_path / "l.json")) == 0
    capsys.readouterr()

    assert run(assistant, "import", "--update", str(tmp_path / "l.json")) == 0
    out = capsys.readouterr().out
    assert "The file would delete 30 records here" in out
    assert "--update --confirm-deletions" in out
    with opened(assistant) as store:
        assert sum(task.title.startswith("Receipt") for task in store.tasks.list()) == 30

    assert run(assistant, "import", "--update", "--confirm-deletions",
               str(tmp_path / "l.json")) == 0
    out = capsys.readouterr().out
    assert "30 updated" in out and "would delete" not in out
    with opened(assistant) as store:
        assert not any(task.title.startswith("Receipt") for task in store.tasks.list())


def test_the_merge_reports_in_german(partners: tuple[Path, Path], tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    assistant, leader = partners
    with opened(leader) as store:
        task = store.tasks.list()[0]
        store.tasks.delete(task.id)
    with opened(assistant) as store:
        store.tasks.change(task.id, title="Still needed, after all")
    assert run(assistant, "export", "--format", "json", str(tmp_path / "a.json")) == 0
    assert run(leader, "--lang", "de", "import", "--update", str(tmp_path / "a.json")) == 0
    out = capsys.readouterr().out
    assert "1 aktualisiert" in out
    assert "1 Eintrag ist zurück" in out
    assert "Sicherung vor dem Import" in out
