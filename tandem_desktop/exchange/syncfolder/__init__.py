"""The shared sync folder: the files a device writes for its partner, and reading theirs.

    pairing.py   the pairing code, and the key it unlocks
    crypto.py    AES-256-GCM sealing bound to tandem, device, file and format version
    layout.py    the folder's exact names: marker, device folders, numbered files
    folder.py    writing this device's files (atomically) and reading everyone else's

The format is documented in docs/sync-format.md.
"""
