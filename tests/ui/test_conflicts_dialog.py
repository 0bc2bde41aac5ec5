"""Conflicts to review, and records that came back, as the user meets them in the window."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.services.merging import apply_partner_changes
from tandem_desktop.storage import conflicts as stored
from tandem_desktop.storage.journal import journal_of
from tandem_desktop.storage.sync_state import SyncState
from tandem_desktop.ui.came_back import show_came_back
from tandem_desktop.ui.communication.tab import TASKS, CommunicationTab
from tandem_desktop.ui.conflicts_dialog import ConflictsDialog
from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.main_window import MainWindow
from tests.services.partners import Partners, partners
from tests.storage.copies import changes_of, send
from tests.ui.test_foundation import when_modal


@pytest.fixture
def pair(context: AppContext, clock: FixedClock) -> Partners:
    made = partners(context.store, clock)
    context.set_tandem(made.tandem)
    return made


@pytest.fixture
def window(qtbot: QtBot, context: AppContext, pair: Partners) -> MainWindow:
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _conflict_dialog(qtbot: QtBot, window: MainWindow) -> ConflictsDialog:
    dialog = ConflictsDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _tasks(window: MainWindow) -> list[str]:
    window.tabs.setCurrentIndex(2)
    tab = window.step_tabs[2]
    assert isinstance(tab, CommunicationTab)
    tab.show_page(TASKS)
    model = tab.tasks.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_the_status_bar_counts_conflicts_and_opens_the_review(
        qtbot: QtBot, window: MainWindow, pair: Partners) -> None:
    status = window.sync_status
    assert not status.isVisible()
    pair.both_edit_notes("Economy, aisle seat", "Economy, window seat")

    apply_partner_changes(window.context.store, changes_of(pair.theirs))

    qtbot.waitUntil(status.isVisible)
    assert status.text() == "1 conflict to review"
    seen: list[str] = []

    def review(dialog: ConflictsDialog) -> None:  # type: ignore[override]
        seen.append(dialog.model.index(0, 1).data())
        qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
        dialog.reject()

    when_modal(qtbot, review)  # type: ignore[arg-type]
    qtbot.mouseClick(status, Qt.MouseButton.LeftButton)

    assert seen == ["Book the flights"]
    assert not status.isVisible()
    assert stored.count_open(window.context.store.database, pair.tandem.id) == 0


def test_both_versions_with_who_and_when_and_taking_the_other(
        qtbot: QtBot, window: MainWindow, pair: Partners, berlin_time: None) -> None:
    pair.both_edit_notes("Economy, aisle seat", "Economy, window seat")
    send(pair.theirs, window.context.store)
    dialog = _conflict_dialog(qtbot, window)

    assert dialog.model.rowCount() == 1
    assert [dialog.model.index(0, column).data() for column in range(3)] == [
        "Task", "Book the flights", "Notes"]
    assert dialog.current_text.toPlainText() == "Economy, window seat"
    assert dialog.other_text.toPlainText() == "Economy, aisle seat"
    # Stamps are UTC; the window shows this computer's time (Berlin: UTC+1 in November).
    assert dialog.current_source.text().startswith("From Claudia's device, ")
    assert "11:02" in dialog.current_source.text()
    assert dialog.other_source.text().startswith("From this computer, ")
    assert "11:01" in dialog.other_source.text()
    assert dialog.combined_text.toPlainText() == "Economy, window seat\n\nEconomy, aisle seat"

    pair.my_clock.advance(timedelta(minutes=5))
    qtbot.mouseClick(dialog.take_button, Qt.MouseButton.LeftButton)

    store = window.context.store
    assert store.tasks.get(pair.task.id).notes == "Economy, aisle seat"
    assert dialog.model.rowCount() == 0 and dialog.empty_label.isVisibleTo(dialog)
    row = stored.find_conflict(store.database, 1)
    assert row is not None and row.resolved_at is not None  # kept on record
    send(store, pair.theirs)
    assert pair.theirs.tasks.get(pair.task.id).notes == "Economy, aisle seat"


def test_a_text_combined_from_both_is_saved(
        qtbot: QtBot, window: MainWindow, pair: Partners) -> None:
    pair.both_edit_notes("Aisle seat", "Window seat")
    send(pair.theirs, window.context.store)
    dialog = _conflict_dialog(qtbot, window)
    dialog.combined_text.clear()
    qtbot.keyClicks(dialog.combined_text, "Aisle or window, <b>not</b> the middle")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert window.context.store.tasks.get(pair.task.id).notes == \
        "Aisle or window, <b>not</b> the middle"
    assert dialog.model.rowCount() == 0
    qtbot.waitUntil(lambda: not window.sync_status.isVisible())


def test_what_the_user_types_survives_a_refresh(
        qtbot: QtBot, window: MainWindow, pair: Partners) -> None:
    pair.both_edit_notes("Aisle seat", "Window seat")
    send(pair.theirs, window.context.store)
    dialog = _conflict_dialog(qtbot, window)
    dialog.combined_text.setPlainText("Half typed")
    window.context.store.tasks.change(pair.task.id, title="Book the flights to Rome")
    qtbot.waitUntil(lambda: dialog.model.index(0, 1).data() == "Book the flights to Rome")
    assert dialog.combined_text.toPlainText() == "Half typed"


def test_a_record_in_the_trash_can_only_be_kept(
        qtbot: QtBot, window: MainWindow, pair: Partners) -> None:
    pair.both_edit_notes("Aisle seat", "Window seat")
    send(pair.theirs, window.context.store)
    window.context.store.tasks.delete(pair.task.id)
    dialog = _conflict_dialog(qtbot, window)
    assert not dialog.take_button.isEnabled() and not dialog.save_button.isEnabled()
    assert "Trash" in dialog.state_label.text()
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 0


def test_a_partners_batch_refreshes_the_tabs_and_says_what_came_back(
        qtbot: QtBot, window: MainWindow, pair: Partners) -> None:
    assert _tasks(window) == ["Book the flights"]
    store = window.context.store
    pair.my_clock.advance(timedelta(minutes=1))
    store.tasks.delete(pair.task.id)
    qtbot.waitUntil(lambda: _tasks(window) == [])
    pair.their_clock.advance(timedelta(minutes=2))
    pair.theirs.tasks.change(pair.task.id, title="Book the trains")

    summary = apply_partner_changes(store, changes_of(pair.theirs))
    notice = show_came_back(window, summary.came_back)

    assert _tasks(window) == ["Book the trains"]
    assert notice is not None
    qtbot.waitUntil(notice.isVisible)
    assert notice.windowModality() == Qt.WindowModality.NonModal
    assert notice.textFormat() == Qt.TextFormat.PlainText
    assert "• Task: Book the trains" in notice.text()
    assert "1 record" in notice.text()
    assert window.isEnabled()
    notice.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not notice.isVisible())


def test_nothing_came_back_no_notice(qtbot: QtBot, window: MainWindow, pair: Partners) -> None:
    pair.theirs.tasks.change(pair.task.id, title="Book the trains")
    summary = apply_partner_changes(window.context.store, changes_of(pair.theirs))
    assert show_came_back(window, summary.came_back) is None
    assert _tasks(window) == ["Book the trains"]


def test_german_conflict_texts(qtbot: QtBot, german: None, window: MainWindow,
                               pair: Partners) -> None:
    pair.both_edit_notes("Aisle seat", "Window seat")
    send(pair.theirs, window.context.store)
    qtbot.waitUntil(window.sync_status.isVisible)
    assert window.sync_status.text() == "1 Konflikt zu klären"
    dialog = _conflict_dialog(qtbot, window)
    assert dialog.windowTitle() == "Konflikte klären"
    assert dialog.model.index(0, 2).data() == "Notizen"
    assert dialog.other_source.text().startswith("Von diesem Computer, ")
    assert dialog.current_source.text().startswith("Vom Gerät von Claudia, ")
    their_device = journal_of(pair.theirs.database).device.id  # type: ignore[union-attr]
    state = SyncState(window.context.store.database)
    state.start_sharing(pair.tandem.id, "/shared/Office", b"k" * 32)
    state.saw(pair.tandem.id, their_device, "Claudias Laptop", "2026-11-29T10:03:00Z")
    dialog.reload()
    assert dialog.current_source.text().startswith("Vom Gerät „Claudias Laptop“, ")
