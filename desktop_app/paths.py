"""Where the program's files are: resources and lessons (source or frozen), and the data folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def install_root() -> Path:
    """The folder holding resources/ and lessons/: the repository, or PyInstaller's bundle."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return install_root() / "resources"


def lessons_dir() -> Path:
    override = os.environ.get("DESKTOP_APP_LESSONS")
    return Path(override) if override else install_root() / "lessons"


def default_data_dir() -> Path:
    """The platform's per-user data folder (QStandardPaths), e.g. ~/.local/share/desktop-app."""
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    if not QCoreApplication.applicationName():
        QCoreApplication.setApplicationName("desktop-app")
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(location) if location else Path.home() / ".desktop-app"


# Inside the data folder: one place for every name.
LOG_DIR_NAME = "logs"
LOG_FILE_NAME = "desktop-app.log"
SPEECH_CACHE = ("cache", "speech")


def log_dir(data_dir: Path) -> Path:
    return data_dir / LOG_DIR_NAME


def log_file(data_dir: Path) -> Path:
    return log_dir(data_dir) / LOG_FILE_NAME


def speech_cache_dir(data_dir: Path) -> Path:
    return data_dir.joinpath(*SPEECH_CACHE)


EXPORTS_DIR_NAME = "exports"  # what the program makes for the member to keep: posters, reports


def exports_dir(data_dir: Path) -> Path:
    return data_dir / EXPORTS_DIR_NAME


IMPORTED_LESSONS_DIR_NAME = "lessons"  # lessons that came in packs (desktop_app/packs)
PACKS_DIR_NAME = "packs"  # the trusted issuers and the import lock


def imported_lessons_dir(data_dir: Path) -> Path:
    return data_dir / IMPORTED_LESSONS_DIR_NAME


def packs_dir(data_dir: Path) -> Path:
    return data_dir / PACKS_DIR_NAME
