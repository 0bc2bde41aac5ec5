"""The main window: toolbar with the tandem switcher, six tabs, menus."""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QMainWindow,
    QMenu,
    QSystemTrayIcon,
    QTabWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from tandem_desktop import APP_NAME, __version__
from tandem_desktop.domain.clock import utc_stamp
from tandem_desktop.storage.errors import EnvironmentFault
from tandem_desktop.storage.migrations import LATEST_VERSION
from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.dates import to_qdate
from tandem_desktop.ui.intro import step_texts
from tandem_desktop.ui.step_tab import StepTab
from tandem_desktop.ui.theme import keep_tab_texts_whole
from tandem_desktop.ui.tray import KEEP_RUNNING_KEY, keeps_running_in_tray

# Tabs, dialogs and message boxes are imported where they are first used: the
# window paints before their modules (and the Qt types they need) are loaded.

# The six tabs in their order: module, class, and the step whose title a tab
# shows before it is built.
_TABS: tuple[tuple[str, str, str | None], ...] = (
    ("tandem_desktop.ui.overview.tab", "OverviewTab", None),
    ("tandem_desktop.ui.trust.tab", "TrustTab", "trust"),
    ("tandem_desktop.ui.communication.tab", "CommunicationTab", "communication"),
    ("tandem_desktop.ui.feedback.tab", "FeedbackTab", "feedback"),
    ("tandem_desktop.ui.delegation.tab", "DelegationTab", "delegation"),
    ("tandem_desktop.ui.vision.tab", "VisionTab", "vision"),
)


# The switcher's entry for the all-tandems Overview (tandem ids are UUIDs).
ALL_TANDEMS = "*all"


class MainWindow(QMainWindow):
    """The window. With ``lazy`` it is shown with its frame only (menus, toolbar
    with the tandem, tab bar) and builds its tabs when ``show_content`` is called
    (a tab the user picks earlier is built at once). So the window appears at once
    however much data the tandem holds, and the app can check the file in between.
    """

    firstPaint = Signal()
    # The tab the window opened with is built, filled and painted.
    contentShown = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 lazy: bool = False) -> None:
        super().__init__(parent)
        self.context = context
        self._painted = False
        self._quitting = False
        self._built: dict[int, StepTab] = {}
        self._unpainted: list[QWidget] = []  # the first tab's widgets, until one paints
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(900, 600)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        keep_tab_texts_whole(self.tabs.tabBar())
        for index in range(len(_TABS)):
            self.tabs.addTab(QWidget(self.tabs), self._placeholder_title(index))
        self.setCentralWidget(self.tabs)

        self._build_toolbar()
        self._build_menus()
        context.tandemChanged.connect(self._on_tandem_changed)
        context.allTandemsChanged.connect(self._on_all_tandems_changed)
        context.dataChanged.connect(self._on_data_changed)
        context.openRecord.connect(self.show_record)
        self._restore_state()  # before listening: choosing the last tab must not build it
        self.tabs.currentChanged.connect(self._on_current_changed)
        self._today = context.clock.today()
        self._day_timer = QTimer(self)
        self._day_timer.timeout.connect(self.check_day)
        self._day_timer.start(60_000)
        if not lazy:
            self._build_rest()
            self.firstPaint.connect(self.contentShown)

    # -- tabs -------------------------------------------------------------------
    @property
    def step_tabs(self) -> list[StepTab]:
        """Every tab, built if it was not yet."""
        return [self._build(index) for index in range(len(_TABS))]

    def _placeholder_title(self, index: int) -> str:
        step = _TABS[index][2]
        return step_texts()[step][0] if step else self.tr("Overview")

    def _title(self, index: int) -> str:
        tab = self._built.get(index)
        return tab.title() if tab is not None else self._placeholder_title(index)

    def _build(self, index: int) -> StepTab:
        tab = self._built.get(index)
        if tab is not None:
            return tab
        module, name, _step = _TABS[index]
        tab_class: type[StepTab] = getattr(importlib.import_module(module), name)
        tab = tab_class(self.context, self)
        self._built[index] = tab
        current = self.tabs.currentIndex()
        placeholder = self.tabs.widget(index)
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, tab, tab.title())
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        if placeholder is not None:
            placeholder.deleteLater()
        # Shortcuts a tab offers everywhere (e.g. "May I decide?") and its New entries.
        for action in getattr(tab, "global_actions", list)():
            self.addAction(action)
        for action in getattr(tab, "new_actions", list)():
            action.setText(with_mnemonic(action.text(), self.new_menu))
            self.new_menu.addAction(action)
        return tab

    def show_content(self) -> None:
        """Build the current tab now; once it is on screen, the others."""
        tab = self._build(self.tabs.currentIndex())
        # Qt paints only the widgets that show something, often not the tab itself:
        # the first paint of any of them is the tab appearing.
        self._unpainted = [tab, *tab.findChildren(QWidget)]
        for widget in self._unpainted:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._unpainted and event.type() == QEvent.Type.Paint:
            for widget in self._unpainted:
                widget.removeEventFilter(self)
            self._unpainted = []
            QTimer.singleShot(0, self._first_tab_painted)  # once this paint is done
        return super().eventFilter(watched, event)

    def _first_tab_painted(self) -> None:
        self.contentShown.emit()
        QTimer.singleShot(0, self._build_rest)

    def _build_rest(self) -> None:
        from tandem_desktop.ui.exchange_menus import install_exchange_menus
        from tandem_desktop.ui.search import install_search
        from tandem_desktop.ui.sync.menu import install_sharing_menu
        from tandem_desktop.ui.sync.status import install_sync
        from tandem_desktop.ui.undo_actions import install_undo

        for index in range(len(_TABS)):
            self._build(index)
        self._update_tab_titles()
        install_exchange_menus(self)
        install_sharing_menu(self)  # after Import, which it follows in the File menu
        install_search(self)
        self.undo_actions = install_undo(self, self.context, self.edit_menu)
        # Background rounds for shared tandems; their status (with the conflicts to
        # review) in the status bar; File ▸ Sync now.
        self.sync_runner, self.sync_status, self.sync_now_action = install_sync(
            self, self.context, self.file_menu, self.back_up_action)

    def check_day(self) -> None:
        """Tell every tab when the date has changed since the last look."""
        today = self.context.clock.today()
        if today != self._today:
            self._today = today
            self.context.dayChanged.emit()
            self._update_tab_titles()

    def _on_current_changed(self, index: int) -> None:
        if index != 0 and self.context.all_tandems:
            self.context.show_all_tandems(False)  # the other tabs show the current tandem
        self._build(index)
        self.context.settings.setValue("last_tab", index)

    # -- building -------------------------------------------------------------
    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main toolbar"), self)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        self.addToolBar(bar)
        bar.addWidget(QLabel(self.tr("Tandem:") + " ", self))
        self.switcher = QComboBox(self)
        self.switcher.setObjectName("tandemSwitcher")
        self.switcher.setAccessibleName(self.tr("Current tandem"))
        self.switcher.setToolTip(self.tr(
            "Pick a tandem (Ctrl+Alt+1 … 9) or all tandems at once (Ctrl+0)"))
        self.switcher.setMinimumContentsLength(24)
        self.switcher.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.switcher.activated.connect(self._switch_to_index)
        bar.addWidget(self.switcher)
        bar.addSeparator()
        # Also File ▸ New, so every entry has a menu path with a mnemonic.
        self.new_menu = QMenu(self.tr("Ne&w"), self)
        self.new_button = QToolButton(self)
        self.new_button.setText(self.tr("New"))
        self.new_button.setToolTip(self.tr("Create a new record"))
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.new_button.setMenu(self.new_menu)
        self.new_button.setAccessibleName(self.tr("New"))
        bar.addWidget(self.new_button)
        self.toolbar = bar
        new_tandem = QAction(with_mnemonic(self.tr("Tandem…"), self.new_menu), self)
        new_tandem.triggered.connect(self.new_tandem)
        self.new_menu.addAction(new_tandem)

    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        if shortcut is not None:
            # setShortcuts, not setShortcut, and no copy of a QKeySequence: their
            # overloads load every enum of the Qt namespace, ~15 ms before the first paint.
            sequence = shortcut if isinstance(shortcut, QKeySequence) else QKeySequence(shortcut)
            action.setShortcuts([sequence])
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        self.file_menu = file_menu
        file_menu.addMenu(self.new_menu)
        file_menu.addAction(self._action(self.tr("&New tandem…"), self.new_tandem))
        file_menu.addAction(self._action(self.tr("&Edit tandem…"), self.edit_tandem))
        self.archive_action = self._action(self.tr("&Archive tandem"), self.archive_tandem)
        file_menu.addAction(self.archive_action)
        self.archived_menu = file_menu.addMenu(self.tr("Archi&ved tandems"))
        self.archived_menu.aboutToShow.connect(self._fill_archived_menu)
        file_menu.addSeparator()
        self.export_menu = file_menu.addMenu(self.tr("E&xport"))
        self.import_menu = file_menu.addMenu(self.tr("&Import"))
        self.export_menu.menuAction().setVisible(False)
        self.import_menu.menuAction().setVisible(False)
        file_menu.addSeparator()
        self.back_up_action = self._action(self.tr("&Back up now"), self.back_up_now)
        file_menu.addAction(self.back_up_action)
        file_menu.addAction(self._action(self.tr("&Restore from backup…"), self.restore_backup))
        file_menu.addAction(self._action(self.tr("Open &data folder"), self.open_data_folder))
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("&Quit"), self.quit_app,
                         QKeySequence(QKeySequence.StandardKey.Quit))
        )

        edit_menu = menu.addMenu(self.tr("&Edit"))
        self.edit_menu = edit_menu
        edit_menu.addAction(self._action(self.tr("&Trash…"), self.open_trash))

        view_menu = menu.addMenu(self.tr("&View"))
        self.view_menu = view_menu
        self.view_actions: list[QAction] = []
        for index in range(len(_TABS)):
            action = self._action(
                self._title(index), lambda _=False, i=index: self.tabs.setCurrentIndex(i),
                f"Ctrl+{index + 1}",
            )
            view_menu.addAction(action)
            self.view_actions.append(action)
        view_menu.addSeparator()
        self.all_tandems_action = self._action(self.tr("&All tandems"), self.show_all_tandems,
                                               "Ctrl+0")
        view_menu.addAction(self.all_tandems_action)
        for number in range(1, 10):  # the n-th tandem of the switcher
            self._action(self.tr("Tandem {number}").format(number=number),
                         lambda _=False, n=number: self.switch_to_number(n),
                         f"Ctrl+Alt+{number}")

        settings_menu = menu.addMenu(self.tr("&Settings"))
        settings_menu.addAction(self._action(self.tr("&Preferences…"), self.open_settings))

        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About Tandem"), self.about))

    # -- tandems ----------------------------------------------------------------
    def reload_switcher(self) -> None:
        current = self.context.tandem.id if self.context.tandem else None
        self.switcher.blockSignals(True)
        self.switcher.clear()
        for tandem in self.context.store.tandems.active():
            self.switcher.addItem(tandem.name, tandem.id)
        if self.switcher.count():
            self.switcher.insertSeparator(self.switcher.count())
            self.switcher.addItem(self.tr("All tandems"), ALL_TANDEMS)
        index = self.switcher.findData(ALL_TANDEMS if self.context.all_tandems else current)
        self.switcher.setCurrentIndex(max(index, 0))
        self.switcher.blockSignals(False)
        self.archive_action.setEnabled(self.context.tandem is not None)

    def _switch_to_index(self, index: int) -> None:
        tandem_id = self.switcher.itemData(index)
        if tandem_id == ALL_TANDEMS:
            self.show_all_tandems()
        else:
            self.switch_to(tandem_id)

    def switch_to_number(self, number: int) -> None:
        """Ctrl+Alt+1 … 9: the tandem at that place in the switcher."""
        tandems = self.context.store.tandems.active()
        if 0 < number <= len(tandems):
            self.switch_to(tandems[number - 1].id)

    def show_all_tandems(self) -> None:
        """The Overview across every active tandem (Ctrl+0)."""
        if self.context.tandem is None:
            return
        self.context.show_all_tandems(True)
        self.tabs.setCurrentIndex(0)

    def _on_all_tandems_changed(self, on: bool) -> None:
        tandem = self.context.tandem
        if on:
            self.setWindowTitle(f"{self.tr('All tandems')} – {APP_NAME}")
        else:
            self.setWindowTitle(f"{tandem.name} – {APP_NAME}" if tandem else APP_NAME)
        self.reload_switcher()

    def switch_to(self, tandem_id: str) -> None:
        tandem = self.context.store.tandems.find(tandem_id)
        if tandem is not None:
            self.context.set_tandem(tandem)

    def _on_tandem_changed(self) -> None:
        tandem = self.context.tandem
        self.setWindowTitle(f"{tandem.name} – {APP_NAME}" if tandem else APP_NAME)
        self.reload_switcher()
        self._update_tab_titles()

    def _on_data_changed(self, tables: frozenset[str]) -> None:
        if "tandem" in tables:
            self._on_tandem_changed()  # reloads the switcher and every title
        else:
            self._update_tab_titles(tables)

    def _update_tab_titles(self, tables: frozenset[str] | None = None) -> None:
        """Retitle the tabs (titles carry counts); after a write only those it concerns."""
        for index in range(len(_TABS)):
            tab = self._built.get(index)
            if tables is not None and (tab is None or not tables & tab.watches):
                continue
            title = self._title(index)
            self.tabs.setTabText(index, title)
            self.view_actions[index].setText(title)

    def new_tandem(self) -> None:
        from tandem_desktop.ui.tandem_dialog import TandemDialog

        dialog = TandemDialog(self, today=to_qdate(self.context.clock.today()))
        if dialog.exec() != TandemDialog.DialogCode.Accepted:
            return
        self._guard(lambda: self.context.set_tandem(
            self.context.store.tandems.add(dialog.tandem())))

    def edit_tandem(self) -> None:
        if self.context.tandem is None:
            return
        from tandem_desktop.ui.tandem_dialog import TandemDialog

        dialog = TandemDialog(self, self.context.tandem)
        if dialog.exec() == TandemDialog.DialogCode.Accepted:
            self._guard(lambda: self.context.store.tandems.update(dialog.tandem()))

    def archive_tandem(self) -> None:
        tandem = self.context.tandem
        if tandem is None:
            return
        question = self.tr(
            "Archive the tandem “{name}”? It disappears from the switcher and can be "
            "brought back from File ▸ Archived tandems."
        ).format(name=tandem.name)
        from tandem_desktop.ui.widgets import confirm

        if not confirm(self, self.tr("Archive tandem"), question):
            return
        stamp = utc_stamp(self.context.clock.now())
        if not self._guard(lambda: self.context.store.tandems.change(tandem.id, archived_at=stamp)):
            return
        remaining = self.context.store.tandems.active()
        self.context.set_tandem(remaining[0] if remaining else None)
        if not remaining:
            self.new_tandem()

    def _fill_archived_menu(self) -> None:
        self.archived_menu.clear()
        archived = self.context.store.tandems.archived()
        if not archived:
            empty = self.archived_menu.addAction(self.tr("(none)"))
            empty.setEnabled(False)
        for number, tandem in enumerate(archived, start=1):
            text = self.tr("Bring back “{name}”").format(name=tandem.name.replace("&", "&&"))
            # The first nine are picked with their number, in every language.
            action = self.archived_menu.addAction(f"&{number} {text}" if number < 10 else text)
            action.triggered.connect(lambda _=False, t=tandem.id: self._unarchive(t))

    def _unarchive(self, tandem_id: str) -> None:
        if self._guard(lambda: self.context.store.tandems.change(tandem_id, archived_at=None)):
            self.switch_to(tandem_id)

    # -- files --------------------------------------------------------------------
    def back_up_now(self) -> None:
        try:
            path = self.context.store.back_up("manual")
        except EnvironmentFault as error:
            from tandem_desktop.ui.widgets import inform

            inform(self, self.tr("Backup failed"), self.tr(
                "The backup could not be written: {reason}\nYour data is unchanged."
            ).format(reason=str(error)), warning=True)
            return
        self.statusBar().showMessage(self.tr("Backup saved: {name}").format(name=path.name), 8000)

    def restore_backup(self) -> None:
        from tandem_desktop.ui.restore_dialog import RestoreDialog

        RestoreDialog(self.context, self).exec()

    def open_data_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.context.data_dir)))

    def open_trash(self) -> None:
        from tandem_desktop.ui.trash_dialog import TrashDialog

        if self.context.tandem is not None:
            TrashDialog(self.context, self).exec()

    def open_settings(self) -> None:
        from tandem_desktop.ui.settings_dialog import SettingsDialog

        SettingsDialog(self.context, self).exec()

    def about(self) -> None:
        from tandem_desktop.ui.widgets import inform

        inform(self, self.tr("About Tandem"), self.tr(
            "Tandem {version}\n\nA planner for the partnership of a leader and an "
            "assistant.\n\nData folder: {folder}\nSchema version: {schema}"
        ).format(version=__version__, folder=str(self.context.data_dir), schema=LATEST_VERSION))

    # -- navigation ------------------------------------------------------------------
    def show_record(self, table: str, record_id: str) -> None:
        for index in range(len(_TABS)):
            if self._build(index).show_record(table, record_id):
                self.tabs.setCurrentIndex(index)
                return

    # -- helpers -----------------------------------------------------------------------
    def _guard(self, work: Callable[[], object]) -> bool:
        from tandem_desktop.ui.actions import run_action

        return run_action(self, work)

    def _restore_state(self) -> None:
        settings = self.context.settings
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 780)
        last_tab = settings.value("last_tab", 0)
        try:
            self.tabs.setCurrentIndex(int(str(last_tab)))
        except (TypeError, ValueError):
            self.tabs.setCurrentIndex(0)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._quitting and self._keeps_running_in_tray():
            # Reminders keep coming from the tray; File ▸ Quit ends Tandem.
            event.ignore()
            self.hide()
            return
        self._day_timer.stop()
        runner = getattr(self, "sync_runner", None)
        if runner is not None:
            runner.shutdown()  # a running round finishes before the store closes
        for tab in self._built.values():
            tab.shutdown()
        exchange = getattr(self, "exchange_menus", None)
        if exchange is not None:
            exchange.wait_for_jobs()  # an export or import finishes before the store closes
        self.context.settings.setValue("window/geometry", self.saveGeometry())
        self.context.save_settings()
        super().closeEvent(event)
        app = QApplication.instance()
        if isinstance(app, QApplication) and not app.quitOnLastWindowClosed():
            app.quit()

    def quit_app(self) -> None:
        """File ▸ Quit: close for good, even when the tray keeps Tandem running."""
        self._quitting = True
        self.close()

    def _keeps_running_in_tray(self) -> bool:
        tray = self.findChild(QSystemTrayIcon)
        return (tray is not None and tray.isVisible()
                and keeps_running_in_tray(self.context.settings.value(KEEP_RUNNING_KEY)))

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.firstPaint.emit()

    def bring_forward(self) -> None:
        """Show the window on top: a second start of Tandem asked for it."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()


def with_mnemonic(text: str, menu: QMenu) -> str:
    """``text`` with a mnemonic no other entry of ``menu`` has: its own if it brings
    one, else the first free letter, a word's first letter preferred. The entries of
    the New menu come from every tab, in either language, so none can be fixed ahead."""
    if re.search(r"&[^&]", text):
        return text
    taken = {found.group(1).lower() for action in menu.actions()
             if (found := re.search(r"&([^&])", action.text()))}
    starts = [match.start() for match in re.finditer(r"\b\w", text)]
    for position in [*starts, *range(len(text))]:
        letter = text[position]
        if letter.isalnum() and letter.lower() not in taken:
            return f"{text[:position]}&{text[position:]}"
    return text
