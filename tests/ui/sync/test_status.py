"""The status bar's sync status in each state, and the sync panel it opens."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tandem_desktop.domain.records import Task
from tandem_desktop.exchange.syncfolder import layout
from tandem_desktop.ui.main_window import MainWindow
from tandem_desktop.ui.sync.panel import SyncPanel
from tandem_desktop.ui.sync.wording import ATTENTION, OK, PROBLEM
from tests.ui.sync.conftest import Partners, round_now, settle


def _panel(qtbot: QtBot, window: MainWindow) -> SyncPanel:
    panel = SyncPanel(window.context, window.sync_runner, window)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _tandem_folder(partners: Partners):  # type: ignore[no-untyped-def]
    return partners.folder / layout.tandem_folder_name(partners.tandem_id)


def test_after_a_round_it_says_when_and_who_was_seen(
        qtbot: QtBot, sync_window: MainWindow, partners: Partners) -> None:
    partners.leader_adds_task("Book the trains")
    round_now(qtbot, sync_window)
    status = sync_window.sync_status
    qtbot.waitUntil(status.isVisible)
    assert status.state == OK
    assert status.text().startswith("Synced ")
    assert " seen " in status.text()
    assert "change" not in status.text()  # nothing waits to go out


def test_a_missing_folder_pauses_sync_and_says_so(
        qtbot: QtBot, sync_window: MainWindow, partners: Partners) -> None:
    settle(qtbot, sync_window)
    _tandem_folder(partners).rename(partners.folder / "elsewhere")
    round_now(qtbot, sync_window)
    status = sync_window.sync_status
    assert status.state == PROBLEM
    assert status.text().startswith(
        "Sync paused: the shared folder is missing or not connected")
    (partners.folder / "elsewhere").rename(_tandem_folder(partners))
    round_now(qtbot, sync_window)
    assert status.state == OK


def test_a_partners_newer_tandem_asks_for_an_update(
        qtbot: QtBot, sync_window: MainWindow, partners: Partners) -> None:
    settle(qtbot, sync_window)
    marker = _tandem_folder(partners) / layout.MARKER
    data = json.loads(marker.read_text())
    data["format"] = "2.0"
    marker.write_text(json.dumps(data))
    round_now(qtbot, sync_window)
    assert sync_window.sync_status.state == PROBLEM
    assert "Update Tandem" in sync_window.sync_status.text()


def test_waiting_changes_are_counted_until_they_go_out(
        qtbot: QtBot, sync_window: MainWindow, partners: Partners) -> None:
    settle(qtbot, sync_window)
    store = partners.assistant
    tandem = store.tandems.get(partners.tandem_id)
    store.tandems.change(tandem.id, name="Office 2027")
    qtbot.waitUntil(lambda: "change" in sync_window.sync_status.text())
    assert "to send" in sync_window.sync_status.text()
    round_now(qtbot, sync_window)
    assert "to send" not in sync_window.sync_status.text()


@pytest.fixture
def held(qtbot: QtBot, sync_window: MainWindow, partners: Partners) -> list[str]:
    """The partner deleted 30 of 40 tasks: the deletions wait for a yes here."""
    for number in range(40):
        partners.leader.tasks.add(Task(tandem_id=partners.tandem_id, title=f"Task {number}",
                                       owner="leader"))
    partners.leader_round()
    round_now(qtbot, sync_window)
    ids = [task.id for task in partners.leader.tasks.for_tandem(partners.tandem_id)][:30]
    with partners.leader.transaction():
        for task_id in ids:
            partners.leader.tasks.delete(task_id)
    partners.leader_round()
    round_now(qtbot, sync_window)
    return ids


def test_held_deletions_show_in_the_status_and_can_be_kept(
        qtbot: QtBot, sync_window: MainWindow, partners: Partners, held: list[str]) -> None:
    status = sync_window.sync_status
    assert status.state == ATTENTION
    assert "30 deletions wait for your yes" in status.text()
    assert partners.assistant.tasks.count_for(partners.tandem_id) == 40
    panel = _panel(qtbot, sync_window)
    assert panel.held_box.isVisible()
    assert panel.held.rowCount() == 30
    assert panel.held.index(0, 1).data().startswith("Task ")
    qtbot.mouseClick(panel.keep_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.held_box.isVisible())
    assert partners.assistant.tasks.count_for(partners.tandem_id) == 40
    settle(qtbot, sync_window)
    round_now(qtbot, sync_window)
    partners.leader_round()
    assert partners.leader.tasks.count_for(partners.tandem_id) == 40  # back there too
    assert "deletion" not in status.text()


def test_held_deletions_can_be_confirmed(
        qtbot: QtBot, sync_window: MainWindow, partners: Partners, held: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("tandem_desktop.ui.sync.panel.confirm", lambda *args: True)
    panel = _panel(qtbot, sync_window)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.held_box.isVisible())
    assert partners.assistant.tasks.count_for(partners.tandem_id) == 10
    assert {task.id for task in partners.assistant.tasks.for_tandem(partners.tandem_id)} \
        .isdisjoint(held)
    assert sync_window.sync_status.state == OK


def test_the_panel_shows_the_folder_devices_and_last_round(
        qtbot: QtBot, sync_window: MainWindow, partners: Partners) -> None:
    partners.leader_adds_task("Book the trains")
    round_now(qtbot, sync_window)
    panel = _panel(qtbot, sync_window)
    assert panel.folder_label.text() == str(_tandem_folder(partners))
    assert panel.devices.rowCount() == 1
    assert "received" in panel.last_round_label.text()
    assert not panel.conflicts_button.isEnabled()
    with qtbot.waitSignal(sync_window.sync_runner.roundFinished, timeout=20_000):
        qtbot.mouseClick(panel.sync_button, Qt.MouseButton.LeftButton)


def test_clicking_the_status_opens_the_panel(
        qtbot: QtBot, sync_window: MainWindow, partners: Partners) -> None:
    round_now(qtbot, sync_window)
    seen: list[object] = []

    def close_panel() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        if dialog is not None:
            dialog.close()

    QTimer.singleShot(0, close_panel)
    qtbot.mouseClick(sync_window.sync_status, Qt.MouseButton.LeftButton)
    assert len(seen) == 1 and isinstance(seen[0], SyncPanel)


def test_german_status(qtbot: QtBot, german: None, sync_window: MainWindow,
                       partners: Partners) -> None:
    round_now(qtbot, sync_window)
    sync_window.sync_status.refresh()
    assert sync_window.sync_status.text().startswith("Abgeglichen ")
