"""Files in and out: the JSON archive, the handbook (PDF, Markdown), CSV, iCalendar.

Nothing here imports Qt widgets; the handbook uses QtGui only (QTextDocument,
QPdfWriter). Every file is written through ``storage.files.atomic_write``.
"""
