"""A full disk (issue 9): every file the program writes is written whole or not at all, the old
one kept; a failed backup is a warning, not a failed start. The disk is made full for real with
a file-size limit (RLIMIT_FSIZE) in a subprocess: a write past it fails as on a full disk."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.storage.files import IncompleteFile, WriteFailed, check_pdf_structure, replacing

from .conftest import ROOT

LIMITED = """
import resource, sys
limit = int(sys.argv[1])
exec(sys.argv[3])  # what is done before the disk is full
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))  # Python ignores SIGXFSZ: writes fail with EFBIG
exec(sys.argv[2])
"""
LIMIT = 64 * 1024  # above SQLite's 32 KB -shm file, below the database, its backup and the PDF


def limited(code: str, limit: int = LIMIT, before: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", LIMITED, str(limit), code, before],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )


def cli(data_dir: Path, *args: str) -> str:
    return f"from desktop_app.cli import main; raise SystemExit(main({['--data-dir', str(data_dir), *args]!r}))"


@pytest.fixture
def kiosk(data_dir: Path, tmp_path: Path) -> Path:
    """A kiosk with 300 members: its database (100 KB) and its report are bigger than the limit."""
    from desktop_app.context import open_records
    from desktop_app.storage.member_apply import apply_member_list
    from desktop_app.storage.member_import import read_member_list
    from desktop_app.storage.members import MemberStore

    listing = tmp_path / "名单.csv"
    listing.write_text(
        "姓名,支部,编号\n" + "\n".join(f"党员{n},第{n % 5}支部,{1000 + n}" for n in range(300)), encoding="utf-8"
    )
    db, _ = open_records(data_dir)
    apply_member_list(MemberStore(db), read_member_list(listing).rows, data_dir)
    db.close()
    for old in (data_dir / "backups").glob("*"):
        old.unlink()  # today's backup is still to be made
    assert (data_dir / "study.db").stat().st_size > LIMIT
    return data_dir


def leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith((".part", ".tmp")) or ".part-" in p.name]


@pytest.mark.parametrize("kind", ["pdf", "csv"])
def test_a_report_on_a_full_disk_says_so_and_keeps_the_old_one(kiosk: Path, tmp_path: Path, kind: str):
    out = tmp_path / "reports" / f"学习情况.{kind}"
    out.parent.mkdir()
    old = b"%PDF-1.4 the good report of last month %%EOF" if kind == "pdf" else "姓名\n旧的报表\n".encode()
    out.write_bytes(old)
    limit = LIMIT if kind == "pdf" else 4096  # the CSV of 300 members is 13 KB
    if kind == "csv":
        before = (
            "from desktop_app.reports.report_csv import write_csv\n"
            "from desktop_app.reports.secretary import build_report\n"
            "from desktop_app.storage import open_database\n"
            f"db = open_database({str(kiosk / 'study.db')!r})\n"
            "report = build_report(db)\n"
            "db.close()"
        )
        done = limited(f"write_csv(report, {str(out)!r})", limit, before)
        assert done.returncode != 0 and "WriteFailed" in done.stderr and "磁盘可能满了" in done.stderr
    else:
        done = limited(cli(kiosk, "report", "--format", kind, "--out", str(out)), limit)
        assert done.returncode == 1
        assert "磁盘可能满了" in done.stderr and "原来的文件没有动" in done.stderr
        assert "报表已存好" not in done.stdout and "Traceback" not in done.stderr
    assert out.read_bytes() == old
    assert leftovers(out.parent) == []


def test_the_program_starts_on_a_full_disk_with_a_warning(kiosk: Path):
    done = limited(cli(kiosk, "members", "list"))
    assert done.returncode == 0, done.stderr
    assert "党员1\t" in done.stdout
    assert "没能备份" in done.stderr and "Traceback" not in done.stderr
    backups = kiosk / "backups"
    assert not list(backups.glob("study-*.db")) and leftovers(backups) == []


def test_the_context_carries_the_backup_warning_for_the_secretary(kiosk: Path):
    done = limited(
        "from pathlib import Path\n"
        "from desktop_app.context import create_context\n"
        f"context = create_context(Path({str(kiosk)!r}), [Path({str(ROOT / 'lessons')!r})])\n"
        "print('\\n'.join(context.notices))"
    )
    assert done.returncode == 0, done.stderr
    assert "没能备份" in done.stdout


def test_a_failed_backup_before_a_migration_does_not_stop_the_start(kiosk: Path):
    import sqlite3

    connection = sqlite3.connect(kiosk / "study.db")  # as if made before migration 0007
    connection.execute("DELETE FROM _sqlite_migrations WHERE name = '0007_member_indexes_program_info'")
    for statement in ("DROP INDEX members_number", "DROP INDEX members_name_branch", "DROP TABLE program_info"):
        connection.execute(statement)
    connection.commit()
    connection.close()
    done = limited(cli(kiosk, "members", "list"))
    assert done.returncode == 0, done.stderr
    assert "没能备份" in done.stderr
    check = sqlite3.connect(kiosk / "study.db")
    assert check.execute("SELECT value FROM program_info WHERE key = 'version'").fetchone()  # migrated
    check.close()


def test_a_photo_on_a_full_disk_is_refused_plainly(data_dir: Path):
    sample = ROOT / "docs" / "sample-members" / "李秀兰.png"
    done = limited(
        "from pathlib import Path\n"
        "from desktop_app.storage.photos import PhotoError, store_photo\n"
        f"try:\n    store_photo(Path({str(sample)!r}), Path({str(data_dir)!r}), 7)\n"
        "except PhotoError as error:\n    print(error)",
        limit=2048,
        before="from desktop_app.i18n import core_application\ncore_application()",
    )
    assert done.returncode == 0, done.stderr
    assert "磁盘是不是满了" in done.stdout
    photos = data_dir / "photos"
    assert not (photos / "member-7.jpg").exists() and leftovers(photos) == []


def test_a_cut_off_pdf_is_not_taken_for_a_whole_one(tmp_path: Path, app):
    from desktop_app.reports.report_pdf import check_pdf, write_pdf
    from desktop_app.reports.secretary import build_report
    from desktop_app.storage import open_database

    out = tmp_path / "r.pdf"
    pages = write_pdf(build_report(open_database(None)), out)
    check_pdf(out, pages)
    data = out.read_bytes()
    for cut in (len(data) // 2, len(data) - 10):
        out.write_bytes(data[:cut])
        with pytest.raises(IncompleteFile):
            check_pdf(out)
    out.write_bytes(b"")
    with pytest.raises(IncompleteFile):
        check_pdf_structure(out)


def test_a_check_that_fails_keeps_the_old_file(tmp_path: Path):
    out = tmp_path / "a.pdf"
    out.write_bytes(b"old")
    with pytest.raises(WriteFailed):
        with replacing(out, check_pdf_structure) as temp:
            temp.write_bytes(b"%PDF-1.7 cut off")
    assert out.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["a.pdf"]


TURNS_ON_A_FULL_DISK = """
import resource, sys
from pathlib import Path
from desktop_app.storage import ProgressStore, open_database
from desktop_app.storage.writes import writes_of
path = Path(sys.argv[1])
store = ProgressStore(open_database(path))
member = store.default_member_id()
for turn in range(3):
    store.record_position(member, f"lesson-{turn}", turn, turn, False)
wal = path.with_name(path.name + "-wal").stat().st_size
resource.setrlimit(resource.RLIMIT_FSIZE, (wal, resource.RLIM_INFINITY))  # the disk is full
for turn in range(3, 10):
    store.record_position(member, f"lesson-{turn}", turn, turn, False)
writes = writes_of(store.db)
print("kept", len(writes.pending), flush=True)
resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))  # room again
print("left", len(writes.pending) if writes.flush() else "some", flush=True)
"""


def test_page_turns_on_a_full_disk_are_kept_and_written_when_there_is_room(tmp_path: Path):
    import sqlite3

    path = tmp_path / "study.db"
    done = subprocess.run(
        [sys.executable, "-c", TURNS_ON_A_FULL_DISK, str(path)], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["kept", "7", "left", "0"]
    connection = sqlite3.connect(path)
    assert connection.execute("SELECT lesson_id, page FROM progress ORDER BY page").fetchall() == [
        (f"lesson-{turn}", turn) for turn in range(10)
    ]
    connection.close()


def test_a_spoken_export_on_a_full_disk_keeps_the_old_file(tmp_path: Path):
    import wave

    parts = []
    for number in range(2):
        part = tmp_path / f"{number}.wav"
        with wave.open(str(part), "wb") as sound:
            sound.setnchannels(1)
            sound.setsampwidth(2)
            sound.setframerate(16000)
            sound.writeframes(b"\x01\x00" * 16000)  # one second each: 64 KB together
        parts.append(str(part))
    out = tmp_path / "out" / "第一课.wav"
    out.parent.mkdir()
    out.write_bytes(b"the old recording")
    done = limited(
        "from pathlib import Path\n"
        "from desktop_app.speech.export import join_wavs\n"
        "from desktop_app.storage.files import WriteFailed\n"
        f"try:\n    join_wavs([Path(p) for p in {parts!r}], Path({str(out)!r}))\n"
        "except WriteFailed as error:\n    print(error)",
        limit=32 * 1024,
    )
    assert done.returncode == 0, done.stderr
    assert "磁盘可能满了" in done.stdout
    assert out.read_bytes() == b"the old recording" and leftovers(out.parent) == []
