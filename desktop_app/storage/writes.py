"""Every write to the records waits for another program's lock within a bound, and retries.

A write runs in `BEGIN IMMEDIATE` (it takes the write lock at once, so it never fails halfway
on a stale snapshot) with a busy timeout, retried while the database is busy until its bound.
A member's write that still cannot get the lock (another program holds it for long, say a
member import on another computer of the network share), or finds the disk full, is kept in
memory, in order, and written as soon as the lock is free (or there is room again): on the next write, or when `flush` is called (a timer of
the program does). Nothing is dropped silently: each kept write is logged, and listeners (the
program's notice for the secretary) are told. No Qt.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils


log = logging.getLogger(__name__)

WAIT_SECONDS = (
    0.5  # a member's write waits this long for the lock before it is kept for later (an import batch holds it 80 ms)
)
RETRY_WAIT_SECONDS = 0.05  # while writes are kept, a later one only tries this long (no freeze)
DEFAULT_BUSY_MS = 10_000


class RecordsBusy(sqlite3.OperationalError):
    """The lock could not be had within the bound (for writes that are not kept)."""


class RecordsFull(RecordsBusy):
    """The disk is full: the write is kept, like one waiting for the lock, until there is room."""


def is_busy(error: BaseException) -> bool:
    text = str(error).lower()
    return isinstance(error, sqlite3.OperationalError) and ("locked" in text or "busy" in text)


def is_full(error: BaseException) -> bool:
    """A full disk (SQLITE_FULL), or a write the disk refused (SQLITE_IOERR: a file-size limit, a
    removed USB disk): the write is kept and tried again, never dropped."""
    text = str(error).lower()
    return isinstance(error, sqlite3.OperationalError) and ("full" in text or "disk i/o error" in text)


class Writes:
    """The writes of one database connection that are kept until the lock is free."""

    def __init__(self, db: sqlite_utils.Database):
        self.db = db
        self.pending: deque[tuple[str, Callable[[sqlite_utils.Database], Any]]] = deque()
        self.listeners: list[Callable[[int], None]] = []  # told the number kept, after each change
        self.kept_total = 0
        self.overlay: dict = {}  # what kept writes will change, for readers meanwhile (progress.py)

    def _tell(self) -> None:
        for listener in list(self.listeners):
            try:
                listener(len(self.pending))
            except Exception:  # a listener never stops a write
                log.exception("A listener of kept writes failed")

    def run(self, work: Callable[[sqlite_utils.Database], Any], wait: float) -> Any:
        """work(db) in one immediate transaction, retried while busy, for at most wait seconds."""
        conn = self.db.conn
        deadline = time.monotonic() + max(0.0, wait)
        delay = 0.005
        while True:
            remaining = max(0.0, deadline - time.monotonic())
            conn.execute(f"PRAGMA busy_timeout = {int(remaining * 1000)}")
            try:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    result = work(self.db)
                    conn.execute("COMMIT")
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
                return result
            except sqlite3.OperationalError as error:
                if is_full(error):
                    raise RecordsFull(str(error)) from error
                if not is_busy(error):
                    raise
                if time.monotonic() >= deadline:
                    raise RecordsBusy(str(error)) from error
                time.sleep(min(delay, max(0.0, deadline - time.monotonic())))
                delay = min(delay * 2, 0.1)
            finally:
                conn.execute(f"PRAGMA busy_timeout = {DEFAULT_BUSY_MS}")

    def flush(self, wait: float = RETRY_WAIT_SECONDS) -> bool:
        """Write the kept writes, in order; True when none is left."""
        if not self.pending:
            return True
        before = len(self.pending)
        while self.pending:
            label, work = self.pending[0]
            try:
                self.run(work, wait)
            except RecordsBusy:
                break
            except sqlite3.Error:
                log.exception("A kept write (%s) failed for good and cannot be saved", label)
            self.pending.popleft()
        if not self.pending:
            self.overlay.clear()  # the database holds it all now
        if len(self.pending) != before:
            if self.pending:
                log.info("Saved %d kept writes; %d still wait", before - len(self.pending), len(self.pending))
            else:
                log.info("Saved all %d kept writes", before)
            self._tell()
        return not self.pending

    def write(
        self,
        label: str,
        work: Callable[[sqlite_utils.Database], Any],
        keep: bool = True,
        wait: float = WAIT_SECONDS,
        kept: Callable[[], Any] | None = None,
    ) -> Any:
        """Run work(db) as one transaction and return its result. Inside a transaction already
        (an import's batch) it simply runs there. When the lock cannot be had within wait: with
        keep, the write is kept for later and kept() (what the caller should see meanwhile) is
        returned; without keep, RecordsBusy is raised."""
        conn = self.db.conn
        if conn.in_transaction:
            with self.db.atomic():
                return work(self.db)
        if self.pending and not self.flush() and keep:
            self._keep(label, work)  # after the ones already kept, in order
            return kept() if kept is not None else None
        try:
            return self.run(work, wait)
        except RecordsBusy as error:
            if not keep:
                raise
            self._keep(label, work, error)
            return kept() if kept is not None else None

    def _keep(self, label: str, work: Callable[[sqlite_utils.Database], Any], error: Exception | None = None) -> None:
        self.pending.append((label, work))
        self.kept_total += 1
        why = "the disk refused it" if isinstance(error, RecordsFull) else "the database is locked by another program"
        log.warning("%s kept in memory, to be written later: %s (%s)", label, why, error or "earlier writes wait")
        self._tell()


def writes_of(db: sqlite_utils.Database) -> Writes:
    """The one Writes of a database connection."""
    writes = getattr(db, "_desktop_app_writes", None)
    if writes is None:
        writes = Writes(db)
        db._desktop_app_writes = writes  # type: ignore[attr-defined]
    return writes


def write(db: sqlite_utils.Database, label: str, work, **options) -> Any:
    return writes_of(db).write(label, work, **options)
