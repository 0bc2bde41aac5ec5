"""The Vision tab driven like a user: write and revise the vision, compare versions,
add goals, link tasks and watch progress follow them, review and roadmap."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QPlainTextEdit

from tandem_desktop.domain.records import DecisionRule, Goal, Task, Vision
from tandem_desktop.storage.store import Store
from tandem_desktop.ui.main_window import MainWindow
from tandem_desktop.ui.vision.tab import VisionTab

HOSTILE = '<b>x</b><img src="http://127.0.0.1/x">'
LEFT = Qt.MouseButton.LeftButton


def _open(qtbot, window: MainWindow, page: int) -> VisionTab:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    tab = window.step_tabs[5]
    assert isinstance(tab, VisionTab)
    qtbot.mouseClick(tab.pages.tabBar(), LEFT,
                     pos=tab.pages.tabBar().tabRect(page).center())
    assert tab.pages.currentIndex() == page
    return tab


def _replace(qtbot, field: QPlainTextEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    if text:
        qtbot.keyClicks(field, text)


def _pick(qtbot, combo: QComboBox, data: object) -> None:  # type: ignore[no-untyped-def]
    """Choose an entry the way the keyboard does: focus the combo and step to it."""
    combo.setFocus()
    target = combo.findData(data)
    assert target >= 0, data
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(target):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentIndex() == target


def _store(window: MainWindow) -> Store:
    return window.context.store


def test_write_revise_and_compare_the_vision(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    tab = _open(qtbot, window, VisionTab.VISION)
    editor = tab.editor
    store, tandem_id = _store(window), window.context.tandem_id
    assert not editor.save_button.isEnabled()
    qtbot.keyClicks(editor.statement, "The office runs itself.")
    qtbot.keyClicks(editor.horizon, "2028")
    qtbot.keyClicks(editor.role, "Jonas runs the office.")
    qtbot.mouseClick(editor.save_button, LEFT)
    assert [v.statement for v in store.visions.history(tandem_id)] == ["The office runs itself."]
    assert editor.versions.rowCount() == 1
    assert "29 November 2026" in editor.saved_label.text()
    assert not editor.save_button.isEnabled()

    _replace(qtbot, editor.statement, "The office runs reliably by itself.")
    qtbot.mouseClick(editor.save_button, LEFT)
    history = store.visions.history(tandem_id)
    assert [v.statement for v in history] == ["The office runs reliably by itself.",
                                              "The office runs itself."]
    assert history[0].horizon == history[1].horizon == "2028"
    assert editor.versions.rowCount() == 2
    assert "(current)" in editor.versions.data(editor.versions.index(0, 0))

    qtbot.mouseClick(editor.compare_button, LEFT)
    dialog = editor.compare_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.earlier.currentIndex() == 1 and dialog.later.currentIndex() == 0
    shown = dialog.view.toPlainText()
    assert "The office runs itself." in shown
    assert "The office runs reliably by itself." in shown
    assert "#c9f0cf" in dialog.view.toHtml()  # the added words are marked
    dialog.close()

    # A blank statement is refused at the field and changes nothing.
    _replace(qtbot, editor.statement, "")
    qtbot.mouseClick(editor.save_button, LEFT)
    assert editor.statement_error.isVisible()
    assert len(store.visions.history(tandem_id)) == 2
    qtbot.mouseClick(editor.discard_button, LEFT)
    assert editor.statement.toPlainText() == "The office runs reliably by itself."
    assert not editor.statement_error.isVisible()


def test_vision_text_shows_literally(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    tab = _open(qtbot, window, VisionTab.VISION)
    editor = tab.editor
    qtbot.keyClicks(editor.statement, "Plain first version")
    qtbot.mouseClick(editor.save_button, LEFT)
    _replace(qtbot, editor.statement, HOSTILE)
    qtbot.mouseClick(editor.save_button, LEFT)
    assert _store(window).visions.current(window.context.tandem_id).statement == HOSTILE  # type: ignore[union-attr]
    assert HOSTILE in editor.versions.data(editor.versions.index(0, 0))
    dialog = editor.open_compare()
    assert dialog is not None
    assert HOSTILE in dialog.view.toPlainText()
    assert "<img" not in dialog.view.toHtml().replace("&lt;img", "")
    dialog.close()


def test_copy_an_old_version_into_the_editor(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    store, tandem_id = _store(window), window.context.tandem_id
    store.visions.save_version(Vision(tandem_id=tandem_id, statement="Old", saved_on="2026-01-01"))
    store.visions.save_version(Vision(tandem_id=tandem_id, statement="New", saved_on="2026-06-01"))
    tab = _open(qtbot, window, VisionTab.VISION)
    editor = tab.editor
    view = editor.history_view
    qtbot.mouseClick(view.viewport(), LEFT,
                     pos=view.visualRect(editor.versions.index(1, 0)).center())
    assert editor.load_button.isEnabled()
    qtbot.mouseClick(editor.load_button, LEFT)
    assert editor.statement.toPlainText() == "Old"
    qtbot.mouseClick(editor.save_button, LEFT)
    assert [v.statement for v in store.visions.history(tandem_id)] == ["Old", "New", "Old"]


def test_goal_needs_a_title_and_progress_stays_in_bounds(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    tab = _open(qtbot, window, VisionTab.GOALS)
    panel, editor = tab.goals, tab.goals.editor
    qtbot.mouseClick(panel.new_button, LEFT)
    qtbot.mouseClick(editor.save_button, LEFT)
    assert editor.title_error.isVisible()
    assert editor.title_error.text() == "A goal needs a title."
    assert _store(window).goals.count() == 0

    qtbot.keyClicks(editor.title, HOSTILE)
    editor.spin.setFocus()
    editor.spin.selectAll()
    qtbot.keyClicks(editor.spin, "150")
    assert editor.spin.value() <= 100
    editor.spin.selectAll()
    qtbot.keyClicks(editor.spin, "70")
    qtbot.mouseClick(editor.save_button, LEFT)
    goals = _store(window).goals.list()
    assert [(g.title, g.progress) for g in goals] == [(HOSTILE, 70)]
    assert not editor.title_error.isVisible()
    assert panel.model.rowCount() == 1
    index = panel.model.index(0, 0)
    assert panel.model.data(index) == HOSTILE
    assert editor.heading.textFormat() == Qt.TextFormat.PlainText
    assert editor.heading.text() == HOSTILE
    assert panel.model.data(panel.model.index(0, 3)) == "70 %"


def test_progress_follows_the_linked_tasks(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    store, tandem_id = _store(window), window.context.tandem_id
    tab = _open(qtbot, window, VisionTab.GOALS)
    panel, editor = tab.goals, tab.goals.editor
    qtbot.mouseClick(panel.new_button, LEFT)
    qtbot.keyClicks(editor.title, "Spring trade fair")
    _pick(qtbot, editor.mode, "tasks")
    assert not editor.spin.isEnabled()
    qtbot.mouseClick(editor.save_button, LEFT)
    goal = store.goals.list()[0]
    assert goal.progress_mode == "tasks"
    assert editor.tasks_box.isVisible()

    for title in ("Book the hotel", "Plan the staff"):
        qtbot.keyClicks(editor.new_task, title)
        qtbot.keyClick(editor.new_task, Qt.Key.Key_Return)
    tasks = store.tasks.for_goal(goal.id)
    assert sorted(t.title for t in tasks) == ["Book the hotel", "Plan the staff"]
    assert all(t.owner == "assistant" for t in tasks)
    assert editor.task_model.rowCount() == 2
    assert editor.tasks_summary.text() == "0 of 2 tasks done"

    # Tick the first task done in the list: progress follows.
    view = editor.task_view
    first = editor.task_model.rows[0]
    rect = view.visualRect(editor.task_model.index(0, 0))
    qtbot.mouseClick(view.viewport(), LEFT, pos=QPoint(rect.left() + 10, rect.center().y()))
    assert store.tasks.get(first.id).status == "done"
    # Done tasks move below the open ones, ticked.
    assert editor.task_model.rows[1].id == first.id
    assert editor.task_model.data(editor.task_model.index(1, 0),
                                  Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert store.tasks.get(first.id).done_on == "2026-11-29"
    assert editor.tasks_summary.text() == "1 of 2 tasks done"
    assert editor.spin.value() == 50
    row = panel.model.row_of(goal.id)
    assert panel.model.data(panel.model.index(row, 3)) == "50 %"

    # A task created elsewhere (the task list) can be linked here.
    store.tasks.add(Task(tandem_id=tandem_id, title="Print flyers", owner="leader"))
    _pick(qtbot, editor.linkable, store.tasks.linkable(tandem_id)[0].id)
    qtbot.mouseClick(editor.link_button, LEFT)
    assert len(store.tasks.for_goal(goal.id)) == 3
    assert editor.tasks_summary.text() == "1 of 3 tasks done"
    assert panel.model.data(panel.model.index(row, 3)) == "33 %"
    assert store.goals.standing(goal.id).progress == 33  # type: ignore[union-attr]

    # Unlinking takes it out again; marking the rest done reaches 100 %.
    flyers = next(r for r in range(3) if editor.task_model.rows[r].title == "Print flyers")
    qtbot.mouseClick(view.viewport(), LEFT,
                     pos=view.visualRect(editor.task_model.index(flyers, 0)).center())
    qtbot.mouseClick(editor.unlink_button, LEFT)
    assert len(store.tasks.for_goal(goal.id)) == 2
    for task in store.tasks.for_goal(goal.id):
        store.tasks.change(task.id, status="done")
    assert panel.model.data(panel.model.index(panel.model.row_of(goal.id), 3)) == "100 %"
    assert editor.spin.value() == 100
    roadmap_ids = tab.roadmap.canvas.goal_ids()
    assert goal.id in roadmap_ids


def test_development_goal_counts_rules_at_target(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    store, tandem_id = _store(window), window.context.tandem_id
    travel = store.rules.add(DecisionRule(tandem_id=tandem_id, decision="Book travel",
                                          level=6, target_level=6))
    invoices = store.rules.add(DecisionRule(tandem_id=tandem_id, decision="Release invoices",
                                            level=4, target_level=6))
    tab = _open(qtbot, window, VisionTab.GOALS)
    editor = tab.goals.editor
    qtbot.mouseClick(tab.goals.new_button, LEFT)
    qtbot.keyClicks(editor.title, "Approve invoices alone")
    _pick(qtbot, editor.kind, "development")
    qtbot.mouseClick(editor.save_button, LEFT)
    assert editor.rules_box.isVisible()
    for rule in (travel, invoices):
        _pick(qtbot, editor.rule_choice, rule.id)
        qtbot.mouseClick(editor.add_rule_button, LEFT)
    goal = store.goals.list()[0]
    assert goal.kind == "development"
    assert {r.id for r in store.rules.of_goal(goal.id)} == {travel.id, invoices.id}
    assert editor.rules_summary.text() == "1 of 2 rules are at their target level"
    assert editor.rule_choice.count() == 0
    # The leader raises the level in the Delegation tab: the count follows.
    store.rules.change(invoices.id, level=6)
    assert editor.rules_summary.text() == "2 of 2 rules are at their target level"
    view = editor.rule_view
    qtbot.mouseClick(view.viewport(), LEFT,
                     pos=view.visualRect(editor.rule_model.index(0, 0)).center())
    qtbot.mouseClick(editor.remove_rule_button, LEFT)
    assert len(store.rules.of_goal(goal.id)) == 1


def test_past_target_date_allowed_but_flagged(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    store, tandem_id = _store(window), window.context.tandem_id
    late = store.goals.add(Goal(tandem_id=tandem_id, title="Late", target_on="2026-10-01"))
    tab = _open(qtbot, window, VisionTab.GOALS)
    panel, editor = tab.goals, tab.goals.editor
    assert panel.model.data(panel.model.index(0, 2)).startswith("⚠")
    assert window.show_record("goal", late.id) is None
    assert editor.goal_id == late.id
    assert editor.late_label.isVisible()
    _pick(qtbot, editor.status, "done")
    assert not editor.late_label.isVisible()
    qtbot.mouseClick(editor.save_button, LEFT)
    assert store.goals.get(late.id).status == "done"
    assert not panel.model.data(panel.model.index(0, 2)).startswith("⚠")


def test_search_and_filter_goals(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    store, tandem_id = _store(window), window.context.tandem_id
    for title, status in (("Paperless office", "active"), ("Trade fair", "planned"),
                          ("Old plan", "dropped")):
        store.goals.add(Goal(tandem_id=tandem_id, title=title, status=status))
    tab = _open(qtbot, window, VisionTab.GOALS)
    panel = tab.goals
    assert panel.model.rowCount() == 3
    # The editor opens on the first goal rather than on a blank form.
    assert panel.editor.goal_id == panel.model.rows[0].goal.id
    qtbot.keyClicks(panel.search, "paperl")
    assert [panel.model.rows[r].goal.title for r in range(panel.model.rowCount())] == [
        "Paperless office"]
    panel.search.clear()
    _pick(qtbot, panel.status_filter, "open")
    assert panel.model.rowCount() == 2


def test_review_reminder_mark_reviewed_and_agenda(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    store, tandem_id = _store(window), window.context.tandem_id
    store.visions.save_version(Vision(tandem_id=tandem_id, statement="Go far",
                                      saved_on="2026-03-01"))
    store.tandems.change(tandem_id, vision_reviewed_on="2026-08-01")
    tab = _open(qtbot, window, VisionTab.VISION)
    review = tab.review
    assert review.due
    assert "120 days ago" in review.text.text()
    assert "time to look at the vision" in review.text.text()
    qtbot.mouseClick(review.mark_button, LEFT)
    assert store.tandems.get(tandem_id).vision_reviewed_on == "2026-11-29"
    assert not review.due
    assert review.text.text().startswith("Last reviewed together: today.")
    assert not review.mark_button.isEnabled()

    qtbot.mouseClick(review.agenda_button, LEFT)
    backlog = store.agenda.backlog(tandem_id)
    assert [(i.kind, i.source_kind, i.meeting_id, i.added_by) for i in backlog] == [
        ("topic", "vision", None, "assistant")]
    assert backlog[0].source_id == store.visions.current(tandem_id).id  # type: ignore[union-attr]
    assert not review.agenda_button.isEnabled()


def test_put_a_goal_on_the_next_check_in(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    store, tandem_id = _store(window), window.context.tandem_id
    goal = store.goals.add(Goal(tandem_id=tandem_id, title="Paperless office"))
    _open(qtbot, window, VisionTab.GOALS)
    window.show_record("goal", goal.id)
    editor = window.step_tabs[5].goals.editor  # type: ignore[attr-defined]
    qtbot.mouseClick(editor.agenda_button, LEFT)
    items = store.agenda.for_source("goal", goal.id)
    assert [(i.meeting_id, i.kind, i.text) for i in items] == [
        (None, "topic", "Goal: Paperless office")]
    assert not editor.agenda_button.isEnabled()
    assert editor.agenda_note.text() == "On the agenda for the next check-in."


def test_new_goal_action_and_show_record(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    store, tandem_id = _store(window), window.context.tandem_id
    version = store.visions.save_version(Vision(tandem_id=tandem_id, statement="Far",
                                                saved_on="2026-03-01"))
    store.visions.save_version(Vision(tandem_id=tandem_id, statement="Farther",
                                      saved_on="2026-06-01"))
    window.tabs.setCurrentIndex(0)
    action = next(a for a in window.new_menu.actions() if a.text().replace("&", "") == "Goal…")
    action.trigger()
    tab = window.step_tabs[5]
    assert window.tabs.currentIndex() == 5
    assert tab.pages.currentIndex() == VisionTab.GOALS  # type: ignore[attr-defined]
    assert tab.goals.editor.goal is None  # type: ignore[attr-defined]
    window.tabs.setCurrentIndex(0)
    window.show_record("vision", version.id)
    assert window.tabs.currentIndex() == 5
    assert tab.pages.currentIndex() == VisionTab.VISION  # type: ignore[attr-defined]
    assert tab.editor.selected_ids() == [version.id]  # type: ignore[attr-defined]


def test_roadmap_reads_for_many_goals(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    store, tandem_id = _store(window), window.context.tandem_id
    today = date(2026, 11, 29)
    statuses = ["planned", "active", "done", "dropped"]
    store.goals.add_many(
        Goal(tandem_id=tandem_id, title=f"Goal {n} {HOSTILE}", status=statuses[n % 4],
             target_on=(today + timedelta(days=-60 + 15 * n)).isoformat(), progress=n * 2)
        for n in range(40))
    store.goals.add(Goal(tandem_id=tandem_id, title="Someday"))
    tab = _open(qtbot, window, VisionTab.ROADMAP)
    canvas = tab.roadmap.canvas
    assert len(canvas.goal_ids()) == 41
    assert canvas.row_height() < 30  # compact rows
    assert canvas.height() >= 41 * canvas.row_height()
    assert tab.roadmap.rows_area.verticalScrollBar().maximum() > 0
    scale = canvas.scale()
    assert scale.start <= today - timedelta(days=60) and scale.end > today + timedelta(days=525)
    assert scale.label_every(60) >= 1
    tip = canvas.tooltip_for(0)
    assert "&lt;img" in tip and "<img" not in tip
    image = canvas.grab()
    assert not image.isNull()
    # Clicking a row opens the goal.
    first = canvas.goal_ids()[0]
    qtbot.mouseClick(canvas, LEFT, pos=canvas.row_rect(0).center().toPoint())
    assert tab.pages.currentIndex() == VisionTab.GOALS
    assert tab.goals.editor.goal_id == first


def test_models_pass_the_model_tester(qtmodeltester, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    store, tandem_id = _store(window), window.context.tandem_id
    store.visions.save_version(Vision(tandem_id=tandem_id, statement="A", saved_on="2026-03-01"))
    goal = store.goals.add(Goal(tandem_id=tandem_id, title="G", target_on="2026-01-01"))
    store.tasks.add(Task(tandem_id=tandem_id, title="T", owner="leader", goal_id=goal.id))
    tab = window.step_tabs[5]
    window.tabs.setCurrentIndex(5)
    window.show_record("goal", goal.id)
    for model in (tab.editor.versions, tab.goals.model, tab.goals.editor.task_model,  # type: ignore[attr-defined]
                  tab.goals.editor.rule_model):  # type: ignore[attr-defined]
        qtmodeltester.check(model, force_py=True)


@pytest.mark.usefixtures("german")
def test_german_labels(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import make_tandem

    context.set_tandem(make_tandem(context.store))
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    tab = _open(qtbot, win, VisionTab.GOALS)
    assert [tab.pages.tabText(i) for i in range(3)] == ["Vision", "Ziele", "Roadmap"]
    assert tab.goals.new_button.text() == "Neues Ziel"
    qtbot.mouseClick(tab.goals.new_button, LEFT)
    qtbot.mouseClick(tab.goals.editor.save_button, LEFT)
    assert tab.goals.editor.title_error.text() == "Ein Ziel braucht einen Titel."


def test_delete_goal_moves_it_to_the_trash(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    store, tandem_id = _store(window), window.context.tandem_id
    goal = store.goals.add(Goal(tandem_id=tandem_id, title="Old plan"))
    tab = _open(qtbot, window, VisionTab.GOALS)
    window.show_record("goal", goal.id)
    asked: list[str] = []
    monkeypatch.setattr("tandem_desktop.ui.vision.goals.confirm",
                        lambda _parent, _title, text: asked.append(text) or True)
    qtbot.mouseClick(tab.goals.editor.delete_button, LEFT)
    assert asked and "Old plan" in asked[0]
    assert store.goals.find(goal.id) is None
    assert store.goals.get(goal.id, include_deleted=True).deleted_at is not None
    assert tab.goals.model.rowCount() == 0
    assert tab.goals.editor.goal is None


def test_a_failed_write_keeps_what_was_typed(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from tandem_desktop.storage.errors import WriteFailedError

    store = _store(window)
    tab = _open(qtbot, window, VisionTab.GOALS)
    editor = tab.goals.editor
    shown: list[str] = []
    monkeypatch.setattr("tandem_desktop.ui.actions.inform",
                        lambda _parent, _title, text, warning=False: shown.append(text))

    def full_disk(_record: Goal) -> Goal:
        raise WriteFailedError("the disk is full")

    monkeypatch.setattr(store.goals, "add", full_disk)
    qtbot.mouseClick(tab.goals.new_button, LEFT)
    qtbot.keyClicks(editor.title, "Paperless office")
    qtbot.mouseClick(editor.save_button, LEFT)
    assert shown and "the disk is full" in shown[0]
    assert editor.title.text() == "Paperless office"
    assert editor.save_button.isEnabled()
    assert store.goals.count() == 0


def test_ctrl_s_saves_and_switching_tandem_clears_the_editors(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import make_tandem

    store = _store(window)
    tab = _open(qtbot, window, VisionTab.VISION)
    tab.editor.statement.setFocus()
    qtbot.keyClicks(tab.editor.statement, "Saved with the keyboard")
    qtbot.keyClick(tab.editor.statement, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert store.visions.current(window.context.tandem_id).statement == (  # type: ignore[union-attr]
        "Saved with the keyboard")
    qtbot.keyClicks(tab.editor.statement, " and more")
    other = make_tandem(store, name="Second client")
    window.switch_to(other.id)
    assert tab.editor.statement.toPlainText() == ""
    assert tab.editor.versions.rowCount() == 0
    assert store.visions.current(other.id) is None
