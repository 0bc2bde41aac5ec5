"""The window keeps a shared tandem in step in the background: tabs refresh when the
partner's changes arrive, and an open form is never overwritten under the user's typing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tandem_desktop.ui.communication.tab import TASKS, CommunicationTab
from tandem_desktop.ui.communication.tasks import TaskDialog
from tandem_desktop.ui.main_window import MainWindow
from tests.ui.conftest import click_ok
from tests.ui.sync.conftest import Partners, round_now, settle


def _task_titles(window: MainWindow) -> list[str]:
    tab = window.step_tabs[2]
    assert isinstance(tab, CommunicationTab)
    model = tab.tasks.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _open_task(qtbot: QtBot, window: MainWindow, title: str) -> TaskDialog:
    window.tabs.setCurrentIndex(2)
    tab = window.step_tabs[2]
    assert isinstance(tab, CommunicationTab)
    tab.show_page(TASKS)
    qtbot.waitUntil(lambda: title in _task_titles(window))
    tab.tasks.select(tab.tasks.model.rows[_task_titles(window).index(title)].id)
    dialog = tab.tasks.edit_current()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_the_partners_new_task_appears_in_the_open_tab(
        qtbot: QtBot, sync_window: MainWindow, partners: Partners) -> None:
    window = sync_window
    window.tabs.setCurrentIndex(2)
    tab = window.step_tabs[2]
    assert isinstance(tab, CommunicationTab)
    tab.show_page(TASKS)
    settle(qtbot, window)
    partners.leader_adds_task("Book the trains")
    # The watcher on the partner's device folder starts the round by itself.
    qtbot.waitUntil(lambda: "Book the trains" in _task_titles(window), timeout=20_000)
    assert [t.title for t in partners.assistant.tasks.for_tandem(partners.tandem_id)] == [
        "Book the trains"]


def test_sync_now_in_the_file_menu_runs_a_round(
        qtbot: QtBot, sync_window: MainWindow, partners: Partners) -> None:
    assert sync_window.sync_now_action.shortcut().toString() == "Ctrl+Shift+S"
    assert sync_window.sync_now_action in sync_window.file_menu.actions()
    reports: list[object] = []
    sync_window.sync_runner.roundFinished.connect(lambda _tandem, r: reports.append(r))
    partners.leader_adds_task("Order the flowers")
    round_now(qtbot, sync_window)
    # (the folder's watcher may start a round of its own as well)
    assert sum(report.received for report in reports) > 0  # type: ignore[attr-defined]
    assert partners.assistant.tasks.for_tandem(partners.tandem_id)[0].title == \
        "Order the flowers"


def test_a_form_with_typing_offers_to_reload_the_partners_version(
        qtbot: QtBot, sync_window: MainWindow, partners: Partners) -> None:
    window = sync_window
    task = partners.leader_adds_task("Book the hotel")
    round_now(qtbot, window)
    dialog = _open_task(qtbot, window, "Book the hotel")
    banner = dialog.changed_elsewhere
    assert not banner.isVisible()
    qtbot.keyClicks(dialog.notes, "Two nights")

    partners.leader.tasks.change(task.id, title="Book the trade-fair hotel")
    partners.leader_round()
    round_now(qtbot, window)

    qtbot.waitUntil(banner.isVisible)
    assert "changed on the other computer" in banner.message.text()
    assert dialog.title_edit.text() == "Book the hotel"  # not overwritten
    assert dialog.notes.toPlainText() == "Two nights"
    assert partners.assistant.tasks.get(task.id).title == "Book the trade-fair hotel"
    qtbot.mouseClick(banner.reload_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    assert dialog.title_edit.text() == "Book the trade-fair hotel"
    assert dialog.notes.toPlainText() == ""


def test_saving_ones_own_edit_instead_is_a_newer_change(
        qtbot: QtBot, sync_window: MainWindow, partners: Partners) -> None:
    window = sync_window
    task = partners.leader_adds_task("Book the hotel")
    round_now(qtbot, window)
    dialog = _open_task(qtbot, window, "Book the hotel")
    dialog.title_edit.selectAll()
    qtbot.keyClicks(dialog.title_edit, "Book the hotel near the fair")
    partners.leader.tasks.change(task.id, title="Book the trade-fair hotel")
    partners.leader_round()
    round_now(qtbot, window)
    qtbot.waitUntil(dialog.changed_elsewhere.isVisible)
    click_ok(qtbot, dialog)
    assert partners.assistant.tasks.get(task.id).title == "Book the hotel near the fair"
    round_now(qtbot, window)
    partners.leader_round()
    assert partners.leader.tasks.get(task.id).title == "Book the hotel near the fair"


def test_a_form_without_typing_just_shows_the_new_value(
        qtbot: QtBot, sync_window: MainWindow, partners: Partners) -> None:
    window = sync_window
    task = partners.leader_adds_task("Book the hotel")
    round_now(qtbot, window)
    dialog = _open_task(qtbot, window, "Book the hotel")
    partners.leader.tasks.change(task.id, title="Book the trade-fair hotel", notes="Hall 4")
    partners.leader_round()
    round_now(qtbot, window)
    qtbot.waitUntil(lambda: dialog.title_edit.text() == "Book the trade-fair hotel")
    assert dialog.notes.toPlainText() == "Hall 4"
    assert not dialog.changed_elsewhere.isVisible()
    assert dialog.task is not None and dialog.task.title == "Book the trade-fair hotel"
