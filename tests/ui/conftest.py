"""UI fixtures: a real main window on a store in a temporary data folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.storage.store import Store
from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.main_window import MainWindow
from tests.conftest import make_tandem


@pytest.fixture
def context(qapp: QApplication, file_store: Store, data_dir: Path,
            clock: FixedClock) -> Iterator[AppContext]:
    ctx = AppContext(file_store, data_dir, clock)
    yield ctx
    file_store.database.notifier.unsubscribe(ctx._on_change)


@pytest.fixture
def window(qtbot, context: AppContext) -> MainWindow:  # type: ignore[no-untyped-def]
    """The main window showing a fresh tandem 'Office' (I am the assistant)."""
    context.set_tandem(make_tandem(context.store))
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def click_ok(qtbot, dialog: QDialog) -> None:  # type: ignore[no-untyped-def]
    """Click the OK button of ``dialog`` as a user would."""
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
