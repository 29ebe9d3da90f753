"""Records that survive any folder name, a file that is not ours, a database of a newer program
and a read-only folder (issue 9): real folders, real SQLite files, real processes."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.context import create_context, open_records
from desktop_app.storage import ProgressStore, open_database
from desktop_app.storage.problems import NewerDatabase
from desktop_app.storage.safety import (
    APPLICATION_ID,
    KEEP_BACKUPS,
    backup,
    backups,
    good_database,
    integrity_ok,
    is_ours,
    prune,
    recover_if_damaged,
)

from .conftest import LESSONS, ROOT

FOLDER_NAMES = ["1#楼", "百分之100%", "问号?在这", "有 空 格", "党员%20学习#站?x=1", "%41"]


def damage(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def drop_wal(folder: Path) -> None:
    for extra in ("-wal", "-shm"):
        (folder / f"study.db{extra}").unlink(missing_ok=True)


@pytest.mark.parametrize("name", FOLDER_NAMES)
def test_any_folder_name_keeps_a_healthy_database_and_catches_damage(tmp_path: Path, name: str):
    folder = tmp_path / name / "数据"
    for restart in range(3):  # a healthy database survives restarts
        context = create_context(folder, [LESSONS])
        assert context.notices == [], (restart, context.notices)
        context.progress.record_position(context.member_id, "lilun-01", 100 + restart, restart, False)
        context.db.close()
    assert integrity_ok(folder / "study.db")
    assert not list(folder.glob("study.db.damaged-*"))
    again = create_context(folder, [LESSONS])
    assert again.progress.get(again.member_id, "lilun-01").position == 102
    again.db.close()
    drop_wal(folder)
    damage(folder / "study.db")  # a damaged one is caught, whatever the name
    assert not integrity_ok(folder / "study.db")
    restored = create_context(folder, [LESSONS])
    assert restored.notices and "备份恢复" in restored.notices[0]
    assert list(folder.glob("study.db.damaged-*"))
    restored.db.close()


def make_backup(folder: Path) -> Path:
    db, _ = open_records(folder)
    store = ProgressStore(db)
    store.record_position(store.default_member_id(), "lilun-01", 77, 2, False)
    db.close()
    return backup(folder / "study.db", folder / "backups", "test")


def foreign_database(path: Path) -> None:
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
    other.execute("INSERT INTO invoices (amount) VALUES (12.5)")
    other.commit()
    other.close()


@pytest.mark.parametrize("kind", ["empty file", "another program's database"])
def test_a_file_that_is_not_ours_is_moved_aside_and_the_backup_restored(data_dir: Path, kind: str):
    make_backup(data_dir)
    path = data_dir / "study.db"
    path.unlink()
    drop_wal(data_dir)
    if kind == "empty file":
        path.write_bytes(b"")
    else:
        foreign_database(path)
    original = path.read_bytes()
    assert integrity_ok(path) and not is_ours(path)
    context = create_context(data_dir, [LESSONS])
    assert context.notices and "不是学习站" in context.notices[0] and "备份恢复" in context.notices[0]
    assert context.progress.get(context.member_id, "lilun-01").position == 77
    context.db.close()
    [aside] = [p for p in data_dir.glob("study.db.not-ours-*") if not p.name.endswith(("-wal", "-shm"))]
    assert aside.read_bytes() == original  # their file is kept as it was, not written into
    if kind != "empty file":
        check = sqlite3.connect(aside)
        assert check.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall() == [("invoices",)]
        check.close()


def test_a_foreign_file_without_backup_starts_blank_and_says_so(data_dir: Path):
    data_dir.mkdir(parents=True)
    foreign_database(data_dir / "study.db")
    context = create_context(data_dir, [LESSONS])
    assert "不是学习站" in context.notices[0] and "没有能用的备份" in context.notices[0]
    assert context.db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    context.db.close()


def test_an_older_database_of_ours_without_the_application_id_is_ours(tmp_path: Path):
    import sqlite_utils

    from desktop_app.storage.database import migrations

    path = tmp_path / "study.db"
    old = sqlite_utils.Database(path)
    migrations.apply(old, stop_before="0007_member_indexes_program_info")
    old.close()
    assert sqlite3.connect(path).execute("PRAGMA application_id").fetchone()[0] == 0
    assert is_ours(path) and recover_if_damaged(path, tmp_path / "backups") is None
    db = open_database(path)
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    db.close()


def test_the_last_good_backup_is_never_pruned(tmp_path: Path):
    folder = tmp_path / "data"
    good = make_backup(folder)
    backup_dir = folder / "backups"
    for day in range(KEEP_BACKUPS + 2):  # newer "backups" that do not pass the check
        (backup_dir / f"study-2099010{day}-000000-000000-daily.db").write_bytes(b"not a database" * 50)
    prune(backup_dir)
    assert good.exists() and good_database(good)
    assert len(backups(backup_dir)) == KEEP_BACKUPS + 1


def test_interrupted_backups_are_cleaned_at_start(data_dir: Path):
    make_backup(data_dir)
    stale = data_dir / "backups" / "study-20261201-010101-000000-daily.db.part"
    stale.write_bytes(b"half a backup")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    fresh = data_dir / "photos" / ".member-3.jpg.123-ab.part"  # being written right now by an import
    fresh.parent.mkdir()
    fresh.write_bytes(b"...")
    db, _ = open_records(data_dir)
    db.close()
    assert not stale.exists() and fresh.exists()


def run_cli(args: list[str], data_dir: Path, prefix: list[str] | None = None, **kwargs):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [*(prefix or []), sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        **kwargs,
    )


def newer_database(data_dir: Path) -> Path:
    db, _ = open_records(data_dir)
    db.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('desktop_app', '0042_future', 'x')"
    )
    db.execute("UPDATE program_info SET value = '3.2.0' WHERE key = 'version'")
    db.close()
    return data_dir / "study.db"


def folder_state(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "logs" not in p.parts
    }


@pytest.mark.parametrize("command", [["members", "list"], ["report", "--format", "csv", "--out", "r.csv"], []])
def test_a_database_of_a_newer_program_is_named_and_left_unchanged(data_dir: Path, tmp_path: Path, command):
    newer_database(data_dir)
    before = folder_state(data_dir)
    if "--out" in command:
        command = [*command[:-1], str(tmp_path / command[-1])]
    done = run_cli(command, data_dir)  # [] is the program's start (offscreen)
    assert done.returncode == 1, done.stderr
    assert "3.2.0" in done.stderr and "没有改动" in done.stderr and "Traceback" not in done.stderr
    assert folder_state(data_dir) == before
    with pytest.raises(NewerDatabase):
        create_context(data_dir, [LESSONS])


DROP_DAC = ["setpriv", "--inh-caps=-dac_override,-dac_read_search", "--bounding-set=-dac_override,-dac_read_search"]


@pytest.mark.parametrize("what", ["folder", "file"])
@pytest.mark.parametrize("command", [["members", "list"], []])
def test_a_read_only_folder_or_file_is_said_plainly(data_dir: Path, what: str, command):
    make_backup(data_dir)
    drop_wal(data_dir)
    target = data_dir if what == "folder" else data_dir / "study.db"
    mode = target.stat().st_mode
    target.chmod(0o555 if what == "folder" else 0o444)
    try:
        done = run_cli(command, data_dir, prefix=DROP_DAC)
    finally:
        target.chmod(mode)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr and "重新启动" not in done.stderr and "已经打开" not in done.stderr
    expected = "数据文件夹" if what == "folder" else "学习记录文件"
    assert expected in done.stderr and "只读" in done.stderr and "技术人员" in done.stderr
