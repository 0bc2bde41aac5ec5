"""How sync's status is said: the phrases of the status bar, the panel and their state."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from tandem_desktop.domain.clock import parse_stamp
from tandem_desktop.services.sync import SyncStatus
from tandem_desktop.ui.dates import time_text, when_text

OK, ATTENTION, PROBLEM = "ok", "attention", "problem"


def problem_text(reason: str) -> str:
    """What a paused round's reason means, in plain words."""
    translate = QCoreApplication.translate
    texts = {
        "missing": translate(
            "SyncStatus", "Sync paused: the shared folder is missing or not connected"),
        "other-tandem": translate(
            "SyncStatus", "Sync paused: the shared folder now belongs to another tandem"),
        "newer-format": translate(
            "SyncStatus", "Sync stopped: your partner's Tandem is newer. Update Tandem"),
        "damaged": translate(
            "SyncStatus", "Sync paused: the shared folder's marker file cannot be read"),
        "unreachable": translate("SyncStatus", "Sync paused: the shared folder cannot be used"),
    }
    return texts.get(reason) or translate(
        "SyncStatus", "Sync paused: something went wrong on this computer")


def moment_text(stamp: str | None, now: datetime) -> str:
    """A UTC stamp as the time when it is today here, else as weekday, date and time."""
    if not stamp:
        return "—"
    moment = parse_stamp(stamp)
    if moment.astimezone().date() == now.astimezone().date():
        return time_text(moment)
    return when_text(moment)


def state_of(status: SyncStatus | None, conflicts_open: int) -> str:
    if status is not None and status.problem:
        return PROBLEM
    if conflicts_open or (status is not None and status.held):
        return ATTENTION
    return OK


def status_parts(status: SyncStatus | None, conflicts_open: int, now: datetime, *,
                 running: bool = False, long: bool = False) -> list[str]:
    """The status in short phrases; ``long`` names every partner device."""
    translate = QCoreApplication.translate
    parts: list[str] = []
    if status is not None:
        if status.problem:
            parts.append(problem_text(status.problem))
        elif running:
            parts.append(translate("SyncStatus", "Syncing…"))
        elif status.last_round:
            parts.append(translate("SyncStatus", "Synced {when}").format(
                when=moment_text(status.last_round, now)))
        else:
            parts.append(translate("SyncStatus", "Not synced yet"))
        named = [device for device in status.devices if device.name]
        devices, to_send, held = len(named), status.to_send, status.held
        if not named and not status.problem:
            parts.append(translate("SyncStatus", "partner's computer not seen yet"))
        elif long or devices <= 2:
            for device in named:
                seen = moment_text(device.last_seen, now)
                parts.append(translate("SyncStatus", "{device} seen {when}").format(
                    device=device.name, when=seen))
        else:
            parts.append(translate("SyncStatus", "%n partner device(s)", None, devices))
        if to_send:
            parts.append(translate("SyncStatus", "%n change(s) to send", None, to_send))
        if held:
            parts.append(translate("SyncStatus", "%n deletion(s) wait for your yes", None, held))
    if conflicts_open:
        parts.append(translate("SyncStatus", "%n conflict(s) to review", None, conflicts_open))
    return parts
