"""Opening a link that someone typed (e.g. a check-in series' video link).

The one rule for links from user text: only web pages (http, https) and e-mail
addresses (mailto) open, and only after the user saw the full address and said
yes. Anything else (javascript:, file:, data:, custom app schemes) could run
code or reveal files, so it is refused with a message.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from tandem_desktop.ui.widgets import confirm, inform

ALLOWED_SCHEMES = frozenset({"http", "https", "mailto"})


def parse_user_link(text: str) -> QUrl | None:
    """The link in ``text`` when it may be opened at all; None otherwise.

    A bare ``www.`` address counts as https. Only the whole (trimmed) text is a
    link: a place like "Room 4, or call 555" is not one.
    """
    candidate = text.strip()
    if not candidate or any(char.isspace() for char in candidate):
        return None
    if candidate.lower().startswith("www."):
        candidate = "https://" + candidate
    url = QUrl(candidate, QUrl.ParsingMode.StrictMode)
    scheme = url.scheme().lower()
    if not url.isValid() or scheme not in ALLOWED_SCHEMES:
        return None
    if scheme in ("http", "https") and not url.host():
        return None
    if scheme == "mailto" and not url.path():
        return None
    return url


def open_user_link(parent: QWidget | None, text: str) -> bool:
    """Open the link in ``text`` after asking; True when it was handed to the system."""
    url = parse_user_link(text)
    if url is None:
        inform(parent, QCoreApplication.translate("Links", "Link not opened"),
               QCoreApplication.translate(
                   "Links", "Only web addresses (http, https) and e-mail addresses (mailto) "
                   "can be opened. This is not one:\n\n{link}").format(link=text.strip()),
               warning=True)
        return False
    shown = url.toDisplayString()
    if not confirm(parent, QCoreApplication.translate("Links", "Open link?"),
                   QCoreApplication.translate(
                       "Links", "Open this address with the program your system uses for "
                       "it?\n\n{link}").format(link=shown)):
        return False
    return bool(QDesktopServices.openUrl(url))
