"""The Feedback tab driven like a user: log by keyboard, agenda, rhythm, balance, prompts.

The window's tandem: 'Office', I am the assistant Jonas, the leader is Claudia.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.domain.feedback_rhythm import balance_since
from tandem_desktop.domain.records import Feedback
from tandem_desktop.services.agenda import set_discussed
from tandem_desktop.ui.feedback.dialog import FeedbackDialog
from tandem_desktop.ui.feedback.models import FeedbackTableModel
from tandem_desktop.ui.feedback.tab import FeedbackTab
from tandem_desktop.ui.main_window import MainWindow

L2A = "leader_to_assistant"
A2L = "assistant_to_leader"
HTML = '<b>x</b><img src="http://127.0.0.1/x">'


def open_tab(qtbot, window: MainWindow) -> FeedbackTab:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    tab = window.step_tabs[3]
    assert isinstance(tab, FeedbackTab)
    qtbot.waitUntil(tab.isVisible)
    return tab


def open_dialog(qtbot, tab: FeedbackTab) -> FeedbackDialog:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible())
    assert tab.dialog is not None
    return tab.dialog


def log_by_keyboard(qtbot, tab: FeedbackTab, *, receive: bool, suggestion: bool,  # type: ignore[no-untyped-def]
                    situation: str = "", behaviour: str = "", impact: str = "",
                    request: str = "", private: bool = False) -> None:
    dialog = open_dialog(qtbot, tab)
    if receive:
        qtbot.keyClick(dialog.direction, Qt.Key.Key_Down)
    if suggestion:
        qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)
    for field, text in ((dialog.situation, situation), (dialog.behaviour, behaviour),
                        (dialog.impact, impact), (dialog.request, request)):
        if text:
            qtbot.keyClicks(field, text)
    if private:
        qtbot.keyClick(dialog.private, Qt.Key.Key_Space)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.request, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.dialog is None)


def shown(tab: FeedbackTab, column: int) -> list[str]:
    model = tab.table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def db_rows(tab: FeedbackTab) -> list[Feedback]:
    return tab.context.store.feedback.for_tandem(tab.context.tandem_id)


def add(tab: FeedbackTab, **values: object) -> Feedback:
    fields: dict[str, object] = {"direction": L2A, "given_on": "2026-11-20",
                                 "situation": "Board papers"}
    fields.update(values)
    return tab.context.store.feedback.add(Feedback(tandem_id=tab.context.tandem_id, **fields))  # type: ignore[arg-type]


def test_log_both_directions_by_keyboard(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    tab = open_tab(qtbot, window)
    assert tab.empty_note.isVisible()
    log_by_keyboard(qtbot, tab, receive=False, suggestion=True,
                    situation="Friday requests", behaviour="Tasks came after 14:00",
                    request="Agree urgent tasks by noon")
    log_by_keyboard(qtbot, tab, receive=True, suggestion=False,
                    situation="Board papers", impact="I could read them calmly")
    rows = {row.situation: row for row in db_rows(tab)}
    # I am the assistant: "I give" goes to the leader, "I receive" comes from her.
    assert rows["Friday requests"].direction == A2L
    assert rows["Friday requests"].kind == "suggestion"
    assert rows["Friday requests"].request == "Agree urgent tasks by noon"
    assert rows["Board papers"].direction == L2A
    assert rows["Board papers"].kind == "appreciation"
    assert all(row.given_on == "2026-11-29" and row.status == "noted" for row in rows.values())
    assert sorted(shown(tab, FeedbackTableModel.DIRECTION)) == [
        "I give → Claudia", "I receive ← Claudia"]
    assert not tab.empty_note.isVisible()
    # The entry just saved is selected and shown in full.
    assert "Impact: I could read them calmly" in tab.detail.text()


def test_entry_without_text_is_refused_at_the_form(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    tab = open_tab(qtbot, window)
    dialog = open_dialog(qtbot, tab)
    qtbot.keyClicks(dialog.situation, "   ")
    qtbot.keyClick(dialog.situation, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.text_error.isVisible()
    assert "at least one" in dialog.text_error.text()
    assert db_rows(tab) == []
    qtbot.keyClicks(dialog.behaviour, "Answered within a day")
    assert not dialog.text_error.isVisible()
    qtbot.keyClick(dialog.behaviour, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [row.behaviour for row in db_rows(tab)] == ["Answered within a day"]


def test_html_shows_literally_and_private_is_marked(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    tab = open_tab(qtbot, window)
    log_by_keyboard(qtbot, tab, receive=True, suggestion=True, situation=HTML,
                    request="Check first", private=True)
    entry = db_rows(tab)[0]
    assert entry.private and entry.situation == HTML
    model = tab.table.model()
    assert HTML in model.index(0, FeedbackTableModel.TEXT).data()
    tooltip = model.index(0, FeedbackTableModel.TEXT).data(Qt.ItemDataRole.ToolTipRole)
    assert "<img" not in tooltip and "&lt;img" in tooltip
    assert model.index(0, FeedbackTableModel.PRIVATE).data() == "Private"
    assert model.index(0, FeedbackTableModel.PRIVATE).data(
        Qt.ItemDataRole.DecorationRole) is not None
    assert tab.detail.textFormat() == Qt.TextFormat.PlainText
    assert f"Situation: {HTML}" in tab.detail.text()
    assert tab.private_mark.isVisible() and "Private" in tab.private_mark.text()
    # On the shared agenda a private entry lends no words.
    qtbot.mouseClick(tab.agenda_button, Qt.MouseButton.LeftButton)
    item = tab.context.store.agenda.for_source("feedback", entry.id)[0]
    assert HTML not in item.text and "Check first" not in item.text
    assert "Private feedback" in item.text


def test_put_on_next_check_in_and_discuss(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    tab = open_tab(qtbot, window)
    log_by_keyboard(qtbot, tab, receive=False, suggestion=True, situation="Friday requests")
    entry = db_rows(tab)[0]
    assert tab.agenda_note.text() == "Not on an agenda yet."
    qtbot.mouseClick(tab.agenda_button, Qt.MouseButton.LeftButton)
    items = tab.context.store.agenda.for_source("feedback", entry.id)
    assert len(items) == 1
    item = items[0]
    assert (item.meeting_id, item.kind, item.source_kind, item.discussed) == (
        None, "feedback", "feedback", False)
    assert item.added_by == "assistant"
    assert "Friday requests" in item.text
    assert shown(tab, FeedbackTableModel.AGENDA) == ["On the agenda"]
    assert tab.agenda_note.text() == "On the agenda for the next check-in."
    assert not tab.agenda_button.isEnabled()
    qtbot.mouseClick(tab.discussed_button, Qt.MouseButton.LeftButton)
    assert tab.context.store.feedback.get(entry.id).status == "discussed"
    assert tab.context.store.agenda.get(item.id).discussed
    assert shown(tab, FeedbackTableModel.STATUS) == ["Discussed"]
    assert shown(tab, FeedbackTableModel.AGENDA) == [""]
    assert not tab.discussed_button.isEnabled()


def test_discussing_the_agenda_item_shows_here(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """What the Communication tab does when the item is discussed shows on this tab."""
    tab = open_tab(qtbot, window)
    entry = add(tab, situation="Board papers")
    tab.select(entry.id)
    qtbot.mouseClick(tab.agenda_button, Qt.MouseButton.LeftButton)
    store = tab.context.store
    item = store.agenda.for_source("feedback", entry.id)[0]
    set_discussed(store, item.id)
    assert store.feedback.get(entry.id).status == "discussed"
    assert shown(tab, FeedbackTableModel.STATUS) == ["Discussed"]
    assert shown(tab, FeedbackTableModel.AGENDA) == [""]
    assert tab.agenda_note.text() == "Discussed."


def test_rhythm_becomes_overdue_as_time_passes(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                               clock: FixedClock) -> None:
    tab = open_tab(qtbot, window)
    log_by_keyboard(qtbot, tab, receive=False, suggestion=False, situation="Quick answers")
    log_by_keyboard(qtbot, tab, receive=True, suggestion=False, situation="Board papers")
    rhythm = tab.rhythm
    assert rhythm.every.value() == 28
    assert rhythm.next_due.text() == "Next feedback conversation due: 2026-12-27"
    assert not rhythm.overdue.isVisible()
    # The app stays open while the days pass: the window notices each new date.
    clock.advance(timedelta(days=28))
    window.check_day()
    assert not rhythm.overdue.isVisible()
    clock.advance(timedelta(days=1))
    window.check_day()
    assert rhythm.overdue.isVisible()
    assert rhythm.overdue.text().startswith("Overdue by 1 day.")
    # Lengthen the agreed interval by keyboard: stored on the tandem, no longer overdue.
    rhythm.every.selectAll()
    qtbot.keyClicks(rhythm.every, "42")
    qtbot.keyClick(rhythm.every, Qt.Key.Key_Return)
    assert tab.context.store.tandems.get(tab.context.tandem_id).feedback_every_days == 42
    assert rhythm.next_due.text() == "Next feedback conversation due: 2027-01-10"
    assert not rhythm.overdue.isVisible()
    # Give feedback again, but receive none: overdue in the receiving direction only.
    clock.advance(timedelta(days=20))
    log_by_keyboard(qtbot, tab, receive=False, suggestion=False, situation="Travel plans")
    clock.advance(timedelta(days=30))
    tab.refresh_now()
    assert rhythm.overdue.isVisible()
    assert "ask Claudia for feedback" in rhythm.overdue.text()


def test_chart_numbers_match_the_database(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                          clock: FixedClock) -> None:
    tab = open_tab(qtbot, window)
    today = clock.today()
    since = balance_since(today)
    plan = [(L2A, "appreciation", 0), (L2A, "appreciation", 10), (L2A, "suggestion", 89),
            (L2A, "suggestion", 90), (A2L, "suggestion", 5), (A2L, "appreciation", 200)]
    with tab.context.store.transaction():
        for direction, kind, days_ago in plan:
            add(tab, direction=direction, kind=kind,
                given_on=(today - timedelta(days=days_ago)).isoformat())
        gone = add(tab, direction=A2L, kind="suggestion", given_on=today.isoformat())
        tab.context.store.feedback.delete(gone.id)
    chart = tab.balance.chart
    conn = tab.context.store.database.conn
    for direction in (L2A, A2L):
        for kind in ("appreciation", "suggestion"):
            expected = conn.execute(
                "SELECT count(*) FROM feedback WHERE tandem_id = ? AND direction = ?"
                " AND kind = ? AND deleted_at IS NULL AND given_on >= ? AND given_on <= ?",
                [tab.context.tandem_id, direction, kind, since.isoformat(), today.isoformat()],
            ).fetchone()[0]
            assert chart.count(direction, kind) == expected
    assert chart.counts() == {(L2A, "appreciation"): 2, (L2A, "suggestion"): 1,
                              (A2L, "appreciation"): 0, (A2L, "suggestion"): 1}
    assert "Claudia gave me — Appreciation: 2, Suggestion: 1" in chart.describe()
    assert "I gave Claudia — Appreciation: 0, Suggestion: 1" in chart.describe()
    # Only suggestions went from me; I never asked: both get a hint.
    hints = tab.balance.hints.text()
    assert "Everything you told Claudia was a suggestion" in hints
    assert "You have not asked Claudia for feedback" in hints
    assert chart.grab().width() > 0


def test_filters_by_direction_kind_status_and_text(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    tab = open_tab(qtbot, window)
    with tab.context.store.transaction():
        add(tab, situation="Board papers early", kind="appreciation")
        add(tab, direction=A2L, situation="Friday requests", kind="suggestion")
        add(tab, direction=A2L, situation="Rückmeldung zur Reise", status="discussed")
    assert len(shown(tab, 0)) == 3
    tab.direction_filter.setFocus()
    qtbot.keyClick(tab.direction_filter, Qt.Key.Key_Down)  # I give
    assert sorted(shown(tab, FeedbackTableModel.TEXT)) == ["Friday requests",
                                                           "Rückmeldung zur Reise"]
    qtbot.keyClick(tab.kind_filter, Qt.Key.Key_Down)  # Appreciation
    assert shown(tab, FeedbackTableModel.TEXT) == ["Rückmeldung zur Reise"]
    qtbot.keyClick(tab.status_filter, Qt.Key.Key_Down)  # Noted
    assert shown(tab, FeedbackTableModel.TEXT) == []
    assert tab.empty_note.text() == "No feedback matches these filters."
    for combo in (tab.direction_filter, tab.kind_filter, tab.status_filter):
        combo.setCurrentIndex(0)
    qtbot.keyClicks(tab.search, "rueckm")
    assert shown(tab, FeedbackTableModel.TEXT) == ["Rückmeldung zur Reise"]


def test_edit_delete_to_trash_and_restore(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    tab = open_tab(qtbot, window)
    entry = add(tab, situation="Board papers")
    tab.select(entry.id)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible())
    dialog = tab.dialog
    assert dialog is not None and dialog.situation.text() == "Board papers"
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.status, Qt.Key.Key_Down)
    qtbot.keyClicks(dialog.request, "Keep that rhythm")
    qtbot.keyClick(dialog.request, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.dialog is None)
    stored = tab.context.store.feedback.get(entry.id)
    assert (stored.kind, stored.status, stored.request) == (
        "suggestion", "discussed", "Keep that rhythm")
    assert shown(tab, FeedbackTableModel.KIND) == ["Suggestion"]

    monkeypatch.setattr("tandem_desktop.ui.feedback.tab.confirm", lambda *args: True)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert tab.context.store.feedback.find(entry.id) is None
    assert shown(tab, 0) == []
    qtbot.mouseClick(tab.trash, Qt.MouseButton.LeftButton)
    assert shown(tab, FeedbackTableModel.TEXT) == ["Board papers · Keep that rhythm"]
    assert tab.restore_button.isVisible() and not tab.edit_button.isEnabled()
    qtbot.mouseClick(tab.restore_button, Qt.MouseButton.LeftButton)
    assert tab.context.store.feedback.get(entry.id).deleted_at is None
    assert not tab.trash.isChecked()
    assert tab.current() is not None and tab.current().id == entry.id  # type: ignore[union-attr]


def test_prompts_are_seeded_editable_and_own_ones_added(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    tab = open_tab(qtbot, window)
    prompts = tab.context.store.feedback_prompts
    texts = lambda: [p.text for p in prompts.for_tandem(tab.context.tandem_id)]  # noqa: E731
    seeded = texts()
    assert seeded[:3] == ["What should I start doing?", "What should I stop doing?",
                          "What should I continue doing?"]
    assert [prompt.text for prompt in tab.prompts.model.rows] == seeded
    panel = tab.prompts
    qtbot.keyClicks(panel.text, "How do my requests land?")
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    assert texts()[-1] == "How do my requests land?"
    assert panel.current() is not None and panel.current().text == "How do my requests land?"  # type: ignore[union-attr]
    qtbot.mouseClick(panel.up_button, Qt.MouseButton.LeftButton)
    assert texts()[-2] == "How do my requests land?"
    # Edit the first built-in question.
    panel.select(prompts.for_tandem(tab.context.tandem_id)[0].id)
    assert panel.text.text() == "What should I start doing?"
    panel.text.selectAll()
    qtbot.keyClicks(panel.text, f"What should I start doing? {HTML}")
    qtbot.mouseClick(panel.change_button, Qt.MouseButton.LeftButton)
    assert texts()[0] == f"What should I start doing? {HTML}"
    assert panel.model.index(0, 0).data() == texts()[0]
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert len(texts()) == len(seeded)
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text().splitlines()
    assert copied[0] == "1. What should I stop doing?" and len(copied) == len(seeded)
    # Empty text is refused at the field.
    panel.text.clear()
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.error.isVisible()
    assert len(texts()) == len(seeded)


def test_new_menu_action_and_show_record(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    action = next(a for a in window.new_menu.actions() if a.text().replace("&", "") == "Feedback…")
    tab = window.step_tabs[3]
    assert isinstance(tab, FeedbackTab)
    action.trigger()
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible())
    dialog = tab.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.situation, "From the toolbar")
    qtbot.keyClick(dialog.situation, Qt.Key.Key_Return)
    # Saving from another tab brings the Feedback tab and the entry into view.
    qtbot.waitUntil(lambda: window.tabs.currentIndex() == 3)
    assert tab.current() is not None and tab.current().situation == "From the toolbar"  # type: ignore[union-attr]
    other = add(tab, situation="Older one", given_on="2026-01-10", kind="suggestion")
    qtbot.keyClicks(tab.search, "toolbar")
    window.context.openRecord.emit("feedback", other.id)
    assert tab.search.text() == ""
    assert tab.current() is not None and tab.current().id == other.id  # type: ignore[union-attr]


def test_german_texts(qtbot, german: None, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    tab = open_tab(qtbot, window)
    assert tab.new_button.text() == "&Neues Feedback…"
    texts = [p.text for p in tab.context.store.feedback_prompts.for_tandem(
        tab.context.tandem_id)]
    assert texts[0] == "Was sollte ich künftig tun?"
    assert tab.direction_filter.itemText(1) == "Ich gebe"
    assert QApplication.translate("FeedbackDialog", "Log feedback") == "Feedback notieren"
