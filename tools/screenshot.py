"""Capture the main window with demo data, for looking at what the app shows.

    xvfb-run -a -s "-screen 0 1400x900x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python tools/screenshot.py --tab 2 --lang de --out shots/comm_de.png

Options: --tab N (0..5), --lang de|en, --theme system|light|dark, --size 1280x800,
--root (also save the whole X screen with ImageMagick's `import`, next to --out),
--page N (show the N-th inner page of the chosen tab: its first tab or stacked widget),
--dialog NAME (open one of the main dialogs over the demo data and capture it instead;
NAME is one of: health, question, access, task, topic, series, feedback, rule,
area, goal, meeting (the meeting page, not a dialog), preferences, trash),
--all-tandems (three demo tandems, the Overview across all of them),
--search TEXT (the search panel with TEXT typed, e.g. a typo for "Did you mean …").
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QStackedWidget, QTabWidget, QWidget

from tandem_desktop.app import make_application
from tandem_desktop.demo import create_demo
from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.storage.store import open_store
from tandem_desktop.ui.communication.tab import CommunicationTab
from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.main_window import MainWindow
from tandem_desktop.ui.tandem_dialog import TandemDialog
from tandem_desktop.ui.theme import apply_theme
from tandem_desktop.ui.translators import Translators

# Dialog name -> (main tab index, what opens it). Dialogs open modally, so capture()
# finds them as the active modal widget; the goal editor is part of the Vision tab.
DIALOGS: dict[str, tuple[int, Callable[[MainWindow], object]]] = {
    "health": (0, lambda window: _new_action(window, 0, 0)),
    "question": (1, lambda window: _new_action(window, 1, 0)),
    "access": (1, lambda window: _new_action(window, 1, 1)),
    "task": (2, lambda window: _new_action(window, 2, 0)),
    "topic": (2, lambda window: _new_action(window, 2, 1)),
    "series": (2, lambda window: _new_action(window, 2, 2)),
    "feedback": (3, lambda window: _new_action(window, 3, 0)),
    "rule": (4, lambda window: _new_action(window, 4, 0)),
    "area": (4, lambda window: _new_action(window, 4, 1)),
    "goal": (5, lambda window: _new_action(window, 5, 0)),
    "meeting": (2, lambda window: _open_last_meeting(window)),
    "preferences": (0, lambda window: window.open_settings()),
    "trash": (0, lambda window: window.open_trash()),
}


def _new_action(window: MainWindow, tab: int, number: int) -> None:
    actions: list[QAction] = getattr(window.step_tabs[tab], "new_actions", list)()
    actions[number].trigger()


def _open_last_meeting(window: MainWindow) -> None:
    """Show the latest meeting of the demo on the Communication tab's meeting page."""
    context = window.context
    latest = context.store.meetings.latest(context.tandem_id)
    communication = window.step_tabs[2]
    if latest and isinstance(communication, CommunicationTab):
        communication.open_meeting(latest.id)


def _open_dialog() -> QDialog | None:
    """A dialog shown without blocking (some editors open that way)."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            return widget
    return None


def _inner_pages(tab: QWidget) -> QTabWidget | QStackedWidget | None:
    """The tab's own page switcher (its ``pages``/``views``), else the first one inside."""
    for name in ("pages", "views"):
        found = getattr(tab, name, None)
        if isinstance(found, (QTabWidget, QStackedWidget)):
            return found
    for child in tab.findChildren(QWidget):
        if isinstance(child, (QTabWidget, QStackedWidget)):
            return child
    return None


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tab", type=int, default=0)
    parser.add_argument("--lang", default="en")
    parser.add_argument("--theme", default="light")
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--root", action="store_true")
    parser.add_argument("--page", type=int, default=None)
    parser.add_argument("--dialog", choices=sorted(DIALOGS), default=None)
    parser.add_argument("--welcome", action="store_true", help="capture the first-start dialog")
    parser.add_argument("--all-tandems", action="store_true",
                        help="three demo tandems, the all-tandems Overview")
    parser.add_argument("--search", default=None, help="capture the search panel with this text")
    args = parser.parse_args()
    app = make_application()
    translators = Translators()
    translators.install(args.lang)
    apply_theme(app, args.theme)
    data_dir = Path(tempfile.mkdtemp(prefix="tandem-shot-"))
    clock = FixedClock(datetime(2026, 11, 29, 9, 30, tzinfo=UTC))
    store = open_store(data_dir, clock)
    tandem = create_demo(store, args.lang, clock.today())
    if args.all_tandems:
        for name, leader in (("Müller GmbH", "Jürgen Müller"), ("Estudio Peña", "Lucía Peña")):
            other = create_demo(store, args.lang, clock.today())
            store.tandems.change(other.id, name=name, leader_name=leader)
    context = AppContext(store, data_dir, clock, translators)
    window = MainWindow(context)
    context.set_tandem(tandem)
    width, height = (int(part) for part in args.size.split("x"))
    window.resize(width, height)
    window.show()
    if args.dialog:
        args.tab = DIALOGS[args.dialog][0]
    window.tabs.setCurrentIndex(args.tab)
    if args.page is not None:
        pages = _inner_pages(window.step_tabs[args.tab])
        if pages is not None:
            pages.setCurrentIndex(args.page)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    target: QWidget = window
    if args.all_tandems:
        window.show_all_tandems()
    if args.search is not None:
        window.search_panel.open_search()  # type: ignore[attr-defined]
        window.search_panel.field.setText(args.search)  # type: ignore[attr-defined]
        target = window.search_panel  # type: ignore[attr-defined]
    if args.welcome:
        target = TandemDialog(window, welcome=True)
        target.show()

    def capture() -> None:
        shown: QWidget = target
        if args.dialog:
            shown = QApplication.activeModalWidget() or _open_dialog() or window
        shown.grab().save(str(args.out))
        if args.root:
            subprocess.run(["import", "-window", "root",
                            str(args.out.with_name(args.out.stem + "_root.png"))], check=False)
        if isinstance(shown, QDialog):
            shown.reject()
        app.quit()

    QTimer.singleShot(700, capture)
    if args.dialog:
        opener = DIALOGS[args.dialog][1]
        QTimer.singleShot(200, lambda: opener(window))
    app.exec()
    store.close()
    shutil.rmtree(data_dir, ignore_errors=True)
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
