"""Keeping the study records safe: checks at start-up, rolling backups, recovery.

A damaged database, or a file that is not ours (empty, or another program's SQLite file), is moved
aside (never deleted) and the newest good backup put in its place; what happened is returned as a
plain Chinese notice for the secretary. Nothing here uses Qt.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .files import PARTIAL_SUFFIX, IncompleteFile, remove_partial_files

log = logging.getLogger(__name__)

KEEP_BACKUPS = 7
BACKUP_DIR_NAME = "backups"
APPLICATION_ID = 0x53545359  # "STSY": PRAGMA application_id of a Study Station database
MIGRATION_SET = "desktop_app"


@dataclass(frozen=True)
class Notice:
    """Something the secretary must be told about the records, in plain words."""

    message: str


def read_only_uri(path: Path, immutable: bool = False) -> str:
    """A SQLite URI opening path read-only, whatever characters the folder names hold
    (%, #, ?, spaces, Chinese): the path is percent-encoded, never pasted in raw."""
    return Path(path).absolute().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")


def connect_read_only(path: Path, immutable: bool = False) -> sqlite3.Connection:
    return sqlite3.connect(read_only_uri(path, immutable), uri=True, timeout=10)


def integrity_ok(path: Path) -> bool:
    """True when the file is a readable SQLite database that passes SQLite's integrity check."""
    try:
        connection = connect_read_only(path)
        try:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        log.error("Integrity check of %s failed: %s", path, error)
        return False
    return rows == [("ok",)]


def is_ours(path: Path) -> bool:
    """A Study Station database: our application id, or (made before the id was set) our
    migrations table. An empty file or another program's database is not."""
    try:
        if Path(path).stat().st_size == 0:
            return False
        connection = connect_read_only(path)
        try:
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            if application_id == APPLICATION_ID:
                return True
            if application_id != 0:
                return False
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "_sqlite_migrations" not in tables or "members" not in tables:
                return False
            return (
                connection.execute(
                    "SELECT count(*) FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
                ).fetchone()[0]
                > 0
            )
        finally:
            connection.close()
    except (OSError, sqlite3.DatabaseError) as error:
        log.error("Cannot tell whether %s is a Study Station database: %s", path, error)
        return False


def good_database(path: Path) -> bool:
    return integrity_ok(path) and is_ours(path)


def check_database_copy(path: Path) -> None:
    """Raise IncompleteFile unless the copy is whole (for backups before they take their name)."""
    if not integrity_ok(path):
        raise IncompleteFile(f"{path} does not pass the integrity check")


def copy_database(source_path: Path, target: Path) -> None:
    """Copy with SQLite's backup API (safe while the source is in use), checked, written whole or
    not at all (a full disk leaves no backup, and no half one)."""
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
    try:
        source = sqlite3.connect(str(source_path), timeout=10)
        try:
            copy = sqlite3.connect(str(partial))
            try:
                source.backup(copy)
                copy.execute("PRAGMA journal_mode=DELETE")  # one file, no -wal or -shm beside it
            finally:
                copy.close()
        finally:
            source.close()
        check_database_copy(partial)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)


def backup(path: Path, backup_dir: Path, reason: str) -> Path:
    """A backup of the database in backup_dir; the last KEEP_BACKUPS are kept (and always the
    newest good one). Raises OSError, sqlite3.Error or IncompleteFile when it cannot be made."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir / f"study-{stamp}-{reason}.db"
    copy_database(path, target)
    prune(backup_dir)
    log.info("Backed up the database to %s", target)
    return target


def backup_failed_notice() -> Notice:
    return Notice(
        "今天的学习记录没能备份：磁盘可能满了，或者备份文件夹不能写入。学习照常进行，记录照常保存；"
        "请找技术人员腾出磁盘空间，下次启动会再备份。"
    )


def try_backup(path: Path, backup_dir: Path, reason: str) -> tuple[Path | None, Notice | None]:
    """A backup, or (when it cannot be made) a notice for the secretary: never an error."""
    try:
        return backup(path, backup_dir, reason), None
    except (OSError, sqlite3.Error, IncompleteFile):
        log.warning("The %s backup of %s failed", reason, path, exc_info=True)
        return None, backup_failed_notice()


def backups(backup_dir: Path) -> list[Path]:
    """Backups, newest first."""
    try:
        found = list(backup_dir.glob("study-*.db")) if backup_dir.is_dir() else []
    except OSError:
        return []
    return sorted(found, key=lambda p: p.name, reverse=True)


def prune(backup_dir: Path) -> None:
    """Keep the newest KEEP_BACKUPS, and the newest backup that passes the check even if older."""
    every = backups(backup_dir)
    kept, older = every[:KEEP_BACKUPS], every[KEEP_BACKUPS:]
    if not older:
        return
    if not any(good_database(candidate) for candidate in kept):
        for index, candidate in enumerate(older):
            if good_database(candidate):
                older.pop(index)
                break
    for old in older:
        old.unlink(missing_ok=True)


def daily_backup(path: Path, backup_dir: Path) -> Path | None:
    """A backup unless one was made today."""
    today = datetime.now().strftime("%Y%m%d")
    if any(p.name.startswith(f"study-{today}") for p in backups(backup_dir)):
        return None
    return backup(path, backup_dir, "daily")


def clean_partial_backups(backup_dir: Path) -> None:
    """Backups interrupted by a kill or a power cut leave `.part` files: removed at start."""
    remove_partial_files(backup_dir)


def _when(backup_path: Path) -> str:
    try:
        stamp = datetime.strptime(backup_path.name[6:21], "%Y%m%d-%H%M%S")
    except ValueError:
        return backup_path.name
    return f"{stamp.year}年{stamp.month}月{stamp.day}日 {stamp.hour:02d}:{stamp.minute:02d}"


def _move_aside(path: Path, label: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.{label}-{stamp}")
    path.replace(aside)
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            extra.replace(aside.with_name(aside.name + suffix))
    return aside


def recover_if_damaged(path: Path, backup_dir: Path) -> Notice | None:
    """Check the database; if it is damaged or not ours, move it aside and restore the newest
    good backup."""
    if not path.exists():
        return None
    if integrity_ok(path):
        if is_ours(path):
            return None
        what = "不是学习站的学习记录（是空文件，或者是别的软件的文件）"
        label = "not-ours"
    else:
        what = "坏了"
        label = "damaged"
    aside = _move_aside(path, label)
    log.error("The database %s %s; moved to %s", path, "was damaged" if label == "damaged" else "is not ours", aside)
    for candidate in backups(backup_dir):
        if good_database(candidate):
            copy_database(candidate, path)
            log.warning("Restored the database from %s", candidate)
            return Notice(
                f"学习记录的数据库文件{what}，已经用 {_when(candidate)} 的备份恢复，这之后的学习记录没有了。"
                f"原来的文件没有删除，保存在 {aside}，可以交给技术人员查看。"
            )
    log.error("No good backup to restore from")
    return Notice(
        f"学习记录的数据库文件{what}，也没有能用的备份，学习记录只能从空白开始。"
        f"原来的文件没有删除，保存在 {aside}，可以交给技术人员查看。"
    )
