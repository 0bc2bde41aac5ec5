"""The Overview tab: what needs me now, and how the partnership is doing.

Cards for the next check-in, my tasks, open questions, feedback in both
directions, what is due for review (rules, areas, access, agreements), active
goals and the health chart. Every entry opens its record in its own tab
(through ``context.openRecord``). The tab watches every table it reads, so it
stays right while others change data. With "All tandems" picked in the
switcher it shows ``AllTandemsPage`` instead.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimeZone
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.domain import feedback_rhythm
from tandem_desktop.domain.enums import FeedbackDirection, Step
from tandem_desktop.domain.health import check_is_due, review_until
from tandem_desktop.services.overview import OverviewQueries
from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.dates import date_text
from tandem_desktop.ui.labels import step_name, table_name
from tandem_desktop.ui.overview.all_tandems import AllTandemsPage
from tandem_desktop.ui.overview.cards import CARD_STYLE, Card, Entry, EntryList
from tandem_desktop.ui.overview.radar import HealthRadar, HealthTrends
from tandem_desktop.ui.step_tab import StepTab
from tandem_desktop.ui.widgets import (
    heading,
    literal_tooltip,
    plain_label,
)

if TYPE_CHECKING:
    from tandem_desktop.ui.overview.health_dialog import HealthCheckDialog

TASKS_SHOWN = 6
QUESTIONS_SHOWN = 4
REVIEWS_SHOWN = 6
HISTORY_CHECKS = 6


class OverviewTab(StepTab):
    watches = frozenset({
        "tandem", "task", "question", "feedback", "decision_rule", "area", "access_item",
        "agreement", "goal", "health_check", "checkin_series", "meeting", "agenda_item",
    })

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.queries = OverviewQueries(context.store)
        self._next: tuple[str, str] | None = None
        self.setStyleSheet(CARD_STYLE)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget(self)
        outer.addWidget(self.pages)
        scroll = QScrollArea(self.pages)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.pages.addWidget(scroll)
        self.all_page: AllTandemsPage | None = None  # built when first asked for
        context.allTandemsChanged.connect(self._on_all_tandems_changed)
        page = QWidget(scroll)
        scroll.setWidget(page)
        self.scroll_area = scroll
        layout = QVBoxLayout(page)
        layout.setContentsMargins(14, 10, 14, 10)
        head = QHBoxLayout()
        self.greeting = heading("", page)
        self.partners = plain_label("", page, wrap=False)
        self.partners.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        head.addWidget(self.greeting, 1)
        head.addWidget(self.partners)
        layout.addLayout(head)

        grid = QGridLayout()
        grid.setSpacing(12)
        for position, stretch in enumerate((5, 5, 6)):
            grid.setColumnStretch(position, stretch)
        layout.addLayout(grid)
        layout.addStretch(1)
        columns = [QVBoxLayout() for _ in range(3)]
        for index, stack in enumerate(columns):
            stack.setSpacing(12)
            grid.addLayout(stack, 0, index)

        self.checkin_card = Card(self.tr("Next check-in"), page)
        self.checkin_title = plain_label("", self.checkin_card)
        self.checkin_when = plain_label("", self.checkin_card)
        self.checkin_agenda = plain_label("", self.checkin_card)
        for label in (self.checkin_title, self.checkin_when, self.checkin_agenda):
            self.checkin_card.add(label)
        self.checkin_open = QPushButton(self.tr("Open"), self.checkin_card)
        self.checkin_open.setToolTip(self.tr("Open the check-in in the Communication tab"))
        self.checkin_open.clicked.connect(self._open_next_checkin)
        self.checkin_card.header.addWidget(self.checkin_open)
        self.checkin_card.summary.hide()

        self.tasks_card = Card(self.tr("My open tasks"), page)
        self.tasks = self._list(self.tasks_card)
        self.questions_card = Card(self.tr("Open questions"), page)
        self.questions = self._list(self.questions_card)
        self.feedback_card = Card(self.tr("Feedback"), page)
        self.feedback = self._list(self.feedback_card)
        self.reviews_card = Card(self.tr("Due for review"), page)
        self.reviews = self._list(self.reviews_card)
        self.goals_card = Card(self.tr("Active goals"), page)
        self.goals = self._list(self.goals_card)

        self.health_card = Card(self.tr("Tandem health"), page)
        self.health_reminder = plain_label("", self.health_card)
        self.health_reminder.setObjectName("healthReminder")
        self.health_card.add(self.health_reminder)
        self.radar = HealthRadar(self.health_card)
        self.health_card.add(self.radar)
        self.legend = plain_label("", self.health_card)
        self.health_card.add(self.legend)
        self.trends = HealthTrends(self.health_card)
        self.health_card.add(self.trends)
        self.take_check = QPushButton(self.tr("Take the health check…"), self.health_card)
        self.take_check.clicked.connect(lambda: self.open_health_check())
        self.health_card.add(self.take_check)

        for card in (self.checkin_card, self.tasks_card, self.questions_card):
            columns[0].addWidget(card)
        for card in (self.feedback_card, self.reviews_card, self.goals_card):
            columns[1].addWidget(card)
        columns[2].addWidget(self.health_card)
        for stack in columns:
            stack.addStretch(1)
        self.health_dialog: HealthCheckDialog | None = None

    def _list(self, card: Card) -> EntryList:
        view = EntryList(card)
        view.setAccessibleName(card.title.text())
        view.openRequested.connect(self.context.openRecord.emit)
        card.add(view)
        return view

    def title(self) -> str:
        return self.tr("Overview")

    def new_actions(self) -> list[QAction]:
        action = QAction(self.tr("Health check…"), self)
        action.triggered.connect(lambda: self.open_health_check())
        return [action]

    def show_record(self, table: str, record_id: str) -> bool:
        """Health checks live here: bring the health card into view."""
        if table != "health_check":
            return False
        self.scroll_area.ensureWidgetVisible(self.health_card)
        return True

    # -- all tandems ------------------------------------------------------------
    def _on_all_tandems_changed(self, on: bool) -> None:
        if on and self.all_page is None:
            self.all_page = AllTandemsPage(self.context, self.pages)
            self.all_page.openInTandem.connect(self.open_in_tandem)
            self.pages.addWidget(self.all_page)
        self.pages.setCurrentIndex(1 if on else 0)
        self._mark_stale()

    def open_in_tandem(self, tandem_id: str, table: str, record_id: str) -> None:
        """Switch to the tandem a row of the all-tandems page belongs to and open the row."""
        tandem = self.context.store.tandems.find(tandem_id)
        if tandem is None:
            return
        self.context.set_tandem(tandem)
        if table != "tandem":
            self.context.openRecord.emit(table, record_id)

    # -- refresh --------------------------------------------------------------
    def refresh(self) -> None:
        if self.context.all_tandems and self.all_page is not None:
            self.all_page.refresh()
            return
        tandem = self.context.tandem
        if tandem is None:
            return
        self.greeting.setText(tandem.name)
        self.partners.setText(
            self.tr("{leader} (leader) and {assistant} (assistant)").format(
                leader=tandem.leader_name, assistant=tandem.assistant_name))
        today = self.context.clock.today()
        self._refresh_checkin()
        self._refresh_tasks(today)
        self._refresh_questions(today)
        self._refresh_feedback(today)
        self._refresh_reviews(today)
        self._refresh_goals(today)
        self._refresh_health(today)

    def _refresh_checkin(self) -> None:
        now = self.context.clock.now()
        found = self.queries.next_checkin(self.context.tandem_id, now)
        self._next = (found.table, found.id) if found else None
        self.checkin_open.setEnabled(found is not None)
        for label in (self.checkin_title, self.checkin_when, self.checkin_agenda):
            label.setVisible(found is not None)
        if found is None:
            self.checkin_card.set_empty(self.tr(
                "No check-in planned. Set up a series in the Communication tab."))
            return
        self.checkin_card.set_empty("")
        self.checkin_title.setText(found.title)
        moment = QDateTime.fromSecsSinceEpoch(int(found.starts_at.timestamp()),
                                              QTimeZone.systemTimeZone())
        when = QLocale().toString(moment, self.tr("ddd d MMM, HH:mm"))
        self.checkin_when.setText(f"{when} · {self._countdown(now, found.starts_at)}")
        self.checkin_agenda.setText(self.tr("%n agenda item(s)", None, found.agenda_items))

    def _countdown(self, now: datetime, starts: datetime) -> str:
        seconds = (starts - now).total_seconds()
        if seconds < 3600:
            return self.tr("in %n min", None, max(1, round(seconds / 60)))
        if seconds < 24 * 3600:
            return self.tr("in %n hour(s)", None, round(seconds / 3600))
        local_now = now.astimezone().date()
        days = (starts.astimezone().date() - local_now).days
        return self.tr("tomorrow") if days == 1 else self.tr("in %n day(s)", None, days)

    def _refresh_tasks(self, today: date) -> None:
        tid, me = self.context.tandem_id, self.context.my_role.value
        total = self.queries.open_task_count(tid, me)
        overdue = self.queries.overdue_task_count(tid, me, today.isoformat())
        entries = []
        for task in self.queries.open_tasks(tid, me, limit=TASKS_SHOWN):
            detail, tone = "", ""
            if task.due_on:
                days = (date.fromisoformat(task.due_on) - today).days
                if days < 0:
                    detail, tone = self.tr("overdue since {date}").format(
                        date=date_text(task.due_on)), "late"
                elif days == 0:
                    detail, tone = self.tr("due today"), "soon"
                else:
                    detail = self.tr("due {date}").format(date=date_text(task.due_on))
                    tone = "soon" if days <= 2 else ""
            entries.append(Entry(task.title, detail, "task", task.id, tone))
        self.tasks.set_entries(entries)
        summary = self.tr("%n open", None, total)
        if overdue:
            summary += " · " + self.tr("%n overdue", None, overdue)
        if total > len(entries):
            summary += " · " + self.tr("the next %n shown", None, len(entries))
        self.tasks_card.summary.setText(summary)
        self.tasks_card.summary.setVisible(total > 0)
        self.tasks_card.set_empty("" if total else self.tr("Nothing open for you. Well done."))

    def _refresh_questions(self, today: date) -> None:
        tid = self.context.tandem_id
        total = self.queries.open_question_count(tid)
        questions = self.queries.open_questions(tid, limit=QUESTIONS_SHOWN)
        ages = [(today - date.fromisoformat(question.asked_on[:10])).days
                for question in questions]
        self.questions.set_entries([
            Entry(question.text, self._age(age), "question", question.id,
                  "late" if age > 14 else "")
            for question, age in zip(questions, ages, strict=True)])
        if questions:
            # Oldest first: the first listed is the longest waiting.
            self.questions_card.summary.setText(
                self.tr("%n waiting · oldest: {age}", None, total).format(
                    age=self._age(ages[0])))
        self.questions_card.summary.setVisible(bool(questions))
        self.questions_card.set_empty("" if total else self.tr("No open questions."))

    def _days(self, days: int) -> str:
        return self.tr("%n day(s)", None, days)

    def _age(self, days: int) -> str:
        if days <= 0:
            return self.tr("today")
        return self.tr("yesterday") if days == 1 else self.tr("%n day(s) ago", None, days)

    def _refresh_feedback(self, today: date) -> None:
        tandem = self.context.tandem
        assert tandem is not None
        last = self.queries.last_feedback(tandem.id)
        status = feedback_rhythm.status(
            {direction.value: (item.given_on if item else None)
             for direction, item in last.items()},
            tandem.feedback_every_days, today, tandem.started_on)
        # The first name keeps the line short enough for a narrow card.
        partner = (self.context.name_of(self.context.partner_role).split() or [""])[0]
        entries = []
        for direction in (FeedbackDirection.given_by(self.context.partner_role),
                          FeedbackDirection.given_by(self.context.my_role)):
            item = last[direction]
            due = status.by_direction[direction]
            if direction.giver is self.context.my_role:
                text = self.tr("From me to {name}").format(name=partner)
            else:
                text = self.tr("From {name} to me").format(name=partner)
            text += ": " + (self._age((today - due.last_on).days) if due.last_on
                            else self.tr("not yet"))
            if due.overdue:
                detail, tone = self.tr("overdue by {days}").format(
                    days=self._days(due.days_overdue)), "late"
            else:
                detail, tone = self.tr("due {date}").format(
                    date=date_text(due.due_on)), "good"
            entries.append(Entry(text, detail, "feedback" if item else "",
                                 item.id if item else "", tone))
        self.feedback.set_entries(entries)
        rhythm = self.tr("Agreed rhythm: every %n day(s)", None, status.every_days)
        if status.overdue:
            rhythm += " · " + self.tr("overdue")
        self.feedback_card.summary.setText(rhythm)

    def _refresh_reviews(self, today: date) -> None:
        due = self.queries.due_for_review(self.context.tandem_id,
                                          review_until(today).isoformat())
        today_iso = today.isoformat()
        entries = []
        for item in due[:REVIEWS_SHOWN]:
            late = item.review_on < today_iso
            tooltip = self.tr("{kind}: {title}\nReview by {date}").format(
                kind=table_name(item.table), title=item.title, date=date_text(item.review_on))
            entries.append(Entry(item.title, date_text(item.review_on), item.table, item.id,
                                 "late" if late else "soon", tooltip=tooltip))
        self.reviews.set_entries(entries)
        overdue = sum(1 for item in due if item.review_on < today_iso)
        summary = self.tr("%n to review", None, len(due))
        if overdue:
            summary += " · " + self.tr("%n overdue", None, overdue)
        if len(due) > len(entries):
            summary += " · " + self.tr("the next %n shown", None, len(entries))
        self.reviews_card.summary.setText(summary)
        self.reviews_card.summary.setVisible(bool(due))
        self.reviews_card.set_empty("" if due else self.tr(
            "Nothing due for review in the next two weeks."))

    def _refresh_goals(self, today: date) -> None:
        goals = self.queries.active_goals(self.context.tandem_id)
        entries = []
        for standing in goals:
            goal = standing.goal
            tooltip = goal.title
            if goal.target_on:
                tooltip += "\n" + self.tr("Target: {date}").format(date=date_text(goal.target_on))
            entries.append(Entry(goal.title, "", "goal", goal.id, tooltip=tooltip,
                                 progress=standing.progress))
        self.goals.set_entries(entries)
        self.goals_card.summary.hide()
        self.goals_card.set_empty("" if goals else self.tr(
            "No active goals. Add one in the Vision tab."))

    def _refresh_health(self, today: date) -> None:
        tandem = self.context.tandem
        assert tandem is not None
        checks = self.context.store.health_checks.recent(
            tandem.id, by_role=self.context.my_role.value, limit=HISTORY_CHECKS)
        names = {step.value: step_name(step.value) for step in Step}
        latest = checks[0] if checks else None
        previous = checks[1] if len(checks) > 1 else None

        def scores(check: object) -> dict[str, float] | None:
            if check is None:
                return None
            return {step.value: float(getattr(check, step.value)) for step in Step}

        self.radar.set_scores(scores(latest), scores(previous), names)
        history = {step.value: [float(getattr(c, step.value)) for c in reversed(checks)]
                   for step in Step}
        self.trends.set_history(history if checks else {}, names)
        self.trends.setVisible(bool(checks))
        if latest is None:
            self.legend.setText("")
        elif previous is None:
            self.legend.setText(self.tr("Filled: your check of {date}").format(
                date=date_text(latest.taken_on)))
        else:
            self.legend.setText(self.tr(
                "Filled: your check of {latest} · dashed: the one before, {previous}").format(
                latest=date_text(latest.taken_on), previous=date_text(previous.taken_on)))
        self.legend.setVisible(latest is not None)
        last_on = date.fromisoformat(latest.taken_on[:10]) if latest else None
        if not check_is_due(last_on, today, tandem.health_check_every_days):
            self.health_reminder.setText("")
        elif last_on is None:
            self.health_reminder.setText(self.tr(
                "No health check yet. Take five minutes to rate how your partnership is doing."))
        else:
            self.health_reminder.setText(self.tr(
                "Your last health check was {days} ago; you planned one every %n day(s). "
                "Time for a new one.", None, tandem.health_check_every_days).format(
                days=self._days((today - last_on).days)))
        self.health_reminder.setVisible(bool(self.health_reminder.text()))
        # The name is user text: escaped inside a rich-text tooltip, it shows literally.
        self.take_check.setToolTip(literal_tooltip(self.tr(
            "Rate the five steps as {role}").format(
            role=self.context.name_of(self.context.my_role))))

    # -- actions --------------------------------------------------------------
    def _open_next_checkin(self) -> None:
        if self._next is not None:
            self.context.openRecord.emit(*self._next)

    def open_health_check(self, *, modal: bool = True) -> HealthCheckDialog | None:
        """Open the health check; in tests ``modal=False`` shows it without blocking."""
        if self.context.tandem is None:
            return None
        from tandem_desktop.ui.overview.health_dialog import HealthCheckDialog

        dialog = HealthCheckDialog(self.context, self)
        self.health_dialog = dialog
        if modal:
            dialog.exec()
            return dialog if dialog.result() == QDialog.DialogCode.Accepted else None
        dialog.show()
        return dialog
