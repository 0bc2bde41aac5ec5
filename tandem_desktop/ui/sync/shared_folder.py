"""What the share and join dialogs have in common: the field for the shared folder,
the busy line while the work runs off the UI thread, and the words for a folder
that cannot be used.

The work itself runs as an ``ExchangeJob`` (the mechanism of export and import):
a pool thread with its own connection to the data file, reporting by signal.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.exchange_menus import ExchangeJob, Work
from tandem_desktop.ui.widgets import plain_label

FOLDER_KEY = "sync/folder"  # the folder chosen last, where the chooser opens next time


class FolderField(QWidget):
    """A path the user types or picks with "Choose…" (the system's folder chooser)."""

    def __init__(self, context: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.title = title
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(self.tr("Shared folder"))
        self.edit.setPlaceholderText(self.tr("e.g. your Syncthing or Nextcloud folder"))
        self.choose = QPushButton(self.tr("Choose…"), self)
        self.choose.clicked.connect(self._choose)
        row.addWidget(self.edit, 1)
        row.addWidget(self.choose)

    def ask_folder(self) -> str:
        """The system's folder chooser (tests type the path instead)."""
        start = self.edit.text().strip() or str(
            self.context.settings.value(FOLDER_KEY, str(Path.home())))
        return QFileDialog.getExistingDirectory(self, self.title, start)

    def _choose(self) -> None:
        chosen = self.ask_folder()
        if chosen:
            self.edit.setText(chosen)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None

    def remember(self) -> None:
        path = self.path()
        if path is not None:
            self.context.settings.setValue(FOLDER_KEY, str(path))


class BusyLine(QWidget):
    """A running bar with a line of text; shown while a job runs."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = plain_label(text, self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # no end known: the bar runs
        self.bar.setTextVisible(False)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.hide()


def start_job(context: AppContext, work: Work, done: Callable[[Any], None],
              failed: Callable[[str], None]) -> ExchangeJob:
    """Run ``work(store, progress)`` on a pool thread; ``done`` or ``failed`` in the UI thread.

    The caller keeps the job until it reports (it is not deleted by the pool).
    """
    job = ExchangeJob(context, work)
    job.setAutoDelete(False)
    job.signals.done.connect(done)
    job.signals.failed.connect(failed)
    QThreadPool.globalInstance().start(job)
    return job


def folder_problem_text(reason: str) -> str:
    """What to say for a FolderProblem's reason (or "unreachable" for an OSError)."""
    translate = QCoreApplication.translate
    if reason == "missing":
        return translate("SharedFolder", "The shared folder is missing or not mounted, or it "
                         "holds no shared tandem.")
    if reason == "other-tandem":
        return translate("SharedFolder", "The shared folder now belongs to another tandem.")
    if reason == "newer-format":
        return translate("SharedFolder", "The shared folder was written by a newer Tandem. "
                         "Update Tandem to keep working together.")
    if reason == "damaged":
        return translate("SharedFolder", "The shared folder's marker file cannot be read.")
    return translate("SharedFolder", "The shared folder cannot be used right now.")
