"""When the vision was last looked at together, and a nudge after 90 days."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from tandem_desktop.domain.goals import REVIEW_EVERY_DAYS, days_since, review_due
from tandem_desktop.ui.actions import run_action
from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.dates import long_date_text
from tandem_desktop.ui.widgets import plain_label

_DUE_STYLE = (
    "QFrame#visionReview { background: #fff4d6; border: 1px solid #e0b64a; border-radius: 4px; }"
    " QFrame#visionReview QLabel { color: #4a3500; }"
)


class ReviewBar(QFrame):
    """Last review date, the reminder, "Mark reviewed" and "Put on next check-in"."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("visionReview")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.text = plain_label("", self)
        self.text.setObjectName("reviewText")
        self.mark_button = QPushButton(self.tr("Mark reviewed"), self)
        self.mark_button.setToolTip(self.tr(
            "We looked at the vision and the goals together today."))
        self.agenda_button = QPushButton(self.tr("Put on next check-in"), self)
        self.agenda_button.setToolTip(self.tr(
            "Add a review of the vision to the agenda of the next check-in."))
        layout.addWidget(self.text, 1)
        layout.addWidget(self.mark_button)
        layout.addWidget(self.agenda_button)
        self.mark_button.clicked.connect(self.mark_reviewed)
        self.agenda_button.clicked.connect(self.put_on_agenda)
        self.due = False

    def refresh(self) -> None:
        tandem = self.context.tandem
        if tandem is None:
            return
        today = self.context.clock.today()
        reviewed = tandem.vision_reviewed_on
        since = reviewed
        if not reviewed:
            # Never reviewed: count from when the vision was first written down.
            versions = self.context.store.visions.history(tandem.id)
            since = versions[-1].saved_on if versions else None
        self.due = since is not None and review_due(since, today)
        days = days_since(reviewed, today)
        if days is None:  # never, or no readable date (review_due agrees)
            text = self.tr("The vision has not been reviewed together yet.")
        elif days == 0:
            text = self.tr("Last reviewed together: today.")
        else:
            text = self.tr("Last reviewed together: {date} (%n day(s) ago).", None, days).format(
                date=long_date_text(reviewed))
        if self.due:
            text += " " + self.tr(
                "More than %n day(s) have passed: time to look at the vision and the "
                "goals together again.", None, REVIEW_EVERY_DAYS)
        on_agenda = self._on_agenda()
        if on_agenda:
            text += " " + self.tr("A review is on the agenda for the next check-in.")
        self.text.setText(text)
        self.setStyleSheet(_DUE_STYLE if self.due else "")
        self.mark_button.setEnabled(days != 0)
        self.agenda_button.setEnabled(not on_agenda)

    def _on_agenda(self) -> bool:
        tandem = self.context.tandem
        if tandem is None:
            return False
        return any(item.source_kind == "vision"
                   for item in self.context.store.agenda.backlog(tandem.id))

    def _write(self, work: Callable[[], object]) -> None:
        """One write in one transaction, then the review state shown anew."""

        def write() -> None:
            with self.context.store.transaction():
                work()

        run_action(self, write)
        self.refresh()

    def mark_reviewed(self) -> None:
        tandem_id = self.context.tandem_id
        today = self.context.today_iso()
        self._write(lambda: self.context.store.tandems.change(
            tandem_id, vision_reviewed_on=today))

    def put_on_agenda(self) -> None:
        if self._on_agenda():
            return
        store = self.context.store
        tandem_id = self.context.tandem_id
        current = store.visions.current(tandem_id)
        self._write(lambda: store.agenda.add_to_backlog(
            tandem_id, self.tr("Review the vision and our goals together"), "topic",
            self.context.my_role.value, source_kind="vision",
            source_id=current.id if current else None))
