"""The Overview as a user sees it: it follows the data and opens records where they live."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QPoint, Qt

from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.domain.health import statement_keys
from tandem_desktop.domain.records import (
    AgendaItem,
    CheckInSeries,
    Feedback,
    Goal,
    HealthCheck,
    Question,
    Task,
)
from tandem_desktop.ui.main_window import MainWindow
from tandem_desktop.ui.overview.cards import EntryList
from tandem_desktop.ui.overview.tab import OverviewTab


def overview(window: MainWindow) -> OverviewTab:
    tab = window.step_tabs[0]
    assert isinstance(tab, OverviewTab)
    return tab


def texts(view: EntryList) -> list[str]:
    return [entry.text for entry in view.entry_model.rows]


def click_row(qtbot, view: EntryList, row: int) -> None:  # type: ignore[no-untyped-def]
    rect = view.visualRect(view.entry_model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_overview_opens_first_and_greets_the_tandem(window: MainWindow) -> None:
    assert window.tabs.currentIndex() == 0
    tab = overview(window)
    assert window.tabs.tabText(0) == "Overview"
    assert tab.greeting.text() == "Office"
    assert tab.tasks_card.empty.text() == "Nothing open for you. Well done."
    assert tab.health_reminder.isVisible()  # no check yet


def test_completing_a_task_elsewhere_updates_the_overview(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    store, tid = window.context.store, window.context.tandem_id
    with store.transaction():
        late = store.tasks.add(Task(tandem_id=tid, title="Book the hotel", owner="assistant",
                                    due_on="2026-11-26"))
        store.tasks.add(Task(tandem_id=tid, title="Draft the agenda", owner="assistant",
                             due_on="2026-12-01"))
        store.tasks.add(Task(tandem_id=tid, title="Claudia's task", owner="leader"))
    tab = overview(window)
    assert texts(tab.tasks) == ["Book the hotel", "Draft the agenda"]
    assert tab.tasks_card.summary.text() == "2 open · 1 overdue"
    assert tab.tasks.entry_model.rows[0].tone == "late"
    # The Communication tab marks the task done (through the repository, as it does).
    store.tasks.change(late.id, status="done", done_on="2026-11-29")
    qtbot.waitUntil(lambda: texts(tab.tasks) == ["Draft the agenda"])
    assert tab.tasks_card.summary.text() == "1 open"
    assert store.tasks.get(late.id).status == "done"


def test_every_entry_opens_its_record(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    store, tid = window.context.store, window.context.tandem_id
    question = store.questions.add(Question(tandem_id=tid, text="May I book first class?",
                                            asked_by="assistant", asked_on="2026-11-20"))
    goal = store.goals.add(Goal(tandem_id=tid, title="Paperless office", progress=65))
    tab = overview(window)
    assert tab.questions_card.summary.text() == "1 waiting · oldest: 9 days ago"
    with qtbot.waitSignal(window.context.openRecord) as opened:
        click_row(qtbot, tab.questions, 0)
    assert opened.args == ["question", question.id]
    assert [e.progress for e in tab.goals.entry_model.rows] == [65]
    tab.goals.setFocus()
    tab.goals.setCurrentIndex(tab.goals.entry_model.index(0, 0))
    with qtbot.waitSignal(window.context.openRecord) as opened:
        qtbot.keyClick(tab.goals, Qt.Key.Key_Return)
    assert opened.args == ["goal", goal.id]


def test_next_checkin_shows_countdown_and_agenda_and_opens(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    store, tid = window.context.store, window.context.tandem_id
    tab = overview(window)
    assert not tab.checkin_open.isEnabled()
    series = store.series.add(CheckInSeries(
        tandem_id=tid, title="Weekly check-in", rrule="FREQ=WEEKLY;BYDAY=MO",
        first_start="2026-01-05T09:00", time_zone="Europe/Berlin",
        standing_items=["Priorities", "Open questions"]))
    store.agenda.add(AgendaItem(tandem_id=tid, text="Holiday cover", added_by="leader"))
    qtbot.waitUntil(lambda: tab.checkin_title.text() == "Weekly check-in")
    assert tab.checkin_agenda.text() == "3 agenda items"
    assert "in 22 hours" in tab.checkin_when.text()
    with qtbot.waitSignal(window.context.openRecord) as opened:
        qtbot.mouseClick(tab.checkin_open, Qt.MouseButton.LeftButton)
    assert opened.args == ["checkin_series", series.id]


def test_feedback_rhythm_shows_when_it_is_overdue(window: MainWindow) -> None:
    store, tid = window.context.store, window.context.tandem_id
    store.feedback.add(Feedback(tandem_id=tid, direction="leader_to_assistant",
                                given_on="2026-11-23", situation="Board papers"))
    store.feedback.add(Feedback(tandem_id=tid, direction="assistant_to_leader",
                                given_on="2026-10-20", situation="Friday requests"))
    entries = overview(window).feedback.entry_model.rows
    assert entries[0].text == "From Claudia to me: 6 days ago"
    assert entries[0].tone == "good"
    assert entries[1].text == "From me to Claudia: 40 days ago"
    assert (entries[1].detail, entries[1].tone) == ("overdue by 12 days", "late")
    assert overview(window).feedback_card.summary.text() == (
        "Agreed rhythm: every 28 days · overdue")


def test_user_text_is_shown_literally(window: MainWindow) -> None:
    nasty = '<b>x</b><img src="http://127.0.0.1/x">'
    store, tid = window.context.store, window.context.tandem_id
    store.tasks.add(Task(tandem_id=tid, title=nasty, owner="assistant"))
    store.tandems.change(tid, name=nasty)
    tab = overview(window)
    assert tab.greeting.textFormat() == Qt.TextFormat.PlainText
    assert tab.greeting.text() == nasty
    model = tab.tasks.entry_model
    assert model.data(model.index(0, 0)) == nasty
    tooltip = str(model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole))
    assert "<img" not in tooltip and "&lt;img" in tooltip


def test_health_check_saved_through_the_dialog_and_drawn(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    store, tid = window.context.store, window.context.tandem_id
    store.health_checks.add(HealthCheck(
        tandem_id=tid, taken_on="2026-10-20", by_role="assistant", trust=3, communication=3,
        feedback=3, delegation=3, vision=3))
    tab = overview(window)
    assert tab.health_reminder.isVisible()
    assert "40 days ago" in tab.health_reminder.text()
    dialog = tab.open_health_check(modal=False)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    # Saving with statements left unrated says so and stores nothing.
    qtbot.mouseClick(dialog.buttons["trust.1"][4], Qt.MouseButton.LeftButton)
    save = dialog.button_box.buttons()[0]
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and "12 left" in dialog.error.text()
    assert store.health_checks.count_for(tid) == 1
    ratings = {key: 4 for key in statement_keys()}
    ratings.update({"trust.1": 5, "trust.2": 5, "trust.3": 4, "feedback.1": 2, "feedback.2": 3})
    for key, rating in ratings.items():
        button = dialog.buttons[key][rating - 1]
        dialog.scroll_area.ensureWidgetVisible(button)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(4, 4))
    qtbot.keyClicks(dialog.note, "Delegation rules help")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    saved = store.health_checks.recent(tid, limit=1)[0]
    assert (saved.taken_on, saved.by_role, saved.note) == (
        "2026-11-29", "assistant", "Delegation rules help")
    assert (saved.trust, saved.feedback, saved.communication) == (4.67, 2.5, 4.0)
    assert saved.answers == ratings
    # The radar draws the stored scores against the previous check.
    qtbot.waitUntil(lambda: tab.radar.latest is not None and tab.radar.latest["trust"] == 4.67)
    assert tab.radar.latest == {"trust": 4.67, "communication": 4.0, "feedback": 2.5,
                                "delegation": 4.0, "vision": 4.0}
    assert tab.radar.previous == {step: 3.0 for step in tab.radar.latest}
    assert tab.trends.arrow("trust") == "↑" and tab.trends.arrow("feedback") == "↓"
    assert not tab.health_reminder.isVisible()
    image = tab.radar.grab().toImage()
    point = tab.radar.axis_point(0, 4.67)  # the latest polygon's top corner is painted
    assert image.pixelColor(int(point.x()), int(point.y())) != image.pixelColor(2, 2)


def test_overview_in_german(qtbot, german, context, clock) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import make_tandem

    context.set_tandem(make_tandem(context.store))
    context.store.tasks.add(Task(tandem_id=context.tandem_id, title="Hotel buchen",
                                 owner="assistant", due_on=(clock.today() - timedelta(days=3))
                                 .isoformat()))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    tab = overview(window)
    assert window.tabs.tabText(0) == "Übersicht"
    assert tab.tasks_card.title.text() == "Meine offenen Aufgaben"
    assert tab.tasks_card.summary.text() == "1 offen · 1 überfällig"
    assert tab.tasks.entry_model.rows[0].detail == "überfällig seit 26.11.2026"


def test_open_a_task_from_the_overview_complete_it_and_come_back(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    store, tid = window.context.store, window.context.tandem_id
    task = store.tasks.add(Task(tandem_id=tid, title="Book the hotel", owner="assistant",
                                due_on="2026-11-26"))
    store.tasks.add(Task(tandem_id=tid, title="Draft the agenda", owner="assistant"))
    tab = overview(window)
    click_row(qtbot, tab.tasks, 0)
    qtbot.waitUntil(lambda: window.tabs.currentIndex() == 2)  # the Communication tab
    tasks_page = window.step_tabs[2].tasks  # type: ignore[attr-defined]
    assert tasks_page.selected_ids() == [task.id]
    qtbot.mouseClick(tasks_page.done_button, Qt.MouseButton.LeftButton)
    assert store.tasks.get(task.id).status == "done"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 0
    qtbot.waitUntil(lambda: texts(tab.tasks) == ["Draft the agenda"])
    assert tab.tasks_card.summary.text() == "1 open"


def test_a_new_day_while_the_app_runs_updates_what_is_due(window: MainWindow) -> None:
    store, tid = window.context.store, window.context.tandem_id
    store.tasks.add(Task(tandem_id=tid, title="Draft the agenda", owner="assistant",
                         due_on="2026-12-01"))
    tab = overview(window)
    assert tab.tasks_card.summary.text() == "1 open"
    clock = window.context.clock
    assert isinstance(clock, FixedClock)
    clock.advance(timedelta(days=3))  # the app stayed open over the weekend
    window.check_day()
    assert tab.tasks_card.summary.text() == "1 open · 1 overdue"
    assert tab.tasks.entry_model.rows[0].tone == "late"


def test_area_reviews_are_due_for_review_and_open_in_delegation(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from tandem_desktop.domain.records import Area

    store, tid = window.context.store, window.context.tandem_id
    area = store.areas.add(Area(tandem_id=tid, name="Reisekosten", owner="assistant",
                                review_on="2026-12-04"))
    store.areas.add(Area(tandem_id=tid, name="Next year", owner="leader",
                         review_on="2027-03-01"))
    tab = overview(window)
    qtbot.waitUntil(lambda: texts(tab.reviews) == ["Reisekosten"])
    assert tab.reviews.entry_model.rows[0].table == "area"
    assert tab.reviews_card.summary.text() == "1 to review"
    click_row(qtbot, tab.reviews, 0)
    assert window.tabs.currentIndex() == 4
    assert window.step_tabs[4].areas.current_record().id == area.id  # type: ignore[attr-defined]
    store.areas.change(area.id, review_on="2027-02-01")  # reviewed: next time in February
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: texts(tab.reviews) == [])
    assert store.areas.get(area.id).review_on == "2027-02-01"
