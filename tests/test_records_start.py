"""The records at the start (issue 14): a database with every migration applied opens with sqlite3
alone, and the home screen is built without importing sqlite-utils; the first use of its table
API imports it then, on the same connection, and what is written is there. A new database takes
the migrations (sqlite-utils) as before."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.storage.database import KNOWN_MIGRATIONS, open_database
from desktop_app.storage.records import Records

from .conftest import ROOT

HOME = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from desktop_app.gui.app import create_application
app = create_application()
from desktop_app.context import create_context
from desktop_app.gui.main_window import MainWindow
context = create_context(Path(sys.argv[1]), None)
window = MainWindow(context)
window.show()
for _ in range(5):
    app.processEvents()
print("AT HOME", "sqlite_utils" in sys.modules, window.current_screen_name())
member = context.members.add("李秀兰", "第一支部")  # a write (through execute)
print("AFTER A WRITE", "sqlite_utils" in sys.modules, context.members.get(member).name)
counted = context.db.execute("SELECT count(*) FROM members").fetchone()[0]
print("TABLE API", context.db["members"].count == counted, "sqlite_utils" in sys.modules)
window.close()
"""


def run(script: str, *args: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, cwd=ROOT, check=True, timeout=120
    )
    return [line for line in done.stdout.splitlines() if line.isupper() or " " in line]


def test_a_migrated_database_is_opened_and_the_home_screen_built_without_sqlite_utils(tmp_path: Path):
    data = tmp_path / "data"
    first = "import sys; from pathlib import Path; from desktop_app.context import create_context; create_context(Path(sys.argv[1]), None).db.close()"
    run(first, str(data))  # the first start migrates (with sqlite-utils)
    lines = run(HOME, str(data))
    assert "AT HOME False home" in lines
    assert "AFTER A WRITE False 李秀兰" in lines
    assert "TABLE API True True" in lines  # sqlite-utils' table API, imported when first used


def test_a_new_database_is_migrated_and_kept_on_the_same_connection(tmp_path: Path):
    db = open_database(tmp_path / "study.db")
    assert isinstance(db, Records) and db.imported  # the migrations made sqlite-utils' Database
    names = {row[0] for row in db.execute("SELECT name FROM _sqlite_migrations")}
    assert names == KNOWN_MIGRATIONS
    assert db.full().conn is db.conn
    db.close()
    again = open_database(tmp_path / "study.db")
    assert not again.imported and again.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert again.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert again.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert again["members"].count == 0 and again.imported  # the table API: sqlite-utils now
    again.close()


def test_a_failed_statement_leaves_the_connection_usable(tmp_path: Path):
    db = open_database(tmp_path / "study.db")
    with pytest.raises(sqlite3.OperationalError):
        db.execute("INSERT INTO no_such_table VALUES (1)")
    assert not db.conn.in_transaction
    db.execute("INSERT INTO settings (key, value) VALUES ('x', '1')")
    assert db.execute("SELECT value FROM settings WHERE key = 'x'").fetchone()[0] == "1"
    db.close()


def test_only_an_autocommit_connection_is_taken():
    with pytest.raises(ValueError):
        Records(sqlite3.connect(":memory:"))
