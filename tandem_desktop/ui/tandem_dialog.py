"""Create or edit a tandem; on first start, also offers the demo and joining the partner."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.domain.enums import Role
from tandem_desktop.domain.records import Tandem
from tandem_desktop.ui.dates import date_format, from_qdate, to_qdate
from tandem_desktop.ui.widgets import DateEdit, FieldError, heading, plain_label


class TandemDialog(QDialog):
    """The form for one tandem. ``welcome`` adds the first-start text and the buttons for
    the demo and for joining the partner's tandem."""

    def __init__(
        self,
        parent: QWidget | None = None,
        tandem: Tandem | None = None,
        *,
        welcome: bool = False,
        today: QDate | None = None,
    ) -> None:
        super().__init__(parent)
        self.wants_demo = False
        self.wants_join = False
        self._tandem = tandem
        self.setWindowTitle(
            self.tr("Welcome to Tandem") if welcome else
            self.tr("Edit tandem") if tandem else self.tr("New tandem")
        )
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        if welcome:
            layout.addWidget(heading(self.tr("Welcome to Tandem"), self))
            layout.addWidget(plain_label(self.tr(
                "Tandem helps a leader and an assistant build their partnership step by "
                "step: trust, clear communication, feedback, deliberate delegation and a "
                "shared vision. Start by naming your tandem. Everything stays on this "
                "computer."
            ), self))

        form = QFormLayout()
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Tandem name"))
        self.name.setPlaceholderText(self.tr("e.g. Office of the managing director"))
        self.name_error = FieldError(self)
        self.leader = QLineEdit(self)
        self.leader.setAccessibleName(self.tr("Leader's name"))
        self.leader_error = FieldError(self)
        self.assistant = QLineEdit(self)
        self.assistant.setAccessibleName(self.tr("Assistant's name"))
        self.assistant_error = FieldError(self)
        self.i_am_leader = QRadioButton(self.tr("the leader"), self)
        self.i_am_assistant = QRadioButton(self.tr("the assistant"), self)
        self.i_am_assistant.setChecked(True)
        roles = QButtonGroup(self)
        roles.addButton(self.i_am_leader)
        roles.addButton(self.i_am_assistant)
        role_row = QHBoxLayout()
        role_row.addWidget(self.i_am_leader)
        role_row.addWidget(self.i_am_assistant)
        role_row.addStretch(1)
        self.started = DateEdit(self)
        self.started.setCalendarPopup(True)
        self.started.setDisplayFormat(date_format())
        self.started.setDate(today or QDate.currentDate())
        self.started.setAccessibleName(self.tr("Started on"))
        self.feedback_days = QSpinBox(self)
        self.feedback_days.setRange(1, 365)
        self.feedback_days.setValue(28)
        self.feedback_days.setSuffix(self.tr(" days"))
        self.feedback_days.setAccessibleName(self.tr("Feedback conversation every"))

        form.addRow(self.tr("&Tandem name:"), self.name)
        form.addRow("", self.name_error)
        form.addRow(self.tr("&Leader:"), self.leader)
        form.addRow("", self.leader_error)
        form.addRow(self.tr("A&ssistant:"), self.assistant)
        form.addRow("", self.assistant_error)
        form.addRow(self.tr("I am:"), role_row)
        form.addRow(self.tr("Started &on:"), self.started)
        form.addRow(self.tr("&Feedback every:"), self.feedback_days)
        layout.addLayout(form)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Create tandem") if tandem is None else self.tr("Save")
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        if welcome:
            self.demo_button = QPushButton(self.tr("Explore the demo"), self)
            self.demo_button.setToolTip(self.tr("Open a tandem filled with example content"))
            buttons.addButton(self.demo_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.demo_button.clicked.connect(self._choose_demo)
            self.join_button = QPushButton(self.tr("My partner already uses Tandem"), self)
            self.join_button.setToolTip(self.tr(
                "Join the tandem your partner shares with you through a shared folder"))
            buttons.addButton(self.join_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.join_button.clicked.connect(self._choose_join)
        layout.addWidget(buttons)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)

        if tandem is not None:
            self.name.setText(tandem.name)
            self.leader.setText(tandem.leader_name)
            self.assistant.setText(tandem.assistant_name)
            (self.i_am_leader if tandem.my_role == Role.LEADER else self.i_am_assistant
             ).setChecked(True)
            if tandem.started_on:
                self.started.setDate(to_qdate(tandem.started_on))
            self.feedback_days.setValue(tandem.feedback_every_days)

    def _choose_demo(self) -> None:
        self.wants_demo = True
        self.accept()

    def _choose_join(self) -> None:
        self.wants_join = True
        self.accept()

    def _accept(self) -> None:
        checks = [
            (self.name, self.name_error, self.tr("Please give the tandem a name.")),
            (self.leader, self.leader_error, self.tr("Please enter the leader's name.")),
            (self.assistant, self.assistant_error, self.tr("Please enter the assistant's name.")),
        ]
        first_bad = None
        for field, error, message in checks:
            if field.text().strip():
                error.show_message("")
            else:
                error.show_message(message)
                first_bad = first_bad or field
        if first_bad is not None:
            first_bad.setFocus()
            return
        self.accept()

    def tandem(self) -> Tandem:
        """The tandem as entered (with the original id when editing)."""
        values: dict[str, Any] = {
            "name": self.name.text().strip(),
            "leader_name": self.leader.text().strip(),
            "assistant_name": self.assistant.text().strip(),
            "my_role": (Role.LEADER if self.i_am_leader.isChecked() else Role.ASSISTANT).value,
            "started_on": from_qdate(self.started.date()).isoformat(),
            "feedback_every_days": self.feedback_days.value(),
        }
        if self._tandem is not None:
            return dataclasses.replace(self._tandem, **values)
        return Tandem(**values)
