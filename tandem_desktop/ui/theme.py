"""Light, dark or the system's look, with Qt's Fusion style for a steady palette."""

from __future__ import annotations

from PySide6 import QtCore  # not `from QtCore import Qt`: that builds all of Qt's enums
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory, QTabBar, QWidget

THEMES = ("system", "light", "dark")


def apply_theme(app: QApplication, theme: str) -> None:
    """Give the app the chosen look: "system", "light" or "dark".

    Fusion itself is chosen when the app is created (``-style Fusion``).
    """
    at_start = not app.property(_THEMED)
    app.setProperty(_THEMED, True)
    if at_start:
        # The palette is still the platform's own, dark when the system is: reading
        # it spares the first paint the Qt enums (~15 ms) that colorScheme() and
        # app.style() would load.
        system_dark = app.palette().window().color().lightness() < 128
    else:  # a change in the settings
        if app.style().name().lower() != "fusion":
            app.setStyle(QStyleFactory.create("Fusion"))
        app.styleHints().unsetColorScheme()
        system_dark = app.styleHints().colorScheme() == QtCore.Qt.ColorScheme.Dark
    if theme == "dark":
        app.styleHints().setColorScheme(QtCore.Qt.ColorScheme.Dark)
        app.setPalette(_dark_palette())
    elif theme == "light":
        app.styleHints().setColorScheme(QtCore.Qt.ColorScheme.Light)
        app.setPalette(app.style().standardPalette())
    elif system_dark:
        app.setPalette(_dark_palette())
    elif not at_start:
        app.setPalette(app.style().standardPalette())
    # At start in a light system, the system's own palette stays.


class _UnshiftedTabs(QProxyStyle):
    """Fusion, except that a tab not chosen keeps its text where a chosen one has it.

    Fusion draws those tabs two pixels lower and cuts the top off what they show:
    the dots of "Übersicht" or "Ärger" were lost.
    """

    def pixelMetric(self, metric: QStyle.PixelMetric, option: object = None,
                    widget: QWidget | None = None) -> int:
        if metric == QStyle.PixelMetric.PM_TabBarTabShiftVertical:
            return 0
        return super().pixelMetric(metric, option, widget)  # type: ignore[arg-type]


def keep_tab_texts_whole(bar: QTabBar) -> None:
    """Give ``bar`` tabs whose text keeps its accents (see ``_UnshiftedTabs``)."""
    style = _UnshiftedTabs(QStyleFactory.create("Fusion"))
    style.setParent(bar)  # lives as long as the bar
    bar.setStyle(style)


_THEMED = "tandemThemed"  # an application property: apply_theme has run


def _dark_palette() -> QPalette:
    # Fusion outlines check boxes and radio buttons with a shade of Window and fills them
    # with Base: Base must stand clearly apart from Window or unticked boxes vanish.
    # Every role is set, because QPalette() starts from the light defaults.
    palette = QPalette()
    role = QPalette.ColorRole
    colours = {
        role.Window: "#202124",
        role.WindowText: "#e8eaed",
        role.Base: "#383b40",
        role.AlternateBase: "#3f4248",
        role.ToolTipBase: "#303134",
        role.ToolTipText: "#e8eaed",
        role.PlaceholderText: "#9aa0a6",
        role.Text: "#e8eaed",
        role.Button: "#2d2f31",
        role.ButtonText: "#e8eaed",
        role.BrightText: "#ff8a80",
        role.Highlight: "#3b6fd0",
        role.HighlightedText: "#ffffff",
        role.Link: "#8ab4f8",
        role.LinkVisited: "#c58af9",
        role.Accent: "#3b6fd0",
        role.Light: "#5f6368",
        role.Midlight: "#4a4d51",
        role.Mid: "#3c4043",
        role.Dark: "#17181b",
        role.Shadow: "#000000",
    }
    for colour_role, value in colours.items():
        palette.setColor(colour_role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for colour_role in (role.Text, role.ButtonText, role.WindowText):
        palette.setColor(disabled, colour_role, QColor("#6f7378"))
    return palette
