"""`desktop-app print`: a large-print A4 handout (PDF) of a lesson, a course or a month's lessons,
for the members who cannot come (送学上门)."""

from __future__ import annotations

import argparse
import logging
import sys
from datetime import date
from pathlib import Path

log = logging.getLogger(__name__)


def add_print_parser(commands) -> None:
    command = commands.add_parser("print", help="a large-print A4 handout (PDF) of a lesson, a course or a month")
    what = command.add_mutually_exclusive_group(required=True)
    what.add_argument("--lesson", help="lesson id")
    what.add_argument("--course", help="course id: all its lessons in order")
    what.add_argument("--month", help="YYYY-MM: the month's lessons (the plan's first)")
    command.add_argument("--out", type=Path, required=True, help="the PDF file to write")
    command.add_argument("--size", help="body text size in points, 20 to 28 (default 22)")
    command.add_argument("--pinyin", action="store_true", help="pinyin above the hard characters")


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def _size(text: str | None) -> int | None:
    from .reports.handout import DEFAULT_SIZE, SIZES

    if text is None:
        return DEFAULT_SIZE
    try:
        size = int(str(text).strip())
    except ValueError:
        return None
    return size if size in SIZES else None


def _out_problem(out: Path) -> str | None:
    """Why the handout cannot go to out, in plain words; None when it may be tried."""
    try:
        if out.is_dir():
            return f"“{out}”是一个文件夹。请在后面写上文件名，比如 {out / '学习讲义.pdf'}"
        if not out.parent.is_dir():
            return f"没有“{out.parent}”这个文件夹。请先建好这个文件夹，或者换一个地方存讲义。"
    except OSError:  # a name too long for the disk, say: writing says what is wrong
        log.info("Cannot check the folder of %s", out, exc_info=True)
    return None


def cmd_print(args: argparse.Namespace, data_dir: Path, lesson_paths: list[Path] | None) -> int:
    from .context import setup_logging
    from .reports.secretary import MONTH_HINT, parse_month
    from .storage.problems import RecordsProblem

    size = _size(args.size)
    if size is None:
        _say(f"字号“{args.size}”不行。请写 20 到 28 之间的一个整数，比如 --size 24（不写就是 22）。")
        return 2
    month = None
    if args.month is not None:
        month = parse_month(args.month)
        if month is None:
            _say(f"看不懂月份“{args.month}”。{MONTH_HINT}")
            return 2
    out = args.out.expanduser()
    problem = _out_problem(out)
    if problem:
        _say(f"没法存讲义：{problem}")
        return 1
    setup_logging(data_dir)
    try:
        return _make(args, data_dir, lesson_paths, month, size, out)
    except RecordsProblem as problem:  # a read-only folder, a database of a newer program
        _say(problem.message)
        return 1
    except Exception:  # the detail is for the log; the secretary gets a plain sentence
        log.exception("Handout to %s failed", out)
        _say(f"没能做出讲义。详细情况记在日志里：{data_dir / 'logs' / 'desktop-app.log'}")
        return 1


def _choose(args: argparse.Namespace, data_dir: Path, library, month: str | None):
    """(lessons, title, month label) of the handout asked for; (None, message, "") when there are none."""
    if args.lesson is not None:
        lesson = library.lessons.get(args.lesson.strip())
        if lesson is None:
            return None, f"找不到编号为“{args.lesson}”的课文。可以用 desktop-app lessons list 查看所有编号", ""
        return [lesson], lesson.title, ""
    if args.course is not None:
        course = library.courses.get(args.course.strip())
        lessons = library.lessons_of(course.id) if course else []
        if not lessons:
            known = "、".join(f"{c.id}（{c.title}）" for c in library.ordered_courses() if library.lessons_of(c.id))
            found = f"找不到编号为“{args.course}”的课程" if course is None else f"课程“{course.title}”里还没有课文"
            return None, f"{found}。现有的课程：{known or '没有'}", ""
        return lessons, course.title, ""
    from .context import open_records
    from .reports.secretary import month_label
    from .storage.plan import PlanStore
    from .study.month import month_lessons

    db, _ = open_records(data_dir)
    try:
        plan = PlanStore(db).get(month)
    finally:
        db.close()
    lessons = month_lessons(library, plan, month)
    label = month_label(month)
    if not lessons:
        return None, f"{label}还没有安排课文。请先在“本月学习”里选一篇课文，或者在课文文件里写上“月份：{month}”。", ""
    return lessons, f"{label}学习", label


def _make(args, data_dir: Path, lesson_paths: list[Path] | None, month: str | None, size: int, out: Path) -> int:
    from .context import load_program_readings
    from .packs.reload import read_library
    from .reports.handout import make_handout, write_handout
    from .reports.report_pdf import ensure_gui_application
    from .storage.files import WriteFailed
    from .text.hard_characters import hard_characters

    library = read_library(data_dir, lesson_paths)
    lessons, title, label = _choose(args, data_dir, library, month)
    if lessons is None:
        _say(title)
        return 2
    readings, _ = load_program_readings()
    hard = hard_characters(data_dir) if args.pinyin else frozenset()
    handout = make_handout(library, lessons, title, date.today(), size, hard, readings, month_label=label)
    ensure_gui_application()  # offscreen (cli.py set QT_QPA_PLATFORM)
    try:
        pages = write_handout(handout, out)
    except WriteFailed as failed:  # a full disk, a place that cannot be written: the old file is kept
        log.exception("Writing the handout to %s failed", out)
        _say(str(failed))
        return 1
    except OSError:
        log.exception("Writing the handout to %s failed", out)
        _say(
            f"没法把讲义写到“{out}”：这个地方不能写入，或者文件正被别的程序（比如 WPS）打开着。"
            "请关掉它，或者换一个地方再试。"
        )
        return 1
    log.info("Handout of %d lessons (%d pages, %d pt) written to %s", len(lessons), pages, size, out)
    print(f"讲义已存好：{out}。{len(lessons)} 篇课文，共 {pages} 页，字号 {size}。")
    return 0
