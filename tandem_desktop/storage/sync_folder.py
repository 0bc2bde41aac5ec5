"""Whether a data folder lies in a synced or network folder.

A sync client (Dropbox, OneDrive, ...) copies ``tandem.db`` while SQLite writes
to it and its WAL, and a network file system may not honour SQLite's locks:
either can leave a damaged or outdated file. The app warns at start.

``synced_location`` only looks at what it is given: the path, the names of
marker files (through ``exists``), the mount table and, on Windows, the drive
type. Tests pass all of these in.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

NETWORK = "network"

# Folder names the sync clients create, matched case-insensitively on the start
# of a path component ("Dropbox (Personal)", "OneDrive - Contoso", ...).
_NAME_PREFIXES: tuple[tuple[str, str], ...] = (
    ("dropbox", "Dropbox"),
    ("onedrive", "OneDrive"),
    ("nextcloud", "Nextcloud"),
    ("owncloud", "ownCloud"),
    ("icloud drive", "iCloud Drive"),
    ("iclouddrive", "iCloud Drive"),
    ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"),
    ("my drive", "Google Drive"),
)

# Files or folders a sync client keeps at the top of what it syncs.
_MARKERS: tuple[tuple[str, str], ...] = (
    (".stfolder", "Syncthing"),
    (".dropbox", "Dropbox"),
    (".dropbox.cache", "Dropbox"),
    (".owncloudsync.log", "Nextcloud"),
    (".nextcloudsync.log", "Nextcloud"),
)

# File system types that are network mounts (Linux /proc/mounts).
_NETWORK_TYPES = ("nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "sshfs", "9p",
                  "afs", "ceph", "glusterfs", "davfs", "webdav")

# FUSE file systems that are local (a container's root, an AppImage, the
# desktop portal); every other fuse.* type is treated as remote.
_LOCAL_FUSE = ("fuse.fuse-overlayfs", "fuse.lxcfs", "fuse.portal", "fuse.squashfuse",
               "fuse.appimagefuse", "fuse.gocryptfs", "fuse.encfs", "fuse.bindfs")

_DRIVE_REMOTE = 4  # GetDriveTypeW: a network drive


@dataclass(frozen=True)
class SyncedLocation:
    """Where the risk comes from: a product name (or ``NETWORK``) and the folder it covers."""

    service: str
    root: PurePath

    @property
    def is_network(self) -> bool:
        return self.service == NETWORK


def synced_location(
    folder: PurePath | str,
    *,
    platform: str | None = None,
    exists: Callable[[PurePath], bool] | None = None,
    mounts: str | None = None,
    drive_type: Callable[[str], int] | None = None,
) -> SyncedLocation | None:
    """The synced or network folder that ``folder`` lies in, or None.

    ``platform`` is ``sys.platform`` by default; ``exists`` tells whether a marker
    file exists (default: the real file system); ``mounts`` is the text of
    ``/proc/mounts`` (Linux, read when not given); ``drive_type`` is the Windows
    drive type of a drive such as ``"Z:\\"`` (read when not given).
    """
    platform = platform or sys.platform
    windows = platform == "win32"
    path: PurePath = PureWindowsPath(folder) if windows else PurePosixPath(folder)
    exists = exists or _real_exists
    chain = [path, *path.parents]
    for candidate in chain:
        service = _service_by_name(candidate)
        if service:
            return SyncedLocation(service, candidate)
    for candidate in chain:
        for marker, service in _MARKERS:
            if exists(candidate / marker):
                return SyncedLocation(service, candidate)
    if windows:
        return _windows_network(path, drive_type)
    if platform.startswith("linux"):
        return _linux_network(path, mounts)
    return None


def _service_by_name(candidate: PurePath) -> str | None:
    name = candidate.name
    lowered = name.lower()
    for prefix, service in _NAME_PREFIXES:
        if lowered.startswith(prefix):
            return service
    # macOS: ~/Library/Mobile Documents is iCloud Drive; ~/Library/CloudStorage
    # holds the folders of every file provider (Dropbox, OneDrive, Google Drive ...).
    parent = candidate.parent.name.lower()
    if lowered == "mobile documents" and parent == "library":
        return "iCloud Drive"
    if parent == "cloudstorage" and candidate.parent.parent.name.lower() == "library":
        return name.split("-", 1)[0] or name
    return None


def _real_exists(path: PurePath) -> bool:
    try:
        return os.path.lexists(path)
    except (OSError, ValueError):
        return False


def _windows_network(
    path: PurePath, drive_type: Callable[[str], int] | None
) -> SyncedLocation | None:
    drive = path.drive
    if drive.startswith(("\\\\", "//")):  # a UNC path: \\server\share
        return SyncedLocation(NETWORK, PureWindowsPath(drive + "\\"))
    if len(drive) == 2 and drive[1] == ":":
        root = drive + "\\"
        kind = (drive_type or _windows_drive_type)(root)
        if kind == _DRIVE_REMOTE:
            return SyncedLocation(NETWORK, PureWindowsPath(root))
    return None


def _windows_drive_type(root: str) -> int:
    if sys.platform != "win32":
        return 0
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))


def _linux_network(path: PurePath, mounts: str | None) -> SyncedLocation | None:
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    best: tuple[PurePosixPath, str] | None = None
    for point, kind in _parse_mounts(mounts):
        if (path == point or point in path.parents) and (
            best is None or len(point.parts) > len(best[0].parts)
        ):
            best = (point, kind)
    if best is not None and _is_network_type(best[1]):
        return SyncedLocation(NETWORK, best[0])
    return None


def _parse_mounts(text: str) -> Sequence[tuple[PurePosixPath, str]]:
    found = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        # /proc/mounts writes space, tab, newline and backslash as octal escapes.
        point = fields[1]
        for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
            point = point.replace(code, char)
        found.append((PurePosixPath(point), fields[2]))
    return found


def _is_network_type(kind: str) -> bool:
    if kind in _LOCAL_FUSE:
        return False
    return kind in _NETWORK_TYPES or kind.startswith(("fuse.", "nfs"))
