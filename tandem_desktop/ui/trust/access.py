"""The information & access register half of the Trust tab.

Which accounts, systems, documents, budgets and authorities are shared, with
which scope and since when; when each is due for review; what was revoked.
Secrets themselves are never stored. Views and filter run in SQL.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.domain.enums import AccessKind
from tandem_desktop.domain.records import AccessItem
from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.dates import date_text
from tandem_desktop.ui.labels import access_kind_name
from tandem_desktop.ui.trust.common import TrustListPage
from tandem_desktop.ui.trust.dialogs import AccessItemDialog
from tandem_desktop.ui.trust.models import AccessTableModel, one_line
from tandem_desktop.ui.widgets import plain_label


class AccessPanel(TrustListPage):
    """The register: views and filter, the list, the selected item and its actions."""

    VIEWS = ("active", "due", "revoked", "all", "deleted")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        top = self._build_top(
            self.tr("Which access items"),
            (self.tr("Active"), self.tr("Due for review"), self.tr("Revoked"), self.tr("All"),
             self.tr("Deleted")),
            self.tr("Filter by title, scope or notes"), self.tr("Filter access items"),
            self.tr("&New access item…"), self.new_item)
        self._build_table(AccessTableModel(self), 2, self.tr("Access items"), self.edit_current)
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
        self._build_trash_buttons(detail)
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

        self._build_left()
        self._build_frame(top, detail, self.edit_current)
        self._show_record(None)

    # -- loading --------------------------------------------------------------
    def reload(self) -> None:
        if self.context.tandem is None:
            return
        keep = self._current.id if self._current else None
        today = self.context.clock.today()
        rows = self.context.store.access_items.lines(
            self.context.tandem_id, self.view(), today, self.filter_edit.text())
        self.model.today = today
        self.model.set_rows(rows)
        self._fit_once()
        if self.model.rowCount():
            self.empty_label.hide()
        else:
            self.empty_label.setText(
                self.tr("No item matches the filter.") if self.filter_edit.text().strip()
                else self.tr("Nothing here. Record which accounts, systems, documents and "
                             "budgets you share – never the passwords themselves."))
            self.empty_label.show()
        self._reselect(keep)

    def fit_columns(self) -> None:
        """Size the columns to what they hold in this language; the title gets room."""
        day = date_text("2026-12-28")
        self._fit_samples({
            AccessTableModel.TITLE: ["n" * 24],
            AccessTableModel.KIND: [access_kind_name(kind.value) for kind in AccessKind],
            AccessTableModel.AREA: ["n" * 15],
            AccessTableModel.GRANTED: [day],
            AccessTableModel.REVIEW: [
                QCoreApplication.translate("AccessTableModel", "{date} · overdue").format(date=day),
                QCoreApplication.translate("AccessTableModel", "Revoked {date}").format(date=day)],
        })

    def select(self, item_id: str) -> bool:
        try:
            item = self.context.store.access_items.get(item_id, include_deleted=True)
        except KeyError:
            return False
        if item.tandem_id != self.context.tandem_id:
            return False
        if self.model.row_of(item_id) < 0:
            self._switch_to(item, "deleted" if item.deleted_at else (
                "revoked" if item.revoked_on else "active"))
        self._select_row(self.model.row_of(item_id))
        self.table.setFocus()
        return True

    def _load(self, record_id: str) -> AccessItem | None:
        try:
            return self.context.store.access_items.get(record_id, include_deleted=True)
        except KeyError:
            return None

    def _show_record(self, item: AccessItem | None) -> None:
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
            parts.append(self.tr("granted {date}").format(date=date_text(item.granted_on)))
        if item.revoked_on:
            parts.append(self.tr("revoked {date}").format(date=date_text(item.revoked_on)))
        elif item.review_months and item.review_on:
            parts.append(self.tr("review every %n month(s), next on {date}", None,
                                 item.review_months).format(date=date_text(item.review_on)))
        if item.deleted_at:
            parts.append(self.tr("in the Trash"))
        return " · ".join(parts)

    # -- actions ----------------------------------------------------------------
    def _areas(self) -> list[tuple[str, str]]:
        return [(area.id, area.name)
                for area in self.context.store.areas.for_tandem(self.context.tandem_id)]

    def new_item(self) -> None:
        if self.context.tandem is None:
            return
        self._open(AccessItemDialog(self.window(), self._save_new,
                                    today=self.context.clock.today(), areas=self._areas()))

    def _save_new(self, dialog: QDialog) -> bool:
        assert isinstance(dialog, AccessItemDialog)
        record = AccessItem(tandem_id=self.context.tandem_id,
                            **dialog.record_values())  # type: ignore[arg-type]
        return self._add_and_show(dialog, lambda: self.context.store.access_items.add(record))

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
                    date=date_text(today), title=one_line(item.title, 80)),
                lambda: self._write(lambda: items.reinstate(item.id)))

    def delete_current(self) -> None:
        item = self._current
        if item is None or item.deleted_at:
            return
        self._delete_with_undo(
            item.id, lambda: self.context.store.access_items.delete(item.id),
            self.tr("Moved to the Trash: “{title}”").format(title=one_line(item.title, 80)))

    def _restore(self, item_id: str) -> None:
        if self._write(lambda: self.context.store.access_items.restore(item_id)):
            self._after_restore(item_id)
