"""The `export` and `import` subcommands, registered with tandem_desktop.cli on import.

    tandem [--data-dir DIR] [--lang de|en] export --format json|pdf|md|csv|ics
           [--tandem NAME] [--include-private] [--what tasks|questions|feedback|rules] FILE
    tandem [--data-dir DIR] import [--update] FILE

Export only reads, so it also works while the app is open. Import checks the
whole file before it opens the database, and writes only when no running app
holds the data folder.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from tandem_desktop import cli

FORMATS = ("json", "pdf", "md", "csv", "ics")


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
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
    imported = commands.add_parser("import", help="import a Tandem archive (JSON)")
    imported.add_argument("--update", action="store_true",
                          help="overwrite records that already exist (default: keep them)")
    imported.add_argument("file", type=Path, metavar="FILE", help="the archive to read")


def _language(args: argparse.Namespace) -> str:
    return str(cli._language(args))


def _start_qt(gui: bool, language: str) -> list[Any]:
    """The Qt application the exchange code needs, with the translation; keep the result."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    keep: list[Any] = []
    app = QCoreApplication.instance()
    # English needs no translator, and JSON/CSV no application object at all.
    if app is None and (gui or language != "en"):
        if gui:
            from PySide6.QtGui import QGuiApplication

            if sys.platform.startswith("linux") and not (
                    os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
                os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            app = QGuiApplication([sys.argv[0] if sys.argv else "tandem"])
        else:
            app = QCoreApplication([sys.argv[0] if sys.argv else "tandem"])
        keep.append(app)
    if language != "en":
        from tandem_desktop.resources_path import resource

        translator = QTranslator()
        if translator.load(str(resource("translations", f"tandem_{language}.qm"))):
            QCoreApplication.installTranslator(translator)
            keep.append(translator)
    return keep


def _stop_qt(keep: list[Any]) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    for item in keep:
        if isinstance(item, QTranslator):
            QCoreApplication.removeTranslator(item)


def command_export(args: argparse.Namespace, data_dir: Path) -> int:
    from tandem_desktop.exchange.archive import ArchiveError, find_tandem
    from tandem_desktop.storage.store import database_path, open_store

    if args.fmt == "csv" and not args.what:
        return cli.fail("a CSV export needs --what tasks|questions|feedback|rules")
    if not database_path(data_dir).exists():
        return cli.fail(f"no database in {data_dir}")
    target = args.file.expanduser().resolve()
    if target.is_dir():
        return cli.fail(f"{target} is a folder; give the name of the file to write")
    language = _language(args)
    keep = _start_qt(args.fmt in ("pdf", "md"), language)
    store = open_store(data_dir)
    try:
        tandem_id = find_tandem(store, args.tandem).id if args.tandem else None
        message = _export(store, args, target, tandem_id, language)
    except ArchiveError as error:
        return cli.fail(str(error))
    finally:
        store.close()
        _stop_qt(keep)
    print(message)
    return 0


def _export(store: Any, args: argparse.Namespace, target: Path, tandem_id: str | None,
            language: str) -> str:
    from tandem_desktop.exchange.archive import ArchiveError

    if args.fmt == "json":
        from tandem_desktop.exchange.archive import export_archive

        result = export_archive(store, target, tandem_id=tandem_id,
                                include_private=args.include_private)
        private = " (with private content)" if args.include_private else ""
        return (f"exported {result.tandems} tandem(s), {result.records} records{private} "
                f"to {target}")
    if args.fmt == "csv":
        from tandem_desktop.exchange.csv_export import export_csv

        rows = export_csv(store, target, args.what, tandem_id=tandem_id,
                          include_private=args.include_private)
        return f"exported {rows} {args.what} to {target}"
    if args.fmt == "ics":
        from tandem_desktop.exchange.ics import export_ics

        count = export_ics(store, target, tandem_id=tandem_id, series_id=None,
                           reminder_minutes=10)
        return f"exported {count} check-in series to {target}"
    from tandem_desktop.domain.clock import SystemClock
    from tandem_desktop.exchange.handbook import export_handbook

    if tandem_id is None:
        active = store.tandems.active()
        if len(active) != 1:
            names = ", ".join(tandem.name for tandem in active) or "none"
            raise ArchiveError(f"choose the tandem with --tandem NAME (tandems: {names})")
        tandem_id = active[0].id
    export_handbook(store, target, tandem_id=tandem_id, fmt=args.fmt, language=language,
                    today=SystemClock().today())
    return f"wrote the handbook ({args.fmt}) to {target}"


def command_import(args: argparse.Namespace, data_dir: Path) -> int:
    from tandem_desktop.exchange.archive import ArchiveError, import_archive, read_archive

    keep = _start_qt(False, _language(args))
    try:
        # The whole file is checked before the database is even opened.
        archive = read_archive(args.file.expanduser().resolve())
        with cli.writing_store(data_dir) as store:
            result = import_archive(store, archive, update=args.update)
    except ArchiveError as error:
        return cli.fail(f"{error}\nNothing was imported; the database is unchanged.")
    finally:
        _stop_qt(keep)
    print(f"imported {', '.join(result.tandems) or 'nothing'}: {result.added} added, "
          f"{result.updated} updated, {result.skipped} already there and kept")
    if result.backup is not None:
        print(f"backup taken before the import: {result.backup}")
    return 0


if register not in cli.EXTRA_COMMANDS:
    cli.EXTRA_COMMANDS.append(register)
cli.HANDLERS.update({"export": command_export, "import": command_import})
