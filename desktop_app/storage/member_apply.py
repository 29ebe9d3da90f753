"""Registering or updating the members of an imported list (no widgets; photos use QtGui's
QImage). The secretary's screen and `desktop-app members import` both call apply_member_list.

- One import at a time per data folder (an OS file lock, gone with a killed process): a second
  one waits a little, then says plainly that another import is running.
- A backup is made before every import.
- Members are written in batches, each its own short transaction, with a pause between them,
  so that a member studying on the kiosk meanwhile has every page turn saved at once. Member
  numbers (and names in a branch) are looked up in memory, read once: 100,000 rows take seconds.
- The list was checked before (read_member_list): a list with any problem imports nobody. A
  power cut in the middle leaves the first batches in; importing the list again completes it
  (rows are matched by number, else by name and branch), and the backup is there.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from filelock import FileLock, Timeout

from ..i18n import QT_TRANSLATE_NOOP, translate
from ..text.names import name_keys
from .database import DATABASE_NAME
from .member_import import ImportResult, MemberRow
from .members import MemberStore, _now
from .problems import RecordsProblem
from .safety import BACKUP_DIR_NAME, try_backup
from .writes import RecordsBusy, write

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger(__name__)

BATCH_ROWS = 5000
BATCH_SECONDS = 0.08  # a batch holds the lock at most this long (then it commits)...
BATCH_GAP_SECONDS = 0.06  # ...and lets it go this long: longer than a waiting writer sleeps by then
BATCH_WAIT_SECONDS = 30.0  # a batch waits this long for the lock (members' writes are short)
LOCK_WAIT_SECONDS = 10.0  # a second import waits this long for the first to end
LOCK_NAME = "member-import.lock"


class ImportRunning(RecordsProblem):
    pass


@contextmanager
def import_lock(data_dir: Path, wait: float = LOCK_WAIT_SECONDS):
    lock = FileLock(str(data_dir / LOCK_NAME))
    try:
        lock.acquire(timeout=wait)
    except Timeout as error:
        raise ImportRunning(
            translate(
                "MemberImport",
                QT_TRANSLATE_NOOP(
                    "MemberImport",
                    "Another member list is being imported (on this computer, or on another one with the same data folder). Please wait until it is done, then import this list. Nobody of this list has been imported yet.",
                ),
            )
        ) from error
    try:
        yield
    finally:
        lock.release()


def apply_member_list(
    store: MemberStore,
    rows: Sequence[MemberRow],
    data_dir: Path,
    result: ImportResult | None = None,
    progress: Callable[[int, int], None] | None = None,
    lock_wait: float = LOCK_WAIT_SECONDS,
) -> ImportResult:
    """Register the rows' members, or update them (matched by number, else by name and branch
    among the members without a number), and copy their photos. Raises ImportRunning when
    another import holds the folder; a list half written for a lock that stayed taken says so
    in result.problems. progress(done, total) after each batch."""
    result = result if result is not None else ImportResult(rows=list(rows))
    with import_lock(data_dir, lock_wait):
        _, notice = try_backup(data_dir / DATABASE_NAME, data_dir / BACKUP_DIR_NAME, "before-import")
        if notice is not None:
            result.warnings.append(
                translate(
                    "MemberImport",
                    QT_TRANSLATE_NOOP(
                        "MemberImport",
                        "The records could not be backed up before the import (the disk may be full). The list is imported all the same.",
                    ),
                )
            )
        _apply(store.db, rows, data_dir, result, progress)
    log.info("Imported members: %d added, %d updated", result.added, result.updated)
    return result


def _apply(db: sqlite_utils.Database, rows, data_dir: Path, result: ImportResult, progress) -> None:
    by_number: dict[str, int] = {}
    by_name: dict[tuple[str, str], int] = {}
    for member_id, name, branch, number in db.execute("SELECT id, name, branch, number FROM members WHERE home = 0"):
        if number:
            by_number.setdefault(number, member_id)
        else:
            by_name.setdefault((name, branch), member_id)
    keys: dict[str, tuple[str, str]] = {}
    last_commit = 0.0
    start = 0
    while start < len(rows):
        batch = rows[start : start + BATCH_ROWS]
        for row in batch:  # the slow part (pinyin), outside the lock
            if row.name not in keys:
                keys[row.name] = name_keys(row.name)
        pause = BATCH_GAP_SECONDS - (time.monotonic() - last_commit)
        if pause > 0:
            time.sleep(pause)  # a member's page turn gets the lock between two batches

        def work(db: sqlite_utils.Database, batch=batch) -> tuple[list[tuple[MemberRow, int]], int, int]:
            done = []
            added = updated = 0
            execute = db.conn.execute
            deadline = time.monotonic() + BATCH_SECONDS
            for row in batch:
                existing = by_number.get(row.number) if row.number else by_name.get((row.name, row.branch))
                pinyin, initials = keys[row.name]
                if existing is None:
                    member_id = execute(
                        """INSERT INTO members (name, created_at, branch, number, photo, board_name, on_board,
                                                pinyin, initials) VALUES (?, ?, ?, ?, '', ?, ?, ?, ?)""",
                        [row.name, _now(), row.branch, row.number, row.board_name, int(row.on_board), pinyin, initials],
                    ).lastrowid
                    added += 1
                else:
                    member_id = existing
                    execute(
                        """UPDATE members SET name = ?, branch = ?, number = ?, board_name = ?, on_board = ?,
                                              pinyin = ?, initials = ? WHERE id = ?""",
                        [
                            row.name,
                            row.branch,
                            row.number,
                            row.board_name,
                            int(row.on_board),
                            pinyin,
                            initials,
                            member_id,
                        ],
                    )
                    updated += 1
                done.append((row, member_id))
                if time.monotonic() >= deadline:
                    break  # the lock is not held longer than a member's write can wait calmly
            return done, added, updated

        try:
            done, added, updated = write(
                db, f"member list rows {start + 1}-{start + len(batch)}", work, keep=False, wait=BATCH_WAIT_SECONDS
            )
        except RecordsBusy:
            log.error("Member import stopped at row %d: the database stayed locked", start + 1)
            result.problems.append(
                translate(
                    "MemberImport",
                    QT_TRANSLATE_NOOP(
                        "MemberImport",
                        "Another program kept the database busy; only part of the list was imported (%1 members). Import the list again in a while and it will be completed.",
                    ),
                    start,
                )
            )
            return
        last_commit = time.monotonic()
        start += len(done)
        result.added += added
        result.updated += updated
        for row, member_id in done:  # the in-memory lookups follow what was written
            if row.number:
                by_number[row.number] = member_id
            else:
                by_name[(row.name, row.branch)] = member_id
        _photos(db, done, data_dir, result)
        if progress is not None:
            progress(start, len(rows))


def _photos(db: sqlite_utils.Database, done, data_dir: Path, result: ImportResult) -> None:
    from .photos import PhotoError, store_photo

    stored = []
    for row, member_id in done:
        if row.photo is None:
            continue
        try:
            stored.append((store_photo(row.photo, data_dir, member_id), member_id))
        except PhotoError as error:
            result.photo_problems.append(
                translate("MemberImport", QT_TRANSLATE_NOOP("MemberImport", "Row %1: %2"), row.line, error)
            )
    if not stored:
        return
    try:
        write(
            db,
            "member photos",
            lambda db: db.conn.executemany("UPDATE members SET photo = ? WHERE id = ?", stored),
            keep=False,
            wait=BATCH_WAIT_SECONDS,
        )
    except RecordsBusy:
        log.error("Member photos not recorded: the database stayed locked")
        result.photo_problems.append(
            translate(
                "MemberImport",
                QT_TRANSLATE_NOOP(
                    "MemberImport",
                    "Another program kept the database busy; these photos were not recorded. Import the list again.",
                ),
            )
        )
