"""The Overview tab: what needs me now. Until its features land it greets the tandem."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.tabs.base import StepTab
from tandem_desktop.ui.widgets import heading, plain_label


class OverviewTab(StepTab):
    watches = frozenset({"tandem"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        self.greeting = heading("", self)
        self.partners = plain_label("", self)
        layout.addWidget(self.greeting)
        layout.addWidget(self.partners)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Overview")

    def refresh(self) -> None:
        tandem = self.context.tandem
        if tandem is None:
            return
        self.greeting.setText(tandem.name)
        self.partners.setText(
            self.tr("{leader} (leader) and {assistant} (assistant)").format(
                leader=tandem.leader_name, assistant=tandem.assistant_name
            )
        )
