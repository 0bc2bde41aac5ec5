"""The language the running app speaks: its own translations and Qt's, installed together.

One ``Translators`` is built by ``app.py`` and handed on (the window's
``AppContext`` carries it, and the settings dialog switches it); the command
line builds its own for the files it writes. Only QtCore is used, so a bare
``QCoreApplication`` is enough. English installs the app's English file too: it
holds the English plural forms (``%n task(s)`` → "1 task" / "2 tasks").
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from tandem_desktop.domain.translation import Translate
from tandem_desktop.languages import environment_language
from tandem_desktop.resources_path import resource


def system_language() -> str:
    """German for any de_* locale, English otherwise; asks Qt when the environment is silent."""
    name = QLocale.system().name()
    return environment_language("" if name == "C" else name)


class Translators:
    """The installed translators of one language; ``install`` switches to another."""

    def __init__(self) -> None:
        self.language = "en"
        self._installed: list[QTranslator] = []

    def install(self, language: str) -> None:
        """Speak ``language`` from now on, in place of what this object installed before.

        Needs a running ``QCoreApplication`` (or one of its subclasses)."""
        self.uninstall()
        ours = QTranslator()
        if ours.load(str(resource("translations", f"tandem_{language}.qm"))):
            QCoreApplication.installTranslator(ours)
            self._installed.append(ours)
        # Qt's own texts (standard buttons, context menus); English needs none.
        qt_base = QTranslator()
        if language != "en" and qt_base.load(
            f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            QCoreApplication.installTranslator(qt_base)
            self._installed.append(qt_base)
        QLocale.setDefault(QLocale(QLocale.Language.German if language == "de"
                                   else QLocale.Language.English))
        self.language = language

    def uninstall(self) -> None:
        while self._installed:
            QCoreApplication.removeTranslator(self._installed.pop())

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        """A ``domain.translation.Translate`` for the code without Qt: the text in the
        installed language, with ``%n`` filled in its plural form."""
        return QCoreApplication.translate(context, source, disambiguation, n)


def installed_translate(
    context: str, source: str, disambiguation: str | None = None, n: int = -1
) -> str:
    """A ``Translate`` in the language of whatever translators are installed now."""
    return QCoreApplication.translate(context, source, disambiguation, n)


@contextmanager
def command_translate(language: str, *, printing: bool = False) -> Iterator[Translate]:
    """The words of the files one command of the command line writes, in ``language``.

    A command that prints (PDF) needs a QGuiApplication and gets the installed
    translators; any other command reads the app's translation file directly,
    with no Qt application at all (English needs the file too: it holds the
    plural forms). An application that already runs (the tests') is used as it is.
    """
    if QCoreApplication.instance() is not None or printing:
        keep: list[object] = []
        if QCoreApplication.instance() is None:
            from PySide6.QtGui import QGuiApplication

            if sys.platform.startswith("linux") and not (
                    os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
                os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            keep.append(QGuiApplication([sys.argv[0] if sys.argv else "tandem"]))
        translators = Translators()
        translators.install(language)
        try:
            yield translators.translate
        finally:
            translators.uninstall()
            del keep
        return
    translator = QTranslator()
    translator.load(str(resource("translations", f"tandem_{language}.qm")))

    def translate(context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        text = translator.translate(context, source, disambiguation, n) or source
        return text.replace("%n", str(n)) if n >= 0 else text

    yield translate
