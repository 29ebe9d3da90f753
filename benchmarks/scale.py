"""Records at the scale of a big kiosk, measured on this machine, each figure beside a baseline
from the same run (shared machines are noisy: compare the ratios).

    .venv/bin/python benchmarks/scale.py [--members 2000] [--lessons 200] [--repeat 30]

The data: members with common Chinese names (namesakes included) in 20 branches, lesson ids,
a year of study sessions (about 80 study days a member) and the progress rows that go with
them, in a real SQLite file opened as the program opens it (WAL, synchronous=FULL).

Measured (targets from issue 4):
- the member picker: open it (members read, namesakes told apart, first page of tiles laid
  out), and filter it (a letter touched; a search typed key by key), within 100 ms; and a
  name touched until that member's home screen is up; baseline: the same with 20 members;
- a progress write (a page turn: position + study time, each committed), under 5 ms;
  baselines: the same on an empty database, and one bare committed INSERT (the disk's fsync);
- the season report for everyone (`build_report`), under 1 s, and the CSV written from it;
  baseline: one full scan summing every session.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false;qt.qpa*=false")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.context import create_context  # noqa: E402
from desktop_app.storage import open_database  # noqa: E402
from desktop_app.storage.members import MemberStore  # noqa: E402
from desktop_app.storage.progress import ProgressStore  # noqa: E402
from desktop_app.storage.study_time import StudyClock  # noqa: E402

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤单"
GIVEN = [
    "秀英",
    "桂英",
    "秀兰",
    "玉兰",
    "桂兰",
    "秀珍",
    "凤英",
    "玉珍",
    "玉英",
    "兰英",
    "建国",
    "建华",
    "国华",
    "德明",
    "志强",
    "国庆",
    "振兴",
    "长青",
    "永福",
    "金生",
    "淑珍",
    "丽华",
    "美华",
    "红梅",
    "素芬",
    "树林",
    "德胜",
    "文华",
    "凡荣",
    "国栋",
    "明",
    "华",
    "伟",
    "芳",
    "军",
    "勇",
    "静",
    "敏",
    "强",
    "平",
]
TODAY = date(2026, 11, 22)


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def fill(db, members: int, lessons: int, rng: random.Random) -> dict[str, int]:
    """Members, a year of sessions and progress rows, written as fast as SQLite takes them."""
    store = MemberStore(db)
    with db.atomic():
        for index in range(members):
            store.add(rng.choice(SURNAMES) + rng.choice(GIVEN), f"第{index % 20 + 1}支部", f"{2026000 + index}")
    ids = [row[0] for row in db.execute("SELECT id FROM members WHERE home = 0")]
    lesson_ids = [f"lesson-{n:03d}" for n in range(lessons)]
    start = datetime.combine(TODAY - timedelta(days=365), datetime.min.time()).astimezone()
    sessions, progress = [], []
    for member_id in ids:
        for day in sorted(rng.sample(range(365), rng.randint(40, 120))):
            began = start + timedelta(days=day, hours=rng.randint(7, 19), minutes=rng.randint(0, 59))
            active = rng.randint(300, 3600)
            sessions.append((member_id, iso(began), iso(began + timedelta(seconds=active + 120)), float(active)))
        for lesson_id in rng.sample(lesson_ids, rng.randint(lessons // 10, lessons)):
            finished = rng.random() < 0.6
            when = iso(start + timedelta(days=rng.randint(0, 364)))
            progress.append(
                (
                    member_id,
                    lesson_id,
                    "finished" if finished else "in_progress",
                    rng.randint(0, 3000),
                    rng.randint(0, 20),
                    when,
                    rng.randint(0, 80),
                    float(rng.randint(60, 3600)),
                    when if finished else None,
                    float(rng.choice(range(0, 101, 10))) if finished and rng.random() < 0.7 else None,
                )
            )
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO sessions (member_id, started_at, ended_at, active_seconds) VALUES (?, ?, ?, ?)", sessions
        )
        db.conn.executemany(
            """INSERT INTO progress (member_id, lesson_id, state, position, page, updated_at, sentence, active_seconds,
                                     finished_at, quiz_score) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            progress,
        )
    return {"members": len(ids), "sessions": len(sessions), "progress": len(progress)}


def timed(action, repeat: int) -> list[float]:
    """Milliseconds of each of repeat runs."""
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        action()
        times.append((time.perf_counter() - began) * 1000)
    return times


def settle(app: QApplication) -> None:
    """Until the event loop has nothing left: layouts done, tiles painted."""
    for _ in range(3):
        app.processEvents()


def picker_figures(app: QApplication, data_dir: Path, repeat: int) -> dict[str, list[float]]:
    from desktop_app.gui.main_window import MainWindow

    context = create_context(data_dir, [])
    window = MainWindow(context)
    window.resize(1366, 768)
    window.show()
    settle(app)
    picker = window.picker

    def open_picker() -> None:
        window.show_screen("home")
        settle(app)
        began = time.perf_counter()
        window.show_screen("picker")
        settle(app)
        open_times.append((time.perf_counter() - began) * 1000)

    open_times: list[float] = []
    for _ in range(repeat):
        open_picker()
    letters = [letter for letter in picker.letter_buttons if letter]
    shown = len([tile for tile in picker.tiles if tile.isVisible()])

    def touch_a_name() -> None:
        window.sign_out()
        settle(app)
        began = time.perf_counter()
        random.choice([tile for tile in picker.tiles if tile.isVisible()]).click()
        settle(app)
        name_times.append((time.perf_counter() - began) * 1000)

    name_times: list[float] = []
    for _ in range(repeat):
        touch_a_name()
    window.sign_out()
    settle(app)

    def touch_letter() -> None:
        picker.letter_buttons[random.choice(letters)].click()
        settle(app)

    letter_times = timed(touch_letter, repeat)
    picker.letter_buttons[""].click()
    key_times: list[float] = []
    for _ in range(max(1, repeat // 3)):
        picker.search_box.clear()
        settle(app)
        for char in "wxy":
            began = time.perf_counter()
            for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    picker.search_box, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                )
            settle(app)
            key_times.append((time.perf_counter() - began) * 1000)
    window.speech.stop()
    window.close()
    window.deleteLater()
    settle(app)
    context.db.close()
    return {"open": open_times, "letter": letter_times, "key": key_times, "tiles": [shown], "name": name_times}


def write_figures(db, repeat: int, rng: random.Random) -> list[float]:
    """A page turn as the reader does it: the position, then the study clock, each committed."""
    store = ProgressStore(db)
    members = [row[0] for row in db.execute("SELECT id FROM members")]
    times = []
    clock_now = time.time()
    for _ in range(repeat):
        member = rng.choice(members)
        lesson = f"lesson-{rng.randrange(200):03d}"
        clock = StudyClock(db, member, clock=lambda: clock_now)  # noqa: B023 (reads the time as it advances)
        clock.touch(lesson)
        began = time.perf_counter()
        store.record_position(member, lesson, rng.randint(0, 3000), rng.randint(0, 20), False)
        clock_now += 30
        clock.touch(lesson)
        times.append((time.perf_counter() - began) * 1000)
    return times


def bare_insert(path: Path, repeat: int) -> list[float]:
    db = open_database(path)
    db.execute("CREATE TABLE IF NOT EXISTS t (x INTEGER)")
    times = timed(lambda: db.execute("INSERT INTO t VALUES (1)"), repeat)
    db.close()
    return times


def line(name: str, figure: list[float], baseline: list[float] | None, target: str, unit: str = "ms") -> None:
    median = statistics.median(figure)
    worst = max(figure)
    text = f"{name:<52} {median:9.1f} {unit} (worst {worst:.1f})"
    if baseline:
        base = statistics.median(baseline)
        text += f"   baseline {base:8.2f} {unit}   ratio {median / base:6.1f}x"
    print(text + (f"   target {target}" if target else ""))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--members", type=int, default=2000)
    parser.add_argument("--lessons", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    rng = random.Random(20261122)
    app = QApplication.instance() or QApplication(["benchmark"])
    from desktop_app.gui.app import install_translators

    install_translators(app, "zh_CN")
    with tempfile.TemporaryDirectory() as folder:
        big, small = Path(folder) / "big", Path(folder) / "small"
        began = time.perf_counter()
        db = open_database(big / "study.db")
        sizes = fill(db, args.members, args.lessons, rng)
        db.close()
        small_db = open_database(small / "study.db")
        fill(small_db, 20, args.lessons, rng)
        small_db.close()
        size_mb = (big / "study.db").stat().st_size / 1e6
        print(
            f"data: {sizes['members']} members, {args.lessons} lessons, {sizes['sessions']:,} sessions, "
            f"{sizes['progress']:,} progress rows, {size_mb:.0f} MB, made in {time.perf_counter() - began:.1f} s"
        )
        print()

        big_picker = picker_figures(app, big, args.repeat)
        small_picker = picker_figures(app, small, args.repeat)
        print(f"member picker (1366x768, 30 pt; {big_picker['tiles'][0]} tiles a page)")
        line("  open (members read, namesakes, first page)", big_picker["open"], small_picker["open"], "100 ms")
        line("  touch a letter", big_picker["letter"], small_picker["letter"], "100 ms")
        line("  type a key in the search box", big_picker["key"], small_picker["key"], "100 ms")
        line("  touch a name -> their home screen", big_picker["name"], small_picker["name"], "")
        print("  (baseline: the same on a kiosk with 20 members)")
        print()

        db = open_database(big / "study.db")
        writes = write_figures(db, args.repeat * 4, rng)
        empty = open_database(Path(folder) / "empty" / "study.db")
        MemberStore(empty).add("李明")
        empty_writes = write_figures(empty, args.repeat * 4, rng)
        fsync = bare_insert(Path(folder) / "bare" / "study.db", args.repeat * 4)
        print("progress write (position + study time, each committed, synchronous=FULL)")
        line("  on the year of records", writes, empty_writes, "5 ms")
        print("  (baseline: the same on an empty database)")
        line("  one bare committed INSERT", fsync, None, "")
        print()

        from desktop_app.reports.secretary import build_report

        lesson_ids = [f"lesson-{n:03d}" for n in range(args.lessons)]
        month = TODAY.strftime("%Y-%m")
        report_times = timed(lambda: build_report(db, lesson_ids, month, today=TODAY), max(5, args.repeat // 3))
        scan = timed(
            lambda: db.execute("SELECT member_id, total(active_seconds) FROM sessions GROUP BY member_id").fetchall(),
            max(5, args.repeat // 3),
        )
        report = build_report(db, lesson_ids, month, today=TODAY)
        print(
            f"season report for everyone ({len(report.rows)} members, {len(report.not_studied)} not studied this month)"
        )
        line("  build_report", report_times, scan, "1000 ms")
        print("  (baseline: one full scan summing every session by member)")
        from desktop_app.reports.report_csv import write_csv

        csv_times = timed(lambda: write_csv(report, Path(folder) / "report.csv"), 5)
        line("  CSV written from it", csv_times, None, "")
        from desktop_app.reports.report_pdf import write_pdf

        pages: list[int] = []
        pdf_times = timed(lambda: pages.append(write_pdf(report, Path(folder) / "report.pdf")), 1)
        line(f"  PDF written from it ({pages[0]} A4 pages)", pdf_times, None, "")
        db.close()
        empty.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
