"""Detecting a data folder inside a synced or network folder."""

from __future__ import annotations

from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

import pytest

from tandem_desktop.storage.sync_folder import NETWORK, synced_location

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
server:/export /mnt/nfs nfs4 rw 0 0
//nas/share /mnt/smb cifs rw 0 0
me@host:/home /mnt/ssh fuse.sshfs rw 0 0
/dev/sdb1 /mnt/nfs/local ext4 rw 0 0
fuse-overlayfs /var/lib/box fuse.fuse-overlayfs rw 0 0
//nas/My\\040Share /mnt/with\\040space cifs rw 0 0
"""


def _never(_: PurePath) -> bool:
    return False


def _linux(path: str) -> str | None:
    found = synced_location(path, platform="linux", exists=_never, mounts=MOUNTS)
    return None if found is None else found.service


@pytest.mark.parametrize(("path", "service"), [
    ("/home/ana/Dropbox/Tandem", "Dropbox"),
    ("/home/ana/Dropbox (Personal)/apps/Tandem", "Dropbox"),
    ("/home/ana/OneDrive - Contoso/Tandem", "OneDrive"),
    ("/home/ana/Nextcloud/Tandem", "Nextcloud"),
    ("/home/ana/ownCloud/Tandem", "ownCloud"),
    ("/home/ana/Google Drive/Tandem", "Google Drive"),
    ("/Users/ana/Library/Mobile Documents/com~apple~CloudDocs/Tandem", "iCloud Drive"),
    ("/Users/ana/Library/CloudStorage/GoogleDrive-ana@example.org/My Drive/T", "Google Drive"),
    ("/Users/ana/Library/CloudStorage/Box-Box/Tandem", "Box"),
    ("/mnt/nfs/Tandem", NETWORK),
    ("/mnt/smb/Tandem", NETWORK),
    ("/mnt/ssh/ana/Tandem", NETWORK),
    ("/mnt/with space/Tandem", NETWORK),
    ("/home/ana/.local/share/Tandem", None),
    ("/mnt/nfs/local/Tandem", None),  # a local disk mounted below a network mount
    ("/var/lib/box/Tandem", None),  # a container's own overlay is local
])
def test_linux_paths(path: str, service: str | None) -> None:
    assert _linux(path) == service


def test_syncthing_marker_in_a_parent(tmp_path: Path) -> None:
    share = tmp_path / "share"
    (share / "work" / "Tandem").mkdir(parents=True)
    assert synced_location(share / "work" / "Tandem", mounts="") is None
    (share / ".stfolder").mkdir()
    found = synced_location(share / "work" / "Tandem", platform="linux", mounts="")
    assert found is not None and found.service == "Syncthing"
    assert found.root == PurePosixPath(share)


def test_markers_are_asked_of_every_parent() -> None:
    asked: list[PurePath] = []

    def exists(path: PurePath) -> bool:
        asked.append(path)
        return path == PurePosixPath("/srv/sync/.nextcloudsync.log")

    found = synced_location("/srv/sync/a/b", platform="linux", exists=exists, mounts="")
    assert found is not None and found.service == "Nextcloud"
    assert PurePosixPath("/srv/sync/a/b/.stfolder") in asked


@pytest.mark.parametrize(("path", "kind", "service"), [
    (r"\\nas\share\Tandem", 3, NETWORK),
    ("//nas/share/Tandem", 3, NETWORK),
    (r"Z:\Tandem", 4, NETWORK),
    (r"C:\Users\ana\AppData\Roaming\Tandem", 3, None),
    (r"C:\Users\ana\OneDrive\Documents\Tandem", 3, "OneDrive"),
    (r"C:\Users\ana\iCloudDrive\Tandem", 3, "iCloud Drive"),
])
def test_windows_paths(path: str, kind: int, service: str | None) -> None:
    found = synced_location(path, platform="win32", exists=_never, drive_type=lambda _: kind)
    assert (None if found is None else found.service) == service
    if found is not None and found.is_network:
        assert isinstance(found.root, PureWindowsPath)


def test_this_test_folder_is_not_flagged(tmp_path: Path) -> None:
    found = synced_location(tmp_path)
    assert found is None or found.is_network  # a CI runner may itself use a network disk
