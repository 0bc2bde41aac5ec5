"""The window's foundation as a user meets it: first start, tandems, Trash, backups, language."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QPushButton

from tandem_desktop.app import StartOptions, run
from tandem_desktop.domain.records import Question
from tandem_desktop.storage.lock import FolderLock
from tandem_desktop.storage.store import database_path
from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.main_window import MainWindow
from tandem_desktop.ui.restore_dialog import RestoreDialog
from tandem_desktop.ui.startup import choose_first_tandem
from tandem_desktop.ui.tandem_dialog import TandemDialog
from tandem_desktop.ui.trash_dialog import TrashDialog
from tests.conftest import make_tandem


def when_modal(qtbot, action: Callable[[QDialog], None]) -> None:  # type: ignore[no-untyped-def]
    """Run ``action`` on the next modal dialog as soon as it is open."""

    def attempt() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog) and modal.isVisible():
            action(modal)
        else:
            QTimer.singleShot(10, attempt)

    QTimer.singleShot(0, attempt)


def test_welcome_dialog_creates_the_first_tandem(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(context)
    qtbot.addWidget(window)

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, TandemDialog)
        dialog.ok_button.click()  # empty form: refused at the field
        assert dialog.isVisible()
        assert dialog.name_error.isVisible()
        assert dialog.name_error.text() == "Please give the tandem a name."
        qtbot.keyClicks(dialog.name, "B")
        dialog.name.insert("ü")  # QTest can only type ASCII keys
        qtbot.keyClicks(dialog.name, "ro <b>GF</b>")
        qtbot.keyClicks(dialog.leader, "Claudia Berger")
        qtbot.keyClicks(dialog.assistant, "Jonas Weber")
        dialog.i_am_leader.click()
        dialog.ok_button.click()

    when_modal(qtbot, fill)
    assert choose_first_tandem(window, context, "en", interactive=True)
    tandems = context.store.tandems.active()
    assert [(t.name, t.leader_name, t.assistant_name, t.my_role) for t in tandems] == [
        ("Büro <b>GF</b>", "Claudia Berger", "Jonas Weber", "leader")]
    assert context.tandem is not None and context.tandem.id == tandems[0].id
    assert window.switcher.currentText() == "Büro <b>GF</b>"
    assert window.windowTitle().startswith("Büro <b>GF</b>")


def test_welcome_dialog_can_load_the_demo(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(context)
    qtbot.addWidget(window)
    when_modal(qtbot, lambda dialog: dialog.demo_button.click())  # type: ignore[attr-defined]
    assert choose_first_tandem(window, context, "de", interactive=True)
    assert context.tandem is not None and context.tandem.name == "Büro der Geschäftsführung"
    assert context.store.tasks.count_for(context.tandem.id) > 0


def test_switching_tandems(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    store = window.context.store
    second = make_tandem(store, name="Second client", leader_name="Dana")
    window.reload_switcher()
    assert [window.switcher.itemText(i) for i in range(window.switcher.count())] == [
        "Office", "Second client", "", "All tandems"]  # "" is the separator
    window.switcher.setFocus()
    qtbot.keyClick(window.switcher, Qt.Key.Key_Down)
    assert window.context.tandem is not None and window.context.tandem.id == second.id
    assert window.windowTitle().startswith("Second client")
    assert window.context.settings.value("last_tandem") == second.id


def test_new_tandem_from_the_file_menu(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, TandemDialog)
        qtbot.keyClicks(dialog.name, "Agency client")
        qtbot.keyClicks(dialog.leader, "Eva")
        qtbot.keyClicks(dialog.assistant, "Jonas")
        dialog.ok_button.click()

    when_modal(qtbot, fill)
    window.new_tandem()
    assert window.context.tandem is not None and window.context.tandem.name == "Agency client"
    assert window.switcher.count() == 4  # two tandems, a separator and "All tandems"


def test_trash_restores_a_deleted_record(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    context = window.context
    store = context.store
    question = store.questions.add(Question(tandem_id=context.tandem_id, text="<i>kept</i>",
                                            asked_by="assistant", asked_on="2026-11-20"))
    store.questions.delete(question.id)
    dialog = TrashDialog(context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 1).data() == "<i>kept</i>"
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert store.questions.get(question.id).deleted_at is None
    assert dialog.model.rowCount() == 0
    assert dialog.empty_label.isVisibleTo(dialog)


def test_back_up_now_and_restore(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    context = window.context
    store = context.store
    window.back_up_now()
    assert store.backups is not None and len(store.backups.all()) == 1
    store.tandems.change(context.tandem_id, name="Renamed after the backup")
    context.clock.advance(__import__("datetime").timedelta(minutes=5))  # type: ignore[attr-defined]
    dialog = RestoreDialog(context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    when_modal(qtbot, lambda box: box.accept())
    dialog.restore(ask=False)
    assert store.tandems.get(context.tandem_id).name == "Office"
    assert window.switcher.currentText() == "Office"
    reasons = sorted(backup.reason for backup in store.backups.all())
    assert reasons == ["before-restore", "manual"]


def test_german_labels_after_switching_language(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from tandem_desktop.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    when_modal(qtbot, lambda box: box.accept())
    dialog.save()
    try:
        assert window.context.settings.value("language") == "de"
        german = MainWindow(window.context)
        qtbot.addWidget(german)
        titles = [german.tabs.tabText(i) for i in range(german.tabs.count())]
        assert "Vertrauen" in titles[1]
        assert [a.text() for a in german.menuBar().actions()][:2] == ["&Datei", "&Bearbeiten"]
        assert window.context.language == "de"
    finally:
        window.context.translators.uninstall()
        QLocale.setDefault(QLocale(QLocale.Language.English))


def test_second_instance_is_refused_without_opening_the_database(
        qapp, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    data_dir.mkdir(parents=True)
    with FolderLock(data_dir):
        code = run(StartOptions(data_dir=data_dir, quit_after_start=True))
    assert code == 3
    assert not database_path(data_dir).exists()
    assert "already running" in capsys.readouterr().err


def test_twenty_thousand_void_calls_survive(qapp) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    for number in range(20_000):
        label.setText(str(number))
    assert label.text() == "19999"


def test_quit_after_start_prints_startup_time(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "tandem_desktop", "--data-dir", str(tmp_path / "d"), "--demo",
         "--quit-after-start"], capture_output=True, text=True, timeout=120, env=env,
        check=False)
    assert result.returncode == 0, result.stderr
    figures = dict(line.split(": ") for line in result.stdout.strip().splitlines()
                   if line.endswith(tuple("0123456789")) and "-ms: " in line)
    # First the window's frame, then its first tab filled with the demo's data.
    assert 0 < int(figures["startup-ms"]) <= int(figures["content-ms"])


def test_message_boxes_show_text_literally(qtbot) -> None:  # type: ignore[no-untyped-def]
    from tandem_desktop.ui.widgets import inform

    def check(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        assert box.textFormat() == Qt.TextFormat.PlainText
        box.accept()

    when_modal(qtbot, check)
    inform(None, "t", "<b>x</b><img src='http://127.0.0.1/x'>")
    assert QPushButton  # keep import used for readers of the test


def test_settings_file_is_private(window: MainWindow) -> None:
    window.context.settings.setValue("theme", "dark")
    window.close()
    path = window.context.data_dir / "settings.ini"
    assert path.exists()
    assert path.stat().st_mode & 0o777 == 0o600


def test_lazy_window_paints_its_frame_before_any_tab_reads_data(
        qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    from tandem_desktop.ui.overview.tab import OverviewTab
    from tandem_desktop.ui.step_tab import StepTab

    tandem = make_tandem(context.store)
    context.store.questions.add(Question(tandem_id=tandem.id, text="May I book the hotel?",
                                         asked_by="assistant", asked_on="2026-11-20"))
    window = MainWindow(context, lazy=True)
    qtbot.addWidget(window)
    context.set_tandem(tandem)  # as at start: the window first, then the tandem
    with qtbot.waitSignal(window.firstPaint):
        window.show()
    # The frame: the tandem in the switcher, six tab titles, no tab built yet.
    assert window.switcher.currentText() == tandem.name
    assert window.tabs.count() == 6
    assert not any(isinstance(window.tabs.widget(i), StepTab) for i in range(6))

    with qtbot.waitSignal(window.contentShown):
        window.show_content()
    overview = window.tabs.currentWidget()
    assert isinstance(overview, OverviewTab)
    assert overview.questions_card.summary.text().startswith("1 waiting")
    qtbot.waitUntil(lambda: all(isinstance(window.tabs.widget(i), StepTab) for i in range(6)))
    assert window.tabs.tabText(1).endswith("(1)")  # the open question, once Trust is built



def test_trash_shows_deletion_times_in_local_time(
        qtbot, window: MainWindow, berlin_time: None) -> None:  # type: ignore[no-untyped-def]
    store = window.context.store
    question = store.questions.add(Question(
        tandem_id=window.context.tandem_id, text="Old question", asked_by="assistant",
        asked_on="2026-11-20"))
    store.questions.delete(question.id)  # the clock stands at 10:00 UTC
    dialog = TrashDialog(window.context, window)
    qtbot.addWidget(dialog)
    assert dialog.model.index(0, 2).data() == "2026-11-29 11:00"  # CET, UTC+1
