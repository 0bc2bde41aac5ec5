"""The form for logging or editing one feedback entry, built for the keyboard.

Tab moves through the fields in reading order and Enter saves, so an entry is
written down in well under half a minute.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.domain.enums import FeedbackDirection, FeedbackKind, FeedbackStatus, Role
from tandem_desktop.domain.records import Feedback
from tandem_desktop.ui.dates import from_qdate, to_qdate
from tandem_desktop.ui.feedback.models import lock_icon
from tandem_desktop.ui.labels import feedback_kind_name, feedback_status_name
from tandem_desktop.ui.widgets import FieldError, date_field


class FeedbackDialog(QDialog):
    """New entry when ``entry`` is None, otherwise edits it.

    ``save`` writes the record and returns it as stored, or None when it could
    not (the dialog then stays open with everything typed still there).
    """

    def __init__(
        self,
        *,
        tandem_id: str,
        my_role: Role,
        partner_name: str,
        today: date,
        save: Callable[[Feedback], Feedback | None],
        entry: Feedback | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._tandem_id = tandem_id
        self._my_role = my_role
        self._save = save
        self._entry = entry
        self.saved: Feedback | None = None
        self.setWindowTitle(self.tr("Edit feedback") if entry else self.tr("Log feedback"))
        self.setMinimumWidth(520)

        self.direction = QComboBox(self)
        self.direction.addItem(self.tr("I give feedback to {name}").format(name=partner_name),
                               FeedbackDirection.given_by(my_role).value)
        self.direction.addItem(
            self.tr("I receive feedback from {name}").format(name=partner_name),
            FeedbackDirection.given_by(my_role.partner).value)
        self.kind = QComboBox(self)
        for kind in FeedbackKind:
            self.kind.addItem(feedback_kind_name(kind.value), kind.value)
        self.given_on = date_field(self)
        qtoday = to_qdate(today)
        self.given_on.setMaximumDate(qtoday)
        self.given_on.setDate(qtoday)

        self.situation = self._line(self.tr("When and where? e.g. yesterday's call with the bank"))
        self.behaviour = self._line(self.tr("What exactly was done or said?"))
        self.impact = self._line(self.tr("What did it lead to?"))
        self.request = self._line(self.tr("What would help next time?"))
        self.text_error = FieldError(self)
        self.text_error.setObjectName("feedbackTextError")

        self.asked_for = QCheckBox(self.tr("The receiver asked for this feedback"), self)
        self.private = QCheckBox(self.tr("Private: stays on this computer, never shared"), self)
        self.private.setIcon(lock_icon())
        self.status = QComboBox(self)
        for status in FeedbackStatus:
            self.status.addItem(feedback_status_name(status.value), status.value)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Direction:"), self.direction)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind, 1)
        date_label = QLabel(self.tr("D&ate:"), self)
        date_label.setBuddy(self.given_on)
        kind_row.addWidget(date_label)
        kind_row.addWidget(self.given_on)
        kind_label = QLabel(self.tr("&Kind:"), self)
        kind_label.setBuddy(self.kind)
        form.addRow(kind_label, kind_row)
        form.addRow(self.tr("&Situation:"), self.situation)
        form.addRow(self.tr("&Behaviour:"), self.behaviour)
        form.addRow(self.tr("&Impact:"), self.impact)
        form.addRow(self.tr("&Request / next step:"), self.request)
        form.addRow("", self.text_error)
        form.addRow("", self.asked_for)
        form.addRow("", self.private)
        form.addRow(self.tr("S&tatus:"), self.status)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.buttons = buttons
        if entry is not None:
            self._fill(entry)
        self.direction.setFocus()

    def _line(self, placeholder: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setPlaceholderText(placeholder)
        field.setClearButtonEnabled(True)
        field.textChanged.connect(lambda _text: self.text_error.show_message(""))
        return field

    def _fill(self, entry: Feedback) -> None:
        self.direction.setCurrentIndex(max(self.direction.findData(entry.direction), 0))
        self.kind.setCurrentIndex(max(self.kind.findData(entry.kind), 0))
        self.given_on.setDate(to_qdate(entry.given_on))
        self.situation.setText(entry.situation)
        self.behaviour.setText(entry.behaviour)
        self.impact.setText(entry.impact)
        self.request.setText(entry.request)
        self.asked_for.setChecked(entry.asked_for)
        self.private.setChecked(entry.private)
        self.status.setCurrentIndex(max(self.status.findData(entry.status), 0))

    def record(self) -> Feedback:
        """What the form holds, as a record (new or the edited one)."""
        values = {
            "direction": str(self.direction.currentData()),
            "kind": str(self.kind.currentData()),
            "given_on": from_qdate(self.given_on.date()).isoformat(),
            "situation": self.situation.text().strip(),
            "behaviour": self.behaviour.text().strip(),
            "impact": self.impact.text().strip(),
            "request": self.request.text().strip(),
            "asked_for": self.asked_for.isChecked(),
            "private": self.private.isChecked(),
            "status": str(self.status.currentData()),
        }
        if self._entry is not None:
            return dataclasses.replace(self._entry, **values)  # type: ignore[arg-type]
        return Feedback(tandem_id=self._tandem_id, **values)  # type: ignore[arg-type]

    def accept(self) -> None:
        fields = (self.situation, self.behaviour, self.impact, self.request)
        if not any(field.text().strip() for field in fields):
            self.text_error.show_message(self.tr(
                "Write at least one of situation, behaviour, impact or request."))
            self.situation.setFocus()
            return
        saved = self._save(self.record())
        if saved is None:
            return
        self.saved = saved
        super().accept()
