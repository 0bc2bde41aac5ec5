"""The base of the app's item models: rows handed in by a tab, shown in fixed columns.

A model never touches the database. The tab runs the query (filtered and sorted
in SQL, or in its own row list) and hands the rows in with ``set_rows``, which
resets the model; whatever else a model needs to word its rows (today's date,
the partners' names …) the tab sets as attributes just before. A long list can
arrive one page at a time: ``set_rows(first_page, total)`` with a ``loader``, and
the view asks for the next page when it scrolls to the end (``fetchMore``).

A subclass names its columns as constants, gives their titles in ``headers()``,
the text of a cell in ``cell()`` and, in ``tooltip()``, text that the base shows
literally (never as rich text). ``extra()`` answers any other role. Every model
answers ``RECORD_ROLE`` with the row itself and ``ID_ROLE`` with its record's id.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from operator import indexOf
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from tandem_desktop.ui.widgets import literal_tooltip

Index = QModelIndex | QPersistentModelIndex
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1  # the row itself
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the id of the record the row stands for

T = TypeVar("T")


class RowTableModel(QAbstractTableModel, Generic[T]):
    """Rows of one kind in fixed columns, read-only unless a subclass says otherwise."""

    #: Each cell's own text is its tooltip (for narrow columns that elide long text).
    cell_tooltips = False

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []
        self._total = 0
        # Counted once: views ask for it with every index, and headers() translates.
        self._columns = len(self.headers())
        #: Gives the rows after the first ``offset`` ones, for lists handed in by pages.
        self.loader: Callable[[int], Sequence[T]] | None = None

    # -- what a subclass says ---------------------------------------------------------
    def headers(self) -> Sequence[str]:
        """The column titles, in the user's language."""
        raise NotImplementedError

    def cell(self, row: T, column: int) -> str:
        raise NotImplementedError

    def tooltip(self, row: T, column: int) -> str | None:
        """Text to show when pointing at a cell, or None for no tooltip."""
        return self.cell(row, column) if self.cell_tooltips else None

    def extra(self, row: T, column: int, role: int) -> Any:
        """Any other role of a cell (colours, fonts, check boxes …)."""
        return None

    def row_id(self, row: T) -> str | None:
        """The id of the record a row stands for."""
        return getattr(row, "id", None)

    # -- rows -------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[T], total: int | None = None) -> None:
        """Show ``rows``; ``total`` is the length of the whole list when they are its first page."""
        self.beginResetModel()
        self._rows = list(rows)
        self._total = len(self._rows) if total is None else total
        self.endResetModel()

    @property
    def rows(self) -> Sequence[T]:
        """The rows shown, in their order (not to be changed in place)."""
        return self._rows

    def row_at(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: str) -> int:
        """The row that stands for ``record_id``, or -1."""
        try:
            return indexOf(map(self.row_id, self._rows), record_id)
        except ValueError:
            return -1

    # -- Qt ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._columns

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            titles = self.headers()
            return titles[section] if 0 <= section < len(titles) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        number = index.row()
        if not index.isValid() or not 0 <= number < len(self._rows):
            return None
        row = self._rows[number]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.tooltip(row, index.column())
            return literal_tooltip(tip) if tip else None
        if role == RECORD_ROLE:
            return row
        if role == ID_ROLE:
            return self.row_id(row)
        return self.extra(row, index.column(), role)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return self.loader is not None and not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.loader is None or parent.isValid():
            return
        more = self.loader(len(self._rows))
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()


class RowListModel(RowTableModel[T]):
    """One column for a list view; ``cell(row, 0)`` is what a row shows."""

    def headers(self) -> Sequence[str]:
        return ("",)
