"""Reminders while the app runs: before each check-in, once for overdue tasks, and
once a day (and at start when not yet today) for feedback, reviews and questions due.

A QTimer wakes up regularly and asks the context's clock what time it is, so a
test can move a FixedClock and see the reminder. Notices go to the system tray
when there is one, otherwise into a small non-modal banner inside the window. A
daily reminder opens its record when clicked (in the tray: its last message).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QSystemTrayIcon,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.domain.clock import utc_stamp
from tandem_desktop.domain.daily_reminders import ReminderKind
from tandem_desktop.domain.enums import FeedbackDirection
from tandem_desktop.services.reminders import DueReminder, due_reminders
from tandem_desktop.services.schedule import upcoming
from tandem_desktop.storage.errors import StorageError
from tandem_desktop.ui import labels
from tandem_desktop.ui.context import DEFAULT_REMINDER_MINUTES, REMINDER_KEY, AppContext
from tandem_desktop.ui.dates import date_text, when_text
from tandem_desktop.ui.widgets import plain_label

CHECK_EVERY_MS = 20_000
# The day the daily reminders were last given, per tandem (a restart that day is quiet).
DAILY_DONE_KEY = "reminders/daily_done/{tandem_id}"
# A reminder quotes this much of the record's text.
QUOTED_CHARS = 80


def daily_key(kind: ReminderKind) -> str:
    """The setting that switches one kind of daily reminder on or off."""
    return f"reminders/{kind.value}"


def daily_kinds(settings: QSettings) -> frozenset[ReminderKind]:
    """The kinds of daily reminder switched on (all of them unless switched off)."""
    return frozenset(kind for kind in ReminderKind
                     if str(settings.value(daily_key(kind), True)).lower() in ("true", "1"))


def quoted(text: str) -> str:
    """A record's text on one line, cut at QUOTED_CHARS."""
    line = " ".join(text.split())
    return line if len(line) <= QUOTED_CHARS else line[:QUOTED_CHARS - 1].rstrip() + "…"


def reminder_minutes(settings: QSettings) -> int:
    """How many minutes before a check-in to remind, as the settings say (0: never)."""
    value = settings.value(REMINDER_KEY, DEFAULT_REMINDER_MINUTES)
    try:
        return max(0, int(str(value)))
    except ValueError:
        return DEFAULT_REMINDER_MINUTES


class NoticeBanner(QFrame):
    """A notice in the top right corner of the window; stays until closed."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setStyleSheet("#reminderBanner { background: palette(tooltip-base);"
                           " color: palette(tooltip-text); border: 1px solid palette(mid);"
                           " border-radius: 4px; }")
        self.lines = QVBoxLayout()
        close = QToolButton(self)
        close.setText("✕")
        close.setAccessibleName(self.tr("Close notice"))
        close.setAutoRaise(True)
        close.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.addLayout(self.lines, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.texts: list[str] = []
        self.hide()

    def add(self, title: str, text: str, open_record: Callable[[], None] | None = None) -> None:
        self.texts.append(f"{title}: {text}")
        line = QWidget(self)
        row = QHBoxLayout(line)
        row.setContentsMargins(0, 0, 0, 0)
        # The title in bold over its text, so a list of reminders reads at a glance;
        # one width for all: the lines start in one column.
        words = QVBoxLayout()
        words.setContentsMargins(0, 0, 0, 0)
        words.setSpacing(0)
        heading = plain_label(title, line)
        heading.setObjectName("reminderTitle")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        label = plain_label(text, line)
        label.setObjectName("reminderText")
        for part in (heading, label):
            part.setFixedWidth(380)
            words.addWidget(part)
        row.addLayout(words)
        row.addStretch(1)
        if open_record is not None:
            button = QToolButton(line)
            button.setObjectName("openReminder")
            button.setText(self.tr("Open"))
            button.setAccessibleName(self.tr("Open {title}").format(title=title))
            button.clicked.connect(open_record)
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.lines.addWidget(line)
        line.show()  # a child added to a shown banner stays hidden until told
        self.adjustSize()
        self.place()
        self.show()
        self.raise_()

    def place(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.move(max(0, parent.width() - self.width() - 16), 56)

    def dismiss(self) -> None:
        while self.lines.count():
            item = self.lines.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.texts.clear()
        self.hide()


class ReminderService(QObject):
    """Looks at the clock every few seconds and announces what is due."""

    notified = Signal(str, str)  # title, text

    def __init__(self, context: AppContext, host: QWidget) -> None:
        super().__init__(host)
        self.context = context
        self.host = host
        self.announced: set[tuple[str, str]] = set()
        self.overdue_told: set[str] = set()
        self.banner: NoticeBanner | None = None
        self.tray: QSystemTrayIcon | None = None
        self._tray_target: Callable[[], None] | None = None
        self._trays_heard: set[int] = set()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check_all)
        self.timer.start()

    def minutes(self) -> int:
        return reminder_minutes(self.context.settings)

    def check_all(self) -> None:
        """What the timer does: the check-ins, and the daily reminders once a day."""
        self.check()
        self.check_daily()

    def check(self) -> list[str]:
        """Announce every check-in starting within its reminder time; what was said.

        Cancelled check-ins stay silent, a moved one reminds at its new time, and
        one-off meetings remind like check-ins. A series' own 0 minutes means none
        for it; the setting's 0 means none for every series without its own.
        """
        setting = self.minutes()
        now = self.context.clock.now()
        said: list[str] = []
        try:
            all_series = self.context.store.series.active()
            longest = max([setting, *(s.reminder_minutes or 0 for s in all_series)])
            if longest <= 0:
                return []
            coming = upcoming(self.context.store, None, now,
                              now + timedelta(minutes=longest, seconds=1))
            tandems = {t.id: t.name for t in self.context.store.tandems.list()}
        except StorageError:
            return []
        for occurrence in coming:
            series = occurrence.series
            minutes = setting if series is None or series.reminder_minutes is None \
                else series.reminder_minutes
            if minutes <= 0 or occurrence.start > now + timedelta(minutes=minutes, seconds=1):
                continue
            key = (occurrence.key, utc_stamp(occurrence.start))
            if key in self.announced:
                continue
            self.announced.add(key)
            left = max(0, round((occurrence.start - now).total_seconds() / 60))
            title = self.tr("Check-in in %n min", None, left)
            text = f"{occurrence.title} · {when_text(occurrence.start)}"
            tandem_id = series.tandem_id if series is not None else (
                occurrence.meeting.tandem_id if occurrence.meeting is not None else "")
            if len(tandems) > 1 and tandem_id in tandems:
                text += f" ({tandems[tandem_id]})"
            if series is not None and series.location:
                text += f"\n{series.location}"
            self.notify(title, text)
            said.append(text)
        return said

    def tell_overdue(self) -> int:
        """Once per tandem and session: how many tasks are overdue."""
        tandem = self.context.tandem
        if tandem is None or tandem.id in self.overdue_told:
            return 0
        self.overdue_told.add(tandem.id)
        count = self.context.store.tasks.overdue_count(tandem.id, self.context.today_iso())
        if count:
            self.notify(self.tr("Overdue tasks"),
                        self.tr("%n task(s) are past their due date.", None, count))
        return count

    def check_daily(self) -> list[DueReminder]:
        """Once a day per tandem: feedback due, reviews due, questions waiting too long
        (each kind unless switched off in Settings); what was announced."""
        tandem = self.context.tandem
        if tandem is None:
            return []
        today = self.context.clock.today()
        done_key = DAILY_DONE_KEY.format(tandem_id=tandem.id)
        if str(self.context.settings.value(done_key, "")) == today.isoformat():
            return []
        try:
            due = due_reminders(self.context.store, tandem.id, today,
                                daily_kinds(self.context.settings))
        except StorageError:
            return []
        self.context.settings.setValue(done_key, today.isoformat())
        for reminder in due:
            title, text = self.daily_text(reminder)
            self.notify(title, text, self._opener(reminder.table, reminder.record_id))
        return due

    def daily_text(self, reminder: DueReminder) -> tuple[str, str]:
        """The title and text of one daily reminder."""
        if reminder.kind is ReminderKind.FEEDBACK:
            direction = FeedbackDirection(reminder.title)
            names = {"giver": self.context.name_of(direction.giver),
                     "receiver": self.context.name_of(direction.giver.partner)}
            if reminder.days_late:
                return self.tr("Feedback due"), self.tr(
                    "From {giver} to {receiver}: due since {date}").format(
                    date=date_text(reminder.due_on), **names)
            return self.tr("Feedback due"), self.tr(
                "From {giver} to {receiver}: due today").format(**names)
        title = quoted(reminder.title)
        if reminder.kind is ReminderKind.REVIEWS:
            kind = labels.table_name(reminder.table)
            if reminder.due_on < self.context.today_iso():  # as feedback says it
                return self.tr("Review due"), self.tr("{kind}: {title} · due since {date}").format(
                    kind=kind, title=title, date=date_text(reminder.due_on))
            return self.tr("Review due"), self.tr("{kind}: {title} · due today").format(
                kind=kind, title=title)
        return self.tr("Question waiting"), self.tr(
            "{question} · asked {date}; waiting %n day(s) longer than its urgency allows",
            None, reminder.days_late).format(question=title, date=date_text(reminder.due_on))

    def _opener(self, table: str, record_id: str) -> Callable[[], None]:
        return lambda: self.context.openRecord.emit(table, record_id)

    def notify(self, title: str, text: str,
               open_record: Callable[[], None] | None = None) -> None:
        self.notified.emit(title, text)
        if QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages():
            tray = self._tray()
            if tray is not None:
                self._tray_target = open_record
                if id(tray) not in self._trays_heard:
                    self._trays_heard.add(id(tray))
                    tray.messageClicked.connect(self._tray_message_clicked)
                tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15_000)
                return
        window = self.host.window()
        if self.banner is None or self.banner.parentWidget() is not window:
            self.banner = NoticeBanner(window)
        self.banner.add(title, text, open_record)

    def _tray_message_clicked(self) -> None:
        if self._tray_target is not None:
            self._tray_target()

    def _tray(self) -> QSystemTrayIcon | None:
        window = self.host.window()
        existing = window.findChild(QSystemTrayIcon)
        if existing is not None:
            return existing
        if self.tray is None:
            app = QApplication.instance()
            icon = app.windowIcon() if isinstance(app, QApplication) else None
            if icon is None or icon.isNull():
                return None
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(QCoreApplication.translate("ReminderService", "Tandem"))
            self.tray.show()
        return self.tray
