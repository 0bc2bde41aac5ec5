"""Every item model of the app passes Qt's model tester, filled and empty.

The models are the live ones of a window on the demo tandem, each showing the
rows a user would see; then each kind once more, fresh and empty. The last test
fails when a new item model appears in tandem_desktop/ui without being listed here.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex
from pytestqt.modeltest import ModelTester

import tandem_desktop.ui
from tandem_desktop.demo import create_demo
from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.domain.records import Task
from tandem_desktop.services.sync import HeldRecord, PartnerDevice
from tandem_desktop.storage.store import Store
from tandem_desktop.storage.sync_state import Peer
from tandem_desktop.ui.communication.checkins import RetroNotesModel
from tandem_desktop.ui.communication.models import (
    AgendaModel,
    AgreementModel,
    OccurrenceModel,
    PastMeetingModel,
    SeriesModel,
    TaskModel,
)
from tandem_desktop.ui.communication.tab import CommunicationTab
from tandem_desktop.ui.conflicts_dialog import ConflictModel, ConflictsDialog
from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.delegation.models import (
    AreaMemberModel,
    AreaTableModel,
    LevelHistoryModel,
    LookupResultModel,
    RuleTableModel,
)
from tandem_desktop.ui.delegation.tab import DelegationTab
from tandem_desktop.ui.feedback.models import FeedbackTableModel, PromptListModel
from tandem_desktop.ui.feedback.tab import FeedbackTab
from tandem_desktop.ui.main_window import MainWindow
from tandem_desktop.ui.overview.cards import EntryModel
from tandem_desktop.ui.overview.tab import OverviewTab
from tandem_desktop.ui.restore_dialog import BackupModel, RestoreDialog
from tandem_desktop.ui.search import SearchPanel, SearchResultsModel
from tandem_desktop.ui.sync.panel import DeviceModel, HeldModel
from tandem_desktop.ui.sync.sharing_settings import PeerModel
from tandem_desktop.ui.table_model import RowListModel, RowTableModel
from tandem_desktop.ui.trash_dialog import TrashDialog, TrashModel
from tandem_desktop.ui.trust.models import AccessTableModel, QuestionTableModel
from tandem_desktop.ui.trust.tab import TrustTab
from tandem_desktop.ui.vision.models import (
    GoalRuleModel,
    GoalTableModel,
    LinkedTaskModel,
    VersionListModel,
)
from tandem_desktop.ui.vision.tab import VisionTab
from tests.storage.copies import send

# The bases hold no columns of their own; only their subclasses are models to test.
BASES = {RowTableModel, RowListModel}

# Every item model, and how to make one without rows.
EMPTY: dict[type[QAbstractItemModel], Callable[[], QAbstractItemModel]] = {
    EntryModel: EntryModel,
    QuestionTableModel: QuestionTableModel,
    AccessTableModel: AccessTableModel,
    SeriesModel: SeriesModel,
    OccurrenceModel: OccurrenceModel,
    PastMeetingModel: PastMeetingModel,
    RetroNotesModel: RetroNotesModel,
    AgendaModel: AgendaModel,
    TaskModel: TaskModel,
    AgreementModel: AgreementModel,
    FeedbackTableModel: FeedbackTableModel,
    PromptListModel: PromptListModel,
    AreaTableModel: AreaTableModel,
    AreaMemberModel: AreaMemberModel,
    RuleTableModel: RuleTableModel,
    LevelHistoryModel: LevelHistoryModel,
    LookupResultModel: LookupResultModel,
    VersionListModel: VersionListModel,
    GoalTableModel: GoalTableModel,
    LinkedTaskModel: lambda: LinkedTaskModel(lambda _task, _done: None),
    GoalRuleModel: GoalRuleModel,
    SearchResultsModel: SearchResultsModel,
    TrashModel: TrashModel,
    BackupModel: BackupModel,
    ConflictModel: ConflictModel,
    PeerModel: PeerModel,
    DeviceModel: DeviceModel,
    HeldModel: HeldModel,
}


@pytest.fixture
def check(request: pytest.FixtureRequest) -> Iterator[Callable[[QAbstractItemModel], None]]:
    """Run Qt's own model tester and pytest-qt's Python one on a model.

    Each model gets testers of its own, which keep watching it until the test
    ends: a change that one model's signals cause in another must not mix up
    what the testers expect.
    """
    testers: list[ModelTester] = []

    def run(model: QAbstractItemModel) -> None:
        for force_py in (False, True):
            tester = ModelTester(request.config)
            tester.check(model, force_py=force_py)
            testers.append(tester)

    yield run
    for tester in testers:
        tester._cleanup()


@pytest.fixture
def demo(qtbot, file_store: Store, context: AppContext, clock: FixedClock) -> MainWindow:  # type: ignore[no-untyped-def]
    """The main window on the demo tandem, which has records of every kind."""
    context.set_tandem(create_demo(file_store, "en", clock.today()))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _tab(window: MainWindow, kind: type) -> Any:
    index = next(i for i, tab in enumerate(window.step_tabs) if isinstance(tab, kind))
    window.tabs.setCurrentIndex(index)
    return window.tabs.currentWidget()


def _filled_models(window: MainWindow, qtbot) -> Iterator[QAbstractItemModel]:  # type: ignore[no-untyped-def]
    """Each live model of the window once it shows rows of the demo tandem."""
    store, tandem_id = window.context.store, window.context.tandem_id
    overview: OverviewTab = _tab(window, OverviewTab)
    yield from (card.entry_model for card in (overview.tasks, overview.questions,
                                              overview.feedback, overview.reviews,
                                              overview.goals))
    trust: TrustTab = _tab(window, TrustTab)
    yield trust.questions.model
    trust.pages.setCurrentWidget(trust.access)
    yield trust.access.model

    communication: CommunicationTab = _tab(window, CommunicationTab)
    page = communication.checkins
    yield from (page.series_model, page.occurrence_model, page.past_model, page.notes_model)
    for meeting in store.meetings.list():
        assert communication.open_meeting(meeting.id)
        if communication.meeting.agenda_model.rowCount():
            yield communication.meeting.agenda_model
        if communication.meeting.tasks_model.rowCount():
            yield communication.meeting.tasks_model
    for index in range(communication.pages.count()):
        communication.show_page(index)
    yield from (communication.backlog.model, communication.tasks.model,
                communication.agreements.model)

    feedback: FeedbackTab = _tab(window, FeedbackTab)
    yield from (feedback.model, feedback.prompts.model)

    delegation: DelegationTab = _tab(window, DelegationTab)
    yield delegation.rules.model
    for change in store.level_changes.list():
        delegation.show_record("decision_rule", change.rule_id)
        if delegation.rules.details.history_model.rowCount():
            yield delegation.rules.details.history_model
            break
    yield delegation.areas.model
    for area in store.areas.for_tandem(tandem_id):
        delegation.show_record("area", area.id)
        if delegation.areas.members_model.rowCount():
            yield delegation.areas.members_model
            break
    delegation.lookup.field.setText(store.rules.list()[0].decision.split()[0])
    yield delegation.lookup.model

    vision: VisionTab = _tab(window, VisionTab)
    yield vision.editor.versions
    vision.pages.setCurrentIndex(VisionTab.GOALS)
    yield vision.goals.model
    editor = vision.goals.editor
    for standing in list(vision.goals.model.rows):
        window.show_record("goal", standing.goal.id)
        if editor.task_model.rowCount():
            yield editor.task_model
        if editor.rule_model.rowCount():
            yield editor.rule_model

    search = window.search_panel  # type: ignore[attr-defined]
    assert isinstance(search, SearchPanel)
    search.show()
    search.run("the")
    yield search.model
    search.hide()

    with store.transaction():
        store.tasks.delete(store.tasks.list()[0].id)
    trash = TrashDialog(window.context, window)
    qtbot.addWidget(trash)
    yield trash.model
    store.back_up("manual")
    restore = RestoreDialog(window.context, window)
    qtbot.addWidget(restore)
    yield restore.model

    # The partner's copy edits the same task's notes later: a conflict to review.
    partner = Store.in_memory(FixedClock(window.context.clock.now() + timedelta(minutes=1)))
    send(store, partner)
    task = store.tasks.for_tandem(tandem_id)[0]
    store.tasks.change(task.id, notes="Mine")
    partner.tasks.change(task.id, notes="Theirs")
    send(partner, store)
    conflicts = ConflictsDialog(window.context, window)
    qtbot.addWidget(conflicts)
    yield conflicts.model

    # A shared tandem's partner devices, as Preferences lists them.
    peers = PeerModel()
    peers.set_rows([Peer("5f3a9c0d1e2b4a68", "Claudia's desktop", 3, "2026-11-29T08:12:00Z"),
                    Peer("0b1c2d3e4f5a6b7c", "", 0, None)])
    yield peers
    # The sync panel's partner devices and the partner's deletions waiting for a yes.
    devices = DeviceModel(window.context.clock)
    devices.set_rows([PartnerDevice("00000000000000ab", "Claudia's laptop",
                                    "2026-11-29T09:00:00Z")])
    yield devices
    held = HeldModel()
    held.set_rows([HeldRecord("task", task.id, task.title, False)])
    yield held


def test_every_model_passes_the_model_tester_with_the_demo_rows(  # type: ignore[no-untyped-def]
        qtbot, check: Callable[[QAbstractItemModel], None], demo: MainWindow) -> None:
    checked: set[type] = set()
    for model in _filled_models(demo, qtbot):
        name = type(model).__name__
        assert model.rowCount() > 0, f"{name} shows no rows of the demo tandem"
        assert model.data(model.index(0, 0)) is not None, name
        check(model)
        checked.add(type(model))
    assert checked == set(EMPTY), f"not filled: {set(EMPTY) - checked}"


@pytest.mark.parametrize("kind", list(EMPTY), ids=lambda kind: kind.__name__)
def test_every_model_passes_the_model_tester_empty(  # type: ignore[no-untyped-def]
        qapp, check: Callable[[QAbstractItemModel], None],
        kind: type[QAbstractItemModel]) -> None:
    model = EMPTY[kind]()
    assert model.rowCount() == 0
    check(model)


def test_tasks_arrive_page_by_page_under_the_model_tester(  # type: ignore[no-untyped-def]
        qtbot, check: Callable[[QAbstractItemModel], None], window: MainWindow) -> None:
    store, tandem_id = window.context.store, window.context.tandem_id
    with store.transaction():
        for number in range(450):
            store.tasks.add(Task(tandem_id=tandem_id, title=f"Task {number:03}", owner="leader"))
    communication: CommunicationTab = _tab(window, CommunicationTab)
    communication.show_page(communication.pages.indexOf(communication.tasks))
    model, table = communication.tasks.model, communication.tasks.table
    assert model.rowCount() == 200 and model.canFetchMore(QModelIndex())
    # Scrolling to the end asks for the next page, as often as there is one.
    for shown in (400, 450):
        table.scrollToBottom()
        qtbot.waitUntil(lambda shown=shown: model.rowCount() == shown)
    assert not model.canFetchMore(QModelIndex())
    assert [line.title for line in model.rows[:2]] == ["Task 000", "Task 001"]
    communication.tasks.refresh()
    assert model.rowCount() == 200
    check(model)  # each of the two testers fetches one page more and checks the new rows
    assert model.rowCount() == 450 and not model.canFetchMore(QModelIndex())


def _ui_models() -> set[type]:
    """Every item model class defined in tandem_desktop.ui, after importing all of it."""
    for module in pkgutil.walk_packages(tandem_desktop.ui.__path__, "tandem_desktop.ui."):
        importlib.import_module(module.name)
    found: set[type] = set()
    todo = [QAbstractItemModel]
    while todo:
        for kind in todo.pop().__subclasses__():
            todo.append(kind)
            if kind.__module__.startswith("tandem_desktop.ui"):
                found.add(kind)
    return found


def test_every_item_model_of_the_app_is_tested_here() -> None:
    found = _ui_models()
    assert found - BASES == set(EMPTY), (
        f"add to EMPTY and _filled_models: {found - BASES - set(EMPTY)}; "
        f"gone: {set(EMPTY) - found}")
