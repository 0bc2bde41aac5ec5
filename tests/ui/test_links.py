"""Links from user text: only http, https and mailto open, and only after a yes."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tandem_desktop.domain.records import CheckInSeries
from tandem_desktop.ui.communication.tab import CommunicationTab
from tandem_desktop.ui.links import open_user_link, parse_user_link
from tandem_desktop.ui.main_window import MainWindow

REFUSED = ["javascript:alert(1)", "JavaScript:alert(1)", "file:///etc/passwd",
           "data:text/html,<b>x</b>", "ftp://example.org/x", "tandem://open", "smb://server/x",
           "Room 4.12", "http://", "mailto:", "", "   ", "https://example.org/a b"]


@dataclass
class Desktop:
    """What the message boxes showed and what was handed to the system."""

    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes
    boxes: list[tuple[QMessageBox.Icon, str, Qt.TextFormat]] = field(default_factory=list)
    opened: list[QUrl] = field(default_factory=list)


@pytest.fixture
def desktop(monkeypatch: pytest.MonkeyPatch) -> Desktop:
    seen = Desktop()

    def answer(box: QMessageBox) -> int:
        seen.boxes.append((box.icon(), box.text(), box.textFormat()))
        return int(seen.answer.value)

    def open_url(url: QUrl) -> bool:
        seen.opened.append(QUrl(url))
        return True

    monkeypatch.setattr(QMessageBox, "exec", answer)
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    return seen


@pytest.mark.parametrize("text,expected", [
    ("https://meet.example.org/abc-defg", "https://meet.example.org/abc-defg"),
    ("  http://example.org/call?id=4  ", "http://example.org/call?id=4"),
    ("mailto:claudia@example.org", "mailto:claudia@example.org"),
    ("www.example.org/room", "https://www.example.org/room"),
])
def test_web_and_mail_links_are_recognised(text: str, expected: str) -> None:
    url = parse_user_link(text)
    assert url is not None and url.toString() == expected


@pytest.mark.parametrize("text", REFUSED)
def test_other_schemes_and_plain_places_are_not_links(text: str) -> None:
    assert parse_user_link(text) is None


def test_a_link_opens_only_after_yes(qapp, desktop: Desktop) -> None:  # type: ignore[no-untyped-def]
    assert open_user_link(None, "https://meet.example.org/abc")
    assert [url.toString() for url in desktop.opened] == ["https://meet.example.org/abc"]
    icon, text, text_format = desktop.boxes[-1]
    assert icon == QMessageBox.Icon.Question and "https://meet.example.org/abc" in text
    assert text_format == Qt.TextFormat.PlainText

    desktop.answer = QMessageBox.StandardButton.No
    assert not open_user_link(None, "mailto:claudia@example.org")
    assert len(desktop.opened) == 1
    assert len(desktop.boxes) == 2


@pytest.mark.parametrize("text", ["javascript:alert(1)", "file:///etc/passwd",
                                  "data:text/html,<b>B</b><img src=x>"])
def test_dangerous_links_are_refused_without_asking(qapp, desktop: Desktop,  # type: ignore[no-untyped-def]
                                                    text: str) -> None:
    assert not open_user_link(None, text)
    assert desktop.opened == []
    [(icon, message, text_format)] = desktop.boxes
    assert icon == QMessageBox.Icon.Warning
    assert text in message and text_format == Qt.TextFormat.PlainText


def _checkins(window: MainWindow, **changes: object):  # type: ignore[no-untyped-def]
    values: dict[str, object] = {
        "tandem_id": window.context.tandem_id, "title": "Weekly", "rrule": "FREQ=WEEKLY;BYDAY=MO",
        "first_start": "2026-11-02T09:00", "time_zone": "Europe/Berlin"}
    values.update(changes)
    window.context.store.series.add(CheckInSeries(**values))  # type: ignore[arg-type]
    window.tabs.setCurrentIndex(2)
    tab = window.step_tabs[2]
    assert isinstance(tab, CommunicationTab)
    page = tab.checkins
    page.refresh()
    page.series_view.selectRow(0)
    return page


def test_series_link_opens_from_the_check_ins_page(qtbot: QtBot, window: MainWindow,
                                                   desktop: Desktop) -> None:
    page = _checkins(window, location="https://meet.example.org/weekly")
    assert page.link_button.isEnabled()
    qtbot.mouseClick(page.link_button, Qt.MouseButton.LeftButton)
    assert [url.toString() for url in desktop.opened] == ["https://meet.example.org/weekly"]
    assert desktop.boxes[-1][0] == QMessageBox.Icon.Question
    # Saying no opens nothing; the context menu offers the same action.
    desktop.answer = QMessageBox.StandardButton.No
    series = page.current_series()
    menu = page.series_menu(series)
    [action] = [a for a in menu.actions() if a.text() == "Open link…"]
    action.trigger()
    assert len(desktop.opened) == 1 and len(desktop.boxes) == 2


def test_series_with_a_script_link_is_refused(qtbot: QtBot, window: MainWindow,
                                              desktop: Desktop) -> None:
    page = _checkins(window, location="javascript:alert(document.cookie)")
    qtbot.mouseClick(page.link_button, Qt.MouseButton.LeftButton)
    assert desktop.opened == []
    assert [box[0] for box in desktop.boxes] == [QMessageBox.Icon.Warning]
    # The stored series is unchanged.
    assert window.context.store.series.list()[0].location == "javascript:alert(document.cookie)"


def test_series_without_a_place_has_no_link_to_open(window: MainWindow) -> None:
    page = _checkins(window)
    assert not page.link_button.isEnabled()
    assert "Open link…" not in [a.text() for a in page.series_menu(page.current_series()).actions()]
