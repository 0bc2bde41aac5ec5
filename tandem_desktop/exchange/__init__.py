"""Files in and out: the JSON archive, the handbook (Markdown, HTML), CSV, iCalendar, minutes.

No Qt here: every text a file holds comes from a ``domain.translation.Translate``
the caller passes in, and PDF is laid out by ``ui.printing`` from the HTML made
here. Every file is written through ``storage.files.atomic_write``.

    archive/     the JSON archive of every record (export, checks, import)
    handbook/    the tandem handbook
    minutes.py   agenda and minutes of a meeting
    csv_export.py, ics.py   lists for spreadsheets, check-ins for calendars
    commands.py  the `export` and `import` subcommands
"""
