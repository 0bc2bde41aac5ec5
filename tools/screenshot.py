"""Capture the main window with demo data, for looking at what the app shows.

    xvfb-run -a -s "-screen 0 1400x900x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python tools/screenshot.py --tab 2 --lang de --out shots/comm_de.png

Options: --tab N (0..5), --lang de|en, --theme system|light|dark, --size 1280x800,
--root (also save the whole X screen with ImageMagick's `import`, next to --out),
--page N (show the N-th inner page of the chosen tab: its first tab or stacked widget),
--dialog NAME (open one of the main dialogs over the demo data and capture it instead;
NAME is one of: health, question, access, task, topic, series, feedback, rule,
area, goal, meeting (the meeting page, not a dialog), early-meeting (the meeting page of
a check-in that is not the next one), cancel, move (a check-in's dialogs), one-off,
preferences, trash, sync (the sync panel; give --sync too), and for working together:
share (with its pairing code), join (empty), join-wrong (after a wrong code), sharing
(Preferences of a shared tandem with a partner device)),
--exceptions (cancel the second upcoming check-in, move the third, plan a one-off),
--occurrence N (open the N-th upcoming check-in, counting from 0, on the meeting page;
with --exceptions, 1 is the cancelled one and 2 the moved one),
--daily-reminders (show the day's reminders as at start),
--sync ok|newer|missing|held (share the demo tandem with a partner's copy through a
temporary folder and bring its sync status into that state: in step, the partner's
Tandem newer, the folder missing, or conflicts and deletions waiting),
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
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QStackedWidget, QTabWidget, QWidget

from tandem_desktop.app import make_application, set_window_icon
from tandem_desktop.demo import create_demo
from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.services import occurrences
from tandem_desktop.services.agenda import plan_one_off
from tandem_desktop.services.schedule import upcoming
from tandem_desktop.storage.store import Store, open_store
from tandem_desktop.ui.communication.checkins import CheckinsPage
from tandem_desktop.ui.communication.reminders import DAILY_DONE_KEY
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
    "early-meeting": (2, lambda window: _open_upcoming(window, 3)),
    "cancel": (2, lambda window: _checkins(window, 0).cancel_current()),
    "move": (2, lambda window: _checkins(window, 0).move_current()),
    "preferences": (0, lambda window: window.open_settings()),
    "trash": (0, lambda window: window.open_trash()),
    "share": (0, lambda window: _share(window)),
    "join": (0, lambda window: window.sharing_menu.join()),
    "join-wrong": (0, lambda window: _join_wrong(window)),
    "sharing": (0, lambda window: _sharing_settings(window)),
    "one-off": (2, lambda window: _show(window, _one_off(window))),
    "sync": (0, lambda window: window.sync_status.open_panel()),
}
SYNC_STATES = ("ok", "newer", "missing", "held")
# Dialogs that show the result of work off the UI thread: captured later.
LATE = {"share", "join-wrong"}


def _shared_folder(window: MainWindow) -> Path:
    """A folder beside the data folder, as a sync engine's folder would be."""
    folder = window.context.data_dir / "shared" / "Nextcloud"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _share(window: MainWindow) -> None:
    from tandem_desktop.ui.sync.share_dialog import ShareDialog

    window.sharing_menu.share()
    dialog = window.sharing_menu.dialog
    assert isinstance(dialog, ShareDialog)
    dialog.folder.edit.setText(str(_shared_folder(window)))
    dialog.start_sharing()


def _join_wrong(window: MainWindow) -> None:
    from tandem_desktop.exchange.syncfolder.pairing import grouped, new_code
    from tandem_desktop.exchange.syncfolder.rounds import share
    from tandem_desktop.ui.sync.join_dialog import JoinDialog

    folder = _shared_folder(window)
    share(window.context.store, window.context.tandem_id, folder)
    window.sharing_menu.join()
    dialog = window.sharing_menu.dialog
    assert isinstance(dialog, JoinDialog)
    dialog.folder.edit.setText(str(folder))
    dialog.code.setText(grouped(new_code()).lower())
    dialog.start_joining()


def _sharing_settings(window: MainWindow) -> None:
    from tandem_desktop.exchange.syncfolder.rounds import share
    from tandem_desktop.storage.sync_state import SyncState

    context = window.context
    share(context.store, context.tandem_id, _shared_folder(window))
    SyncState(context.store.database).saw(context.tandem_id, "5f3a9c0d1e2b4a68",
                                          "Claudia's MacBook", "2026-11-29T08:12:00Z")
    window.open_settings()


def _show(window: MainWindow, dialog: QDialog) -> None:
    window.setProperty("shotDialog", dialog)  # kept alive while it is captured
    dialog.show()


def _one_off(window: MainWindow) -> QDialog:
    from tandem_desktop.ui.communication.series import OneOffDialog

    return OneOffDialog(window.context, window)


def _share_for_shot(store: Store, tandem_id: str, state: str, folder: Path, lang: str) -> None:
    """Share the tandem with a partner's copy in ``folder`` and bring sync into ``state``."""
    import json

    from tandem_desktop.exchange.syncfolder import layout
    from tandem_desktop.exchange.syncfolder.rounds import join, run_round, share
    from tandem_desktop.services.devices import rename_this_device

    shared = folder / "Shared"
    shared.mkdir(parents=True)
    partner = open_store(folder / "partner", store.database.clock)
    rename_this_device(partner, "Laptop von Claudia" if lang == "de" else "Claudia's laptop")
    join(partner, shared, share(store, tandem_id, shared))
    run_round(partner, tandem_id)
    tandem_folder = shared / layout.tandem_folder_name(tandem_id)
    run_round(store, tandem_id)  # the partner's device has been seen
    if state == "held":
        task = store.tasks.for_tandem(tandem_id)[0]
        store.tasks.change(task.id, notes=task.notes + " (mine)")
        store.database.clock.advance(timedelta(minutes=1))  # type: ignore[attr-defined]
        partner.tasks.change(task.id, notes=task.notes + " (theirs)")
        with partner.transaction():
            for kind in (partner.questions, partner.agenda, partner.tasks, partner.agreements,
                         partner.access_items, partner.feedback):
                for record in kind.for_tandem(tandem_id):
                    if record.id != task.id:
                        kind.delete(record.id)
        run_round(store, tandem_id)
        run_round(partner, tandem_id)
        store.tasks.change(task.id, title=task.title)  # a change waiting to go out
    elif state == "newer":
        marker = tandem_folder / layout.MARKER
        data = json.loads(marker.read_text())
        data["format"] = "2.0"
        marker.write_text(json.dumps(data))
    elif state == "missing":
        tandem_folder.rename(shared / "moved-away")
    run_round(store, tandem_id)
    partner.close()


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


def _checkins(window: MainWindow, row: int) -> CheckinsPage:
    """The check-ins page with one upcoming check-in chosen."""
    communication = window.step_tabs[2]
    assert isinstance(communication, CommunicationTab)
    communication.show_page(0)
    communication.checkins.refresh()
    communication.checkins.occurrence_view.selectRow(row)
    return communication.checkins


def _open_upcoming(window: MainWindow, row: int) -> None:
    checkins = _checkins(window, row)
    occurrence = checkins.current_occurrence()
    if occurrence is not None and occurrence.cancelled and occurrence.meeting is not None:
        # a cancelled check-in does not open from the list; its meeting does, as from Past meetings
        communication = window.step_tabs[2]
        assert isinstance(communication, CommunicationTab)
        communication.open_meeting(occurrence.meeting.id)
        return
    checkins.open_current_occurrence()


def _cancel_and_move(context: AppContext, lang: str) -> None:
    """A cancelled and a moved check-in among the upcoming ones, and a one-off meeting."""
    now = context.clock.now()
    coming = upcoming(context.store, context.tandem_id, now, now + timedelta(days=42))
    occurrences.cancel(context.store, coming[1],
                       "Feiertag" if lang == "de" else "Public holiday")
    moved = coming[2]
    occurrences.move(context.store, moved, moved.start + timedelta(days=1, hours=4),
                     moved.duration_minutes + 15)
    plan_one_off(context.store, context.tandem_id,
                 "Messe planen" if lang == "de" else "Plan the trade fair",
                 coming[4].start + timedelta(days=1, hours=6), 60)


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


def _mark_a_task_done(context: AppContext) -> None:
    """As the task list's Ctrl+D does: the step Edit ▸ Undo then names."""
    store = context.store
    task = next(task for task in store.tasks.for_tandem(context.tandem_id)
                if task.status == "open")
    with store.transaction():
        store.tasks.change(task.id, status="done", done_on=context.today_iso())


def _open_edit_menu(window: MainWindow) -> None:
    bar = window.menuBar()
    place = bar.actionGeometry(window.edit_menu.menuAction()).bottomLeft()
    window.edit_menu.popup(bar.mapToGlobal(place))


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
    parser.add_argument("--sync", choices=SYNC_STATES, default=None)
    parser.add_argument("--daily-reminders", action="store_true",
                        help="show the day's reminders as they appear at start")
    parser.add_argument("--exceptions", action="store_true",
                        help="cancel the second upcoming check-in, move the third, plan a one-off")
    parser.add_argument("--occurrence", type=int, default=None,
                        help="open the N-th upcoming check-in (from 0) on the meeting page")
    parser.add_argument("--all-tandems", action="store_true",
                        help="three demo tandems, the all-tandems Overview")
    parser.add_argument("--search", default=None, help="capture the search panel with this text")
    parser.add_argument("--edit-menu", action="store_true",
                        help="a task marked done, then the Edit menu open (use --root)")
    args = parser.parse_args()
    app = make_application()
    set_window_icon(app)
    translators = Translators()
    translators.install(args.lang)
    apply_theme(app, args.theme)
    data_dir = Path(tempfile.mkdtemp(prefix="tandem-shot-"))
    clock = FixedClock(datetime(2026, 11, 29, 9, 30, tzinfo=UTC))
    store = open_store(data_dir, clock)
    tandem = create_demo(store, args.lang, clock.today())
    if args.sync:
        store.tandems.change(tandem.id, my_role="assistant")
        _share_for_shot(store, tandem.id, args.sync, data_dir / "sync", args.lang)
    if args.all_tandems:
        for name, leader in (("Müller GmbH", "Jürgen Müller"), ("Estudio Peña", "Lucía Peña")):
            other = create_demo(store, args.lang, clock.today())
            store.tandems.change(other.id, name=name, leader_name=leader)
    context = AppContext(store, data_dir, clock, translators)
    if not args.daily_reminders:  # given this morning: no notices over the screen
        context.settings.setValue(DAILY_DONE_KEY.format(tandem_id=tandem.id),
                                  clock.today().isoformat())
    window = MainWindow(context)
    context.set_tandem(tandem)
    if args.exceptions:
        _cancel_and_move(context, args.lang)
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
    if args.occurrence is not None:
        args.tab = 2
        window.tabs.setCurrentIndex(2)
        _open_upcoming(window, args.occurrence)
    if args.search is not None:
        window.search_panel.open_search()  # type: ignore[attr-defined]
        window.search_panel.field.setText(args.search)  # type: ignore[attr-defined]
        target = window.search_panel  # type: ignore[attr-defined]
    if args.welcome:
        target = TandemDialog(window, welcome=True)
        target.show()
    if args.edit_menu:
        _mark_a_task_done(context)
        QTimer.singleShot(400, lambda: _open_edit_menu(window))

    def capture() -> None:
        runner = getattr(window, "sync_runner", None)
        if runner is not None and runner.busy:  # the first round of a shared tandem
            QTimer.singleShot(200, capture)
            return
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

    QTimer.singleShot(3000 if args.dialog in LATE else 700, capture)
    if args.dialog:
        opener = DIALOGS[args.dialog][1]
        QTimer.singleShot(200, lambda: opener(window))
    app.exec()
    runner = getattr(window, "sync_runner", None)
    if runner is not None:
        runner.shutdown()
    store.close()
    shutil.rmtree(data_dir, ignore_errors=True)
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
