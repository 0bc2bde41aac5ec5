"""The Delegation tab driven like a user: areas, rules, the board and "May I decide?"."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTableView

from tandem_desktop.domain.records import Area, DecisionRule
from tandem_desktop.services.rules import save_rule
from tandem_desktop.ui.delegation.tab import AREAS, BOARD, RULES, DelegationTab
from tandem_desktop.ui.main_window import MainWindow
from tests.ui.conftest import click_ok

HOSTILE = '<b>x</b><img src="http://127.0.0.1/x">'


@pytest.fixture
def tab(qtbot, window: MainWindow) -> DelegationTab:  # type: ignore[no-untyped-def]
    window.tabs.setCurrentIndex(4)
    delegation = window.step_tabs[4]
    assert isinstance(delegation, DelegationTab)
    qtbot.waitUntil(delegation.isVisible)
    return delegation


def _seed(window: MainWindow) -> tuple[Area, DecisionRule, DecisionRule]:
    store, tandem_id = window.context.store, window.context.tandem_id
    travel = store.areas.add(Area(tandem_id=tandem_id, name="Travel & events", owner="assistant",
                                  description="Trips, hotels and trade fairs"))
    booking = save_rule(store, DecisionRule(
        tandem_id=tandem_id, decision="Book business travel", area_id=travel.id, level=3,
        target_level=6, limits="Up to 800 EUR per trip",
        examples="Train to Munich, hotel for the trade fair"), "start", "2026-06-01")
    staff = save_rule(store, DecisionRule(
        tandem_id=tandem_id, decision="Hire temporary staff", level=2,
        examples="Hostesses for the stand"), "start", "2026-06-01")
    return travel, booking, staff


def _shown(view: QTableView, column: int = 0) -> list[str]:
    model = view.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _row_y(tab: DelegationTab, rule_id: str) -> int:
    geometry = tab.board.geometry_for_view()
    for index, row in enumerate(geometry.rows):
        if row.rule and row.rule.id == rule_id:
            return int(geometry.tops[index] + geometry.row_height(index) / 2)
    raise AssertionError(rule_id)


def test_create_area_and_rule_through_the_dialogs(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                  tab: DelegationTab) -> None:
    store, tandem_id = window.context.store, window.context.tandem_id
    new_rule, new_area = tab.new_actions()
    assert new_area.text().replace("&", "") == "Area of responsibility…"
    assert new_rule in window.new_menu.actions()
    new_area.trigger()
    area_dialog = tab.area_dialog
    assert area_dialog is not None and area_dialog.isVisible()
    qtbot.keyClicks(area_dialog.name, "Invoices")
    qtbot.keyClicks(area_dialog.description, "Supplier invoices and expenses")
    qtbot.keyClicks(area_dialog.owner, "Shared")
    click_ok(qtbot, area_dialog)
    [area] = store.areas.for_tandem(tandem_id)
    assert (area.name, area.owner, area.since) == ("Invoices", "shared", "2026-11-29")
    qtbot.waitUntil(lambda: tab.views.currentIndex() == AREAS)
    assert _shown(tab.areas.table) == ["Invoices"]

    tab.views.setCurrentIndex(RULES)
    qtbot.mouseClick(tab.rules.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.rule_dialog
    assert dialog is not None
    assert dialog.level.combo.count() == 7  # nothing outside 1..7 can be picked
    assert dialog.target.combo.count() == 8  # plus "no target"
    qtbot.keyClicks(dialog.decision, "Release supplier invoices")
    qtbot.keyClicks(dialog.area, "Invoices")
    dialog.level.combo.setFocus()
    qtbot.keyClick(dialog.level.combo, Qt.Key.Key_Down)  # 3 -> 4
    assert dialog.level.meaning.text() == "Both decide together."
    qtbot.keyClicks(dialog.limits, "Up to 1,000 EUR")
    qtbot.keyClicks(dialog.examples, "Office supplies, catering")
    qtbot.keyClicks(dialog.note, "First agreement")
    click_ok(qtbot, dialog)
    [rule] = store.rules.for_tandem(tandem_id)
    assert (rule.decision, rule.area_id, rule.level, rule.limits) == (
        "Release supplier invoices", area.id, 4, "Up to 1,000 EUR")
    [change] = store.level_changes.for_rule(rule.id)
    assert (change.from_level, change.to_level, change.note) == (None, 4, "First agreement")
    qtbot.waitUntil(lambda: _shown(tab.rules.table) == ["Release supplier invoices"])
    assert _shown(tab.rules.table, 2) == ["4 · Agree"]
    assert _shown(tab.rules.table, 5) == ["Both decide together."]
    assert tab.rules.details.level.text() == "4 · Agree — Both decide together."
    assert _shown(tab.rules.details.history, 2) == ["4 · Agree"]
    # The area now lists its rule.
    tab.show_record("area", area.id)
    assert _shown(tab.areas.table, 4) == ["1"]
    assert _shown(tab.areas.members, 1) == ["Release supplier invoices"]


def test_empty_decision_is_refused_at_the_field(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                 tab: DelegationTab) -> None:
    dialog = tab.open_rule_dialog()
    qtbot.keyClicks(dialog.decision, "   ")
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.decision_error.isVisible()
    assert dialog.decision_error.text() == "Say which decision this rule is about."
    assert window.context.store.rules.count() == 0
    dialog.reject()


def test_move_a_marker_by_keyboard_and_find_it_in_the_history(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, tab: DelegationTab) -> None:
    _, booking, staff = _seed(window)
    store = window.context.store
    tab.views.setCurrentIndex(BOARD)
    qtbot.waitUntil(lambda: len(tab.board.rows()) == 4)
    assert [row.title for row in tab.board.rows()] == [
        "Travel & events", "Book business travel", "No area", "Hire temporary staff"]
    # Select the row by clicking its name, then move the marker with the arrow keys.
    qtbot.mouseClick(tab.board, Qt.MouseButton.LeftButton, pos=QPoint(40, _row_y(tab, booking.id)))
    assert tab.board.selected_rule() is not None
    assert tab.board.selected_rule().id == booking.id  # type: ignore[union-attr]
    assert store.rules.get(booking.id).level == 3  # a click on the name moves nothing
    qtbot.keyClick(tab.board, Qt.Key.Key_Right)
    qtbot.keyClick(tab.board, Qt.Key.Key_Right)
    assert store.rules.get(booking.id).level == 5
    history = store.level_changes.for_rule(booking.id)
    assert [(c.from_level, c.to_level, c.changed_on) for c in history] == [
        (None, 3, "2026-06-01"), (3, 4, "2026-11-29"), (4, 5, "2026-11-29")]
    assert tab.board.selected_rule().level == 5  # type: ignore[union-attr]
    assert "4 · Agree → 5 · Advise" in tab.board_status.text()
    # Down selects the next rule; Shift+Right moves only its target.
    qtbot.keyClick(tab.board, Qt.Key.Key_Down)
    assert tab.board.selected_rule().id == staff.id  # type: ignore[union-attr]
    qtbot.keyClick(tab.board, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert store.rules.get(staff.id).target_level == 3
    assert store.rules.get(staff.id).level == 2
    # Left at level 1 stays at 1: no level below 1 can be reached.
    for _ in range(3):
        qtbot.keyClick(tab.board, Qt.Key.Key_Left)
    assert store.rules.get(staff.id).level == 1
    assert len(store.level_changes.for_rule(staff.id)) == 2
    # The rule's history shows on the rules page.
    tab.show_record("decision_rule", booking.id)
    assert _shown(tab.rules.details.history, 2) == ["5 · Advise", "4 · Agree", "3 · Consult"]


def test_move_a_marker_by_mouse(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                tab: DelegationTab) -> None:
    _, booking, _ = _seed(window)
    tab.views.setCurrentIndex(BOARD)
    qtbot.waitUntil(lambda: len(tab.board.rows()) == 4)
    geometry = tab.board.geometry_for_view()
    y = _row_y(tab, booking.id)
    start = geometry.marker_center(1, 3).toPoint()
    end = QPoint(int(geometry.column_left(6) + geometry.level_width / 2), y)
    qtbot.mousePress(tab.board, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(tab.board, end)
    qtbot.mouseRelease(tab.board, Qt.MouseButton.LeftButton, pos=end)
    store = window.context.store
    assert store.rules.get(booking.id).level == 6
    assert store.level_changes.for_rule(booking.id)[-1].from_level == 3


def test_lookup_finds_a_rule_by_words_only_in_its_examples(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, tab: DelegationTab) -> None:
    _, booking, staff = _seed(window)
    qtbot.keyClicks(tab.lookup.field, "hostess")
    assert tab.lookup.pages.currentWidget() is tab.lookup.results
    [result] = [tab.lookup.model.row_at(row) for row in range(tab.lookup.model.rowCount())]
    assert result is not None and result.rule.id == staff.id
    # Level 2, seen by the assistant, addressed by the leader's name.
    assert result.advice == "Claudia decides and explains why. Leave this decision to Claudia."
    tab.lookup.field.clear()
    qtbot.keyClicks(tab.lookup.field, "Munich")
    first = tab.lookup.model.row_at(0)
    assert first is not None and first.rule.id == booking.id
    assert first.advice == "Ask Claudia first; Claudia decides."
    assert first.area_name == "Travel & events"
    # The area's words find its rules too.
    tab.lookup.field.clear()
    qtbot.keyClicks(tab.lookup.field, "trade fairs")
    assert tab.lookup.model.row_at(0).rule.id == booking.id  # type: ignore[union-attr]


def test_lookup_updates_after_a_level_change(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                             tab: DelegationTab) -> None:
    _, booking, _ = _seed(window)
    qtbot.keyClicks(tab.lookup.field, "munich")
    tab.move_level(booking.id, 6)
    qtbot.waitUntil(lambda: tab.lookup.model.row_at(0).advice  # type: ignore[union-attr]
                    == "Decide, then inform Claudia.")


def test_no_match_starts_a_new_rule_from_the_typed_words(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, tab: DelegationTab) -> None:
    _seed(window)
    qtbot.keyClicks(tab.lookup.field, "parking permit")
    assert tab.lookup.pages.currentWidget() is tab.lookup.no_match
    assert tab.lookup.no_match_label.text() == "No rule yet — ask, and consider agreeing one."
    qtbot.mouseClick(tab.lookup.new_rule_button, Qt.MouseButton.LeftButton)
    dialog = tab.rule_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.decision.text() == "parking permit"
    qtbot.keyClicks(dialog.examples, "visitor parking for the board")
    click_ok(qtbot, dialog)
    store = window.context.store
    [rule] = [r for r in store.rules.for_tandem(window.context.tandem_id)
              if r.decision == "parking permit"]
    assert rule.level == 3
    qtbot.waitUntil(lambda: tab.lookup.model.rowCount() == 1)
    assert tab.lookup.model.row_at(0).rule.id == rule.id  # type: ignore[union-attr]


def test_put_on_next_check_in(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                              tab: DelegationTab) -> None:
    _, booking, _ = _seed(window)
    tab.show_record("decision_rule", booking.id)
    qtbot.mouseClick(tab.rules.agenda_button, Qt.MouseButton.LeftButton)
    [item] = window.context.store.agenda.backlog(window.context.tandem_id)
    assert (item.meeting_id, item.kind, item.source_kind, item.source_id, item.added_by) == (
        None, "decision", "decision_rule", booking.id, "assistant")
    assert "Book business travel" in item.text
    assert "next check-in" in tab.board_status.text()


def test_shortcut_opens_the_lookup_from_another_tab(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                     tab: DelegationTab) -> None:
    assert tab.global_actions()[0].shortcut().toString() == "Ctrl+Shift+D"
    window.tabs.setCurrentIndex(0)
    qtbot.keyClick(window, Qt.Key.Key_D,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.tabs.currentIndex() == 4
    qtbot.waitUntil(tab.lookup.field.hasFocus)


def test_open_record_shows_areas_and_rules(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                           tab: DelegationTab) -> None:
    travel, booking, _ = _seed(window)
    window.tabs.setCurrentIndex(0)
    window.context.openRecord.emit("decision_rule", booking.id)
    assert window.tabs.currentIndex() == 4 and tab.views.currentIndex() == RULES
    assert tab.rules.current_rule().id == booking.id  # type: ignore[union-attr]
    window.context.openRecord.emit("area", travel.id)
    assert tab.views.currentIndex() == AREAS
    assert tab.areas.current_area().id == travel.id  # type: ignore[union-attr]


def test_due_for_review_views(qtbot, window: MainWindow, tab: DelegationTab) -> None:  # type: ignore[no-untyped-def]
    store, tandem_id = window.context.store, window.context.tandem_id
    store.areas.add(Area(tandem_id=tandem_id, name="Due", owner="leader", review_on="2026-11-01"))
    store.areas.add(Area(tandem_id=tandem_id, name="Later", owner="leader",
                         review_on="2027-11-01"))
    assert window.tabs.tabText(4) == "4 · Delegation (1)"
    tab.views.setCurrentIndex(AREAS)
    qtbot.waitUntil(lambda: _shown(tab.areas.table) == ["Due", "Later"])
    assert _shown(tab.areas.table, 3) == ["2026-11-01 (due)", "2027-11-01"]
    qtbot.mouseClick(tab.areas.due_only, Qt.MouseButton.LeftButton)
    assert _shown(tab.areas.table) == ["Due"]


def test_user_text_shows_literally(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                   tab: DelegationTab) -> None:
    store, tandem_id = window.context.store, window.context.tandem_id
    rule = save_rule(store, DecisionRule(tandem_id=tandem_id, decision=HOSTILE, level=6,
                                         examples=HOSTILE), "", "2026-11-29")
    tab.show_record("decision_rule", rule.id)
    assert tab.rules.details.decision.text() == HOSTILE
    assert tab.rules.details.decision.textFormat() == Qt.TextFormat.PlainText
    tip = tab.rules.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "<img" not in tip and "&lt;img" in tip
    qtbot.keyClicks(tab.lookup.field, "img")
    assert tab.lookup.model.row_at(0).rule.decision == HOSTILE  # type: ignore[union-attr]
    assert [row.title for row in tab.board.rows()][-1] == HOSTILE


def test_poster_is_one_landscape_pdf_page(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                          tab: DelegationTab, tmp_path: Path) -> None:
    _seed(window)
    target = tmp_path / "board.pdf"
    tab.write_poster(target)
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + data.count(
        b"/Type /Page/") + data.count(b"/Type/Page\n") >= 1
    assert b"/Count 1" in data


def test_models_pass_the_model_tester(qtmodeltester, window: MainWindow,  # type: ignore[no-untyped-def]
                                      tab: DelegationTab) -> None:
    _, booking, _ = _seed(window)
    tab.show_record("decision_rule", booking.id)
    qtbot_lookup = tab.lookup
    qtbot_lookup.field.setText("travel")
    for model in (tab.rules.model, tab.rules.details.history_model, tab.areas.model,
                  tab.areas.members_model, tab.lookup.model):
        qtmodeltester.check(model)


def test_german_labels(qtbot, german, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.tabs.setCurrentIndex(4)
    tab = window.step_tabs[4]
    assert isinstance(tab, DelegationTab)
    _seed(window)
    fresh = DelegationTab(window.context)
    qtbot.addWidget(fresh)
    assert fresh.views.tabText(BOARD) == "Delegation-Board"
    assert fresh.lookup_action.text() == "Darf ich entscheiden?"
    fresh.show()
    qtbot.keyClicks(fresh.lookup.field, "Munich")
    assert fresh.lookup.model.row_at(0).advice == (  # type: ignore[union-attr]
        "Fragen Sie zuerst Claudia; Claudia entscheidet.")


def test_a_failed_write_is_explained_and_changes_nothing(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, tab: DelegationTab, monkeypatch: pytest.MonkeyPatch) -> None:
    from tandem_desktop.storage.errors import WriteFailedError
    from tandem_desktop.ui import actions
    from tandem_desktop.ui.delegation import tab as module

    _, booking, _ = _seed(window)
    told: list[str] = []
    monkeypatch.setattr(actions, "inform", lambda parent, title, text, warning=False:
                        told.append(text))

    def full_disk(*_: object) -> None:
        raise WriteFailedError("the disk is full")

    monkeypatch.setattr(module, "change_level", full_disk)
    tab.views.setCurrentIndex(BOARD)
    qtbot.waitUntil(lambda: len(tab.board.rows()) == 4)
    tab.board.select(booking.id)
    tab.board.setFocus()
    qtbot.keyClick(tab.board, Qt.Key.Key_Right)
    assert told and "the disk is full" in told[0]
    assert window.context.store.rules.get(booking.id).level == 3
    assert len(window.context.store.level_changes.for_rule(booking.id)) == 1


def test_board_tooltips_show_user_text_literally(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                 tab: DelegationTab) -> None:
    store, tandem_id = window.context.store, window.context.tandem_id
    rule = save_rule(store, DecisionRule(tandem_id=tandem_id, decision=HOSTILE, level=6), "",
                     "2026-11-29")
    tab.views.setCurrentIndex(BOARD)
    qtbot.waitUntil(lambda: len(tab.board.rows()) == 2)
    tip = tab.board.tooltip_for(30, _row_y(tab, rule.id))
    assert "<img" not in tip and "&lt;img" in tip
    assert "Inquire" in tab.board.tooltip_for(tab.board.geometry_for_view().column_left(6) + 5,
                                              _row_y(tab, rule.id))
