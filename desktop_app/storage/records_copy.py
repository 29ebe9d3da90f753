"""Copies of the records on a USB stick, and a restore from one (issue 11). No Qt at all.

copy_to() puts a checked copy of the study database (and the members' photos beside it) into the
folder 学习站备份 on the stick, whole or not at all, flushed so that the stick may be pulled out.
describe() says what a copy holds, reading it only; a file that cannot be used is refused with a
plain Chinese message (a CopyProblem). A restore is two steps so that the slow part (reading the
stick, migrating an older copy) can run in a thread of its own and the one change of the live
records is a single SQLite transaction on the connection the program holds open:

- prepare_restore(copy, data_dir): describe, copy into DATA/backups, migrate, check (any thread);
- finish_restore(prepared, db, data_dir): on the thread of db: kept writes flushed, the current
  records kept aside, the prepared records put into the live connection with SQLite's backup API
  (one write transaction: a failure or a kill leaves the records as they were), checked, photos
  added back.

restore_from() does both. Every failure leaves the current records as they were and says so.
"""

from __future__ import annotations

import json
import logging
import re
import shutil
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from .database import DATABASE_NAME, check_not_newer, open_database
from .files import PARTIAL_SUFFIX, IncompleteFile, flush_to_disk, free_space, replacing
from .problems import NewerDatabase
from .safety import BACKUP_DIR_NAME, connect_read_only, copy_database, good_database, integrity_ok, is_ours
from .writes import DEFAULT_BUSY_MS, writes_of

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger(__name__)

STICK_FOLDER_NAME = "学习站备份"  # on the stick: where the copies go
COPY_PREFIX = "学习记录-"
PHOTOS_SUFFIX = "-照片"  # the photos of 学习记录-….db are in the folder 学习记录-…-照片 beside it
PHOTO_DIR_NAME = "photos"  # as storage/photos.py (which needs QtGui to import): a test checks they agree
PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png")
ROOM_MARGIN = 1024 * 1024  # the stick's own bookkeeping (FAT clusters, folder entries)
LAST_COPY_FILE = "last-stick-copy.json"  # in DATA, outside the records: a restore does not change it
BEFORE_RESTORE = "before-restore"
STAGING_PREFIX = "restore-"
LOCK_WAIT_SECONDS = 10.0  # the records locked by another program (an import): waited for this long
SQLITE_BUSY, SQLITE_LOCKED = 5, 6
SQLITE_HEADER = b"SQLite format 3\x00"
_NAME = re.compile(r"^学习记录-(\d{4})年(\d{2})月(\d{2})日-(\d{2})(\d{2})(?:-(\d{1,4}))?\.db$", re.ASCII)


# -- what can go wrong, in plain words -------------------------------------------------------------
class CopyProblem(Exception):
    """A copy or a restore that was not made; message says plainly what to do. The records are
    as they were."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class NotEnoughRoom(CopyProblem):
    def __init__(self, needed: int, free: int):
        super().__init__(
            f"U盘上的地方不够：备份要 {size_text(needed)}，U盘只剩 {size_text(free)}。"
            "请删掉U盘上不要的文件，或者换一个U盘再试。"
        )
        self.needed, self.free = needed, free


class CopyFailed(CopyProblem):
    pass


class NotADatabase(CopyProblem):
    pass


class DamagedCopy(CopyProblem):
    pass


class NotOurCopy(CopyProblem):
    pass


class NewerCopy(CopyProblem):
    pass


class RecordsInUse(CopyProblem):
    pass


class RestoreFailed(CopyProblem):
    pass


def size_text(count: int) -> str:
    if count >= 1024**3:
        return f"{count / 1024**3:.1f} GB"
    if count >= 1024**2:
        return f"{count / 1024**2:.1f} MB"
    return f"{max(count, 0) // 1024 + 1} KB"


def _unreadable(path: Path) -> CopyFailed:
    return CopyFailed(f"读不出“{path.name}”：U盘可能被拔掉了。请插好U盘再试。学习站里的记录没有改动。")


def _not_a_database(path: Path) -> NotADatabase:
    return NotADatabase(
        f"“{path.name}”不是学习站的备份，不能用来恢复。请选U盘上“{STICK_FOLDER_NAME}”文件夹里的备份。"
        "学习站里的记录没有改动。"
    )


def _damaged(path: Path) -> DamagedCopy:
    return DamagedCopy(
        f"“{path.name}”这份备份坏了，不能用来恢复（可能拷的时候U盘被拔掉了）。请换一份备份再试。"
        "学习站里的记录没有改动。"
    )


def _not_ours(path: Path) -> NotOurCopy:
    return NotOurCopy(
        f"“{path.name}”是别的软件的文件，不是学习站的备份，不能用来恢复。请换一个文件。学习站里的记录没有改动。"
    )


def _newer(path: Path) -> NewerCopy:
    return NewerCopy(
        f"“{path.name}”是新版本的学习站做的，这个学习站看不懂，没有恢复。请先把学习站升级再恢复。"
        "学习站里的记录没有改动。"
    )


def _copy_failed() -> CopyFailed:
    return CopyFailed(
        "没能存到U盘上：U盘可能满了或者被拔掉了。U盘上没有留下不完整的备份。请插好U盘再试，或者换一个U盘。"
    )


def _in_use() -> RecordsInUse:
    return RecordsInUse(
        "学习记录正被别的程序用着（比如正在导入名单），现在不能恢复。请等一会儿再试。学习站里的记录没有改动。"
    )


def _restore_failed() -> RestoreFailed:
    return RestoreFailed(
        "恢复没有成功，学习站里的记录没有改动。电脑的磁盘可能满了。请换一份备份再试，还不行就找技术人员。"
    )


# -- names on the stick --------------------------------------------------------------------------
def copy_name(moment: datetime, number: int = 1) -> str:
    """学习记录-2026年12月02日-1930.db (a second one in the same minute: …-1930-2.db). Written out
    field by field: strftime with Chinese in the format fails on some Windows versions."""
    extra = f"-{number}" if number > 1 else ""
    return (
        f"{COPY_PREFIX}{moment.year:04d}年{moment.month:02d}月{moment.day:02d}日-"
        f"{moment.hour:02d}{moment.minute:02d}{extra}.db"
    )


def made_at(name: str) -> datetime | None:
    """When a copy was made, from its file name; None for a name that is not one of ours."""
    found = _NAME.match(name)
    if found is None:
        return None
    year, month, day, hour, minute = (int(part) for part in found.groups()[:5])
    try:
        return datetime(year, month, day, hour, minute)
    except ValueError:
        return None


def photos_folder(copy: Path) -> Path:
    return copy.with_name(copy.stem + PHOTOS_SUFFIX)


def _free_name(folder: Path, moment: datetime) -> Path:
    for number in range(1, 1000):
        target = folder / copy_name(moment, number)
        if not target.exists() and not photos_folder(target).exists():
            return target
    raise FileExistsError(f"too many copies of {moment} in {folder}")


# -- the copy ----------------------------------------------------------------------------------
def _records_of(source: Path) -> tuple[Path, Path]:
    """(database, data folder) from either."""
    source = Path(source)
    if source.is_dir():
        return source / DATABASE_NAME, source
    return source, source.parent


def _photo_files(folder: Path) -> list[Path]:
    try:
        return sorted(
            path
            for path in folder.iterdir()
            if path.is_file()
            and not path.name.startswith(".")
            and path.suffix.lower() in PHOTO_SUFFIXES
            and not path.name.endswith(PARTIAL_SUFFIX)
        )
    except OSError:
        return []


def _partial(path: Path) -> Path:
    return path.with_name(path.name + PARTIAL_SUFFIX)


def _copy_read_only(source: Path, target: Path) -> None:
    """As copy_database, but the source opened read-only: a copy on a stick is never changed (not
    even a journal rolled back)."""
    partial = _partial(target)
    try:
        connection = connect_read_only(source)
        try:
            copy = sqlite3.connect(str(partial))
            try:
                connection.backup(copy)
                copy.execute("PRAGMA journal_mode=DELETE")
            finally:
                copy.close()
        finally:
            connection.close()
        if not integrity_ok(partial):
            raise IncompleteFile(f"{partial} does not pass the integrity check")
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)


def needed_room(source: Path) -> int:
    db_path, data_dir = _records_of(source)
    sizes = [db_path, db_path.with_name(db_path.name + "-wal"), *_photo_files(data_dir / PHOTO_DIR_NAME)]
    return sum(path.stat().st_size for path in sizes if path.exists()) + ROOM_MARGIN


def copy_to(source: Path, stick: Path, now: Callable[[], datetime] = datetime.now) -> Path:
    """Copy the records (a data folder or its study.db) to the stick; return the copy's path.

    Into stick/学习站备份: the database, checked, as 学习记录-<date>-<time>.db, and the photos in a
    folder of the same name beside it. Nothing half-made is left: the photos are written to a
    `.part` folder first, the database by copy_database (whole or not at all), and on a failure
    what was made is removed. Everything is flushed before returning: the stick may be pulled out.
    Uses its own connections (any thread); write what waits in memory first (flush_writes).
    Raises NotEnoughRoom before writing anything when the stick is too full, CopyFailed when the
    stick refuses (full after all, taken out)."""
    db_path, data_dir = _records_of(source)
    if not db_path.is_file():
        raise CopyFailed("还没有学习记录，没有什么可以备份的。")
    stick = Path(stick)
    free = free_space(stick)
    if free is None:
        log.error("Cannot tell the room left on %s", stick)
        raise _unreadable(stick)
    needed = needed_room(db_path)
    if free < needed:
        log.warning("Not enough room on %s for the records: %d bytes needed, %d free", stick, needed, free)
        raise NotEnoughRoom(needed, free)
    photos = _photo_files(data_dir / PHOTO_DIR_NAME)
    folder = stick / STICK_FOLDER_NAME
    target: Path | None = None
    made: list[Path] = []
    try:
        folder.mkdir(exist_ok=True)
        for leftover in folder.glob(f"*{PHOTOS_SUFFIX}{PARTIAL_SUFFIX}"):  # a copy interrupted before
            shutil.rmtree(leftover, ignore_errors=True)
        target = _free_name(folder, now())
        if photos:
            partial = _partial(photos_folder(target))
            partial.mkdir()
            for photo in photos:
                shutil.copyfile(photo, partial / photo.name)
            flush_to_disk(partial / photo.name for photo in photos)
            partial.replace(photos_folder(target))
            made = [photos_folder(target) / photo.name for photo in photos]
        copy_database(db_path, target)
        flush_to_disk([target, *made])
    except (OSError, sqlite3.Error, IncompleteFile) as error:
        log.error("Copying the records %s to %s failed: %s", db_path, stick, error)
        if target is not None:
            target.unlink(missing_ok=True)
            for leftover in (photos_folder(target), _partial(photos_folder(target))):
                shutil.rmtree(leftover, ignore_errors=True)
        raise _copy_failed() from error
    log.info("Copied the records to %s (%d photos)", target, len(photos))
    _record_copy(data_dir, target, stick.name)
    return target


@dataclass(frozen=True)
class LastCopy:
    made_at: datetime  # local time
    path: str
    stick: str  # the stick's folder name


def _record_copy(data_dir: Path, copy: Path, stick: str) -> None:
    """Remember the copy (in a file in DATA: a restore of the records does not change it); a
    failure is logged, the copy is made all the same."""
    content = {"made_at": datetime.now().isoformat(timespec="seconds"), "path": str(copy), "stick": stick}
    try:
        with replacing(data_dir / LAST_COPY_FILE) as temp:
            temp.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    except OSError:
        log.warning("Cannot note the copy to the stick in %s", data_dir, exc_info=True)


def last_copy(data_dir: Path) -> LastCopy | None:
    """The last copy made to a stick from this computer, None when none was (or the note is unreadable)."""
    try:
        content = json.loads((Path(data_dir) / LAST_COPY_FILE).read_text(encoding="utf-8"))
        return LastCopy(datetime.fromisoformat(content["made_at"]), str(content["path"]), str(content["stick"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        log.warning("The note of the last copy to a stick cannot be read", exc_info=True)
        return None


# -- what a copy holds -------------------------------------------------------------------------
@dataclass(frozen=True)
class Description:
    path: Path
    made_at: datetime | None  # local time: from the file name, else when the file was last written
    members: int  # on the list (not the home member, not those who left)
    last_study: date | None  # the last day somebody studied, local time
    photos: int  # photos in the folder beside the copy


def _count_members(connection: sqlite3.Connection, columns: set[str]) -> int:
    if "home" in columns:
        left = "AND left_at IS NULL" if "left_at" in columns else ""
        return connection.execute(f"SELECT count(*) FROM members WHERE home = 0 {left}").fetchone()[0]
    # before the home member was marked (0004): the first member, named 我, is the home member
    return connection.execute(
        "SELECT count(*) FROM members WHERE NOT (name = '我' AND id = (SELECT min(id) FROM members))"
    ).fetchone()[0]


def _last_study(connection: sqlite3.Connection, tables: set[str]) -> date | None:
    moments = []
    queries = [("progress", "SELECT max(updated_at) FROM progress")]
    if "sessions" in tables:
        queries.append(("sessions", "SELECT max(ended_at) FROM sessions"))
    if "quiz_answers" in tables:
        queries.append(("quiz_answers", "SELECT max(answered_at) FROM quiz_answers"))
    for table, query in queries:
        if table not in tables:
            continue
        value = connection.execute(query).fetchone()[0]
        try:
            moment = datetime.fromisoformat(str(value)) if value else None
        except ValueError:
            log.warning("A date in %s cannot be read: %r", table, value)
            continue
        if moment is not None:
            moments.append(moment.astimezone() if moment.tzinfo else moment)
    return max(moments).date() if moments else None


def describe(path: Path) -> Description:
    """What the copy holds, read without changing it (not even a -journal beside it). Raises
    NotADatabase, DamagedCopy, NotOurCopy or NewerCopy (plain words) for a file that cannot be
    restored; CopyFailed when it cannot be read at all."""
    path = Path(path)
    try:
        with open(path, "rb") as file:
            head = file.read(len(SQLITE_HEADER))
        stat = path.stat()
    except OSError as error:
        log.error("Cannot read the copy %s: %s", path, error)
        raise _unreadable(path) from error
    if head != SQLITE_HEADER:
        log.warning("%s is not an SQLite database", path)
        raise _not_a_database(path)
    if not integrity_ok(path):
        raise _damaged(path)
    if not is_ours(path):
        log.warning("%s is another program's database", path)
        raise _not_ours(path)
    try:
        check_not_newer(path)
    except NewerDatabase as error:
        log.warning("%s was made by a newer program: %s", path, error.message)
        raise _newer(path) from error
    try:
        immutable = not path.with_name(path.name + "-wal").exists()
        connection = connect_read_only(path, immutable=immutable)
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            columns = {row[1] for row in connection.execute("PRAGMA table_info(members)")}
            members = _count_members(connection, columns)
            last_study = _last_study(connection, tables)
        finally:
            connection.close()
    except sqlite3.Error as error:
        log.error("Cannot read what the copy %s holds: %s", path, error)
        raise _damaged(path) from error
    when = made_at(path.name) or datetime.fromtimestamp(stat.st_mtime)
    return Description(path, when, members, last_study, len(_photo_files(photos_folder(path))))


# -- the restore -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Prepared:
    """A copy made ready to take the place of the records: read from the stick, migrated, checked."""

    description: Description
    staged: Path  # in DATA/backups, removed when the restore is finished or given up
    photos: Path | None  # the copy's photos, copied next to it


@dataclass(frozen=True)
class Restored:
    description: Description
    kept_aside: Path  # the records as they were before the restore
    photos_added: int
    photos_kept_aside: Path | None  # current photos the copy's replaced (their names were the same)


def _clean_staging(backup_dir: Path) -> None:
    """What a restore interrupted by a kill or a power cut left in DATA/backups."""
    try:
        leftovers = list(backup_dir.glob(f"{STAGING_PREFIX}*")) if backup_dir.is_dir() else []
    except OSError:
        return
    for leftover in leftovers:
        if leftover.is_dir():
            shutil.rmtree(leftover, ignore_errors=True)
        else:
            leftover.unlink(missing_ok=True)


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def prepare_restore(copy: Path, data_dir: Path) -> Prepared:
    """Describe the copy (refused when it cannot be restored), then copy it into DATA/backups and
    bring it up to date with the migrations there, checked: the stick may be pulled out after
    this. The records are not touched; uses its own connections (any thread)."""
    copy, data_dir = Path(copy), Path(data_dir)
    description = describe(copy)
    backup_dir = data_dir / BACKUP_DIR_NAME
    staged = backup_dir / f"{STAGING_PREFIX}{_stamp()}{PARTIAL_SUFFIX}"
    photos = staged.with_name(staged.name.removesuffix(PARTIAL_SUFFIX) + "-photos")
    try:
        backup_dir.mkdir(parents=True, exist_ok=True)
        _clean_staging(backup_dir)
        _copy_read_only(copy, staged)
        db = open_database(staged)  # an older copy is migrated here, never in the records
        try:
            db.execute("PRAGMA journal_mode=DELETE")  # one file again
        finally:
            db.close()
        if not good_database(staged):
            raise IncompleteFile(f"{staged} is not whole after the migrations")
        copy_photos = _photo_files(photos_folder(copy))
        if copy_photos:
            photos.mkdir()
            for photo in copy_photos:
                shutil.copyfile(photo, photos / photo.name)
    except NewerDatabase as error:  # describe said it was not: changed on the stick meanwhile
        _discard(staged, photos)
        raise _newer(copy) from error
    except (OSError, sqlite3.Error, IncompleteFile) as error:
        log.error("Preparing the restore from %s failed", copy, exc_info=True)
        _discard(staged, photos)
        raise _restore_failed() from error
    log.info("Prepared the restore from %s in %s", copy, staged)
    return Prepared(description, staged, photos if photos.is_dir() else None)


def _discard(staged: Path, photos: Path | None) -> None:
    for path in (staged, staged.with_name(staged.name + "-wal"), staged.with_name(staged.name + "-shm")):
        path.unlink(missing_ok=True)
    if photos is not None:
        shutil.rmtree(photos, ignore_errors=True)


def discard(prepared: Prepared) -> None:
    """The secretary said 不恢复: what was prepared is removed."""
    _discard(prepared.staged, prepared.photos)


class _GaveUp(Exception):
    pass


def _bounded(seconds: float):
    """A backup progress callback that gives up when the records stay locked for seconds."""
    deadline = time.monotonic() + seconds

    def progress(status: int, remaining: int, total: int) -> None:
        if status in (SQLITE_BUSY, SQLITE_LOCKED) and time.monotonic() > deadline:
            raise _GaveUp()

    return progress


def _put_in_place(source_path: Path, db: sqlite_utils.Database, wait: float) -> None:
    """The whole content of source_path into the live connection: SQLite's backup API in one step,
    one write transaction on the records (the old content stays whole until it commits)."""
    if db.conn.in_transaction:
        raise sqlite3.OperationalError("the records are inside a transaction")
    source = connect_read_only(source_path)
    db.conn.execute(f"PRAGMA busy_timeout = {int(wait * 1000)}")  # the lock is waited for this long, no longer
    try:
        source.backup(db.conn, pages=-1, progress=_bounded(wait), sleep=0.05)
    finally:
        db.conn.execute(f"PRAGMA busy_timeout = {DEFAULT_BUSY_MS}")
        source.close()


def _check_restored(db: sqlite_utils.Database, description: Description) -> None:
    """Raise IncompleteFile unless the records now are the copy's."""
    if db.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
        raise IncompleteFile("the restored records do not pass the integrity check")
    columns = {row[1] for row in db.execute("PRAGMA table_info(members)")}
    if _count_members(db.conn, columns) != description.members:
        raise IncompleteFile("the restored records do not hold the copy's members")


def finish_restore(
    prepared: Prepared, db: sqlite_utils.Database, data_dir: Path, wait: float = LOCK_WAIT_SECONDS
) -> Restored:
    """Put the prepared copy in place of the live records (db, the program's open connection; on its thread).

    The current records are kept aside first as a checked copy, DATA/backups/before-restore-<time>.db.
    A copy, not a move (as recover_if_damaged moves a damaged file): the file is open, by this
    program and maybe by another (an import); a moved file would go on being written by them, and
    Windows does not move an open file at all. Its name is outside the rolling backups (study-*.db),
    so it is never pruned; it ends in .db and can itself be restored.

    Kept writes are written first; when they cannot be (another program holds the lock), or the
    lock stays taken, RecordsInUse and nothing is changed. The content is put in place in one
    transaction; if the check after it fails, the records kept aside are put back. Photos of the
    copy are added to DATA/photos; a current photo of the same name and other content is kept
    aside, never deleted. The prepared files are removed in the end, whatever happens."""
    data_dir = Path(data_dir)
    backup_dir = data_dir / BACKUP_DIR_NAME
    try:
        writes = writes_of(db)
        if not writes.flush(wait):
            log.warning("A restore was refused: kept writes still wait for the lock")
            raise _in_use()
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = backup_dir / f"{BEFORE_RESTORE}-{stamp}.db"
        number = 1
        while aside.exists():
            number += 1
            aside = backup_dir / f"{BEFORE_RESTORE}-{stamp}-{number}.db"
        try:
            backup_dir.mkdir(parents=True, exist_ok=True)
            copy_database(data_dir / DATABASE_NAME, aside)
        except (OSError, sqlite3.Error, IncompleteFile) as error:
            log.error("The records could not be kept aside before a restore", exc_info=True)
            raise _restore_failed() from error
        try:
            _put_in_place(prepared.staged, db, wait)
        except _GaveUp as error:
            log.warning("A restore was refused: the records stayed locked for %.0f s", wait)
            raise _in_use() from error
        except sqlite3.Error as error:
            log.error("Putting %s in place of the records failed", prepared.staged, exc_info=True)
            raise _restore_failed() from error
        try:
            _check_restored(db, prepared.description)
            db.execute("PRAGMA journal_mode=WAL")
        except (sqlite3.Error, IncompleteFile) as error:
            log.error("The restored records failed their check; putting back %s", aside, exc_info=True)
            try:
                _put_in_place(aside, db, wait)
            except sqlite3.Error:
                log.critical("The records kept aside in %s could not be put back", aside, exc_info=True)
            raise _restore_failed() from error
        writes.overlay.clear()
        log.warning(
            "Restored the records from %s (made %s); the records before are kept in %s",
            prepared.description.path,
            prepared.description.made_at,
            aside,
        )
        added, photos_aside = _add_photos(prepared.photos, data_dir / PHOTO_DIR_NAME, backup_dir, stamp)
        return Restored(prepared.description, aside, added, photos_aside)
    finally:
        discard(prepared)


def _add_photos(staged: Path | None, photos_dir: Path, backup_dir: Path, stamp: str) -> tuple[int, Path | None]:
    """The copy's photos into DATA/photos (moves on the same disk). A current photo of the same
    name and other content goes to DATA/backups/before-restore-<time>-photos. A photo that cannot
    be moved is logged: the records are restored all the same."""
    if staged is None:
        return 0, None
    aside = backup_dir / f"{BEFORE_RESTORE}-{stamp}-photos"
    added = 0
    try:
        photos_dir.mkdir(parents=True, exist_ok=True)
        for photo in _photo_files(staged):
            current = photos_dir / photo.name
            if current.exists():
                if current.read_bytes() == photo.read_bytes():
                    continue
                aside.mkdir(exist_ok=True)
                current.replace(aside / photo.name)
            photo.replace(current)
            added += 1
    except OSError:
        log.error("Not every photo of the copy could be put back in %s", photos_dir, exc_info=True)
    return added, aside if aside.is_dir() else None


def restore_from(copy: Path, db: sqlite_utils.Database, data_dir: Path, wait: float = LOCK_WAIT_SECONDS) -> Restored:
    """prepare_restore then finish_restore, in one go (on the thread of db)."""
    return finish_restore(prepare_restore(copy, data_dir), db, data_dir, wait)
