"""Command line: no subcommand starts the app; subcommands serve scripting.

    tandem [--data-dir DIR] [--lang de|en] [--demo] [--quit-after-start]
    tandem [--data-dir DIR] demo | backup [--to FILE] | check
    tandem [--data-dir DIR] [--lang de|en] export … | import …   (tandem_desktop.exchange.commands)
    tandem [--data-dir DIR] sync share|join|now|status …   (tandem_desktop.exchange.sync_commands)
"""

from __future__ import annotations

import argparse
import gc
import os
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from tandem_desktop import APP_NAME, __version__
from tandem_desktop.domain.process_start import process_started_at

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from tandem_desktop.domain.translation import Translate
    from tandem_desktop.exchange.handbook.document import Handbook

def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    configured = os.environ.get("TANDEM_DATA_DIR")
    return Path(configured) if configured else Path(user_data_dir(APP_NAME, appauthor=False))


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; without ``commands`` only the options of a plain start
    (no help either, so that ``-h`` is left for the whole one)."""
    parser = argparse.ArgumentParser(prog="tandem", add_help=commands, description=(
        "Plan and grow the working partnership of a leader and an assistant."))
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="folder that holds the data (default: the per-user data folder, "
                             "or TANDEM_DATA_DIR)")
    parser.add_argument("--lang", choices=("de", "en"), default=None,
                        help="language of the app (default: the system language)")
    parser.add_argument("--demo", action="store_true",
                        help="on an empty database, create a demo tandem first")
    parser.add_argument("--quit-after-start", action="store_true",
                        help="show the window, print startup-ms: N after its first paint and "
                             "content-ms: N once its first tab is filled, exit")
    parser.set_defaults(command=None)
    if commands:
        _add_commands(parser)
    return parser


def _add_commands(parser: argparse.ArgumentParser) -> None:
    from tandem_desktop.exchange import commands as exchange_commands
    from tandem_desktop.exchange import sync_commands

    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    # Each subcommand names the function that runs it: run(args, data_dir) -> exit code.
    demo = commands.add_parser("demo", help="create the demo tandem in the data folder")
    demo.set_defaults(run=command_demo)
    backup = commands.add_parser("backup", help="write a verified backup")
    backup.add_argument("--to", type=Path, default=None, help="backup file to write")
    backup.set_defaults(run=command_backup)
    check = commands.add_parser("check", help="check the database's integrity and references")
    check.set_defaults(run=command_check)
    exchange_commands.register(commands, exchange_commands.CommandLine(
        fail=fail, writing_store=writing_store, language=_command_language,
        handbook_pdf=_handbook_pdf))
    sync_commands.register(commands, sync_commands.SyncCommandLine(
        fail=fail, writing_store=writing_store))


def fail(message: str, code: int = 1) -> int:
    print(f"tandem: {message}", file=sys.stderr)
    return code


def _language(args: argparse.Namespace) -> str:
    from tandem_desktop.languages import environment_language

    return str(args.lang) if args.lang else environment_language()


def _command_language(args: argparse.Namespace,
                      printing: bool) -> AbstractContextManager[Translate]:
    """The language of the files a command writes (Qt's translations, so through ui/)."""
    from tandem_desktop.ui.translators import command_translate

    return command_translate(_language(args), printing=printing)


def _handbook_pdf(book: Handbook) -> bytes:
    from tandem_desktop.ui.printing import handbook_pdf

    return handbook_pdf(book)


def command_demo(args: argparse.Namespace, data_dir: Path) -> int:
    from tandem_desktop.demo import create_demo
    from tandem_desktop.domain.clock import SystemClock

    with writing_store(data_dir) as store:
        tandem = create_demo(store, _language(args), SystemClock().today())
        print(f"created demo tandem: {tandem.name}")
    return 0


def command_backup(args: argparse.Namespace, data_dir: Path) -> int:
    from tandem_desktop.storage.backups import Backups, copy_database
    from tandem_desktop.storage.database import connect
    from tandem_desktop.storage.store import database_path

    path = database_path(data_dir)
    if not path.exists():
        return fail(f"no database in {data_dir}")
    from tandem_desktop.domain.clock import SystemClock

    conn = connect(path)
    try:
        if args.to:
            copy_database(conn, args.to.resolve())
            print(f"backup written: {args.to}")
        else:
            backup = Backups(data_dir, SystemClock()).create(conn, "manual")
            print(f"backup written: {backup.path}")
    finally:
        conn.close()
    return 0


def command_check(args: argparse.Namespace, data_dir: Path) -> int:
    from tandem_desktop.storage.store import database_path

    path = database_path(data_dir)
    if not path.exists():
        return fail(f"no database in {data_dir}")
    from tandem_desktop.storage.recovery import full_check

    try:
        integrity, foreign = full_check(path)
    except sqlite3.DatabaseError as error:
        return fail(f"{path} cannot be read: {error}")
    ok = integrity == ["ok"] and not foreign
    print(f"integrity_check: {'ok' if integrity == ['ok'] else '; '.join(integrity[:10])}")
    print(f"foreign_key_check: {'ok' if not foreign else f'{foreign} broken references'}")
    return 0 if ok else 1


class writing_store:
    """Open the store for a command that writes, refusing while the app holds the lock."""

    def __init__(self, data_dir: Path) -> None:
        from tandem_desktop.storage.lock import FolderLock

        self.data_dir = data_dir
        self.lock = FolderLock(data_dir)

    def __enter__(self):  # type: ignore[no-untyped-def]
        from tandem_desktop.storage.store import open_store

        self.data_dir.mkdir(exist_ok=True, mode=0o700)
        self.lock.acquire()
        try:
            self.store = open_store(self.data_dir)
        except BaseException:
            self.lock.release()
            raise
        return self.store

    def __exit__(self, *_: object) -> None:
        self.store.close()
        self.lock.release()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # A plain start (options only) needs neither the subcommands nor their modules.
    args, rest = build_parser(commands=False).parse_known_args(argv)
    if rest:
        args = build_parser().parse_args(argv)
    data_dir = (args.data_dir or default_data_dir()).expanduser().resolve()
    if args.data_dir is None and "TANDEM_DATA_DIR" not in os.environ:
        # The per-user folder's parents may not exist yet on a fresh account.
        data_dir.parent.mkdir(parents=True, exist_ok=True)
    if args.command:
        from tandem_desktop.storage.errors import LockedError, StorageError

        try:
            return int(args.run(args, data_dir))
        except LockedError:
            return fail(f"Tandem is running with {data_dir}; close it first (this command "
                        "writes to the data folder).", 3)
        except StorageError as error:
            return fail(str(error), 2)
        except OSError as error:
            return fail(f"{error.filename or data_dir}: {error.strerror or error}", 2)
    # Starting creates many long-lived objects and next to no garbage: the cyclic
    # garbage collector waits until the window has built its first tab (app.run).
    gc.disable()
    from tandem_desktop.app import StartOptions, run

    return run(StartOptions(data_dir=data_dir, language=args.lang, demo=args.demo,
                            quit_after_start=args.quit_after_start,
                            started_at=process_started_at()))
