"""The composition root: QApplication, translators, lock, store, main window.

Everything shared is built here once and passed in.
"""

from __future__ import annotations

import gc
import os
import sqlite3
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from tandem_desktop import APP_NAME, __version__
from tandem_desktop.domain.clock import Clock, SystemClock
from tandem_desktop.languages import LANGUAGES
from tandem_desktop.resources_path import resource
from tandem_desktop.storage.errors import (
    CorruptDatabaseError,
    DataFolderError,
    EnvironmentFault,
    LockedError,
    NewerSchemaError,
)
from tandem_desktop.storage.lock import FolderLock
from tandem_desktop.storage.recovery import move_aside
from tandem_desktop.storage.store import Store, open_store
from tandem_desktop.ui.translators import Translators, system_language

if TYPE_CHECKING:
    from tandem_desktop.ui.background_check import BackgroundCheck


@dataclass
class StartOptions:
    data_dir: Path
    language: str | None = None
    demo: bool = False
    quit_after_start: bool = False
    clock: Clock | None = None
    started_at: float | None = None  # wall-clock process start, for startup-ms


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Fusion for a steady look on every system (see ui.theme), chosen here rather
    # than by setStyle, which would load Qt's style enums before the first paint.
    app = QApplication([*(argv or [sys.argv[0]]), "-style", "Fusion"])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("tandem")
    return app


def set_window_icon(app: QApplication) -> None:
    """The app's icon for every window (after the first tab: loading the SVG costs
    time the data should get first)."""
    from PySide6.QtGui import QIcon

    icon = resource("icons", "tandem.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))


def _message(title: str, text: str, *, interactive: bool) -> None:
    print(f"{title}: {text}", file=sys.stderr)
    if interactive:
        from tandem_desktop.ui.widgets import inform

        inform(None, title, text, warning=True)


def open_with_recovery(data_dir: Path, clock: Clock, *, interactive: bool) -> Store | None:
    """Open the store; after moving a damaged file aside, offer the newest backup."""
    try:
        return open_store(data_dir, clock, full_check=False)
    except CorruptDatabaseError as damaged:
        if not _recover(damaged, data_dir, clock, interactive=interactive):
            return None
        return open_store(data_dir, clock, full_check=False)
    except (NewerSchemaError, DataFolderError, EnvironmentFault) as fault:
        from tandem_desktop.ui.recovery import explain_fault

        _message(APP_NAME, explain_fault(fault, data_dir), interactive=interactive)
        return None


def _recover(damaged: CorruptDatabaseError, data_dir: Path, clock: Clock, *,
             interactive: bool) -> bool:
    """Offer the newest backup (or a fresh file) for a file moved aside; False to quit."""
    from tandem_desktop.services.backups import start_over_from_backup
    from tandem_desktop.ui.recovery import offer_recovery

    return offer_recovery(damaged, data_dir, clock, interactive=interactive,
                          restore=start_over_from_backup)


def run(options: StartOptions) -> int:
    # The garbage collector pauses while the window starts (see _resume_collector).
    gc.disable()
    translators = Translators()
    try:
        return _run(options, translators)
    finally:
        translators.uninstall()
        gc.enable()


def _resume_collector() -> None:
    """Once the first tab is built: leave what starting built (modules, Qt types,
    the window) out of later collections, and collect again."""
    gc.freeze()
    gc.enable()


def _run(options: StartOptions, translators: Translators) -> int:
    app = make_application()
    from tandem_desktop.ui.context import LANGUAGE_KEY, SETTINGS_NAME

    saved = QSettings(str(options.data_dir / SETTINGS_NAME), QSettings.Format.IniFormat)
    language = options.language or str(saved.value(LANGUAGE_KEY, "")) or system_language()
    if language not in LANGUAGES:
        language = "en"
    translators.install(language)
    interactive = not options.quit_after_start and os.environ.get("CI") != "true"
    clock = options.clock or SystemClock()
    lock = FolderLock(options.data_dir)
    try:
        # Only the folder itself is created: a mistyped --data-dir must not grow a tree.
        options.data_dir.mkdir(exist_ok=True, mode=0o700)
        lock.acquire()
    except LockedError as locked:
        from tandem_desktop.ui.recovery import explain_fault
        from tandem_desktop.ui.single_instance import ask_running_instance_to_raise

        raised = ask_running_instance_to_raise(options.data_dir)
        _message(APP_NAME, explain_fault(locked, options.data_dir),
                 interactive=interactive and not raised)
        return 3
    except OSError as error:
        from tandem_desktop.ui.recovery import explain_fault

        _message(APP_NAME, explain_fault(DataFolderError(options.data_dir, error.strerror
                                                         or str(error)), options.data_dir),
                 interactive=interactive)
        return 2
    try:
        while True:
            store = open_with_recovery(options.data_dir, clock, interactive=interactive)
            if store is None:
                return 2
            outcome = _run_window(app, store, options, translators, clock)
            if not isinstance(outcome, CorruptDatabaseError):
                return outcome
            # The check after the first paint found the file damaged; it has been
            # moved aside. Offer a backup, then open the window again.
            if not _recover(outcome, options.data_dir, clock, interactive=interactive):
                return 2
    finally:
        lock.release()


def _run_window(app: QApplication, store: Store, options: StartOptions,
                translators: Translators, clock: Clock) -> int | CorruptDatabaseError:
    """Show the window until it closes: its exit code, or the damage that the quick
    check found while the user worked (the file is moved aside by then)."""
    from tandem_desktop.ui.context import THEME_KEY, AppContext
    from tandem_desktop.ui.main_window import MainWindow
    from tandem_desktop.ui.startup import choose_first_tandem
    from tandem_desktop.ui.theme import apply_theme

    context = AppContext(store, options.data_dir, clock, translators)
    language = translators.language
    apply_theme(app, str(context.settings.value(THEME_KEY, "system")))
    try:
        # Only a first start writes before the window is up (the welcome dialog,
        # --demo), so only then is the file checked in full first; otherwise the
        # check runs on its own thread once the first tab shows the data.
        first_start = not store.tandems.active()
        problem = store.integrity_problem() if first_start else None
        if problem is None:
            if options.demo and store.tandems.count() == 0:
                from tandem_desktop.demo import create_demo

                create_demo(store, language, clock.today())
            window = MainWindow(context, lazy=True)
            chosen = choose_first_tandem(window, context, language,
                                         interactive=not options.quit_after_start)
    except sqlite3.DatabaseError:
        # Reading the tandems failed: a damaged page, found before the check.
        problem = store.integrity_problem()
        if problem is None:
            store.close()
            raise
    if problem is not None:
        store.close()
        return _moved_aside(store, clock, problem)
    if not chosen:
        store.close()
        return 0
    damage: list[str] = []
    checks: list[BackgroundCheck] = []
    quit_after_start = options.quit_after_start

    def found_damage(problem: str) -> None:
        damage.append(problem)
        window.hide()
        app.exit(0)

    def show_content() -> None:
        try:
            window.show_content()
        except sqlite3.DatabaseError:
            # A damaged page under the first tab: the check would find it too.
            problem = store.integrity_problem()
            if problem is None:
                raise
            found_damage(problem)
        finally:
            _resume_collector()

    def start_check() -> None:
        """The quick check reads every page: on a thread of its own, while the user
        works. Damage it finds closes the window (the file is then set aside)."""
        from tandem_desktop.ui.background_check import BackgroundCheck

        check = BackgroundCheck(store.background_check(), window)
        check.finished.connect(checked)
        checks.append(check)
        check.start()

    def checked(problem: str | None) -> None:
        if quit_after_start:
            print(f"check-ms: {checks[0].seconds * 1000:.0f}", flush=True)
        if problem is not None:
            found_damage(problem)
            return
        _after_check(store)
        if quit_after_start:
            QTimer.singleShot(0, app.quit)

    window.firstPaint.connect(lambda: QTimer.singleShot(0, show_content))
    window.contentShown.connect(lambda: QTimer.singleShot(0, start_check))
    window.contentShown.connect(lambda: QTimer.singleShot(0, lambda: _after_content_shown(
        window, store, options.data_dir, interactive=not quit_after_start)))
    if quit_after_start:
        started = options.started_at or time.time()

        def report(label: str) -> None:
            print(f"{label}: {(time.time() - started) * 1000:.0f}", flush=True)

        # Both figures, then the check's outcome (which quits, or handles damage).
        window.firstPaint.connect(lambda: report("startup-ms"))
        window.contentShown.connect(lambda: report("content-ms"))
    window.show()
    try:
        code = app.exec()
    finally:
        for check in checks:
            check.stop()
        runner = getattr(window, "sync_runner", None)
        if runner is not None:  # however the loop ended: a running round finishes first
            runner.shutdown()
        store.close()
    return _moved_aside(store, clock, damage[0]) if damage else code


def _moved_aside(store: Store, clock: Clock, problem: str) -> CorruptDatabaseError:
    """Move the closed store's damaged file aside, never deleting it."""
    path = store.database.path
    assert path is not None  # the app never runs on an in-memory database
    return CorruptDatabaseError(path, move_aside(path, clock), problem)


def _after_content_shown(window: QMainWindow, store: Store, data_dir: Path, *,
                         interactive: bool) -> None:
    """Work that must not delay the window and its first tab: the tray, the
    second-start listener, the synced-folder check."""
    from tandem_desktop.storage.sync_folder import synced_location
    from tandem_desktop.ui.single_instance import InstanceServer
    from tandem_desktop.ui.tray import install_tray

    app = QApplication.instance()
    if isinstance(app, QApplication):
        set_window_icon(app)
    if install_tray(window) is not None and isinstance(app, QApplication):
        # The window may hide into the tray; File ▸ Quit (or the tray's Quit) ends Tandem.
        app.setQuitOnLastWindowClosed(False)
    server = InstanceServer(data_dir, window)
    server.raiseRequested.connect(window.bring_forward)  # type: ignore[attr-defined]

    for note in store.report.notes:
        print(f"{APP_NAME}: {note}", file=sys.stderr)
        window.statusBar().showMessage(note, 30000)
    location = synced_location(data_dir)
    if location is not None:
        from tandem_desktop.ui.recovery import sync_folder_warning

        text = sync_folder_warning(data_dir, location)
        window.statusBar().showMessage(text.split("\n")[0], 30000)
        _message(APP_NAME, text, interactive=interactive)


def _after_check(store: Store) -> None:
    """Once the quick check found the file sound: the daily backup (never a copy
    of a damaged file)."""
    if store.backups is not None and store.backups.is_due() and store.tandems.count():
        try:
            store.backups.create(store.database.conn, "daily")
        except EnvironmentFault as fault:
            print(f"{APP_NAME}: backup skipped: {fault}", file=sys.stderr)
