"""What every part of the window shares: the store, the current tandem, settings,
the translators.

Built once by ``app.py`` and passed in; no module-level singletons. Storage
change notices arrive here as one Qt signal that views refresh on.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal

from tandem_desktop.domain.clock import Clock, SystemClock
from tandem_desktop.domain.tandem import Role
from tandem_desktop.storage.files import make_private
from tandem_desktop.ui.translators import Translators

if TYPE_CHECKING:
    from tandem_desktop.domain.tandem import Tandem
    from tandem_desktop.storage.store import Store

# The settings file in the data folder, and the keys more than one module reads.
SETTINGS_NAME = "settings.ini"
LANGUAGE_KEY = "language"
THEME_KEY = "theme"
REMINDER_KEY = "reminder_minutes"
DEFAULT_REMINDER_MINUTES = 10


class AppContext(QObject):
    tandemChanged = Signal()
    # The Overview shows every active tandem at once (True) or the current one.
    allTandemsChanged = Signal(bool)
    # The names of the tables a committed transaction touched.
    dataChanged = Signal(frozenset)
    # A request to show one record: (table, record id).
    openRecord = Signal(str, str)
    # The date changed while the app runs (midnight, or the computer woke up):
    # whatever is due, overdue or "in N days" must be worked out again.
    dayChanged = Signal()
    # A sync round applied the partner's changes: the tables they touched (after
    # dataChanged for the same tables). Open forms offer to show the new values.
    partnerChanged = Signal(frozenset)
    # A tandem began or stopped being shared (share, join, stop sharing): its id.
    sharingChanged = Signal(str)

    def __init__(
        self,
        store: Store,
        data_dir: Path,
        clock: Clock | None = None,
        translators: Translators | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.data_dir = data_dir
        self.clock: Clock = clock or SystemClock()
        # Without translators of its own (tests, tools) the window speaks English.
        self.translators = translators or Translators()
        self.settings = QSettings(str(data_dir / SETTINGS_NAME), QSettings.Format.IniFormat)
        make_private(data_dir / SETTINGS_NAME)
        self._tandem: Tandem | None = None
        self._all_tandems = False
        store.database.notifier.subscribe(self._on_change)

    def _on_change(self, tables: frozenset[str]) -> None:
        if "tandem" in tables and self._tandem is not None:
            self._tandem = self.store.tandems.find(self._tandem.id)
        self.dataChanged.emit(tables)

    @property
    def language(self) -> str:
        """The language the window speaks: "de" or "en"."""
        return self.translators.language

    @property
    def tandem(self) -> Tandem | None:
        return self._tandem

    @property
    def tandem_id(self) -> str:
        if self._tandem is None:
            raise RuntimeError("no tandem is open")
        return self._tandem.id

    @property
    def my_role(self) -> Role:
        return Role(self._tandem.my_role) if self._tandem else Role.ASSISTANT

    @property
    def partner_role(self) -> Role:
        return self.my_role.partner

    def name_of(self, role: Role | str) -> str:
        """The person's name for a role in the current tandem."""
        if self._tandem is None:
            return ""
        if Role(role) is Role.LEADER:
            return self._tandem.leader_name
        return self._tandem.assistant_name

    def set_tandem(self, tandem: Tandem | None) -> None:
        self._tandem = tandem
        if tandem is not None:
            self.settings.setValue("last_tandem", tandem.id)
        self.show_all_tandems(False)  # picking a tandem leaves the all-tandems view
        self.tandemChanged.emit()

    @property
    def all_tandems(self) -> bool:
        """Whether the Overview (and the search) span every active tandem; the tabs
        still hold the current tandem."""
        return self._all_tandems

    def show_all_tandems(self, on: bool) -> None:
        if on != self._all_tandems:
            self._all_tandems = on
            self.allTandemsChanged.emit(on)

    def save_settings(self) -> None:
        """Write the settings file now; like the database it is readable only by its owner."""
        self.settings.sync()
        make_private(self.data_dir / SETTINGS_NAME)

    def today_iso(self) -> str:
        return self.clock.today().isoformat()
