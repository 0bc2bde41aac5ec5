"""The whole window works from the keyboard: Tab and Shift+Tab reach every input of
every tab and inner page and never stay inside a table, Ctrl+Tab switches tabs, and
every menu entry has a shortcut or a mnemonic of its own (in German and English)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QMenu,
    QScrollBar,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from tandem_desktop.demo import create_demo
from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.main_window import MainWindow

MNEMONIC = re.compile(r"&([^&])")


@pytest.fixture
def demo_window(qtbot, context: AppContext) -> MainWindow:  # type: ignore[no-untyped-def]
    context.set_tandem(create_demo(context.store, "en", context.clock.today()))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _focused() -> QWidget | None:
    return QApplication.focusWidget()


def _press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    widget = _focused()
    assert widget is not None
    QTest.keyClick(widget, key, modifier)


def _inputs(page: QWidget) -> list[QWidget]:
    """What a user can put the keyboard focus on in ``page`` as it is shown now."""
    found = []
    for widget in [page, *page.findChildren(QWidget)]:
        if (not widget.isVisible() or not widget.isEnabled() or widget.focusProxy() is not None
                or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                or isinstance(widget, QScrollBar)):
            continue
        viewport_of = widget.parentWidget()
        if viewport_of is not None and isinstance(viewport_of.parentWidget(),
                                                  QAbstractItemView):
            continue  # an editor open inside a table cell
        found.append(widget)
    return found


def _name(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    label = widget.objectName() or widget.accessibleName() or (text() if callable(text) else "")
    return f"{type(widget).__name__} {label}"


def _walk(window: MainWindow, start: QWidget, presses: int, *,
          back: bool = False) -> list[QWidget]:
    """Press Tab (or Shift+Tab) from ``start`` until the focus comes round again."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen: list[QWidget] = []
    modifier = Qt.KeyboardModifier.ShiftModifier if back else Qt.KeyboardModifier.NoModifier
    for _ in range(presses):
        _press(Qt.Key.Key_Backtab if back else Qt.Key.Key_Tab, modifier)
        widget = _focused()
        assert widget is not None and widget.window() is window
        if seen and widget is seen[0]:
            break
        seen.append(widget)
    return seen


def _pages(window: MainWindow) -> list[tuple[int, QTabWidget | QStackedWidget | None, int]]:
    """Every tab, and in it every page of its inner tab widgets (tab, inner, index)."""
    pages: list[tuple[int, QTabWidget | QStackedWidget | None, int]] = []
    for index in range(window.tabs.count()):
        pages.append((index, None, 0))
        tab = window.tabs.widget(index)
        for inner in tab.findChildren(QTabWidget):
            pages += [(index, inner, page) for page in range(1, inner.count())]
    return pages


def test_tab_reaches_every_input_of_every_page_and_leaves_every_table(
        qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    for index, inner, page in _pages(window):
        window.tabs.setCurrentIndex(index)
        if inner is not None:
            inner.setCurrentIndex(page)
        tab = window.tabs.widget(index)
        qtbot.waitUntil(tab.isVisible)
        inputs = _inputs(tab)
        assert inputs, f"tab {index} shows nothing to focus"
        budget = 4 * len(_inputs(window)) + 20
        forward = _walk(window, inputs[0], budget)
        reached = list(forward)
        where = f"tab {index}" + (f", inner page {page}" if inner is not None else "")
        for group in {id(g): g for w in inputs if isinstance(w, QAbstractButton)
                      and (g := w.group()) is not None and g.exclusive()}.values():
            # Tab enters an exclusive group at its checked button; arrows move inside.
            if any(button in forward for button in group.buttons()):
                forward += [b for b in group.buttons() if b not in forward]
        missed = [_name(w) for w in inputs if w not in forward]
        assert not missed, f"{where}: Tab never reaches {missed}"
        # Every widget comes once per round: nothing (a table above all) keeps the focus.
        twice = [_name(w) for n, w in enumerate(reached) if w in reached[:n]]
        assert not twice, f"{where}: the focus stays on {twice}"
        backward = _walk(window, inputs[0], budget, back=True)
        assert {id(w) for w in backward} == {id(w) for w in reached}, where


def _task_table(qtbot, window: MainWindow) -> tuple[QAbstractItemView, QTabWidget]:  # type: ignore[no-untyped-def]
    """The task list of the Communication tab, shown, and the tab widget around it."""
    window.tabs.setCurrentIndex(2)
    table = window.tabs.widget(2).findChild(QAbstractItemView, "tasksView")
    assert table is not None
    holder = next(w for w in _ancestors(table) if isinstance(w, QTabWidget))
    holder.setCurrentIndex(next(holder.indexOf(w) for w in _ancestors(table)
                                if holder.indexOf(w) >= 0))
    qtbot.waitUntil(table.isVisible)
    return table, holder


def test_tables_hand_tab_on_and_keep_arrows(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    views = [view for tab in window.step_tabs for view in tab.findChildren(QAbstractItemView)]
    assert views
    assert [v.objectName() for v in views if v.tabKeyNavigation()] == []
    table, _holder = _task_table(qtbot, window)
    assert table.model().rowCount() > 1
    table.setFocus(Qt.FocusReason.TabFocusReason)
    table.setCurrentIndex(table.model().index(0, 0))
    _press(Qt.Key.Key_Down)
    assert table.currentIndex().row() == 1 and _focused() is table
    _press(Qt.Key.Key_Tab)
    assert _focused() is not table
    table.setFocus(Qt.FocusReason.TabFocusReason)
    _press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert _focused() is not table


def test_ctrl_tab_switches_tabs_from_inside_a_table(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    table, holder = _task_table(qtbot, window)
    table.setFocus(Qt.FocusReason.TabFocusReason)
    before = holder.currentIndex()
    _press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert holder.currentIndex() == (before + 1) % holder.count()
    window.tabs.setCurrentIndex(0)
    window.tabs.tabBar().setFocus(Qt.FocusReason.TabFocusReason)
    _press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 1
    _press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.tabs.currentIndex() == 0


def _ancestors(widget: QWidget) -> list[QWidget]:
    found = []
    parent = widget.parentWidget()
    while parent is not None:
        found.append(parent)
        parent = parent.parentWidget()
    return found


def _menu_problems(menu: QMenu, path: str) -> list[str]:
    problems = []
    letters: dict[str, str] = {}
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible() or not action.text():
            continue
        if not action.isEnabled() and action.menu() is None and not action.data():
            continue  # a placeholder such as "(none)"
        text = action.text()
        found = MNEMONIC.search(text)
        where = f"{path} ▸ {text}"
        if found:
            letter = found.group(1).lower()
            if letter in letters:
                problems.append(f"{where}: &{letter} again (also {letters[letter]})")
            letters[letter] = text
        elif action.shortcut().isEmpty() and action.menu() is None:
            problems.append(f"{where}: neither a shortcut nor a mnemonic")
        elif action.menu() is not None:
            problems.append(f"{where}: a submenu without a mnemonic")
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            problems += _menu_problems(submenu, where)
    return problems


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_menu_entry_has_a_shortcut_or_its_own_mnemonic(
        qtbot, request: pytest.FixtureRequest, language: str) -> None:  # type: ignore[no-untyped-def]
    if language == "de":
        request.getfixturevalue("german")
    window: MainWindow = request.getfixturevalue("demo_window")
    bar = window.menuBar()
    problems = []
    titles: dict[str, str] = {}
    for action in bar.actions():
        found = MNEMONIC.search(action.text())
        if not found:
            problems.append(f"{action.text()}: no mnemonic")
        elif found.group(1).lower() in titles:
            problems.append(f"{action.text()}: same mnemonic as {titles[found.group(1).lower()]}")
        else:
            titles[found.group(1).lower()] = action.text()
        if isinstance(action.menu(), QMenu):
            for menu_action in action.menu().actions():  # fill menus filled on showing
                if isinstance(menu_action.menu(), QMenu):
                    menu_action.menu().aboutToShow.emit()
            problems += _menu_problems(action.menu(), action.text())
    assert problems == [], "\n".join(problems)
    # Window-wide shortcuts (e.g. "May I decide?") are actions too: each has its keys.
    for action in window.actions():
        if isinstance(action, QAction) and action.text() and not action.menu():
            assert not action.shortcut().isEmpty() or MNEMONIC.search(action.text()), \
                action.text()

