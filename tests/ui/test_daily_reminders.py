"""Daily reminders while the app runs: feedback due by the rhythm, reviews due, questions
waiting too long; each opens its record, each kind can be switched off in Settings."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QToolButton
from pytestqt.qtbot import QtBot

from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.domain.records import (
    AccessItem,
    Agreement,
    Area,
    DecisionRule,
    Feedback,
    Question,
    Vision,
)
from tandem_desktop.ui.communication.reminders import DAILY_DONE_KEY, NoticeBanner
from tandem_desktop.ui.communication.tab import CommunicationTab
from tandem_desktop.ui.main_window import MainWindow
from tandem_desktop.ui.settings_dialog import SettingsDialog
from tests.ui.conftest import click_ok


def _tab(window: MainWindow) -> CommunicationTab:
    tab = window.step_tabs[2]
    assert isinstance(tab, CommunicationTab)
    return tab


def _fill(window: MainWindow) -> dict[str, str]:
    """One record due of every kind (the clock stands on 2026-11-29)."""
    store, tid = window.context.store, window.context.tandem_id
    store.feedback.add(Feedback(tandem_id=tid, direction="leader_to_assistant",
                                kind="appreciation", given_on="2026-11-20", situation="Fair"))
    # Nothing ever went from the assistant to the leader: due since the start + 28 days.
    return {
        "late": store.questions.add(Question(tandem_id=tid, text="Which printer?",
                                             asked_by="assistant", asked_on="2026-11-25",
                                             urgency="today")).id,
        "patient": store.questions.add(Question(tandem_id=tid, text="Office party?",
                                                asked_by="assistant", asked_on="2026-11-25",
                                                urgency="week")).id,
        "rule": store.rules.add(DecisionRule(tandem_id=tid, decision="Book travel", level=5,
                                             review_on="2026-11-28")).id,
        "rule_later": store.rules.add(DecisionRule(tandem_id=tid, decision="Buy toner",
                                                   level=6, review_on="2026-12-20")).id,
        "access": store.access_items.add(AccessItem(tandem_id=tid, title="Bank account",
                                              kind="account", review_on="2026-11-29")).id,
        "agreement": store.agreements.add(Agreement(
            tandem_id=tid, category="channels", text="Chat for quick things",
            review_on="2026-11-01")).id,
        "area": store.areas.add(Area(tandem_id=tid, name="Travel", owner="assistant",
                                     review_on="2026-11-15")).id,
        "vision": store.visions.add(Vision(tandem_id=tid, statement="A calm office",
                                           saved_on="2026-05-01")).id,
    }


def _texts(banner: NoticeBanner) -> list[str]:
    return list(banner.texts)


def test_daily_reminders_open_their_records(qtbot: QtBot, window: MainWindow,
                                            clock: FixedClock) -> None:
    ids = _fill(window)
    reminders = _tab(window).reminders
    settings = window.context.settings
    settings.remove(DAILY_DONE_KEY.format(tandem_id=window.context.tandem_id))
    if reminders.banner is not None:
        reminders.banner.dismiss()
    due = reminders.check_daily()
    assert {(reminder.table, reminder.record_id) for reminder in due} == {
        ("feedback_rhythm", window.context.tandem_id), ("question", ids["late"]),
        ("decision_rule", ids["rule"]), ("access_item", ids["access"]),
        ("agreement", ids["agreement"]), ("area", ids["area"]), ("vision", ids["vision"])}
    banner = reminders.banner
    assert banner is not None and banner.isVisible()
    texts = _texts(banner)
    shown = [label.text() for label in banner.findChildren(QLabel, "reminderText")
             if label.isVisible()]
    assert len(shown) == len(texts) and "Which printer?" in "".join(shown)
    titles = banner.findChildren(QLabel, "reminderTitle")
    assert {title.text() for title in titles} >= {"Feedback due", "Review due"}
    assert all(title.font().bold() and title.isVisible() for title in titles)
    assert "Feedback due: From Jonas to Claudia: due since 2026-02-02" in texts
    assert any(text.startswith("Question waiting: Which printer? · asked")
               and "waiting 3 days longer than its urgency allows" in text for text in texts)
    assert any(text.startswith("Review due: Decision rule: Book travel · due since")
               for text in texts)
    assert any(text.startswith("Review due: ") and "Bank account · due today" in text
               for text in texts)
    assert any(text.startswith("Review due: Area of responsibility: Travel") for text in texts)
    assert "Review due: Vision: A calm office · due since 2026-07-30" in texts
    assert not any("Office party" in text or "Buy toner" in text for text in texts)
    # Once a day: a second look the same day says nothing.
    assert reminders.check_daily() == []
    assert settings.value(DAILY_DONE_KEY.format(tandem_id=window.context.tandem_id)) == \
        "2026-11-29"

    # Each reminder opens its record: the question on the Trust tab ...
    buttons = banner.findChildren(QToolButton, "openReminder")
    order = [reminder.table for reminder in due]
    qtbot.mouseClick(buttons[order.index("question")], Qt.MouseButton.LeftButton)
    assert window.tabs.currentIndex() == 1
    trust = window.step_tabs[1]
    questions = trust.questions  # type: ignore[attr-defined]
    rows = questions.table.selectionModel().selectedRows()
    assert rows and questions.model.row_at(rows[0].row()).id == ids["late"]
    # ... the area on the Delegation tab, the feedback rhythm on the Feedback tab.
    qtbot.mouseClick(buttons[order.index("area")], Qt.MouseButton.LeftButton)
    assert window.tabs.currentIndex() == 4
    assert window.step_tabs[4].areas.current_record().id == ids["area"]  # type: ignore[attr-defined]
    qtbot.mouseClick(buttons[order.index("feedback_rhythm")], Qt.MouseButton.LeftButton)
    assert window.tabs.currentIndex() == 3
    qtbot.mouseClick(buttons[order.index("vision")], Qt.MouseButton.LeftButton)
    assert window.tabs.currentIndex() == 5
    banner.dismiss()

    # Switch questions and reviews off in Settings; the next day only feedback reminds.
    dialog = SettingsDialog(window.context, window)
    qtbot.addWidget(dialog)
    boxes = list(dialog.daily.values())
    assert [box.text() for box in boxes] == [
        "Feedback due by our agreed rhythm",
        "Reviews due: decision rules, access, agreements, areas, the vision",
        "Questions open longer than their urgency allows"]
    assert all(box.isChecked() for box in boxes)
    qtbot.mouseClick(boxes[1], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(boxes[2], Qt.MouseButton.LeftButton)
    click_ok(qtbot, dialog)
    assert str(settings.value("reminders/questions")).lower() == "false"
    assert str(settings.value("reminders/reviews")).lower() == "false"
    assert str(settings.value("reminders/feedback")).lower() == "true"
    clock.advance(timedelta(days=1))
    reminders.timer.setInterval(5)
    with qtbot.waitSignal(reminders.notified, timeout=3000) as signal:
        pass
    assert signal.args is not None and signal.args[0] == "Feedback due"
    qtbot.waitUntil(lambda: settings.value(
        DAILY_DONE_KEY.format(tandem_id=window.context.tandem_id)) == "2026-11-30")
    assert all(text.startswith("Feedback due") for text in reminders.banner.texts)  # type: ignore[union-attr]
    # Record of the reminders stays as it was: nothing was written to the database.
    assert window.context.store.questions.get(ids["late"]).status == "open"
