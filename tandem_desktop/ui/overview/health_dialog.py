"""The health check: rate a few statements per step from 1 to 5 and add a note.

The statements are worded here (translated); the domain only knows their keys.
Saving stores the answers, each step's mean score, today's date and my role.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.domain.enums import Step
from tandem_desktop.domain.health import MAX_RATING, MIN_RATING, STATEMENTS, step_scores
from tandem_desktop.domain.records import HealthCheck
from tandem_desktop.ui.actions import run_action
from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.labels import step_name
from tandem_desktop.ui.widgets import FieldError, plain_label


def statement_text(key: str) -> str:
    """The wording of one statement, in the user's language."""
    texts = {
        "trust.1": QCoreApplication.translate(
            "HealthStatements", "Any question can be asked between us, however small."),
        "trust.2": QCoreApplication.translate(
            "HealthStatements", "We share the information and access the work needs."),
        "trust.3": QCoreApplication.translate(
            "HealthStatements", "When something goes wrong, we talk about it openly."),
        "communication.1": QCoreApplication.translate(
            "HealthStatements", "Our check-ins take place as planned and are worth the time."),
        "communication.2": QCoreApplication.translate(
            "HealthStatements", "We know how to reach each other and what counts as urgent."),
        "communication.3": QCoreApplication.translate(
            "HealthStatements", "What we agree on gets done; little falls through the cracks."),
        "feedback.1": QCoreApplication.translate(
            "HealthStatements", "I regularly hear what goes well and what could be better."),
        "feedback.2": QCoreApplication.translate(
            "HealthStatements", "Feedback flows both ways, not only from the leader."),
        "delegation.1": QCoreApplication.translate(
            "HealthStatements", "It is clear which decisions the assistant takes alone."),
        "delegation.2": QCoreApplication.translate(
            "HealthStatements", "Responsibilities come with the authority to act on them."),
        "delegation.3": QCoreApplication.translate(
            "HealthStatements", "The room for decisions grows as experience grows."),
        "vision.1": QCoreApplication.translate(
            "HealthStatements", "We both know where the leader wants to go."),
        "vision.2": QCoreApplication.translate(
            "HealthStatements", "The daily work visibly serves our shared goals."),
    }
    return texts.get(key, key)


class HealthCheckDialog(QDialog):
    """Asks every statement; Save stores one health check in one transaction."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.saved: HealthCheck | None = None
        self.setWindowTitle(self.tr("Health check"))
        self.resize(720, 680)
        layout = QVBoxLayout(self)
        intro = plain_label(self.tr(
            "How is your partnership doing? Rate each statement from 1 (not at all) to "
            "5 (fully). Answer for yourself; your partner can take their own check."), self)
        layout.addWidget(intro)

        body = QWidget(self)
        grid = QGridLayout(body)
        grid.setColumnStretch(0, 1)
        grid.setHorizontalSpacing(10)
        self.groups: dict[str, QButtonGroup] = {}
        self.buttons: dict[str, list[QRadioButton]] = {}
        row = 0
        for rating in range(MIN_RATING, MAX_RATING + 1):
            number = QLabel(str(rating), body)
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(number, row, rating)
        row += 1
        for step in Step:
            title = plain_label(step_name(step.value), body)
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            grid.addWidget(title, row, 0, 1, MAX_RATING + 1)
            row += 1
            for key in STATEMENTS[step]:
                text = plain_label(statement_text(key), body)
                grid.addWidget(text, row, 0)
                group = QButtonGroup(self)
                self.groups[key] = group
                self.buttons[key] = []
                for rating in range(MIN_RATING, MAX_RATING + 1):
                    button = QRadioButton(body)
                    button.setAccessibleName(self.tr("{statement}: {rating}").format(
                        statement=statement_text(key), rating=rating))
                    group.addButton(button, rating)
                    self.buttons[key].append(button)
                    grid.addWidget(button, row, rating, Qt.AlignmentFlag.AlignCenter)
                row += 1
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.scroll_area = scroll
        layout.addWidget(scroll, 1)

        layout.addWidget(plain_label(self.tr("Note (optional): what stands out right now?"),
                                     self))
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        layout.addWidget(self.note)
        self.error = FieldError(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.button_box = buttons
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)

    def rate(self, key: str, rating: int) -> None:
        """Choose a rating as a click would (for keyboard users and tests alike)."""
        self.buttons[key][rating - MIN_RATING].click()

    def answers(self) -> dict[str, int]:
        return {key: group.checkedId() for key, group in self.groups.items()
                if group.checkedId() >= MIN_RATING}

    def save(self) -> None:
        answers = self.answers()
        missing = [key for key in self.groups if key not in answers]
        if missing:
            self.error.show_message(self.tr("Please rate every statement (%n left).", None,
                                            len(missing)))
            first = self.buttons[missing[0]][0]
            self.scroll_area.ensureWidgetVisible(first)
            first.setFocus()
            return
        self.error.show_message("")
        scores = step_scores(answers)
        record = HealthCheck(
            tandem_id=self.context.tandem_id, taken_on=self.context.today_iso(),
            by_role=self.context.my_role.value, answers=answers,
            note=self.note.toPlainText().strip(),
            trust=scores[Step.TRUST], communication=scores[Step.COMMUNICATION],
            feedback=scores[Step.FEEDBACK], delegation=scores[Step.DELEGATION],
            vision=scores[Step.VISION],
        )
        def save() -> None:
            with self.context.store.transaction():
                self.saved = self.context.store.health_checks.add(record)

        if run_action(self, save):
            self.accept()
