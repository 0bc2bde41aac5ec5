"""File ▸ Export and File ▸ Import: archive, handbook, CSV lists and calendar.

The work runs on a thread-pool worker with its own connection to the data file;
the worker never touches widgets and reports progress, result or failure by
signal. The window shows a progress dialog meanwhile and a plain-text message
at the end.

An archive of format version 2 is merged by its stamps, as the partner sync
merges; when it would delete many records at once, the window asks first.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QProgressDialog

from tandem_desktop.exchange.archive.format import ArchiveError
from tandem_desktop.storage.database import Database, connect
from tandem_desktop.storage.errors import EnvironmentFault
from tandem_desktop.storage.store import Store
from tandem_desktop.storage.verbatim import stored_ids
from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.translators import installed_translate
from tandem_desktop.ui.widgets import inform

if TYPE_CHECKING:
    from tandem_desktop.exchange.archive.format import Archive
    from tandem_desktop.exchange.archive.planning import ImportResult

Progress = Callable[[int, int], None]
Work = Callable[[Store, Progress], Any]


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(str)


class ExchangeJob(QRunnable):
    """Runs ``work`` with a store of its own on a pool thread; reports by signal only."""

    def __init__(self, context: AppContext, work: Work) -> None:
        super().__init__()
        self.context = context
        self.work = work
        self.signals = _Signals()  # created here, in the UI thread, so slots run there

    def run(self) -> None:
        try:
            store, own = self._store()
            try:
                result = self.work(store, self.signals.progress.emit)
            finally:
                if own:
                    store.close()
        except (ArchiveError, EnvironmentFault) as error:
            self.signals.failed.emit(str(error))
        except OSError as error:
            self.signals.failed.emit(f"{error.filename or ''} {error.strerror or error}".strip())
        except Exception as error:  # a bug: still say so instead of dying silently
            self.signals.failed.emit(f"{type(error).__name__}: {error}")
        else:
            self.signals.done.emit(result)

    def _store(self) -> tuple[Store, bool]:
        """A second connection to the same file (WAL lets it read while the window reads)."""
        shared = self.context.store
        path = shared.database.path
        if path is None:  # an in-memory database (tests): nothing to open twice
            return shared, False
        database = Database(connect(path), path, self.context.clock)
        return Store(database, self.context.data_dir), True


class ExchangeMenus(QObject):
    """Fills the window's Export and Import menus and runs what they start."""

    def __init__(self, window: QMainWindow, context: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.jobs: list[ExchangeJob] = []
        self.progress: QProgressDialog | None = None
        self.include_private = QAction(self.tr("Include &private content"), self)
        self.include_private.setCheckable(True)
        self.include_private.setToolTip(self.tr(
            "Also export private meeting notes and feedback marked private"))
        self._fill_export(window.export_menu)  # type: ignore[attr-defined]
        self._fill_import(window.import_menu)  # type: ignore[attr-defined]
        context.tandemChanged.connect(self._update_names)
        self._update_names()

    # -- the menus ------------------------------------------------------------------
    def _fill_export(self, menu: Any) -> None:
        self.archive_one = menu.addAction(self.tr("Archive of &this tandem (JSON)…"))
        self.archive_one.triggered.connect(lambda: self.export_archive(all_tandems=False))
        self.archive_all = menu.addAction(self.tr("Archive of &all tandems (JSON)…"))
        self.archive_all.triggered.connect(lambda: self.export_archive(all_tandems=True))
        menu.addAction(self.include_private)
        menu.addSeparator()
        self.handbook_pdf = menu.addAction(self.tr("&Handbook (PDF)…"))
        self.handbook_pdf.triggered.connect(lambda: self.export_handbook("pdf"))
        self.handbook_md = menu.addAction(self.tr("Handbook (&Markdown)…"))
        self.handbook_md.triggered.connect(lambda: self.export_handbook("md"))
        menu.addSeparator()
        self.csv_actions: dict[str, QAction] = {}
        for what, text in (("tasks", self.tr("Tas&ks (CSV)…")),
                           ("questions", self.tr("&Questions (CSV)…")),
                           ("feedback", self.tr("&Feedback (CSV)…")),
                           ("rules", self.tr("&Decision rules (CSV)…"))):
            action = menu.addAction(text)
            action.triggered.connect(lambda _=False, w=what: self.export_csv(w))
            self.csv_actions[what] = action
        menu.addSeparator()
        self.calendar = menu.addAction(self.tr("&Check-ins for the calendar (iCalendar)…"))
        self.calendar.triggered.connect(self.export_calendar)
        menu.menuAction().setVisible(True)

    def _fill_import(self, menu: Any) -> None:
        self.import_action = menu.addAction(self.tr("&Archive (JSON)…"))
        self.import_action.triggered.connect(self.import_file)
        menu.menuAction().setVisible(True)

    def _update_names(self) -> None:
        has_tandem = self.context.tandem is not None
        for action in (self.archive_one, self.handbook_pdf, self.handbook_md, self.calendar,
                       *self.csv_actions.values()):
            action.setEnabled(has_tandem)

    # -- asking the user (tests replace these) ----------------------------------------
    def ask_save_path(self, title: str, suggested: str, pattern: str) -> Path | None:
        folder = str(self.context.settings.value("exchange/folder", str(Path.home())))
        name, _ = QFileDialog.getSaveFileName(self.window, title, str(Path(folder) / suggested),
                                              pattern)
        if not name:
            return None
        self.context.settings.setValue("exchange/folder", str(Path(name).parent))
        return Path(name)

    def ask_open_path(self) -> Path | None:
        folder = str(self.context.settings.value("exchange/folder", str(Path.home())))
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import an archive"), folder,
            self.tr("Tandem archives (*.json);;All files (*)"))
        return Path(name) if name else None

    def ask_update(self, existing: int) -> bool | None:
        """True: overwrite records that exist; False: keep them; None: cancel."""
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Import"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr(
            "%n record(s) of this file are already here. Keep yours, or replace them "
            "with the file's version?", None, existing))
        keep = box.addButton(self.tr("Keep mine"), QMessageBox.ButtonRole.AcceptRole)
        replace = box.addButton(self.tr("Replace with the file's"),
                                QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.exec()
        if box.clickedButton() is keep:
            return False
        if box.clickedButton() is replace:
            return True
        return None

    def ask_merge(self, existing: int) -> bool | None:
        """True: merge the file's changes into records that exist; False: keep them as
        they are; None: cancel."""
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Import"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr(
            "%n record(s) of this file are already here. Bring in what was changed in the "
            "file (field by field, the newer change wins), or keep yours as they are?", None,
            existing))
        merge = box.addButton(self.tr("Bring in the changes"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep mine"), QMessageBox.ButtonRole.RejectRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(merge)
        box.exec()
        if box.clickedButton() is merge:
            return True
        if box.clickedButton() is keep:
            return False
        return None

    def ask_confirm_deletions(self, text: str) -> bool:
        """Whether to make the large deletion the file holds (``text`` says how large)."""
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Import"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(text + "\n\n" + self.tr(
            "Delete them as the file says? A backup was taken before the import."))
        delete = box.addButton(self.tr("Delete them"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep them for now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is delete

    def tell(self, title: str, text: str, *, warning: bool = False) -> None:
        inform(self.window, title, text, warning=warning)

    # -- exports ----------------------------------------------------------------------
    def _suggest(self, kind: str, extension: str, *, all_tandems: bool = False) -> str:
        name = "all" if all_tandems or self.context.tandem is None else self.context.tandem.name
        slug = re.sub(r"[^\w-]+", "-", name, flags=re.UNICODE).strip("-").lower() or "tandem"
        return f"{kind}-{slug}-{self.context.today_iso()}.{extension}"

    def export_archive(self, *, all_tandems: bool) -> None:
        if not all_tandems and self.context.tandem is None:
            return
        path = self.ask_save_path(self.tr("Export an archive"),
                                  self._suggest("tandem", "json", all_tandems=all_tandems),
                                  self.tr("Tandem archives (*.json)"))
        if path is None:
            return
        tandem_id = None if all_tandems else self.context.tandem_id
        private = self.include_private.isChecked()

        def work(store: Store, progress: Progress) -> str:
            from tandem_desktop.exchange.archive.export import export_archive

            result = export_archive(store, path, tandem_id=tandem_id, include_private=private,
                                    progress=progress)
            return self.tr("{records} of %n tandem(s) written to\n{path}", None,
                           result.tandems).format(
                records=self.tr("%n record(s)", None, result.records), path=str(path))

        self.start(self.tr("Exporting the archive…"), work)

    def export_handbook(self, fmt: str) -> None:
        if self.context.tandem is None:
            return
        pattern = self.tr("PDF documents (*.pdf)") if fmt == "pdf" else self.tr(
            "Markdown (*.md)")
        path = self.ask_save_path(self.tr("Export the handbook"),
                                  self._suggest(self.tr("handbook"), fmt), pattern)
        if path is None:
            return
        tandem_id, today = self.context.tandem_id, self.context.clock.today()

        def work(store: Store, progress: Progress) -> str:
            from tandem_desktop.exchange.handbook.export import export_handbook
            from tandem_desktop.ui.printing import handbook_pdf

            export_handbook(store, path, tandem_id=tandem_id, fmt=fmt,
                            translate=installed_translate, today=today, render_pdf=handbook_pdf)
            return self.tr("The handbook was written to\n{path}").format(path=str(path))

        self.start(self.tr("Writing the handbook…"), work)

    def export_csv(self, what: str) -> None:
        if self.context.tandem is None:
            return
        path = self.ask_save_path(self.tr("Export as CSV"), self._suggest(what, "csv"),
                                  self.tr("CSV tables (*.csv)"))
        if path is None:
            return
        tandem_id, private = self.context.tandem_id, self.include_private.isChecked()

        def work(store: Store, progress: Progress) -> str:
            from tandem_desktop.exchange.csv_export import export_csv

            rows = export_csv(store, path, what, translate=installed_translate,
                              tandem_id=tandem_id, include_private=private)
            return self.tr("%n row(s) written to\n{path}", None, rows).format(path=str(path))

        self.start(self.tr("Exporting…"), work)

    def export_calendar(self) -> None:
        if self.context.tandem is None:
            return
        path = self.ask_save_path(self.tr("Export the check-ins"),
                                  self._suggest("check-ins", "ics"),
                                  self.tr("Calendar files (*.ics)"))
        if path is None:
            return
        tandem_id = self.context.tandem_id

        def work(store: Store, progress: Progress) -> str:
            from tandem_desktop.exchange.ics import export_ics

            count = export_ics(store, path, translate=installed_translate, tandem_id=tandem_id,
                               series_id=None, reminder_minutes=10)
            return self.tr("%n check-in series written to\n{path}", None, count).format(
                path=str(path))

        self.start(self.tr("Exporting…"), work)

    # -- import -----------------------------------------------------------------------
    def import_file(self) -> None:
        path = self.ask_open_path()
        if path is None:
            return

        def check(store: Store, progress: Progress) -> tuple[Archive, int]:
            from tandem_desktop.exchange.archive.reading import read_archive

            archive = read_archive(path, translate=installed_translate)
            return archive, _count_existing(store, archive)

        self.start(self.tr("Checking the file…"), check, on_done=self._confirm_import,
                   title=self.tr("Import refused"))

    def _confirm_import(self, checked: tuple[Archive, int]) -> None:
        archive, existing = checked
        update = False
        if existing:
            choice = self.ask_merge(existing) if archive.stamped else self.ask_update(existing)
            if choice is None:
                return
            update = choice

        def work(store: Store, progress: Progress) -> ImportResult:
            from tandem_desktop.exchange.archive.importing import import_archive

            return import_archive(store, archive, translate=installed_translate, update=update,
                                  progress=progress)

        self.start(self.tr("Importing…"), work,
                   on_done=lambda result: self._imported(result, archive),
                   title=self.tr("Import refused"))

    def _imported(self, result: ImportResult, archive: Archive) -> None:
        from tandem_desktop.exchange.archive.summary import held_line, merge_lines

        self._refresh_views()
        text = self.tr("Imported: {added} added, {updated} updated, {skipped} already here "
                       "and kept.").format(added=result.added, updated=result.updated,
                                           skipped=result.skipped)
        for line in merge_lines(result, installed_translate):
            text += "\n" + line
        if result.backup is not None:
            text += "\n" + self.tr("A backup was taken first: {name}").format(
                name=result.backup.name)
        if not result.held_deletions:
            self.tell(self.tr("Import finished"), text)
            return
        held = held_line(result, installed_translate)
        if not self.ask_confirm_deletions(held):
            self.tell(self.tr("Import finished"), text + "\n" + held + " " + self.tr(
                "They stay until you import the file again and confirm."))
            return

        def work(store: Store, progress: Progress) -> ImportResult:
            from tandem_desktop.exchange.archive.importing import import_archive

            # The first run brought in everything else: this one makes the deletions.
            return import_archive(store, archive, translate=installed_translate, update=True,
                                  confirm_deletions=True, progress=progress, back_up=False)

        def deleted(second: ImportResult) -> None:
            self._refresh_views()
            changed = second.updated + second.removed
            self.tell(self.tr("Import finished"), text + "\n" + self.tr(
                "%n record(s) deleted after your confirmation.", None, changed))

        self.start(self.tr("Importing…"), work, on_done=deleted, title=self.tr("Import refused"))

    def _refresh_views(self) -> None:
        store = self.context.store
        # The import wrote through its own connection: tell every view to reload.
        store.database.notifier.publish(frozenset(repo.table for repo in store.repositories))
        if self.context.tandem is None:
            active = store.tandems.active()
            if active:
                self.context.set_tandem(active[0])

    # -- running jobs -----------------------------------------------------------------
    def start(self, label: str, work: Work, *, on_done: Callable[[Any], None] | None = None,
              title: str | None = None) -> ExchangeJob:
        job = ExchangeJob(self.context, work)
        job.setAutoDelete(False)
        self.jobs.append(job)
        progress = QProgressDialog(label, "", 0, 0, self.window)
        progress.setWindowTitle(self.tr("Tandem"))
        progress.setCancelButton(None)
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        self.progress = progress

        def finish() -> None:
            progress.reset()
            progress.deleteLater()
            if self.progress is progress:
                self.progress = None
            if job in self.jobs:
                self.jobs.remove(job)

        def succeeded(result: Any) -> None:
            finish()
            if on_done is not None:
                on_done(result)
            else:
                self.tell(self.tr("Export finished"), str(result))

        def failed(message: str) -> None:
            finish()
            self.tell(title or self.tr("Export failed"), message, warning=True)

        job.signals.progress.connect(lambda done, total: _show_progress(progress, done, total))
        job.signals.done.connect(succeeded)
        job.signals.failed.connect(failed)
        QThreadPool.globalInstance().start(job)
        return job

    @Slot()
    def wait_for_jobs(self) -> None:
        """Block until running jobs end (closing the window waits for them)."""
        QThreadPool.globalInstance().waitForDone()


def _show_progress(dialog: QProgressDialog, done: int, total: int) -> None:
    if total > 0:
        dialog.setMaximum(total)
        dialog.setValue(min(done, total))


def _count_existing(store: Store, archive: Archive) -> int:
    """How many of the archive's records already exist here (by id)."""
    count = 0
    for part in archive.parts:
        count += len(stored_ids(store.tandems, [part.tandem.id]))
        for table, records in part.records.items():
            count += len(stored_ids(store.repository_for(table),
                                    [record.id for record in records]))
    return count


def install_exchange_menus(window: QMainWindow) -> ExchangeMenus:
    """Called once at the end of MainWindow.__init__."""
    menus = ExchangeMenus(window, window.context)  # type: ignore[attr-defined]
    window.exchange_menus = menus  # type: ignore[attr-defined]
    return menus
