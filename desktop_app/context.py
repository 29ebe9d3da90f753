"""Everything a running program holds: data folder, database, library, member, settings (no widgets)."""

from __future__ import annotations

import logging
import logging.handlers
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile

from .lessons import Library
from .lessons.readings import load_reading_file
from .paths import log_dir, log_file, resources_dir
from .settings import Settings, kiosk_part, load_settings, save_settings
from .storage import ProgressStore, open_database
from .storage.database import DATABASE_NAME, check_not_newer
from .storage.files import IncompleteFile, remove_partial_files
from .storage.members import Member, MemberStore
from .storage.photos import PHOTO_DIR_NAME
from .storage.problems import RecordsProblem, check_writable
from .storage.safety import (
    BACKUP_DIR_NAME,
    Notice,
    backup_failed_notice,
    clean_partial_backups,
    daily_backup,
    recover_if_damaged,
)
from .storage.study_time import StudyClock
from .storage.writes import writes_of

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger(__name__)
OPEN_LOCK_NAME = "open-records.qlock"  # Qt's lock file (the older "open-records.lock" was filelock's)
OPEN_LOCK_STALE_SECONDS = 300  # a lock file this old is stale even if unreadable (a crash as it was made)
OPEN_LOCK_WAIT_SECONDS = 60.0


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
    lesson_paths: list[Path] | None = None  # the folders given at start (None: imported and shipped)

    def __post_init__(self) -> None:
        if self.clock is None:
            self.clock = StudyClock(self.db, self.member_id)
        self.members = MemberStore(self.db)
        self._writes_notice: str | None = None
        writes_of(self.db).listeners.append(self._kept_writes_changed)

    def _kept_writes_changed(self, count: int) -> None:
        """The secretary sees when records wait in memory for another program's lock."""
        if self._writes_notice in self.notices:
            self.notices.remove(self._writes_notice)
        if count:
            self._writes_notice = (
                f"有 {count} 条学习记录暂时没能存进数据库：别的程序正占用着它（比如正在导入名单），或者磁盘满了。"
                "这些记录先留在内存里，等它用完会自动存好，请先不要关掉学习站。"
            )
        else:
            self._writes_notice = "刚才有学习记录等了一会儿才存进数据库，现在都已经存好了，没有丢。"
        self.notices.append(self._writes_notice)

    def flush_writes(self, wait: float | None = None) -> bool:
        """Write what waits for the lock; True when nothing is left waiting."""
        writes = writes_of(self.db)
        return writes.flush() if wait is None else writes.flush(wait)

    def backup_if_new_day(self) -> None:
        """The daily backup (a kiosk may run for weeks); a failure is a notice, never an error.
        Uses its own connection, so it may run in another thread."""
        try:
            daily_backup(self.data_dir / DATABASE_NAME, self.data_dir / BACKUP_DIR_NAME)
        except (OSError, sqlite3.Error, IncompleteFile):
            log.warning("The daily backup failed", exc_info=True)
            message = backup_failed_notice().message
            if message not in self.notices:
                self.notices.append(message)

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
        self.settings = load_settings(self.db)  # the kiosk's: what a new member starts with
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
        """Save: a member's own choices as theirs; at home, as the kiosk's. A guest's choices last
        until they leave: only the kiosk's own keys (set by the secretary) are saved."""
        self.settings = settings
        if self.guest:
            save_settings(self.db, kiosk_part(settings, load_settings(self.db)))
        else:
            save_settings(self.db, settings, self.member.id if self.member is not None else None)

    def update_defaults(self, defaults: Settings) -> None:
        """The secretary set the kiosk's settings (and defaults for new members): saved as the
        kiosk's; what is in force now is read again (a member's own choices stay theirs)."""
        save_settings(self.db, defaults)
        self.settings = load_settings(self.db, self.member.id if self.member is not None else None)


def setup_logging(data_dir: Path) -> None:
    """A rotating log in DATA/logs: the secretary's (and the technician's) technical detail."""
    folder = log_dir(data_dir)
    root = logging.getLogger()
    if any(getattr(h, "desktop_app_dir", None) == folder for h in root.handlers):
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            log_file(data_dir), maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:  # a read-only folder: the plain message says so; the detail goes to stderr
        logging.getLogger(__name__).warning("Cannot write the log in %s", folder, exc_info=True)
        return
    handler.desktop_app_dir = folder  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def open_records(
    data_dir: Path, wait_seconds: float = OPEN_LOCK_WAIT_SECONDS
) -> tuple[sqlite_utils.Database, list[str]]:
    """The study database of a data folder, checked (a damaged file, or one that is not ours, is
    replaced by its newest good backup: a notice says so), migrated and backed up for the day.

    Raises RecordsProblem (plain words) when the folder or the file cannot be written, or the
    database was made by a newer program; nothing is changed then."""
    db_path = data_dir / DATABASE_NAME
    check_writable(data_dir, [db_path, db_path.with_name(db_path.name + "-wal")])
    setup_logging(data_dir)
    check_not_newer(db_path)  # before anything at all is made in the folder
    # Two programs starting at once (the kiosk and an import) must not check, move aside or
    # create the file at the same moment: one after the other. Qt's lock file (cheap to load at
    # start; the process id inside tells a lock left by a killed program, which is taken over).
    lock = QLockFile(str(data_dir / OPEN_LOCK_NAME))
    lock.setStaleLockTime(int(OPEN_LOCK_STALE_SECONDS * 1000))
    if not lock.tryLock(int(wait_seconds * 1000)):
        if lock.error() == QLockFile.LockError.LockFailedError:
            log.error("Another program kept %s locked while opening the records", data_dir)
            raise RecordsProblem(
                "另一个学习站程序正在打开这份学习记录，一直没有打开完。请等一会儿再试；还不行就重新启动电脑。"
            )
        # The folder was found writable a moment ago: open without the lock rather than not at all.
        log.warning("Cannot make the lock file %s (%s)", lock.fileName(), lock.error())
    try:
        return _open_records(data_dir, db_path)
    finally:
        if lock.isLocked():
            lock.unlock()


def _open_records(data_dir: Path, db_path: Path) -> tuple[sqlite_utils.Database, list[str]]:
    check_not_newer(db_path)
    backup_dir = data_dir / BACKUP_DIR_NAME
    clean_partial_backups(backup_dir)
    remove_partial_files(data_dir / PHOTO_DIR_NAME)
    notices: list[Notice] = []
    recovered = recover_if_damaged(db_path, backup_dir)
    if recovered is not None:
        notices.append(recovered)
    db = open_database(db_path, backup_dir, notices)
    try:
        daily_backup(db_path, backup_dir)
    except (OSError, sqlite3.Error, IncompleteFile):
        log.warning("The daily backup failed", exc_info=True)
        notices.append(backup_failed_notice())
    for notice in notices:
        log.error("Records notice: %s", notice.message)
    return db, [notice.message for notice in notices]


def create_context(data_dir: Path, lesson_paths: Iterable[Path] | None = None) -> AppContext:
    db, notices = open_records(data_dir)
    progress = ProgressStore(db)
    from .packs.reload import read_library  # the packs import the context's helpers: not at import time

    lesson_paths = list(lesson_paths) if lesson_paths is not None else None
    library = read_library(data_dir, lesson_paths)  # None: the imported lessons, then the shipped ones
    readings, _ = load_program_readings()
    context = AppContext(data_dir, db, progress, progress.default_member_id(), library, load_settings(db), readings)
    context.lesson_paths = lesson_paths
    if context.shared:
        context.use_guest()  # nobody has picked their name yet: record nothing until someone does
    context.notices.extend(notices)
    return context


def load_program_readings() -> tuple[dict[str, tuple[str, ...]], list]:
    path = resources_dir() / "pronunciations.txt"
    return load_reading_file(path) if path.is_file() else ({}, [])
