"""The system-tray icon: reminders appear there, and Tandem can keep running in it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QSystemTrayIcon

KEEP_RUNNING_KEY = "tray/keep_running"


def keeps_running_in_tray(value: object) -> bool:
    """The stored setting as a bool (QSettings gives strings back from ini files)."""
    return str(value).lower() in ("true", "1")


def install_tray(window: QMainWindow) -> QSystemTrayIcon | None:
    """Put Tandem's icon in the tray when the desktop has one; None when it has not."""
    app = QApplication.instance()
    if not isinstance(app, QApplication) or not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    tray = QSystemTrayIcon(app.windowIcon(), window)
    tray.setToolTip("Tandem")
    menu = QMenu(window)
    show = QAction(QCoreApplication.translate("Tray", "Show Tandem"), menu)
    show.triggered.connect(window.bring_forward)  # type: ignore[attr-defined]
    leave = QAction(QCoreApplication.translate("Tray", "Quit"), menu)
    leave.triggered.connect(window.quit_app)  # type: ignore[attr-defined]
    menu.addAction(show)
    menu.addAction(leave)
    tray.setContextMenu(menu)
    tray.activated.connect(
        lambda reason: window.bring_forward()  # type: ignore[attr-defined]
        if reason == QSystemTrayIcon.ActivationReason.Trigger else None)
    tray.show()
    return tray
