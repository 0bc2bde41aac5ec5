"""All my tandems: one Overview across every active tandem, rows that open in their tandem,
shortcuts in the switcher, a search that spans the tandems and forgives typing."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tandem_desktop.domain.records import (
    Area,
    CheckInSeries,
    DecisionRule,
    Question,
    Tandem,
    Task,
)
from tandem_desktop.ui.main_window import MainWindow
from tandem_desktop.ui.overview.all_tandems import AllTandemsPage
from tandem_desktop.ui.overview.cards import EntryList
from tandem_desktop.ui.overview.tab import OverviewTab
from tandem_desktop.ui.search import SearchPanel
from tests.conftest import make_tandem

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def overview(window: MainWindow) -> OverviewTab:
    tab = window.step_tabs[0]
    assert isinstance(tab, OverviewTab)
    return tab


def rows(view: EntryList) -> list[tuple[str, str]]:
    return [(entry.text, entry.detail) for entry in view.entry_model.rows]


def click_row(qtbot, view: EntryList, row: int) -> None:  # type: ignore[no-untyped-def]
    rect = view.visualRect(view.entry_model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def three_clients(window: MainWindow) -> tuple[Tandem, Tandem, Tandem]:
    store = window.context.store
    office = window.context.tandem
    assert office is not None
    müller = make_tandem(store, name="Müller GmbH", leader_name="Jürgen Müller")
    peña = make_tandem(store, name="Estudio Peña", leader_name="Lucía Peña",
                       my_role="leader", assistant_name="Inés")
    archived = make_tandem(store, name="Former client")
    store.tandems.change(archived.id, archived_at="2026-01-01T00:00:00Z")
    with store.transaction():
        store.tasks.add(Task(tandem_id=office.id, title="Book the hotel", owner="assistant",
                             due_on="2026-12-03"))
        store.tasks.add(Task(tandem_id=müller.id, title="Überstunden abrechnen",
                             owner="assistant", due_on="2026-11-25"))
        store.tasks.add(Task(tandem_id=müller.id, title="Jürgen's own task", owner="leader"))
        # In Peña's tandem I am the leader: the leader's tasks are mine.
        store.tasks.add(Task(tandem_id=peña.id, title="Firmar contrato", owner="leader"))
        store.tasks.add(Task(tandem_id=peña.id, title="Inés's task", owner="assistant"))
        store.tasks.add(Task(tandem_id=archived.id, title="Old task", owner="assistant"))
        store.questions.add(Question(tandem_id=peña.id, text="¿Quién paga el taxi?",
                                     asked_by="assistant", asked_on="2026-11-10"))
        store.areas.add(Area(tandem_id=müller.id, name="Reisen", owner="assistant",
                             review_on="2026-12-01"))
        store.rules.add(DecisionRule(tandem_id=office.id, decision="Order supplies", level=6,
                                     review_on="2026-11-20"))
        store.series.add(CheckInSeries(
            tandem_id=müller.id, title="Montagsrunde", rrule="FREQ=WEEKLY;BYDAY=MO",
            first_start="2026-11-30T09:00", time_zone="Europe/Berlin"))
    return office, müller, peña


def test_all_tandems_from_the_switcher_shows_every_active_tandem(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _office, _müller, _peña = three_clients(window)
    window.reload_switcher()
    window.tabs.setCurrentIndex(2)
    window.switcher.setFocus()
    all_index = window.switcher.findText("All tandems")
    assert all_index == window.switcher.count() - 1
    qtbot.keyClick(window.switcher, Qt.Key.Key_End)
    assert window.context.all_tandems
    assert window.tabs.currentIndex() == 0
    tab = overview(window)
    page = tab.all_page
    assert isinstance(page, AllTandemsPage) and tab.pages.currentWidget() is page
    qtbot.waitUntil(page.isVisible)
    assert page.tandem_names.text() == \
        "3 active tandems: Estudio Peña, Müller GmbH, Office"
    assert rows(page.tasks) == [
        ("Überstunden abrechnen", "Müller GmbH · overdue since 2026-11-25"),
        ("Book the hotel", "Office · due 2026-12-03"),
        ("Firmar contrato", "Estudio Peña"),
    ]
    assert page.tasks_card.summary.text() == "3 open · 1 overdue"
    assert rows(page.questions)[0][0] == "¿Quién paga el taxi?"
    assert rows(page.questions)[0][1].startswith("Estudio Peña · ")
    assert [text for text, _ in rows(page.reviews)] == ["Order supplies", "Reisen"]
    assert rows(page.checkins)[0][0] == "Montagsrunde"
    assert rows(page.checkins)[0][1].startswith("Müller GmbH · ")
    assert {detail.split(" · ")[0] for _, detail in rows(page.feedback)} == {
        "Estudio Peña", "Müller GmbH", "Office"}
    assert window.windowTitle().startswith("All tandems")
    assert window.switcher.currentText() == "All tandems"


def test_a_row_opens_its_record_in_its_own_tandem(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _office, müller, _peña = three_clients(window)
    qtbot.keyClick(window, Qt.Key.Key_0, CTRL)
    page = overview(window).all_page
    assert page is not None
    qtbot.waitUntil(lambda: len(page.reviews.entry_model.rows) == 2)
    area_row = [entry.text for entry in page.reviews.entry_model.rows].index("Reisen")
    click_row(qtbot, page.reviews, area_row)
    assert window.context.tandem is not None and window.context.tandem.id == müller.id
    assert not window.context.all_tandems
    assert window.tabs.currentIndex() == 4  # Delegation, with the area chosen
    delegation = window.step_tabs[4]
    area = window.context.store.areas.for_tandem(müller.id)[0]
    assert delegation.areas.current_record().id == area.id  # type: ignore[attr-defined]
    assert window.switcher.currentText() == "Müller GmbH"
    assert overview(window).pages.currentIndex() == 0


def test_ctrl_alt_digits_pick_a_tandem_and_other_tabs_leave_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _office, müller, peña = three_clients(window)
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL_ALT)  # the switcher's order: by name
    assert window.context.tandem is not None and window.context.tandem.id == müller.id
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL_ALT)
    assert window.context.tandem.id == peña.id
    qtbot.keyClick(window, Qt.Key.Key_9, CTRL_ALT)  # there is no ninth: nothing changes
    assert window.context.tandem.id == peña.id
    qtbot.keyClick(window, Qt.Key.Key_0, CTRL)
    assert window.context.all_tandems and window.switcher.currentText() == "All tandems"
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)  # the Trust tab holds one tandem
    assert not window.context.all_tandems
    assert window.switcher.currentText() == "Estudio Peña"
    assert window.context.tandem.id == peña.id


def test_the_all_tandems_overview_follows_changes(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _office, _müller, peña = three_clients(window)
    qtbot.keyClick(window, Qt.Key.Key_0, CTRL)
    page = overview(window).all_page
    assert page is not None
    store = window.context.store
    task = store.tasks.add(Task(tandem_id=peña.id, title="Pagar la factura", owner="leader",
                                due_on="2026-11-28"))
    qtbot.waitUntil(lambda: ("Pagar la factura", "Estudio Peña · overdue since 2026-11-28")
                    in rows(page.tasks))
    store.tasks.change(task.id, status="done")
    qtbot.waitUntil(lambda: "Pagar la factura" not in [text for text, _ in rows(page.tasks)])
    assert store.tasks.get(task.id).status == "done"


def search_panel(qtbot, window: MainWindow) -> SearchPanel:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    search = window.search_panel  # type: ignore[attr-defined]
    assert isinstance(search, SearchPanel)
    qtbot.waitUntil(search.isVisible)
    return search


def test_search_spans_all_tandems_and_opens_in_the_right_one(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _office, müller, _peña = three_clients(window)
    search = search_panel(qtbot, window)
    qtbot.keyClicks(search.field, "uberstunden")
    assert search.model.hits() == []  # only this tandem (Office) so far
    qtbot.mouseClick(search.everywhere, Qt.MouseButton.LeftButton)
    assert search.everywhere.isChecked()
    [row] = [row for row in search.model.rows if row.hit is not None]
    assert row.hit is not None and row.hit.title == "Überstunden abrechnen"
    assert row.tandem_name == "Müller GmbH"
    qtbot.keyClick(search.field, Qt.Key.Key_Return)
    assert window.context.tandem is not None and window.context.tandem.id == müller.id
    assert window.tabs.currentIndex() == 2
    assert search.field.text() == "uberstunden"  # the search is kept for the next look


def test_the_all_tandems_view_searches_all_tandems(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    three_clients(window)
    qtbot.keyClick(window, Qt.Key.Key_0, CTRL)
    search = search_panel(qtbot, window)
    assert search.everywhere.isChecked()
    qtbot.keyClicks(search.field, "quien")
    assert [row.tandem_name for row in search.model.rows if row.hit is not None] == [
        "Estudio Peña"]


def test_did_you_mean_after_a_typo(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    store, tid = window.context.store, window.context.tandem_id
    store.tasks.add(Task(tandem_id=tid, title="Zugang zum Laufwerk für Françoise",
                         owner="assistant"))
    search = search_panel(qtbot, window)
    qtbot.keyClicks(search.field, "francoise laufwrek")
    assert search.model.hits() == []
    assert search.status.text() == "Nothing found for “francoise laufwrek”."
    assert search.suggestion_button.isVisible()
    assert search.suggestion_button.text() == "Did you mean “francoise Laufwerk”?"
    qtbot.mouseClick(search.suggestion_button, Qt.MouseButton.LeftButton)
    assert search.field.text() == "francoise Laufwerk"
    assert [hit.title for hit in search.model.hits()] == ["Zugang zum Laufwerk für Françoise"]
    assert not search.suggestion_button.isVisible()
    search.field.clear()
    qtbot.keyClicks(search.field, "zug")  # inside words too
    assert len(search.model.hits()) == 1
    search.field.clear()
    qtbot.keyClicks(search.field, "zugnag")
    qtbot.keyClick(search.field, Qt.Key.Key_Return)  # Enter takes the suggestion
    assert search.field.text() == "Zugang"
    assert len(search.model.hits()) == 1
