"""The study database: WAL with synchronous=FULL, migrations, progress, settings (no window)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.settings import DEFAULT_TEXT_STEP, TEXT_SIZES, Settings, load_settings, save_settings
from desktop_app.storage import FINISHED, IN_PROGRESS, NOT_STARTED, ProgressStore, open_database
from desktop_app.storage.database import migrations


def test_file_database_is_wal_with_full_sync(tmp_path: Path):
    db = open_database(tmp_path / "study.db")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert set(db.table_names()) >= {"members", "progress", "settings", "_sqlite_migrations"}


def test_migrations_apply_once_and_reopen_keeps_data(tmp_path: Path):
    path = tmp_path / "study.db"
    db = open_database(path)
    store = ProgressStore(db)
    member = store.default_member_id()
    store.record_position(member, "x", 12, 1, False)
    db.close()
    again = open_database(path)
    assert [m.name for m in migrations.applied(again)] == [
        "0001_members_progress_settings",
        "0002_progress_sentence",
        "0003_study_time",
        "0004_member_fields_finished_quiz",
        "0005_member_settings",
        "0006_progress_seen",
        "0007_member_indexes_program_info",
        "0008_quiz_answers",
        "0009_quiz_review",
        "0010_quiz_points",
        "0011_secretary_pin",
        "0012_member_left",
        "0013_month_plan",
        "0014_film_positions",
        "0015_broadcasts",
    ]
    assert ProgressStore(again).get(member, "x").position == 12


def test_progress_states_and_positions():
    store = ProgressStore(open_database(None))
    member = store.default_member_id()
    assert store.default_member_id() == member
    assert store.get(member, "a").state == NOT_STARTED
    store.record_position(member, "a", 40, 2, False)
    assert (store.get(member, "a").state, store.get(member, "a").page) == (IN_PROGRESS, 2)
    store.record_position(member, "a", 90, 5, True)
    assert store.get(member, "a").state == FINISHED
    store.record_position(member, "a", 0, 0, False)  # reading it again does not un-finish it
    assert store.get(member, "a").state == FINISHED and store.get(member, "a").position == 0
    store.record_position(member, "b", 3, 0, False)
    assert store.last_opened(member) == "b"
    assert set(store.all(member)) == {"a", "b"}


def test_each_position_is_committed_at_once(tmp_path: Path):
    path = tmp_path / "study.db"
    store = ProgressStore(open_database(path))
    member = store.default_member_id()
    store.record_position(member, "a", 77, 3, False)
    # A second connection (as after a crash) sees the row without any close or checkpoint.
    other = sqlite3.connect(path)
    assert other.execute("SELECT position, page FROM progress").fetchall() == [(77, 3)]


def test_settings_round_trip_and_bad_values_fall_back():
    db = open_database(None)
    assert load_settings(db) == Settings()
    chosen = Settings(text_step=len(TEXT_SIZES) - 1, theme="contrast", script="traditional-hk")
    save_settings(db, chosen)
    assert load_settings(db) == chosen
    db.execute("UPDATE settings SET value = '99' WHERE key = 'text_step'")
    db.execute("UPDATE settings SET value = 'purple' WHERE key = 'theme'")
    loaded = load_settings(db)
    assert loaded.text_step == DEFAULT_TEXT_STEP and loaded.theme == "paper" and loaded.script == "traditional-hk"


def test_text_sizes_rule():
    assert 6 <= len(TEXT_SIZES) <= 8
    assert TEXT_SIZES[0] >= 24 and TEXT_SIZES[-1] >= 72
    assert list(TEXT_SIZES) == sorted(set(TEXT_SIZES))
    assert Settings().text_size >= 24
    assert Settings(text_step=0).smaller().text_step == 0
    assert Settings(text_step=len(TEXT_SIZES) - 1).bigger().text_step == len(TEXT_SIZES) - 1


def test_migration_from_the_first_schema_keeps_progress(tmp_path: Path):
    import sqlite_utils

    path = tmp_path / "study.db"
    old = sqlite_utils.Database(path)
    migrations.apply(old, stop_before="0002_progress_sentence")
    old.execute("INSERT INTO members (name, created_at) VALUES ('我', 'x')")
    old.execute("INSERT INTO progress VALUES (1, 'lilun-01', 'in_progress', 120, 3, '2026-11-01')")
    old.conn.commit()
    old.close()
    store = ProgressStore(open_database(path))
    progress = store.get(1, "lilun-01")
    assert (progress.state, progress.position, progress.page, progress.sentence) == (IN_PROGRESS, 120, 3, 0)
    store.record_sentence(1, "lilun-01", 7, False)
    assert store.get(1, "lilun-01").sentence == 7 and store.get(1, "lilun-01").position == 120
    store.record_position(1, "lilun-01", 200, 4, False)
    assert store.get(1, "lilun-01").sentence == 7
    store.record_sentence(1, "lilun-01", 30, True)
    assert store.get(1, "lilun-01").state == FINISHED


def test_only_active_time_counts_and_long_pauses_start_a_new_session():
    from desktop_app.storage.study_time import IDLE_LIMIT_SECONDS, StudyClock

    db = open_database(None)
    store = ProgressStore(db)
    member = store.default_member_id()
    store.record_position(member, "a", 0, 0, False)
    clock = StudyClock(db, member)
    start = 1_800_000_000.0
    clock.touch("a", start)
    clock.touch("a", start + 60)
    clock.touch("a", start + 120)
    clock.touch("a", start + 120 + IDLE_LIMIT_SECONDS + 1)  # the member went for tea: not counted
    clock.touch("a", start + 120 + IDLE_LIMIT_SECONDS + 31)
    sessions = db.execute("SELECT active_seconds FROM sessions ORDER BY id").fetchall()
    assert sessions == [(120.0,), (30.0,)]
    assert db.execute("SELECT active_seconds FROM progress WHERE lesson_id = 'a'").fetchone()[0] == 150.0
    assert clock.seconds_since("2000-01-01") == 150.0


@pytest.mark.parametrize("stop_before", [m.name for m in migrations._migrations[1:]])
def test_every_earlier_schema_migrates_keeping_its_data(tmp_path: Path, stop_before: str):
    """A database left at any earlier version (a program not updated for a while) keeps every
    member, progress row, setting and session through the migrations that follow."""
    import sqlite_utils

    path = tmp_path / "study.db"
    old = sqlite_utils.Database(path)
    migrations.apply(old, stop_before=stop_before)
    old.execute(
        "INSERT INTO members (id, name, created_at) VALUES (1, '我', '2026-01-01'), (2, '曾凡荣', '2026-01-02')"
    )
    if "home" in old["members"].columns_dict:  # from 0004 on, the program marks its home member
        old.execute("UPDATE members SET home = 1 WHERE id = 1")
    old.execute(
        "INSERT INTO progress (member_id, lesson_id, state, position, page, updated_at) VALUES (2, 'lilun-01', 'finished', 420, 3, '2026-11-02T08:00:00+00:00')"
    )
    old.execute("INSERT INTO settings (key, value) VALUES ('text_step', '4')")
    if "sessions" in old.table_names():
        old.execute(
            "INSERT INTO sessions (member_id, started_at, ended_at, active_seconds) VALUES (2, '2026-11-02T08:00:00+00:00', '2026-11-02T08:30:00+00:00', 1500)"
        )
    old.conn.commit()
    old.close()

    db = open_database(path, tmp_path / "backups")
    assert [m.name for m in migrations.applied(db)] == [m.name for m in migrations._migrations]
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("SELECT id, name FROM members ORDER BY id").fetchall() == [(1, "我"), (2, "曾凡荣")]
    progress = ProgressStore(db).get(2, "lilun-01")
    assert (progress.state, progress.position, progress.page) == (FINISHED, 420, 3)
    if stop_before <= "0004_member_fields_finished_quiz":  # 0004 dates the lessons finished before it
        assert db.execute("SELECT finished_at FROM progress").fetchone()[0] == "2026-11-02T08:00:00+00:00"
    if stop_before == "0005_member_settings":  # the member's own settings start empty: the kiosk's apply
        assert load_settings(db, 2).text_step == 4
    assert db.execute("SELECT value FROM settings WHERE key = 'text_step'").fetchone() == ("4",)
    assert ProgressStore(db).default_member_id() == 1  # the home member is still the home member
    sessions = db.execute("SELECT active_seconds FROM sessions").fetchall()
    assert sessions == ([] if stop_before <= "0003_study_time" else [(1500.0,)])


def test_a_members_own_settings_over_the_kiosks():
    db = open_database(None)
    progress = ProgressStore(db)
    progress.default_member_id()
    from desktop_app.storage.members import MemberStore

    li = MemberStore(db).add("李秀兰")
    liu = MemberStore(db).add("刘建国")
    save_settings(db, Settings(text_step=2, mode="shared"))  # the kiosk's
    save_settings(db, Settings(text_step=6, theme="contrast", mode="shared"), li)  # hers
    assert load_settings(db) == Settings(text_step=2, mode="shared")
    assert load_settings(db, li) == Settings(text_step=6, theme="contrast", mode="shared")
    assert load_settings(db, liu) == Settings(text_step=2, mode="shared")  # none of his own yet
    db.execute("INSERT INTO member_settings VALUES (?, 'mode', 'home')", [li])
    assert load_settings(db, li).mode == "shared"  # the mode is the kiosk's, never a member's
    db.execute("INSERT INTO member_settings VALUES (?, 'text_step', '99')", [liu])
    assert load_settings(db, liu).text_step == 2  # a wrong value of his falls back to the kiosk's
