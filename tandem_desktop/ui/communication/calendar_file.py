"""One .ics file in a chosen folder, kept up to date after every change of the check-ins,
for calendars that subscribe to a file (or a folder synced elsewhere).

The file is written under a temporary name and renamed (``exchange.ics`` does so),
so a calendar never reads half a file. A folder that vanished or cannot be written
to is reported once, without a dialog, and nothing else is held up: the next
change tries again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from tandem_desktop.exchange.ics import export_ics
from tandem_desktop.storage.errors import EnvironmentFault
from tandem_desktop.ui.communication.reminders import reminder_minutes
from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.translators import installed_translate

CALENDAR_FOLDER_KEY = "calendar/folder"
CALENDAR_FILE_NAME = "Tandem.ics"
# The tables whose changes show in the calendar.
SHOWN_IN_CALENDAR = frozenset({"checkin_series", "meeting", "tandem"})


def calendar_folder(context: AppContext) -> Path | None:
    """The folder chosen in Settings; None when no file is kept."""
    value = str(context.settings.value(CALENDAR_FOLDER_KEY, "") or "").strip()
    return Path(value) if value else None


class CalendarFileKeeper(QObject):
    """Writes the calendar file after each change (several changes at once: one write)."""

    def __init__(self, context: AppContext, tell: Callable[[str, str], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.tell = tell  # (title, text): a notice that does not block
        self.told = ""  # the last trouble told, so it is said once
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.write_now)
        context.dataChanged.connect(self._on_change)

    def _on_change(self, tables: frozenset[str]) -> None:
        if tables & SHOWN_IN_CALENDAR and calendar_folder(self.context) is not None:
            self._pending.start()

    def write_now(self) -> Path | None:
        """Write the file now; its path, or None when none is kept or it failed."""
        folder = calendar_folder(self.context)
        if folder is None:
            return None
        if not folder.is_dir():
            self._trouble(self.tr(
                "The calendar file is not kept up to date: the folder {folder} is not "
                "there any more. Choose another in Settings.").format(folder=str(folder)))
            return None
        path = folder / CALENDAR_FILE_NAME
        try:
            export_ics(self.context.store, path, translate=installed_translate,
                       reminder_minutes=reminder_minutes(self.context.settings))
        except (OSError, EnvironmentFault) as error:
            self._trouble(self.tr(
                "The calendar file {path} could not be written: {reason}").format(
                path=str(path), reason=str(error)))
            return None
        self.told = ""
        return path

    def _trouble(self, text: str) -> None:
        if text != self.told:
            self.told = text
            self.tell(self.tr("Calendar file"), text)
