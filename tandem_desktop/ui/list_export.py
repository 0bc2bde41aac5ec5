""""Export as CSV…" in the context menu of the four lists that have a CSV form."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView


def add_csv_export(view: QAbstractItemView, what: str) -> QAction:
    """Offer the list's CSV export (tasks, questions, feedback or rules) on right-click.

    The export itself is File ▸ Export's: the whole list of the current tandem,
    written off the UI thread, spreadsheet formulas neutralised.
    """
    action = QAction(QCoreApplication.translate("ListExport", "Export as CSV…"), view)
    action.triggered.connect(lambda: _export(view, what))
    view.addAction(action)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    return action


def _export(view: QAbstractItemView, what: str) -> None:
    menus = getattr(view.window(), "exchange_menus", None)
    if menus is not None:
        menus.export_csv(what)
