"""备份 (issue 11) without a window: the records copied to a USB stick (a folder) and restored from
it on a real SQLite file written through the real stores; the current records kept aside; an older
copy migrated; files that cannot be restored refused in plain words with nothing changed; a stick
too full, a stick that fills up, a failure or a kill in the middle of a restore."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.context import open_records
from desktop_app.storage import ProgressStore
from desktop_app.storage.database import DATABASE_NAME, migrations
from desktop_app.storage.members import MemberStore
from desktop_app.storage.photos import PHOTO_DIR_NAME, store_photo
from desktop_app.storage.records_copy import (
    BEFORE_RESTORE,
    STICK_FOLDER_NAME,
    CopyFailed,
    DamagedCopy,
    NewerCopy,
    NotADatabase,
    NotEnoughRoom,
    NotOurCopy,
    RecordsInUse,
    RestoreFailed,
    copy_name,
    copy_to,
    describe,
    discard,
    last_copy,
    made_at,
    photos_folder,
    prepare_restore,
    restore_from,
)
from desktop_app.storage.safety import integrity_ok
from desktop_app.storage.study_time import StudyClock
from desktop_app.storage.writes import writes_of

from .conftest import ROOT

SAMPLES = ROOT / "docs" / "sample-members"
NOON = datetime(2026, 11, 29, 12, 0, tzinfo=UTC).timestamp()


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "KINGSTON"
    folder.mkdir()
    return folder


@pytest.fixture
def db(data_dir: Path):
    """The records as the program opens them, with two members who studied, one with a photo."""
    database, _ = open_records(data_dir)
    members, progress = MemberStore(database), ProgressStore(database)
    for name, lesson in (("李秀兰", "lilun-01"), ("王建国", "dangshi-02")):
        member = members.add(name, "第一支部")
        progress.record_position(member, lesson, 120, 3, False)
        StudyClock(database, member).touch(lesson, now=NOON)
    first = members.find("李秀兰", "第一支部")
    members.update(first.id, photo=store_photo(SAMPLES / "李秀兰.png", data_dir, first.id))
    yield database
    database.close()


def snapshot(database) -> tuple:
    """What the records hold, to compare before and after."""
    return (
        database.execute("SELECT id, name, branch, photo, left_at FROM members ORDER BY id").fetchall(),
        database.execute("SELECT member_id, lesson_id, state, position, page FROM progress ORDER BY 1, 2").fetchall(),
        database.execute("SELECT member_id, started_at, active_seconds FROM sessions ORDER BY id").fetchall(),
    )


def files_in(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# -- names ------------------------------------------------------------------------------------------
@given(
    st.datetimes(min_value=datetime(1970, 1, 1), max_value=datetime(9999, 12, 31)),
    st.integers(min_value=1, max_value=999),
)
def test_the_date_in_a_copys_name_is_read_back(moment: datetime, number: int):
    name = copy_name(moment, number)
    assert name.startswith("学习记录-") and name.endswith(".db")
    assert not set(name) & set('\\/:*?"<>|')  # a FAT or NTFS stick takes it
    assert made_at(name) == moment.replace(second=0, microsecond=0)


@given(st.one_of(st.text(), st.from_regex(r"学习记录-\d{4}年\d{2}月\d{2}日-\d{4}(-[1-9]\d{0,2})?\.db", fullmatch=True)))
def test_a_date_is_read_only_from_a_name_of_ours_and_reading_never_fails(name: str):
    result = made_at(name)
    if result is not None:  # a real date and time, written back as the name was
        number = int(name.removesuffix(".db").split("-")[2]) if name.count("-") == 3 else 1
        assert copy_name(result, number) == name


def test_names_that_look_like_ours_but_are_not_dates():
    assert made_at("学习记录-2026年12月02日-1930.db") == datetime(2026, 12, 2, 19, 30)
    assert made_at("学习记录-2026年12月02日-1930-3.db") == datetime(2026, 12, 2, 19, 30)
    for name in (
        "学习记录-2026年13月02日-1930.db",
        "学习记录-2026年02月30日-1930.db",
        "学习记录-2026年12月02日-2560.db",
    ):
        assert made_at(name) is None
    assert made_at("学习记录-2026年12月02日-1930.db.part") is None
    assert copy_name(datetime(2026, 12, 2, 19, 30)) == "学习记录-2026年12月02日-1930.db"


def test_the_module_needs_no_qt_and_agrees_on_the_photo_folder():
    from desktop_app.storage import records_copy

    assert records_copy.PHOTO_DIR_NAME == PHOTO_DIR_NAME
    code = "import sys, desktop_app.storage.records_copy; print(sorted(m for m in sys.modules if 'PySide6' in m))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.strip() == "[]"


# -- copy and restore ----------------------------------------------------------------------------------
def test_copy_then_restore_brings_back_the_records_and_photos_and_keeps_the_current_aside(db, data_dir, stick):
    before = snapshot(db)
    photo = next((data_dir / PHOTO_DIR_NAME).glob("*.jpg"))
    copy = copy_to(data_dir, stick, now=lambda: datetime(2026, 12, 2, 19, 30))
    assert copy == stick / STICK_FOLDER_NAME / "学习记录-2026年12月02日-1930.db"
    assert integrity_ok(copy) and (photos_folder(copy) / photo.name).read_bytes() == photo.read_bytes()
    assert not [p for p in stick.rglob("*") if p.name.endswith(".part")]
    assert last_copy(data_dir).path == str(copy) and last_copy(data_dir).stick == "KINGSTON"
    second = copy_to(data_dir, stick, now=lambda: datetime(2026, 12, 2, 19, 30))  # the same minute
    assert second.name == "学习记录-2026年12月02日-1930-2.db" and copy.is_file()

    # the records change after the copy: a member added, one taken off, a photo changed, more study
    members = MemberStore(db)
    added = members.add("张桂芳", "第二支部")
    members.mark_left(members.find("王建国", "第一支部").id)
    ProgressStore(db).record_position(added, "lilun-01", 5, 0, False)
    photo.write_bytes((SAMPLES / "刘建国.png").read_bytes())  # a different picture, same name
    after_the_copy = snapshot(db)
    assert after_the_copy != before

    restored = restore_from(copy, db, data_dir)
    assert snapshot(db) == before
    assert restored.description.members == 2
    assert (photos_folder(copy) / photo.name).read_bytes() == photo.read_bytes()  # the copy's photo back
    assert restored.photos_kept_aside is not None  # the one it replaced is kept, not deleted
    assert (restored.photos_kept_aside / photo.name).read_bytes() == (SAMPLES / "刘建国.png").read_bytes()
    assert restored.kept_aside.name.startswith(BEFORE_RESTORE) and restored.kept_aside.parent == data_dir / "backups"
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert not list((data_dir / "backups").glob("restore-*"))  # nothing prepared is left behind

    # what was there before the restore is whole, and can be restored in turn
    back = restore_from(restored.kept_aside, db, data_dir)
    assert snapshot(db) == after_the_copy and back.description.members == 2
    # the program opens the records as usual afterwards, every write still goes to the same file
    MemberStore(db).add("陈淑珍", "第一支部")
    db.close()
    again, notices = open_records(data_dir)
    assert notices == [] and "陈淑珍" in [m.name for m in MemberStore(again).all()]
    again.close()


def test_describe_says_what_the_copy_holds_and_changes_nothing(db, data_dir, stick):
    db.execute("UPDATE progress SET updated_at = '2026-11-29T10:00:00+00:00'")
    MemberStore(db).mark_left(MemberStore(db).find("王建国", "第一支部").id)  # left: not counted
    copy = copy_to(data_dir, stick, now=lambda: datetime(2026, 11, 30, 8, 5))
    before = files_in(stick)
    stamps = {p: p.stat().st_mtime_ns for p in stick.rglob("*")}
    description = describe(copy)
    assert description.made_at == datetime(2026, 11, 30, 8, 5)
    assert description.members == 1
    assert description.last_study == date(2026, 11, 29)
    assert description.photos == 1
    assert files_in(stick) == before and {p: p.stat().st_mtime_ns for p in stick.rglob("*")} == stamps

    renamed = copy.rename(copy.with_name("给王书记.db"))  # a name that says no date: when it was written
    assert describe(renamed).made_at.date() == datetime.fromtimestamp(renamed.stat().st_mtime).date()


def test_an_older_copy_is_brought_up_to_date(db, data_dir, tmp_path):
    import sqlite_utils

    old_path = tmp_path / "旧U盘" / "学习记录-2026年01月05日-0900.db"
    old_path.parent.mkdir()
    old = sqlite_utils.Database(old_path)
    migrations.apply(old, stop_before="0004_member_fields_finished_quiz")
    old.execute(
        "INSERT INTO members (id, name, created_at) VALUES (1, '我', '2026-01-01'), (2, '曾凡荣', '2026-01-02')"
    )
    old.execute(
        "INSERT INTO progress (member_id, lesson_id, state, position, page, updated_at) "
        "VALUES (2, 'lilun-01', 'finished', 420, 3, '2026-01-04T08:00:00+00:00')"
    )
    old.conn.commit()
    old.close()
    description = describe(old_path)
    assert (description.members, description.last_study) == (1, date(2026, 1, 4))

    restore_from(old_path, db, data_dir)
    assert [m.name for m in migrations.applied(db)] == [m.name for m in migrations._migrations]
    assert [m.name for m in MemberStore(db).all()] == ["曾凡荣"]
    assert ProgressStore(db).get(2, "lilun-01").state == "finished"
    assert db.execute("SELECT value FROM program_info WHERE key = 'version'").fetchone() is not None
    assert db.execute("PRAGMA application_id").fetchone()[0] != 0
    assert old_path.stat().st_size and describe(old_path).members == 1  # the stick's copy is not migrated


# -- refusals --------------------------------------------------------------------------------------------
def _not_ours(path: Path) -> None:
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE contacts (name TEXT)")
    other.execute("INSERT INTO contacts VALUES ('someone')")
    other.commit()
    other.close()


def _damaged(path: Path, good: Path) -> None:
    data = bytearray(good.read_bytes())
    middle = len(data) // 2 // 4096 * 4096  # a page in the middle, not the header
    data[middle : middle + 4096] = random.Random(11).randbytes(4096)
    path.write_bytes(bytes(data))


def _newer(path: Path, good: Path) -> None:
    path.write_bytes(good.read_bytes())
    newer = sqlite3.connect(path)
    newer.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('desktop_app', '9999_future', '2030')"
    )
    newer.execute("INSERT OR REPLACE INTO program_info (key, value) VALUES ('version', '9.0.0')")
    newer.commit()
    newer.close()


@pytest.mark.parametrize(
    "kind, problem, words",
    [
        ("text", NotADatabase, "不是学习站的备份"),
        ("empty", NotADatabase, "不是学习站的备份"),
        ("not ours", NotOurCopy, "别的软件"),
        ("damaged", DamagedCopy, "坏了"),
        ("newer", NewerCopy, "升级"),
    ],
)
def test_a_file_that_cannot_be_restored_is_refused_plainly_and_nothing_changes(
    db, data_dir, stick, kind, problem, words
):
    for index in range(60):  # enough pages that one in the middle holds members
        MemberStore(db).add(f"党员{index}", "第三支部", f"{3000 + index}")
    good = copy_to(data_dir, stick)
    path = stick / "学习记录-2026年12月02日-1930.db"
    if kind == "text":
        path.write_text("姓名,支部\n李秀兰,第一支部\n", encoding="utf-8")
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "not ours":
        _not_ours(path)
    elif kind == "damaged":
        _damaged(path, good)
    else:
        _newer(path, good)
    before, stick_before = snapshot(db), files_in(stick)
    backups_before = sorted(p.name for p in (data_dir / "backups").iterdir())
    with pytest.raises(problem) as refused:
        describe(path)
    assert words in refused.value.message and "记录没有改动" in refused.value.message
    assert path.name in refused.value.message
    with pytest.raises(problem):
        restore_from(path, db, data_dir)
    assert snapshot(db) == before and files_in(stick) == stick_before
    assert sorted(p.name for p in (data_dir / "backups").iterdir()) == backups_before


def test_a_file_that_is_gone_is_refused_plainly(db, data_dir, stick):
    with pytest.raises(CopyFailed) as refused:
        describe(stick / "学习记录-2026年12月02日-1930.db")
    assert "插好U盘" in refused.value.message


def test_a_stick_without_room_is_refused_before_anything_is_written(db, data_dir, stick, monkeypatch):
    """A stick this small cannot be made here for real (no mount without root): its room is said."""
    from desktop_app.storage import records_copy

    monkeypatch.setattr(records_copy, "free_space", lambda folder: 200 * 1024)
    with pytest.raises(NotEnoughRoom) as refused:
        copy_to(data_dir, stick)
    assert "地方不够" in refused.value.message and "KB" in refused.value.message
    assert "删掉U盘上不要的文件" in refused.value.message
    assert list(stick.iterdir()) == [] and last_copy(data_dir) is None


FULL_STICK = """
import resource, sys
from pathlib import Path
from desktop_app.storage.records_copy import CopyProblem, copy_to
limit = int(sys.argv[3])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))  # Python ignores SIGXFSZ: writes fail with EFBIG
try:
    copy_to(Path(sys.argv[1]), Path(sys.argv[2]))
except CopyProblem as problem:
    print(type(problem).__name__, problem.message)
"""


def test_a_stick_that_fills_up_during_the_copy_keeps_no_half_copy(db, data_dir, stick):
    """The stick is made full for real: a file-size limit makes the write fail as a full stick does."""
    for index in range(300):
        MemberStore(db).add(f"党员{index}", "第三支部", f"{3000 + index}")
    size = (data_dir / DATABASE_NAME).stat().st_size
    limit = 64 * 1024
    assert size > limit
    result = subprocess.run(
        [sys.executable, "-c", FULL_STICK, str(data_dir), str(stick), str(limit)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.stdout.startswith("CopyFailed"), result.stdout + result.stderr
    assert "U盘上没有留下不完整的备份" in result.stdout
    assert [p for p in stick.rglob("*") if p.is_file()] == []
    assert integrity_ok(data_dir / DATABASE_NAME)


def test_a_failure_after_the_records_were_replaced_puts_them_back(db, data_dir, stick, monkeypatch):
    from desktop_app.storage import records_copy

    copy = copy_to(data_dir, stick)
    MemberStore(db).add("张桂芳", "第二支部")
    before = snapshot(db)

    def broken_check(database, description):
        assert snapshot(database) != before  # the copy's records are in place at this moment
        raise records_copy.IncompleteFile("the check found a problem")

    monkeypatch.setattr(records_copy, "_check_restored", broken_check)
    with pytest.raises(RestoreFailed) as failed:
        restore_from(copy, db, data_dir)
    assert "记录没有改动" in failed.value.message
    assert snapshot(db) == before
    assert not list((data_dir / "backups").glob("restore-*"))


def test_a_failure_while_putting_the_copy_in_place_changes_nothing(db, data_dir, stick, monkeypatch):
    from desktop_app.storage import records_copy

    copy = copy_to(data_dir, stick)
    MemberStore(db).add("张桂芳", "第二支部")
    before = snapshot(db)
    real = records_copy._put_in_place

    def fails_half_way(source, database, wait):
        """Write part of the copy inside a transaction, then fail (a disk error in the middle)."""
        database.conn.execute("BEGIN IMMEDIATE")
        database.conn.execute("DELETE FROM progress")
        database.conn.execute("ROLLBACK")
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(records_copy, "_put_in_place", fails_half_way)
    with pytest.raises(RestoreFailed):
        restore_from(copy, db, data_dir)
    assert snapshot(db) == before
    monkeypatch.setattr(records_copy, "_put_in_place", real)
    restore_from(copy, db, data_dir)  # the same copy restores fine afterwards
    assert snapshot(db) != before


def test_records_locked_by_another_program_are_not_restored(db, data_dir, stick):
    copy = copy_to(data_dir, stick)
    before = snapshot(db)
    other = sqlite3.connect(data_dir / DATABASE_NAME, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # an import holding the write lock
    try:
        with pytest.raises(RecordsInUse) as refused:
            restore_from(copy, db, data_dir, wait=0.2)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert "等一会儿再试" in refused.value.message
    assert snapshot(db) == before


def test_kept_writes_are_written_before_the_records_are_kept_aside(db, data_dir, stick):
    copy = copy_to(data_dir, stick)
    member = MemberStore(db).find("李秀兰", "第一支部").id
    writes = writes_of(db)
    writes._keep(
        "a kept write", lambda d: d.execute("UPDATE progress SET position = 999 WHERE member_id = ?", [member])
    )
    restored = restore_from(copy, db, data_dir)
    assert not writes.pending
    aside = sqlite3.connect(restored.kept_aside)
    assert aside.execute("SELECT position FROM progress WHERE member_id = ?", [member]).fetchone() == (999,)
    aside.close()


def test_not_restoring_removes_what_was_prepared(db, data_dir, stick):
    copy = copy_to(data_dir, stick)
    before = snapshot(db)
    prepared = prepare_restore(copy, data_dir)
    assert prepared.staged.is_file() and prepared.photos is not None
    discard(prepared)
    assert not list((data_dir / "backups").glob("restore-*")) and snapshot(db) == before


RESTORER = """
import sys
from pathlib import Path
from desktop_app.context import open_records
from desktop_app.storage import records_copy
data, copy = Path(sys.argv[1]), Path(sys.argv[2])
db, _ = open_records(data)
prepared = records_copy.prepare_restore(copy, data)
real = records_copy._put_in_place
def announced(source, database, wait):
    if source == prepared.staged:
        print("putting", flush=True)
    real(source, database, wait)
records_copy._put_in_place = announced
records_copy.finish_restore(prepared, db, data)
print("done", flush=True)
"""


def test_a_restore_killed_in_the_middle_leaves_the_old_records_or_the_new_ones_whole(data_dir, tmp_path, stick):
    """Killed (SIGKILL, like a power cut for the process) while the copy is put in place: the
    records are the old ones or the copy's, whole, never a mix."""
    copy_data = tmp_path / "other-kiosk"
    other, _ = open_records(copy_data)
    MemberStore(other).add("备份里的人", "第一支部")
    other.execute("INSERT INTO program_info (key, value) VALUES ('padding', ?)", ["学" * 10_000_000])  # ~30 MB
    other.close()
    copy = copy_to(copy_data, stick)
    rng = random.Random(20261202)
    killed = 0
    for attempt in range(4):
        live, _ = open_records(data_dir)
        members = MemberStore(live)
        if not members.all():
            members.add("原来的人", "第一支部")
        live.close()
        restorer = subprocess.Popen(
            [sys.executable, "-c", RESTORER, str(data_dir), str(copy)], stdout=subprocess.PIPE, text=True, cwd=ROOT
        )
        for line in restorer.stdout:
            if line.startswith("putting"):
                break
        if rng.random() < 0.5:
            restorer.stdout.readline()  # some kills a little later: after the copy is in place
        restorer.kill()
        restorer.wait()
        killed += "done" not in restorer.stdout.read()
        assert integrity_ok(data_dir / DATABASE_NAME), attempt
        live, notices = open_records(data_dir)
        names = [m.name for m in MemberStore(live).all()]
        assert names in (["原来的人"], ["备份里的人"]), (attempt, names)
        if names == ["备份里的人"]:  # it got through: the next attempt starts from the old records
            live.execute("DELETE FROM program_info WHERE key = 'padding'")
            live.execute("UPDATE members SET name = '原来的人'")
        live.close()
    assert killed >= 1  # at least one kill landed before the restore was done
