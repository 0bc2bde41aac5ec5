"""The baseline of the start-up benchmarks: a bare six-tab PySide6 window.

It prints ``startup-ms: N`` (process start to its first paint) and quits. Run as
``python -m benchmarks._bare_window`` (from compiled bytecode, as the app is), or
frozen by PyInstaller for the bundle's comparison.
"""

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget

from tandem_desktop.domain.process_start import process_started_at


class Window(QMainWindow):
    painted = False

    def paintEvent(self, event):  # type: ignore[no-untyped-def]  # noqa: N802
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            print(f"startup-ms: {(time.time() - process_started_at()) * 1000:.0f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)


def main() -> None:
    app = QApplication(sys.argv)
    window = Window()
    tabs = QTabWidget()
    for name in ("Overview", "Trust", "Communication", "Feedback", "Delegation", "Vision"):
        tabs.addTab(QLabel(name), name)
    window.setCentralWidget(tabs)
    window.resize(1180, 780)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
