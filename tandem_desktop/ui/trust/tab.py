"""The Trust tab: every question may be asked, and an open register of what is shared.

The step's explanation sits on top, then a one-line summary (open questions and
how long the oldest has waited, access items due for review), then two pages:
questions and the information & access register.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from tandem_desktop.storage.errors import EnvironmentFault
from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.dates import days_between
from tandem_desktop.ui.intro import StepIntro, step_texts
from tandem_desktop.ui.step_tab import StepTab
from tandem_desktop.ui.theme import keep_tab_texts_whole
from tandem_desktop.ui.trust.access import AccessPanel
from tandem_desktop.ui.trust.questions import QuestionsPanel
from tandem_desktop.ui.widgets import plain_label


class TrustTab(StepTab):
    watches = frozenset({"question", "access_item", "agenda_item", "area", "meeting", "tandem"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._actions: list[QAction] = []
        self.summary_label = plain_label("", self)
        self.summary_label.setObjectName("trustSummary")
        font = self.summary_label.font()
        font.setBold(True)
        self.summary_label.setFont(font)

        self.questions = QuestionsPanel(context, self)
        self.access = AccessPanel(context, self)
        self.pages = QTabWidget(self)
        keep_tab_texts_whole(self.pages.tabBar())
        self.pages.addTab(self.questions, self.tr("&Questions"))
        self.pages.addTab(self.access, self.tr("&Information && access"))

        layout = QVBoxLayout(self)
        layout.addWidget(StepIntro("trust", self))
        layout.addWidget(self.summary_label)
        layout.addWidget(self.pages, 1)

        # Ctrl+F belongs to the search across everything; Ctrl+L jumps to this tab's filter.
        find = QShortcut(QKeySequence("Ctrl+L"), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_filter)

    # -- StepTab ------------------------------------------------------------------
    def title(self) -> str:
        base = step_texts()["trust"][0]
        count = self._open_count()
        return f"{base} ({count})" if count else base

    def refresh(self) -> None:
        self.questions.reload()
        self.access.reload()
        self.update_summary()

    def show_record(self, table: str, record_id: str) -> bool:
        if self.context.tandem is None:
            return False
        if table == "question":
            if self.questions.select(record_id):
                self.pages.setCurrentWidget(self.questions)
                return True
        elif table == "access_item" and self.access.select(record_id):
            self.pages.setCurrentWidget(self.access)
            return True
        return False

    def new_actions(self) -> list[QAction]:
        if not self._actions:
            question = QAction(self.tr("Question…"), self)
            question.setShortcut(QKeySequence("Ctrl+Shift+Q"))
            question.triggered.connect(self.new_question)
            item = QAction(self.tr("Access item…"), self)
            item.setShortcut(QKeySequence("Ctrl+Shift+I"))
            item.triggered.connect(self.new_access_item)
            self._actions = [question, item]
            # The shortcuts work from every tab of the window, not only this one.
            window = self.window()
            if window is not self:
                window.addActions(self._actions)
        return self._actions

    # -- actions ------------------------------------------------------------------
    def new_question(self) -> None:
        self.questions.new_question()

    def new_access_item(self) -> None:
        self.access.new_item()

    def focus_filter(self) -> None:
        page = self.pages.currentWidget()
        if isinstance(page, QuestionsPanel | AccessPanel):
            page.filter_edit.setFocus()
            page.filter_edit.selectAll()

    # -- summary ------------------------------------------------------------------
    def _open_count(self) -> int:
        if self.context.tandem is None:
            return 0
        try:
            return self.context.store.questions.open_summary(self.context.tandem_id)[0]
        except EnvironmentFault:
            return 0

    def update_summary(self) -> None:
        if self.context.tandem is None:
            self.summary_label.setText("")
            return
        tid = self.context.tandem_id
        today = self.context.clock.today()
        count, oldest = self.context.store.questions.open_summary(tid)
        if count == 0:
            parts = [self.tr("No open questions")]
        else:
            days = days_between(oldest, today) or 0
            opened = self.tr("%n open question(s)", None, count)
            if days <= 0:
                waited = self.tr("the oldest was asked today")
            else:
                waited = self.tr("the oldest has waited %n day(s)", None, days)
            parts = [opened, waited]
        due = self.context.store.access_items.count_due(tid, today)
        if due:
            parts.append(self.tr("%n access item(s) due for review", None, due))
        self.summary_label.setText(" · ".join(parts))
