"""A meeting as the pair runs it: agenda composed, reordered, discussed, minutes, retrospective."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.domain.records import CheckInSeries, Feedback, Question
from tandem_desktop.ui.communication.tab import MEETING, CommunicationTab
from tandem_desktop.ui.dates import time_text
from tandem_desktop.ui.main_window import MainWindow
from tests.ui.test_communication_series import HTML, comm_tab


def weekly(window: MainWindow, first: str = "2026-11-02T09:00", **extra: object) -> CheckInSeries:
    values: dict[str, object] = {
        "tandem_id": window.context.tandem_id, "title": "Weekly", "rrule": "FREQ=WEEKLY;BYDAY=MO",
        "first_start": first, "time_zone": "Europe/Berlin",
        "standing_items": ["Priorities"]}
    values.update(extra)
    return window.context.store.series.add(CheckInSeries(**values))  # type: ignore[arg-type]


def open_first_upcoming(qtbot: QtBot, tab: CommunicationTab) -> None:
    tab.show_page(0)
    tab.checkins.refresh()
    tab.checkins.occurrence_view.selectRow(0)
    qtbot.mouseClick(tab.checkins.open_button, Qt.MouseButton.LeftButton)
    assert tab.pages.currentIndex() == MEETING


def agenda_texts(tab: CommunicationTab) -> list[str]:
    model = tab.meeting.agenda_model
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def add_backlog_topic(qtbot: QtBot, tab: CommunicationTab, text: str) -> None:
    tab.show_page(2)
    qtbot.keyClicks(tab.backlog.new_text, text)
    qtbot.keyClick(tab.backlog.new_text, Qt.Key.Key_Return)


def test_carry_over_across_three_meetings_over_dst(qtbot: QtBot, window: MainWindow,
                                                  clock: FixedClock) -> None:
    # Mondays 09:00 Berlin around the change to summer time on 28 March 2027.
    clock.set(datetime(2027, 3, 15, 12, 0, tzinfo=UTC))
    weekly(window, first="2027-03-01T09:00")
    tab = comm_tab(window)
    add_backlog_topic(qtbot, tab, "Travel budget")
    add_backlog_topic(qtbot, tab, "New printer")
    assert tab.backlog.model.rowCount() == 2
    assert tab.pages.tabText(2) == "Agenda backlog (2)"
    open_first_upcoming(qtbot, tab)
    first = tab.meeting.meeting
    assert first is not None and first.starts_at == "2027-03-22T08:00:00Z"
    assert agenda_texts(tab) == ["Priorities", "Travel budget", "New printer"]
    assert tab.meeting.agenda_model.index(0, 3).data() == "Standing item"
    # Discuss one, hold the meeting; the rest moves on.
    tab.meeting.select_item(tab.meeting.agenda_model.rows[2].id)
    qtbot.keyClicks(tab.meeting.outcome, "Order the laser one")
    qtbot.mouseClick(tab.meeting.discussed_button, Qt.MouseButton.LeftButton)
    pick_status(tab, "held")
    clock.set(datetime(2027, 3, 26, 12, 0, tzinfo=UTC))
    open_first_upcoming(qtbot, tab)
    second = tab.meeting.meeting
    assert second is not None and second.starts_at == "2027-03-29T07:00:00Z"
    assert agenda_texts(tab) == ["Priorities", "Travel budget"]
    assert "carried over" in tab.meeting.agenda_model.index(1, 3).data()
    assert time_text(datetime(2027, 3, 29, 7, 0, tzinfo=UTC)) in tab.meeting.when.text()
    pick_status(tab, "held")
    clock.set(datetime(2027, 4, 2, 12, 0, tzinfo=UTC))
    open_first_upcoming(qtbot, tab)
    third = tab.meeting.meeting
    assert third is not None and third.starts_at == "2027-04-05T07:00:00Z"
    assert agenda_texts(tab) == ["Priorities", "Travel budget"]
    store = window.context.store
    moved = next(i for i in store.agenda.for_meeting(third.id) if i.text == "Travel budget")
    assert moved.carried_from == [first.id, second.id]
    assert [i.text for i in store.agenda.list()].count("Travel budget") == 1
    printer = next(i for i in store.agenda.for_meeting(first.id) if i.text == "New printer")
    assert printer.discussed and printer.outcome == "Order the laser one"


def pick_status(tab: CommunicationTab, status: str) -> None:
    combo = tab.meeting.status
    index = combo.findData(status)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_reorder_by_keyboard_and_drag(qtbot: QtBot, window: MainWindow) -> None:
    weekly(window)
    tab = comm_tab(window)
    for text in ("A", "B", "C"):
        add_backlog_topic(qtbot, tab, text)
    open_first_upcoming(qtbot, tab)
    assert agenda_texts(tab) == ["Priorities", "A", "B", "C"]
    view = tab.meeting.agenda_view
    tab.meeting.select_item(tab.meeting.agenda_model.rows[1].id)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert agenda_texts(tab) == ["Priorities", "B", "A", "C"]
    assert tab.meeting.current_item().text == "A"  # type: ignore[union-attr]
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert agenda_texts(tab) == ["A", "Priorities", "B", "C"]
    # A drop as the view delivers it: row 3 ("C") dropped before row 0.
    model = tab.meeting.agenda_model
    data = model.mimeData([model.index(3, 1)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex()) is False
    assert agenda_texts(tab) == ["C", "A", "Priorities", "B"]
    meeting = tab.meeting.meeting
    assert meeting is not None
    stored = window.context.store.agenda.for_meeting(meeting.id)
    assert [i.text for i in stored] == ["C", "A", "Priorities", "B"]


def test_discussing_questions_and_feedback(qtbot: QtBot, window: MainWindow) -> None:
    store = window.context.store
    tandem_id = window.context.tandem_id
    question = store.questions.add(Question(tandem_id=tandem_id, text="Which printer?",
                                            asked_by="assistant", asked_on="2026-11-20"))
    entry = store.feedback.add(Feedback(tandem_id=tandem_id, direction="leader_to_assistant",
                                        given_on="2026-11-20", situation="Board meeting"))
    from tandem_desktop.services import feedback as feedback_actions
    from tandem_desktop.services.questions import put_on_agenda

    put_on_agenda(store, question.id, "assistant")
    feedback_actions.put_on_agenda(store, entry.id, "Feedback: board meeting", "leader")
    weekly(window, standing_items=[])
    tab = comm_tab(window)
    open_first_upcoming(qtbot, tab)
    model = tab.meeting.agenda_model
    assert [model.index(r, 3).data() for r in range(2)] == ["From a question", "From feedback"]
    assert [model.index(r, 2).data() for r in range(2)] == ["Question", "Feedback"]
    tab.meeting.select_item(model.rows[0].id)
    qtbot.keyClicks(tab.meeting.outcome, "The one in room 2")
    qtbot.keyClick(tab.meeting.outcome, Qt.Key.Key_Return)
    answered = store.questions.get(question.id)
    assert (answered.status, answered.answer) == ("answered", "The one in room 2")
    # Ticking the box marks the feedback item discussed.
    check = model.index(1, 0)
    assert model.setData(check, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    meeting = tab.meeting.meeting
    assert meeting is not None
    discussed = store.feedback.get(entry.id)
    assert (discussed.status, discussed.meeting_id) == ("discussed", meeting.id)
    assert model.index(1, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert "The one in room 2" in model.index(0, 1).data()


def test_items_notes_actions_retro_and_minutes(qtbot: QtBot, window: MainWindow,
                                               tmp_path: Path) -> None:
    weekly(window)
    tab = comm_tab(window)
    open_first_upcoming(qtbot, tab)
    page = tab.meeting
    qtbot.keyClicks(page.new_item, HTML)
    qtbot.keyClick(page.new_item, Qt.Key.Key_Return)
    assert agenda_texts(tab)[-1] == HTML
    qtbot.keyClick(page.new_item, Qt.Key.Key_Return)
    assert page.item_error.isVisible()
    qtbot.keyClicks(page.shared_notes, "Shared " + HTML)
    qtbot.keyClicks(page.private_notes, "Only mine")
    qtbot.mouseClick(page.save_notes_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.action_title, "Send the minutes")
    page.action_owner.setCurrentIndex(page.action_owner.findData("leader"))
    page.action_has_due.setChecked(True)
    qtbot.keyClick(page.action_title, Qt.Key.Key_Return)
    page.rating_group.button(4).click()
    qtbot.keyClicks(page.retro_note, "Shorter please")
    qtbot.mouseClick(page.save_retro_button, Qt.MouseButton.LeftButton)
    store = window.context.store
    meeting = store.meetings.get(page.meeting.id)  # type: ignore[union-attr]
    assert (meeting.shared_notes, meeting.private_notes) == ("Shared " + HTML, "Only mine")
    assert (meeting.rating, meeting.retro_note, meeting.status) == (4, "Shorter please", "held")
    tasks = store.tasks.of_meeting(meeting.id)
    assert [(t.title, t.owner, t.due_on) for t in tasks] == [
        ("Send the minutes", "leader", "2026-12-07")]
    assert page.tasks_model.index(0, 1).data() == "Claudia"
    assert page.title.textFormat() == Qt.TextFormat.PlainText
    markdown = page.copy_markdown()
    assert QGuiApplication.clipboard().text() == markdown
    assert "\\<b\\>x\\</b\\>" in markdown and "Send the minutes" in markdown
    assert "Only mine" not in markdown
    pdf = page.save_pdf(tmp_path / "minutes.pdf")
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")
    from tandem_desktop.domain.translation import untranslated
    from tandem_desktop.exchange.minutes import to_html

    minutes = page.minutes()
    assert minutes is not None
    assert "&lt;img src=&quot;http://127.0.0.1/x&quot;&gt;" in to_html(minutes, untranslated)
    # The tab's trend shows the rating; low ratings suggest talking about the rhythm.
    tab.show_page(0)
    assert tab.checkins.trend.ratings == [4]
    assert not tab.checkins.suggestion.isVisible()


def test_low_ratings_suggest_talking_about_the_rhythm(qtbot: QtBot, window: MainWindow,
                                                      clock: FixedClock) -> None:
    series = weekly(window)
    from tandem_desktop.services.agenda import open_meeting

    store = window.context.store
    for week, rating in enumerate([5, 2, 3, 2]):
        meeting = open_meeting(store, series, datetime(2026, 11, 2, 8, tzinfo=UTC)
                               + timedelta(weeks=week))
        store.meetings.change(meeting.id, status="held", rating=rating,
                              retro_note=f"note {week} {HTML}")
    tab = comm_tab(window)
    tab.show_page(0)
    assert tab.checkins.trend.ratings == [5, 2, 3, 2]
    assert tab.checkins.suggestion.isVisible()
    notes = tab.checkins.notes_model
    assert notes.index(0, 2).data() == f"note 3 {HTML}"
    assert notes.index(0, 2).data(Qt.ItemDataRole.ToolTipRole).startswith("<p>note 3 &lt;b&gt;")
    past = tab.checkins.past_model
    assert past.rowCount() == 4
    tab.checkins.past_view.setCurrentIndex(past.index(0, 0))
    tab.checkins.past_view.activated.emit(past.index(0, 0))
    assert tab.pages.currentIndex() == MEETING
    assert tab.meeting.meeting is not None and tab.meeting.meeting.rating == 2


def test_meeting_across_midnight(qtbot: QtBot, window: MainWindow) -> None:
    weekly(window, first="2026-11-30T23:30", rrule="FREQ=DAILY", time_zone="UTC",
           duration_minutes=90, standing_items=[])
    tab = comm_tab(window)
    open_first_upcoming(qtbot, tab)
    text = tab.meeting.when.text()
    start = datetime(2026, 11, 30, 23, 30, tzinfo=UTC)
    end = start + timedelta(minutes=90)
    # The end shows its own date when it falls on the next day.
    assert time_text(start) in text and time_text(end) in text
    if start.astimezone().date() != end.astimezone().date():
        assert text.count(" – ") == 1 and len(text.split(" – ")[1]) > 5


def test_typed_notes_survive_other_changes(qtbot: QtBot, window: MainWindow) -> None:
    weekly(window)
    tab = comm_tab(window)
    open_first_upcoming(qtbot, tab)
    page = tab.meeting
    qtbot.keyClicks(page.shared_notes, "Half a thought")
    # Another change refreshes the page while the note is not saved yet.
    page.select_item(page.agenda_model.rows[0].id)
    qtbot.mouseClick(page.discussed_button, Qt.MouseButton.LeftButton)
    assert page.shared_notes.toPlainText() == "Half a thought"
    meeting = page.meeting
    assert meeting is not None
    # Opening another meeting keeps what was typed.
    other = window.context.store.meetings.add(type(meeting)(
        tandem_id=meeting.tandem_id, starts_at="2026-11-20T08:00:00Z", title="Ad hoc"))
    assert tab.open_meeting(other.id)
    assert window.context.store.meetings.get(meeting.id).shared_notes == "Half a thought"
    assert page.shared_notes.toPlainText() == ""


def test_one_off_meeting_takes_the_backlog_and_waits_among_the_upcoming(
        qtbot: QtBot, window: MainWindow, berlin_time: None) -> None:
    from PySide6.QtCore import QDate, QTime
    from PySide6.QtWidgets import QDialogButtonBox

    from tandem_desktop.ui.communication.series import OneOffDialog
    from tandem_desktop.ui.communication.tab import CHECKINS

    store, tid = window.context.store, window.context.tandem_id
    store.agenda.add_to_backlog(tid, "Budget for the fair", "topic", "assistant")
    tab = comm_tab(window)
    tab.show_page(CHECKINS)
    qtbot.mouseClick(tab.checkins.one_off_button, Qt.MouseButton.LeftButton)
    dialog = tab.checkins.dialog
    assert isinstance(dialog, OneOffDialog) and dialog.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.title_error.isVisible()  # a title is needed
    assert store.meetings.count() == 0
    qtbot.keyClicks(dialog.title, "Plan the trade fair")
    dialog.day.setDate(QDate(2026, 12, 2))
    dialog.time.setTime(QTime(14, 30))
    dialog.duration.setValue(45)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    # Saved outside any series, in UTC, and opened with the backlog on its agenda.
    [meeting] = store.meetings.list()
    assert (meeting.series_id, meeting.starts_at, meeting.duration_minutes) == (
        None, "2026-12-02T13:30:00Z", 45)
    assert tab.pages.currentIndex() == MEETING
    assert tab.meeting.title.text() == "Plan the trade fair"
    assert agenda_texts(tab) == ["Budget for the fair"]

    # Back on the check-ins page it waits among the upcoming and opens from there.
    tab.show_page(CHECKINS)
    upcoming = tab.checkins.occurrence_model
    assert upcoming.index(0, 1).data() == "One-off: Plan the trade fair"
    assert upcoming.index(0, 2).data() == "45 min"
    tab.checkins.occurrence_view.selectRow(0)
    qtbot.mouseClick(tab.checkins.open_button, Qt.MouseButton.LeftButton)
    assert tab.pages.currentIndex() == MEETING
    assert tab.meeting.meeting is not None and tab.meeting.meeting.id == meeting.id
