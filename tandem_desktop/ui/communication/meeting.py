"""One meeting: its agenda (reorder, mark discussed, add), notes, action items, retrospective."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.domain.clock import parse_stamp
from tandem_desktop.domain.enums import AgendaKind, MeetingStatus, Priority
from tandem_desktop.domain.records import AgendaItem, Meeting, Task
from tandem_desktop.domain.schedule import Occurrence, slot_of
from tandem_desktop.exchange.minutes import Minutes, to_markdown
from tandem_desktop.services import occurrences
from tandem_desktop.services.agenda import add_to_meeting, compose_agenda, is_next, set_discussed
from tandem_desktop.storage.communication import TaskLine
from tandem_desktop.storage.errors import EnvironmentFault, ValidationError
from tandem_desktop.ui import labels
from tandem_desktop.ui.actions import show_not_saved
from tandem_desktop.ui.communication.checkins import table_view
from tandem_desktop.ui.communication.models import (
    AgendaModel,
    TaskModel,
    occurrence_state,
    source_text,
)
from tandem_desktop.ui.communication.occurrence_dialogs import CancelDialog, MoveDialog
from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.dates import date_text, from_qdate, time_text, to_qdate, when_text
from tandem_desktop.ui.translators import installed_translate
from tandem_desktop.ui.widgets import (
    FieldError,
    date_field,
    heading,
    inform,
    plain_label,
    require_text,
    select_row,
)

# How many backlog topics a meeting opened early lists by name.
BACKLOG_SHOWN = 8
DialogT = TypeVar("DialogT", CancelDialog, MoveDialog)


def moved_order(rows: Sequence[AgendaItem], source: int,
                target: int) -> tuple[list[AgendaItem], AgendaItem] | None:
    """The agenda order with one item moved from ``source`` to ``target``, and that item.

    None when either place lies outside the list (nothing to move).
    """
    if not (0 <= source < len(rows) and 0 <= target < len(rows)):
        return None
    order = list(rows)
    moved = order.pop(source)
    order.insert(target, moved)
    return order, moved


def kind_combo(parent: QWidget) -> QComboBox:
    """A choice of agenda item kinds, the kind's value as each entry's data."""
    combo = QComboBox(parent)
    for kind in AgendaKind:
        combo.addItem(labels.agenda_kind_name(kind.value), kind.value)
    return combo


def select_agenda_row(view: QTableView, model: Any, item_id: str, column: int = 0) -> bool:
    """Make the item's row the current and selected one; False when it is not listed."""
    row = model.row_of(item_id)
    if row < 0:
        return False
    view.setCurrentIndex(model.index(row, column))
    select_row(view, row)
    return True


class AgendaView(QTableView):
    """The agenda table: drag rows to reorder, Ctrl+Up/Down moves the current row."""

    moveRequested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(False)
        self.setWordWrap(True)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.key() in (
                Qt.Key.Key_Up, Qt.Key.Key_Down):
            row = self.currentIndex().row()
            if row >= 0:
                target = row - 1 if event.key() == Qt.Key.Key_Up else row + 1
                if 0 <= target < self.model().rowCount():
                    self.moveRequested.emit(row, target)
            event.accept()
            return
        super().keyPressEvent(event)


class MeetingPage(QWidget):
    """Shows one meeting; empty until a meeting is opened."""

    closed = Signal()
    changed = Signal()  # the meeting was cancelled, moved or restored here

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting: Meeting | None = None
        self._loaded_id = ""
        self._loaded_id_before = ""
        self._took_edited = False
        self.agenda_model = AgendaModel(self)
        self.agenda_model.names = context.name_of
        self.tasks_model = TaskModel(self)
        self.tasks_model.names = context.name_of

        self.title = heading("", self)
        self.when = plain_label("", self)
        self.status = QComboBox(self)
        for status in MeetingStatus:
            self.status.addItem(labels.meeting_status_name(status.value), status.value)
        self.status.setAccessibleName(self.tr("Meeting status"))
        self.markdown_button = QPushButton(self.tr("Copy as Markdown"), self)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"), self)
        self.back_button = QPushButton(self.tr("Back to check-ins"), self)
        # The same single check-in actions as in the upcoming list.
        self.cancel_button = QPushButton(self.tr("Cancel check-in…"), self)
        self.move_button = QPushButton(self.tr("Move…"), self)
        self.undo_button = QPushButton(self.tr("Undo cancel or move"), self)
        self.dialog: CancelDialog | MoveDialog | None = None
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.when)
        header.addLayout(titles, 1)
        header.addWidget(plain_label(self.tr("Status:"), self, wrap=False))
        header.addWidget(self.status)
        header.addWidget(self.markdown_button)
        header.addWidget(self.pdf_button)
        header.addWidget(self.back_button)
        occurrence_row = QHBoxLayout()
        for occurrence_button in (self.cancel_button, self.move_button, self.undo_button):
            occurrence_row.addWidget(occurrence_button)
        occurrence_row.addStretch(1)

        # Agenda
        self.agenda_view = AgendaView(self)
        self.agenda_view.setAccessibleName(self.tr("Agenda"))
        self.agenda_view.setObjectName("agendaView")
        self.agenda_view.setModel(self.agenda_model)
        self.agenda_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agenda_view.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        self.outcome = QLineEdit(self)
        self.outcome.setPlaceholderText(self.tr("Outcome or answer (optional)"))
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.discussed_button = QPushButton(self.tr("Mark &discussed"), self)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.up_button.setToolTip(self.tr("Ctrl+Up"))
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.down_button.setToolTip(self.tr("Ctrl+Down"))
        outcome_row = QHBoxLayout()
        outcome_row.addWidget(self.outcome, 1)
        outcome_row.addWidget(self.discussed_button)
        outcome_row.addWidget(self.up_button)
        outcome_row.addWidget(self.down_button)
        self.new_item = QLineEdit(self)
        self.new_item.setPlaceholderText(self.tr("Add a topic and press Enter"))
        self.new_item.setAccessibleName(self.tr("New agenda item"))
        self.new_kind = kind_combo(self)
        self.new_kind.setAccessibleName(self.tr("Kind"))
        self.add_item_button = QPushButton(self.tr("Add"), self)
        self.item_error = FieldError(self)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_item, 1)
        add_row.addWidget(self.new_kind)
        add_row.addWidget(self.add_item_button)
        # A meeting opened before it is the next one: the backlog is only shown.
        self.backlog_note = plain_label("", self)
        self.backlog_note.setObjectName("joinsIfStillOpen")
        self.backlog_note.hide()
        agenda_box = QGroupBox(self.tr("Agenda"), self)
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.addWidget(self.agenda_view, 1)
        agenda_layout.addWidget(self.backlog_note)
        agenda_layout.addLayout(outcome_row)
        agenda_layout.addLayout(add_row)
        agenda_layout.addWidget(self.item_error)

        # Notes
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        notes_box = QGroupBox(self.tr("Notes"), side)
        notes_form = QFormLayout(notes_box)
        self.shared_notes = QPlainTextEdit(notes_box)
        self.shared_notes.setTabChangesFocus(True)
        self.shared_notes.setPlaceholderText(self.tr("What you agreed; both of you see this"))
        self.private_notes = QPlainTextEdit(notes_box)
        self.private_notes.setTabChangesFocus(True)
        self.private_notes.setPlaceholderText(self.tr("Only on this computer"))
        for notes in (self.shared_notes, self.private_notes):
            notes.setMaximumHeight(80)
        self.save_notes_button = QPushButton(self.tr("Save notes"), notes_box)
        notes_form.addRow(self.tr("Shared:"), self.shared_notes)
        notes_form.addRow(self.tr("Private:"), self.private_notes)
        notes_form.addRow("", self.save_notes_button)

        # Action items
        actions_box = QGroupBox(self.tr("Action items"), side)
        actions_layout = QVBoxLayout(actions_box)
        self.action_title = QLineEdit(actions_box)
        self.action_title.setPlaceholderText(self.tr("What needs doing"))
        self.action_title.setAccessibleName(self.tr("Action item"))
        self.action_owner = QComboBox(actions_box)
        self.action_owner.setAccessibleName(self.tr("Owner"))
        # The names come later: the field grows to them.
        self.action_owner.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.action_has_due = QCheckBox(self.tr("due"), actions_box)
        self.action_due = date_field(actions_box, self.tr("Due date"))
        self.add_action_button = QPushButton(self.tr("Add task"), actions_box)
        self.action_error = FieldError(actions_box)
        # The button beside the title, so owner and due date have the row below to
        # themselves (a German owner's name would be cut off beside them all).
        title_row = QHBoxLayout()
        title_row.addWidget(self.action_title, 1)
        title_row.addWidget(self.add_action_button)
        action_row = QHBoxLayout()
        action_row.addWidget(self.action_owner)
        action_row.addWidget(self.action_has_due)
        action_row.addWidget(self.action_due)
        action_row.addStretch(1)
        self.actions_view = table_view(self.tasks_model, actions_box, "meetingTasksView",
                                       self.tr("Action items"))
        self.actions_view.setMinimumHeight(90)
        for column in (3, 5, 6):  # priority, area, goal: the Tasks page shows them
            self.actions_view.setColumnHidden(column, True)
        actions_layout.addLayout(title_row)
        actions_layout.addLayout(action_row)
        actions_layout.addWidget(self.action_error)
        actions_layout.addWidget(self.actions_view)

        # Retrospective
        retro_box = QGroupBox(self.tr("Retrospective"), side)
        retro_layout = QVBoxLayout(retro_box)
        retro_layout.addWidget(plain_label(self.tr("How effective was this check-in?"),
                                           retro_box))
        rating_row = QHBoxLayout()
        self.rating_group = QButtonGroup(self)
        for value in range(1, 6):
            button = QRadioButton(str(value), retro_box)
            button.setAccessibleName(self.tr("Rating {rating}").format(rating=value))
            self.rating_group.addButton(button, value)
            rating_row.addWidget(button)
        rating_row.addStretch(1)
        retro_layout.addLayout(rating_row)
        took_row = QHBoxLayout()
        self.actual_minutes = QSpinBox(retro_box)
        self.actual_minutes.setRange(0, 600)
        self.actual_minutes.setSingleStep(5)
        self.actual_minutes.setSuffix(self.tr(" min"))
        self.actual_minutes.setSpecialValueText(self.tr("not noted"))
        self.actual_minutes.setAccessibleName(self.tr("How long it took"))
        self.actual_minutes.setToolTip(self.tr(
            "How long the check-in really took; the advice on the rhythm compares it "
            "with the planned length"))
        took_label = plain_label(self.tr("It &took:"), retro_box, wrap=False)
        took_label.setBuddy(self.actual_minutes)
        took_row.addWidget(took_label)
        took_row.addWidget(self.actual_minutes)
        self.slot_length = plain_label("", retro_box, wrap=False)
        took_row.addWidget(self.slot_length)
        took_row.addStretch(1)
        retro_layout.addLayout(took_row)
        self.retro_note = QPlainTextEdit(retro_box)
        self.retro_note.setTabChangesFocus(True)
        self.retro_note.setMaximumHeight(70)
        self.retro_note.setPlaceholderText(self.tr("What would make our check-ins better?"))
        self.retro_note.setAccessibleName(self.tr("What would make our check-ins better?"))
        self.save_retro_button = QPushButton(self.tr("Save retrospective"), retro_box)
        retro_layout.addWidget(self.retro_note)
        retro_layout.addWidget(self.save_retro_button)

        side_layout.addWidget(notes_box)
        side_layout.addWidget(actions_box)
        side_layout.addWidget(retro_box)
        side_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(side)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(agenda_box)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.content = QWidget(self)
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(header)
        content_layout.addLayout(occurrence_row)
        content_layout.addWidget(splitter, 1)
        self.placeholder = plain_label(self.tr(
            "Open a check-in from the list of upcoming check-ins (or a past meeting) to see "
            "its agenda here."), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.content, 1)
        self.content.hide()

        self.agenda_model.moveRequested.connect(self.move_item)
        self.agenda_view.moveRequested.connect(self.move_item)
        self.agenda_model.discussedToggled.connect(self._toggle_discussed)
        self.discussed_button.clicked.connect(self.mark_discussed)
        self.outcome.returnPressed.connect(self.mark_discussed)
        self.up_button.clicked.connect(lambda: self._move_current(-1))
        self.down_button.clicked.connect(lambda: self._move_current(1))
        self.new_item.returnPressed.connect(self.add_item)
        self.add_item_button.clicked.connect(self.add_item)
        self.save_notes_button.clicked.connect(self.save_notes)
        self.add_action_button.clicked.connect(self.add_action)
        self.action_title.returnPressed.connect(self.add_action)
        self.save_retro_button.clicked.connect(self.save_retro)
        self.status.activated.connect(lambda _i: self.save_status())
        self.markdown_button.clicked.connect(self.copy_markdown)
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.back_button.clicked.connect(self.closed.emit)
        self.cancel_button.clicked.connect(self.cancel_meeting)
        self.move_button.clicked.connect(self.move_meeting)
        self.undo_button.clicked.connect(self.undo_cancel_or_move)
        self.action_has_due.toggled.connect(self.action_due.setEnabled)
        self.actual_minutes.valueChanged.connect(lambda _v: setattr(self, "_took_edited", True))
        self.agenda_view.selectionModel().currentRowChanged.connect(
            lambda _a, _b: self._show_outcome())
        QShortcut(QKeySequence("Ctrl+Return"), self.agenda_view, self.mark_discussed)
        self.agenda_view.installEventFilter(self)

    # -- loading ---------------------------------------------------------------
    def show_meeting(self, meeting_id: str) -> bool:
        store = self.context.store
        meeting = store.meetings.find(meeting_id)
        if meeting is None:
            return False
        if self.meeting is not None and self.meeting.id != meeting_id:
            self._save_typed_text()
        if meeting.status == MeetingStatus.PLANNED.value:
            try:
                compose_agenda(store, meeting)
            except EnvironmentFault as error:
                show_not_saved(self, error)
        self.meeting = meeting
        self.refresh()
        return True

    def refresh(self) -> None:
        if self.meeting is None:
            self.placeholder.show()
            self.content.hide()
            return
        store = self.context.store
        meeting = store.meetings.find(self.meeting.id)
        if meeting is None:
            self.meeting = None
            self.refresh()
            return
        self.meeting = meeting
        self.placeholder.hide()
        self.content.show()
        self.title.setText(meeting.title or self.tr("Check-in"))
        self.when.setText(self.when_line(meeting))
        self.status.setCurrentIndex(self.status.findData(meeting.status))
        current = self.current_item()
        items = store.agenda.for_meeting(meeting.id)
        self.agenda_model.meeting_dates = self._meeting_dates(items)
        self.agenda_model.set_rows(items)
        for column in (0, 2, 3, 4):
            self.agenda_view.resizeColumnToContents(column)
        self.agenda_view.resizeRowsToContents()
        if current is not None:
            self.select_item(current.id)
        # Text being typed survives a refresh caused by another change.
        for editor, stored in ((self.shared_notes, meeting.shared_notes),
                               (self.private_notes, meeting.private_notes),
                               (self.retro_note, meeting.retro_note)):
            if self._loaded_id != meeting.id or not editor.document().isModified():
                editor.setPlainText(stored)
                editor.document().setModified(False)
        self._loaded_id_before, self._loaded_id = self._loaded_id, meeting.id
        self.rating_group.setExclusive(False)
        for button in self.rating_group.buttons():
            button.setChecked(self.rating_group.id(button) == meeting.rating)
        self.rating_group.setExclusive(True)
        if self._loaded_id_before != meeting.id or not self._took_edited:
            self.actual_minutes.blockSignals(True)
            self.actual_minutes.setValue(meeting.actual_minutes or 0)
            self.actual_minutes.blockSignals(False)
            self._took_edited = False
        self.slot_length.setText(self.tr("of %n min planned", None, meeting.duration_minutes))
        self._show_backlog_note(meeting)
        self._update_occurrence_buttons(meeting)
        self.action_owner.clear()
        for role in (self.context.my_role, self.context.partner_role):
            self.action_owner.addItem(self.context.name_of(role), role.value)
        due = parse_stamp(meeting.starts_at).date() + timedelta(days=7)
        if not self.action_title.text():
            self.action_due.setDate(to_qdate(due))
            self.action_due.setEnabled(self.action_has_due.isChecked())
        self.tasks_model.today = self.context.today_iso()
        tasks = store.tasks.of_meeting(meeting.id)
        self.tasks_model.set_rows([self._task_line(task) for task in tasks])
        self._show_outcome()

    def _task_line(self, task: Task) -> TaskLine:
        return TaskLine(task.id, task.title, task.owner, task.due_on, task.priority,
                        task.status, task.done_on, None, None, task.meeting_id)

    def _meeting_dates(self, items: list[AgendaItem]) -> dict[str, str]:
        dates: dict[str, str] = {}
        for item in items:
            for meeting_id in item.carried_from:
                if meeting_id not in dates:
                    found = self.context.store.meetings.find(meeting_id)
                    dates[meeting_id] = date_text(found.starts_at[:10]) if found else ""
        return dates

    def when_line(self, meeting: Meeting) -> str:
        """When the meeting takes place; for a cancelled or moved check-in, also that
        (with the note, or the time it was moved from), as the upcoming list says."""
        text = self.when_range(meeting)
        occurrence = self.occurrence()
        if occurrence is not None and (occurrence.cancelled or occurrence.moved):
            text += f" · {occurrence_state(occurrence)}"
        return text

    def when_range(self, meeting: Meeting) -> str:
        start = parse_stamp(meeting.starts_at)
        end = start + timedelta(minutes=meeting.duration_minutes)
        start_local, end_local = start.astimezone(), end.astimezone()
        end_text = time_text(end) if end_local.date() == start_local.date() else when_text(end)
        return f"{when_text(start)} – {end_text}"

    def current_item(self) -> AgendaItem | None:
        index = self.agenda_view.currentIndex()
        item: AgendaItem | None = self.agenda_model.row_at(index.row()) if index.isValid() \
            else None
        return item

    def select_item(self, item_id: str) -> bool:
        return select_agenda_row(self.agenda_view, self.agenda_model, item_id, 1)

    def _show_outcome(self) -> None:
        item = self.current_item()
        self.outcome.setText(item.outcome if item else "")
        self.discussed_button.setEnabled(item is not None)
        self.discussed_button.setText(self.tr("Mark not discussed") if item and item.discussed
                                      else self.tr("Mark &discussed"))

    def _show_backlog_note(self, meeting: Meeting) -> None:
        """Before a planned meeting is the next one, the backlog joins it only if it is
        still open then (an earlier check-in may take it up first)."""
        waiting = [] if meeting.status != MeetingStatus.PLANNED.value or \
            is_next(self.context.store, meeting) else \
            self.context.store.agenda.backlog(meeting.tandem_id)
        self.backlog_note.setVisible(bool(waiting))
        if not waiting:
            self.backlog_note.setText("")
            return
        shown = [f"• {item.text}" for item in waiting[:BACKLOG_SHOWN]]
        if len(waiting) > BACKLOG_SHOWN:
            shown.append(self.tr("… and %n more", None, len(waiting) - BACKLOG_SHOWN))
        self.backlog_note.setText("\n".join([self.tr(
            "From the agenda backlog, added if still open by then:"), *shown]))

    # -- one check-in -----------------------------------------------------------
    def occurrence(self) -> Occurrence | None:
        """The shown meeting as the check-in the calendar holds."""
        if self.meeting is None:
            return None
        meeting = self.meeting
        series = self.context.store.series.find(meeting.series_id) \
            if meeting.series_id else None
        return Occurrence(parse_stamp(meeting.starts_at), meeting.duration_minutes,
                          meeting.title or (series.title if series else ""), series,
                          slot_of(meeting), meeting)

    def _update_occurrence_buttons(self, meeting: Meeting) -> None:
        planned = meeting.status == MeetingStatus.PLANNED.value
        occurrence = self.occurrence()
        moved = occurrence is not None and occurrence.moved
        self.cancel_button.setEnabled(planned)
        self.move_button.setEnabled(planned)
        self.undo_button.setEnabled(meeting.status == MeetingStatus.CANCELLED.value or
                                    (planned and moved))

    def cancel_meeting(self) -> CancelDialog | None:
        occurrence = self.occurrence()
        if occurrence is None or occurrence.cancelled or occurrence.held:
            return None
        return self._show_dialog(CancelDialog(self.context, occurrence, self))

    def move_meeting(self) -> MoveDialog | None:
        occurrence = self.occurrence()
        if occurrence is None or occurrence.cancelled or occurrence.held:
            return None
        return self._show_dialog(MoveDialog(self.context, occurrence, self))

    def _show_dialog(self, dialog: DialogT) -> DialogT:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _meeting_id: self._after_occurrence_change())
        self.dialog = dialog
        dialog.show()
        return dialog

    def undo_cancel_or_move(self) -> bool:
        """The check-in takes place in its slot again (a cancelled one-off: at its time)."""
        if self.meeting is None:
            return False
        try:
            occurrences.restore(self.context.store, self.meeting.id)
        except EnvironmentFault as error:
            show_not_saved(self, error)
            return False
        self._after_occurrence_change()
        return True

    def _after_occurrence_change(self) -> None:
        self.refresh()
        self.changed.emit()

    # -- agenda actions -------------------------------------------------------
    def move_item(self, source: int, target: int) -> None:
        found = moved_order(self.agenda_model.rows, source, target)
        if found is None:
            return
        rows, moved = found
        try:
            self.context.store.agenda.reorder([item.id for item in rows])
        except EnvironmentFault as error:
            show_not_saved(self, error)
        self.refresh()
        self.select_item(moved.id)

    def _move_current(self, step: int) -> None:
        row = self.agenda_view.currentIndex().row()
        if row >= 0:
            self.move_item(row, row + step)

    def _toggle_discussed(self, item_id: str, discussed: bool) -> None:
        self._set_discussed(item_id, discussed, None)

    def mark_discussed(self) -> None:
        item = self.current_item()
        if item is None:
            return
        outcome = self.outcome.text().strip()
        self._set_discussed(item.id, not item.discussed or (outcome != item.outcome and
                            item.discussed), outcome)

    def _set_discussed(self, item_id: str, discussed: bool, outcome: str | None) -> None:
        try:
            set_discussed(self.context.store, item_id, discussed, outcome)
        except EnvironmentFault as error:
            show_not_saved(self, error)
        self.refresh()
        self.select_item(item_id)

    def add_item(self) -> None:
        if self.meeting is None:
            return
        if not require_text(self.new_item, self.item_error, self.tr("Type the topic first.")):
            return
        text = self.new_item.text().strip()
        try:
            with self.context.store.transaction():
                item = add_to_meeting(self.context.store, self.meeting, text,
                                      str(self.new_kind.currentData()),
                                      self.context.my_role.value)
        except EnvironmentFault as error:
            show_not_saved(self, error)
            return
        self.new_item.clear()
        self.refresh()
        self.select_item(item.id)

    # -- notes, tasks, retrospective ------------------------------------------
    def save_notes(self) -> None:
        for editor in (self.shared_notes, self.private_notes):
            editor.document().setModified(False)
        self._change(shared_notes=self.shared_notes.toPlainText(),
                     private_notes=self.private_notes.toPlainText())

    def _save_typed_text(self) -> None:
        """Keep notes typed but not saved when another meeting is opened."""
        changes: dict[str, object] = {}
        for name, editor in (("shared_notes", self.shared_notes),
                             ("private_notes", self.private_notes),
                             ("retro_note", self.retro_note)):
            if editor.document().isModified():
                changes[name] = editor.toPlainText()
                editor.document().setModified(False)
        if changes:
            self._change(**changes)

    def save_status(self) -> None:
        self._change(status=str(self.status.currentData()))

    def save_retro(self) -> None:
        rating = self.rating_group.checkedId()
        self.retro_note.document().setModified(False)
        self._took_edited = False
        self._change(rating=rating if rating > 0 else None,
                     retro_note=self.retro_note.toPlainText().strip(),
                     actual_minutes=self.actual_minutes.value() or None,
                     status=MeetingStatus.HELD.value if rating > 0 and self.meeting and
                     self.meeting.status == MeetingStatus.PLANNED.value
                     else str(self.status.currentData()))

    def _change(self, **changes: object) -> None:
        if self.meeting is None:
            return
        try:
            with self.context.store.transaction():
                self.context.store.meetings.change(self.meeting.id, **changes)
        except (EnvironmentFault, ValidationError) as error:
            show_not_saved(self, error)
        self.refresh()

    def add_action(self) -> None:
        if self.meeting is None:
            return
        if not require_text(self.action_title, self.action_error,
                            self.tr("Say what needs doing.")):
            return
        title = self.action_title.text().strip()
        due = from_qdate(self.action_due.date()) if self.action_has_due.isChecked() else None
        try:
            with self.context.store.transaction():
                self.context.store.tasks.add(Task(
                    tandem_id=self.meeting.tandem_id, title=title,
                    owner=str(self.action_owner.currentData()),
                    due_on=due.isoformat() if due else None,
                    priority=Priority.NORMAL.value, meeting_id=self.meeting.id))
        except EnvironmentFault as error:
            show_not_saved(self, error)
            return
        self.action_title.clear()
        self.refresh()

    # -- minutes ----------------------------------------------------------------
    def minutes(self) -> Minutes | None:
        if self.meeting is None:
            return None
        store = self.context.store
        items = store.agenda.for_meeting(self.meeting.id)
        dates = self._meeting_dates(items)
        tasks = store.tasks.of_meeting(self.meeting.id)
        return Minutes(
            meeting=self.meeting, when=self.when_range(self.meeting),
            status=labels.meeting_status_name(self.meeting.status), items=items,
            sources={item.id: source_text(item, dates) for item in items},
            kind_names={item.kind: labels.agenda_kind_name(item.kind) for item in items},
            tasks=tasks,
            carried_on=store.agenda.carried_on_from(self.meeting.id),
            owner_names={role: self.context.name_of(role) for role in ("leader", "assistant")},
            due_texts={task.id: date_text(task.due_on) for task in tasks})

    def copy_markdown(self) -> str:
        minutes = self.minutes()
        if minutes is None:
            return ""
        text = to_markdown(minutes, installed_translate)
        QGuiApplication.clipboard().setText(text)
        return text

    def save_pdf(self, path: Path | None = None) -> Path | None:
        minutes = self.minutes()
        if minutes is None:
            return None
        if path is None:
            start = self.meeting.starts_at[:10] if self.meeting else ""
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save agenda and minutes"),
                str(Path.home() / f"{minutes.meeting.title or 'check-in'} {start}.pdf"),
                self.tr("PDF files (*.pdf)"))
            if not name:
                return None
            path = Path(name)
        from tandem_desktop.ui.printing import write_minutes_pdf  # PDF printing: on first use

        try:
            write_minutes_pdf(minutes, path, installed_translate)
        except OSError as error:
            inform(self, self.tr("Not saved"), self.tr(
                "The PDF could not be written: {reason}").format(reason=str(error)), warning=True)
            return None
        return path

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Delete on an agenda row moves it to the Trash.
        if watched is self.agenda_view and event.type() == QEvent.Type.KeyPress and \
                isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Delete:
            item = self.current_item()
            if item is not None:
                try:
                    self.context.store.agenda.delete(item.id)
                except EnvironmentFault as error:
                    show_not_saved(self, error)
                self.refresh()
                return True
        return super().eventFilter(watched, event)
