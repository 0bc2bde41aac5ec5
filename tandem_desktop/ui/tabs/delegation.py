"""The Delegation tab. Until its features land it explains the step."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.tabs.base import StepTab
from tandem_desktop.ui.tabs.intro import StepIntro, step_texts


class DelegationTab(StepTab):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(StepIntro("delegation", self))
        layout.addStretch(1)

    def title(self) -> str:
        return step_texts()["delegation"][0]
