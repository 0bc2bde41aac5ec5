"""Reminders before check-ins and the overdue notice, driven by a fixed clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pytestqt.qtbot import QtBot

from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.domain.records import CheckInSeries, Task
from tandem_desktop.ui.communication.tab import BACKLOG
from tandem_desktop.ui.main_window import MainWindow
from tests.ui.conftest import click_ok
from tests.ui.test_communication_series import HTML, comm_tab


def test_reminder_before_a_checkin(qtbot: QtBot, window: MainWindow, clock: FixedClock) -> None:
    window.context.settings.setValue("reminder_minutes", 15)
    window.context.store.series.add(CheckInSeries(
        tandem_id=window.context.tandem_id, title="Weekly " + HTML, rrule="FREQ=WEEKLY;BYDAY=MO",
        first_start="2026-11-02T09:00", time_zone="Europe/Berlin",
        location="https://meet.example.org/x"))
    tab = comm_tab(window)
    reminders = tab.reminders
    reminders.timer.setInterval(5)
    # Monday 30 November, 09:00 Berlin = 08:00 UTC. 20 minutes before: nothing yet.
    clock.set(datetime(2026, 11, 30, 7, 40, tzinfo=UTC))
    assert reminders.check() == []
    clock.set(datetime(2026, 11, 30, 7, 47, tzinfo=UTC))
    with qtbot.waitSignal(reminders.notified, timeout=2000) as signal:
        pass
    assert signal.args is not None and signal.args[0] == "Check-in in 13 min"
    banner = reminders.banner
    assert banner is not None and banner.isVisible()
    assert any(("Weekly " + HTML) in text for text in banner.texts)
    # Said once only.
    clock.advance(timedelta(minutes=5))
    assert reminders.check() == []
    banner.dismiss()
    assert not banner.isVisible()
    window.context.settings.setValue("reminder_minutes", 0)
    clock.set(datetime(2026, 12, 3, 7, 55, tzinfo=UTC))
    assert reminders.check() == []


def test_overdue_notice_once_at_start(qtbot: QtBot, window: MainWindow) -> None:
    tid = window.context.tandem_id
    window.context.store.tasks.add(Task(tandem_id=tid, title="Late", owner="assistant",
                                        due_on="2026-11-01"))
    tab = comm_tab(window)
    tab.reminders.overdue_told.clear()
    assert tab.reminders.tell_overdue() == 1
    assert tab.reminders.banner is not None
    assert "1 task is past its due date." in tab.reminders.banner.texts[-1]
    assert tab.reminders.tell_overdue() == 0


def test_agenda_topic_from_new_menu_and_backlog(qtbot: QtBot, window: MainWindow) -> None:
    tab = comm_tab(window)
    actions = {action.text(): action for action in tab.new_actions()}
    actions["Agenda topic…"].trigger()
    dialog = tab.topic_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.text, "Holiday plan")
    dialog.kind.setCurrentIndex(dialog.kind.findData("priority"))
    click_ok(qtbot, dialog)
    assert tab.pages.currentIndex() == BACKLOG
    item = window.context.store.agenda.backlog(window.context.tandem_id)[0]
    assert (item.text, item.kind, item.added_by) == ("Holiday plan", "priority", "assistant")
    assert tab.backlog.model.index(0, 0).data() == "Holiday plan"
    window.tabs.setCurrentIndex(0)
    window.show_record("agenda_item", item.id)
    assert window.tabs.currentIndex() == 2
    assert tab.backlog.view.currentIndex().row() == 0


def test_cancelled_moved_one_off_and_zero_minutes(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """None for a cancelled check-in, one at a moved one's new time and for a one-off
    meeting; a series' own 0 minutes switches its reminder off."""
    from datetime import UTC, datetime, timedelta

    from tandem_desktop.domain.records import CheckInSeries
    from tandem_desktop.services import occurrences
    from tandem_desktop.services.agenda import plan_one_off
    from tandem_desktop.services.schedule import upcoming
    from tandem_desktop.ui.communication.tab import CommunicationTab

    context = window.context
    store = context.store
    tab = window.step_tabs[2]
    assert isinstance(tab, CommunicationTab)
    reminders = tab.reminders
    now = context.clock.now()
    series = store.series.add(CheckInSeries(
        tandem_id=context.tandem_id, title="Daily", rrule="FREQ=DAILY",
        first_start="2026-11-29T12:00", time_zone="UTC"))
    silent = store.series.add(CheckInSeries(
        tandem_id=context.tandem_id, title="Silent", rrule="FREQ=DAILY",
        first_start="2026-11-29T12:05", time_zone="UTC", reminder_minutes=0))
    assert silent.reminder_minutes == 0
    first, second = upcoming(store, context.tandem_id, now, now + timedelta(days=2))[0:3:2]
    assert first.series is not None and first.series.id == series.id
    occurrences.cancel(store, first)
    occurrences.move(store, second, datetime(2026, 11, 29, 15, 0, tzinfo=UTC), 30)
    plan_one_off(store, context.tandem_id, "Fair", datetime(2026, 11, 29, 17, 0, tzinfo=UTC), 30)
    context.clock.set(datetime(2026, 11, 29, 11, 55, tzinfo=UTC))
    assert reminders.check() == []  # the cancelled one and the silent series say nothing
    context.clock.set(datetime(2026, 11, 29, 14, 52, tzinfo=UTC))
    assert [text.split(" · ")[0] for text in reminders.check()] == ["Daily"]
    context.clock.set(datetime(2026, 11, 29, 16, 55, tzinfo=UTC))
    assert [text.split(" · ")[0] for text in reminders.check()] == ["Fair"]
