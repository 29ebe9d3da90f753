"""Everything a running program holds: data folder, database, library, member, settings (no widgets)."""

from __future__ import annotations

import logging
import logging.handlers
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from .lessons import Library, load_library
from .lessons.readings import load_reading_file
from .paths import lessons_dir, log_dir, log_file, resources_dir
from .settings import Settings, load_settings, save_settings
from .storage import ProgressStore, open_database
from .storage.database import DATABASE_NAME
from .storage.members import Member, MemberStore
from .storage.safety import BACKUP_DIR_NAME, daily_backup, recover_if_damaged
from .storage.study_time import StudyClock

log = logging.getLogger(__name__)


@dataclass
class AppContext:
    data_dir: Path
    db: sqlite_utils.Database
    progress: ProgressStore
    member_id: int
    library: Library
    settings: Settings
    readings: dict[str, tuple[str, ...]]  # the program-wide pronunciation list
    notices: list[str] = field(default_factory=list)  # what the secretary must be told about the records
    clock: StudyClock | None = None  # active study time of the member
    member: Member | None = None  # the member who picked their name on a shared kiosk
    guest: bool = False  # studying without records (progress kept in memory only)

    def __post_init__(self) -> None:
        if self.clock is None:
            self.clock = StudyClock(self.db, self.member_id)
        self.members = MemberStore(self.db)

    @property
    def records(self) -> sqlite_utils.Database:
        """The database the current member's progress goes to (an in-memory one for a guest)."""
        return self.progress.db

    @property
    def shared(self) -> bool:
        return self.settings.shared

    def use_member(self, member_id: int) -> None:
        """A member picked their name: from now on their progress and study time are recorded."""
        member = self.members.get(member_id)
        if member is None:
            raise KeyError(f"no member {member_id}")
        self._close_guest()
        self.member, self.guest = member, False
        self.settings = load_settings(self.db, member_id)  # their own text size, colours, voice
        self.progress = ProgressStore(self.db)
        self.member_id = member_id
        self.clock = StudyClock(self.db, member_id)
        log.info("Member %d signed in", member_id)

    def use_home_member(self) -> None:
        self._close_guest()
        self.member, self.guest = None, False
        self.settings = load_settings(self.db)
        self.progress = ProgressStore(self.db)
        self.member_id = self.progress.default_member_id()
        self.clock = StudyClock(self.db, self.member_id)

    def use_guest(self) -> None:
        """Study without records: progress lives in a database in memory, gone when they leave."""
        self._close_guest()
        self.member, self.guest = None, True
        self.settings = load_settings(self.db)  # the kiosk's (a guest's choices become the kiosk's)
        self.progress = ProgressStore(open_database(None))
        self.member_id = self.progress.default_member_id()
        self.clock = StudyClock(self.progress.db, self.member_id)

    def _close_guest(self) -> None:
        if self.guest:
            self.progress.db.close()

    def readings_for(self, lesson) -> dict[str, tuple[str, ...]]:
        """The program's list with the lesson's own readings on top."""
        return {**self.readings, **lesson.readings}

    def update_settings(self, settings: Settings) -> None:
        """Save: a member's own choices as theirs; at home or for a guest, as the kiosk's."""
        self.settings = settings
        save_settings(self.db, settings, self.member.id if self.member is not None else None)


def setup_logging(data_dir: Path) -> None:
    """A rotating log in DATA/logs: the secretary's (and the technician's) technical detail."""
    folder = log_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    if any(getattr(h, "desktop_app_dir", None) == folder for h in root.handlers):
        return
    handler = logging.handlers.RotatingFileHandler(
        log_file(data_dir), maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.desktop_app_dir = folder  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def open_records(data_dir: Path):
    """The study database of a data folder, checked (a damaged one is replaced by its newest
    good backup: the notice says so), migrated and backed up for the day."""
    data_dir.mkdir(parents=True, exist_ok=True)
    setup_logging(data_dir)
    db_path = data_dir / DATABASE_NAME
    backup_dir = data_dir / BACKUP_DIR_NAME
    notice = recover_if_damaged(db_path, backup_dir)
    db = open_database(db_path, backup_dir)
    daily_backup(db_path, backup_dir)
    return db, notice


def create_context(data_dir: Path, lesson_paths: Iterable[Path] | None = None) -> AppContext:
    db, notice = open_records(data_dir)
    progress = ProgressStore(db)
    paths = list(lesson_paths) if lesson_paths is not None else [lessons_dir()]
    library = load_library(paths, cache_dir=data_dir / "cache")  # unchanged lessons come from the index
    readings, reading_problems = load_program_readings()
    library.problems.extend(reading_problems)
    for problem in library.problems:
        log.warning("Lesson problem: %s", problem)
    log.info(
        "Loaded %d courses and %d lessons from %s (%d files read, %d from the lesson index)",
        len(library.courses),
        len(library.lessons),
        lesson_paths or lessons_dir(),
        library.parsed_files,
        library.cached_files,
    )
    context = AppContext(data_dir, db, progress, progress.default_member_id(), library, load_settings(db), readings)
    if context.shared:
        context.use_guest()  # nobody has picked their name yet: record nothing until someone does
    if notice is not None:
        log.error("Records notice: %s", notice.message)
        context.notices.append(notice.message)
    return context


def load_program_readings() -> tuple[dict[str, tuple[str, ...]], list]:
    path = resources_dir() / "pronunciations.txt"
    return load_reading_file(path) if path.is_file() else ({}, [])
