"""The Communication tab (step 2): check-ins, the meeting, backlog, tasks, agreements.

Each page lives in its own module (communication_*.py); this one puts them
together, routes "open this record" requests and owns the reminders.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from tandem_desktop.services.agenda import open_meeting
from tandem_desktop.storage.errors import EnvironmentFault
from tandem_desktop.ui.actions import show_not_saved
from tandem_desktop.ui.communication.agenda import AgendaTopicDialog, BacklogPage
from tandem_desktop.ui.communication.agreements import AgreementsPage
from tandem_desktop.ui.communication.checkins import CheckinsPage
from tandem_desktop.ui.communication.meeting import MeetingPage
from tandem_desktop.ui.communication.reminders import ReminderService
from tandem_desktop.ui.communication.tasks import TasksPage
from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.intro import StepIntro, step_texts
from tandem_desktop.ui.step_tab import StepTab
from tandem_desktop.ui.theme import keep_tab_texts_whole

CHECKINS, MEETING, BACKLOG, TASKS, AGREEMENTS = range(5)


class CommunicationTab(StepTab):
    watches = frozenset({"checkin_series", "meeting", "agenda_item", "task", "agreement",
                         "area", "goal", "tandem", "question", "feedback"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.checkins = CheckinsPage(context, self)
        self.meeting = MeetingPage(context, self)
        self.backlog = BacklogPage(context, self)
        self.tasks = TasksPage(context, self)
        self.agreements = AgreementsPage(context, self)
        self.pages = QTabWidget(self)
        keep_tab_texts_whole(self.pages.tabBar())
        self.pages.setObjectName("communicationPages")
        self.pages.addTab(self.checkins, self.tr("Check-ins"))
        self.pages.addTab(self.meeting, self.tr("Meeting"))
        self.pages.addTab(self.backlog, self.tr("Agenda backlog"))
        self.pages.addTab(self.tasks, self.tr("Tasks"))
        self.pages.addTab(self.agreements, self.tr("Working agreements"))
        layout = QVBoxLayout(self)
        layout.addWidget(StepIntro("communication", self))
        layout.addWidget(self.pages, 1)
        self.reminders = ReminderService(context, self)
        self.checkins.occurrenceOpened.connect(self.open_occurrence)
        self.checkins.meetingOpened.connect(self.open_meeting)
        self.checkins.changed.connect(lambda: self._dirty.update({MEETING, BACKLOG}))
        self.meeting.closed.connect(lambda: self.pages.setCurrentIndex(CHECKINS))
        self.pages.currentChanged.connect(lambda _index: self._refresh_current())
        self._dirty: set[int] = set()
        self.topic_dialog: AgendaTopicDialog | None = None

    def shutdown(self) -> None:
        self.reminders.timer.stop()

    def title(self) -> str:
        return step_texts()["communication"][0]

    # -- refreshing ------------------------------------------------------------
    def refresh(self) -> None:
        # Only the visible page loads now; the others when they are shown.
        self._dirty = {CHECKINS, MEETING, BACKLOG, TASKS, AGREEMENTS}
        self._refresh_current()
        self.reminders.tell_overdue()

    def _refresh_current(self) -> None:
        if self.context.tandem is None:
            return
        index = self.pages.currentIndex()
        if index in self._dirty or not self._dirty:
            self._dirty.discard(index)
            self._page(index).refresh()
        waiting = self.context.store.agenda.count_waiting(self.context.tandem_id)
        self.pages.setTabText(BACKLOG, self.tr("Agenda backlog (%n)", None, waiting)
                              if waiting else self.tr("Agenda backlog"))

    def _page(self, index: int) -> CheckinsPage | MeetingPage | BacklogPage | TasksPage | \
            AgreementsPage:
        return (self.checkins, self.meeting, self.backlog, self.tasks, self.agreements)[index]

    def show_page(self, index: int) -> None:
        self._dirty.add(index)
        if self.pages.currentIndex() == index:
            self._refresh_current()
        else:
            self.pages.setCurrentIndex(index)

    # -- opening ---------------------------------------------------------------
    def open_occurrence(self, series_id: str, start_stamp: str) -> None:
        series = self.context.store.series.find(series_id)
        if series is None:
            return
        start = datetime.fromisoformat(start_stamp.replace("Z", "+00:00"))
        try:
            meeting = open_meeting(self.context.store, series, start)
        except EnvironmentFault as error:
            show_not_saved(self, error)
            return
        self.open_meeting(meeting.id)

    def open_meeting(self, meeting_id: str) -> bool:
        if not self.meeting.show_meeting(meeting_id):
            return False
        self._dirty.discard(MEETING)
        self.pages.setCurrentIndex(MEETING)
        return True

    def show_record(self, table: str, record_id: str) -> bool:
        store = self.context.store
        if table == "checkin_series" and store.series.find(record_id):
            self.show_page(CHECKINS)
            return self.checkins.select_series(record_id)
        if table == "meeting":
            return self.open_meeting(record_id)
        if table == "agenda_item":
            item = store.agenda.find(record_id)
            if item is None:
                return False
            if item.meeting_id and self.open_meeting(item.meeting_id):
                return self.meeting.select_item(record_id)
            self.backlog.search.clear()
            self.show_page(BACKLOG)
            return self.backlog.select(record_id)
        if table == "task":
            task = store.tasks.find(record_id)
            if task is None:
                return False
            self.tasks.search.clear()
            self.tasks.set_view("all")
            self.show_page(TASKS)
            if not self.tasks.select(record_id):
                # Not on the first page: open it directly.
                self.tasks.open_editor(task)
            return True
        if table == "agreement" and store.agreements.find(record_id):
            self.agreements.due_only.setChecked(False)
            self.agreements.search.clear()
            self.show_page(AGREEMENTS)
            return self.agreements.select(record_id)
        return False

    # -- the toolbar's New menu ---------------------------------------------------
    def new_actions(self) -> list[QAction]:
        task = QAction(self.tr("Task…"), self)
        task.triggered.connect(self.new_task)
        topic = QAction(self.tr("Agenda topic…"), self)
        topic.triggered.connect(self.new_topic)
        series = QAction(self.tr("Check-in series…"), self)
        series.triggered.connect(self.new_series)
        return [task, topic, series]

    def _bring_forward(self, index: int) -> None:
        tabs = self.parentWidget()
        while tabs is not None and not isinstance(tabs, QTabWidget):
            tabs = tabs.parentWidget()
        if isinstance(tabs, QTabWidget):
            tabs.setCurrentWidget(self)
        self.show_page(index)

    def new_task(self) -> None:
        if self.context.tandem is None:
            return
        self._bring_forward(TASKS)
        self.tasks.open_editor(None)

    def new_topic(self) -> AgendaTopicDialog | None:
        if self.context.tandem is None:
            return None
        self._bring_forward(BACKLOG)
        dialog = AgendaTopicDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._topic_added)
        self.topic_dialog = dialog
        dialog.show()
        return dialog

    def _topic_added(self, item_id: str) -> None:
        self.backlog.refresh()
        self.backlog.select(item_id)

    def new_series(self) -> None:
        if self.context.tandem is None:
            return
        self._bring_forward(CHECKINS)
        self.checkins.edit_series(None)
