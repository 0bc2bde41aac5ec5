"""The JSON archive: every record of one or all tandems, out and back in.

Export writes the format name and version first, then one entry per tandem with
its records grouped by kind (see docs/archive-format.md). Import reads the whole
file and checks it completely (size, nesting, encoding, types, required fields,
references, duplicate ids, NaN, version) before anything is written; then it
backs up the database and writes everything in one transaction, keeping every
record's id and timestamps so that a second export gives the same file.

Private content (a meeting's private notes, feedback marked private) leaves the
computer only when the caller asks for it.

    format.py     the format's name, version and limits; the checked archive; ArchiveError
    tables.py     the per-tandem tables in the order that keeps references valid
    export.py     records to the file
    parsing.py    bytes to JSON values, refusing what no archive holds
    schema.py     JSON values checked against the app's records
    reading.py    a file, parsed and checked
    planning.py   which record an import adds, overwrites or keeps
    importing.py  a checked archive into the database, all or nothing
"""
