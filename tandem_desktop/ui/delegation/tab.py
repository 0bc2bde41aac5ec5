"""The Delegation tab (step 4): areas, decision rules on seven levels, the board, "May I decide?".

The tab runs every query and every write (through the storage services); the
panels, the board and the models only show what they are handed and ask for
changes by signal.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.domain.delegation import MAX_LEVEL, MIN_LEVEL
from tandem_desktop.domain.enums import AgendaKind, Role
from tandem_desktop.domain.records import DecisionRule
from tandem_desktop.services.rules import autonomy_by_month, change_level, change_target
from tandem_desktop.storage.search_words import did_you_mean
from tandem_desktop.ui.actions import run_action
from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.delegation.advice import advice_sentence
from tandem_desktop.ui.delegation.areas import AreasPanel
from tandem_desktop.ui.delegation.board import DelegationBoard, write_poster
from tandem_desktop.ui.delegation.chart import AutonomyChart
from tandem_desktop.ui.delegation.dialogs import AreaDialog, RuleDialog
from tandem_desktop.ui.delegation.lookup import LookupPanel
from tandem_desktop.ui.delegation.models import LookupResult, members_of
from tandem_desktop.ui.delegation.rules import RulesPanel
from tandem_desktop.ui.intro import StepIntro, step_texts
from tandem_desktop.ui.labels import level_label, level_meaning
from tandem_desktop.ui.step_tab import StepTab
from tandem_desktop.ui.theme import keep_tab_texts_whole
from tandem_desktop.ui.widgets import confirm, heading, inform, plain_label

BOARD, RULES, AREAS = range(3)
LOOKUP_SHORTCUT = "Ctrl+Shift+D"


_ASCII_FOLD = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


class DelegationTab(StepTab):
    watches = frozenset({"area", "decision_rule", "level_change", "access_item", "task",
                         "tandem"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.rule_dialog: RuleDialog | None = None
        self.area_dialog: AreaDialog | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(StepIntro("delegation", self))

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.views = QTabWidget(splitter)
        keep_tab_texts_whole(self.views.tabBar())
        self.views.setDocumentMode(True)
        self.views.addTab(self._build_board_page(), self.tr("Board"))
        self.rules = RulesPanel(self.views)
        self.views.addTab(self.rules, self.tr("Decision rules"))
        self.areas = AreasPanel(self.views)
        self.views.addTab(self.areas, self.tr("Areas of responsibility"))

        side = QWidget(splitter)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 0, 0, 0)
        self.lookup = LookupPanel(self.find_rules, side, suggest=self.near_rule_words)
        side_layout.addWidget(self.lookup, 1)
        side_layout.addWidget(heading(self.tr("Autonomy over time"), side))
        side_layout.addWidget(plain_label(
            self.tr("Share of rules at level 5 or higher, month by month"), side))
        self.chart = AutonomyChart(side)
        side_layout.addWidget(self.chart)
        splitter.addWidget(self.views)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([860, 400])
        layout.addWidget(splitter, 1)

        self._new_rule_action = QAction(self.tr("Decision rule…"), self)
        self._new_rule_action.triggered.connect(lambda: self.open_rule_dialog())
        self._new_area_action = QAction(self.tr("Area of responsibility…"), self)
        self._new_area_action.triggered.connect(lambda: self.open_area_dialog())
        self.lookup_action = QAction(self.tr("May I decide?"), self)
        self.lookup_action.setShortcut(QKeySequence(LOOKUP_SHORTCUT))
        self.lookup_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.lookup_action.triggered.connect(self.focus_lookup)

        self.board.levelMoveRequested.connect(self.move_level)
        self.board.targetMoveRequested.connect(self.move_target)
        self.board.activated.connect(lambda rule_id: self.open_rule_dialog(self._rule(rule_id)))
        self.rules.newRequested.connect(lambda: self.open_rule_dialog())
        self.rules.editRequested.connect(lambda rule_id: self.open_rule_dialog(self._rule(rule_id)))
        self.rules.agendaRequested.connect(self.put_on_next_check_in)
        self.rules.deleteRequested.connect(self.delete_rule)
        self.rules.currentChanged.connect(self._show_rule_details)
        self.rules.filterChanged.connect(self.refresh)
        self.areas.newRequested.connect(lambda: self.open_area_dialog())
        self.areas.editRequested.connect(lambda area_id: self.open_area_dialog(area_id))
        self.areas.deleteRequested.connect(self.delete_area)
        self.areas.currentChanged.connect(self._show_area_members)
        self.areas.filterChanged.connect(self.refresh)
        self.areas.memberActivated.connect(self._open_member)
        self.lookup.newRuleRequested.connect(lambda words: self.open_rule_dialog(decision=words))
        self.lookup.ruleActivated.connect(lambda rule_id: self.show_record("decision_rule",
                                                                           rule_id))

    def _build_board_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        self.legend = plain_label(self.board_legend(), page)
        top.addWidget(self.legend, 1)
        self.poster_button = QPushButton(self.tr("Save as PDF poster…"), page)
        self.poster_button.clicked.connect(self.save_poster)
        top.addWidget(self.poster_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.board_empty = plain_label(self.tr(
            "No decision rules yet. Agree the first one with New rule… on the "
            "Decision rules page."), page)
        layout.addWidget(self.board_empty)
        self.board = DelegationBoard(page)
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.board)
        scroll.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(scroll, 1)
        self.board_status = plain_label("", page)
        self.board_status.setObjectName("boardStatus")
        layout.addWidget(self.board_status)
        return page

    def board_legend(self) -> str:
        return self.tr("● current level   ○ target level. Click or drag a marker into "
                       "another column, or select a row and press ← / →; with Shift the "
                       "target moves.")

    # -- StepTab ------------------------------------------------------------------------
    def title(self) -> str:
        """The step's name, with how many rules and areas are due for review."""
        base = step_texts()["delegation"][0]
        due = self._due_count()
        return f"{base} ({due})" if due else base

    def _due_count(self) -> int:
        if self.context.tandem is None:
            return 0
        store, tandem_id = self.context.store, self.context.tandem_id
        today = self.context.today_iso()
        return (store.rules.count_due_for_review(tandem_id, today)
                + store.areas.count_due_for_review(tandem_id, today))

    def new_actions(self) -> list[QAction]:
        return [self._new_rule_action, self._new_area_action]

    def global_actions(self) -> list[QAction]:
        """Actions the main window should make reachable from every tab."""
        return [self.lookup_action]

    def refresh(self) -> None:
        store = self.context.store
        tandem_id = self.context.tandem_id
        today = self.context.today_iso()
        areas = store.areas.for_tandem(tandem_id)
        names = {area.id: area.name for area in areas}
        rules = store.rules.by_area(tandem_id)
        groups: list[tuple[str, list[DecisionRule]]] = []
        for rule in rules:
            title = names.get(rule.area_id or "", self.tr("No area"))
            if not groups or groups[-1][0] != title:
                groups.append((title, []))
            groups[-1][1].append(rule)
        self.board.set_groups(groups)
        self.board_empty.setVisible(not rules)
        # All rules are loaded once (there may be thousands); the table lists them by
        # decision as the store would (COLLATE NOCASE folds ASCII letters only).
        listed = (store.rules.due_for_review(tandem_id, today) if self.rules.due_only.isChecked()
                  else sorted(rules, key=lambda rule: rule.decision.translate(_ASCII_FOLD)))
        self.rules.set_rules(listed, names)
        # Unfiltered, the area list is the one already loaded above.
        self.areas.set_areas(
            store.areas.listing(tandem_id, due_by=today) if self.areas.due_only.isChecked()
            else areas,
            store.areas.rule_counts(tandem_id), today)
        self.lookup.update_results()
        self.chart.set_months(autonomy_by_month(store, tandem_id, self.context.clock.today(),
                                                rules=rules))

    def show_record(self, table: str, record_id: str) -> bool:
        store = self.context.store
        if table == "level_change":
            change = store.level_changes.find(record_id)
            if change is None:
                return False
            table, record_id = "decision_rule", change.rule_id
        if table == "decision_rule" and store.rules.find(record_id) is not None:
            self.refresh_now()
            self.rules.due_only.setChecked(False)
            self.views.setCurrentIndex(RULES)
            self.board.select(record_id)
            return self.rules.select(record_id)
        if table == "area" and store.areas.find(record_id) is not None:
            self.refresh_now()
            self.areas.due_only.setChecked(False)
            self.views.setCurrentIndex(AREAS)
            return self.areas.select(record_id)
        return False

    # -- look-up ----------------------------------------------------------------------------
    def near_rule_words(self, text: str) -> str | None:
        """For "May I decide?" without an answer: near indexed words that find a rule."""
        if self.context.tandem is None:
            return None
        store, tandem_id = self.context.store, self.context.tandem_id
        return did_you_mean(store.database, text,
                            lambda typed: bool(store.rules.lookup(tandem_id, typed, limit=1)))

    def find_rules(self, text: str) -> list[LookupResult]:
        if self.context.tandem is None:
            return []
        leader = self.context.name_of(Role.LEADER)
        assistant = self.context.name_of(Role.ASSISTANT)
        viewer = self.context.my_role
        # Seven levels at most: word each level once per keystroke, not once per answer.
        advice = {number: advice_sentence(number, viewer, leader, assistant)
                  for number in range(MIN_LEVEL, MAX_LEVEL + 1)}
        levels = {number: f"{level_label(number)} — {level_meaning(number)}"
                  for number in range(MIN_LEVEL, MAX_LEVEL + 1)}
        return [
            LookupResult(hit.rule, hit.area_name, advice[hit.rule.level], levels[hit.rule.level])
            for hit in self.context.store.rules.lookup(self.context.tandem_id, text)
        ]

    def focus_lookup(self) -> None:
        tabs = self._main_tabs()
        if tabs is not None:
            tabs.setCurrentWidget(self)
        self.lookup.focus_search()

    def _main_tabs(self) -> QTabWidget | None:
        widget = self.parentWidget()
        while widget is not None and not isinstance(widget, QTabWidget):
            widget = widget.parentWidget()
        return widget

    # -- dialogs ------------------------------------------------------------------------------
    def open_rule_dialog(self, rule: DecisionRule | None = None, decision: str = "") -> RuleDialog:
        area = self.areas.current_area() if self.views.currentIndex() == AREAS else None
        dialog = RuleDialog(self.context, self.window(), rule, decision,
                            area.id if area else None)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._saved("decision_rule", dialog.saved))
        self.rule_dialog = dialog
        dialog.open()
        return dialog

    def open_area_dialog(self, area_id: str | None = None) -> AreaDialog:
        area = self.context.store.areas.find(area_id) if area_id else None
        dialog = AreaDialog(self.context, self.window(), area)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._saved("area", dialog.saved))
        self.area_dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, table: str, record: object) -> None:
        record_id = getattr(record, "id", None)
        if record_id:
            self.context.openRecord.emit(table, record_id)
            if not self.isVisible():
                self.show_record(table, record_id)

    # -- writes --------------------------------------------------------------------------------
    def _guard(self, work: Callable[[], object]) -> bool:
        return run_action(self, work)

    def _rule(self, rule_id: str) -> DecisionRule | None:
        return self.context.store.rules.find(rule_id)

    def move_level(self, rule_id: str, level: int) -> None:
        rule = self._rule(rule_id)
        if rule is None:
            return
        if self._guard(lambda: change_level(self.context.store, rule_id, level, "",
                                            self.context.today_iso())):
            self.board_status.setText(self.tr("“{decision}”: {old} → {new}, recorded in the "
                                              "rule's history.").format(
                decision=rule.decision, old=level_label(rule.level), new=level_label(level)))

    def move_target(self, rule_id: str, level: int) -> None:
        rule = self._rule(rule_id)
        if rule is not None and self._guard(
                lambda: change_target(self.context.store, rule_id, level)):
            self.board_status.setText(self.tr("“{decision}”: target {new}.").format(
                decision=rule.decision, new=level_label(level)))

    def put_on_next_check_in(self, rule_id: str) -> None:
        rule = self._rule(rule_id)
        if rule is None:
            return
        store = self.context.store
        waiting = [item for item in store.agenda.for_source("decision_rule", rule_id)
                   if item.meeting_id is None and not item.discussed]
        if waiting:
            inform(self, self.tr("Already on the agenda"), self.tr(
                "“{decision}” is already waiting for the next check-in.").format(
                decision=rule.decision))
            return
        tandem_id = self.context.tandem_id

        def add() -> None:
            store.agenda.add_to_backlog(
                tandem_id, self.tr("Renegotiate the level: {decision} (now {level})").format(
                    decision=rule.decision, level=level_label(rule.level)),
                AgendaKind.DECISION.value, self.context.my_role.value,
                source_kind="decision_rule", source_id=rule.id)

        if self._guard(add):
            self.board_status.setText(self.tr("“{decision}” is on the agenda for the next "
                                              "check-in.").format(decision=rule.decision))

    def delete_rule(self, rule_id: str) -> None:
        rule = self._rule(rule_id)
        if rule is None or not confirm(self, self.tr("Delete rule"), self.tr(
                "Move the rule “{decision}” to the Trash?").format(decision=rule.decision)):
            return
        self._guard(lambda: self.context.store.rules.delete(rule_id))

    def delete_area(self, area_id: str) -> None:
        area = self.context.store.areas.find(area_id)
        if area is None or not confirm(self, self.tr("Delete area"), self.tr(
                "Move the area “{name}” to the Trash? Its rules, tasks and access items stay "
                "and show without an area.").format(name=area.name)):
            return
        self._guard(lambda: self.context.store.areas.delete(area_id))

    # -- details ------------------------------------------------------------------------------
    def _show_rule_details(self, rule_id: str) -> None:
        rule = self._rule(rule_id) if rule_id else None
        history = self.context.store.level_changes.for_rule(rule_id) if rule else []
        self.rules.details.show_rule(rule, history)

    def _show_area_members(self, area_id: str) -> None:
        store = self.context.store
        if not area_id:
            self.areas.show_members([])
            return
        self.areas.show_members(members_of(
            store.access_items.in_use_in_area(area_id),
            store.tasks.in_area(area_id),
            store.rules.in_area(area_id)))

    def _open_member(self, table: str, record_id: str) -> None:
        if table == "decision_rule":
            self.show_record(table, record_id)
        else:
            self.context.openRecord.emit(table, record_id)

    # -- poster ------------------------------------------------------------------------------
    def poster_title(self) -> str:
        tandem = self.context.tandem
        return self.tr("Delegation board: {tandem}").format(tandem=tandem.name if tandem else "")

    def write_poster(self, path: Path) -> None:
        tandem = self.context.tandem
        subtitle = self.tr("{leader} and {assistant} · as of {date}").format(
            leader=tandem.leader_name if tandem else "",
            assistant=tandem.assistant_name if tandem else "",
            date=self.context.today_iso())
        write_poster(path, self.board.rows(), self.poster_title(), subtitle,
                     self.tr("● current level   ○ target level   shaded: the assistant "
                             "decides (levels 5–7)"))

    def save_poster(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save delegation board"),
            str(Path.home() / self.tr("delegation-board.pdf")), self.tr("PDF files (*.pdf)"))
        if not name:
            return
        path = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
        try:
            self.write_poster(path)
        except OSError as error:
            inform(self, self.tr("Not saved"), self.tr(
                "The poster could not be written: {reason}").format(reason=str(error)),
                warning=True)
            return
        self.board_status.setText(self.tr("Poster saved: {path}").format(path=str(path)))
