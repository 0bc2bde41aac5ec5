"""The all-tandems Overview: what needs me now in every active tandem, on one page.

Shown by the Overview tab when "All tandems" is picked in the switcher. Every
row names its tandem; opening it switches to that tandem and opens the record
there (``openInTandem``). The numbers come from ``services.all_tandems``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone, Signal
from PySide6.QtWidgets import QGridLayout, QScrollArea, QVBoxLayout, QWidget

from tandem_desktop.services.all_tandems import AllTandems, all_tandems
from tandem_desktop.services.overview import OverviewQueries
from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.dates import date_text
from tandem_desktop.ui.labels import table_name
from tandem_desktop.ui.overview.cards import Card, Entry, EntryList
from tandem_desktop.ui.widgets import heading, plain_label


def _overview_tr(text: str, n: int = -1) -> str:
    """The Overview tab's own wording, so both views say things alike."""
    return QCoreApplication.translate("OverviewTab", text, None, n)


class AllTandemsPage(QWidget):
    # (tandem id, table, record id); the table "tandem" asks for the tandem alone.
    openInTandem = Signal(str, str, str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.queries = OverviewQueries(context.store)
        self._tandem_of: dict[str, str] = {}  # record id -> tandem id, for opening
        self.data: AllTandems | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        page = QWidget(scroll)
        scroll.setWidget(page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(14, 10, 14, 10)
        self.greeting = heading(self.tr("All tandems"), page)
        self.greeting.setObjectName("allTandemsHeading")
        layout.addWidget(self.greeting)
        self.tandem_names = plain_label("", page)
        layout.addWidget(self.tandem_names)
        grid = QGridLayout()
        grid.setSpacing(12)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.checkins_card = Card(self.tr("Next check-ins"), page)
        self.checkins = self._list(self.checkins_card)
        self.tasks_card = Card(_overview_tr("My open tasks"), page)
        self.tasks = self._list(self.tasks_card)
        self.questions_card = Card(_overview_tr("Open questions"), page)
        self.questions = self._list(self.questions_card)
        self.reviews_card = Card(_overview_tr("Due for review"), page)
        self.reviews = self._list(self.reviews_card)
        self.feedback_card = Card(self.tr("Feedback due"), page)
        self.feedback = self._list(self.feedback_card)
        columns = [QVBoxLayout() for _ in range(2)]
        for index, stack in enumerate(columns):
            stack.setSpacing(12)
            grid.addLayout(stack, 0, index)
            grid.setColumnStretch(index, 1)
        for card in (self.checkins_card, self.tasks_card, self.questions_card):
            columns[0].addWidget(card)
        for card in (self.reviews_card, self.feedback_card):
            columns[1].addWidget(card)
        for stack in columns:
            stack.addStretch(1)

    def _list(self, card: Card) -> EntryList:
        view = EntryList(card)
        view.setAccessibleName(card.title.text())
        view.openRequested.connect(self._open)
        card.add(view)
        return view

    def _open(self, table: str, record_id: str) -> None:
        tandem_id = record_id if table == "tandem" else self._tandem_of.get(record_id)
        if tandem_id is not None:
            self.openInTandem.emit(tandem_id, table, record_id)

    def _entry(self, tandem_id: str, tandem_name: str, text: str, detail: str, table: str,
               record_id: str, tone: str = "", tooltip: str = "") -> Entry:
        self._tandem_of[record_id] = tandem_id
        shown = f"{tandem_name} · {detail}" if detail else tandem_name
        return Entry(text, shown, table, record_id, tone,
                     tooltip or f"{tandem_name}\n{text}\n{detail}".strip())

    # -- refresh --------------------------------------------------------------
    def refresh(self) -> None:
        today = self.context.clock.today()
        data = all_tandems(self.queries, self.context.clock.now(), today)
        self.data = data
        self._tandem_of = {}
        self.tandem_names.setText(self.tr("%n active tandem(s): {names}", None,
                                          len(data.tandems)).format(
            names=", ".join(tandem.name for tandem in data.tandems)))
        self._show_checkins(data)
        self._show_tasks(data, today)
        self._show_questions(data, today)
        self._show_reviews(data, today)
        self._show_feedback(data, today)

    def _show_checkins(self, data: AllTandems) -> None:
        entries = []
        for found in data.checkins:
            checkin = found.item
            moment = QDateTime.fromSecsSinceEpoch(int(checkin.starts_at.timestamp()),
                                                  QTimeZone.systemTimeZone())
            when = QLocale().toString(moment, _overview_tr("ddd d MMM, HH:mm"))
            entries.append(self._entry(found.tandem.id, found.tandem.name,
                                       checkin.title or table_name(checkin.table), when,
                                       checkin.table, checkin.id))
        self.checkins.set_entries(entries)
        self.checkins_card.summary.hide()
        self.checkins_card.set_empty("" if entries else self.tr("No check-in planned."))

    def _show_tasks(self, data: AllTandems, today: date) -> None:
        entries = []
        for found in data.tasks:
            task = found.item
            detail, tone = "", ""
            if task.due_on:
                days = (date.fromisoformat(task.due_on) - today).days
                if days < 0:
                    detail, tone = _overview_tr("overdue since {date}").format(
                        date=date_text(task.due_on)), "late"
                elif days == 0:
                    detail, tone = _overview_tr("due today"), "soon"
                else:
                    detail = _overview_tr("due {date}").format(date=date_text(task.due_on))
                    tone = "soon" if days <= 2 else ""
            entries.append(self._entry(found.tandem.id, found.tandem.name, task.title, detail,
                                       "task", task.id, tone))
        self.tasks.set_entries(entries)
        summary = _overview_tr("%n open", data.open_tasks)
        if data.overdue_tasks:
            summary += " · " + _overview_tr("%n overdue", data.overdue_tasks)
        if data.open_tasks > len(entries):
            summary += " · " + _overview_tr("the next %n shown", len(entries))
        self.tasks_card.summary.setText(summary)
        self.tasks_card.summary.setVisible(data.open_tasks > 0)
        self.tasks_card.set_empty("" if data.open_tasks else _overview_tr(
            "Nothing open for you. Well done."))

    def _show_questions(self, data: AllTandems, today: date) -> None:
        entries = []
        for found in data.questions:
            question = found.item
            days = (today - date.fromisoformat(question.asked_on[:10])).days
            if days <= 0:
                age = _overview_tr("today")
            elif days == 1:
                age = _overview_tr("yesterday")
            else:
                age = _overview_tr("%n day(s) ago", days)
            entries.append(self._entry(found.tandem.id, found.tandem.name, question.text, age,
                                       "question", question.id, "late" if days > 14 else ""))
        self.questions.set_entries(entries)
        self.questions_card.summary.setText(self.tr("%n waiting", None, data.open_questions))
        self.questions_card.summary.setVisible(data.open_questions > 0)
        self.questions_card.set_empty("" if data.open_questions else _overview_tr(
            "No open questions."))

    def _show_reviews(self, data: AllTandems, today: date) -> None:
        today_iso = today.isoformat()
        entries = []
        for found in data.reviews:
            review = found.item
            tooltip = _overview_tr("{kind}: {title}\nReview by {date}").format(
                kind=table_name(review.table), title=review.title,
                date=date_text(review.review_on))
            entries.append(self._entry(
                found.tandem.id, found.tandem.name, review.title, date_text(review.review_on),
                review.table, review.id, "late" if review.review_on < today_iso else "soon",
                tooltip=f"{found.tandem.name}\n{tooltip}"))
        self.reviews.set_entries(entries)
        summary = _overview_tr("%n to review", data.due_reviews)
        if data.due_reviews > len(entries):
            summary += " · " + _overview_tr("the next %n shown", len(entries))
        self.reviews_card.summary.setText(summary)
        self.reviews_card.summary.setVisible(data.due_reviews > 0)
        self.reviews_card.set_empty("" if data.due_reviews else _overview_tr(
            "Nothing due for review in the next two weeks."))

    def _show_feedback(self, data: AllTandems, today: date) -> None:
        entries = []
        for found in data.feedback:
            tandem, due = found.tandem, found.item.due
            partner_name = (tandem.leader_name if tandem.my_role == "assistant"
                            else tandem.assistant_name)
            partner = (partner_name.split() or [""])[0]
            if found.item.mine:
                text = _overview_tr("From me to {name}").format(name=partner)
            else:
                text = _overview_tr("From {name} to me").format(name=partner)
            if due.overdue:
                detail = _overview_tr("overdue by {days}").format(
                    days=_overview_tr("%n day(s)", due.days_overdue))
                tone = "late"
            else:
                detail = _overview_tr("due {date}").format(date=date_text(due.due_on))
                tone = "soon" if (due.due_on - today).days <= 7 else "good"
            last = found.item.last
            table, record_id = ("feedback", last.id) if last else ("tandem", tandem.id)
            entries.append(self._entry(tandem.id, tandem.name, text, detail, table, record_id,
                                       tone))
        self.feedback.set_entries(entries)
        overdue = sum(1 for found in data.feedback if found.item.due.overdue)
        self.feedback_card.summary.setText(_overview_tr("%n overdue", overdue))
        self.feedback_card.summary.setVisible(overdue > 0)
        self.feedback_card.set_empty("" if entries else self.tr("No tandem yet."))

