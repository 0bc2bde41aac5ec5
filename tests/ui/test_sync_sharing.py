"""Sharing a tandem and joining the partner's, as a user does it in the window.

Each test has the window's data folder and, where a partner is needed, the
partner's own store in another folder; both meet in a shared folder.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.domain.records import Question
from tandem_desktop.exchange.syncfolder import layout, pairing
from tandem_desktop.exchange.syncfolder.rounds import SyncError, join, run_round, share
from tandem_desktop.storage.journal import journal_of
from tandem_desktop.storage.store import Store, open_store
from tandem_desktop.storage.sync_state import SyncState
from tandem_desktop.ui.main_window import MainWindow
from tandem_desktop.ui.settings_dialog import SettingsDialog
from tandem_desktop.ui.startup import choose_first_tandem
from tandem_desktop.ui.sync import join_dialog
from tandem_desktop.ui.sync.join_dialog import JoinDialog
from tandem_desktop.ui.sync.share_dialog import ShareDialog
from tandem_desktop.ui.tandem_dialog import TandemDialog
from tests.conftest import make_tandem
from tests.storage.copies import dump
from tests.ui.conftest import click_ok


@pytest.fixture(autouse=True)
def _quick_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pairing, "SCRYPT_N", 2**10)


@pytest.fixture
def shared_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "Sync"
    folder.mkdir()
    return folder


@pytest.fixture
def leader(tmp_path: Path, clock: FixedClock) -> Iterator[Store]:
    """The partner's copy: Claudia, the leader, on her own computer."""
    store = open_store(tmp_path / "leader-data", clock)
    journal = journal_of(store.database)
    assert journal is not None
    journal.rename_device("Claudia's desktop")
    yield store
    store.close()


def _partner_tandem(leader: Store) -> str:
    tandem = make_tandem(leader, name="Board office", my_role="leader")
    leader.questions.add(Question(tandem_id=tandem.id, text="May I book the trade-fair hotel?",
                                  asked_by="assistant", asked_on="2026-11-28"))
    return tandem.id


def _files(folder: Path) -> dict[str, bytes]:
    return {str(path.relative_to(folder)): path.read_bytes()
            for path in sorted(folder.rglob("*")) if path.is_file()}


def _share_dialog(qtbot: QtBot, window: MainWindow) -> ShareDialog:
    window.sharing_menu.share_action.trigger()
    dialog = window.sharing_menu.dialog
    assert isinstance(dialog, ShareDialog)
    qtbot.waitExposed(dialog)
    return dialog


def _join_dialog(qtbot: QtBot, window: MainWindow) -> JoinDialog:
    window.sharing_menu.join_action.trigger()
    dialog = window.sharing_menu.dialog
    assert isinstance(dialog, JoinDialog)
    qtbot.waitExposed(dialog)
    return dialog


def _wait_closed(qtbot: QtBot, window: MainWindow) -> None:
    """Until the share or join dialog has closed (it is deleted then)."""
    qtbot.waitUntil(lambda: window.sharing_menu.dialog is None, timeout=20_000)


def _type_folder(qtbot: QtBot, dialog: ShareDialog | JoinDialog, folder: Path) -> None:
    dialog.folder.edit.clear()
    qtbot.keyClicks(dialog.folder.edit, str(folder))


def when_modal(action: Callable[[QDialog], None]) -> None:
    """Run ``action`` on the next modal dialog as soon as it is open."""

    def attempt() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog) and modal.isVisible():
            action(modal)
        else:
            QTimer.singleShot(10, attempt)

    QTimer.singleShot(0, attempt)


# -- sharing -----------------------------------------------------------------------------
def test_sharing_shows_the_code_once_and_never_writes_it(
        qtbot: QtBot, window: MainWindow, shared_folder: Path) -> None:
    tandem_id = window.context.tandem_id
    assert window.sharing_menu.share_action.text() == "&Share this tandem with my partner…"
    dialog = _share_dialog(qtbot, window)
    _type_folder(qtbot, dialog, shared_folder)
    qtbot.mouseClick(dialog.share_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=20_000)

    shown = dialog.code_label.text()
    assert re.fullmatch(r"([2-9A-HJKMNP-Z]{4}-){5}[2-9A-HJKMNP-Z]{4}", shown)
    assert dialog.code_label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == shown
    assert dialog.copied.text() == "The code is on the clipboard."

    shared = SyncState(window.context.store.database).share(tandem_id)
    assert shared is not None and Path(shared.folder).parent == shared_folder
    marker = shared_folder / layout.tandem_folder_name(tandem_id) / layout.MARKER
    assert marker.is_file()
    code = pairing.normalized(shown)
    for content in _files(shared_folder).values():
        assert code.encode() not in content and shown.encode() not in content

    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.sharing_menu.dialog is None)
    # The code cannot be shown again: the entry says where the tandem is shared.
    assert window.sharing_menu.share_action.text() == "Shared through “Sync”…"
    seen: list[str] = []

    def read_and_close(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.reject()

    when_modal(read_and_close)
    window.sharing_menu.share_action.trigger()
    assert str(shared_folder) in seen[0]
    assert "cannot be shown again" in seen[0] and "Stop sharing" not in seen[0]
    assert "stop sharing in Settings ▸ Preferences" in seen[0]


def test_a_tandem_just_shared_has_its_first_round_and_a_status_at_once(
        qtbot: QtBot, window: MainWindow, shared_folder: Path) -> None:
    dialog = _share_dialog(qtbot, window)
    _type_folder(qtbot, dialog, shared_folder)
    with qtbot.waitSignal(window.sync_runner.roundFinished, timeout=20_000) as finished:
        qtbot.mouseClick(dialog.share_button, Qt.MouseButton.LeftButton)
    assert finished.args is not None and finished.args[0] == window.context.tandem_id
    qtbot.waitUntil(lambda: not window.sync_runner.busy, timeout=20_000)
    assert window.sync_status.isVisible()
    assert window.sync_status.text().startswith("Synced ")
    tandem_folder = shared_folder / layout.tandem_folder_name(window.context.tandem_id)
    assert str(tandem_folder) in window.sync_runner._watcher.directories()


def test_a_folder_that_cannot_be_used_is_refused_and_nothing_is_written(
        qtbot: QtBot, window: MainWindow, shared_folder: Path, leader: Store,
        monkeypatch: pytest.MonkeyPatch) -> None:
    store = window.context.store
    before = dump(store)
    dialog = _share_dialog(qtbot, window)

    qtbot.mouseClick(dialog.share_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "Please choose the shared folder."

    _type_folder(qtbot, dialog, shared_folder / "nowhere")
    qtbot.mouseClick(dialog.share_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == f"There is no folder “{shared_folder / 'nowhere'}”."

    # The folder already holds the partner's other tandem.
    share(leader, _partner_tandem(leader), shared_folder)
    held = _files(shared_folder)
    _type_folder(qtbot, dialog, shared_folder)
    qtbot.mouseClick(dialog.share_button, Qt.MouseButton.LeftButton)
    assert "already holds another shared tandem" in dialog.error.text()
    # ...or is that tandem's own folder.
    _type_folder(qtbot, dialog, next(shared_folder.iterdir()))
    qtbot.mouseClick(dialog.share_button, Qt.MouseButton.LeftButton)
    assert "is the folder of a tandem that is already shared" in dialog.error.text()

    # A folder this computer may not write to (as root every folder is writable,
    # so the permission the system reports is what is replaced).
    read_only = shared_folder.parent / "read-only"
    read_only.mkdir()
    read_only.chmod(0o555)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode: real_access(path, mode) and
                        Path(path) != read_only)
    _type_folder(qtbot, dialog, read_only)
    qtbot.mouseClick(dialog.share_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == (f"Tandem cannot write into “{read_only}”. Choose a folder "
                                   "you may change.")
    assert dialog.error.isVisible() and dialog.pages.currentIndex() == 0

    assert _files(shared_folder) == held
    assert list(read_only.iterdir()) == []
    assert SyncState(store.database).share(window.context.tandem_id) is None
    assert dump(store) == before


def test_a_refused_write_is_said_and_shares_nothing(
        qtbot: QtBot, window: MainWindow, shared_folder: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from tandem_desktop.ui.sync import share_dialog

    def refused(store: Store, tandem_id: str, root: Path) -> str:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(share_dialog, "share", refused)
    dialog = _share_dialog(qtbot, window)
    _type_folder(qtbot, dialog, shared_folder)
    qtbot.mouseClick(dialog.share_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert dialog.error.text() == "Nothing was shared: Permission denied"
    assert dialog.share_button.isEnabled() and dialog.pages.currentIndex() == 0
    assert SyncState(window.context.store.database).share(window.context.tandem_id) is None


# -- joining -----------------------------------------------------------------------------
def test_a_wrong_code_is_refused_and_the_right_one_joins(
        qtbot: QtBot, window: MainWindow, shared_folder: Path, leader: Store) -> None:
    tandem_id = _partner_tandem(leader)
    code = share(leader, tandem_id, shared_folder)
    store = window.context.store
    before = dump(store)
    folder_before = _files(shared_folder)
    dialog = _join_dialog(qtbot, window)
    _type_folder(qtbot, dialog, shared_folder)

    qtbot.keyClicks(dialog.code, "hello")  # not even a code: said at once
    qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    assert dialog.code_error.text() == ("A pairing code has no “L O”: it is made of the "
                                        "digits 2 to 9 and the letters A to Z without I, L "
                                        "and O.")
    assert dialog.job is None
    dialog.code.clear()
    qtbot.keyClicks(dialog.code, "ABCD-EFGH")
    qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    assert dialog.code_error.text() == ("A pairing code has 24 letters and digits; this one "
                                        "has 8.")

    wrong = "".join("2" if ch != "2" else "3" for ch in code)
    dialog.code.clear()
    qtbot.keyClicks(dialog.code, pairing.grouped(wrong))
    qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None and dialog.code_error.isVisible(), timeout=20_000)
    assert dialog.code_error.text() == ("This code does not open the shared folder. Check it "
                                        "with your partner; nothing was joined.")
    assert dialog.isVisible()
    assert dump(store) == before
    assert SyncState(store.database).shared_tandems() == []
    assert _files(shared_folder) == folder_before

    # Lower case, spaces instead of dashes: the same code.
    dialog.code.clear()
    qtbot.keyClicks(dialog.code, " ".join(pairing.grouped(code).split("-")).lower())
    qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    _wait_closed(qtbot, window)

    joined = store.tandems.get(tandem_id)
    assert joined.name == "Board office" and joined.my_role == "assistant"
    assert window.context.tandem is not None and window.context.tandem.id == tandem_id
    assert window.switcher.currentText() == "Board office"
    assert window.windowTitle().startswith("Board office")
    window.tabs.setCurrentIndex(1)
    trust = window.step_tabs[1]
    questions = trust.questions.model  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: [row.text for row in questions.rows] == [
        "May I book the trade-fair hotel?"])
    assert SyncState(store.database).shared_tandems() == [tandem_id]


def test_a_folder_without_a_tandem_is_said(
        qtbot: QtBot, window: MainWindow, shared_folder: Path) -> None:
    before = dump(window.context.store)
    dialog = _join_dialog(qtbot, window)
    _type_folder(qtbot, dialog, shared_folder)
    qtbot.keyClicks(dialog.code, pairing.grouped(pairing.new_code()))
    qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=20_000)
    assert dialog.error.text() == (f"“{shared_folder}” holds no shared tandem. Choose the "
                                   "folder your partner shared the tandem through.")
    assert dump(window.context.store) == before


def test_in_a_folder_of_several_tandems_the_code_finds_its_own(
        qtbot: QtBot, window: MainWindow, shared_folder: Path, leader: Store) -> None:
    first = _partner_tandem(leader)
    second = make_tandem(leader, name="Second client", my_role="leader").id
    share(leader, first, shared_folder)
    code = share(leader, second, shared_folder)
    dialog = _join_dialog(qtbot, window)
    _type_folder(qtbot, dialog, shared_folder)
    qtbot.keyClicks(dialog.code, code)
    qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    _wait_closed(qtbot, window)
    assert window.context.tandem is not None and window.context.tandem.id == second
    assert window.context.store.tandems.find(first) is None


def test_a_third_device_joins_with_the_same_code(
        qtbot: QtBot, window: MainWindow, shared_folder: Path, leader: Store,
        tmp_path: Path, clock: FixedClock) -> None:
    tandem_id = _partner_tandem(leader)
    code = share(leader, tandem_id, shared_folder)
    assistant = open_store(tmp_path / "assistant-data", clock)
    try:
        join(assistant, shared_folder, code)
        run_round(leader, tandem_id)
        run_round(assistant, tandem_id)
        # This window is the leader's second laptop: both sides are taken, so it asks.
        before = dump(window.context.store)
        dialog = _join_dialog(qtbot, window)
        _type_folder(qtbot, dialog, shared_folder)
        qtbot.keyClicks(dialog.code, code)
        qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.role_error.isVisible(), timeout=20_000)
        assert dialog.role_error.text() == ("The leader and the assistant both work in this "
                                            "tandem already. Choose which side this computer "
                                            "belongs to.")
        assert dump(window.context.store) == before
        dialog.role.setFocus()
        qtbot.keyClick(dialog.role, Qt.Key.Key_Down)  # the first side named: the leader
        assert dialog.role.currentText() == "The leader"
        qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
        _wait_closed(qtbot, window)
        laptop = window.context.store
        assert laptop.tandems.get(tandem_id).my_role == "leader"
        assert assistant.tandems.get(tandem_id).my_role == "assistant"

        question = laptop.questions.for_tandem(tandem_id)[0]
        laptop.questions.change(question.id, answer="Yes, up to 300 euros.")
        for copy in (laptop, leader, assistant):
            assert run_round(copy, tandem_id).problem == ""
        assert assistant.questions.get(question.id).answer == "Yes, up to 300 euros."
        assert leader.questions.get(question.id).answer == "Yes, up to 300 euros."
        assert len(SyncState(leader.database).peers(tandem_id)) == 2
    finally:
        assistant.close()


def test_joining_runs_off_the_ui_thread_in_one_transaction(
        qtbot: QtBot, window: MainWindow, shared_folder: Path, leader: Store,
        monkeypatch: pytest.MonkeyPatch) -> None:
    tandem_id = _partner_tandem(leader)
    code = share(leader, tandem_id, shared_folder)
    store = window.context.store
    before = dump(store)
    release = threading.Event()

    def slow_then_failing(*args: object, **kwargs: object) -> object:
        join(*args, **kwargs)  # type: ignore[arg-type]
        release.wait(20)  # holds the job until the window has shown it stays responsive
        raise SyncError("the partner's files have not all arrived yet")

    monkeypatch.setattr(join_dialog, "join", slow_then_failing)
    dialog = _join_dialog(qtbot, window)
    _type_folder(qtbot, dialog, shared_folder)
    qtbot.keyClicks(dialog.code, code)
    qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    try:
        assert dialog.busy.isVisible() and not dialog.join_button.isEnabled()
        ticker = QTimer(window)
        ticker.setInterval(5)
        ticker.start()
        for _ in range(3):  # the UI thread keeps running its events meanwhile
            with qtbot.waitSignal(ticker.timeout, timeout=2000):
                pass
        ticker.stop()
        dialog.reject()  # cannot close while the join runs
        assert dialog.isVisible()
    finally:
        release.set()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)
    assert dialog.error.text() == ("Nothing was joined: the partner's files have not all "
                                   "arrived yet")
    assert not dialog.busy.isVisible() and dialog.join_button.isEnabled()
    # Everything the join had written is gone with its transaction.
    assert dump(store) == before
    assert store.tandems.find(tandem_id) is None
    assert SyncState(store.database).shared_tandems() == []


# -- the welcome dialog -----------------------------------------------------------------
def test_the_welcome_dialog_leads_to_joining_and_back(
        qtbot: QtBot, context, shared_folder: Path, leader: Store) -> None:  # type: ignore[no-untyped-def]
    tandem_id = _partner_tandem(leader)
    code = share(leader, tandem_id, shared_folder)
    window = MainWindow(context)
    qtbot.addWidget(window)
    steps: list[str] = []

    def on_welcome(dialog: QDialog) -> None:
        assert isinstance(dialog, TandemDialog)
        steps.append("welcome")
        when_modal(cancel_join if len(steps) == 1 else fill_join)
        qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)

    def cancel_join(dialog: QDialog) -> None:
        assert isinstance(dialog, JoinDialog)
        steps.append("join cancelled")
        when_modal(on_welcome)
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    def fill_join(dialog: QDialog) -> None:
        assert isinstance(dialog, JoinDialog)
        steps.append("join")
        qtbot.keyClicks(dialog.folder.edit, str(shared_folder))
        qtbot.keyClicks(dialog.code, code)
        qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)

    when_modal(on_welcome)
    assert choose_first_tandem(window, context, "en", interactive=True)
    assert steps == ["welcome", "join cancelled", "welcome", "join"]
    assert [t.id for t in context.store.tandems.active()] == [tandem_id]
    assert context.tandem is not None and context.tandem.id == tandem_id
    assert context.tandem.my_role == "assistant"
    assert window.switcher.currentText() == "Board office"


# -- Settings ---------------------------------------------------------------------------
def _settings(qtbot: QtBot, window: MainWindow) -> SettingsDialog:
    dialog = SettingsDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_settings_show_the_sharing_and_rename_this_computer(
        qtbot: QtBot, window: MainWindow, shared_folder: Path, leader: Store) -> None:
    tandem_id = _partner_tandem(leader)
    join(window.context.store, shared_folder, share(leader, tandem_id, shared_folder))
    run_round(leader, tandem_id)
    run_round(window.context.store, tandem_id)
    window.switch_to(tandem_id)
    dialog = _settings(qtbot, window)
    section = dialog.sharing
    assert section.status.text().startswith(f"“Board office” is shared through the folder\n"
                                            f"{shared_folder}\nLast sync: ")
    assert section.peer_view.isVisible() and section.stop_button.isVisible()
    assert [section.peers.cell(peer, 0) for peer in section.peers.rows] == ["Claudia's desktop"]
    assert section.peers.cell(section.peers.rows[0], 1) != "not yet"

    dialog.device_name.selectAll()
    qtbot.keyClicks(dialog.device_name, "Jonas's laptop")
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert run_round(window.context.store, tandem_id).problem == ""
    run_round(leader, tandem_id)
    assert [peer.device_name for peer in SyncState(leader.database).peers(tandem_id)] == [
        "Jonas's laptop"]


def test_stopping_removes_only_this_computers_files(
        qtbot: QtBot, window: MainWindow, shared_folder: Path, leader: Store) -> None:
    tandem_id = _partner_tandem(leader)
    store = window.context.store
    join(store, shared_folder, share(leader, tandem_id, shared_folder))
    window.switch_to(tandem_id)
    question = store.questions.for_tandem(tandem_id)[0]
    store.questions.change(question.id, answer="Yes.")
    run_round(store, tandem_id)
    run_round(leader, tandem_id)
    tandem_folder = shared_folder / layout.tandem_folder_name(tandem_id)
    journal = journal_of(store.database)
    assert journal is not None
    mine = tandem_folder / journal.device.id
    assert len(list(mine.iterdir())) >= 2  # a change file and the read state
    partner_files = {name: content for name, content in _files(tandem_folder).items()
                     if not name.startswith(journal.device.id)}
    before = dump(store)
    dialog = _settings(qtbot, window)

    def answer(box: QDialog, button: QMessageBox.StandardButton) -> None:
        assert isinstance(box, QMessageBox)
        texts.append(box.text())
        box.button(button).click()

    texts: list[str] = []
    when_modal(lambda box: answer(box, QMessageBox.StandardButton.No))
    qtbot.mouseClick(dialog.sharing.stop_button, Qt.MouseButton.LeftButton)
    assert SyncState(store.database).share(tandem_id) is not None
    assert len(list(mine.iterdir())) >= 2

    when_modal(lambda box: answer(box, QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(dialog.sharing.stop_button, Qt.MouseButton.LeftButton)
    assert "Everything stays on this computer as it is." in texts[-1]
    assert "Only this computer's own files are removed from the shared folder" in texts[-1]

    assert SyncState(store.database).share(tandem_id) is None
    assert list(mine.iterdir()) == []
    assert _files(tandem_folder) == partner_files
    assert dump(store) == before  # the local data stays
    assert store.questions.get(question.id).answer == "Yes."
    assert dialog.sharing.status.text().startswith("“Board office” is not shared.")
    assert not dialog.sharing.stop_button.isVisible()
    assert window.sharing_menu.shared_folder() is None
    qtbot.waitUntil(lambda: not window.sync_runner.busy, timeout=20_000)
    assert not window.sync_status.isVisible()  # nothing shared: no sync status
    assert not any(path.startswith(str(tandem_folder))
                   for path in window.sync_runner._watcher.directories())

    # Sharing again needs a new folder: this one still holds the partner's files.
    click_ok(qtbot, dialog)
    share_again = _share_dialog(qtbot, window)
    _type_folder(qtbot, share_again, shared_folder)
    qtbot.mouseClick(share_again.share_button, Qt.MouseButton.LeftButton)
    assert share_again.error.text() == (
        f"“{shared_folder}” still holds this tandem from an earlier sharing, with your "
        "partner's files. Make a new folder inside it and choose that one.")
    assert _files(tandem_folder) == partner_files
    fresh = shared_folder / "again"
    fresh.mkdir()
    _type_folder(qtbot, share_again, fresh)
    qtbot.mouseClick(share_again.share_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: share_again.pages.currentIndex() == 1, timeout=20_000)
    shared = SyncState(store.database).share(tandem_id)
    assert shared is not None and Path(shared.folder).parent == fresh
