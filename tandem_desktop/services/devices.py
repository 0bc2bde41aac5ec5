"""This computer as the partner sees it: its device id and the name it goes by.

The name is the user's to choose; until they do, it is the computer's host name.
"""

from __future__ import annotations

import socket
from dataclasses import dataclass

from tandem_desktop.storage.journal import journal_of
from tandem_desktop.storage.store import Store


@dataclass(frozen=True)
class ThisDevice:
    id: str
    name: str
    named_by_user: bool


def host_name() -> str:
    return socket.gethostname() or "Tandem"


def this_device(store: Store) -> ThisDevice:
    journal = journal_of(store.database)
    if journal is None:
        raise RuntimeError("the data file predates the change journal")
    device = journal.device
    return ThisDevice(device.id, device.name or host_name(), bool(device.name))


def rename_this_device(store: Store, name: str) -> None:
    """Give this computer a name of the user's; an empty name means the host name."""
    journal = journal_of(store.database)
    if journal is None:
        raise RuntimeError("the data file predates the change journal")
    journal.rename_device(" ".join(name.split()))
