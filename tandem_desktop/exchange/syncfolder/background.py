"""Sync rounds in a process of their own, for the running app.

A round applies the partner's changes in Python; run on a thread of the app's
own process, it would take turns with the window for the interpreter, and a
keystroke during a large batch would wait for it (measured: 150 ms and more).
In a child process it shares nothing with the window but the data file, whose
write lock (WAL, busy timeout) lets their transactions take turns.

``RoundProcess`` starts the child on the first round and hands it one tandem at
a time; ``serve`` is the child's loop. The child has a connection of its own,
opened on the store's file with the app's clock.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import sys
import traceback
from multiprocessing.connection import Connection
from pathlib import Path

from tandem_desktop.domain.clock import Clock
from tandem_desktop.exchange.syncfolder.rounds import RoundReport, SyncError, run_round
from tandem_desktop.storage.database import Database, connect
from tandem_desktop.storage.store import Store

FAILED = "failed"  # the round stopped on an error of this computer (disk, database, process)
NOT_SHARED = "not-shared"
STOP = None
BACKGROUND_NICENESS = 10

Outcome = tuple[RoundReport, frozenset[str]]  # the report, and the tables the round wrote


def one_round(store: Store, tandem_id: str) -> Outcome:
    """A round on ``store``; never raises: a failure becomes the report's problem."""
    touched: set[str] = set()
    store.database.notifier.subscribe(touched.update)
    try:
        report = run_round(store, tandem_id)
    except SyncError as error:  # no longer shared (stopped in the meantime)
        report = RoundReport(problem=NOT_SHARED, message=str(error))
    except Exception as error:  # the status says it; the next round tries again
        traceback.print_exc(file=sys.stderr)
        report = RoundReport(problem=FAILED, message=str(error) or type(error).__name__)
    finally:
        store.database.notifier.unsubscribe(touched.update)
    return report, frozenset(touched)


def serve(path: str, clock: Clock, pipe: Connection) -> None:
    """The child's loop: a round for each tandem id received, until told to stop."""
    if hasattr(os, "nice"):  # the window comes first when the computer is busy
        with contextlib.suppress(OSError):
            os.nice(BACKGROUND_NICENESS)
    file = Path(path)
    store = Store(Database(connect(file), file, clock))
    try:
        while True:
            try:
                tandem_id = pipe.recv()
            except (EOFError, OSError):
                break  # the app went away
            if tandem_id is STOP:
                break
            pipe.send(one_round(store, tandem_id))
    finally:
        store.close()
        pipe.close()


class RoundProcess:
    """The child process that runs rounds; ``run`` blocks until its round is over."""

    def __init__(self, path: Path, clock: Clock) -> None:
        self.path = path
        self.clock = clock
        self._process: multiprocessing.process.BaseProcess | None = None
        self._pipe: Connection | None = None

    def run(self, tandem_id: str) -> Outcome:
        try:
            pipe = self._pipe
            if pipe is None or self._process is None or not self._process.is_alive():
                pipe = self._start()
            pipe.send(tandem_id)
            outcome: Outcome = pipe.recv()
            return outcome
        except (EOFError, OSError) as error:  # the child died; the next round starts another
            self._forget()
            return RoundReport(problem=FAILED, message=f"the sync process stopped: {error}"), \
                frozenset()

    def _start(self) -> Connection:
        self._forget()
        context = multiprocessing.get_context("spawn")  # no copy of the window's threads
        ours, theirs = context.Pipe()
        process = context.Process(target=serve, args=(str(self.path), self.clock, theirs),
                                  name="tandem-sync", daemon=True)
        process.start()
        theirs.close()
        self._process, self._pipe = process, ours
        return ours

    def _forget(self) -> None:
        if self._pipe is not None:
            self._pipe.close()
        self._process = self._pipe = None

    def close(self) -> None:
        """Let the child finish and end (it holds no round: ``run`` has returned)."""
        process, pipe = self._process, self._pipe
        if process is None or pipe is None:
            return
        with contextlib.suppress(OSError):  # the child is gone already
            pipe.send(STOP)
        process.join(10)
        if process.is_alive():  # should never happen: it only waits for the next id
            process.terminate()
            process.join()
        self._forget()
