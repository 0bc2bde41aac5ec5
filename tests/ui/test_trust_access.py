"""The information & access register of the Trust tab, driven like a user would."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from tandem_desktop.domain.records import AccessItem, Area
from tandem_desktop.ui.main_window import MainWindow
from tandem_desktop.ui.trust.dialogs import AccessItemDialog
from tandem_desktop.ui.trust.models import AccessTableModel
from tandem_desktop.ui.trust.tab import TrustTab

HTML = '<b>x</b><img src="http://127.0.0.1/x">'
CTRL = Qt.KeyboardModifier.ControlModifier


def access_page(qtbot, window: MainWindow) -> TrustTab:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    tab = window.step_tabs[1]
    assert isinstance(tab, TrustTab)
    tab.pages.setCurrentWidget(tab.access)
    return tab


def opened_dialog(qtbot, tab: TrustTab) -> AccessItemDialog:  # type: ignore[no-untyped-def]
    dialog = tab.access.dialog
    assert isinstance(dialog, AccessItemDialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def titles(tab: TrustTab) -> list[str]:
    model = tab.access.model
    return [model.data(model.index(row, AccessTableModel.TITLE))
            for row in range(model.rowCount())]


def item(window: MainWindow, title: str, **changes: object) -> AccessItem:
    values: dict[str, object] = {"tandem_id": window.context.tandem_id, "title": title,
                                 "kind": "system"}
    values.update(changes)
    return window.context.store.access_items.add(AccessItem(**values))  # type: ignore[arg-type]


def test_add_with_area_and_secret_warning(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    store = window.context.store
    area = store.areas.add(Area(tandem_id=window.context.tandem_id, name="Travel",
                                owner="assistant"))
    tab = access_page(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_I, CTRL | Qt.KeyboardModifier.ShiftModifier)
    dialog = opened_dialog(qtbot, tab)
    assert QApplication.focusWidget() is dialog.title_edit
    qtbot.keyClicks(dialog.title_edit, "Travel portal")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # account -> system
    qtbot.keyClicks(dialog.scope_edit, "Book trips up to the travel policy")
    dialog.months_spin.setValue(6)
    assert dialog.review_edit.date() == QDate(2027, 5, 29)
    dialog.area_combo.setCurrentIndex(dialog.area_combo.findText("Travel"))
    qtbot.keyClicks(dialog.notes_edit, "Login: jonas, Passwort: Sommer2026")
    qtbot.keyClick(dialog.notes_edit, Qt.Key.Key_Return, CTRL)
    # Warned once; nothing saved yet, the notes have focus to be changed.
    assert dialog.isVisible()
    assert dialog.notes_warning.isVisible()
    assert "password" in dialog.notes_warning.text()
    assert store.access_items.count() == 0
    dialog.notes_edit.selectAll()
    qtbot.keyClicks(dialog.notes_edit, "Password is in the company vault")
    qtbot.keyClick(dialog.notes_edit, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: tab.access.dialog is None)

    stored = store.access_items.for_tandem(window.context.tandem_id)
    assert [(i.title, i.kind, i.scope, i.granted_on, i.review_months, i.review_on, i.area_id,
             i.notes) for i in stored] == [
        ("Travel portal", "system", "Book trips up to the travel policy", "2026-11-29", 6,
         "2027-05-29", area.id, "Password is in the company vault")]
    assert titles(tab) == ["Travel portal"]
    model = tab.access.model
    assert model.data(model.index(0, AccessTableModel.AREA)) == "Travel"
    assert model.data(model.index(0, AccessTableModel.KIND)) == "System"


def test_second_save_keeps_notes_after_the_warning(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    tab = access_page(qtbot, window)
    qtbot.mouseClick(tab.access.new_button, Qt.MouseButton.LeftButton)
    dialog = opened_dialog(qtbot, tab)
    qtbot.keyClicks(dialog.title_edit, "API")
    qtbot.keyClicks(dialog.notes_edit, "token = sk_live_4eC39HqLyjWDarjtT1zdp7dc")
    qtbot.keyClick(dialog.notes_edit, Qt.Key.Key_Return, CTRL)
    assert dialog.notes_warning.isVisible()
    qtbot.keyClick(dialog.notes_edit, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: tab.access.dialog is None)
    assert window.context.store.access_items.count() == 1


def test_empty_title_is_refused(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    tab = access_page(qtbot, window)
    qtbot.mouseClick(tab.access.new_button, Qt.MouseButton.LeftButton)
    dialog = opened_dialog(qtbot, tab)
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.title_error.text() == "Please give the item a title."
    assert window.context.store.access_items.count() == 0
    dialog.reject()


def test_review_revoke_delete_and_restore(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    card = item(window, "Corporate card", kind="budget", review_months=6,
                review_on="2026-12-05", granted_on="2026-06-05")
    item(window, "Board folder", kind="folder", review_months=12, review_on="2027-06-01")
    tab = access_page(qtbot, window)
    panel = tab.access
    store = window.context.store
    assert "1 access item due for review" in tab.summary_label.text()
    panel.set_view("due")
    assert titles(tab) == ["Corporate card"]
    qtbot.mouseClick(panel.reviewed_button, Qt.MouseButton.LeftButton)
    assert store.access_items.get(card.id).review_on == "2027-05-29"
    assert titles(tab) == []
    assert "due for review" not in tab.summary_label.text()

    panel.set_view("active")
    assert titles(tab) == ["Board folder", "Corporate card"]
    panel.select(card.id)
    qtbot.mouseClick(panel.revoke_button, Qt.MouseButton.LeftButton)
    assert store.access_items.get(card.id).revoked_on == "2026-11-29"
    assert titles(tab) == ["Board folder"]
    assert "Corporate card" in panel.undo_bar.message.text()
    panel.set_view("revoked")
    assert titles(tab) == ["Corporate card"]
    model = panel.model
    assert model.data(model.index(0, AccessTableModel.REVIEW)).startswith("Revoked")
    assert panel.revoke_button.text() == "Rein&state"

    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert store.access_items.find(card.id) is None
    assert titles(tab) == []
    qtbot.mouseClick(panel.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert store.access_items.find(card.id) is not None
    assert titles(tab) == ["Corporate card"]


def test_edit_item_and_html_literal(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    entry = item(window, HTML, scope=HTML, notes=HTML)
    tab = access_page(qtbot, window)
    panel = tab.access
    model = panel.model
    assert model.data(model.index(0, AccessTableModel.TITLE)) == HTML
    assert model.data(model.index(0, AccessTableModel.TITLE),
                      Qt.ItemDataRole.ToolTipRole).startswith("<p>&lt;b&gt;")
    assert panel.detail_text.toPlainText().startswith(HTML)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    dialog = opened_dialog(qtbot, tab)
    assert dialog.title_edit.text() == HTML
    dialog.title_edit.clear()
    qtbot.keyClicks(dialog.title_edit, "Shared inbox")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.access.dialog is None)
    assert window.context.store.access_items.get(entry.id).title == "Shared inbox"
    assert titles(tab) == ["Shared inbox"]


def test_show_record_opens_the_register(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    old = item(window, "Old CRM", revoked_on="2026-09-01")
    window.context.openRecord.emit("access_item", old.id)
    tab = window.step_tabs[1]
    assert isinstance(tab, TrustTab)
    assert window.tabs.currentWidget() is tab
    assert tab.pages.currentWidget() is tab.access
    assert tab.access.view() == "revoked"
    assert tab.access.detail_text.toPlainText().startswith("Old CRM")
