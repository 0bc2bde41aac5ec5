"""What every tab of the main window is: a widget that shows the current tandem.

A tab refreshes when the tandem changes and when a committed transaction
touched one of the tables it lists in ``watches``; while hidden it only notes
that it is stale and refreshes when shown.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from tandem_desktop.ui.context import AppContext


class StepTab(QWidget):
    watches: frozenset[str] = frozenset()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._stale = True
        context.tandemChanged.connect(self._on_tandem_changed)
        context.dayChanged.connect(self._mark_stale)
        context.dataChanged.connect(self._on_data_changed)

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload what the tab shows from the store."""

    def shutdown(self) -> None:
        """Stop background work (timers) before the window and its store go away."""

    def show_record(self, table: str, record_id: str) -> bool:
        """Bring one record into view; False when this tab does not hold it."""
        return False

    def _on_tandem_changed(self) -> None:
        self._mark_stale()

    def _on_data_changed(self, tables: frozenset[str]) -> None:
        if tables & self.watches:
            self._mark_stale()

    def _mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh_now()

    def refresh_now(self) -> None:
        self._stale = False
        if self.context.tandem is not None:
            self.refresh()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if self._stale:
            self.refresh_now()
