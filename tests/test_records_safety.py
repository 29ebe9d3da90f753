"""Records are never lost: power-cut style kills, damaged files, backups (no window)."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.storage import ProgressStore, open_database
from desktop_app.storage.database import migrations
from desktop_app.storage.safety import KEEP_BACKUPS, backup, backups, daily_backup, integrity_ok, recover_if_damaged

from .conftest import ROOT

WRITER = """
import sys
from desktop_app.storage import ProgressStore, open_database
store = ProgressStore(open_database(sys.argv[1]))
member = store.default_member_id()
for step in range(1, 100000):
    store.record_position(member, "lesson-%d" % (step % 5), step, step % 40, False)
    print(step, flush=True)
"""


def test_killed_at_random_moments_keeps_every_committed_step(tmp_path: Path):
    rng = random.Random(20261122)
    path = tmp_path / "study.db"
    for attempt in range(12):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True, cwd=ROOT
        )
        stop_after = rng.randint(1, 300)
        last = 0
        for line in writer.stdout:
            last = int(line)
            if last >= stop_after:
                break
        writer.kill()  # SIGKILL: no clean-up, like a power cut for the process
        writer.wait()
        assert integrity_ok(path), attempt
        connection = sqlite3.connect(path)
        highest = connection.execute("SELECT max(position) FROM progress").fetchone()[0]
        connection.close()
        assert highest >= last, (attempt, highest, last)


def make_records(path: Path) -> ProgressStore:
    store = ProgressStore(open_database(path))
    member = store.default_member_id()
    store.record_position(member, "lilun-01", 120, 3, False)
    return store


def damage(path: Path, how: str) -> None:
    data = path.read_bytes()
    if how == "truncated":
        path.write_bytes(data[: len(data) // 3])
    else:
        path.write_bytes(bytes(random.Random(7).getrandbits(8) for _ in range(len(data))))


@pytest.mark.parametrize("how", ["truncated", "random bytes"])
def test_a_damaged_database_is_moved_aside_and_the_backup_restored(tmp_path: Path, how: str):
    path, backup_dir = tmp_path / "study.db", tmp_path / "backups"
    store = make_records(path)
    backup(path, backup_dir, "daily")
    store.record_position(store.default_member_id(), "lilun-02", 50, 1, False)  # after the backup: lost
    store.db.close()
    for extra in ("-wal", "-shm"):
        (tmp_path / f"study.db{extra}").unlink(missing_ok=True)
    damage(path, how)
    assert not integrity_ok(path)
    notice = recover_if_damaged(path, backup_dir)
    assert notice is not None and "备份恢复" in notice.message and "没有删除" in notice.message
    assert integrity_ok(path)
    restored = ProgressStore(open_database(path))
    assert restored.get(1, "lilun-01").position == 120
    assert restored.get(1, "lilun-02").state == "not_started"
    kept = [p for p in tmp_path.glob("study.db.damaged-*") if not p.name.endswith(("-wal", "-shm"))]
    assert len(kept) == 1 and kept[0].read_bytes()  # never deleted


def test_no_backup_says_so_plainly(tmp_path: Path):
    path = tmp_path / "study.db"
    path.write_bytes(b"this is not a database at all" * 100)
    notice = recover_if_damaged(path, tmp_path / "backups")
    assert "没有能用的备份" in notice.message
    assert list(tmp_path.glob("study.db.damaged-*"))
    assert not path.exists()


def test_a_good_database_is_left_alone(tmp_path: Path):
    path = tmp_path / "study.db"
    make_records(path).db.close()
    assert recover_if_damaged(path, tmp_path / "backups") is None


def test_backups_roll_and_daily_runs_once(tmp_path: Path):
    path, backup_dir = tmp_path / "study.db", tmp_path / "backups"
    make_records(path)
    assert daily_backup(path, backup_dir) is not None
    assert daily_backup(path, backup_dir) is None
    for _ in range(KEEP_BACKUPS + 3):
        backup(path, backup_dir, "test")
    kept = backups(backup_dir)
    assert len(kept) == KEEP_BACKUPS and all(integrity_ok(p) for p in kept)


def test_a_migration_is_preceded_by_a_backup(tmp_path: Path):
    import sqlite_utils

    path, backup_dir = tmp_path / "study.db", tmp_path / "backups"
    old = sqlite_utils.Database(path)
    migrations.apply(old, stop_before="0002_progress_sentence")
    old.execute("INSERT INTO members (name, created_at) VALUES ('我', 'x')")
    old.conn.commit()
    old.close()
    open_database(path, backup_dir)
    [made] = backups(backup_dir)
    assert "before-migration" in made.name
    copy = sqlite3.connect(made)
    assert "sentence" not in [row[1] for row in copy.execute("PRAGMA table_info(progress)")]
    assert copy.execute("SELECT name FROM members").fetchall() == [("我",)]


def test_the_program_tells_the_secretary(tmp_path: Path, data_dir: Path):
    from desktop_app.context import create_context

    from .conftest import LESSONS

    context = create_context(data_dir, [LESSONS])
    context.progress.record_position(context.member_id, "lilun-01", 99, 2, False)
    context.db.close()
    for extra in ("-wal", "-shm"):
        (data_dir / f"study.db{extra}").unlink(missing_ok=True)
    damage(data_dir / "study.db", "truncated")
    again = create_context(data_dir, [LESSONS])
    assert again.notices and "备份恢复" in again.notices[0]
    assert "备份恢复" in (data_dir / "logs" / "desktop-app.log").read_text(encoding="utf-8")
