"""Open the study database: WAL, synchronous=FULL, numbered migrations at start-up."""

from __future__ import annotations

import sqlite3
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from .. import __version__
from .problems import NewerDatabase, newer_database_message
from .records import Records
from .safety import APPLICATION_ID, MIGRATION_SET, Notice, connect_read_only, try_backup

if TYPE_CHECKING:
    import sqlite_utils

DATABASE_NAME = "study.db"


class _Steps:
    """The numbered migrations, collected in order without importing sqlite-utils: its
    Migrations (the module's `migrations`) is made from them when a database needs one."""

    def __init__(self):
        self.steps: list[tuple[str, object]] = []

    def __call__(self, name: str):
        def register(function):
            self.steps.append((name, function))
            return function

        return register


_steps = _Steps()


@_steps(name="0001_members_progress_settings")
def _m0001(db: sqlite_utils.Database) -> None:
    db.execute("CREATE TABLE members (id INTEGER PRIMARY KEY, name TEXT NOT NULL, created_at TEXT NOT NULL)")
    db.execute(
        """CREATE TABLE progress (
            member_id INTEGER NOT NULL REFERENCES members(id),
            lesson_id TEXT NOT NULL,
            state TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0,
            page INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (member_id, lesson_id)
        )"""
    )
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


@_steps(name="0002_progress_sentence")
def _m0002(db: sqlite_utils.Database) -> None:
    # The sentence being read aloud, so that a restart resumes reading there.
    db.execute("ALTER TABLE progress ADD COLUMN sentence INTEGER NOT NULL DEFAULT 0")


@_steps(name="0003_study_time")
def _m0003(db: sqlite_utils.Database) -> None:
    # Active study time per lesson, and study sessions for the hours (学时) of a month or season.
    db.execute("ALTER TABLE progress ADD COLUMN active_seconds REAL NOT NULL DEFAULT 0")
    db.execute(
        """CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            member_id INTEGER NOT NULL REFERENCES members(id),
            started_at TEXT NOT NULL,
            ended_at TEXT NOT NULL,
            active_seconds REAL NOT NULL DEFAULT 0
        )"""
    )
    db.execute("CREATE INDEX sessions_member_started ON sessions (member_id, started_at)")


@_steps(name="0004_member_fields_finished_quiz")
def _m0004(db: sqlite_utils.Database) -> None:
    # Members of a shared kiosk: branch (支部), number, photo, name on the leaderboard; the pinyin
    # the picker filters by is stored so that opening it computes nothing. The member of home use
    # (created on first start, named 我) is marked so that the picker leaves it out.
    for column in (
        "branch TEXT NOT NULL DEFAULT ''",
        "number TEXT NOT NULL DEFAULT ''",
        "photo TEXT NOT NULL DEFAULT ''",  # file name in DATA/photos, '' for none
        "board_name TEXT NOT NULL DEFAULT ''",  # '' = the member's name
        "on_board INTEGER NOT NULL DEFAULT 1",  # 0 = hidden from the leaderboard
        "pinyin TEXT NOT NULL DEFAULT ''",  # "zeng guo fan"
        "initials TEXT NOT NULL DEFAULT ''",  # "zgf cgf": surname reading first
        "home INTEGER NOT NULL DEFAULT 0",
    ):
        db.execute(f"ALTER TABLE members ADD COLUMN {column}")
    db.execute("UPDATE members SET home = 1 WHERE id = (SELECT min(id) FROM members) AND name = '我'")
    from ..text.names import name_initials, name_pinyin

    for member_id, name in db.execute("SELECT id, name FROM members").fetchall():
        db.execute(
            "UPDATE members SET pinyin = ?, initials = ? WHERE id = ?",
            [" ".join(name_pinyin(name)), " ".join(name_initials(name)), member_id],
        )
    # When a lesson was first finished (reports by month), and its quiz result (0-100) when taken.
    db.execute("ALTER TABLE progress ADD COLUMN finished_at TEXT")
    db.execute("ALTER TABLE progress ADD COLUMN quiz_score REAL")
    db.execute("UPDATE progress SET finished_at = updated_at WHERE state = 'finished'")
    db.execute("CREATE INDEX sessions_started ON sessions (started_at)")


@_steps(name="0005_member_settings")
def _m0005(db: sqlite_utils.Database) -> None:
    # On a shared kiosk each member keeps their own text size, colours, script and voice.
    db.execute(
        """CREATE TABLE member_settings (
            member_id INTEGER NOT NULL REFERENCES members(id),
            key TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (member_id, key)
        )"""
    )


@_steps(name="0006_progress_seen")
def _m0006(db: sqlite_utils.Database) -> None:
    # Which parts of a lesson were shown or heard (study/coverage.py): a lesson is finished when
    # most of it was, not by jumping to its last page. Lessons finished before keep their state.
    db.execute("ALTER TABLE progress ADD COLUMN seen TEXT NOT NULL DEFAULT ''")


@_steps(name="0007_member_indexes_program_info")
def _m0007(db: sqlite_utils.Database) -> None:
    # Member numbers (and names in a branch) are looked up with an index when a list is imported;
    # the database says it is ours (PRAGMA application_id) and which program version last changed
    # its schema (a newer database is then named plainly by an older program).
    db.execute("CREATE INDEX members_number ON members (number)")
    db.execute("CREATE INDEX members_name_branch ON members (name, branch)")
    db.execute("CREATE TABLE program_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


@_steps(name="0008_quiz_answers")
def _m0008(db: sqlite_utils.Database) -> None:
    # Every confirmed quiz answer (issue 10), by the question's key (study/quiz.py question_key) so
    # that its history survives edits of the lesson around it. An attempt is one go at a quiz; an
    # unfinished one is where the member comes back to.
    db.execute(
        """CREATE TABLE quiz_attempts (
             id INTEGER PRIMARY KEY, member_id INTEGER NOT NULL REFERENCES members (id),
             lesson_id TEXT NOT NULL, mode TEXT NOT NULL, started_at TEXT NOT NULL,
             finished_at TEXT, score REAL)"""
    )
    db.execute(
        """CREATE TABLE quiz_answers (
             id INTEGER PRIMARY KEY, attempt_id INTEGER NOT NULL REFERENCES quiz_attempts (id),
             member_id INTEGER NOT NULL REFERENCES members (id), lesson_id TEXT NOT NULL,
             question_key TEXT NOT NULL, chosen TEXT NOT NULL, right INTEGER NOT NULL,
             seconds REAL NOT NULL, mode TEXT NOT NULL, answered_at TEXT NOT NULL)"""
    )
    db.execute("CREATE INDEX quiz_attempts_member_lesson ON quiz_attempts (member_id, lesson_id, finished_at)")
    db.execute("CREATE INDEX quiz_answers_member_question ON quiz_answers (member_id, question_key)")
    db.execute("CREATE INDEX quiz_answers_attempt ON quiz_answers (attempt_id)")


@_steps(name="0009_quiz_review")
def _m0009(db: sqlite_utils.Database) -> None:
    # The 错题本 (study/review.py): per member and question answered wrong, its FSRS card (as the
    # fsrs package writes it in JSON) and when it is due again; known_at when it left the book.
    db.execute(
        """CREATE TABLE quiz_review (
             member_id INTEGER NOT NULL REFERENCES members (id), question_key TEXT NOT NULL,
             lesson_id TEXT NOT NULL, card TEXT NOT NULL /* the fsrs card as JSON */,
             due TEXT NOT NULL /* ISO UTC */,
             reviews INTEGER NOT NULL DEFAULT 0, known_at TEXT,
             PRIMARY KEY (member_id, question_key))"""
    )
    db.execute("CREATE INDEX quiz_review_member_due ON quiz_review (member_id, due)")


@_steps(name="0010_quiz_points")
def _m0010(db: sqlite_utils.Database) -> None:
    # Points (issue 10, study/points.py) are stored when earned, so that changing the rules or the
    # pass mark later never takes any away: an answer's points, an attempt's bonus for a level
    # passed. The leaderboard (storage/board.py) sums them by month and season.
    db.execute("ALTER TABLE quiz_answers ADD COLUMN points INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE quiz_attempts ADD COLUMN bonus INTEGER NOT NULL DEFAULT 0")
    db.execute("CREATE INDEX quiz_answers_answered ON quiz_answers (answered_at)")
    db.execute("CREATE INDEX quiz_attempts_finished ON quiz_attempts (finished_at)")


@_steps(name="0011_secretary_pin")
def _m0011(db: sqlite_utils.Database) -> None:
    # The secretary's PIN (storage/pin.py) guards 支部书记用: one row of salt, scrypt hash and the
    # scrypt parameters it was made with, never the digits. The failed tries and the lock are rows
    # of their own so that a lockout survives a restart (and a PIN reset clears both).
    db.execute(
        """CREATE TABLE secretary_pin (
             id INTEGER PRIMARY KEY CHECK (id = 1), salt BLOB NOT NULL, hash BLOB NOT NULL,
             n INTEGER NOT NULL, r INTEGER NOT NULL, p INTEGER NOT NULL, set_at TEXT NOT NULL /* ISO UTC */)"""
    )
    db.execute(
        """CREATE TABLE pin_attempts (
             id INTEGER PRIMARY KEY CHECK (id = 1), failed INTEGER NOT NULL DEFAULT 0,
             locked_until TEXT /* ISO UTC, NULL when not locked */)"""
    )


@_steps(name="0012_member_left")
def _m0012(db: sqlite_utils.Database) -> None:
    # A member the secretary took off the list (移出名单): never deleted, their study stays in
    # the records; left_at is when (ISO UTC), NULL while they are on the list (storage/members.py).
    db.execute("ALTER TABLE members ADD COLUMN left_at TEXT")


@_steps(name="0013_month_plan")
def _m0013(db: sqlite_utils.Database) -> None:
    # The plan of the month (一月一课一片一实践, storage/plan.py): the lesson, film and practice
    # task the secretary chose for a month "YYYY-MM"; shown first on home and counted in 我的学习.
    db.execute(
        """CREATE TABLE month_plan (
             month TEXT PRIMARY KEY, lesson_id TEXT NOT NULL DEFAULT '', film TEXT NOT NULL DEFAULT '',
             practice TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL)"""
    )


@_steps(name="0014_film_positions")
def _m0014(db: sqlite_utils.Database) -> None:
    # Where each member stopped watching a lesson's film (storage/film.py), in milliseconds.
    db.execute(
        """CREATE TABLE film_positions (
             member_id INTEGER NOT NULL REFERENCES members(id), lesson_id TEXT NOT NULL,
             position_ms INTEGER NOT NULL, updated_at TEXT NOT NULL, PRIMARY KEY (member_id, lesson_id))"""
    )


@_steps(name="0015_broadcasts")
def _m0015(db: sqlite_utils.Database) -> None:
    # The village loudspeaker (storage/broadcasts.py): the secretary's schedule as JSON, where a
    # course broadcast goes on and when the schedule was last looked at (one row), and the log of
    # every broadcast: played to the end, stopped (by the secretary), missed or skipped.
    db.execute(
        """CREATE TABLE broadcast_state (
             id INTEGER PRIMARY KEY CHECK (id = 1), schedule TEXT NOT NULL DEFAULT '',
             course_position INTEGER NOT NULL DEFAULT 0, last_check TEXT /* local wall clock, ISO */,
             updated_at TEXT NOT NULL)"""
    )
    db.execute(
        """CREATE TABLE broadcast_log (
             id INTEGER PRIMARY KEY, occurrence TEXT NOT NULL /* "YYYY-MM-DDTHH:MM" */,
             lesson_ids TEXT NOT NULL DEFAULT '' /* JSON list */, titles TEXT NOT NULL DEFAULT '' /* JSON list */,
             planned_at TEXT NOT NULL, started_at TEXT, ended_at TEXT,
             outcome TEXT NOT NULL /* finished, stopped, missed or skipped */, stopped_by TEXT NOT NULL DEFAULT '')"""
    )
    db.execute("CREATE INDEX broadcast_log_occurrence ON broadcast_log (occurrence)")


KNOWN_MIGRATIONS = frozenset(name for name, _ in _steps.steps)


@cache
def _migrations():
    from sqlite_utils import Migrations

    made = Migrations(MIGRATION_SET)
    for step_name, function in _steps.steps:
        made(name=step_name)(function)
    return made


def __getattr__(name: str):
    """`migrations`: sqlite-utils' Migrations of the records, made (and sqlite-utils imported)
    when first asked for."""
    if name != "migrations":
        raise AttributeError(name)
    return _migrations()


def _all_applied(connection: sqlite3.Connection) -> bool:
    """Every migration this program knows is applied (read with plain sqlite3)."""
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "_sqlite_migrations" not in tables:
        return False
    applied = {
        row[0]
        for row in connection.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET])
    }
    return KNOWN_MIGRATIONS <= applied


def _newer_version(connection: sqlite3.Connection) -> str | None:
    """None when the program knows every migration applied to the database; else the version
    of the program that made it ('' when it did not say)."""
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "_sqlite_migrations" not in tables:
        return None
    applied = {
        row[0]
        for row in connection.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET])
    }
    if applied <= KNOWN_MIGRATIONS:
        return None
    if "program_info" in tables:
        row = connection.execute("SELECT value FROM program_info WHERE key = 'version'").fetchone()
        if row:
            return str(row[0])
    return ""


def check_not_newer(path: Path) -> None:
    """Raise NewerDatabase (plain words, which version made it) for a database of a newer
    program; reads only."""
    if not Path(path).exists() or Path(path).stat().st_size == 0:
        return
    try:
        # Without a -wal file nobody is writing: immutable, so that not even -wal and -shm files
        # are made beside a database the program will not open.
        immutable = not Path(path).with_name(Path(path).name + "-wal").exists()
        connection = connect_read_only(path, immutable=immutable)
        try:
            version = _newer_version(connection)
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return  # damaged or not ours: the recovery deals with it
    if version is not None:
        raise NewerDatabase(newer_database_message(version, __version__))


def open_database(
    path: Path | str | None, backup_dir: Path | None = None, notices: list[Notice] | None = None
) -> Records:
    """Open (creating if needed) the database at path; None for an in-memory one (tests).

    With backup_dir, a database that has data is backed up before any migration changes it (a
    backup that fails is a notice in notices, not a failed start). A database of a newer program
    raises NewerDatabase before anything is changed. A database with every migration applied
    is opened with sqlite3 alone (storage/records.py: sqlite-utils comes when first needed)."""
    if path is None:
        connection = sqlite3.connect(":memory:", isolation_level=None)
        new = True
    else:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        new = not Path(path).exists() or Path(path).stat().st_size == 0
        connection = sqlite3.connect(str(path), isolation_level=None, timeout=10)
    version = _newer_version(connection)
    if version is not None:
        connection.close()
        raise NewerDatabase(newer_database_message(version, __version__))
    if new:
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")  # ours from its first byte
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("PRAGMA foreign_keys=ON")
    if not new and _all_applied(connection):
        return Records(connection)
    import sqlite_utils

    db = sqlite_utils.Database(connection, execute_plugins=False)  # no other package touches the records
    migrations = _migrations()
    pending = migrations.pending(db)
    if backup_dir is not None and path is not None and pending and "members" in db.table_names():
        _, notice = try_backup(Path(path), backup_dir, "before-migration")
        if notice is not None and notices is not None:
            notices.append(notice)
    migrations.apply(db)
    if pending:
        with db.atomic():
            db.execute(
                "INSERT INTO program_info (key, value) VALUES ('version', ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [__version__],
            )
    return Records(connection, db)
