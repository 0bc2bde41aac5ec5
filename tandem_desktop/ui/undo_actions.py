"""Edit ▸ Undo and Redo: the current tandem's last action taken back or done again.

The steps come from ``storage.undo``; this module names them ("Mark task done")
and puts them in the Edit menu. A text field with the focus keeps Ctrl+Z for its
own typing: Qt gives the shortcut to the field first.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from tandem_desktop.domain.enums import MeetingStatus, QuestionStatus, TaskStatus
from tandem_desktop.storage.errors import StorageError
from tandem_desktop.storage.undo import CannotUndoError, Change, Step
from tandem_desktop.ui.actions import show_not_saved
from tandem_desktop.ui.context import AppContext

_translate = QCoreApplication.translate

# What one record is called inside a sentence ("Delete task").
_IN_SENTENCE = {
    "tandem": QT_TRANSLATE_NOOP("UndoRecord", "tandem"),
    "question": QT_TRANSLATE_NOOP("UndoRecord", "question"),
    "access_item": QT_TRANSLATE_NOOP("UndoRecord", "access item"),
    "checkin_series": QT_TRANSLATE_NOOP("UndoRecord", "check-in series"),
    "meeting": QT_TRANSLATE_NOOP("UndoRecord", "check-in"),
    "agenda_item": QT_TRANSLATE_NOOP("UndoRecord", "agenda item"),
    "task": QT_TRANSLATE_NOOP("UndoRecord", "task"),
    "agreement": QT_TRANSLATE_NOOP("UndoRecord", "working agreement"),
    "feedback": QT_TRANSLATE_NOOP("UndoRecord", "feedback"),
    "feedback_prompt": QT_TRANSLATE_NOOP("UndoRecord", "feedback prompt"),
    "area": QT_TRANSLATE_NOOP("UndoRecord", "area"),
    "decision_rule": QT_TRANSLATE_NOOP("UndoRecord", "decision rule"),
    "level_change": QT_TRANSLATE_NOOP("UndoRecord", "level change"),
    "vision": QT_TRANSLATE_NOOP("UndoRecord", "vision"),
    "goal": QT_TRANSLATE_NOOP("UndoRecord", "goal"),
    "goal_rule": QT_TRANSLATE_NOOP("UndoRecord", "goal link"),
    "health_check": QT_TRANSLATE_NOOP("UndoRecord", "health check"),
}


def _record_in_sentence(table: str) -> str:
    source = _IN_SENTENCE.get(table)
    return _translate("UndoRecord", str(source)) if source else table


def step_name(step: Step) -> str:
    """What the user did in this step, as the Edit menu names it."""
    changes = step.changes
    if any(c.table == "level_change" and c.kind == "added" for c in changes) or any(
            c.table == "decision_rule" and c.kind == "edited"
            and c.changed_fields == {"level"} for c in changes):
        return QCoreApplication.translate("Undo", "Change decision level")
    if all(c.kind == "edited" and c.changed_fields == {"position"} for c in changes):
        return QCoreApplication.translate("Undo", "Change the order")
    lead = changes[0]
    if lead.table == "meeting" and lead.kind == "added":
        # Cancelling or moving a bare slot of a series creates its meeting first.
        edit = next((c for c in changes if c.record_id == lead.record_id
                     and c.kind == "edited"), None)
        if edit is not None and ("starts_at" in edit.changed_fields
                                 or edit.after["status"] == MeetingStatus.CANCELLED):
            return _one_change_name(edit)
    alike = [c for c in changes if c.table == lead.table and c.kind == lead.kind]
    if lead.kind != "edited" and len(alike) > 1:
        count = len(alike)
        if lead.kind == "added":
            return QCoreApplication.translate("Undo", "Add %n record(s)", None, count)
        if lead.kind == "deleted":
            return QCoreApplication.translate("Undo", "Delete %n record(s)", None, count)
        return QCoreApplication.translate("Undo", "Restore %n record(s)", None, count)
    return _one_change_name(lead)


def _one_change_name(change: Change) -> str:
    record = _record_in_sentence(change.table)
    if change.kind == "added":
        return QCoreApplication.translate("Undo", "Add %1").replace("%1", record)
    if change.kind == "deleted":
        return QCoreApplication.translate("Undo", "Delete %1").replace("%1", record)
    if change.kind == "restored":
        return QCoreApplication.translate("Undo", "Restore %1").replace("%1", record)
    fields = change.changed_fields
    after = change.after
    before = change.before or {}
    if change.table == "task" and "status" in fields:
        if after["status"] == TaskStatus.DONE:
            return QCoreApplication.translate("Undo", "Mark task done")
        if before.get("status") == TaskStatus.DONE:
            return QCoreApplication.translate("Undo", "Reopen task")
    if change.table == "question" and "status" in fields \
            and after["status"] == QuestionStatus.ANSWERED:
        return QCoreApplication.translate("Undo", "Answer question")
    if change.table == "agenda_item":
        if "discussed" in fields and after["discussed"]:
            return QCoreApplication.translate("Undo", "Mark agenda item discussed")
        if "discussed" in fields:
            return QCoreApplication.translate("Undo", "Mark agenda item not discussed")
        if "meeting_id" in fields:
            return QCoreApplication.translate("Undo", "Move agenda item")
    if change.table == "meeting":
        if "status" in fields and after["status"] == MeetingStatus.CANCELLED:
            return QCoreApplication.translate("Undo", "Cancel check-in")
        if "starts_at" in fields:
            return QCoreApplication.translate("Undo", "Move check-in")
    return QCoreApplication.translate("Undo", "Edit %1").replace("%1", record)


class UndoActions(QObject):
    """The Edit menu's Undo and Redo for the window's current tandem."""

    def __init__(self, window: QMainWindow, context: AppContext, menu: QMenu) -> None:
        super().__init__(window)
        self._window = window
        self._context = context
        self._history = context.store.undo
        self.undo_action = QAction(window)
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(window)
        redo_keys = ["Ctrl+Shift+Z"] + (["Ctrl+Y"] if sys.platform == "win32" else [])
        self.redo_action.setShortcuts([QKeySequence(keys) for keys in redo_keys])
        self.redo_action.triggered.connect(self.redo)
        first = menu.actions()[0] if menu.actions() else None
        menu.insertAction(first, self.undo_action)  # type: ignore[arg-type]
        menu.insertAction(first, self.redo_action)  # type: ignore[arg-type]
        menu.insertSeparator(first)  # type: ignore[arg-type]
        window.addAction(self.undo_action)
        window.addAction(self.redo_action)
        self._seen: Step | None = None  # the step refresh() last named
        self._replaying = False
        context.dataChanged.connect(self._on_data_changed)
        context.tandemChanged.connect(self.refresh)
        self.refresh()

    def _next_undo(self) -> Step | None:
        tandem = self._context.tandem
        return self._history.next_undo(tandem.id) if tandem else None

    def refresh(self) -> None:
        """Name the next undo and redo in the menu; grey out what there is not."""
        tandem = self._context.tandem
        undo = self._history.next_undo(tandem.id) if tandem else None
        redo = self._history.next_redo(tandem.id) if tandem else None
        self.undo_action.setEnabled(undo is not None)
        self.redo_action.setEnabled(redo is not None)
        self.undo_action.setText(
            self.tr("&Undo '{action}'").format(action=step_name(undo)) if undo
            else self.tr("&Undo"))
        self.redo_action.setText(
            self.tr("&Redo '{action}'").format(action=step_name(redo)) if redo
            else self.tr("&Redo"))
        self._seen = undo

    def _on_data_changed(self, _tables: frozenset[str]) -> None:
        step = self._next_undo()
        if step is not None and step is not self._seen and not self._replaying \
                and all(change.kind == "deleted" for change in step.changes):
            # A delete (the Delete key in a list, too) says where the record went.
            self._window.statusBar().showMessage(self.tr(
                "Moved to the Trash: {action}. Ctrl+Z brings it back.").format(
                    action=step_name(step)), 10_000)
        self.refresh()

    def undo(self) -> None:
        self._replay(self._history.undo, self.tr("Undone: {action}"))

    def redo(self) -> None:
        self._replay(self._history.redo, self.tr("Done again: {action}"))

    def _replay(self, replay: Callable[[str], Step | None], message: str) -> None:
        tandem = self._context.tandem
        if tandem is None:
            return
        self._replaying = True
        try:
            step = replay(tandem.id)
        except CannotUndoError:
            QMessageBox.information(self._window, self.tr("Cannot undo"), self.tr(
                "This step can no longer be taken back: its record was deleted for good "
                "from the Trash."))
            step = None
        except StorageError as error:
            show_not_saved(self._window, error)
            step = None
        finally:
            self._replaying = False
        if step is not None:
            self._window.statusBar().showMessage(
                message.format(action=step_name(step)), 8000)
        self.refresh()


def install_undo(window: QMainWindow, context: AppContext, menu: QMenu) -> UndoActions:
    """Undo and Redo at the top of ``menu`` (the Edit menu)."""
    return UndoActions(window, context, menu)
