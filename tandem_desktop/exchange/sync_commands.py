"""The `sync` subcommands; tandem_desktop.cli registers them with ``register``.

    tandem sync share [--tandem NAME] --folder DIR   prints "pairing code: CODE" last
    tandem sync join --folder DIR [--role leader|assistant]   reads the code from stdin
    tandem sync now [--tandem NAME] [--confirm-deletions]
    tandem sync status [--tandem NAME]

Each refuses while the app holds the data folder, like the other writing commands.
Imports nothing but the standard library until a command runs.
"""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tandem_desktop.domain.tandem import Tandem
    from tandem_desktop.storage.store import Store


@dataclass(frozen=True)
class SyncCommandLine:
    fail: Callable[[str], int]
    writing_store: Callable[[Path], AbstractContextManager[Store]]


def register(commands: argparse._SubParsersAction, line: SyncCommandLine) -> None:  # type: ignore[type-arg]
    sync = commands.add_parser("sync", help="keep a tandem in step with the partner's copy "
                               "through a shared folder")
    actions = sync.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    shared = actions.add_parser("share", help="share a tandem through a folder; prints the "
                                "pairing code to pass on")
    shared.add_argument("--tandem", default=None, metavar="NAME")
    shared.add_argument("--folder", type=Path, required=True, metavar="DIR")
    shared.set_defaults(run=functools.partial(command_share, line=line))
    joined = actions.add_parser("join", help="join the partner's tandem; the pairing code "
                                "is read from standard input")
    joined.add_argument("--folder", type=Path, required=True, metavar="DIR")
    joined.add_argument("--role", choices=("leader", "assistant"), default=None,
                        help="this computer's side (default: the one the partner does not take)")
    joined.set_defaults(run=functools.partial(command_join, line=line))
    now = actions.add_parser("now", help="one round: send this device's changes, read the "
                             "others'")
    now.add_argument("--tandem", default=None, metavar="NAME")
    now.add_argument("--confirm-deletions", action="store_true",
                     help="apply a large deletion from the partner that waits for a yes")
    now.set_defaults(run=functools.partial(command_now, line=line))
    status = actions.add_parser("status", help="how sync stands for each shared tandem")
    status.add_argument("--tandem", default=None, metavar="NAME")
    status.set_defaults(run=functools.partial(command_status, line=line))


def _shared_tandems(store: Store, name: str | None) -> list[Tandem]:
    from tandem_desktop.storage.sync_state import SyncState

    ids = SyncState(store.database).shared_tandems()
    tandems = [store.tandems.get(tandem_id) for tandem_id in ids]
    if name is not None:
        tandems = [t for t in tandems if t.name.casefold() == name.strip().casefold()]
        if not tandems:
            raise LookupError(f"no shared tandem is called “{name}”")
    return tandems


def command_share(args: argparse.Namespace, data_dir: Path, *, line: SyncCommandLine) -> int:
    from tandem_desktop.exchange.syncfolder.pairing import grouped
    from tandem_desktop.exchange.syncfolder.rounds import SyncError, share

    with line.writing_store(data_dir) as store:
        tandems = store.tandems.active()
        if args.tandem is not None:
            tandems = [t for t in tandems if t.name.casefold() == args.tandem.casefold()]
        if len(tandems) != 1:
            return line.fail("name the tandem to share with --tandem NAME" if tandems else
                             "there is no such tandem")
        try:
            code = share(store, tandems[0].id, args.folder.expanduser().resolve())
        except SyncError as error:
            return line.fail(str(error))
    print(f"shared “{tandems[0].name}” through {args.folder}")
    print("pass the code on by phone or in person; it is not stored in the folder")
    print(f"pairing code: {grouped(code)}")
    return 0


def command_join(args: argparse.Namespace, data_dir: Path, *, line: SyncCommandLine) -> int:
    from tandem_desktop.exchange.syncfolder.folder import FolderProblem, WrongCode
    from tandem_desktop.exchange.syncfolder.pairing import BadCode
    from tandem_desktop.exchange.syncfolder.rounds import SyncError, join

    code = sys.stdin.readline().strip()
    with line.writing_store(data_dir) as store:
        try:
            tandem = join(store, args.folder.expanduser().resolve(), code, my_role=args.role)
        except (WrongCode, BadCode, SyncError, FolderProblem) as error:
            return line.fail(f"{error}\nNothing was joined.")
    print(f"joined “{tandem.name}” as {tandem.my_role}")
    return 0


def command_now(args: argparse.Namespace, data_dir: Path, *, line: SyncCommandLine) -> int:
    from tandem_desktop.exchange.syncfolder.rounds import run_round

    with line.writing_store(data_dir) as store:
        try:
            tandems = _shared_tandems(store, args.tandem)
        except LookupError as error:
            return line.fail(str(error))
        if not tandems:
            return line.fail("no tandem is shared yet (tandem sync share / join)")
        failed = 0
        for tandem in tandems:
            report = run_round(store, tandem.id, confirm_deletions=args.confirm_deletions)
            if report.problem:
                failed += 1
                print(f"{tandem.name}: {report.message}", file=sys.stderr)
                continue
            print(f"{tandem.name}: {report.summary()}")
            if report.held:
                print(f"{tandem.name}: {report.held} deletions wait for a yes: "
                      "tandem sync now --confirm-deletions")
    return 1 if failed else 0


def command_status(args: argparse.Namespace, data_dir: Path, *, line: SyncCommandLine) -> int:
    from tandem_desktop.storage.journal import journal_of
    from tandem_desktop.storage.sync_state import SyncState

    with line.writing_store(data_dir) as store:
        try:
            tandems = _shared_tandems(store, args.tandem)
        except LookupError as error:
            return line.fail(str(error))
        state = SyncState(store.database)
        journal = journal_of(store.database)
        device = journal.device if journal else None
        if device is not None:
            print(f"this device: {device.name or '(no name)'} ({device.id})")
        for tandem in tandems:
            shared = state.share(tandem.id)
            assert shared is not None
            waiting = len(journal.changes(after=shared.sent_seq, tandem_id=tandem.id)) \
                if journal else 0
            print(f"{tandem.name}: folder {shared.folder}; last round {shared.last_round or '—'}"
                  f"; {waiting} changes to send" + (f"; problem: {shared.problem}"
                                                    if shared.problem else ""))
            for peer in state.peers(tandem.id):
                print(f"  partner device {peer.device_name or peer.device_id}: read up to file "
                      f"{peer.read_number}, last seen {peer.last_seen or '—'}")
    return 0
