"""Edit ▸ Undo and Redo for each kind of user action, driven through the real widgets.

Each test does one action as a user would (typing, clicks, keys, dialogs), takes it back
with Ctrl+Z and does it again with Ctrl+Shift+Z, and checks three things each time: what
the window shows, what the database holds, and how the Edit menu names the action.
After them: a text field keeps Ctrl+Z for its own typing, each tandem has its own
stack, a step whose record was deleted for good cannot be undone, and the German menu.

The window's tandem is 'Office'; I am the assistant Jonas, the leader is Claudia.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tandem_desktop.domain.records import Goal
from tandem_desktop.storage.errors import NotFoundError
from tandem_desktop.ui.communication.tab import CHECKINS, CommunicationTab
from tandem_desktop.ui.delegation.tab import BOARD, DelegationTab
from tandem_desktop.ui.feedback.models import FeedbackTableModel
from tandem_desktop.ui.main_window import MainWindow
from tandem_desktop.ui.tandem_dialog import TandemDialog
from tandem_desktop.ui.trash_dialog import TrashDialog
from tandem_desktop.ui.trust.dialogs import AnswerDialog, QuestionDialog
from tandem_desktop.ui.undo_actions import step_name
from tandem_desktop.ui.vision.tab import VisionTab
from tandem_desktop.ui.widgets import select_row
from tests.ui.conftest import click_ok
from tests.ui.test_communication_meeting import (
    add_backlog_topic,
    open_first_upcoming,
    weekly,
)
from tests.ui.test_communication_series import comm_tab
from tests.ui.test_communication_tasks import seed, tasks_tab, titles
from tests.ui.test_delegation import _seed as seed_rules
from tests.ui.test_feedback_tab import db_rows, log_by_keyboard, shown
from tests.ui.test_feedback_tab import open_tab as feedback_tab
from tests.ui.test_foundation import when_modal
from tests.ui.test_trust_questions import (
    ask,
    opened_dialog,
    press_new_question,
    shown_texts,
    trust_tab,
)
from tests.ui.test_vision import _open as vision_tab
from tests.ui.test_vision import _replace

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
LEFT = Qt.MouseButton.LeftButton


# -- helpers ---------------------------------------------------------------------------
@pytest.fixture
def window(qtbot: QtBot, window: MainWindow) -> MainWindow:
    """The conftest's window once it has built the rest of its tabs and menus, Edit ▸ Undo
    among them (it does so just after its first paint), and is the active window."""
    qtbot.waitUntil(lambda: getattr(window, "undo_actions", None) is not None)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def undo_text(window: MainWindow) -> str:
    return window.undo_actions.undo_action.text()


def redo_text(window: MainWindow) -> str:
    return window.undo_actions.redo_action.text()


def status(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def focus(qtbot: QtBot, widget: QWidget) -> None:
    """Give ``widget`` the focus in its active window, as a click would (after a dialog
    closed the window is active again only once the user is back in it)."""
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def press_undo(qtbot: QtBot, widget: QWidget) -> None:
    """Ctrl+Z with the focus on ``widget`` (a list, not a text field)."""
    focus(qtbot, widget)
    qtbot.keyClick(widget, Qt.Key.Key_Z, CTRL)


def press_redo(qtbot: QtBot, widget: QWidget) -> None:
    focus(qtbot, widget)
    qtbot.keyClick(widget, Qt.Key.Key_Z, CTRL | SHIFT)


def assert_undone(window: MainWindow, name: str) -> None:
    """The menu offers to do ``name`` again and the status bar says it was undone."""
    assert redo_text(window) == f"&Redo '{name}'"
    assert window.undo_actions.redo_action.isEnabled()
    assert status(window) == f"Undone: {name}"


def assert_redone(window: MainWindow, name: str) -> None:
    assert undo_text(window) == f"&Undo '{name}'"
    assert status(window) == f"Done again: {name}"


def upcoming_state(tab: CommunicationTab, row: int) -> str:
    return str(tab.checkins.occurrence_model.index(row, 3).data())


def select_upcoming(tab: CommunicationTab, row: int) -> None:
    tab.show_page(CHECKINS)
    tab.checkins.refresh()
    select_row(tab.checkins.occurrence_view, row)


def backlog_texts(tab: CommunicationTab) -> list[str]:
    model = tab.backlog.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def delegation_tab(qtbot: QtBot, window: MainWindow) -> DelegationTab:
    window.tabs.setCurrentIndex(4)
    tab = window.step_tabs[4]
    assert isinstance(tab, DelegationTab)
    qtbot.waitUntil(tab.isVisible)
    return tab


# -- one test per kind of action ------------------------------------------------------------
def test_adding_a_question_is_undone_to_the_trash_and_added_again(
        qtbot: QtBot, window: MainWindow) -> None:
    store = window.context.store
    tab = trust_tab(qtbot, window)
    press_new_question(qtbot, window)
    dialog = opened_dialog(qtbot, tab.questions)
    assert isinstance(dialog, QuestionDialog)
    qtbot.keyClicks(dialog.text_edit, "May I order the new laptop myself?")
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: tab.questions.dialog is None)
    [question] = store.questions.for_tandem(window.context.tandem_id)
    assert shown_texts(tab) == ["May I order the new laptop myself?"]
    assert undo_text(window) == "&Undo 'Add question'"

    press_undo(qtbot, tab.questions.table)
    assert shown_texts(tab) == []
    assert store.questions.find(question.id) is None
    assert store.questions.get(question.id, include_deleted=True).deleted_at is not None
    assert_undone(window, "Add question")

    press_redo(qtbot, tab.questions.table)
    assert shown_texts(tab) == ["May I order the new laptop myself?"]
    assert store.questions.get(question.id).text == "May I order the new laptop myself?"
    assert_redone(window, "Add question")


def test_editing_a_task_in_its_editor_is_undone_and_done_again(
        qtbot: QtBot, window: MainWindow) -> None:
    seed(window)
    store = window.context.store
    tab = tasks_tab(window)
    page = tab.tasks
    focus(qtbot, page.table)
    select_row(page.table, 0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # opens the selected task
    dialog = page.dialog
    assert dialog is not None and dialog.title_edit.text() == "Book train"
    dialog.title_edit.selectAll()
    qtbot.keyClicks(dialog.title_edit, "Book the night train")
    dialog.priority.setCurrentIndex(dialog.priority.findData("high"))
    click_ok(qtbot, dialog)
    [task] = [t for t in store.tasks.list() if t.title == "Book the night train"]
    assert task.priority == "high"
    assert titles(tab) == ["Book the night train", "Sign contract", "Order toner"]
    assert undo_text(window) == "&Undo 'Edit task'"

    press_undo(qtbot, page.table)
    assert titles(tab) == ["Book train", "Sign contract", "Order toner"]
    undone = store.tasks.get(task.id)
    assert (undone.title, undone.priority) == ("Book train", "normal")
    assert_undone(window, "Edit task")

    press_redo(qtbot, page.table)
    assert titles(tab) == ["Book the night train", "Sign contract", "Order toner"]
    redone = store.tasks.get(task.id)
    assert (redone.title, redone.priority) == ("Book the night train", "high")
    assert_redone(window, "Edit task")


def test_delete_key_moves_a_task_to_the_trash_and_undo_brings_it_back(
        qtbot: QtBot, window: MainWindow) -> None:
    seed(window)
    store = window.context.store
    tab = tasks_tab(window)
    page = tab.tasks
    focus(qtbot, page.table)
    select_row(page.table, 1)
    [sign] = [t for t in store.tasks.list() if t.title == "Sign contract"]
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert titles(tab) == ["Book train", "Order toner"]
    assert store.tasks.find(sign.id) is None
    assert status(window) == "Moved to the Trash: Delete task. Ctrl+Z brings it back."
    assert undo_text(window) == "&Undo 'Delete task'"

    press_undo(qtbot, page.table)
    assert titles(tab) == ["Book train", "Sign contract", "Order toner"]
    assert store.tasks.get(sign.id).deleted_at is None
    assert_undone(window, "Delete task")

    press_redo(qtbot, page.table)
    assert titles(tab) == ["Book train", "Order toner"]
    assert store.tasks.get(sign.id, include_deleted=True).deleted_at is not None
    assert_redone(window, "Delete task")


def test_moving_a_check_in_on_the_upcoming_list_is_undone_and_done_again(
        qtbot: QtBot, window: MainWindow) -> None:
    store = window.context.store
    series = weekly(window, "2026-11-30T09:00")  # Mondays 09:00 Berlin; today is 29 Nov
    tab = comm_tab(window)
    select_upcoming(tab, 1)
    qtbot.mouseClick(tab.checkins.move_button, LEFT)
    dialog = tab.checkins.dialog
    assert dialog is not None
    dialog.day.setDate(QDate(2026, 12, 8))  # type: ignore[union-attr]
    dialog.time.setTime(QTime(14, 0))  # type: ignore[union-attr]
    dialog.duration.setValue(45)  # type: ignore[union-attr]
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: upcoming_state(tab, 1).startswith("Moved from"))
    moved = store.meetings.for_slot(series.id, "2026-12-07T08:00:00Z")
    assert moved is not None and moved.starts_at == "2026-12-08T13:00:00Z"
    assert undo_text(window) == "&Undo 'Move check-in'"

    press_undo(qtbot, tab.checkins.occurrence_view)
    assert not upcoming_state(tab, 1).startswith("Moved from")
    # The slot is bare again: the meeting the move made for it is in the Trash.
    assert store.meetings.find(moved.id) is None
    assert store.meetings.for_slot(series.id, "2026-12-07T08:00:00Z") is None
    assert "45 min" not in str(tab.checkins.occurrence_model.index(1, 2).data())
    assert_undone(window, "Move check-in")

    press_redo(qtbot, tab.checkins.occurrence_view)
    assert upcoming_state(tab, 1).startswith("Moved from")
    assert "45 min" in str(tab.checkins.occurrence_model.index(1, 2).data())
    redone = store.meetings.get(moved.id)
    assert (redone.starts_at, redone.duration_minutes) == ("2026-12-08T13:00:00Z", 45)
    assert_redone(window, "Move check-in")


def test_cancelling_a_check_in_is_undone_and_done_again(
        qtbot: QtBot, window: MainWindow) -> None:
    store = window.context.store
    weekly(window, "2026-11-30T09:00")
    tab = comm_tab(window)
    select_upcoming(tab, 0)
    qtbot.mouseClick(tab.checkins.cancel_button, LEFT)
    dialog = tab.checkins.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.note, "Public holiday")  # type: ignore[union-attr]
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: upcoming_state(tab, 0) == "Cancelled: Public holiday")
    [cancelled] = store.meetings.list()
    assert cancelled.status == "cancelled"
    assert undo_text(window) == "&Undo 'Cancel check-in'"

    press_undo(qtbot, tab.checkins.occurrence_view)
    assert upcoming_state(tab, 0) != "Cancelled: Public holiday"
    assert store.meetings.list() == []  # the slot is bare again: the meeting made for it
    assert store.meetings.get(cancelled.id, include_deleted=True).deleted_at  # is in the Trash
    select_upcoming(tab, 0)
    assert tab.checkins.cancel_button.isEnabled()
    assert_undone(window, "Cancel check-in")

    press_redo(qtbot, tab.checkins.occurrence_view)
    assert upcoming_state(tab, 0) == "Cancelled: Public holiday"
    assert store.meetings.get(cancelled.id).status == "cancelled"
    assert_redone(window, "Cancel check-in")


def test_reordering_the_agenda_backlog_is_undone_and_done_again(
        qtbot: QtBot, window: MainWindow) -> None:
    store, tandem_id = window.context.store, window.context.tandem_id
    tab = comm_tab(window)
    for text in ("Travel budget", "New printer", "Office party"):
        add_backlog_topic(qtbot, tab, text)
    view = tab.backlog.view
    tab.backlog.select(tab.backlog.model.rows[0].id)
    focus(qtbot, view)
    qtbot.keyClick(view, Qt.Key.Key_Down, CTRL)
    assert backlog_texts(tab) == ["New printer", "Travel budget", "Office party"]
    assert undo_text(window) == "&Undo 'Change the order'"

    press_undo(qtbot, view)
    assert backlog_texts(tab) == ["Travel budget", "New printer", "Office party"]
    assert [i.text for i in store.agenda.backlog(tandem_id)] == [
        "Travel budget", "New printer", "Office party"]
    assert_undone(window, "Change the order")

    press_redo(qtbot, view)
    assert backlog_texts(tab) == ["New printer", "Travel budget", "Office party"]
    assert [i.text for i in store.agenda.backlog(tandem_id)] == [
        "New printer", "Travel budget", "Office party"]
    assert_redone(window, "Change the order")


def test_reordering_feedback_prompts_is_undone_and_done_again(
        qtbot: QtBot, window: MainWindow) -> None:
    tab = feedback_tab(qtbot, window)
    prompts, tandem_id = window.context.store.feedback_prompts, window.context.tandem_id
    seeded = [p.text for p in prompts.for_tandem(tandem_id)]
    panel = tab.prompts
    panel.select(prompts.for_tandem(tandem_id)[1].id)
    qtbot.mouseClick(panel.up_button, LEFT)
    swapped = [seeded[1], seeded[0], *seeded[2:]]
    assert [p.text for p in prompts.for_tandem(tandem_id)] == swapped
    assert [p.text for p in panel.model.rows] == swapped
    assert undo_text(window) == "&Undo 'Change the order'"

    press_undo(qtbot, tab.table)
    assert [p.text for p in prompts.for_tandem(tandem_id)] == seeded
    assert [p.text for p in panel.model.rows] == seeded
    assert_undone(window, "Change the order")

    press_redo(qtbot, tab.table)
    assert [p.text for p in prompts.for_tandem(tandem_id)] == swapped
    assert [p.text for p in panel.model.rows] == swapped
    assert_redone(window, "Change the order")


def test_marking_an_agenda_item_discussed_is_undone_and_done_again(
        qtbot: QtBot, window: MainWindow) -> None:
    store = window.context.store
    weekly(window)
    tab = comm_tab(window)
    open_first_upcoming(qtbot, tab)
    page = tab.meeting
    [item] = page.agenda_model.rows
    assert item.text == "Priorities"
    page.select_item(item.id)
    qtbot.keyClicks(page.outcome, "Fair first, then the budget")
    qtbot.mouseClick(page.discussed_button, LEFT)
    checked = page.agenda_model.index(0, 0).data(Qt.ItemDataRole.CheckStateRole)
    assert checked == Qt.CheckState.Checked
    assert store.agenda.get(item.id).discussed
    assert undo_text(window) == "&Undo 'Mark agenda item discussed'"

    press_undo(qtbot, page.agenda_view)
    unchecked = page.agenda_model.index(0, 0).data(Qt.ItemDataRole.CheckStateRole)
    assert unchecked == Qt.CheckState.Unchecked
    undone = store.agenda.get(item.id)
    assert (undone.discussed, undone.outcome) == (False, "")
    assert_undone(window, "Mark agenda item discussed")

    press_redo(qtbot, page.agenda_view)
    assert page.agenda_model.index(0, 0).data(
        Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    redone = store.agenda.get(item.id)
    assert (redone.discussed, redone.outcome) == (True, "Fair first, then the budget")
    assert_redone(window, "Mark agenda item discussed")


def test_a_level_change_on_the_board_is_undone_with_its_history_entry(
        qtbot: QtBot, window: MainWindow) -> None:
    store = window.context.store
    _, booking, _ = seed_rules(window)
    tab = delegation_tab(qtbot, window)
    tab.views.setCurrentIndex(BOARD)
    qtbot.waitUntil(lambda: len(tab.board.rows()) == 4)
    tab.board.select(booking.id)
    focus(qtbot, tab.board)
    qtbot.keyClick(tab.board, Qt.Key.Key_Right)
    assert store.rules.get(booking.id).level == 4
    assert [c.to_level for c in store.level_changes.for_rule(booking.id)] == [3, 4]
    assert undo_text(window) == "&Undo 'Change decision level'"

    press_undo(qtbot, tab.board)
    assert store.rules.get(booking.id).level == 3
    assert [c.to_level for c in store.level_changes.for_rule(booking.id)] == [3]
    assert tab.board.selected_rule().level == 3  # type: ignore[union-attr]
    tab.show_record("decision_rule", booking.id)
    assert tab.rules.details.level.text().startswith("3 · Consult")
    assert tab.rules.details.history_model.rowCount() == 1
    assert_undone(window, "Change decision level")

    press_redo(qtbot, tab.rules.table)
    assert store.rules.get(booking.id).level == 4
    assert [c.to_level for c in store.level_changes.for_rule(booking.id)] == [3, 4]
    assert tab.rules.details.level.text().startswith("4 · Agree")
    assert tab.rules.details.history_model.rowCount() == 2
    assert_redone(window, "Change decision level")


def test_answering_a_question_is_undone_and_done_again(
        qtbot: QtBot, window: MainWindow) -> None:
    store = window.context.store
    question = ask(window, "Can I book first class on trains?")
    tab = trust_tab(qtbot, window)
    table = tab.questions.table
    focus(qtbot, table)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = opened_dialog(qtbot, tab.questions)
    assert isinstance(dialog, AnswerDialog)
    qtbot.keyClicks(dialog.answer_edit, "Yes, for journeys over four hours.")
    qtbot.keyClick(dialog.answer_edit, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: tab.questions.dialog is None)
    assert shown_texts(tab) == []  # the open questions
    assert store.questions.get(question.id).status == "answered"
    assert undo_text(window) == "&Undo 'Answer question'"

    press_undo(qtbot, table)
    assert shown_texts(tab) == ["Can I book first class on trains?"]
    undone = store.questions.get(question.id)
    assert (undone.status, undone.answer, undone.answered_on) == ("open", "", None)
    assert_undone(window, "Answer question")

    press_redo(qtbot, table)
    assert shown_texts(tab) == []
    redone = store.questions.get(question.id)
    assert (redone.status, redone.answer) == ("answered", "Yes, for journeys over four hours.")
    assert_redone(window, "Answer question")


def test_a_goals_progress_is_undone_and_done_again(qtbot: QtBot, window: MainWindow) -> None:
    store = window.context.store
    goal = store.goals.add(Goal(tandem_id=window.context.tandem_id, title="Paperless office",
                                progress=20))
    tab = vision_tab(qtbot, window, VisionTab.GOALS)
    window.show_record("goal", goal.id)
    panel, editor = tab.goals, tab.goals.editor
    editor.spin.setFocus()
    editor.spin.selectAll()
    qtbot.keyClicks(editor.spin, "70")
    qtbot.mouseClick(editor.save_button, LEFT)
    assert store.goals.get(goal.id).progress == 70
    assert panel.model.data(panel.model.index(0, 3)) == "70 %"
    assert undo_text(window) == "&Undo 'Edit goal'"

    press_undo(qtbot, panel.table)
    assert store.goals.get(goal.id).progress == 20
    assert panel.model.data(panel.model.index(0, 3)) == "20 %"
    assert editor.spin.value() == 20
    assert_undone(window, "Edit goal")

    press_redo(qtbot, panel.table)
    assert store.goals.get(goal.id).progress == 70
    assert panel.model.data(panel.model.index(0, 3)) == "70 %"
    assert editor.spin.value() == 70
    assert_redone(window, "Edit goal")


def test_a_new_vision_version_is_undone_and_saved_again(
        qtbot: QtBot, window: MainWindow) -> None:
    store, tandem_id = window.context.store, window.context.tandem_id
    tab = vision_tab(qtbot, window, VisionTab.VISION)
    editor = tab.editor
    qtbot.keyClicks(editor.statement, "The office runs itself.")
    qtbot.mouseClick(editor.save_button, LEFT)
    _replace(qtbot, editor.statement, "The office runs reliably by itself.")
    qtbot.mouseClick(editor.save_button, LEFT)
    assert editor.versions.rowCount() == 2
    assert undo_text(window) == "&Undo 'Add vision'"

    press_undo(qtbot, editor.history_view)
    assert [v.statement for v in store.visions.history(tandem_id)] == [
        "The office runs itself."]
    assert editor.versions.rowCount() == 1
    assert editor.statement.toPlainText() == "The office runs itself."
    assert_undone(window, "Add vision")

    press_redo(qtbot, editor.history_view)
    assert [v.statement for v in store.visions.history(tandem_id)] == [
        "The office runs reliably by itself.", "The office runs itself."]
    assert editor.versions.rowCount() == 2
    assert editor.statement.toPlainText() == "The office runs reliably by itself."
    assert_redone(window, "Add vision")


def test_opening_the_feedback_tab_is_no_step_to_undo(qtbot: QtBot, window: MainWindow) -> None:
    tab = feedback_tab(qtbot, window)
    assert tab.prompts.model.rowCount() > 0  # the built-in prompts, seeded just now
    assert not window.undo_actions.undo_action.isEnabled(), undo_text(window)


def test_logged_feedback_is_undone_and_logged_again(qtbot: QtBot, window: MainWindow) -> None:
    tab = feedback_tab(qtbot, window)
    log_by_keyboard(qtbot, tab, receive=True, suggestion=False, situation="Board papers",
                    behaviour="Sent them two days early")
    [entry] = db_rows(tab)
    assert shown(tab, FeedbackTableModel.TEXT) == ["Board papers · Sent them two days early"]
    assert undo_text(window) == "&Undo 'Add feedback'"

    press_undo(qtbot, tab.table)
    assert db_rows(tab) == []
    assert shown(tab, FeedbackTableModel.TEXT) == []
    assert tab.context.store.feedback.get(entry.id, include_deleted=True).deleted_at
    assert_undone(window, "Add feedback")

    press_redo(qtbot, tab.table)
    assert [row.id for row in db_rows(tab)] == [entry.id]
    assert shown(tab, FeedbackTableModel.TEXT) == ["Board papers · Sent them two days early"]
    assert_redone(window, "Add feedback")


# -- how undo lives with the rest of the window -------------------------------------------
def test_a_text_field_keeps_ctrl_z_for_its_own_typing(qtbot: QtBot, window: MainWindow) -> None:
    seed(window)
    store = window.context.store
    tab = tasks_tab(window)
    page = tab.tasks
    focus(qtbot, page.table)
    select_row(page.table, 0)
    qtbot.keyClick(page.table, Qt.Key.Key_D, CTRL)
    assert titles(tab) == ["Sign contract", "Order toner"]
    assert undo_text(window) == "&Undo 'Mark task done'"
    step = store.undo.next_undo(window.context.tandem_id)

    focus(qtbot, page.quick)
    qtbot.keyClicks(page.quick, "Renew the parking permit")
    qtbot.keyClick(page.quick, Qt.Key.Key_Z, CTRL)
    assert page.quick.text() == ""  # the field took its typing back
    assert titles(tab) == ["Sign contract", "Order toner"]
    assert {t.title for t in store.tasks.list() if t.status == "done"} == {
        "Book train", "Old booking"}
    assert store.undo.next_undo(window.context.tandem_id) is step
    assert store.undo.next_redo(window.context.tandem_id) is None
    assert undo_text(window) == "&Undo 'Mark task done'"

    press_undo(qtbot, page.table)  # away from the field Ctrl+Z is the window's again
    assert titles(tab) == ["Book train", "Sign contract", "Order toner"]


def test_each_tandem_has_its_own_undo(qtbot: QtBot, window: MainWindow) -> None:
    seed(window)
    office = window.context.tandem_id
    tab = tasks_tab(window)
    page = tab.tasks
    focus(qtbot, page.table)
    select_row(page.table, 0)
    qtbot.keyClick(page.table, Qt.Key.Key_D, CTRL)
    assert undo_text(window) == "&Undo 'Mark task done'"

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, TandemDialog)
        qtbot.keyClicks(dialog.name, "Agency client")
        qtbot.keyClicks(dialog.leader, "Eva")
        qtbot.keyClicks(dialog.assistant, "Jonas")
        dialog.ok_button.click()

    when_modal(qtbot, fill)
    window.new_tandem()  # File ▸ New tandem…
    assert window.context.tandem is not None and window.context.tandem.name == "Agency client"
    assert not window.undo_actions.undo_action.isEnabled()
    assert undo_text(window) == "&Undo"
    press_undo(qtbot, page.table)
    assert window.context.store.tasks.get(
        next(t.id for t in window.context.store.tasks.list() if t.title == "Book train")
    ).status == "done"  # Office's step was not touched from here

    window.switch_to(office)
    assert window.undo_actions.undo_action.isEnabled()
    assert undo_text(window) == "&Undo 'Mark task done'"
    press_undo(qtbot, page.table)
    assert titles(tab) == ["Book train", "Sign contract", "Order toner"]


def test_a_step_whose_record_was_deleted_for_good_cannot_be_undone(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    seed(window)
    store = window.context.store
    tab = tasks_tab(window)
    page = tab.tasks
    [sign] = [t for t in store.tasks.list() if t.title == "Sign contract"]
    focus(qtbot, page.table)
    select_row(page.table, 1)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert undo_text(window) == "&Undo 'Delete task'"

    # Edit ▸ Trash…: the task, deleted for good.
    monkeypatch.setattr("tandem_desktop.ui.trash_dialog.confirm", lambda *args: True)
    purged: list[str] = []

    def purge(dialog: QDialog) -> None:
        assert isinstance(dialog, TrashDialog)
        assert dialog.model.index(0, 1).data() == "Sign contract"
        qtbot.mouseClick(dialog.purge_button, LEFT)
        purged.append(str(dialog.model.rowCount()))
        dialog.reject()

    trash = next(a for a in window.edit_menu.actions() if a.text() == "&Trash…")
    when_modal(qtbot, purge)
    trash.trigger()
    assert purged == ["0"]
    assert store.tasks.find(sign.id) is None
    with pytest.raises(NotFoundError):  # gone from the table altogether
        store.tasks.get(sign.id, include_deleted=True)

    told: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, title, text, *args: told.append((title, text)))
    press_undo(qtbot, page.table)
    assert told and told[0][0] == "Cannot undo"
    assert "deleted for good" in told[0][1]
    assert titles(tab) == ["Book train", "Order toner"]
    assert sorted(t.title for t in store.tasks.list()) == [
        "Book train", "Old booking", "Order toner"]
    assert undo_text(window) != "&Undo 'Delete task'"  # the menu moved on
    assert not window.undo_actions.redo_action.isEnabled()


def test_the_german_menu_names_the_action(qtbot: QtBot, german: None,
                                          window: MainWindow) -> None:
    seed(window)
    tab = tasks_tab(window)
    page = tab.tasks
    focus(qtbot, page.table)
    select_row(page.table, 0)
    qtbot.keyClick(page.table, Qt.Key.Key_D, CTRL)
    step = window.context.store.undo.next_undo(window.context.tandem_id)
    assert step is not None
    name = step_name(step)
    # The German strings are added separately: whatever the language, the menu item
    # says what Ctrl+Z takes back ("Rückgängig: 'Aufgabe erledigt'" once translated).
    assert name and name in undo_text(window)
    assert undo_text(window).replace(name, "").strip(" '&")

    press_undo(qtbot, page.table)
    assert titles(tab) == ["Book train", "Sign contract", "Order toner"]
    assert name in redo_text(window)
    assert name in status(window)
