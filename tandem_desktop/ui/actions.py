"""Running a write the user asked for, and the one thing said when it fails.

A write can fail for reasons of the machine (a full disk, a locked or damaged
file) or because the storage layer refuses a value. Either way nothing that was
saved before is lost, the window stays as it is with what the user typed, and
one message says so, with the reason. ``run_action`` runs a write that way;
``show_not_saved`` is that message, for the places that catch the error themselves.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from tandem_desktop.storage.errors import StorageError, ValidationError
from tandem_desktop.ui.widgets import inform


def show_not_saved(parent: QWidget | None, error: StorageError) -> None:
    """Say that a change was not saved, why, and that nothing saved before is lost."""
    reason = error.message if isinstance(error, ValidationError) else str(error)
    inform(parent, QCoreApplication.translate("RunAction", "Not saved"),
           QCoreApplication.translate(
               "RunAction",
               "This change was not saved; nothing that was saved before is lost.\n{reason}",
           ).format(reason=reason), warning=True)


def run_action(parent: QWidget | None, action: Callable[[], object], *,
               refused: Callable[[ValidationError], None] | None = None) -> bool:
    """Run one write; True when it went through, False (after saying why) when not.

    ``refused`` takes a value the storage layer refused, for a form that shows it at
    the field concerned; without it, a refused value is explained like any failure.
    """
    try:
        action()
    except ValidationError as error:
        if refused is None:
            show_not_saved(parent, error)
        else:
            refused(error)
        return False
    except StorageError as error:
        show_not_saved(parent, error)
        return False
    return True
