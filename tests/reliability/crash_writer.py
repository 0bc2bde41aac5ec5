"""Child process for the crash test: writes through the real repositories until killed.

Every transaction touches several tables (a question, a task, an agenda item
pointing at the question, and the tandem's name) and carries one sequence
number; the number is printed only after its commit.
Usage: python crash_writer.py DATA_DIR [--fork-server]

With ``--fork-server`` the process loads everything once and then, for each
line read from stdin, forks a fresh writer, prints ``child PID``, waits for the
writer to die and prints ``reaped``: 200 kills then cost a fork each instead
of an interpreter start. Nothing touches SQLite before the fork.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from tandem_desktop.domain.records import AgendaItem, Question, Tandem, Task
from tandem_desktop.storage.store import open_store


def say(text: str) -> None:
    """One line in one write: a kill never leaves half a line in the shared pipe."""
    os.write(1, f"{text}\n".encode())


def main(data_dir: Path) -> None:
    store = open_store(data_dir)
    tandems = store.tandems.list()
    if tandems:
        tandem = tandems[0]
    else:
        tandem = store.tandems.add(Tandem(
            name="seq 0", leader_name="Claudia", assistant_name="Jonas", my_role="assistant",
            started_on="2026-01-05"))
    sequence = int(tandem.name.split()[1]) + 1
    say("ready")
    while True:
        label = f"seq {sequence}"
        with store.transaction():
            question = store.questions.add(Question(
                tandem_id=tandem.id, text=label, asked_by="assistant", asked_on="2026-11-29"))
            store.tasks.add(Task(tandem_id=tandem.id, title=label, owner="assistant",
                                 notes="x" * (sequence % 700)))
            store.agenda.add(AgendaItem(tandem_id=tandem.id, text=label, added_by="assistant",
                                        kind="question", source_kind="question",
                                        source_id=question.id))
            tandem = store.tandems.change(tandem.id, name=label)
        say(str(sequence))
        sequence += 1


def serve(data_dir: Path) -> None:
    say("loaded")
    for _ in sys.stdin:
        pid = os.fork()
        if pid == 0:
            try:
                main(data_dir)
            finally:
                os._exit(1)
        say(f"child {pid}")
        os.waitpid(pid, 0)
        say("reaped")


if __name__ == "__main__":
    if sys.argv[2:] == ["--fork-server"]:
        serve(Path(sys.argv[1]))
    else:
        main(Path(sys.argv[1]))
