"""A second writer (issue 9): a real process holds the lock while members turn pages; member
imports in batches, one at a time, with a backup first; a backup each day the program runs."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop_app.storage import ProgressStore, open_database
from desktop_app.storage.member_apply import ImportRunning, apply_member_list
from desktop_app.storage.member_import import read_member_list
from desktop_app.storage.members import MemberStore
from desktop_app.storage.safety import backups
from desktop_app.storage.writes import writes_of

from .conftest import ROOT

LOCKER = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
connection.execute("INSERT INTO settings (key, value) VALUES ('locker', 'x') ON CONFLICT (key) DO UPDATE SET value = 'y'")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
connection.execute("COMMIT")
print("released", flush=True)
"""


def hold_lock(path: Path, seconds: float) -> subprocess.Popen:
    locker = subprocess.Popen(
        [sys.executable, "-c", LOCKER, str(path), str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert locker.stdout.readline().strip() == "locked"
    return locker


def rows_of(path: Path, sql: str) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def test_page_turns_while_another_process_holds_the_lock_are_all_saved(tmp_path: Path):
    path = tmp_path / "study.db"
    store = ProgressStore(open_database(path))
    member = store.default_member_id()
    locker = hold_lock(path, 4)
    returned = []
    for turn in range(12):
        returned.append(store.record_position(member, f"lesson-{turn}", turn * 10, turn, turn == 11))
    assert locker.poll() is None  # still holding the lock: the turns were kept, not written, not lost
    writes = writes_of(store.db)
    assert writes.pending and writes.kept_total >= 11
    assert [p.page for p in returned] == list(range(12)) and returned[-1].state == "finished"
    assert rows_of(path, "SELECT count(*) FROM progress") == [(0,)]
    # Meanwhile the screens read what the database will hold: nothing looks lost to the member.
    assert store.get(member, "lesson-11").state == "finished" and store.get(member, "lesson-3").page == 3
    assert len(store.all(member)) == 12 and store.last_opened(member) == "lesson-11"
    store.record_sentence(member, "lesson-3", 7, False)
    assert store.get(member, "lesson-3").sentence == 7 and store.get(member, "lesson-3").page == 3
    assert locker.stdout.readline().strip() == "released"
    locker.wait()
    deadline = time.monotonic() + 10
    while not writes.flush() and time.monotonic() < deadline:  # the program's timer does this
        time.sleep(0.05)
    assert not writes.overlay
    assert rows_of(path, "SELECT sentence FROM progress WHERE lesson_id = 'lesson-3'") == [(7,)]
    saved = rows_of(path, "SELECT lesson_id, position, page, state FROM progress ORDER BY page")
    assert saved == [
        (f"lesson-{turn}", turn * 10, turn, "finished" if turn == 11 else "in_progress") for turn in range(12)
    ]


def test_a_short_lock_is_waited_for(tmp_path: Path):
    path = tmp_path / "study.db"
    store = ProgressStore(open_database(path))
    member = store.default_member_id()
    locker = hold_lock(path, 0.3)
    store.record_position(member, "lilun-01", 5, 1, False)  # waits (under a second), then writes
    locker.wait()
    assert not writes_of(store.db).pending and writes_of(store.db).kept_total == 0
    assert rows_of(path, "SELECT page FROM progress") == [(1,)]


def test_the_real_reader_keeps_every_turn_and_the_secretary_sees_it(qtbot, window, context):
    window.open_lesson("lilun-01")
    reader = window.reader
    path = context.data_dir / "study.db"
    locker = hold_lock(path, 4)
    turns = 0
    while reader.page_view.current_page() < min(4, reader.page_view.page_count() - 1):
        qtbot.mouseClick(reader.next_button, Qt.MouseButton.LeftButton)
        turns += 1
    assert turns >= 2 and locker.poll() is None
    assert writes_of(context.db).pending
    window.problems.refresh()
    assert "暂时没能存进数据库" in window.problems.summary.text()
    locker.wait()
    qtbot.waitUntil(lambda: not writes_of(context.db).pending, timeout=10_000)  # the program's timer
    [(page,)] = rows_of(path, "SELECT page FROM progress WHERE lesson_id = 'lilun-01'")
    assert page == reader.page_view.current_page()
    [(sessions,)] = rows_of(path, "SELECT count(*) FROM sessions")
    assert sessions == 1
    window.problems.refresh()
    assert "都已经存好了" in window.problems.summary.text()


def member_list(path: Path, count: int, start: int = 0) -> Path:
    lines = ["姓名,支部,编号"] + [f"党员{n % 997},第{n % 20}支部,{100000 + n}" for n in range(start, start + count)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run_cli(args: list[str], data_dir: Path, **kwargs) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        **kwargs,
    )


def test_page_turns_during_a_long_import_are_saved(data_dir: Path, tmp_path: Path):
    from desktop_app.context import open_records

    db, _ = open_records(data_dir)
    store = ProgressStore(db)
    member = store.default_member_id()
    importer = run_cli(["members", "import", str(member_list(tmp_path / "名单.csv", 20_000))], data_dir)
    turns = 0
    while importer.poll() is None:
        store.record_position(member, f"lesson-{turns}", turns, turns, False)
        turns += 1
        time.sleep(0.02)
    out, err = importer.communicate()
    assert importer.returncode == 0, err
    assert "新登记 20000 人" in out
    writes_of(db).flush(5)
    assert not writes_of(db).pending
    assert turns >= 5
    assert rows_of(data_dir / "study.db", "SELECT count(*) FROM progress") == [(turns,)]
    assert writes_of(db).kept_total == 0  # the import's batches let every turn through at once
    db.close()


def test_two_imports_at_once_register_everyone_once(data_dir: Path, tmp_path: Path):
    listing = member_list(tmp_path / "名单.csv", 5_000)
    first, second = (
        run_cli(["members", "import", str(listing)], data_dir),
        run_cli(["members", "import", str(listing)], data_dir),
    )
    results = [process.communicate() + (process.returncode,) for process in (first, second)]
    for _out, err, code in results:
        assert "Traceback" not in err
        assert code == 0 or "另一个名单导入正在进行" in err, err
    assert rows_of(data_dir / "study.db", "SELECT count(*) FROM members WHERE home = 0") == [(5_000,)]


def test_an_import_while_another_runs_says_so_plainly(data_dir: Path, tmp_path: Path):
    from desktop_app.context import open_records

    db, _ = open_records(data_dir)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; from desktop_app.storage.member_apply import import_lock\n"
            "with import_lock(Path(sys.argv[1])):\n    print('held', flush=True); time.sleep(5)",
            str(data_dir),
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert holder.stdout.readline().strip() == "held"
    rows = read_member_list(member_list(tmp_path / "名单.csv", 10)).rows
    with pytest.raises(ImportRunning) as running:
        apply_member_list(MemberStore(db), rows, data_dir, lock_wait=0.5)
    assert "另一个名单导入正在进行" in running.value.message
    assert rows_of(data_dir / "study.db", "SELECT count(*) FROM members WHERE home = 0") == [(0,)]
    holder.wait()
    result = apply_member_list(MemberStore(db), rows, data_dir)  # the first is done: it goes through
    assert result.added == 10
    db.close()


def test_an_import_is_preceded_by_a_backup_and_updates_instead_of_doubling(data_dir: Path, tmp_path: Path):
    from desktop_app.context import open_records

    db, _ = open_records(data_dir)
    store = MemberStore(db)
    first = apply_member_list(store, read_member_list(member_list(tmp_path / "a.csv", 3000)).rows, data_dir)
    assert (first.added, first.updated) == (3000, 0)
    again = apply_member_list(store, read_member_list(member_list(tmp_path / "b.csv", 3000, start=1500)).rows, data_dir)
    assert (again.added, again.updated) == (1500, 1500)
    assert len(store.all()) == 4500
    assert len([b for b in backups(data_dir / "backups") if "before-import" in b.name]) == 2
    plan = db.execute("EXPLAIN QUERY PLAN SELECT id FROM members WHERE number = ?", ["100001"]).fetchall()
    assert "members_number" in str(plan)
    db.close()


def test_a_backup_each_day_the_program_runs(qtbot, window, context):
    [made] = backups(context.data_dir / "backups")  # the start-up's
    assert window.upkeep.check_backup(date.today()) is None  # the same day: none
    made.unlink()  # as if it had been yesterday's
    thread = window.upkeep.check_backup(date.today() + timedelta(days=1))  # the kiosk ran past midnight
    assert isinstance(thread, threading.Thread)
    thread.join(10)
    [new] = backups(context.data_dir / "backups")
    assert new.name != made.name and "daily" in new.name
    assert rows_of(new, "SELECT count(*) FROM members") == [(1,)]


def test_the_exception_hook_logs_and_shows_one_sentence(qtbot, app, window, context):
    from PySide6.QtCore import QTimer

    from desktop_app.gui.app import install_excepthook, show_error_line

    saved = sys.excepthook
    try:
        notice = install_excepthook()
        notice.happened.connect(lambda text: show_error_line(window, text))

        def broken() -> None:
            raise ZeroDivisionError("a bug in a slot")

        QTimer.singleShot(0, broken)
        qtbot.waitUntil(lambda: window.statusBar().currentMessage() != "", timeout=5000)
    finally:
        sys.excepthook = saved
    message = window.statusBar().currentMessage()
    assert "出了" in message and "接着学习" in message and "Traceback" not in message
    log = (context.data_dir / "logs" / "desktop-app.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "ZeroDivisionError: a bug in a slot" in log
    assert window.isVisible()  # the program goes on
