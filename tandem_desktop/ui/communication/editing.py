"""How the Communication pages save a record from a dialog and open their editors."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from tandem_desktop.ui.actions import run_action
from tandem_desktop.ui.widgets import FieldError


def add_or_update(repository: Any, existing: Any, values: dict[str, Any],
                  new: Callable[[], Any]) -> Any:
    """Store ``new()`` when there is no record yet, else the record with the values."""
    if existing is None:
        return repository.add(new())
    return repository.update(dataclasses.replace(existing, **values))


def save_and_close(dialog: Any, write: Callable[[], Any], field_error: FieldError) -> None:
    """One transaction for the dialog's record; then say which one was saved and close.

    A refused value shows at the field and a failed write in a message; in both cases
    the dialog stays open with what the user typed.
    """
    stored: list[Any] = []

    def save() -> None:
        with dialog.context.store.transaction():
            stored.append(write())

    if run_action(dialog, save, refused=lambda error: field_error.show_message(str(error))):
        dialog.saved.emit(stored[0].id)
        dialog.accept()


def show_editor(page: Any, dialog: QDialog) -> None:
    """Show an editor without blocking; when it saves, the page reloads and selects the record."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.saved.connect(lambda record_id: _show_saved(page, record_id))  # type: ignore[attr-defined]
    page.dialog = dialog
    dialog.show()


def _show_saved(page: Any, record_id: str) -> None:
    page.refresh()
    page.select(record_id)
