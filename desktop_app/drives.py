"""USB sticks and other removable drives the secretary plugs in, and the files on them (QtCore
only, no widgets). The Members, Reports and Backup screens offer what is found here as big
tiles; DriveWatcher tells them when a stick is plugged in or taken out.

STUDY_STATION_DRIVES (folders separated by os.pathsep) adds folders that count as drives: tests
and the screenshot tool fake a USB stick with it. A folder that does not exist (yet) is left out.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QStorageInfo, QTimer, Signal

DRIVES_VARIABLE = "STUDY_STATION_DRIVES"
POLL_MS = 2000
# Where Linux desktops (and macOS) mount what is plugged in; everything else is the system's.
REMOVABLE_PREFIXES = ("/media/", "/run/media/", "/mnt/", "/Volumes/")
SYSTEM_MOUNTS = ("/", "/boot", "/boot/efi", "/home", "/usr", "/var", "/tmp", "/opt", "/srv")
SYSTEM_FILESYSTEMS = {
    "proc",
    "sysfs",
    "tmpfs",
    "devtmpfs",
    "devpts",
    "overlay",
    "squashfs",
    "cgroup",
    "cgroup2",
    "autofs",
    "efivarfs",
    "fuse.portal",
}
SKIPPED_FOLDERS = {"$RECYCLE.BIN", "System Volume Information", "node_modules"}


@dataclass(frozen=True)
class Drive:
    name: str  # what the drive calls itself ("KINGSTON"), else its folder's name
    path: Path


def _is_removable(volume: QStorageInfo, system_root: str, home: str) -> bool:
    if not (volume.isValid() and volume.isReady()) or volume.isRoot():
        return False
    root = volume.rootPath().rstrip("/") or "/"
    if root in SYSTEM_MOUNTS or root == system_root:
        return False
    if bytes(volume.fileSystemType()).decode(errors="replace").lower() in SYSTEM_FILESYSTEMS:
        return False
    if sys.platform == "win32":  # E:/, F:/ …: every drive but the system's and the one of the home folder
        return not home.lower().startswith(root.lower())
    return (root + "/").startswith(REMOVABLE_PREFIXES)


def extra_drives() -> list[Drive]:
    """The folders of STUDY_STATION_DRIVES that exist now."""
    drives = []
    for entry in os.environ.get(DRIVES_VARIABLE, "").split(os.pathsep):
        if entry.strip() and Path(entry).is_dir():
            path = Path(entry)
            drives.append(Drive(path.name or str(path), path))
    return drives


def removable_drives() -> list[Drive]:
    """The drives plugged in now (USB sticks, SD cards), never the system's own volumes."""
    system_root = QStorageInfo.root().rootPath().rstrip("/") or "/"
    home = str(Path.home())
    drives = []
    for volume in QStorageInfo.mountedVolumes():
        if _is_removable(volume, system_root, home):
            path = Path(volume.rootPath())
            drives.append(Drive(volume.displayName() or volume.name() or path.name or str(path), path))
    known = {drive.path for drive in drives}
    drives += [drive for drive in extra_drives() if drive.path not in known]
    return drives


def find_files(folders: Iterable[Path], suffixes: Iterable[str], depth: int = 2, limit: int = 600) -> list[Path]:
    """Files with one of the suffixes (".jpg" …, any case) in the folders and their subfolders
    depth levels down, by folder then name; hidden files and system folders are left out, and
    a folder that cannot be read is passed over. At most limit files."""
    wanted = {suffix.lower() for suffix in suffixes}
    found: list[Path] = []

    def walk(folder: Path, level: int) -> None:
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name.lower())
        except OSError:
            return
        subfolders = []
        for entry in entries:
            if len(found) >= limit:
                return
            if entry.name.startswith(".") or entry.name in SKIPPED_FOLDERS:
                continue
            try:
                if entry.is_file() and Path(entry.name).suffix.lower() in wanted:
                    found.append(Path(entry.path))
                elif entry.is_dir() and level < depth:
                    subfolders.append(Path(entry.path))
            except OSError:
                continue
        for subfolder in subfolders:
            walk(subfolder, level + 1)

    for folder in folders:
        walk(Path(folder), 0)
    return found[:limit]


class DriveWatcher(QObject):
    """Looks at the drives every 2 s while started; `changed` (with the new list) when a drive
    was plugged in or taken out."""

    changed = Signal(list)

    def __init__(self, parent: QObject | None = None, interval_ms: int = POLL_MS):
        super().__init__(parent)
        self.drives: list[Drive] = removable_drives()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.check()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> bool:
        """Look now; True (and `changed`) when the list is not what it was."""
        drives = removable_drives()
        if drives == self.drives:
            return False
        self.drives = drives
        self.changed.emit(drives)
        return True
