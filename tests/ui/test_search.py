"""Search like a user: Ctrl+F or Ctrl+K, type, see grouped results, Enter opens."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tandem_desktop.domain.records import HealthCheck, Meeting, Question, Task
from tandem_desktop.ui.main_window import MainWindow
from tandem_desktop.ui.search import SearchPanel


def panel(window: MainWindow) -> SearchPanel:
    found = window.search_panel  # type: ignore[attr-defined]
    assert isinstance(found, SearchPanel)
    return found


def open_with(qtbot, window: MainWindow, key: Qt.Key) -> SearchPanel:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
    search = panel(window)
    qtbot.waitUntil(search.isVisible)
    qtbot.waitUntil(lambda: search.field.hasFocus())
    return search


def headings_and_titles(search: SearchPanel) -> list[str]:
    return [row.table if row.hit is None else f"  {row.hit.title}" for row in search.model.rows]


def test_search_a_meeting_note_and_land_in_that_meeting(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    store, tid = window.context.store, window.context.tandem_id
    meeting = store.meetings.add(Meeting(
        tandem_id=tid, starts_at="2026-11-26T08:00:00Z", title="Weekly check-in",
        shared_notes="Claudia gave Rückmeldung on the board papers."))
    store.questions.add(Question(tandem_id=tid, text="Who collects the Rückmeldungen?",
                                 asked_by="assistant", asked_on="2026-11-20"))
    search = open_with(qtbot, window, Qt.Key.Key_F)
    qtbot.keyClicks(search.field, "Rueckm")
    assert headings_and_titles(search) == [
        "question", "  Who collects the Rückmeldungen?", "meeting", "  Weekly check-in"]
    meeting_hit = search.model.hits()[1]
    assert [meeting_hit.snippet[a:b] for a, b in meeting_hit.snippet_marks] == ["Rückmeldung"]
    qtbot.keyClick(search.field, Qt.Key.Key_Down)
    emitted: list[tuple[str, str]] = []
    window.context.openRecord.connect(lambda table, rid: emitted.append((table, rid)))
    with qtbot.waitSignal(window.context.openRecord) as opened:
        qtbot.keyClick(search.field, Qt.Key.Key_Return)
    assert opened.args == ["meeting", meeting.id]
    assert emitted == [("meeting", meeting.id)]
    assert not search.isVisible()
    # The window hands the meeting to the Communication tab, which opens it.
    assert window.tabs.currentIndex() == 2


def test_results_follow_typing_and_say_when_nothing_matches(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    store, tid = window.context.store, window.context.tandem_id
    store.tasks.add(Task(tandem_id=tid, title="Order business cards", owner="assistant"))
    search = open_with(qtbot, window, Qt.Key.Key_K)
    qtbot.keyClicks(search.field, "bu")
    assert headings_and_titles(search) == ["task", "  Order business cards"]
    qtbot.keyClicks(search.field, "x")
    assert search.model.rows == []
    assert search.status.text() == "Nothing found for “bux”."
    qtbot.keyClick(search.field, Qt.Key.Key_Backspace)
    assert len(search.model.hits()) == 1
    # A new task shows up while the panel is open.
    store.tasks.add(Task(tandem_id=tid, title="Buy stamps", owner="leader"))
    qtbot.waitUntil(lambda: len(search.model.hits()) == 2)
    qtbot.keyClick(search.field, Qt.Key.Key_Escape)
    assert not search.isVisible()


def test_double_click_opens_and_the_window_routes_to_the_tab(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    store, tid = window.context.store, window.context.tandem_id
    check = store.health_checks.add(HealthCheck(
        tandem_id=tid, taken_on="2026-11-20", by_role="assistant", trust=4, communication=4,
        feedback=4, delegation=4, vision=4, note="Handover works well"))
    window.tabs.setCurrentIndex(3)
    search = open_with(qtbot, window, Qt.Key.Key_F)
    qtbot.keyClicks(search.field, "handover")
    index = search.model.index(1, 0)
    rect = search.view.visualRect(index)
    emitted: list[tuple[str, str]] = []
    window.context.openRecord.connect(lambda table, rid: emitted.append((table, rid)))
    with qtbot.waitSignal(window.context.openRecord) as opened:
        # A real double-click starts with a press on the item.
        qtbot.mouseClick(search.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(search.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == ["health_check", check.id]
    assert emitted == [("health_check", check.id)]  # once, not once per signal
    assert window.tabs.currentIndex() == 0  # health checks live on the Overview


def test_results_show_user_text_literally(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    nasty = '<b>x</b><img src="http://127.0.0.1/x"> plan'
    store, tid = window.context.store, window.context.tandem_id
    store.tasks.add(Task(tandem_id=tid, title=nasty, owner="assistant"))
    search = open_with(qtbot, window, Qt.Key.Key_F)
    qtbot.keyClicks(search.field, "plan")
    assert search.model.hits()[0].title == nasty
    search.view.grab()  # painting plain text with the marks in bold does not fail
