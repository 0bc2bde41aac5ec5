"""The Vision tab (step 5): the vision with its versions, goals, roadmap and review."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from tandem_desktop.domain.enums import GoalKind
from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.intro import StepIntro, step_texts
from tandem_desktop.ui.step_tab import StepTab
from tandem_desktop.ui.theme import keep_tab_texts_whole
from tandem_desktop.ui.vision.editor import VisionEditor
from tandem_desktop.ui.vision.goals import GoalsPanel
from tandem_desktop.ui.vision.review import ReviewBar
from tandem_desktop.ui.vision.roadmap import RoadmapView


class VisionTab(StepTab):
    watches = frozenset({"vision", "goal", "goal_rule", "task", "decision_rule", "area",
                         "tandem", "agenda_item"})
    VISION, GOALS, ROADMAP = range(3)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(StepIntro("vision", self))
        self.review = ReviewBar(context, self)
        layout.addWidget(self.review)
        self.pages = QTabWidget(self)
        keep_tab_texts_whole(self.pages.tabBar())
        self.pages.setDocumentMode(True)
        self.editor = VisionEditor(context, self.pages)
        self.goals = GoalsPanel(context, self.pages)
        self.roadmap = RoadmapView(self.pages)
        self.pages.addTab(self.editor, self.tr("Vision"))
        self.pages.addTab(self.goals, self.tr("Goals"))
        self.pages.addTab(self.roadmap, self.tr("Roadmap"))
        layout.addWidget(self.pages, 1)
        self.roadmap.goalActivated.connect(self._open_goal)

    def title(self) -> str:
        return step_texts()["vision"][0]

    def refresh(self) -> None:
        self.review.refresh()
        self.editor.refresh()
        self.goals.refresh()
        self.roadmap.set_goals(self.goals.all_standings(), self.context.clock.today())

    def new_actions(self) -> list[QAction]:
        goal = QAction(self.tr("Goal…"), self)
        goal.triggered.connect(lambda: self.start_new_goal())
        development = QAction(self.tr("Development goal…"), self)
        development.triggered.connect(lambda: self.start_new_goal(GoalKind.DEVELOPMENT.value))
        return [goal, development]

    def start_new_goal(self, kind: str = GoalKind.SHARED.value) -> None:
        self._bring_to_front()
        self.pages.setCurrentIndex(self.GOALS)
        self.goals.new_goal(kind)

    def show_record(self, table: str, record_id: str) -> bool:
        if table not in ("goal", "vision") or self.context.tandem is None:
            return False
        self.refresh_now()
        if table == "goal":
            if not self.goals.select_goal(record_id):
                return False
            self.pages.setCurrentIndex(self.GOALS)
            return True
        if not self.editor.select_version(record_id):
            return False
        self.pages.setCurrentIndex(self.VISION)
        return True

    def _open_goal(self, goal_id: str) -> None:
        if self.goals.select_goal(goal_id):
            self.pages.setCurrentIndex(self.GOALS)

    def _bring_to_front(self) -> None:
        """Make this tab the current one of the window's tab bar."""
        widget = self.parentWidget()
        while widget is not None and not isinstance(widget, QTabWidget):
            widget = widget.parentWidget()
        if isinstance(widget, QTabWidget) and widget.indexOf(self) >= 0:
            widget.setCurrentWidget(self)
