"""Dialogs of the Delegation tab: a decision rule and an area of responsibility.

Both save themselves when OK is pressed (one transaction) and stay open with a
message at the field when the input is refused.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.domain.delegation import MAX_LEVEL, MIN_LEVEL
from tandem_desktop.domain.enums import Owner, TaskStatus
from tandem_desktop.domain.records import Area, DecisionRule, Task
from tandem_desktop.services.rules import save_rule
from tandem_desktop.storage.errors import EnvironmentFault, ValidationError
from tandem_desktop.ui.actions import run_action, show_not_saved
from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.dates import from_qdate, to_qdate
from tandem_desktop.ui.labels import level_label, level_meaning, owner_name
from tandem_desktop.ui.widgets import (
    FieldError,
    date_field,
    form_dialog_layout,
    plain_label,
    require_text,
    required_line,
)


class OptionalDateEdit(QWidget):
    """A date that may be left empty: a check box switches the date field on."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The form row names the date; the box only says whether there is one.
        self.enabled = QCheckBox(self)
        self.enabled.setAccessibleName(text)
        self.enabled.setToolTip(text)
        self.edit = date_field(self)
        self.edit.setEnabled(False)
        self.enabled.toggled.connect(self.edit.setEnabled)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit, 1)

    def set_value(self, value: str | None, fallback: str) -> None:
        self.enabled.setChecked(value is not None)
        self.edit.setDate(to_qdate(value or fallback))

    def value(self) -> str | None:
        if not self.enabled.isChecked():
            return None
        return from_qdate(self.edit.date()).isoformat()


class LevelPicker(QWidget):
    """A level chosen from 1..7 only, with its meaning always visible underneath."""

    def __init__(self, optional: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo = QComboBox(self)
        if optional:
            self.combo.addItem(self.tr("(no target)"), None)
        for number in range(MIN_LEVEL, MAX_LEVEL + 1):
            self.combo.addItem(level_label(number), number)
        self.meaning = plain_label("", self)
        self.meaning.setObjectName("levelMeaning")
        layout.addWidget(self.combo)
        layout.addWidget(self.meaning)
        self.combo.currentIndexChanged.connect(self._show_meaning)
        self._show_meaning()

    def _show_meaning(self) -> None:
        number = self.level()
        self.meaning.setText(level_meaning(number) if number else "")

    def level(self) -> int | None:
        value = self.combo.currentData()
        return int(value) if value is not None else None

    def set_level(self, number: int | None) -> None:
        index = self.combo.findData(number)
        self.combo.setCurrentIndex(max(index, 0))


def _text_box(parent: QWidget, placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * 3 + 14)
    return box


class RuleDialog(QDialog):
    """Create or edit a decision rule; a changed level lands in its history."""

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 rule: DecisionRule | None = None, decision: str = "",
                 area_id: str | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.rule = rule
        self.saved: DecisionRule | None = None
        self.setWindowTitle(self.tr("Decision rule") if rule else self.tr("New decision rule"))
        self.setMinimumWidth(560)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.decision, self.decision_error = required_line(
            form, self, self.tr("Decision:"), self.tr("e.g. Book business travel"))
        self.area = QComboBox(self)
        self.area.addItem(self.tr("(no area)"), None)
        for area in context.store.areas.for_tandem(context.tandem_id):
            self.area.addItem(area.name, area.id)
        form.addRow(self.tr("Area:"), self.area)
        self.level = LevelPicker(False, self)
        self.level_error = FieldError(self)
        form.addRow(self.tr("Level:"), self.level)
        form.addRow("", self.level_error)
        self.target = LevelPicker(True, self)
        form.addRow(self.tr("Target level:"), self.target)
        self.limits = _text_box(self, self.tr("e.g. up to 800 EUR, economy class"))
        form.addRow(self.tr("Limits and conditions:"), self.limits)
        self.examples = _text_box(self, self.tr("e.g. train to Munich, hotel for the fair"))
        form.addRow(self.tr("Examples:"), self.examples)
        self.agreed_on = OptionalDateEdit(self.tr("Agreed on a date"), self)
        form.addRow(self.tr("Agreed on:"), self.agreed_on)
        self.review_on = OptionalDateEdit(self.tr("Review on a date"), self)
        form.addRow(self.tr("Review on:"), self.review_on)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Why this level? Kept in the rule's history"))
        form.addRow(self.tr("Note on the level:"), self.note)
        if rule is not None:
            self.tasks = plain_label(self._tasks_text(context.store.tasks.under_rule(rule.id)),
                                     self)
            form.addRow(self.tr("Tasks under it:"), self.tasks)

        today = context.today_iso()
        if rule is not None:
            self.decision.setText(rule.decision)
            self.area.setCurrentIndex(max(self.area.findData(rule.area_id), 0))
            self.level.set_level(rule.level)
            self.target.set_level(rule.target_level)
            self.limits.setPlainText(rule.limits)
            self.examples.setPlainText(rule.examples)
            self.agreed_on.set_value(rule.agreed_on, today)
            self.review_on.set_value(rule.review_on, today)
        else:
            self.decision.setText(decision)
            self.area.setCurrentIndex(max(self.area.findData(area_id), 0))
            self.level.set_level(3)
            self.target.set_level(None)
            self.agreed_on.set_value(today, today)
            self.review_on.set_value(None, today)

        self.buttons = form_dialog_layout(self, form, self.accept)

    def _tasks_text(self, tasks: list[Task]) -> str:
        if not tasks:
            return self.tr("None yet. A task is put under this rule in the task's editor.")
        waiting = [task for task in tasks if task.status != TaskStatus.DONE.value]
        lines = [self.tr("{open} open, {done} done").format(
            open=len(waiting), done=len(tasks) - len(waiting))]
        lines += ["• " + " ".join(task.title.split()) for task in waiting[:5]]
        if len(waiting) > 5:
            lines.append("…")
        return "\n".join(lines)

    def record(self) -> DecisionRule:
        level = self.level.level() or 3
        values: dict[str, Any] = dict(
            decision=self.decision.text().strip(), area_id=self.area.currentData(),
            level=level, target_level=self.target.level(),
            limits=self.limits.toPlainText().strip(),
            examples=self.examples.toPlainText().strip(),
            agreed_on=self.agreed_on.value(), review_on=self.review_on.value(),
        )
        if self.rule is not None:
            return dataclasses.replace(self.rule, **values)
        return DecisionRule(tandem_id=self.context.tandem_id, **values)

    def accept(self) -> None:
        if not require_text(self.decision, self.decision_error,
                            self.tr("Say which decision this rule is about.")):
            return
        try:
            self.saved = save_rule(self.context.store, self.record(), self.note.text().strip(),
                                   self.context.today_iso())
        except ValidationError as error:
            target = self.level_error if "level" in error.field else self.decision_error
            target.show_message(self.tr("This value cannot be saved: {reason}").format(
                reason=error.message))
            return
        except EnvironmentFault as error:
            show_not_saved(self, error)
            return
        super().accept()


class AreaDialog(QDialog):
    """Create or edit an area of responsibility."""

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 area: Area | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.area = area
        self.saved: Area | None = None
        self.setWindowTitle(self.tr("Area of responsibility") if area
                            else self.tr("New area of responsibility"))
        self.setMinimumWidth(500)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name, self.name_error = required_line(
            form, self, self.tr("Name:"), self.tr("e.g. Travel & events"))
        self.description = _text_box(self, self.tr("What belongs to this area?"))
        form.addRow(self.tr("Description:"), self.description)
        self.owner = QComboBox(self)
        for owner in Owner:
            self.owner.addItem(owner_name(owner.value), owner.value)
        form.addRow(self.tr("Owner:"), self.owner)
        self.since = OptionalDateEdit(self.tr("Since a known date"), self)
        form.addRow(self.tr("Since:"), self.since)
        self.review_on = OptionalDateEdit(self.tr("Review on a date"), self)
        form.addRow(self.tr("Review on:"), self.review_on)
        today = context.today_iso()
        if area is not None:
            self.name.setText(area.name)
            self.description.setPlainText(area.description)
            self.owner.setCurrentIndex(max(self.owner.findData(area.owner), 0))
            self.since.set_value(area.since, today)
            self.review_on.set_value(area.review_on, today)
        else:
            self.owner.setCurrentIndex(self.owner.findData(Owner.ASSISTANT.value))
            self.since.set_value(today, today)
            self.review_on.set_value(None, today)
        self.buttons = form_dialog_layout(self, form, self.accept)

    def record(self) -> Area:
        values: dict[str, Any] = dict(name=self.name.text().strip(),
                      description=self.description.toPlainText().strip(),
                      owner=str(self.owner.currentData()), since=self.since.value(),
                      review_on=self.review_on.value())
        if self.area is not None:
            return dataclasses.replace(self.area, **values)
        return Area(tandem_id=self.context.tandem_id, **values)

    def accept(self) -> None:
        if not require_text(self.name, self.name_error, self.tr("Give the area a name.")):
            return
        store = self.context.store

        def write() -> None:
            with store.transaction():
                record = self.record()
                self.saved = store.areas.update(record) if self.area else store.areas.add(record)

        def refused(error: ValidationError) -> None:
            self.name_error.show_message(self.tr("This value cannot be saved: {reason}").format(
                reason=error.message))

        if run_action(self, write, refused=refused):
            super().accept()

