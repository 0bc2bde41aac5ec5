"""Explaining faults at start, and recovering from a damaged data file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from tandem_desktop.domain.clock import Clock
from tandem_desktop.storage.backups import Backups
from tandem_desktop.storage.errors import (
    CorruptDatabaseError,
    DataFolderError,
    LockedError,
    NewerSchemaError,
    StorageError,
)
from tandem_desktop.storage.sync_folder import SyncedLocation


def explain_fault(fault: StorageError, data_dir: Path) -> str:
    """What happened and what was kept, in the user's language."""
    if isinstance(fault, LockedError):
        return QCoreApplication.translate(
            "Recovery",
            "Tandem is already running with the data folder {folder}. Switch to the open "
            "window; a second copy would risk overwriting its changes.",
        ).format(folder=str(data_dir))
    if isinstance(fault, NewerSchemaError):
        return QCoreApplication.translate(
            "Recovery",
            "The data in {folder} was saved by a newer version of Tandem (format {found}; "
            "this version reads up to {supported}). Please install the newer version. The "
            "file has not been changed.",
        ).format(folder=str(data_dir), found=fault.found, supported=fault.supported)
    if isinstance(fault, DataFolderError):
        return QCoreApplication.translate(
            "Recovery",
            "The data folder {folder} cannot be used: {reason}. Nothing was deleted or "
            "created. Choose another folder with --data-dir or fix the folder's permissions.",
        ).format(folder=str(fault.folder), reason=fault.reason)
    if isinstance(fault, CorruptDatabaseError):
        return QCoreApplication.translate(
            "Recovery",
            "The data file could not be read ({reason}). It was not deleted: it has been "
            "moved aside as {name}.",
        ).format(reason=fault.reason, name=fault.moved_to.name)
    return QCoreApplication.translate(
        "Recovery", "The data could not be opened: {reason}. Nothing was changed."
    ).format(reason=str(fault))


def offer_recovery(
    damaged: CorruptDatabaseError,
    data_dir: Path,
    clock: Clock,
    *,
    interactive: bool,
    restore: Callable[[Path, Path], None],
) -> bool:
    """Offer the newest verified backup or a fresh start; False means quit."""
    backup = Backups(data_dir, clock).newest_verified()
    text = explain_fault(damaged, data_dir)
    if not interactive:
        print(text)
        if backup is not None:
            restore(backup.path, data_dir)
            print(
                QCoreApplication.translate("Recovery", "Restored the backup of {date}.").format(
                    date=backup.taken_at.isoformat()
                )
            )
        return True
    box = QMessageBox(
        QMessageBox.Icon.Warning, QCoreApplication.translate("Recovery", "Data file damaged"), text
    )
    box.setTextFormat(box.textFormat().PlainText)
    restore_button = None
    if backup is not None:
        box.setInformativeText(
            QCoreApplication.translate(
                "Recovery", "The newest intact backup is from {date}."
            ).format(date=backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M"))
        )
        restore_button = box.addButton(
            QCoreApplication.translate("Recovery", "Restore that backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    fresh = box.addButton(
        QCoreApplication.translate("Recovery", "Start with an empty file"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(QCoreApplication.translate("Recovery", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    if restore_button is not None and clicked is restore_button and backup is not None:
        restore(backup.path, data_dir)
        return True
    return clicked is fresh


def sync_folder_warning(data_dir: Path, location: SyncedLocation) -> str:
    """Why a data folder in a synced or network folder puts the data at risk."""
    if location.is_network:
        where = QCoreApplication.translate("Recovery", "on a network drive ({root})").format(
            root=str(location.root))
    else:
        where = QCoreApplication.translate("Recovery", "in a {service} folder ({root})").format(
            service=location.service, root=str(location.root))
    return QCoreApplication.translate(
        "Recovery",
        "The data folder {folder} lies {where}.\nA sync program copies the database while "
        "Tandem writes to it, and network drives do not keep SQLite's locks: either can "
        "damage the file or bring back an old copy. Please move the data folder to a local "
        "folder (start Tandem with --data-dir) and use File ▸ Back up now for copies.",
    ).format(folder=str(data_dir), where=where)


__all__ = ["DataFolderError", "explain_fault", "offer_recovery", "sync_folder_warning"]
