"""The meeting page: cancel, move and undo there; the backlog of a meeting opened early;
how long a meeting took, and the cadence advice it leads to in English and German."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tandem_desktop.domain.cadence_advice import Advice, AdviceKind
from tandem_desktop.domain.clock import parse_stamp
from tandem_desktop.services.agenda import open_meeting
from tandem_desktop.ui.communication.checkins import advice_text
from tandem_desktop.ui.communication.tab import MEETING, CommunicationTab
from tandem_desktop.ui.dates import when_text
from tandem_desktop.ui.main_window import MainWindow
from tandem_desktop.ui.translators import Translators
from tests.ui.conftest import click_ok
from tests.ui.test_communication_meeting import add_backlog_topic, weekly
from tests.ui.test_communication_series import comm_tab


def _open_row(qtbot: QtBot, tab: CommunicationTab, row: int) -> None:
    tab.show_page(0)
    tab.checkins.refresh()
    tab.checkins.occurrence_view.selectRow(row)
    qtbot.mouseClick(tab.checkins.open_button, Qt.MouseButton.LeftButton)
    assert tab.pages.currentIndex() == MEETING


def test_cancel_move_and_undo_on_the_meeting_page(qtbot: QtBot, window: MainWindow) -> None:
    store = window.context.store
    series = weekly(window, "2026-11-30T09:00")  # Mondays; the clock stands on 2026-11-29
    tab = comm_tab(window)
    add_backlog_topic(qtbot, tab, "Travel budget")
    page = tab.meeting

    # The second check-in, opened early: the backlog is shown, not pulled in.
    _open_row(qtbot, tab, 1)
    second = page.meeting
    assert second is not None and second.starts_at == "2026-12-07T08:00:00Z"
    assert [item.text for item in store.agenda.for_meeting(second.id)] == ["Priorities"]
    assert page.backlog_note.isVisible()
    assert "added if still open by then" in page.backlog_note.text()
    assert "Travel budget" in page.backlog_note.text()
    assert [item.text for item in store.agenda.backlog(window.context.tandem_id)] == [
        "Travel budget"]

    # Move it to Tuesday 14:00 Berlin for 45 minutes, from the meeting page.
    assert not page.undo_button.isEnabled()
    qtbot.mouseClick(page.move_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None
    dialog.day.setDate(QDate(2026, 12, 8))  # type: ignore[union-attr]
    dialog.time.setTime(QTime(14, 0))  # type: ignore[union-attr]
    dialog.duration.setValue(45)  # type: ignore[union-attr]
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: page.undo_button.isEnabled())
    moved = store.meetings.get(second.id)
    assert (moved.starts_at, moved.occurrence_start, moved.duration_minutes) == (
        "2026-12-08T13:00:00Z", "2026-12-07T08:00:00Z", 45)
    assert page.when.text().startswith(when_text(parse_stamp(moved.starts_at)))
    assert page.when.text().endswith(
        f" · Moved from {when_text(parse_stamp(moved.occurrence_start))}")

    # Undo the move there too.
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    restored = store.meetings.get(second.id)
    assert (restored.starts_at, restored.duration_minutes) == ("2026-12-07T08:00:00Z", 30)
    assert not page.undo_button.isEnabled()

    # The first (next) check-in holds the backlog; cancel it with a note.
    _open_row(qtbot, tab, 0)
    first = page.meeting
    assert first is not None and first.starts_at == "2026-11-30T08:00:00Z"
    assert not page.backlog_note.isVisible()
    assert "Travel budget" in [item.text for item in store.agenda.for_meeting(first.id)]
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.note, "Public holiday")  # type: ignore[union-attr]
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: store.meetings.get(first.id).status == "cancelled")
    assert store.meetings.get(first.id).cancel_note == "Public holiday"
    assert page.status.currentData() == "cancelled"
    assert page.when.text().endswith(" · Cancelled: Public holiday")
    assert not page.cancel_button.isEnabled() and page.undo_button.isEnabled()
    # Its open topic went on to the check-in that now comes next.
    assert "Travel budget" in [item.text for item in store.agenda.for_meeting(second.id)]
    # The upcoming list says so once shown again.
    tab.show_page(0)
    qtbot.waitUntil(lambda: str(tab.checkins.occurrence_model.index(0, 3).data())
                    == "Cancelled: Public holiday")

    # Undo the cancel from the meeting page.
    tab.open_meeting(first.id)
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert store.meetings.get(first.id).status == "planned"
    assert page.status.currentData() == "planned"
    assert "·" not in page.when.text()
    assert store.meetings.for_slot(series.id, "2026-11-30T08:00:00Z") is not None


def test_how_long_it_took_feeds_the_advice(qtbot: QtBot, window: MainWindow) -> None:
    store = window.context.store
    weekly(window, "2026-11-02T09:00")  # three Mondays before the clock's 2026-11-29
    tab = comm_tab(window)
    page = tab.meeting
    past = []
    for start in ("2026-11-09T08:00:00Z", "2026-11-16T08:00:00Z", "2026-11-23T08:00:00Z"):
        meeting = store.meetings.for_slot(store.series.list()[0].id, start)
        if meeting is None:
            meeting = open_meeting(store, store.series.list()[0], parse_stamp(start))
        past.append(meeting)
    for meeting in past:
        tab.open_meeting(meeting.id)
        assert page.actual_minutes.value() == 0
        assert page.actual_minutes.text() == "not noted"
        assert "30 min planned" in page.slot_length.text()
        page.rating_group.button(4).click()
        page.actual_minutes.selectAll()
        qtbot.keyClicks(page.actual_minutes, "15")
        qtbot.mouseClick(page.save_retro_button, Qt.MouseButton.LeftButton)
        stored = store.meetings.get(meeting.id)
        assert (stored.status, stored.rating, stored.actual_minutes) == ("held", 4, 15)
        assert page.actual_minutes.value() == 15
    tab.show_page(0)
    qtbot.waitUntil(lambda: tab.checkins.suggestion.isVisible())
    assert "Make the check-ins shorter" in tab.checkins.suggestion.text()
    assert "50 %" in tab.checkins.suggestion.text()


ADVICE = [
    (Advice(AdviceKind.MORE_OFTEN, {"meetings": 6, "carried": 2.5, "percent": 120}),
     "Meet more often", "Öfter treffen"),
    (Advice(AdviceKind.LESS_OFTEN, {"meetings": 6, "items": 0.5}),
     "Meet less often", "Seltener treffen"),
    (Advice(AdviceKind.SHORTER, {"meetings": 3, "percent": 50}), "shorter", "kürzer"),
    (Advice(AdviceKind.AGENDA_EARLIER, {"notes": 2, "meetings": 6}),
     "Send the agenda earlier", "Agenda früher"),
    (Advice(AdviceKind.CHANGE_CHANNEL, {"notes": 2, "average": 2.5, "trend": -0.4}),
     "another channel", "Kanal"),
]


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    translators = Translators()
    translators.install("de")
    yield
    translators.install("en")


@pytest.mark.parametrize(("advice", "english", "_german"), ADVICE)
def test_each_advice_in_english(qapp: QApplication, advice: Advice, english: str,
                                _german: str) -> None:
    text = advice_text(advice)
    assert english in text
    assert "{" not in text
    for value in advice.numbers.values():
        assert f"{value:g}".replace("-", "") in text.replace(",", ".").replace("−", "-")


@pytest.mark.parametrize(("advice", "_english", "german_word"), ADVICE)
def test_each_advice_in_german(german: None, advice: Advice, _english: str,
                               german_word: str) -> None:
    text = advice_text(advice)
    assert german_word in text
    assert "{" not in text
    # German numbers: a decimal comma.
    if 2.5 in advice.numbers.values():
        assert "2,5" in text
