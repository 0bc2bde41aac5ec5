"""Capture the main window with demo data, for looking at what the app shows.

    xvfb-run -a -s "-screen 0 1400x900x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python tools/screenshot.py --tab 2 --lang de --out shots/comm_de.png

Options: --tab N (0..5), --lang de|en, --theme system|light|dark, --size 1280x800,
--root (also save the whole X screen with ImageMagick's `import`, next to --out).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from tandem_desktop.app import install_translators, make_application
from tandem_desktop.demo import create_demo
from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.storage.store import open_store
from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.main_window import MainWindow
from tandem_desktop.ui.tandem_dialog import TandemDialog
from tandem_desktop.ui.theme import apply_theme


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tab", type=int, default=0)
    parser.add_argument("--lang", default="en")
    parser.add_argument("--theme", default="light")
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--root", action="store_true")
    parser.add_argument("--welcome", action="store_true", help="capture the first-start dialog")
    args = parser.parse_args()
    app = make_application()
    install_translators(app, args.lang)
    apply_theme(app, args.theme)
    data_dir = Path(tempfile.mkdtemp(prefix="tandem-shot-"))
    clock = FixedClock(datetime(2026, 11, 29, 9, 30, tzinfo=UTC))
    store = open_store(data_dir, clock)
    tandem = create_demo(store, args.lang, clock.today())
    context = AppContext(store, data_dir, clock, args.lang)
    window = MainWindow(context)
    context.set_tandem(tandem)
    width, height = (int(part) for part in args.size.split("x"))
    window.resize(width, height)
    window.show()
    window.tabs.setCurrentIndex(args.tab)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    target: QWidget = window
    if args.welcome:
        target = TandemDialog(window, welcome=True)
        target.show()

    def capture() -> None:
        target.grab().save(str(args.out))
        if args.root:
            subprocess.run(["import", "-window", "root",
                            str(args.out.with_name(args.out.stem + "_root.png"))], check=False)
        app.quit()

    QTimer.singleShot(700, capture)
    app.exec()
    store.close()
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
