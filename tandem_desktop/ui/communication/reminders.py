"""Reminders while the app runs: before each check-in, and once for overdue tasks.

A QTimer wakes up regularly and asks the context's clock what time it is, so a
test can move a FixedClock and see the reminder. Notices go to the system tray
when there is one, otherwise into a small non-modal banner inside the window.
"""

from __future__ import annotations

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
from tandem_desktop.services.schedule import upcoming
from tandem_desktop.storage.errors import StorageError
from tandem_desktop.ui.context import DEFAULT_REMINDER_MINUTES, REMINDER_KEY, AppContext
from tandem_desktop.ui.dates import when_text
from tandem_desktop.ui.widgets import plain_label

CHECK_EVERY_MS = 20_000


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

    def add(self, title: str, text: str) -> None:
        self.texts.append(f"{title}: {text}")
        label = plain_label(f"{title}\n{text}", self)
        label.setMaximumWidth(380)
        self.lines.addWidget(label)
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
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def minutes(self) -> int:
        return reminder_minutes(self.context.settings)

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

    def notify(self, title: str, text: str) -> None:
        self.notified.emit(title, text)
        if QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages():
            tray = self._tray()
            if tray is not None:
                tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15_000)
                return
        window = self.host.window()
        if self.banner is None or self.banner.parentWidget() is not window:
            self.banner = NoticeBanner(window)
        self.banner.add(title, text)

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
