"""Settings ▸ Preferences: the name this computer goes by for the partner."""

from __future__ import annotations

import socket

import pytest
from pytestqt.qtbot import QtBot

from tandem_desktop.storage.journal import journal_of
from tandem_desktop.ui.main_window import MainWindow
from tandem_desktop.ui.settings_dialog import SettingsDialog
from tests.ui.conftest import click_ok


@pytest.fixture
def host(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(socket, "gethostname", lambda: "office-pc")
    return "office-pc"


def _dialog(qtbot: QtBot, window: MainWindow) -> SettingsDialog:
    dialog = SettingsDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _stored_name(window: MainWindow) -> str:
    journal = journal_of(window.context.store.database)
    assert journal is not None
    return journal.device.name


def test_the_computer_is_named_after_its_host_until_renamed(
        qtbot: QtBot, window: MainWindow, host: str) -> None:
    dialog = _dialog(qtbot, window)
    assert dialog.device_name.text() == host
    assert dialog.device_name.placeholderText() == host

    dialog.device_name.selectAll()
    qtbot.keyClicks(dialog.device_name, "Jonas's laptop")
    click_ok(qtbot, dialog)

    assert not dialog.isVisible()
    assert _stored_name(window) == "Jonas's laptop"
    assert _dialog(qtbot, window).device_name.text() == "Jonas's laptop"


def test_an_emptied_name_goes_back_to_the_host_name(
        qtbot: QtBot, window: MainWindow, host: str) -> None:
    dialog = _dialog(qtbot, window)
    dialog.device_name.selectAll()
    qtbot.keyClicks(dialog.device_name, "Laptop")
    click_ok(qtbot, dialog)
    dialog = _dialog(qtbot, window)
    dialog.device_name.clear()
    click_ok(qtbot, dialog)
    assert _stored_name(window) == ""
    assert _dialog(qtbot, window).device_name.text() == host


def test_leaving_the_name_alone_stores_nothing(
        qtbot: QtBot, window: MainWindow, host: str) -> None:
    click_ok(qtbot, _dialog(qtbot, window))
    assert _stored_name(window) == ""
