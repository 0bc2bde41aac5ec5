"""The Feedback tab's models pass Qt's model tester; a failed write loses nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tandem_desktop.domain.enums import Role
from tandem_desktop.domain.records import Feedback, FeedbackPrompt
from tandem_desktop.storage.errors import WriteFailedError
from tandem_desktop.ui.feedback.models import FeedbackTableModel, PromptListModel
from tandem_desktop.ui.feedback.tab import FeedbackTab
from tandem_desktop.ui.main_window import MainWindow

NAMES = {"leader": "Claudia", "assistant": "Jonas"}


def entries() -> list[Feedback]:
    return [
        Feedback(id="a", tandem_id="t", direction="leader_to_assistant", given_on="2026-11-02",
                 situation="Board papers", private=True),
        Feedback(id="b", tandem_id="t", direction="assistant_to_leader", kind="suggestion",
                 given_on="2026-11-01", behaviour="Late requests", status="discussed"),
    ]


def test_feedback_model_passes_the_model_tester(qapp, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = FeedbackTableModel()
    model.on_agenda, model.names, model.my_role = {"b"}, NAMES, Role.LEADER
    model.set_rows(entries())
    qtmodeltester.check(model)
    assert model.index(0, model.DIRECTION).data() == "I give → Jonas"
    assert model.index(1, model.DIRECTION).data() == "I receive ← Jonas"
    assert model.index(1, model.AGENDA).data() == "On the agenda"
    assert model.index(0, model.PRIVATE).data() == "Private"
    assert model.index(1, model.PRIVATE).data() == ""
    assert model.row_of("b") == 1 and model.row_of("zzz") == -1
    model.on_agenda = set()
    model.set_rows([])
    qtmodeltester.check(model)


def test_prompt_model_passes_the_model_tester(qapp, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = PromptListModel()
    model.set_rows([FeedbackPrompt(id="p", tandem_id="t", text="<i>Start?</i>")])
    qtmodeltester.check(model)
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "<p>&lt;i&gt;Start?&lt;/i&gt;</p>"


def test_failed_write_keeps_the_form_and_the_data(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    tab = window.step_tabs[3]
    assert isinstance(tab, FeedbackTab)
    messages: list[str] = []
    monkeypatch.setattr("tandem_desktop.ui.actions.inform",
                        lambda parent, title, text, warning=False: messages.append(text))

    def full_disk(record: Feedback) -> Feedback:
        raise WriteFailedError("the disk is full")

    monkeypatch.setattr(tab.context.store.feedback, "add", full_disk)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible())
    dialog = tab.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.situation, "Board papers")
    qtbot.keyClick(dialog.situation, Qt.Key.Key_Return)
    assert messages and "the disk is full" in messages[0]
    assert dialog.isVisible() and dialog.situation.text() == "Board papers"
    assert tab.context.store.feedback.count_for(tab.context.tandem_id) == 0
    dialog.reject()
