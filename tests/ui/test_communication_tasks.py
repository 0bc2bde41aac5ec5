"""The task list: quick add, views, filter, sort, complete several, editor; agreements."""

from __future__ import annotations

from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from tandem_desktop.domain.records import Agreement, Area, Goal, Task
from tandem_desktop.ui.communication.tab import AGREEMENTS, TASKS, CommunicationTab
from tandem_desktop.ui.main_window import MainWindow
from tests.ui.conftest import click_ok
from tests.ui.test_communication_series import HTML, comm_tab


def tasks_tab(window: MainWindow) -> CommunicationTab:
    tab = comm_tab(window)
    tab.show_page(TASKS)
    return tab


def titles(tab: CommunicationTab) -> list[str]:
    model = tab.tasks.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def seed(window: MainWindow) -> None:
    tid = window.context.tandem_id
    add = window.context.store.tasks.add
    add(Task(tandem_id=tid, title="Book train", owner="assistant", due_on="2026-11-20"))
    add(Task(tandem_id=tid, title="Sign contract", owner="leader", due_on="2026-12-02",
             priority="high"))
    add(Task(tandem_id=tid, title="Order toner", owner="assistant", due_on="2026-12-10"))
    add(Task(tandem_id=tid, title="Old booking", owner="assistant", status="done",
             done_on="2026-11-01"))


def test_quick_add_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    tab = tasks_tab(window)
    page = tab.tasks
    qtbot.keyClicks(page.quick, "Renew " + HTML)
    page.quick_owner.setCurrentIndex(page.quick_owner.findData("leader"))
    page.quick_has_due.setChecked(True)
    page.quick_due.setDate(QDate(2026, 12, 3))
    qtbot.keyClick(page.quick, Qt.Key.Key_Return)
    assert page.quick.text() == ""
    stored = window.context.store.tasks.list()
    assert [(t.title, t.owner, t.due_on, t.status) for t in stored] == [
        ("Renew " + HTML, "leader", "2026-12-03", "open")]
    assert titles(tab) == ["Renew " + HTML]
    assert page.model.index(0, 1).data() == "Claudia"
    assert page.count_label.text() == "1 task"
    qtbot.keyClick(page.quick, Qt.Key.Key_Return)
    assert page.quick_error.isVisible()
    assert window.context.store.tasks.count() == 1


def test_views_filter_and_sort(qtbot: QtBot, window: MainWindow) -> None:
    seed(window)
    tab = tasks_tab(window)
    page = tab.tasks
    assert titles(tab) == ["Book train", "Sign contract", "Order toner"]
    qtbot.mouseClick(page.view_buttons["mine"], Qt.MouseButton.LeftButton)
    assert titles(tab) == ["Book train", "Order toner"]
    qtbot.mouseClick(page.view_buttons["partner"], Qt.MouseButton.LeftButton)
    assert titles(tab) == ["Sign contract"]
    qtbot.mouseClick(page.view_buttons["overdue"], Qt.MouseButton.LeftButton)
    assert titles(tab) == ["Book train"]
    assert page.model.index(0, 2).data(Qt.ItemDataRole.ForegroundRole) is not None
    qtbot.mouseClick(page.view_buttons["done"], Qt.MouseButton.LeftButton)
    assert titles(tab) == ["Old booking"]
    qtbot.mouseClick(page.view_buttons["all"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.search, "boo")
    assert titles(tab) == ["Book train", "Old booking"]
    page.search.clear()
    qtbot.mouseClick(page.view_buttons["open"], Qt.MouseButton.LeftButton)
    header = page.table.horizontalHeader()
    header.setSortIndicator(3, Qt.SortOrder.AscendingOrder)  # priority, as a header click does
    assert titles(tab)[0] == "Sign contract"
    header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    assert titles(tab) == ["Sign contract", "Order toner", "Book train"]


def test_complete_several_at_once(qtbot: QtBot, window: MainWindow) -> None:
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
    store = window.context.store
    done = [t for t in store.tasks.list() if t.status == "done"]
    assert sorted(t.title for t in done) == ["Book train", "Old booking", "Order toner"]
    assert {t.done_on for t in done if t.title != "Old booking"} == {"2026-11-29"}


def test_editor_with_area_and_goal(qtbot: QtBot, window: MainWindow) -> None:
    store, tid = window.context.store, window.context.tandem_id
    area = store.areas.add(Area(tandem_id=tid, name="Travel", owner="assistant"))
    goal = store.goals.add(Goal(tandem_id=tid, title="Paperless office"))
    tab = comm_tab(window)
    actions = {action.text(): action for action in tab.new_actions()}
    actions["Task…"].trigger()
    dialog = tab.tasks.dialog
    assert dialog is not None and dialog.isVisible()
    click_ok(qtbot, dialog)
    assert dialog.title_error.isVisible()
    qtbot.keyClicks(dialog.title_edit, "Scan invoices")
    dialog.area.setCurrentIndex(dialog.area.findData(area.id))
    dialog.goal.setCurrentIndex(dialog.goal.findData(goal.id))
    dialog.priority.setCurrentIndex(dialog.priority.findData("high"))
    click_ok(qtbot, dialog)
    task = store.tasks.list()[0]
    assert (task.area_id, task.goal_id, task.priority) == (area.id, goal.id, "high")
    assert tab.tasks.model.index(0, 5).data() == "Travel"
    assert tab.tasks.model.index(0, 6).data() == "Paperless office"
    window.tabs.setCurrentIndex(0)
    window.show_record("task", task.id)
    assert window.tabs.currentIndex() == 2 and tab.pages.currentIndex() == TASKS
    assert tab.tasks.selected_ids() == [task.id]


def test_agreements_and_due_for_review(qtbot: QtBot, window: MainWindow) -> None:
    store, tid = window.context.store, window.context.tandem_id
    store.agreements.add(Agreement(tandem_id=tid, category="tools", text="Shared drive",
                                   agreed_on="2026-01-01", review_on="2027-06-01"))
    tab = comm_tab(window)
    tab.show_page(AGREEMENTS)
    page = tab.agreements
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None
    dialog.category.setCurrentIndex(dialog.category.findData("response_times"))
    qtbot.keyClicks(dialog.text, "Mails within a day " + HTML)
    dialog.review_on.setDate(QDate(2026, 1, 1))
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.review_error.isVisible() and store.agreements.count() == 1
    dialog.review_on.setDate(QDate(2026, 12, 5))
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert store.agreements.count() == 2
    assert page.model.rowCount() == 2
    assert page.due_hint.isVisible()
    qtbot.mouseClick(page.due_only, Qt.MouseButton.LeftButton)
    assert [page.model.index(r, 1).data() for r in range(page.model.rowCount())] == [
        "Mails within a day " + HTML]
    assert page.model.index(0, 0).data() == "Response times"
    page.table.selectRow(0)
    qtbot.mouseClick(page.reviewed_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 0
    [times] = [a for a in store.agreements.list() if a.category == "response_times"]
    assert times.review_on == "2027-05-29"


def test_a_task_is_put_under_a_decision_rule(qtbot: QtBot, window: MainWindow) -> None:
    from tandem_desktop.domain.records import DecisionRule
    from tandem_desktop.ui.delegation.dialogs import RuleDialog

    store, tid = window.context.store, window.context.tandem_id
    rule = store.rules.add(DecisionRule(tandem_id=tid, decision="Book business travel",
                                        level=4))
    store.rules.add(DecisionRule(tandem_id=tid, decision="Accept meeting requests", level=5))
    tab = comm_tab(window)
    {action.text(): action for action in tab.new_actions()}["Task…"].trigger()
    dialog = tab.tasks.dialog
    assert dialog is not None
    assert [dialog.rule.itemText(i) for i in range(dialog.rule.count())] == [
        "(no decision rule)", "Accept meeting requests", "Book business travel"]
    qtbot.keyClicks(dialog.title_edit, "Hotel for the fair")
    dialog.rule.setCurrentIndex(dialog.rule.findData(rule.id))
    click_ok(qtbot, dialog)
    task = store.tasks.list()[0]
    assert task.rule_id == rule.id
    assert store.tasks.under_rule(rule.id) == [task]

    # The rule's editor names the tasks done under it.
    rule_dialog = RuleDialog(window.context, window, rule)
    qtbot.addWidget(rule_dialog)
    assert rule_dialog.tasks.text() == "1 open, 0 done\n• Hotel for the fair"

    # Editing the task shows the rule; taking it away unlinks the task.
    tab.show_page(TASKS)
    tab.tasks.table.selectRow(0)
    qtbot.keyClick(tab.tasks.table, Qt.Key.Key_Return)  # opens the selected task
    dialog = tab.tasks.dialog
    assert dialog is not None and dialog.rule.currentData() == rule.id
    dialog.rule.setCurrentIndex(0)
    click_ok(qtbot, dialog)
    assert store.tasks.get(task.id).rule_id is None
    assert RuleDialog(window.context, window, rule).tasks.text().startswith("None yet.")


def test_the_task_count_takes_its_plural_form(qtbot: QtBot, window: MainWindow,  # type: ignore[no-untyped-def]
                                              german) -> None:
    tab = tasks_tab(window)
    page = tab.tasks
    for title, shown in (("Book train", "1 Aufgabe"), ("Order toner", "2 Aufgaben")):
        qtbot.keyClicks(page.quick, title)
        qtbot.keyClick(page.quick, Qt.Key.Key_Return)
        assert page.count_label.text() == shown
