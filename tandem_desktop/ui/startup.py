"""Which tandem the window opens with: the last one used, or the welcome dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tandem_desktop.storage.errors import EnvironmentFault
from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.main_window import MainWindow


def choose_first_tandem(window: MainWindow, context: AppContext, language: str, *,
                        interactive: bool) -> bool:
    """Open the last tandem, or ask for the first one. False when the user gave up."""
    store = context.store
    tandems = store.tandems.active()
    if not tandems and interactive:
        # Only a first start needs these; every other start must not wait for them.
        from tandem_desktop.demo import create_demo
        from tandem_desktop.ui.tandem_dialog import TandemDialog
        from tandem_desktop.ui.widgets import inform

        dialog = TandemDialog(window, welcome=True)
        while True:
            dialog.wants_demo = dialog.wants_join = False
            if dialog.exec() != TandemDialog.DialogCode.Accepted:
                return False
            if dialog.wants_join:
                from tandem_desktop.ui.sync.join_dialog import JoinDialog

                if JoinDialog(context, window).exec() != JoinDialog.DialogCode.Accepted:
                    continue  # back to the welcome dialog
                break
            try:
                if dialog.wants_demo:
                    create_demo(store, language, context.clock.today())
                else:
                    store.tandems.add(dialog.tandem())
            except EnvironmentFault as fault:
                inform(window, QCoreApplication.translate("Startup", "Not saved"), str(fault),
                       warning=True)
                continue
            break
        tandems = store.tandems.active()
    last = str(context.settings.value("last_tandem", ""))
    chosen = next((t for t in tandems if t.id == last), tandems[0] if tandems else None)
    context.set_tandem(chosen)
    return True
