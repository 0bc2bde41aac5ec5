"""Edit ▸ Undo and Redo, driven as a user drives them, for each kind of action."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from tandem_desktop.ui.main_window import MainWindow
from tandem_desktop.ui.widgets import select_row
from tests.ui.test_communication_tasks import seed, tasks_tab, titles


def _undo_text(window: MainWindow) -> str:
    return window.undo_actions.undo_action.text()


def test_marking_tasks_done_is_undone_and_done_again(qtbot: QtBot, window: MainWindow) -> None:
    seed(window)
    tab = tasks_tab(window)
    page = tab.tasks
    selection = page.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    selection.select(page.model.index(0, 0), flags)
    selection.select(page.model.index(2, 0), flags)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert titles(tab) == ["Sign contract"]
    assert _undo_text(window) == "&Undo 'Mark task done'"

    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert titles(tab) == ["Book train", "Sign contract", "Order toner"]
    store = window.context.store
    assert {t.title for t in store.tasks.list() if t.status == "done"} == {"Old booking"}
    assert window.undo_actions.redo_action.text() == "&Redo 'Mark task done'"
    assert "Undone: Mark task done" in window.statusBar().currentMessage()

    qtbot.keyClick(page.table, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert titles(tab) == ["Sign contract"]
    assert not window.undo_actions.redo_action.isEnabled()


def test_the_menu_names_the_action_in_german(qtbot: QtBot, window: MainWindow,
                                             german: None) -> None:
    seed(window)
    window.undo_actions.refresh()
    assert window.undo_actions.undo_action.text() == "&Rückgängig: „Aufgabe hinzufügen“"
    assert window.undo_actions.redo_action.text() == "&Wiederholen"
    tab = tasks_tab(window)
    page = tab.tasks
    page.table.setFocus()
    select_row(page.table, 0)
    qtbot.keyClick(page.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert _undo_text(window) == "&Rückgängig: „Aufgabe als erledigt markieren“"
    window.undo_actions.undo_action.trigger()
    assert window.undo_actions.redo_action.text() == \
        "&Wiederholen: „Aufgabe als erledigt markieren“"
    assert window.statusBar().currentMessage() == \
        "Rückgängig gemacht: Aufgabe als erledigt markieren"
