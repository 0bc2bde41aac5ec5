"""A tiny publish/subscribe hub that tells listeners which tables changed.

The database calls ``publish`` once per committed transaction; the UI adapts a
subscriber to a Qt signal. Nothing here knows about Qt.
"""

from __future__ import annotations

from collections.abc import Callable

Listener = Callable[[frozenset[str]], None]


class ChangeNotifier:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def publish(self, tables: frozenset[str]) -> None:
        for listener in list(self._listeners):
            listener(tables)
