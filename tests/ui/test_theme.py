"""The look: Fusion with the system's palette, or Tandem's own light or dark one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QStyle, QTabBar

from tandem_desktop.ui.theme import apply_theme


@pytest.fixture
def fresh_app(qapp: QApplication) -> Iterator[QApplication]:
    """The application as it starts: no theme applied, the platform's palette."""
    palette = QPalette(qapp.palette())
    qapp.setProperty("tandemThemed", None)
    qapp.setPalette(qapp.style().standardPalette())
    yield qapp
    qapp.setPalette(palette)
    qapp.styleHints().unsetColorScheme()


def _window_lightness(app: QApplication) -> int:
    return app.palette().color(QPalette.ColorRole.Window).lightness()


def test_system_look_at_start_keeps_a_light_platform_palette(fresh_app: QApplication) -> None:
    before = fresh_app.palette().color(QPalette.ColorRole.Window)
    apply_theme(fresh_app, "system")
    assert fresh_app.palette().color(QPalette.ColorRole.Window) == before
    assert fresh_app.style().name().lower() == "fusion"


def test_system_look_at_start_follows_a_dark_platform_palette(fresh_app: QApplication) -> None:
    dark = QPalette(fresh_app.palette())
    dark.setColor(QPalette.ColorRole.Window, Qt.GlobalColor.black)
    fresh_app.setPalette(dark)  # what a dark desktop hands a starting app
    apply_theme(fresh_app, "system")
    assert _window_lightness(fresh_app) < 128
    assert fresh_app.palette().color(QPalette.ColorRole.Base).name() == "#383b40"


def test_switching_between_looks_in_the_settings(fresh_app: QApplication) -> None:
    # (The offscreen platform keeps no colour scheme, so only the palettes can tell.)
    apply_theme(fresh_app, "system")
    apply_theme(fresh_app, "dark")
    assert _window_lightness(fresh_app) < 128
    apply_theme(fresh_app, "light")
    assert _window_lightness(fresh_app) > 200
    apply_theme(fresh_app, "dark")
    # Back to the system's look on a platform without a dark scheme: light again.
    apply_theme(fresh_app, "system")
    assert _window_lightness(fresh_app) > 200


def test_every_tab_bar_draws_a_tab_not_chosen_at_the_height_of_the_chosen(window) -> None:  # type: ignore[no-untyped-def]
    # Fusion lowers such tabs by two pixels and cuts off the dots of "Übersicht".
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)  # builds the step's tab and its inner pages
    bars = window.findChildren(QTabBar)
    assert len(bars) >= 5  # the window's and those of the steps' pages
    for bar in bars:
        assert bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabShiftVertical) == 0
        assert bar.style().baseStyle().name().lower() == "fusion"  # type: ignore[attr-defined]
