"""File ▸ Join my partner's tandem…: the shared folder and the pairing code.

When the folder holds several shared tandems, the code says which one: it opens
only its own. The join runs off the UI thread (a large tandem takes seconds) and
writes in one transaction, so a join that fails leaves the database as it was;
a wrong code is refused before anything is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.domain.enums import Role
from tandem_desktop.domain.records import Tandem
from tandem_desktop.exchange.syncfolder import layout, pairing
from tandem_desktop.exchange.syncfolder.folder import (
    FolderProblem,
    TandemFolder,
    WrongCode,
    read_marker,
)
from tandem_desktop.exchange.syncfolder.rounds import SyncError, holds_tandem, join, sides_taken
from tandem_desktop.storage.journal import journal_of
from tandem_desktop.storage.store import Store
from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.exchange_menus import ExchangeJob
from tandem_desktop.ui.sync.shared_folder import (
    BusyLine,
    FolderField,
    folder_problem_text,
    start_job,
)
from tandem_desktop.ui.widgets import FieldError, heading, plain_label


@dataclass(frozen=True)
class Joined:
    """What the join job hands back: the tandem joined, or why nothing was."""

    tandem_id: str = ""
    refused: str = ""
    wrong_code: bool = False
    choose_side: bool = False  # both sides already work in the folder: which is this?


class JoinDialog(QDialog):
    """Accepted once the tandem is here; it is then the window's current tandem."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.job: ExchangeJob | None = None
        self.joined: Tandem | None = None
        self.setWindowTitle(self.tr("Join my partner's tandem"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Join my partner's tandem"), self))
        layout.addWidget(plain_label(self.tr(
            "Your partner shared a tandem through a folder the two of you already share. "
            "Choose that folder as it appears on this computer and type the pairing code "
            "your partner gave you."), self))
        form = QFormLayout()
        self.folder = FolderField(self.context, self.tr("The folder your partner shares with "
                                                        "you"), self)
        form.addRow(self.tr("Shared &folder:"), self.folder)
        self.folder_error = FieldError(self)
        form.addRow("", self.folder_error)
        self.code = QLineEdit(self)
        self.code.setAccessibleName(self.tr("Pairing code"))
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.code.setMaxLength(60)
        form.addRow(self.tr("Pairing &code:"), self.code)
        self.code_error = FieldError(self)
        form.addRow("", self.code_error)
        self.role = QComboBox(self)
        self.role.setAccessibleName(self.tr("My side in this tandem"))
        self.role.addItem(self.tr("The side my partner does not take"), "")
        self.role.addItem(self.tr("The leader"), Role.LEADER.value)
        self.role.addItem(self.tr("The assistant"), Role.ASSISTANT.value)
        self.role.setToolTip(self.tr(
            "On a further computer of yours (a second laptop, say), choose your side here"))
        form.addRow(self.tr("&I am:"), self.role)
        self.role_error = FieldError(self)
        form.addRow("", self.role_error)
        layout.addLayout(form)
        self.error = FieldError(self)
        layout.addWidget(self.error)
        self.busy = BusyLine(self.tr(
            "Reading your partner's tandem… For a large tandem this takes a few seconds."), self)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.join_button = buttons.addButton(self.tr("Join"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.join_button.setDefault(True)
        buttons.accepted.connect(self.start_joining)
        buttons.rejected.connect(self.reject)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        layout.addWidget(buttons)

    def start_joining(self) -> None:
        for label in (self.folder_error, self.code_error, self.role_error, self.error):
            label.show_message("")
        root = self.folder.path()
        if root is None or not root.is_dir():
            self._say(self.folder_error,
                      self.tr("Please choose the shared folder.") if root is None else
                      self.tr("There is no folder “{path}”.").format(path=str(root)))
            self.folder.edit.setFocus()
            return
        code, problem = code_from(self.code.text())
        if problem:
            self._say(self.code_error, problem)
            self.code.setFocus()
            return
        self.folder.remember()
        self._busy(True)
        role = str(self.role.currentData()) or None
        self.job = start_job(self.context, lambda store, progress: join_tandem(
            store, root, code, role), self._finished, self._failed)

    def _say(self, label: FieldError, text: str) -> None:
        """Show a message under a field; the dialog grows to show all of it."""
        label.show_message(text)
        self.adjustSize()

    def _finished(self, outcome: Joined) -> None:
        self.job = None
        self._busy(False)
        if outcome.wrong_code:
            self._say(self.code_error, outcome.refused)
            self.code.setFocus()
            self.code.selectAll()
            return
        if outcome.choose_side:
            self._say(self.role_error, outcome.refused)
            self.role.setFocus()
            return
        if outcome.refused:
            self._say(self.error, outcome.refused)
            return
        store = self.context.store
        # The join wrote through the job's own connection: every view reloads.
        store.database.notifier.publish(frozenset(repo.table for repo in store.repositories))
        self.joined = store.tandems.get(outcome.tandem_id)
        self.context.set_tandem(self.joined)
        self.context.sharingChanged.emit(outcome.tandem_id)
        self.accept()

    def _failed(self, message: str) -> None:
        self.job = None
        self._busy(False)
        self._say(self.error, self.tr("Nothing was joined: {reason}").format(reason=message))

    def _busy(self, running: bool) -> None:
        self.busy.setVisible(running)
        for widget in (self.folder, self.code, self.role, self.join_button, self.cancel_button):
            widget.setEnabled(not running)

    def reject(self) -> None:
        if self.job is None:  # a join that runs finishes first (it is one transaction)
            super().reject()


def code_from(typed: str) -> tuple[str, str]:
    """(the code, '') from what was typed, or ('', what is wrong with it)."""
    translate = QCoreApplication.translate
    code = "".join(ch for ch in typed.upper() if not ch.isspace() and ch not in "-–")
    if not code:
        return "", translate("JoinDialog", "Please type the pairing code your partner gave you.")
    wrong = sorted({ch for ch in code if ch not in pairing.ALPHABET})
    if wrong:
        return "", translate("JoinDialog", "A pairing code has no “{characters}”: it is made of "
                             "the digits 2 to 9 and the letters A to Z without I, L and O.").format(
            characters=" ".join(wrong))
    if len(code) != pairing.LENGTH:
        return "", translate("JoinDialog", "A pairing code has {length} letters and digits; "
                             "this one has {typed}.").format(length=pairing.LENGTH,
                                                             typed=len(code))
    return code, ""


def join_tandem(store: Store, root: Path, code: str, role: str | None) -> Joined:
    """Join the tandem in ``root`` that ``code`` opens; runs on the job's thread."""
    translate = QCoreApplication.translate
    try:
        folders = _tandem_folders(root)
        if not folders:
            return Joined(refused=translate("JoinDialog", "“{path}” holds no shared tandem. "
                                            "Choose the folder your partner shared the tandem "
                                            "through.").format(path=str(root)))
        opened = _opened_by(folders, code)
        if opened is None:
            return _wrong_code()
        folder, key = opened
        tandem_id = read_marker(folder).tandem_id
        if role is None and len(set(_sides_taken(store, folder, tandem_id, key))) > 1:
            return Joined(choose_side=True, refused=translate(
                "JoinDialog", "The leader and the assistant both work in this tandem already. "
                "Choose which side this computer belongs to."))
        if holds_tandem(store, tandem_id):
            return Joined(refused=translate("JoinDialog", "This computer already holds that "
                                            "tandem; nothing was joined."))
        with store.database.transaction():  # all of it, or nothing
            tandem = join(store, folder, code, my_role=role)
    except FolderProblem as problem:
        return Joined(refused=folder_problem_text(problem.reason))
    except WrongCode:
        return _wrong_code()
    except (SyncError, OSError) as error:
        return Joined(refused=translate("JoinDialog", "Nothing was joined: {reason}").format(
            reason=str(error)))
    return Joined(tandem_id=tandem.id)


def _wrong_code() -> Joined:
    return Joined(wrong_code=True, refused=QCoreApplication.translate(
        "JoinDialog", "This code does not open the shared folder. Check it with your "
        "partner; nothing was joined."))


def _tandem_folders(root: Path) -> list[Path]:
    """``root`` when it is a tandem's folder, else the tandem folders directly in it."""
    if (root / layout.MARKER).exists():
        return [root]
    return sorted(child for child in root.iterdir()
                  if child.is_dir() and (child / layout.MARKER).exists())


def _opened_by(folders: list[Path], code: str) -> tuple[Path, bytes] | None:
    """The tandem folder whose key the code opens, and the key (a folder too new says so)."""
    problem: FolderProblem | None = None
    for folder in folders:
        try:
            return folder, read_marker(folder).unlock(code)
        except WrongCode:
            continue
        except FolderProblem as error:
            problem = problem or error
            continue
    if problem is not None:
        raise problem
    return None


def _sides_taken(store: Store, folder: Path, tandem_id: str, key: bytes) -> list[str]:
    """The sides the devices already in the folder say they take."""
    journal = journal_of(store.database)
    if journal is None:
        return []
    return sides_taken(TandemFolder(folder, tandem_id, journal.device.id, key))
