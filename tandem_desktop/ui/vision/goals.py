"""Goals: the list (filtered in SQL) and the editor with linked tasks and rules."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.domain.enums import GoalKind, GoalStatus, ProgressMode
from tandem_desktop.domain.goals import GoalStanding, is_late, share_done
from tandem_desktop.domain.records import Goal, Task
from tandem_desktop.ui.actions import run_action
from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.dates import from_qdate, to_qdate
from tandem_desktop.ui.labels import goal_kind_name, goal_status_name, level_label
from tandem_desktop.ui.table_model import ID_ROLE
from tandem_desktop.ui.vision.models import (
    GoalRuleModel,
    GoalTableModel,
    LinkedTaskModel,
    first_line,
)
from tandem_desktop.ui.widgets import (
    FieldError,
    confirm,
    date_field,
    late_colour,
    plain_label,
    read_only_table,
    require_text,
)

OPEN_STATUSES = (GoalStatus.PLANNED.value, GoalStatus.ACTIVE.value)
LINKABLE_TASKS = 300


class GoalEditor(QWidget):
    """One goal's fields; its tasks and (for development goals) decision rules."""

    goalSaved = Signal(str)
    goalDeleted = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.goal: Goal | None = None
        self.standing: GoalStanding | None = None
        self._loading = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = plain_label("", self, wrap=True)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.agenda_button = QPushButton(self.tr("Put on next check-in"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.agenda_button)
        top.addWidget(self.delete_button)
        layout.addLayout(top)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setPlaceholderText(self.tr("What do you want to reach?"))
        self.title.setMaxLength(200)
        self.title_error = FieldError(self)
        title_box = QVBoxLayout()
        title_box.setSpacing(2)
        title_box.addWidget(self.title)
        title_box.addWidget(self.title_error)
        form.addRow(self.tr("Title"), title_box)

        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind"))
        for kind in GoalKind:
            self.kind.addItem(goal_kind_name(kind.value), kind.value)
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Status"))
        for status in GoalStatus:
            self.status.addItem(goal_status_name(status.value), status.value)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind, 1)
        kind_row.addWidget(plain_label(self.tr("Status"), self, wrap=False))
        kind_row.addWidget(self.status, 1)
        form.addRow(self.tr("Kind"), kind_row)

        self.has_target = QCheckBox(self)
        self.has_target.setAccessibleName(self.tr("Has a target date"))
        self.has_target.setToolTip(self.tr("Untick for a goal without a target date"))
        self.target = date_field(self, self.tr("Target date"))
        self.late_label = plain_label(self.tr("⚠ The target date has passed."), self, wrap=False)
        self.late_label.setObjectName("lateFlag")
        self.late_label.setStyleSheet(f"color: {late_colour().name()};")
        target_row = QHBoxLayout()
        target_row.addWidget(self.has_target)
        target_row.addWidget(self.target)
        target_row.addWidget(self.late_label)
        target_row.addStretch(1)
        form.addRow(self.tr("Target date"), target_row)

        self.mode = QComboBox(self)
        self.mode.setAccessibleName(self.tr("How progress is measured"))
        self.mode.addItem(self.tr("Set by hand"), ProgressMode.MANUAL.value)
        self.mode.addItem(self.tr("Follows the tasks done"), ProgressMode.TASKS.value)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, 100)
        self.slider.setSingleStep(5)
        self.slider.setPageStep(10)
        self.slider.setAccessibleName(self.tr("Progress"))
        self.spin = QSpinBox(self)
        self.spin.setRange(0, 100)
        self.spin.setSuffix(" %")
        self.spin.setAccessibleName(self.tr("Progress in percent"))
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.slider, 1)
        progress_row.addWidget(self.spin)
        progress_row.addWidget(self.mode)
        form.addRow(self.tr("Progress"), progress_row)

        self.area = QComboBox(self)
        self.area.setAccessibleName(self.tr("Area of responsibility"))
        form.addRow(self.tr("Area"), self.area)
        self.description = self._text_field()
        self.description.setAccessibleName(self.tr("Description"))
        form.addRow(self.tr("Description"), self.description)
        self.contribution = self._text_field()
        self.contribution.setAccessibleName(self.tr("Contribution"))
        self.contribution.setPlaceholderText(self.tr("What the assistant does toward it"))
        self.contribution_label = plain_label(self.tr("Contribution"), self)
        form.addRow(self.contribution_label, self.contribution)
        layout.addLayout(form)

        buttons = QHBoxLayout()
        self.agenda_note = plain_label("", self, wrap=True)
        self.discard_button = QPushButton(self.tr("Discard changes"), self)
        self.save_button = QPushButton(self.tr("Save goal"), self)
        self.save_button.setDefault(True)
        buttons.addWidget(self.agenda_note, 1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)

        self.tasks_box = QGroupBox(self.tr("Tasks toward this goal"), self)
        tasks_layout = QVBoxLayout(self.tasks_box)
        self.tasks_summary = plain_label("", self.tasks_box)
        tasks_layout.addWidget(self.tasks_summary)
        self.task_model = LinkedTaskModel(self._toggle_task, self)
        self.task_view = QListView(self.tasks_box)
        self.task_view.setModel(self.task_model)
        self.task_view.setAccessibleName(self.tr("Tasks toward this goal"))
        self.task_view.setMinimumHeight(80)
        self.task_view.setMaximumHeight(170)
        tasks_layout.addWidget(self.task_view)
        link_row = QHBoxLayout()
        self.linkable = QComboBox(self.tasks_box)
        self.linkable.setAccessibleName(self.tr("Task to link"))
        self.linkable.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.linkable.setMinimumContentsLength(16)
        self.link_button = QPushButton(self.tr("Link task"), self.tasks_box)
        self.unlink_button = QPushButton(self.tr("Unlink"), self.tasks_box)
        link_row.addWidget(self.linkable, 1)
        link_row.addWidget(self.link_button)
        link_row.addWidget(self.unlink_button)
        tasks_layout.addLayout(link_row)
        new_row = QHBoxLayout()
        self.new_task = QLineEdit(self.tasks_box)
        self.new_task.setAccessibleName(self.tr("New task"))
        self.new_task.setPlaceholderText(self.tr("New task for this goal"))
        self.new_task.setMaxLength(200)
        self.add_task_button = QPushButton(self.tr("Add task"), self.tasks_box)
        new_row.addWidget(self.new_task, 1)
        new_row.addWidget(self.add_task_button)
        tasks_layout.addLayout(new_row)
        self.new_task_error = FieldError(self.tasks_box)
        tasks_layout.addWidget(self.new_task_error)
        layout.addWidget(self.tasks_box)

        self.rules_box = QGroupBox(self.tr("Decision rules to grow into"), self)
        rules_layout = QVBoxLayout(self.rules_box)
        self.rules_summary = plain_label("", self.rules_box)
        rules_layout.addWidget(self.rules_summary)
        self.rule_model = GoalRuleModel(self)
        self.rule_view = QListView(self.rules_box)
        self.rule_view.setModel(self.rule_model)
        self.rule_view.setAccessibleName(self.tr("Decision rules to grow into"))
        self.rule_view.setMinimumHeight(60)
        self.rule_view.setMaximumHeight(140)
        rules_layout.addWidget(self.rule_view)
        rule_row = QHBoxLayout()
        self.rule_choice = QComboBox(self.rules_box)
        self.rule_choice.setAccessibleName(self.tr("Decision rule to add"))
        self.rule_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.rule_choice.setMinimumContentsLength(16)
        self.add_rule_button = QPushButton(self.tr("Add rule"), self.rules_box)
        self.remove_rule_button = QPushButton(self.tr("Remove"), self.rules_box)
        rule_row.addWidget(self.rule_choice, 1)
        rule_row.addWidget(self.add_rule_button)
        rule_row.addWidget(self.remove_rule_button)
        rules_layout.addLayout(rule_row)
        layout.addWidget(self.rules_box)
        self.unsaved_hint = plain_label(self.tr(
            "Save the goal first; then you can link tasks to it and, for a development "
            "goal, the decision rules it aims at."), self)
        layout.addWidget(self.unsaved_hint)
        layout.addStretch(1)

        self.slider.valueChanged.connect(self.spin.setValue)
        self.spin.valueChanged.connect(self.slider.setValue)
        for signal in (self.title.textChanged, self.spin.valueChanged,
                       self.kind.currentIndexChanged, self.status.currentIndexChanged,
                       self.mode.currentIndexChanged, self.area.currentIndexChanged,
                       self.has_target.toggled, self.target.dateChanged,
                       self.description.textChanged, self.contribution.textChanged):
            signal.connect(self._on_edited)
        self.save_button.clicked.connect(self.save)
        self.discard_button.clicked.connect(self.discard)
        self.delete_button.clicked.connect(self.delete)
        self.agenda_button.clicked.connect(self.put_on_agenda)
        self.link_button.clicked.connect(self.link_task)
        self.unlink_button.clicked.connect(self.unlink_task)
        self.add_task_button.clicked.connect(self.add_task)
        self.new_task.returnPressed.connect(self.add_task)
        self.add_rule_button.clicked.connect(self.add_rule)
        self.remove_rule_button.clicked.connect(self.remove_rule)
        self.task_view.selectionModel().selectionChanged.connect(self._update_enabled)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)
        self.rule_view.selectionModel().selectionChanged.connect(self._update_enabled)
        self.start_new()

    def _text_field(self) -> QPlainTextEdit:
        field = QPlainTextEdit(self)
        field.setTabChangesFocus(True)
        field.setFixedHeight(field.fontMetrics().lineSpacing() * 3 + 14)
        return field

    # -- loading ------------------------------------------------------------------
    @property
    def goal_id(self) -> str | None:
        return self.goal.id if self.goal else None

    def start_new(self, kind: str = GoalKind.SHARED.value) -> None:
        self.load(None)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self._update_enabled()

    def load(self, standing: GoalStanding | None) -> None:
        """Show a goal (or an empty form for a new one); discards unsaved edits."""
        self.goal = standing.goal if standing else None
        self.standing = standing
        goal = self.goal
        self._loading = True
        self._fill_areas(goal.area_id if goal else None)
        self.title.setText(goal.title if goal else "")
        self.kind.setCurrentIndex(max(0, self.kind.findData(goal.kind if goal else "shared")))
        self.status.setCurrentIndex(max(0, self.status.findData(
            goal.status if goal else GoalStatus.ACTIVE.value)))
        today = self.context.clock.today()
        self.has_target.setChecked(bool(goal and goal.target_on))
        target = date.fromisoformat(goal.target_on) if goal and goal.target_on else None
        self.target.setDate(to_qdate(target or today.replace(month=12, day=31)))
        self.mode.setCurrentIndex(max(0, self.mode.findData(
            goal.progress_mode if goal else ProgressMode.MANUAL.value)))
        self.spin.setValue(standing.progress if standing else 0)
        self.description.setPlainText(goal.description if goal else "")
        self.contribution.setPlainText(goal.contribution if goal else "")
        self._loading = False
        self.title_error.show_message("")
        self.new_task_error.show_message("")
        self.agenda_note.setText("")
        self.heading.setText(first_line(goal.title, 120) if goal else self.tr("New goal"))
        self.set_links(standing)

    def set_links(self, standing: GoalStanding | None) -> None:
        """Reload tasks and rules of the shown goal, keeping the typed fields."""
        store, goal = self.context.store, self.goal
        self.standing = standing
        if goal is None:
            self.task_model.set_rows([])
            self.rule_model.set_rows([])
            self.linkable.clear()
            self.rule_choice.clear()
        else:
            self.task_model.set_rows(store.tasks.for_goal(goal.id))
            self.linkable.clear()
            # A choice list of many thousand tasks is slow and of no use: the open ones
            # due soonest are offered; any task can also be linked from its own dialog.
            for task in store.tasks.linkable(goal.tandem_id, LINKABLE_TASKS):
                self.linkable.addItem(first_line(task.title, 60), task.id)
            self.rule_model.set_rows(store.rules.of_goal(goal.id))
            named = {rule.id for rule in self.rule_model.rows}
            self.rule_choice.clear()
            labels: dict[int, str] = {}  # seven levels, named once (thousands of rules)
            for rule_id, decision, level, target_level in store.rules.choices(goal.tandem_id):
                if rule_id not in named:
                    if level not in labels:
                        labels[level] = level_label(level)
                    if target_level and target_level not in labels:
                        labels[target_level] = level_label(target_level)
                    target = labels[target_level] if target_level else "–"
                    self.rule_choice.addItem(
                        f"{first_line(decision, 50)} ({labels[level]} → {target})", rule_id)
        name = self.context.name_of("assistant")
        self.contribution_label.setText(
            self.tr("{name}'s contribution").format(name=name) if name
            else self.tr("Contribution"))
        self._update_summaries()
        self._update_enabled()

    def _fill_areas(self, selected: str | None) -> None:
        self.area.blockSignals(True)
        self.area.clear()
        self.area.addItem(self.tr("(no area)"), None)
        if self.context.tandem is not None:
            for area in self.context.store.areas.for_tandem(self.context.tandem_id):
                self.area.addItem(first_line(area.name, 60), area.id)
        self.area.setCurrentIndex(max(0, self.area.findData(selected)) if selected else 0)
        self.area.blockSignals(False)

    def refresh_areas(self) -> None:
        self._fill_areas(self.area.currentData())

    # -- state --------------------------------------------------------------------
    def values(self) -> dict[str, object]:
        return {
            "title": self.title.text().strip(),
            "kind": self.kind.currentData(),
            "status": self.status.currentData(),
            "target_on": (from_qdate(self.target.date()).isoformat() if self.has_target.isChecked()
                          else None),
            "progress_mode": self.mode.currentData(),
            "progress": self.spin.value(),
            "area_id": self.area.currentData(),
            "description": self.description.toPlainText().strip(),
            "contribution": self.contribution.toPlainText().strip(),
        }

    def is_dirty(self) -> bool:
        values = self.values()
        if self.goal is None:
            return bool(values["title"] or values["description"] or values["contribution"])
        stored = {name: getattr(self.goal, name) for name in values}
        if values["progress_mode"] == ProgressMode.TASKS.value:
            # The number shown follows the tasks; it is no edit of the user's.
            values.pop("progress")
            stored.pop("progress")
        return values != stored

    def _following_tasks(self) -> bool:
        return bool(self.mode.currentData() == ProgressMode.TASKS.value)

    def _on_edited(self) -> None:
        if self._loading:
            return
        if self._following_tasks():
            standing = self.standing
            value = share_done(standing.tasks_done, standing.tasks_total) if standing else 0
            self._loading = True
            self.spin.setValue(value)
            self._loading = False
        self._update_enabled()

    def _update_summaries(self) -> None:
        standing = self.standing
        done = standing.tasks_done if standing else 0
        total = standing.tasks_total if standing else 0
        if total:
            self.tasks_summary.setText(self.tr("{done} of %n task(s) done", None, total).format(
                done=done))
        else:
            self.tasks_summary.setText(self.tr("No tasks linked yet."))
        reached = standing.rules_reached if standing else 0
        named = standing.rules_total if standing else 0
        if named:
            self.rules_summary.setText(self.tr(
                "{reached} of %n rule(s) are at their target level", None, named).format(
                reached=reached))
        else:
            self.rules_summary.setText(self.tr(
                "Name the decisions the assistant wants to take more freely."))
        if self._following_tasks() and standing is not None and not self._loading:
            self._loading = True
            self.spin.setValue(standing.progress)
            self._loading = False

    def _update_enabled(self) -> None:
        saved = self.goal is not None
        dirty = self.is_dirty()
        manual = not self._following_tasks()
        self.slider.setEnabled(manual)
        self.spin.setEnabled(manual)
        self.target.setEnabled(self.has_target.isChecked())
        target = self.values()["target_on"]
        late = is_late(target if isinstance(target, str) else None,
                       str(self.status.currentData()), self.context.clock.today())
        self.late_label.setVisible(late)
        self.save_button.setEnabled(dirty or not saved)
        self.discard_button.setEnabled(dirty)
        self.delete_button.setEnabled(saved)
        self.agenda_button.setEnabled(saved and not self._on_agenda())
        self.tasks_box.setVisible(saved)
        self.rules_box.setVisible(
            saved and self.kind.currentData() == GoalKind.DEVELOPMENT.value)
        self.unsaved_hint.setVisible(not saved)
        self.link_button.setEnabled(saved and self.linkable.count() > 0)
        self.unlink_button.setEnabled(bool(self.task_view.selectionModel().selectedRows()))
        self.add_rule_button.setEnabled(saved and self.rule_choice.count() > 0)
        self.remove_rule_button.setEnabled(bool(self.rule_view.selectionModel().selectedRows()))

    def _on_agenda(self) -> bool:
        if self.goal is None:
            return False
        return any(item.meeting_id is None and not item.discussed
                   for item in self.context.store.agenda.for_source("goal", self.goal.id))

    # -- actions ------------------------------------------------------------------
    def save(self) -> bool:
        if not require_text(self.title, self.title_error,
                            self.tr("A goal needs a title.")):
            return False
        values = self.values()
        store = self.context.store
        stored: list[Goal] = []

        def write() -> None:
            with store.transaction():
                if self.goal is None:
                    stored.append(store.goals.add(Goal(
                        tandem_id=self.context.tandem_id, **values)))  # type: ignore[arg-type]
                else:
                    stored.append(store.goals.change(self.goal.id, **values))

        if not run_action(self, write):
            return False
        self.load(store.goals.standing(stored[0].id))
        self.goalSaved.emit(stored[0].id)
        return True

    def discard(self) -> None:
        self.load(self.standing if self.goal else None)

    def delete(self) -> None:
        goal = self.goal
        if goal is None:
            return
        if not confirm(self, self.tr("Delete goal"), self.tr(
                "Move the goal “{title}” to the Trash? Its tasks stay in the task list."
        ).format(title=first_line(goal.title, 80))):
            return
        if run_action(self, lambda: self.context.store.goals.delete(goal.id)):
            self.start_new()
            self.goalDeleted.emit(goal.id)

    def put_on_agenda(self) -> None:
        goal = self.goal
        if goal is None or self._on_agenda():
            return
        store = self.context.store
        tandem_id = self.context.tandem_id

        def write() -> None:
            store.agenda.add_to_backlog(
                tandem_id, self.tr("Goal: {title}").format(title=goal.title), "topic",
                self.context.my_role.value, source_kind="goal", source_id=goal.id)

        if run_action(self, write):
            self.agenda_note.setText(self.tr("On the agenda for the next check-in."))
            self._update_enabled()

    def _selected_task(self) -> Task | None:
        rows = self.task_view.selectionModel().selectedRows()
        return self.task_model.rows[rows[0].row()] if rows else None

    def _toggle_task(self, task: Task, done: bool) -> None:
        store = self.context.store
        today = self.context.today_iso()

        def write() -> None:
            with store.transaction():
                store.tasks.change(task.id, status="done" if done else "open",
                                   done_on=today if done else None)

        run_action(self, write)

    def link_task(self) -> None:
        task_id = self.linkable.currentData()
        if self.goal is None or not task_id:
            return
        goal_id = self.goal.id
        store = self.context.store

        def write() -> None:
            with store.transaction():
                store.tasks.change(task_id, goal_id=goal_id)

        run_action(self, write)

    def unlink_task(self) -> None:
        task = self._selected_task()
        if task is None:
            return
        store = self.context.store

        def write() -> None:
            with store.transaction():
                store.tasks.change(task.id, goal_id=None)

        run_action(self, write)

    def add_task(self) -> None:
        goal = self.goal
        if goal is None:
            return
        if not require_text(self.new_task, self.new_task_error,
                            self.tr("Write what the task is.")):
            return
        title = self.new_task.text().strip()
        store = self.context.store
        owner = self.context.my_role.value

        def write() -> None:
            with store.transaction():
                store.tasks.add(Task(tandem_id=goal.tandem_id, title=title, owner=owner,
                                     goal_id=goal.id, area_id=goal.area_id))

        if run_action(self, write):
            self.new_task.clear()

    def add_rule(self) -> None:
        rule_id = self.rule_choice.currentData()
        goal = self.goal
        if goal is None or not rule_id:
            return
        store = self.context.store

        def write() -> None:
            with store.transaction():
                store.goal_rules.link(goal.tandem_id, goal.id, rule_id)

        run_action(self, write)

    def remove_rule(self) -> None:
        rows = self.rule_view.selectionModel().selectedRows()
        goal = self.goal
        if goal is None or not rows:
            return
        rule_id = self.rule_model.rows[rows[0].row()].id
        store = self.context.store

        def write() -> None:
            with store.transaction():
                store.goal_rules.unlink(goal.id, rule_id)

        run_action(self, write)


class GoalsPanel(QWidget):
    """Filters, the goal table and the editor beside it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._switching = False
        self._tandem_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search goals"))
        self.search.setAccessibleName(self.tr("Search goals"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Show goals"))
        self.status_filter.addItem(self.tr("All goals"), None)
        self.status_filter.addItem(self.tr("Open goals"), "open")
        for status in GoalStatus:
            self.status_filter.addItem(goal_status_name(status.value), status.value)
        self.kind_filter = QComboBox(self)
        self.kind_filter.setAccessibleName(self.tr("Kind of goal"))
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in GoalKind:
            self.kind_filter.addItem(goal_kind_name(kind.value), kind.value)
        self.new_button = QPushButton(self.tr("New goal"), self)
        filters.addWidget(self.search, 2)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.kind_filter, 1)
        filters.addWidget(self.new_button)
        layout.addLayout(filters)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        self.model = GoalTableModel(self)
        self.table = read_only_table(splitter, self.model)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Goals"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(GoalTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        # Column widths from the first rows only: measuring every goal on each
        # refresh made one change cost a fifth of a second with 1,000 goals.
        header.setResizeContentsPrecision(60)
        header.setHighlightSections(False)
        self.table.setColumnHidden(GoalTableModel.AREA, True)
        self.table.setMinimumWidth(240)
        self.empty_label = plain_label("", self)
        self.editor = GoalEditor(context, self)
        scroll = QScrollArea(splitter)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.editor)
        scroll.setMinimumWidth(360)
        splitter.addWidget(self.table)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([540, 660])
        layout.addWidget(splitter, 1)
        layout.addWidget(self.empty_label)

        self.search.textChanged.connect(self.refresh)
        self.status_filter.currentIndexChanged.connect(self.refresh)
        self.kind_filter.currentIndexChanged.connect(self.refresh)
        self.new_button.clicked.connect(lambda: self.new_goal())
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        self.editor.goalSaved.connect(self.select_goal)
        self.editor.goalDeleted.connect(lambda _goal_id: self.refresh())

    # -- data ---------------------------------------------------------------------
    def standings(self) -> list[GoalStanding]:
        wanted = self.status_filter.currentData()
        statuses = None if wanted is None else (OPEN_STATUSES if wanted == "open" else [wanted])
        return self.context.store.goals.standings(
            self.context.tandem_id, text=self.search.text(), statuses=statuses,
            kind=self.kind_filter.currentData())

    def refresh(self) -> None:
        store = self.context.store
        first_look = self._tandem_id != self.context.tandem_id
        if first_look:
            # Another tandem: nothing typed for the previous one may land here.
            self._tandem_id = self.context.tandem_id
            self.clear_filters()
            self.editor.start_new()
        areas = {area.id: area.name for area in store.areas.for_tandem(self.context.tandem_id)}
        rows = self.standings()
        self._switching = True
        self.model.areas, self.model.today = areas, self.context.clock.today()
        self.model.set_rows(rows)
        self._switching = False
        if not rows:
            self.empty_label.setText(self.tr("No goals match.") if self._filtered()
                                     else self.tr("No goals yet: add the first with “New goal”."))
        self.empty_label.setVisible(not rows)
        if first_look and rows:
            self.editor.load(rows[0])  # open on the soonest goal rather than a blank form
        goal_id = self.editor.goal_id
        if goal_id is None:
            self.editor.refresh_areas()
            return
        standing = store.goals.standing(goal_id)
        if standing is None or standing.goal.tandem_id != self.context.tandem_id:
            self.editor.start_new()
            return
        self._select_row(self.model.row_of(goal_id))
        if self.editor.is_dirty():
            self.editor.set_links(standing)
        else:
            self.editor.load(standing)

    def all_standings(self) -> list[GoalStanding]:
        """Every goal of the tandem, soonest first.

        Right after refresh() the list already holds them when no filter narrows it,
        so the same query need not run twice.
        """
        if self._filtered():
            return self.context.store.goals.standings(self.context.tandem_id)
        return list(self.model.rows)

    def _filtered(self) -> bool:
        return bool(self.search.text().strip() or self.status_filter.currentIndex()
                    or self.kind_filter.currentIndex())

    def clear_filters(self) -> None:
        for widget in (self.status_filter, self.kind_filter):
            widget.blockSignals(True)
            widget.setCurrentIndex(0)
            widget.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)

    def _select_row(self, row: int) -> None:
        self._switching = True
        if row >= 0:
            index = self.model.index(row, GoalTableModel.TITLE)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
        else:
            self.table.clearSelection()
        self._switching = False

    def select_goal(self, goal_id: str) -> bool:
        """Show one goal in the editor (clearing filters that hide it)."""
        self.refresh()
        if self.model.row_of(goal_id) < 0:
            self.clear_filters()
            self.refresh()
        standing = self.context.store.goals.standing(goal_id)
        if standing is None:
            return False
        self.editor.load(standing)
        self._select_row(self.model.row_of(goal_id))
        return True

    def new_goal(self, kind: str = GoalKind.SHARED.value) -> None:
        if self.editor.is_dirty() and not self._may_discard():
            return
        self.editor.start_new(kind)
        self._select_row(-1)
        self.editor.title.setFocus()

    def _may_discard(self) -> bool:
        return confirm(self, self.tr("Unsaved changes"), self.tr(
            "The goal you are editing has unsaved changes. Discard them?"))

    def _on_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._switching or not current.isValid():
            return
        goal_id = self.model.data(current, ID_ROLE)
        if goal_id == self.editor.goal_id:
            return
        if self.editor.is_dirty() and not self._may_discard():
            self._select_row(previous.row() if previous.isValid() else -1)
            return
        self.editor.load(self.model.rows[current.row()])
