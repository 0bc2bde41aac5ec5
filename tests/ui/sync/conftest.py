"""Two partners' copies of one tandem, each in its own data folder, sharing one folder
(no sync engine in between); the window runs on the assistant's copy."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.domain.records import Task
from tandem_desktop.exchange.syncfolder import pairing
from tandem_desktop.exchange.syncfolder.rounds import join, run_round, share
from tandem_desktop.storage.store import Store, open_store
from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.main_window import MainWindow
from tests.conftest import make_tandem


@pytest.fixture(autouse=True)
def _quick_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pairing, "SCRYPT_N", 2**10)


@dataclass
class Partners:
    leader: Store  # the partner's copy, written by the test
    assistant: Store  # the copy the window runs on
    tandem_id: str
    folder: Path

    def leader_round(self) -> None:
        report = run_round(self.leader, self.tandem_id)
        assert report.problem == "", report.message

    def leader_adds_task(self, title: str, **values: object) -> Task:
        task = self.leader.tasks.add(Task(tandem_id=self.tandem_id, title=title,
                                          owner="assistant", **values))  # type: ignore[arg-type]
        self.leader_round()
        return task


@pytest.fixture
def partners(tmp_path: Path, clock: FixedClock) -> Iterator[Partners]:
    leader = open_store(tmp_path / "leader-data", clock)
    assistant = open_store(tmp_path / "assistant-data", clock)
    folder = tmp_path / "Shared"
    folder.mkdir()
    tandem = make_tandem(leader, my_role="leader")
    code = share(leader, tandem.id, folder)
    join(assistant, folder, code)
    yield Partners(leader, assistant, tandem.id, folder)
    leader.close()
    assistant.close()


@pytest.fixture
def sync_window(qtbot: QtBot, qapp, partners: Partners, tmp_path: Path,  # type: ignore[no-untyped-def]
                clock: FixedClock) -> Iterator[MainWindow]:
    context = AppContext(partners.assistant, tmp_path / "assistant-data", clock)
    context.set_tandem(partners.assistant.tandems.get(partners.tandem_id))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.sync_runner.shutdown()
    partners.assistant.database.notifier.unsubscribe(context._on_change)


def settle(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until no round runs or waits to run."""
    qtbot.waitUntil(lambda: not window.sync_runner.busy, timeout=20_000)


def round_now(qtbot: QtBot, window: MainWindow) -> None:
    """One round of the window's copy, as File ▸ Sync now runs it, and its end."""
    settle(qtbot, window)
    with qtbot.waitSignal(window.sync_runner.roundFinished, timeout=20_000):
        window.sync_now_action.trigger()
    settle(qtbot, window)
