"""The Trust tab as a whole: German texts, failures explained, models that follow the rules."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tandem_desktop.domain.records import Question
from tandem_desktop.storage.errors import WriteFailedError
from tandem_desktop.storage.trust import AccessLine, QuestionLine
from tandem_desktop.ui import actions
from tandem_desktop.ui.main_window import MainWindow
from tandem_desktop.ui.trust.dialogs import QuestionDialog
from tandem_desktop.ui.trust.models import AccessTableModel, QuestionTableModel
from tandem_desktop.ui.trust.tab import TrustTab


def test_german_header_and_title(qtbot, german, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    context = window.context
    context.store.questions.add(Question(tandem_id=context.tandem_id, text="Frage?",
                                         asked_by="leader", asked_on="2026-11-27"))
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    tab = window.step_tabs[1]
    assert isinstance(tab, TrustTab)
    assert window.tabs.tabText(1) == "1 · Vertrauen (1)"
    assert tab.summary_label.text() == "1 offene Frage · die älteste wartet seit 2 Tagen"
    assert tab.pages.tabText(0) == "&Fragen"
    model = tab.questions.model
    assert model.data(model.index(0, QuestionTableModel.ASKED_ON)) == "27.11.2026 · 2 Tage"


def test_a_failed_write_is_explained_and_keeps_the_dialog(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(actions, "inform",
                        lambda parent, title, text, warning=False: shown.append(text))

    def disk_full(record: object) -> None:
        raise WriteFailedError("the disk is full")

    monkeypatch.setattr(window.context.store.questions, "add", disk_full)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    tab = window.step_tabs[1]
    assert isinstance(tab, TrustTab)
    qtbot.mouseClick(tab.questions.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.questions.dialog
    assert isinstance(dialog, QuestionDialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClicks(dialog.text_edit, "Will this be kept?")
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert shown and "the disk is full" in shown[0]
    assert dialog.isVisible()
    assert dialog.text_edit.toPlainText() == "Will this be kept?"
    dialog.reject()


def test_models_pass_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    questions = QuestionTableModel()
    questions.today, questions.name_of = date(2026, 11, 29), str
    questions.set_rows([QuestionLine("a", "Text", "", "leader", "2026-11-01", "today", "open",
                                     "", None, True)])
    qtmodeltester.check(questions)
    access = AccessTableModel()
    access.today = date(2026, 11, 29)
    access.set_rows([AccessLine("b", "Card", "budget", "Up to 800 EUR", "2026-01-01", 6,
                                "2026-07-01", None, "Travel")])
    qtmodeltester.check(access)
