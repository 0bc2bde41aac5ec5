"""Qt's translations handed to the code without Qt as a ``domain.translation.Translate``.

``installed_translate`` speaks the language of the translators the running app
has installed. ``command_translate`` is for one command of the command line: it
starts the Qt application the command needs and installs the app's translation
while the command runs (the command line has no window, and so no app.py).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QTranslator

from tandem_desktop.domain.translation import Translate
from tandem_desktop.resources_path import resource


def installed_translate(
    context: str, source: str, disambiguation: str | None = None, n: int = -1
) -> str:
    """The text in the language of the installed translators, ``%n`` in its plural form."""
    return QCoreApplication.translate(context, source, disambiguation, n)


@contextmanager
def command_translate(language: str, *, printing: bool = False) -> Iterator[Translate]:
    """The texts of the files one command writes, in ``language``, while it runs.

    A command that prints (PDF) needs a QGuiApplication; otherwise a bare
    QCoreApplication is enough, and English needs none at all. An application
    that already runs (the tests') is used as it is.
    """
    keep: list[object] = []
    if QCoreApplication.instance() is None and (printing or language != "en"):
        name = sys.argv[0] if sys.argv else "tandem"
        if printing:
            from PySide6.QtGui import QGuiApplication

            if sys.platform.startswith("linux") and not (
                    os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
                os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            keep.append(QGuiApplication([name]))
        else:
            keep.append(QCoreApplication([name]))
    translator = None
    if language != "en":
        translator = QTranslator()
        if translator.load(str(resource("translations", f"tandem_{language}.qm"))):
            QCoreApplication.installTranslator(translator)
        else:
            translator = None
    try:
        yield installed_translate
    finally:
        if translator is not None:
            QCoreApplication.removeTranslator(translator)
        del keep
