"""The JSON archive: every record of one or all tandems, out and back in.

Export writes the format name and version first, then one entry per tandem with
its records grouped by kind, each record with the clock stamps of its synced
fields, and the tandem's tombstones (format version 2; see docs/archive-format.md).
Import reads the whole file and checks it completely (size, nesting, encoding,
types, required fields, references, duplicate ids, NaN, version, stamps) before
anything is written; then it backs up the database and writes everything in one
transaction, keeping every record's id and timestamps so that a second export
gives the same file. A version 2 file is merged by its stamps as the partner sync
merges; a version 1 file (no stamps) adds, keeps or overwrites whole records.

Private content (a meeting's private notes, feedback marked private) leaves the
computer only when the caller asks for it, and never with stamps.

    format.py     the format's name, versions and limits; the checked archive; ArchiveError
    tables.py     the per-tandem tables in the order that keeps references valid
    export.py     records (and their stamps) to the file
    parsing.py    bytes to JSON values, refusing what no archive holds
    schema.py     JSON values checked against the app's records
    stamps.py     version 2's stamps and tombstones, checked
    reading.py    a file, parsed and checked
    planning.py   version 1: which record an import adds, overwrites or keeps
    merging.py    version 2: the file's changes merged as the partner sync merges
    importing.py  a checked archive into the database, all or nothing
    summary.py    what a merge did, in the user's words
"""
