"""The shared task list: views, search, quick add, complete several at once, the editor.

Filtering, searching and sorting run in SQL; the list loads page by page as it
is scrolled, so typing in the filter stays quick with a hundred thousand tasks.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.domain.enums import Priority, TaskStatus
from tandem_desktop.domain.records import Task
from tandem_desktop.storage.communication import TaskLine
from tandem_desktop.storage.errors import EnvironmentFault
from tandem_desktop.ui import labels
from tandem_desktop.ui.actions import show_not_saved
from tandem_desktop.ui.communication.checkins import table_view
from tandem_desktop.ui.communication.editing import add_or_update, save_and_close, show_editor
from tandem_desktop.ui.communication.models import TaskModel
from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.dates import from_qdate, stamp_text, to_qdate
from tandem_desktop.ui.list_export import add_csv_export
from tandem_desktop.ui.widgets import (
    FieldError,
    date_field,
    form_dialog_layout,
    plain_label,
    require_text,
    select_row,
)

PAGE = 200


class TaskDialog(QDialog):
    """Create or edit one task."""

    saved = Signal(str)

    def __init__(self, context: AppContext, task: Task | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.task = task
        self.setWindowTitle(self.tr("Edit task") if task else self.tr("New task"))
        self.setMinimumWidth(480)
        store, tandem_id = context.store, context.tandem_id
        self.title_edit = QLineEdit(self)
        self.title_error = FieldError(self)
        self.owner = QComboBox(self)
        for role in (context.my_role, context.partner_role):
            self.owner.addItem(context.name_of(role), role.value)
        self.has_due = QCheckBox(self.tr("Due on"), self)
        self.due = date_field(self, self.tr("Due date"))
        self.priority = QComboBox(self)
        for priority in Priority:
            self.priority.addItem(labels.priority_name(priority.value), priority.value)
        self.status = QComboBox(self)
        for status in TaskStatus:
            self.status.addItem(labels.task_status_name(status.value), status.value)
        self.area = QComboBox(self)
        self.area.addItem(self.tr("(no area)"), None)
        for area in store.areas.for_tandem(tandem_id):
            self.area.addItem(area.name, area.id)
        self.goal = QComboBox(self)
        self.goal.addItem(self.tr("(no goal)"), None)
        for goal in store.goals.by_title(tandem_id):
            self.goal.addItem(goal.title, goal.id)
        # The decision rule the task is done under: its level says how freely.
        self.rule = QComboBox(self)
        self.rule.setAccessibleName(self.tr("Decision rule"))
        self.rule.setMinimumContentsLength(30)
        self.rule.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.rule.addItem(self.tr("(no decision rule)"), None)
        for rule in store.rules.for_tandem(tandem_id):
            self.rule.addItem(" ".join(rule.decision.split()), rule.id)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(100)
        self.meeting = plain_label("—", self)  # a new task comes from no meeting
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due)
        due_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow("", self.title_error)
        form.addRow(self.tr("&Owner:"), self.owner)
        form.addRow(self.tr("Due:"), due_row)
        form.addRow(self.tr("&Priority:"), self.priority)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("&Area:"), self.area)
        form.addRow(self.tr("&Goal:"), self.goal)
        form.addRow(self.tr("Decision &rule:"), self.rule)
        form.addRow(self.tr("&Notes:"), self.notes)
        form.addRow(self.tr("From meeting:"), self.meeting)
        form_dialog_layout(self, form, self.save)
        self.has_due.toggled.connect(self.due.setEnabled)
        self._fill()
        if task is not None:  # the partner may change it while the form is open
            from tandem_desktop.ui.sync.record_watch import RecordWatch

            self.changed_elsewhere = RecordWatch(
                self, context, "task", lambda: store.tasks.find(task.id), self._show_stored)

    def _show_stored(self, task: Task) -> None:
        self.task = task
        self._fill()

    def _fill(self) -> None:
        task = self.task
        today = self.context.clock.today()
        due = date.fromisoformat(task.due_on) if task and task.due_on else today
        self.due.setDate(to_qdate(due))
        self.has_due.setChecked(bool(task and task.due_on))
        self.due.setEnabled(self.has_due.isChecked())
        if task is None:
            self.priority.setCurrentIndex(self.priority.findData(Priority.NORMAL.value))
            return
        self.title_edit.setText(task.title)
        self.owner.setCurrentIndex(max(0, self.owner.findData(task.owner)))
        self.priority.setCurrentIndex(max(0, self.priority.findData(task.priority)))
        self.status.setCurrentIndex(max(0, self.status.findData(task.status)))
        self.area.setCurrentIndex(max(0, self.area.findData(task.area_id)))
        self.goal.setCurrentIndex(max(0, self.goal.findData(task.goal_id)))
        self.rule.setCurrentIndex(max(0, self.rule.findData(task.rule_id)))
        self.notes.setPlainText(task.notes)
        meeting = self.context.store.meetings.find(task.meeting_id)
        self.meeting.setText(
            f"{meeting.title} · {stamp_text(meeting.starts_at)}" if meeting else "—")

    def save(self) -> None:
        if not require_text(self.title_edit, self.title_error, self.tr("Give the task a title.")):
            return
        title = self.title_edit.text().strip()
        due = from_qdate(self.due.date()) if self.has_due.isChecked() else None
        status = str(self.status.currentData())
        values = {
            "title": title, "owner": str(self.owner.currentData()),
            "due_on": due.isoformat() if due else None,
            "priority": str(self.priority.currentData()), "status": status,
            "area_id": self.area.currentData(), "goal_id": self.goal.currentData(),
            "rule_id": self.rule.currentData(),
            "notes": self.notes.toPlainText(),
        }
        previous = self.task.done_on if self.task else None
        values["done_on"] = (previous or self.context.today_iso()) \
            if status == TaskStatus.DONE.value else None
        store = self.context.store
        save_and_close(self, lambda: add_or_update(
            store.tasks, self.task, values,
            lambda: Task(tandem_id=self.context.tandem_id, **values)),
            self.title_error)


class TasksPage(QWidget):
    """The task list with its views and the quick-add line."""

    VIEWS = ("open", "mine", "partner", "overdue", "done", "all")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.view_name = "open"
        self.order = "due"
        self.descending = False
        self.model = TaskModel(self)
        self.model.names = context.name_of
        self.model.loader = self._load_page

        view_row = QHBoxLayout()
        self.view_group = QButtonGroup(self)
        names = {
            "open": self.tr("All open"), "mine": self.tr("Mine"),
            "partner": self.tr("My partner's"), "overdue": self.tr("Overdue"),
            "done": self.tr("Done"), "all": self.tr("Everything"),
        }
        self.view_buttons: dict[str, QPushButton] = {}
        for number, key in enumerate(self.VIEWS):
            button = QPushButton(names[key], self)
            button.setCheckable(True)
            button.setAutoDefault(False)
            self.view_group.addButton(button, number)
            self.view_buttons[key] = button
            view_row.addWidget(button)
        self.view_buttons["open"].setChecked(True)
        view_row.addStretch(1)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Filter tasks"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Filter tasks"))
        self.search.setMinimumWidth(220)
        view_row.addWidget(self.search)

        self.quick = QLineEdit(self)
        self.quick.setPlaceholderText(self.tr("New task: type and press Enter"))
        self.quick.setAccessibleName(self.tr("New task"))
        self.quick_owner = QComboBox(self)
        self.quick_owner.setAccessibleName(self.tr("Owner"))
        self.quick_has_due = QCheckBox(self.tr("due"), self)
        self.quick_due = date_field(self, self.tr("Due date"))
        self.quick_due.setEnabled(False)
        self.quick_error = FieldError(self)
        quick_row = QHBoxLayout()
        quick_row.addWidget(self.quick, 1)
        quick_row.addWidget(self.quick_owner)
        quick_row.addWidget(self.quick_has_due)
        quick_row.addWidget(self.quick_due)

        self.table = table_view(self.model, self, "tasksView", self.tr("Tasks"))
        add_csv_export(self.table, "tasks")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(2, Qt.SortOrder.AscendingOrder)
        # Fixed widths: measuring contents would cost time on every keystroke.
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((0, 150, 100, 90, 130, 170, 220)):
            if width:
                self.table.setColumnWidth(column, width)
        self.count_label = QLabel(self)
        self.done_button = QPushButton(self.tr("Mark done"), self)
        self.done_button.setToolTip(self.tr("Marks every selected task done (Ctrl+D)"))
        self.reopen_button = QPushButton(self.tr("Reopen"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.delete_button = QPushButton(self.tr("Move to Trash"), self)
        action_row = QHBoxLayout()
        action_row.addWidget(self.count_label, 1)
        for button in (self.done_button, self.reopen_button, self.edit_button,
                       self.delete_button):
            action_row.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(view_row)
        layout.addLayout(quick_row)
        layout.addWidget(self.quick_error)
        layout.addWidget(self.table, 1)
        layout.addLayout(action_row)

        self.view_group.idClicked.connect(self._choose_view)
        self.search.textChanged.connect(lambda _text: self.refresh())
        self.quick.returnPressed.connect(self.quick_add)
        self.quick_has_due.toggled.connect(self.quick_due.setEnabled)
        self.done_button.clicked.connect(self.complete_selected)
        self.reopen_button.clicked.connect(self.reopen_selected)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.activated.connect(lambda _index: self.edit_current())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        QShortcut(QKeySequence("Ctrl+D"), self.table, self.complete_selected)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table,
                  self.delete_selected)
        self.dialog: TaskDialog | None = None
        # Connected last: enabling sorting above already asks for a sort.
        self.model.sortRequested.connect(self._sort)
        self._update_buttons()

    # -- loading ---------------------------------------------------------------
    def _query(self) -> dict[str, str]:
        return {"view": self.view_name, "my_role": self.context.my_role.value,
                "today": self.context.today_iso(), "text": self.search.text()}

    def _load_page(self, offset: int) -> list[TaskLine]:
        return self.context.store.tasks.lines(
            self.context.tandem_id, order=self.order, descending=self.descending,
            limit=PAGE, offset=offset, **self._query())

    def refresh(self) -> None:
        if self.context.tandem is None:
            return
        if self.quick_owner.count() == 0 or self.quick_owner.itemData(0) != \
                self.context.my_role.value:
            self.quick_owner.clear()
            for role in (self.context.my_role, self.context.partner_role):
                self.quick_owner.addItem(self.context.name_of(role), role.value)
            today = self.context.clock.today()
            self.quick_due.setDate(to_qdate(today))
        selected = set(self.selected_ids())
        self.model.today = self.context.today_iso()
        rows, total = self.context.store.tasks.page(
            self.context.tandem_id, order=self.order, descending=self.descending,
            limit=PAGE, offset=0, **self._query())
        self.model.set_rows(rows, total)
        self.count_label.setText(self.tr("%n task(s)", None, total))
        if selected:
            for row, line in enumerate(self.model.rows):
                if line.id in selected:
                    self.table.selectionModel().select(
                        self.model.index(row, 0),
                        self.table.selectionModel().SelectionFlag.Select
                        | self.table.selectionModel().SelectionFlag.Rows)
        self._update_buttons()

    def _choose_view(self, number: int) -> None:
        self.view_name = self.VIEWS[number]
        self.refresh()

    def set_view(self, name: str) -> None:
        self.view_buttons[name].click()

    def _sort(self, order: str, descending: bool) -> None:
        self.order, self.descending = order, descending
        self.refresh()

    def selected_ids(self) -> list[str]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.rows[row].id for row in rows if row < len(self.model.rows)]

    def _update_buttons(self) -> None:
        chosen = bool(self.selected_ids())
        for button in (self.done_button, self.reopen_button, self.delete_button,
                       self.edit_button):
            button.setEnabled(chosen)

    def select(self, task_id: str) -> bool:
        row = self.model.row_of(task_id)
        if row < 0:
            return False
        select_row(self.table, row)
        return True

    # -- actions ---------------------------------------------------------------
    def quick_add(self) -> None:
        title = self.quick.text().strip()
        if not title:
            self.quick_error.show_message(self.tr("Type the task first."))
            return
        self.quick_error.show_message("")
        due = from_qdate(self.quick_due.date()) if self.quick_has_due.isChecked() else None
        try:
            with self.context.store.transaction():
                task = self.context.store.tasks.add(Task(
                    tandem_id=self.context.tandem_id, title=title,
                    owner=str(self.quick_owner.currentData()),
                    due_on=due.isoformat() if due else None))
        except EnvironmentFault as error:
            show_not_saved(self, error)
            return
        self.quick.clear()
        self.refresh()
        self.select(task.id)

    def complete_selected(self) -> int:
        ids = self.selected_ids()
        if not ids:
            return 0
        try:
            changed = self.context.store.tasks.complete(ids, self.context.today_iso())
        except EnvironmentFault as error:
            show_not_saved(self, error)
            return 0
        self.refresh()
        return changed

    def reopen_selected(self) -> None:
        ids = self.selected_ids()
        try:
            with self.context.store.transaction():
                for task_id in ids:
                    self.context.store.tasks.reopen(task_id)
        except EnvironmentFault as error:
            show_not_saved(self, error)
        self.refresh()

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        try:
            with self.context.store.transaction():
                for task_id in ids:
                    self.context.store.tasks.delete(task_id)
        except EnvironmentFault as error:
            show_not_saved(self, error)
        self.refresh()

    def edit_current(self) -> TaskDialog | None:
        ids = self.selected_ids()
        task = self.context.store.tasks.find(ids[0]) if ids else None
        return self.open_editor(task) if task else None

    def open_editor(self, task: Task | None) -> TaskDialog:
        dialog = TaskDialog(self.context, task, self)
        show_editor(self, dialog)
        return dialog
