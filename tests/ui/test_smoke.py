"""The window opens with six tabs reachable by Ctrl+1..Ctrl+6."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tandem_desktop.ui.main_window import MainWindow


def test_six_tabs_and_shortcuts(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert window.tabs.count() == 6
    for index in range(6):
        qtbot.keyClick(window, Qt.Key.Key_1 + index, Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentIndex() == index
