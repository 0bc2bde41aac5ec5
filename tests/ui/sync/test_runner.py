"""Background rounds: one at a time, a request during a round runs once afterwards, the
window's writes and a round's transaction take turns, and closing waits for the round."""

from __future__ import annotations

import sqlite3
import time

from pytestqt.qtbot import QtBot

from tandem_desktop.domain.records import Question, Task
from tandem_desktop.storage.database import BUSY_TIMEOUT_MS
from tandem_desktop.storage.store import Store
from tandem_desktop.ui.main_window import MainWindow
from tests.ui.sync.conftest import Partners, settle

BATCH = 1500


def _leader_adds_many(partners: Partners, count: int = BATCH) -> None:
    partners.leader.tasks.add_many(
        Task(tandem_id=partners.tandem_id, title=f"Task {n}", owner="leader",
             notes="A note that makes the change file a little larger")
        for n in range(count))
    partners.leader_round()


def _round_holds_the_write_lock(store: Store) -> bool:
    """Whether another connection (the round's process) is writing the file now."""
    assert store.database.path is not None
    probe = sqlite3.connect(store.database.path, timeout=0, isolation_level=None)
    try:
        probe.execute("BEGIN IMMEDIATE")
        probe.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError:
        return True
    finally:
        probe.close()


def _round_process(window: MainWindow):  # type: ignore[no-untyped-def]
    rounds = window.sync_runner._worker._rounds
    assert rounds is not None
    return rounds._process


def test_a_request_during_a_round_runs_once_afterwards(
        qtbot: QtBot, sync_window: MainWindow, partners: Partners) -> None:
    runner = sync_window.sync_runner
    settle(qtbot, sync_window)
    # Only the requests below: the partner's new files would ask for a round of their own.
    runner._watcher.blockSignals(True)
    finished: list[str] = []
    runner.roundFinished.connect(lambda tandem_id, _report: finished.append(tandem_id))
    _leader_adds_many(partners)
    runner.request(partners.tandem_id)
    assert runner.busy
    for _ in range(5):
        runner.request(partners.tandem_id)
    settle(qtbot, sync_window)
    assert finished == [partners.tandem_id, partners.tandem_id]
    assert partners.assistant.tasks.count_for(partners.tandem_id) == BATCH


def test_a_write_in_the_window_during_a_round_waits_briefly_and_succeeds(
        qtbot: QtBot, sync_window: MainWindow, partners: Partners) -> None:
    settle(qtbot, sync_window)
    _leader_adds_many(partners, 4000)
    sync_window.sync_runner.request(partners.tandem_id)
    qtbot.waitUntil(lambda: _round_holds_the_write_lock(partners.assistant), timeout=20_000)
    started = time.perf_counter()
    question = partners.assistant.questions.add(Question(
        tandem_id=partners.tandem_id, text="May I book the hotel?", asked_by="assistant",
        asked_on="2026-11-29"))
    waited_ms = (time.perf_counter() - started) * 1000
    assert waited_ms < BUSY_TIMEOUT_MS
    settle(qtbot, sync_window)
    assert partners.assistant.questions.get(question.id).text == "May I book the hotel?"
    assert partners.assistant.tasks.count_for(partners.tandem_id) == 4000
    assert sync_window.sync_runner.last_reports[partners.tandem_id].problem == ""


def test_closing_the_window_waits_for_the_running_round(
        qtbot: QtBot, sync_window: MainWindow, partners: Partners) -> None:
    settle(qtbot, sync_window)
    _leader_adds_many(partners, 4000)
    sync_window.sync_runner.request(partners.tandem_id)
    qtbot.waitUntil(lambda: _round_holds_the_write_lock(partners.assistant), timeout=20_000)
    sync_window.quit_app()
    runner = sync_window.sync_runner
    assert runner._thread.isFinished()
    assert _round_process(sync_window) is None  # the round's process has ended
    assert partners.assistant.tasks.count_for(partners.tandem_id) == 4000  # whole, not half
    assert partners.assistant.integrity_problem() is None
    runner.request(partners.tandem_id)  # after closing, nothing more runs
    assert not runner.busy


def test_a_local_write_goes_out_a_few_seconds_later(
        qtbot: QtBot, sync_window: MainWindow, partners: Partners) -> None:
    settle(qtbot, sync_window)
    runner = sync_window.sync_runner
    runner._write_timer.setInterval(50)  # the same path, without the wait
    question = partners.assistant.questions.add(Question(
        tandem_id=partners.tandem_id, text="Which hotel?", asked_by="assistant",
        asked_on="2026-11-29"))
    qtbot.waitUntil(lambda: runner.last_reports.get(partners.tandem_id) is not None
                    and runner.last_reports[partners.tandem_id].sent > 0, timeout=20_000)
    partners.leader_round()
    assert partners.leader.questions.get(question.id).text == "Which hotel?"
    assert runner._write_timer.interval() == 50
