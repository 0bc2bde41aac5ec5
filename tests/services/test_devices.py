"""This computer's name: the host name until the user gives it one."""

from __future__ import annotations

import socket

import pytest

from tandem_desktop.services.devices import host_name, rename_this_device, this_device
from tandem_desktop.storage.journal import journal_of
from tandem_desktop.storage.store import Store


def test_the_name_is_the_host_name_until_the_user_chooses_one(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket, "gethostname", lambda: "office-pc")
    assert host_name() == "office-pc"
    device = this_device(store)
    assert (device.name, device.named_by_user) == ("office-pc", False)
    assert device.id == journal_of(store.database).device.id  # type: ignore[union-attr]

    rename_this_device(store, "  Jonas's   laptop ")
    assert this_device(store).name == "Jonas's laptop"
    assert journal_of(store.database).device.name == "Jonas's laptop"  # type: ignore[union-attr]

    rename_this_device(store, "")
    assert (this_device(store).name, this_device(store).named_by_user) == ("office-pc", False)
