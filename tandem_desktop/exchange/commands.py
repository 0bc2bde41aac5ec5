"""The `export` and `import` subcommands; tandem_desktop.cli registers them with ``register``.

    tandem [--data-dir DIR] [--lang de|en] export --format json|pdf|md|csv|ics
           [--tandem NAME] [--include-private] [--what tasks|questions|feedback|rules] FILE
    tandem [--data-dir DIR] [--lang de|en] import [--update [--confirm-deletions]] FILE

Export only reads, so it also works while the app is open. Import checks the
whole file before it opens the database, and writes only when no running app
holds the data folder. With ``--update`` an archive of format version 2 is
merged by its stamps as the partner sync merges (docs/archive-format.md); a
large deletion in it waits until the import is run with ``--confirm-deletions``.

The command line imports this module at every start to build its parser, so it
imports nothing but the standard library until a command runs.
"""

from __future__ import annotations

import argparse
import functools
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tandem_desktop.domain.translation import Translate
    from tandem_desktop.exchange.archive.planning import ImportResult
    from tandem_desktop.exchange.handbook.document import Handbook
    from tandem_desktop.storage.store import Store

FORMATS = ("json", "pdf", "md", "csv", "ics")


@dataclass(frozen=True)
class CommandLine:
    """What the command line lends these commands; cli.py builds it."""

    fail: Callable[[str], int]  # print "tandem: message" to stderr; the exit code
    writing_store: Callable[[Path], AbstractContextManager[Store]]  # refuses while the app runs
    # The texts of the files written, in the language asked for (``printing``: a PDF follows).
    language: Callable[[argparse.Namespace, bool], AbstractContextManager[Translate]]
    handbook_pdf: Callable[[Handbook], bytes]


def register(commands: argparse._SubParsersAction, line: CommandLine) -> None:  # type: ignore[type-arg]
    """Add `export` and `import` to the command line's subcommands."""
    export = commands.add_parser(
        "export", help="write an archive, the handbook, a CSV table or a calendar file")
    export.add_argument("--format", choices=FORMATS, required=True, dest="fmt",
                        help="json: archive of every record; pdf/md: the tandem handbook; "
                             "csv: one list (see --what); ics: the check-ins as a calendar")
    export.add_argument("--tandem", default=None, metavar="NAME",
                        help="only this tandem (default: all; pdf and md need one)")
    export.add_argument("--include-private", action="store_true",
                        help="also private meeting notes and feedback marked private")
    export.add_argument("--what", choices=("tasks", "questions", "feedback", "rules"),
                        default=None, help="which list a CSV export holds")
    export.add_argument("file", type=Path, metavar="FILE", help="the file to write")
    export.set_defaults(run=functools.partial(command_export, line=line))
    imported = commands.add_parser("import", help="import a Tandem archive (JSON)")
    imported.add_argument("--update", action="store_true",
                          help="bring in the file's changes to records that already exist: "
                               "merged field by field, the newer change wins (a file of an "
                               "older Tandem: overwrite them); default: keep them")
    imported.add_argument("--confirm-deletions", action="store_true",
                          help="with --update: also make a large deletion the file holds "
                               "(otherwise it waits)")
    imported.add_argument("file", type=Path, metavar="FILE", help="the archive to read")
    imported.set_defaults(run=functools.partial(command_import, line=line))


def command_export(args: argparse.Namespace, data_dir: Path, *, line: CommandLine) -> int:
    from tandem_desktop.exchange.archive.export import find_tandem
    from tandem_desktop.exchange.archive.format import ArchiveError
    from tandem_desktop.storage.store import database_path, open_store

    if args.fmt == "csv" and not args.what:
        return line.fail("a CSV export needs --what tasks|questions|feedback|rules")
    if not database_path(data_dir).exists():
        return line.fail(f"no database in {data_dir}")
    target = args.file.expanduser().resolve()
    if target.is_dir():
        return line.fail(f"{target} is a folder; give the name of the file to write")
    with line.language(args, args.fmt == "pdf") as translate:
        store = open_store(data_dir)
        try:
            tandem_id = (find_tandem(store, args.tandem, translate=translate).id
                         if args.tandem else None)
            message = _export(store, args, target, tandem_id, translate, line)
        except ArchiveError as error:
            return line.fail(str(error))
        finally:
            store.close()
    print(message)
    return 0


def _export(store: Store, args: argparse.Namespace, target: Path, tandem_id: str | None,
            translate: Translate, line: CommandLine) -> str:
    from tandem_desktop.exchange.archive.format import ArchiveError

    if args.fmt == "json":
        from tandem_desktop.exchange.archive.export import export_archive

        result = export_archive(store, target, tandem_id=tandem_id,
                                include_private=args.include_private)
        private = " (with private content)" if args.include_private else ""
        return (f"exported {result.tandems} tandem(s), {result.records} records{private} "
                f"to {target}")
    if args.fmt == "csv":
        from tandem_desktop.exchange.csv_export import export_csv

        rows = export_csv(store, target, args.what, translate=translate, tandem_id=tandem_id,
                          include_private=args.include_private)
        return f"exported {rows} {args.what} to {target}"
    if args.fmt == "ics":
        from tandem_desktop.exchange.ics import export_ics

        count = export_ics(store, target, translate=translate, tandem_id=tandem_id,
                           series_id=None, reminder_minutes=10)
        return f"exported {count} check-in series to {target}"
    from tandem_desktop.domain.clock import SystemClock
    from tandem_desktop.exchange.handbook.export import export_handbook

    if tandem_id is None:
        active = store.tandems.active()
        if len(active) != 1:
            names = ", ".join(tandem.name for tandem in active) or "none"
            raise ArchiveError(f"choose the tandem with --tandem NAME (tandems: {names})")
        tandem_id = active[0].id
    export_handbook(store, target, tandem_id=tandem_id, fmt=args.fmt, translate=translate,
                    today=SystemClock().today(), render_pdf=line.handbook_pdf)
    return f"wrote the handbook ({args.fmt}) to {target}"


def command_import(args: argparse.Namespace, data_dir: Path, *, line: CommandLine) -> int:
    from tandem_desktop.exchange.archive.format import ArchiveError
    from tandem_desktop.exchange.archive.importing import import_archive
    from tandem_desktop.exchange.archive.reading import read_archive

    with line.language(args, False) as translate:
        try:
            # The whole file is checked before the database is even opened.
            archive = read_archive(args.file.expanduser().resolve(), translate=translate)
            with line.writing_store(data_dir) as store:
                result = import_archive(store, archive, translate=translate, update=args.update,
                                        confirm_deletions=args.confirm_deletions)
        except ArchiveError as error:
            return line.fail(f"{error}\n" + translate(
                "Archive", "Nothing was imported; the database is unchanged."))
        print(_import_summary(result, translate))
    return 0


def _import_summary(result: ImportResult, translate: Translate) -> str:
    from tandem_desktop.exchange.archive.summary import held_line, merge_lines

    names = ", ".join(result.tandems) or translate("Archive", "nothing")
    lines = [translate(
        "Archive", "imported {names}: {added} added, {updated} updated, {skipped} already "
                   "there and kept").format(names=names, added=result.added,
                                            updated=result.updated, skipped=result.skipped)]
    lines += merge_lines(result, translate)
    if result.held_deletions:
        lines.append(held_line(result, translate) + " " + translate(
            "Archive", "To make them, import the file again with --update --confirm-deletions."))
    if result.backup is not None:
        lines.append(translate("Archive", "backup taken before the import: {path}").format(
            path=str(result.backup)))
    return "\n".join(lines)
