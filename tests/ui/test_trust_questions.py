"""The questions half of the Trust tab, driven like a user would."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tandem_desktop.domain.records import Question
from tandem_desktop.services.questions import on_agenda_discussed
from tandem_desktop.ui.main_window import MainWindow
from tandem_desktop.ui.trust.dialogs import AnswerDialog, QuestionDialog
from tandem_desktop.ui.trust.models import QuestionTableModel
from tandem_desktop.ui.trust.tab import TrustTab

HTML = '<b>x</b><img src="http://127.0.0.1/x">'
CTRL = Qt.KeyboardModifier.ControlModifier


def trust_tab(qtbot, window: MainWindow) -> TrustTab:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    tab = window.step_tabs[1]
    assert isinstance(tab, TrustTab)
    assert window.tabs.currentWidget() is tab
    return tab


def ask(window: MainWindow, text: str, **changes: object) -> Question:
    context = window.context
    values: dict[str, object] = {"tandem_id": context.tandem_id, "text": text,
                                 "asked_by": "assistant", "asked_on": "2026-11-20"}
    values.update(changes)
    return context.store.questions.add(Question(**values))  # type: ignore[arg-type]


def press_new_question(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Shift+Q, once the main window is active again."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Q, CTRL | Qt.KeyboardModifier.ShiftModifier)


def opened_dialog(qtbot, panel):  # type: ignore[no-untyped-def]
    """The dialog a panel just opened, once it is the active window (as for a user)."""
    dialog = panel.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def shown_texts(tab: TrustTab) -> list[str]:
    model = tab.questions.model
    return [model.data(model.index(row, QuestionTableModel.TEXT))
            for row in range(model.rowCount())]


def test_add_a_question_by_keyboard_only(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    tab = trust_tab(qtbot, window)
    assert tab.questions.empty_label.isVisible()
    press_new_question(qtbot, window)
    dialog = opened_dialog(qtbot, tab.questions)
    assert isinstance(dialog, QuestionDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.text_edit)
    qtbot.keyClicks(QApplication.focusWidget(), "May I order the new laptop myself?")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.context_edit
    qtbot.keyClicks(QApplication.focusWidget(), "The old one is slow")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.urgency_combo
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)  # whenever -> this week
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: tab.questions.dialog is None)

    stored = window.context.store.questions.for_tandem(window.context.tandem_id)
    assert [(q.text, q.context, q.urgency, q.asked_by, q.asked_on, q.status)
            for q in stored] == [("May I order the new laptop myself?", "The old one is slow",
                                  "week", "assistant", "2026-11-29", "open")]
    assert shown_texts(tab) == ["May I order the new laptop myself?"]
    assert "May I order the new laptop myself?" in tab.questions.detail_text.toPlainText()
    assert tab.summary_label.text().startswith("1 open question · the oldest was asked today")
    assert window.tabs.tabText(1) == "1 · Trust (1)"


def test_empty_question_is_refused_at_the_field(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    tab = trust_tab(qtbot, window)
    qtbot.mouseClick(tab.questions.new_button, Qt.MouseButton.LeftButton)
    dialog = opened_dialog(qtbot, tab.questions)
    assert isinstance(dialog, QuestionDialog)
    qtbot.keyClicks(dialog.text_edit, "   ")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.text_error.isVisible()
    assert dialog.text_error.text() == "Please write the question."
    assert window.context.store.questions.count() == 0
    dialog.reject()


def test_answer_then_find_it_in_the_knowledge_base(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ask(window, "Can I book first class on trains?")
    ask(window, "Who orders the coffee?", asked_on="2026-11-25")
    tab = trust_tab(qtbot, window)
    assert shown_texts(tab) == ["Can I book first class on trains?", "Who orders the coffee?"]
    assert tab.summary_label.text().startswith("2 open questions · the oldest has waited 9 days")
    # Keyboard: the list has the first question selected; Return opens the answer.
    tab.questions.table.setFocus()
    qtbot.keyClick(tab.questions.table, Qt.Key.Key_Return)
    dialog = opened_dialog(qtbot, tab.questions)
    assert isinstance(dialog, AnswerDialog)
    qtbot.keyClicks(dialog.answer_edit, "Yes, for journeys over four hours.")
    qtbot.keyClick(dialog.answer_edit, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: tab.questions.dialog is None)

    stored = [q for q in window.context.store.questions.for_tandem(window.context.tandem_id)
              if q.status == "answered"]
    assert [(q.text, q.answer, q.answered_on) for q in stored] == [
        ("Can I book first class on trains?", "Yes, for journeys over four hours.",
         "2026-11-29")]
    assert shown_texts(tab) == ["Who orders the coffee?"]
    assert window.tabs.tabText(1) == "1 · Trust (1)"

    # The knowledge base finds it by a word that only the answer holds.
    tab.questions.set_view("answered")
    qtbot.keyClicks(tab.questions.filter_edit, "journ")
    assert shown_texts(tab) == ["Can I book first class on trains?"]
    qtbot.keyClicks(tab.questions.filter_edit, "eys plane")
    assert shown_texts(tab) == []
    assert tab.questions.empty_label.text() == "No question matches the filter."

    # Asking again: the dialog points at the answer before a duplicate is written.
    press_new_question(qtbot, window)
    dialog = opened_dialog(qtbot, tab.questions)
    assert isinstance(dialog, QuestionDialog)
    qtbot.keyClicks(dialog.text_edit, "first class on long train trips?")
    assert dialog.known.isVisible()
    assert "Yes, for journeys over four hours." in dialog.known.text()
    dialog.reject()


def test_put_on_agenda_and_answered_when_discussed(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    question = ask(window, "May I move the Friday jour fixe?")
    tab = trust_tab(qtbot, window)
    panel = tab.questions
    qtbot.mouseClick(panel.agenda_button, Qt.MouseButton.LeftButton)
    store = window.context.store
    backlog = store.agenda.backlog(window.context.tandem_id)
    assert [(i.text, i.kind, i.source_kind, i.source_id, i.added_by, i.meeting_id)
            for i in backlog] == [("May I move the Friday jour fixe?", "question", "question",
                                   question.id, "assistant", None)]
    assert panel.agenda_label.isVisible()
    assert panel.agenda_label.text() == "On the agenda for the next check-in."
    model = panel.model
    assert model.data(model.index(0, QuestionTableModel.STATUS)) == "Open · on agenda"
    assert panel.agenda_button.text() == "Take off the &check-in"

    # The meeting screen marks it discussed with an outcome and calls the rule.
    item = store.agenda.change(backlog[0].id, discussed=True, outcome="Yes, tell me a day ahead")
    on_agenda_discussed(store, item)
    assert store.questions.get(question.id).status == "answered"
    assert shown_texts(tab) == []
    panel.set_view("answered")
    assert shown_texts(tab) == ["May I move the Friday jour fixe?"]
    assert "Yes, tell me a day ahead" in panel.detail_text.toPlainText()


def test_withdraw_delete_and_restore(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    question = ask(window, "Paper filing for contracts?")
    tab = trust_tab(qtbot, window)
    panel = tab.questions
    store = window.context.store
    qtbot.mouseClick(panel.withdraw_button, Qt.MouseButton.LeftButton)
    assert store.questions.get(question.id).status == "withdrawn"
    assert shown_texts(tab) == []
    panel.set_view("all")
    assert panel.withdraw_button.text() == "Re&open"
    qtbot.mouseClick(panel.withdraw_button, Qt.MouseButton.LeftButton)
    assert store.questions.get(question.id).status == "open"

    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert store.questions.find(question.id) is None
    assert shown_texts(tab) == []
    assert panel.undo_bar.isVisible()
    assert "Paper filing for contracts?" in panel.undo_bar.message.text()
    qtbot.mouseClick(panel.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert store.questions.find(question.id) is not None
    assert shown_texts(tab) == ["Paper filing for contracts?"]

    # Delete again, then restore from the Deleted view.
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    panel.set_view("deleted")
    assert shown_texts(tab) == ["Paper filing for contracts?"]
    assert panel.restore_button.isVisible() and not panel.delete_button.isVisible()
    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    assert store.questions.find(question.id) is not None
    assert panel.view() == "open"


def test_edit_a_question(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    question = ask(window, "Old wording")
    tab = trust_tab(qtbot, window)
    qtbot.mouseClick(tab.questions.edit_button, Qt.MouseButton.LeftButton)
    dialog = opened_dialog(qtbot, tab.questions)
    assert isinstance(dialog, QuestionDialog)
    dialog.text_edit.selectAll()
    qtbot.keyClicks(dialog.text_edit, "New wording")
    dialog.asked_by_combo.setCurrentIndex(1)  # my partner asked it
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return, CTRL)
    stored = window.context.store.questions.get(question.id)
    assert (stored.text, stored.asked_by) == ("New wording", "leader")
    assert shown_texts(tab) == ["New wording"]
    assert tab.questions.model.data(
        tab.questions.model.index(0, QuestionTableModel.ASKED_BY)) == "Claudia"


def test_html_shows_literally(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ask(window, HTML, context=HTML)
    tab = trust_tab(qtbot, window)
    panel = tab.questions
    model = panel.model
    assert model.data(model.index(0, 0)) == HTML
    tooltip = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "<p>&lt;b&gt;x&lt;/b&gt;&lt;img src=&quot;http://127.0.0.1/x&quot;&gt;</p>"
    assert panel.detail_text.toPlainText().startswith(HTML)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    label = panel.undo_bar.message
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert HTML in label.text()


def test_a_hundred_thousand_characters(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    tab = trust_tab(qtbot, window)
    long_text = ("Lorem ipsum dolor sit amet " * 4000)[:100_000]
    qtbot.mouseClick(tab.questions.new_button, Qt.MouseButton.LeftButton)
    dialog = opened_dialog(qtbot, tab.questions)
    assert isinstance(dialog, QuestionDialog)
    started = time.perf_counter()
    dialog.text_edit.setPlainText(long_text)
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: tab.questions.dialog is None)
    assert time.perf_counter() - started < 3
    stored = window.context.store.questions.for_tandem(window.context.tandem_id)
    assert stored[0].text == long_text.strip()
    shown = shown_texts(tab)[0]
    assert shown.endswith("…") and len(shown) < 200
    assert tab.questions.detail_text.toPlainText() == long_text.strip()


def test_show_record_switches_view_and_selects(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ask(window, "Open one")
    done = ask(window, "Answered one", status="answered", answer="Done",
               answered_on="2026-11-21")
    window.context.openRecord.emit("question", done.id)
    tab = window.step_tabs[1]
    assert isinstance(tab, TrustTab)
    assert window.tabs.currentWidget() is tab
    assert tab.questions.view() == "answered"
    assert tab.questions.detail_text.toPlainText().startswith("Answered one")


def test_long_lists_come_a_page_at_a_time(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                          monkeypatch) -> None:
    from tandem_desktop.ui.trust import questions as trust_questions

    monkeypatch.setattr(trust_questions, "PAGE_ROWS", 3)
    asked = [ask(window, f"Question number {number}", asked_on=f"2026-11-0{number}")
             for number in range(1, 6)]
    tab = trust_tab(qtbot, window)
    panel = tab.questions
    panel.set_view("all")  # a new view starts at the first page again
    assert panel.model.rowCount() == 3
    assert panel.more_row.isVisible()
    assert panel.more_label.text() == (
        "Showing the first 3 of 5 questions – type to narrow them down.")
    qtbot.mouseClick(panel.more_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 5
    assert not panel.more_row.isVisible()
    # A record beyond the first page is still found when asked for.
    panel.set_view("open")
    assert panel.model.rowCount() == 3
    assert panel.select(asked[4].id)
    assert panel.detail_text.toPlainText() == "Question number 5"
