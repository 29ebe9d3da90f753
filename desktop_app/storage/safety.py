"""Keeping the study records safe: integrity check at start-up, rolling backups, recovery.

A corrupted database is moved aside (never deleted) and the newest good backup put in its place;
what happened is returned as a plain Chinese notice for the secretary. Nothing here uses Qt.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

log = logging.getLogger(__name__)

KEEP_BACKUPS = 7
BACKUP_DIR_NAME = "backups"


@dataclass(frozen=True)
class Notice:
    """Something the secretary must be told about the records, in plain words."""

    message: str


def integrity_ok(path: Path) -> bool:
    """True when the file is a readable SQLite database that passes SQLite's integrity check."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
        try:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        log.error("Integrity check of %s failed: %s", path, error)
        return False
    return rows == [("ok",)]


def copy_database(source_path: Path, target: Path) -> None:
    """Copy with SQLite's backup API (safe while the source is in use), written whole or not at all."""
    partial = target.with_name(target.name + ".part")
    source = sqlite3.connect(str(source_path), timeout=10)
    try:
        copy = sqlite3.connect(str(partial))
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    partial.replace(target)


def backup(path: Path, backup_dir: Path, reason: str) -> Path:
    """A backup of the database in backup_dir; the last KEEP_BACKUPS are kept."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir / f"study-{stamp}-{reason}.db"
    copy_database(path, target)
    prune(backup_dir)
    log.info("Backed up the database to %s", target)
    return target


def backups(backup_dir: Path) -> list[Path]:
    """Backups, newest first."""
    return sorted(backup_dir.glob("study-*.db"), key=lambda p: p.name, reverse=True) if backup_dir.is_dir() else []


def prune(backup_dir: Path) -> None:
    for old in backups(backup_dir)[KEEP_BACKUPS:]:
        old.unlink(missing_ok=True)


def daily_backup(path: Path, backup_dir: Path) -> Path | None:
    """A backup unless one was made today."""
    today = datetime.now().strftime("%Y%m%d")
    if any(p.name.startswith(f"study-{today}") for p in backups(backup_dir)):
        return None
    return backup(path, backup_dir, "daily")


def _when(backup_path: Path) -> str:
    try:
        stamp = datetime.strptime(backup_path.name[6:21], "%Y%m%d-%H%M%S")
    except ValueError:
        return backup_path.name
    return f"{stamp.year}年{stamp.month}月{stamp.day}日 {stamp.hour:02d}:{stamp.minute:02d}"


def recover_if_damaged(path: Path, backup_dir: Path) -> Notice | None:
    """Check the database; if it is damaged, move it aside and restore the newest good backup."""
    if not path.exists() or integrity_ok(path):
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    path.replace(aside)
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            extra.replace(aside.with_name(aside.name + suffix))
    log.error("The database %s was damaged; moved to %s", path, aside)
    for candidate in backups(backup_dir):
        if integrity_ok(candidate):
            copy_database(candidate, path)
            log.warning("Restored the database from %s", candidate)
            return Notice(
                f"学习记录的数据库文件坏了，已经用 {_when(candidate)} 的备份恢复，这之后的学习记录没有了。"
                f"坏的文件没有删除，保存在 {aside}，可以交给技术人员查看。"
            )
    log.error("No good backup to restore from")
    return Notice(
        f"学习记录的数据库文件坏了，也没有能用的备份，学习记录只能从空白开始。"
        f"坏的文件没有删除，保存在 {aside}，可以交给技术人员查看。"
    )
