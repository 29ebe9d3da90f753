"""Member import and page turns under another writer, measured on this machine, each figure beside
a baseline from the same run (shared machines are noisy: compare the ratios).

    .venv/bin/python benchmarks/records.py [--sizes 1000 100000] [--turns 200]

- Member import (`apply_member_list`: batches, members looked up in memory, pinyin, the backup
  before the import) of 1,000 and 100,000 rows read from a CSV (`read_member_list`), into a real
  SQLite file opened as the program opens it; baseline: one bare `executemany` INSERT of the
  same rows (name, branch, number only) in one transaction into a fresh file. Target (issue 9):
  100,000 rows in under 30 s.
- A page turn (`record_position`, committed, `synchronous=FULL`) while `desktop-app members
  import` of 20,000 rows runs in another process, median and worst; baseline: the same page
  turns with nobody else writing. Target: every turn saved at once (none kept for later).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.context import open_records  # noqa: E402
from desktop_app.storage.member_apply import apply_member_list  # noqa: E402
from desktop_app.storage.member_import import read_member_list  # noqa: E402
from desktop_app.storage.members import MemberStore  # noqa: E402
from desktop_app.storage.progress import ProgressStore  # noqa: E402
from desktop_app.storage.writes import writes_of  # noqa: E402

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪"
GIVEN = "秀英桂兰玉珍凤建国华德明志强庆振兴长青永福金生淑丽美红梅素芬树林胜文荣栋海燕平安春"


def write_list(path: Path, count: int) -> Path:
    lines = ["姓名,支部,编号"]
    for n in range(count):
        name = SURNAMES[n % len(SURNAMES)] + GIVEN[(n // 7) % len(GIVEN)] + GIVEN[(n // 311) % len(GIVEN)]
        lines.append(f"{name},第{n % 40 + 1}支部,{3_000_000 + n}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def bare_insert(rows, path: Path) -> float:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("CREATE TABLE members (id INTEGER PRIMARY KEY, name TEXT, branch TEXT, number TEXT)")
    start = time.perf_counter()
    connection.execute("BEGIN")
    connection.executemany(
        "INSERT INTO members (name, branch, number) VALUES (?, ?, ?)", [(r.name, r.branch, r.number) for r in rows]
    )
    connection.execute("COMMIT")
    elapsed = time.perf_counter() - start
    connection.close()
    return elapsed


def import_figures(size: int, folder: Path) -> None:
    listing = write_list(folder / f"名单-{size}.csv", size)
    start = time.perf_counter()
    parsed = read_member_list(listing)
    read_seconds = time.perf_counter() - start
    assert not parsed.problems, parsed.problems[:3]
    data_dir = folder / f"kiosk-{size}"
    db, _ = open_records(data_dir)
    start = time.perf_counter()
    result = apply_member_list(MemberStore(db), parsed.rows, data_dir)
    apply_seconds = time.perf_counter() - start
    start = time.perf_counter()
    again = apply_member_list(MemberStore(db), parsed.rows, data_dir)  # the same list again: all updates
    update_seconds = time.perf_counter() - start
    db.close()
    assert result.added == size and again.updated == size
    baseline = bare_insert(parsed.rows, folder / f"bare-{size}.db")
    print(
        f"import {size:>7,} rows: read {read_seconds:6.2f} s, register {apply_seconds:6.2f} s, "
        f"again (updates) {update_seconds:6.2f} s | bare executemany INSERT {baseline:6.3f} s "
        f"| ratio {apply_seconds / baseline:5.0f}x"
    )


def turns(store: ProgressStore, member: int, count: int, pause: float, until=None) -> list[float]:
    times = []
    for turn in range(count):
        if until is not None and until():
            break
        start = time.perf_counter()
        store.record_position(member, f"lesson-{turn % 50}", turn, turn % 30, False)
        times.append((time.perf_counter() - start) * 1000)
        time.sleep(pause)
    return times


def turn_figures(count: int, folder: Path) -> None:
    data_dir = folder / "turns"
    db, _ = open_records(data_dir)
    store = ProgressStore(db)
    member = store.default_member_id()
    quiet = turns(store, member, count, 0.01)
    listing = write_list(folder / "名单-turns.csv", 20_000)
    importer = subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir), "members", "import", str(listing)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    time.sleep(0.5)  # the importer is started (Python, Qt, the list read)
    busy = turns(store, member, 100_000, 0.01, until=lambda: importer.poll() is not None)
    importer.wait()
    kept = writes_of(db).kept_total
    db.close()

    def text(values: list[float]) -> str:
        return f"median {statistics.median(values):5.2f} ms, worst {max(values):6.1f} ms"

    print(
        f"page turn during a 20,000-row import in another process ({len(busy)} turns): {text(busy)}, "
        f"kept for later: {kept} | alone ({len(quiet)} turns): {text(quiet)} "
        f"| median ratio {statistics.median(busy) / statistics.median(quiet):4.1f}x"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 100_000])
    parser.add_argument("--turns", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        for size in args.sizes:
            import_figures(size, folder)
        turn_figures(args.turns, folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
