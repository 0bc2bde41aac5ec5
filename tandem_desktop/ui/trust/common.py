"""Pieces both halves of the Trust tab share: the list page, the undo bar, guarded writes."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.ui.actions import run_action
from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.table_model import ID_ROLE
from tandem_desktop.ui.widgets import plain_label


class UndoBar(QWidget):
    """A line that says what just happened, with a button to take it back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.message = plain_label("", self)
        self.undo_button = QPushButton(self.tr("&Undo"), self)
        self.undo_button.clicked.connect(self._undo)
        self.close_button = QPushButton(self.tr("Dismiss"), self)
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.close_button)
        self._action: Callable[[], object] | None = None
        self.hide()

    def offer(self, message: str, undo: Callable[[], object]) -> None:
        self.message.setText(message)
        self._action = undo
        self.show()

    def _undo(self) -> None:
        action, self._action = self._action, None
        self.hide()
        if action is not None:
            action()


class TrustListPage(QWidget):
    """One half of the Trust tab: views and filter on top, the list beside the selected record.

    Subclasses build their own detail side and say how to load, show and restore a
    record; the layout, keyboard, selection keeping and writes are the same for both.
    """

    VIEWS: tuple[str, ...] = ()
    empty_label: QLabel  # made by the subclass: its wording is its own

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialog: QDialog | None = None
        self._current: Any = None
        self._fitted = False
        self._split = False

    # -- building (called by the subclass in the order the widgets are made) ------
    def _build_top(self, which: str, labels: Sequence[str], hint: str, filter_name: str,
                   new_text: str, on_new: Callable[[], object]) -> QHBoxLayout:
        """The view combo, the filter field and the New button, in one row."""
        self.view_combo = QComboBox(self)
        self.view_combo.setAccessibleName(which)
        for view, label in zip(self.VIEWS, labels, strict=True):
            self.view_combo.addItem(label, view)
        self.view_combo.currentIndexChanged.connect(self.reload)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(hint)
        self.filter_edit.setAccessibleName(filter_name)
        self.filter_edit.textChanged.connect(self.reload)
        self.new_button = QPushButton(new_text, self)
        self.new_button.clicked.connect(on_new)
        top = QHBoxLayout()
        top.addWidget(self.view_combo)
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.new_button)
        return top

    def _build_table(self, model: Any, stretch_column: int, name: str,
                     on_open: Callable[[], object]) -> QTableView:
        """The list: whole rows, one at a time, fixed row height, one stretching column."""
        self.model = model
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self.table.setAccessibleName(name)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.table.doubleClicked.connect(lambda _index: on_open())
        return self.table

    def _build_trash_buttons(self, detail: QWidget) -> None:
        """Delete and Restore: only one of them shows, by whether the record is deleted."""
        self.delete_button = QPushButton(self.tr("&Delete"), detail)
        self.delete_button.clicked.connect(self.delete_current)
        self.restore_button = QPushButton(self.tr("&Restore"), detail)
        self.restore_button.clicked.connect(self.restore_current)

    def _build_left(self) -> QVBoxLayout:
        """The list with the empty-list note below it; returns the layout for more rows."""
        self._left = QWidget(self)
        left_layout = QVBoxLayout(self._left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty_label)
        return left_layout

    def _build_frame(self, top: QHBoxLayout, detail: QWidget,
                     on_open: Callable[[], object]) -> None:
        """Splitter, undo bar and the list's Delete / Return keys."""
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self._left)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.splitterMoved.connect(lambda *_: setattr(self, "_split", True))

        self.undo_bar = UndoBar(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.splitter, 1)

        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_current)
        for keys in ("Return", "Enter"):
            open_key = QShortcut(QKeySequence(keys), self.table)
            open_key.setContext(Qt.ShortcutContext.WidgetShortcut)
            open_key.activated.connect(on_open)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        if not self._split:
            # The list gets most of the room until the user moves the splitter.
            width = self.splitter.width()
            self.splitter.setSizes([width * 64 // 100, width - width * 64 // 100])

    # -- what the subclass provides -------------------------------------------------
    def reload(self) -> None:
        raise NotImplementedError

    def fit_columns(self) -> None:
        raise NotImplementedError

    def _load(self, record_id: str) -> Any:
        """The record with this id, deleted or not; None when it is gone."""
        raise NotImplementedError

    def _show_record(self, record: Any) -> None:
        raise NotImplementedError

    def delete_current(self) -> None:
        raise NotImplementedError

    def _restore(self, record_id: str) -> None:
        raise NotImplementedError

    # -- loading --------------------------------------------------------------------
    def view(self) -> str:
        return str(self.view_combo.currentData())

    def set_view(self, view: str) -> None:
        self.view_combo.setCurrentIndex(self.VIEWS.index(view))

    def _fit_once(self) -> None:
        if not self._fitted:
            self._fitted = True
            self.fit_columns()

    def _fit_samples(self, samples: dict[int, Iterable[str]]) -> None:
        """Size each column to its title and the longest of its sample texts."""
        header = self.table.horizontalHeader()
        cell = self.table.fontMetrics()
        bold = header.fontMetrics()
        for column, texts in samples.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max([bold.horizontalAdvance(title) + 24]
                        + [cell.horizontalAdvance(text) + 16 for text in texts])
            header.resizeSection(column, width)

    def _reselect(self, keep: str | None) -> None:
        """After a reload: the row shown before, else the first (unless typing a filter)."""
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and self.model.rowCount() and not self.filter_edit.hasFocus():
            row = 0
        self._select_row(row)

    def _select_row(self, row: int) -> None:
        if row < 0:
            self.table.selectionModel().clear()
            self._show_record(None)
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        self._show_current()

    def _switch_to(self, record: Any, view: str) -> None:
        """Show the view that holds the record, without the filter hiding it."""
        self.filter_edit.blockSignals(True)
        self.filter_edit.clear()
        self.filter_edit.blockSignals(False)
        self._current = record
        if self.view() != view:
            self.set_view(view)  # reloads
        else:
            self.reload()

    def _show_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self._show_record(None)
            return
        self._show_record(self._load(str(self.model.data(index, ID_ROLE))))

    # -- actions --------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        dialog.open()

    def _add_and_show(self, dialog: QDialog, add: Callable[[], Any]) -> bool:
        """Save a new record from its dialog and, when the page is shown, select it."""
        added: list[Any] = []
        if not run_action(dialog, lambda: added.append(add())):
            return False
        if self.isVisible():
            self.select(added[0].id)
        return True

    def select(self, record_id: str) -> bool:
        raise NotImplementedError

    def _delete_with_undo(self, record_id: str, work: Callable[[], object],
                          message: str) -> None:
        if self._write(work):
            self.undo_bar.offer(message, lambda: self._restore(record_id))

    def restore_current(self) -> None:
        if self._current is not None and self._current.deleted_at:
            self._restore(self._current.id)

    def _after_restore(self, record_id: str) -> None:
        self.undo_bar.hide()
        self.select(record_id)

    def _write(self, work: Callable[[], object], parent: QWidget | None = None) -> bool:
        """One user action; the list and header follow the change notice."""
        return run_action(parent or self, work)
