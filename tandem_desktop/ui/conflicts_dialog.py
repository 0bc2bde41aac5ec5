"""Conflicts to review: texts that lost when both partners changed them at once.

The status bar's sync status says how many wait (``ui.sync.status``); it opens
``ConflictsDialog`` (directly, or from the sync panel), which lists them with both
versions, who wrote each and when, and lets the user keep the current one, take
the other, or save a text combined from both. The use cases are ``services.conflicts``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.domain.translation import QT_TRANSLATE_NOOP
from tandem_desktop.services import conflicts
from tandem_desktop.services.conflicts import Conflict, RecordState, Version
from tandem_desktop.ui.actions import run_action
from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.dates import when_text
from tandem_desktop.ui.labels import table_name
from tandem_desktop.ui.table_model import RowTableModel
from tandem_desktop.ui.widgets import plain_label, read_only_table, select_row

# What each text field that can be in conflict is called (context "ConflictFields");
# a few read differently for one kind of record.
_FIELD_NAMES = {
    "text": QT_TRANSLATE_NOOP("ConflictFields", "Text"),
    "title": QT_TRANSLATE_NOOP("ConflictFields", "Title"),
    "notes": QT_TRANSLATE_NOOP("ConflictFields", "Notes"),
    "context": QT_TRANSLATE_NOOP("ConflictFields", "Context"),
    "answer": QT_TRANSLATE_NOOP("ConflictFields", "Answer"),
    "scope": QT_TRANSLATE_NOOP("ConflictFields", "Scope"),
    "location": QT_TRANSLATE_NOOP("ConflictFields", "Place or link"),
    "standing_items": QT_TRANSLATE_NOOP("ConflictFields", "Standing items"),
    "shared_notes": QT_TRANSLATE_NOOP("ConflictFields", "Shared notes"),
    "retro_note": QT_TRANSLATE_NOOP("ConflictFields", "Retrospective"),
    "outcome": QT_TRANSLATE_NOOP("ConflictFields", "Outcome"),
    "situation": QT_TRANSLATE_NOOP("ConflictFields", "Situation"),
    "behaviour": QT_TRANSLATE_NOOP("ConflictFields", "Behaviour"),
    "impact": QT_TRANSLATE_NOOP("ConflictFields", "Impact"),
    "request": QT_TRANSLATE_NOOP("ConflictFields", "Request"),
    "name": QT_TRANSLATE_NOOP("ConflictFields", "Name"),
    "description": QT_TRANSLATE_NOOP("ConflictFields", "Description"),
    "decision": QT_TRANSLATE_NOOP("ConflictFields", "Decision"),
    "examples": QT_TRANSLATE_NOOP("ConflictFields", "Examples"),
    "limits": QT_TRANSLATE_NOOP("ConflictFields", "Limits and conditions"),
    "horizon": QT_TRANSLATE_NOOP("ConflictFields", "Horizon"),
    "why": QT_TRANSLATE_NOOP("ConflictFields", "Why it matters"),
    "assistant_role": QT_TRANSLATE_NOOP("ConflictFields", "The assistant's role"),
    "contribution": QT_TRANSLATE_NOOP("ConflictFields", "The assistant's contribution"),
    "note": QT_TRANSLATE_NOOP("ConflictFields", "Note"),
}
_KIND_FIELD_NAMES = {
    ("question", "text"): QT_TRANSLATE_NOOP("ConflictFields", "Question"),
    ("agenda_item", "text"): QT_TRANSLATE_NOOP("ConflictFields", "Topic"),
    ("agreement", "text"): QT_TRANSLATE_NOOP("ConflictFields", "Agreement"),
    ("vision", "statement"): QT_TRANSLATE_NOOP("ConflictFields", "Where we want to go"),
}


def field_name(kind: str, field: str) -> str:
    """What a text field is called, in the window's language."""
    source = _KIND_FIELD_NAMES.get((kind, field)) or _FIELD_NAMES.get(field)
    return QCoreApplication.translate("ConflictFields", source) if source else field


class ConflictModel(RowTableModel[Conflict]):
    """The waiting conflicts: the record (kind and title) and which of its texts."""

    KIND, RECORD, FIELD = range(3)
    cell_tooltips = True

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Kind"), self.tr("Record"), self.tr("Text"))

    def row_id(self, conflict: Conflict) -> str:
        return str(conflict.number)

    def cell(self, conflict: Conflict, column: int) -> str:
        if column == self.KIND:
            return table_name(conflict.kind)
        if column == self.RECORD:
            if conflict.state is RecordState.GONE:
                return self.tr("(deleted for good)")
            return conflict.label
        return field_name(conflict.kind, conflict.field)


class ConflictsDialog(QDialog):
    """The review the status bar's conflict count opens: each text that lost, one at a time."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._shown: int | None = None  # the conflict whose texts the fields hold
        self.setWindowTitle(self.tr("Conflicts to review"))
        self.resize(980, 680)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr(
            "You and your partner changed these texts at the same time. Each shows the "
            "version the record holds now and the one it replaced. Nothing is lost: keep "
            "the current version, take the other one, or combine both and save the result."), self))
        self.model = ConflictModel(self)
        self.view = read_only_table(self, self.model)
        self.view.setAccessibleName(self.tr("Conflicts"))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(ConflictModel.KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ConflictModel.RECORD, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ConflictModel.FIELD, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setMaximumHeight(170)
        layout.addWidget(self.view)
        self.empty_label = plain_label(self.tr("No conflicts wait for review."), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty_label, 1)

        self.details = QWidget(self)
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        versions = QHBoxLayout()
        self.current_box, self.current_source, self.current_text, self.keep_button = \
            self._version_box(self.tr("Current version"), self.tr("&Keep current version"))
        self.other_box, self.other_source, self.other_text, self.take_button = \
            self._version_box(self.tr("Other version"), self.tr("&Take other version"))
        versions.addWidget(self.current_box)
        versions.addWidget(self.other_box)
        details.addLayout(versions, 1)
        combined_box = QGroupBox(self.tr("Combined from both"), self.details)
        combined = QVBoxLayout(combined_box)
        self.combined_text = QPlainTextEdit(combined_box)
        self.combined_text.setAccessibleName(self.tr("Combined text"))
        combined.addWidget(self.combined_text, 1)
        row = QHBoxLayout()
        self.state_label = plain_label("", combined_box)
        row.addWidget(self.state_label, 1)
        self.save_button = QPushButton(self.tr("&Save combined text"), combined_box)
        row.addWidget(self.save_button)
        combined.addLayout(row)
        details.addWidget(combined_box, 1)
        layout.addWidget(self.details, 3)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.keep_button.clicked.connect(
            lambda: self._resolve(lambda c: conflicts.keep_current(self.context.store, c.number)))
        self.take_button.clicked.connect(
            lambda: self._resolve(lambda c: conflicts.take_other(self.context.store, c.number)))
        self.save_button.clicked.connect(lambda: self._resolve(
            lambda c: conflicts.save_combined(self.context.store, c.number,
                                              self.combined_text.toPlainText())))
        self.view.selectionModel().selectionChanged.connect(self._show_selected)
        context.dataChanged.connect(self._on_data_changed)
        self.reload()

    def _version_box(self, title: str, button_text: str
                     ) -> tuple[QGroupBox, QLabel, QPlainTextEdit, QPushButton]:
        box = QGroupBox(title, self)
        column = QVBoxLayout(box)
        source = plain_label("", box)
        column.addWidget(source)
        text = QPlainTextEdit(box)
        text.setReadOnly(True)
        text.setAccessibleName(title)
        column.addWidget(text, 1)
        button = QPushButton(button_text, box)
        column.addWidget(button, 0, Qt.AlignmentFlag.AlignRight)
        return box, source, text, button

    # -- contents ---------------------------------------------------------------------
    def reload(self) -> None:
        """Read the waiting conflicts again; the one shown stays selected while it waits."""
        shown = self._shown
        tandem = self.context.tandem
        rows = conflicts.open_conflicts(self.context.store, tandem.id) if tandem else []
        self.view.selectionModel().blockSignals(True)
        self.model.set_rows(rows)
        self.view.selectionModel().blockSignals(False)
        has_rows = bool(rows)
        self.view.setVisible(has_rows)
        self.details.setVisible(has_rows)
        self.empty_label.setVisible(not has_rows)
        if not has_rows:
            self._shown = None
            return
        row = self.model.row_of(str(shown)) if shown is not None else -1
        select_row(self.view, max(row, 0))
        self._show_selected()

    def _on_data_changed(self, tables: frozenset[str]) -> None:
        if "sync_conflict" in tables or any(c.kind in tables for c in self.model.rows):
            self.reload()

    def selected(self) -> Conflict | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _show_selected(self) -> None:
        conflict = self.selected()
        if conflict is None:
            return
        self.current_source.setText(self.source_text(conflict.current))
        self.other_source.setText(self.source_text(conflict.other))
        self.current_text.setPlainText(conflict.current.text)
        self.other_text.setPlainText(conflict.other.text)
        if conflict.number != self._shown:  # what the user typed stays while it is theirs
            self.combined_text.setPlainText(conflict.combined)
            self._shown = conflict.number
        changeable = conflict.can_change
        self.take_button.setEnabled(changeable)
        self.save_button.setEnabled(changeable)
        self.combined_text.setReadOnly(not changeable)
        if conflict.state is RecordState.IN_TRASH:
            note = self.tr("The record is in the Trash. Restore it to change its text; "
                           "you can copy from both versions.")
        elif conflict.state is RecordState.GONE:
            note = self.tr("The record was deleted for good. You can still copy from "
                           "both versions.")
        else:
            note = ""
        self.state_label.setText(note)

    def source_text(self, version: Version) -> str:
        """Who wrote a version and when: "From this computer, Sun 29.11.2026 11:02"."""
        if version.by_this_device:
            who = self.tr("From this computer")
        elif version.device_name:
            who = self.tr("From the device “{device}”").format(device=version.device_name)
        else:
            partner = self.context.name_of(self.context.partner_role)
            who = (self.tr("From {name}'s device").format(name=partner) if partner
                   else self.tr("From another device"))
        if version.written_at is None:
            return who
        return self.tr("{who}, {when}").format(who=who, when=when_text(version.written_at))

    def _resolve(self, action: Callable[[Conflict], object]) -> None:
        conflict = self.selected()
        if conflict is None:
            return
        if run_action(self, lambda: action(conflict)):
            self._shown = None
            self.reload()
