"""Two programs opening one data folder at once (issue 9, Qt's lock file since issue 14): the second
waits its turn, says so plainly when the first never finishes, and takes over a lock left by a
program that was killed or crashed as it made the lock. Real processes hold the real lock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.context import OPEN_LOCK_NAME, OPEN_LOCK_STALE_SECONDS, open_records
from desktop_app.storage.database import DATABASE_NAME
from desktop_app.storage.problems import RecordsProblem

HOLDER = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
assert lock.tryLock(5000)
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
Path(sys.argv[1] + ".released").write_text("yes")
lock.unlock()
"""


def hold(data_dir: Path, seconds: float) -> subprocess.Popen:
    data_dir.mkdir(parents=True, exist_ok=True)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data_dir / OPEN_LOCK_NAME), str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout.readline().strip() == "locked"
    return holder


def test_the_second_program_waits_until_the_first_has_opened(tmp_path: Path):
    data_dir = tmp_path / "data"
    holder = hold(data_dir, 1.0)
    db, notices = open_records(data_dir, wait_seconds=30)
    assert (data_dir / (OPEN_LOCK_NAME + ".released")).exists()  # opened only after the other let go
    assert notices == []
    assert "progress" in {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    holder.wait(10)
    assert not (data_dir / OPEN_LOCK_NAME).exists()  # released after opening: the next start is not held up


def test_a_lock_never_let_go_is_said_plainly_and_nothing_is_made(tmp_path: Path):
    data_dir = tmp_path / "data"
    holder = hold(data_dir, 30)
    try:
        with pytest.raises(RecordsProblem) as raised:
            open_records(data_dir, wait_seconds=0.5)
        assert "另一个学习站程序正在打开这份学习记录" in str(raised.value)
        assert "再试" in str(raised.value)  # says what to do
        assert not (data_dir / DATABASE_NAME).exists()
    finally:
        holder.kill()
        holder.wait(10)


def test_a_lock_left_by_a_killed_program_is_taken_over(tmp_path: Path):
    data_dir = tmp_path / "data"
    holder = hold(data_dir, 30)
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(10)
    assert (data_dir / OPEN_LOCK_NAME).exists()  # the killed program could not remove it
    db, _ = open_records(data_dir, wait_seconds=2)  # a lock still counted would raise after 2 s
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_an_old_unreadable_lock_is_taken_over_but_a_fresh_one_is_waited_for(tmp_path: Path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    lock = data_dir / OPEN_LOCK_NAME
    lock.write_bytes(b"")  # a program that crashed (or lost power) as it made the lock
    with pytest.raises(RecordsProblem):
        open_records(data_dir, wait_seconds=0.3)  # a moment old: maybe another program writing it
    old = time.time() - OPEN_LOCK_STALE_SECONDS - 60
    os.utime(lock, (old, old))
    db, _ = open_records(data_dir, wait_seconds=2)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_the_lock_of_an_older_program_does_not_hold_up_the_start(tmp_path: Path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "open-records.lock").write_bytes(b"")  # what filelock left in every folder before
    db, _ = open_records(data_dir, wait_seconds=0.5)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
