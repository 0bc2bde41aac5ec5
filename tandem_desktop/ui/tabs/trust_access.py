"""The information & access register half of the Trust tab.

Which accounts, systems, documents, budgets and authorities are shared, with
which scope and since when; when each is due for review; what was revoked.
Secrets themselves are never stored. Views and filter run in SQL.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.domain.enums import AccessKind
from tandem_desktop.domain.records import AccessItem
from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.labels import access_kind_name
from tandem_desktop.ui.tabs.trust_common import UndoBar, guarded_write
from tandem_desktop.ui.tabs.trust_dialogs import AccessItemDialog
from tandem_desktop.ui.tabs.trust_models import ID_ROLE, AccessTableModel, one_line, show_date
from tandem_desktop.ui.widgets import plain_label


class AccessPanel(QWidget):
    """The register: views and filter, the list, the selected item and its actions."""

    summaryChanged = Signal()

    VIEWS = ("active", "due", "revoked", "all", "deleted")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialog: QDialog | None = None
        self._current: AccessItem | None = None
        self._fitted = False
        self._split = False

        self.view_combo = QComboBox(self)
        self.view_combo.setAccessibleName(self.tr("Which access items"))
        for view, label in zip(self.VIEWS, (
            self.tr("Active"), self.tr("Due for review"), self.tr("Revoked"), self.tr("All"),
            self.tr("Deleted"),
        ), strict=True):
            self.view_combo.addItem(label, view)
        self.view_combo.currentIndexChanged.connect(self.reload)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr("Filter by title, scope or notes"))
        self.filter_edit.setAccessibleName(self.tr("Filter access items"))
        self.filter_edit.textChanged.connect(self.reload)
        self.new_button = QPushButton(self.tr("&New access item…"), self)
        self.new_button.clicked.connect(self.new_item)
        top = QHBoxLayout()
        top.addWidget(self.view_combo)
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.new_button)

        self.model = AccessTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self.table.setAccessibleName(self.tr("Access items"))
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.empty_label = plain_label("", self)

        detail = QWidget(self)
        self.meta_label = plain_label("", detail)
        self.meta_label.setObjectName("accessMeta")
        self.detail_text = QPlainTextEdit(detail)
        self.detail_text.setReadOnly(True)
        self.detail_text.setTabChangesFocus(True)
        self.detail_text.setAccessibleName(self.tr("Selected access item"))
        self.edit_button = QPushButton(self.tr("Edi&t…"), detail)
        self.edit_button.clicked.connect(self.edit_current)
        self.reviewed_button = QPushButton(self.tr("Re&viewed"), detail)
        self.reviewed_button.setToolTip(self.tr(
            "Still needed as it is: the next review moves on by the interval"))
        self.reviewed_button.clicked.connect(self.mark_reviewed)
        self.revoke_button = QPushButton(self.tr("Re&voke"), detail)
        self.revoke_button.clicked.connect(self.revoke_or_reinstate)
        self.delete_button = QPushButton(self.tr("&Delete"), detail)
        self.delete_button.clicked.connect(self.delete_current)
        self.restore_button = QPushButton(self.tr("&Restore"), detail)
        self.restore_button.clicked.connect(self.restore_current)
        row_one, row_two = QHBoxLayout(), QHBoxLayout()
        for button in (self.edit_button, self.reviewed_button):
            row_one.addWidget(button)
        for button in (self.revoke_button, self.delete_button, self.restore_button):
            row_two.addWidget(button)
        row_one.addStretch(1)
        row_two.addStretch(1)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.meta_label)
        detail_layout.addWidget(self.detail_text, 1)
        detail_layout.addLayout(row_one)
        detail_layout.addLayout(row_two)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
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
            open_key.activated.connect(self.edit_current)
        self._show_item(None)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        if not self._split:
            # The list gets most of the room until the user moves the splitter.
            width = self.splitter.width()
            self.splitter.setSizes([width * 64 // 100, width - width * 64 // 100])

    # -- loading --------------------------------------------------------------
    def view(self) -> str:
        return str(self.view_combo.currentData())

    def set_view(self, view: str) -> None:
        self.view_combo.setCurrentIndex(self.VIEWS.index(view))

    def reload(self) -> None:
        if self.context.tandem is None:
            return
        keep = self._current.id if self._current else None
        today = self.context.clock.today()
        rows = self.context.store.access_items.lines(
            self.context.tandem_id, self.view(), today, self.filter_edit.text())
        self.model.set_rows(rows, today)
        if not self._fitted:
            self._fitted = True
            self.fit_columns()
        if self.model.rowCount():
            self.empty_label.hide()
        else:
            self.empty_label.setText(
                self.tr("No item matches the filter.") if self.filter_edit.text().strip()
                else self.tr("Nothing here. Record which accounts, systems, documents and "
                             "budgets you share – never the passwords themselves."))
            self.empty_label.show()
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and self.model.rowCount() and not self.filter_edit.hasFocus():
            row = 0
        self._select_row(row)

    def _select_row(self, row: int) -> None:
        if row < 0:
            self.table.selectionModel().clear()
            self._show_item(None)
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        self._show_current()

    def fit_columns(self) -> None:
        """Size the columns to what they hold in this language; the title gets room."""
        header = self.table.horizontalHeader()
        cell = self.table.fontMetrics()
        bold = header.fontMetrics()
        day = show_date("2026-12-28")
        samples = {
            AccessTableModel.TITLE: ["n" * 24],
            AccessTableModel.KIND: [access_kind_name(kind.value) for kind in AccessKind],
            AccessTableModel.AREA: ["n" * 15],
            AccessTableModel.GRANTED: [day],
            AccessTableModel.REVIEW: [
                QCoreApplication.translate("AccessTableModel", "{date} · overdue").format(date=day),
                QCoreApplication.translate("AccessTableModel", "Revoked {date}").format(date=day)],
        }
        for column, texts in samples.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max([bold.horizontalAdvance(title) + 24]
                        + [cell.horizontalAdvance(text) + 16 for text in texts])
            header.resizeSection(column, width)

    def select(self, item_id: str) -> bool:
        try:
            item = self.context.store.access_items.get(item_id, include_deleted=True)
        except KeyError:
            return False
        if item.tandem_id != self.context.tandem_id:
            return False
        if self.model.row_of(item_id) < 0:
            self.filter_edit.blockSignals(True)
            self.filter_edit.clear()
            self.filter_edit.blockSignals(False)
            wanted = "deleted" if item.deleted_at else (
                "revoked" if item.revoked_on else "active")
            self._current = item
            if self.view() != wanted:
                self.set_view(wanted)
            else:
                self.reload()
        self._select_row(self.model.row_of(item_id))
        self.table.setFocus()
        return True

    def _show_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self._show_item(None)
            return
        try:
            item = self.context.store.access_items.get(
                str(self.model.data(index, ID_ROLE)), include_deleted=True)
        except KeyError:
            item = None
        self._show_item(item)

    def _show_item(self, item: AccessItem | None) -> None:
        self._current = item
        deleted = item is not None and item.deleted_at is not None
        for button in (self.edit_button, self.reviewed_button, self.revoke_button,
                       self.delete_button):
            button.setVisible(not deleted)
            button.setEnabled(item is not None)
        self.restore_button.setVisible(deleted)
        if item is None:
            self.meta_label.setText(self.tr("Select an item to see it in full."))
            self.detail_text.setPlainText("")
            return
        self.meta_label.setText(self._meta(item))
        parts = [item.title]
        if item.scope:
            parts += ["", self.tr("Scope:"), item.scope]
        if item.notes:
            parts += ["", self.tr("Notes:"), item.notes]
        self.detail_text.setPlainText("\n".join(parts))
        self.reviewed_button.setEnabled(bool(item.review_months) and not item.revoked_on)
        self.revoke_button.setText(self.tr("Rein&state") if item.revoked_on
                                   else self.tr("Re&voke"))

    def _meta(self, item: AccessItem) -> str:
        parts = [access_kind_name(item.kind)]
        area = self.context.store.areas.find(item.area_id)
        if area is not None:
            parts.append(self.tr("area: {name}").format(name=one_line(area.name, 60)))
        if item.granted_on:
            parts.append(self.tr("granted {date}").format(date=show_date(item.granted_on)))
        if item.revoked_on:
            parts.append(self.tr("revoked {date}").format(date=show_date(item.revoked_on)))
        elif item.review_months and item.review_on:
            parts.append(self.tr("review every {months} months, next on {date}").format(
                months=item.review_months, date=show_date(item.review_on)))
        if item.deleted_at:
            parts.append(self.tr("in the Trash"))
        return " · ".join(parts)

    # -- actions ----------------------------------------------------------------
    def _areas(self) -> list[tuple[str, str]]:
        return [(area.id, area.name)
                for area in self.context.store.areas.for_tandem(self.context.tandem_id)]

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        dialog.open()

    def new_item(self) -> None:
        if self.context.tandem is None:
            return
        self._open(AccessItemDialog(self.window(), self._save_new,
                                    today=self.context.clock.today(), areas=self._areas()))

    def _save_new(self, dialog: QDialog) -> bool:
        assert isinstance(dialog, AccessItemDialog)
        record = AccessItem(tandem_id=self.context.tandem_id,
                            **dialog.record_values())  # type: ignore[arg-type]
        added: list[AccessItem] = []
        if not guarded_write(dialog, lambda: added.append(
                self.context.store.access_items.add(record))):
            return False
        self.summaryChanged.emit()
        if self.isVisible():
            self.select(added[0].id)
        return True

    def edit_current(self) -> None:
        item = self._current
        if item is None or item.deleted_at:
            return
        self._open(AccessItemDialog(self.window(), self._save_edit,
                                    today=self.context.clock.today(), areas=self._areas(),
                                    item=item))

    def _save_edit(self, dialog: QDialog) -> bool:
        assert isinstance(dialog, AccessItemDialog) and dialog.item is not None
        changed = dataclasses.replace(dialog.item, **dialog.record_values())  # type: ignore[arg-type]
        return self._write(lambda: self.context.store.access_items.update(changed), dialog)

    def mark_reviewed(self) -> None:
        item = self._current
        if item is None:
            return
        today = self.context.clock.today()
        self._write(lambda: self.context.store.access_items.mark_reviewed(item.id, today))

    def revoke_or_reinstate(self) -> None:
        item = self._current
        if item is None:
            return
        items = self.context.store.access_items
        if item.revoked_on:
            self._write(lambda: items.reinstate(item.id))
            return
        today = self.context.today_iso()
        if self._write(lambda: items.revoke(item.id, today)):
            # The item leaves the active views; say where it went and offer the way back.
            self.undo_bar.offer(
                self.tr("Revoked on {date}: “{title}” (see the Revoked view)").format(
                    date=show_date(today), title=one_line(item.title, 80)),
                lambda: self._write(lambda: items.reinstate(item.id)))

    def delete_current(self) -> None:
        item = self._current
        if item is None or item.deleted_at:
            return
        if self._write(lambda: self.context.store.access_items.delete(item.id)):
            self.undo_bar.offer(
                self.tr("Moved to the Trash: “{title}”").format(title=one_line(item.title, 80)),
                lambda: self._restore(item.id))

    def restore_current(self) -> None:
        if self._current is not None and self._current.deleted_at:
            self._restore(self._current.id)

    def _restore(self, item_id: str) -> None:
        if self._write(lambda: self.context.store.access_items.restore(item_id)):
            self.undo_bar.hide()
            self.select(item_id)

    def _write(self, work, parent: QWidget | None = None) -> bool:  # type: ignore[no-untyped-def]
        if not guarded_write(parent or self, work):
            return False
        self.summaryChanged.emit()
        return True
