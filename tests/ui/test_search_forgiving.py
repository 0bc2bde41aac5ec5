"""Filters and "May I decide?" forgive accents and offer near words, as a user types them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tandem_desktop.domain.records import DecisionRule, Question, Task
from tandem_desktop.ui.delegation.tab import DelegationTab
from tandem_desktop.ui.main_window import MainWindow
from tandem_desktop.ui.trust.tab import TrustTab
from tests.ui.test_communication_tasks import tasks_tab, titles
from tests.ui.test_trust_questions import shown_texts

CTRL = Qt.KeyboardModifier.ControlModifier


def test_the_task_filter_finds_umlauts_typed_without_them(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    store, tid = window.context.store, window.context.tandem_id
    store.tasks.add(Task(tandem_id=tid, title="Überstunden für Frau Müller", owner="assistant"))
    store.tasks.add(Task(tandem_id=tid, title="Zugang zum Laufwerk", owner="assistant"))
    store.tasks.add(Task(tandem_id=tid, title="Zimmer in Köln buchen", owner="assistant"))
    tab = tasks_tab(window)
    qtbot.keyClicks(tab.tasks.search, "ueberstunden")
    qtbot.waitUntil(lambda: titles(tab) == ["Überstunden für Frau Müller"])
    tab.tasks.search.clear()
    qtbot.keyClicks(tab.tasks.search, "koln")
    qtbot.waitUntil(lambda: titles(tab) == ["Zimmer in Köln buchen"])
    tab.tasks.search.clear()
    qtbot.keyClicks(tab.tasks.search, "zug")
    qtbot.waitUntil(lambda: titles(tab) == ["Zugang zum Laufwerk"])


def test_the_question_filter_forgives_french_and_spanish_accents(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    store, tid = window.context.store, window.context.tandem_id
    store.questions.add(Question(tandem_id=tid, text="Who meets Hélène Lefèvre in Genève?",
                                 asked_by="assistant", asked_on="2026-11-20"))
    store.questions.add(Question(tandem_id=tid, text="Does Señor Muñoz need a visa?",
                                 asked_by="assistant", asked_on="2026-11-21"))
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    tab = window.step_tabs[1]
    assert isinstance(tab, TrustTab)
    field = tab.questions.filter_edit
    qtbot.keyClicks(field, "helene geneve")
    qtbot.waitUntil(lambda: shown_texts(tab) == ["Who meets Hélène Lefèvre in Genève?"])
    field.clear()
    qtbot.keyClicks(field, "senor munoz")
    qtbot.waitUntil(lambda: shown_texts(tab) == ["Does Señor Muñoz need a visa?"])


def test_may_i_decide_forgives_and_offers_a_near_word(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    store, tid = window.context.store, window.context.tandem_id
    rule = store.rules.add(DecisionRule(tandem_id=tid, decision="Überstunden freigeben",
                                        level=6, limits="bis zehn Stunden im Monat"))
    window.tabs.setCurrentIndex(4)
    tab = window.step_tabs[4]
    assert isinstance(tab, DelegationTab)
    qtbot.waitUntil(tab.isVisible)
    lookup = tab.lookup
    qtbot.keyClicks(lookup.field, "uberstunden")
    assert lookup.pages.currentWidget() is lookup.results
    assert lookup.model.row_at(0).rule.id == rule.id  # type: ignore[union-attr]
    lookup.field.clear()
    qtbot.keyClicks(lookup.field, "uberstudnen")
    assert lookup.pages.currentWidget() is lookup.no_match
    assert lookup.suggestion_button.isVisible()
    assert lookup.suggestion_button.text() == "Did you mean “Überstunden”?"
    qtbot.mouseClick(lookup.suggestion_button, Qt.MouseButton.LeftButton)
    assert lookup.field.text() == "Überstunden"
    assert lookup.model.row_at(0).rule.id == rule.id  # type: ignore[union-attr]
    lookup.field.clear()
    qtbot.keyClicks(lookup.field, "xylophon")
    assert lookup.pages.currentWidget() is lookup.no_match
    assert not lookup.suggestion_button.isVisible()
