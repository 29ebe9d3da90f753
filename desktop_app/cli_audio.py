"""`desktop-app export-audio`: lessons as MP3 files for 唱戏机 and 老人机, onto a USB stick or a TF card."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

log = logging.getLogger(__name__)


def add_audio_parser(commands) -> None:
    audio = commands.add_parser("export-audio", help="lessons as MP3 files for little players (USB stick, TF card)")
    what = audio.add_mutually_exclusive_group(required=True)
    what.add_argument("--lesson", help="one lesson (its id)")
    what.add_argument("--course", help="every lesson of a course (its id), in order")
    what.add_argument("--month", help="the lessons of a month, YYYY-MM (the month's plan first)")
    audio.add_argument("--out", type=Path, required=True, help="the folder to write to (the stick's folder)")
    audio.add_argument("--ascii-names", action="store_true", help="file names in Latin letters (for old sticks)")
    audio.add_argument("--voice", default="mandarin", help="mandarin (default) or cantonese")


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def cmd_export_audio(args: argparse.Namespace, data_dir: Path, lesson_paths: list[Path] | None) -> int:
    from .context import create_context, setup_logging
    from .reports.secretary import MONTH_HINT, parse_month
    from .storage.problems import RecordsProblem

    out = args.out.expanduser()
    if not out.is_dir():
        _say(f"没有“{out}”这个文件夹。请插好 U 盘或存储卡，写上它的文件夹，比如 /media/U盘 或 E:\\")
        return 2
    month = None
    if args.month is not None:
        month = parse_month(args.month)
        if month is None:
            _say(f"看不懂月份“{args.month}”。{MONTH_HINT}")
            return 2
    setup_logging(data_dir)
    try:
        context = create_context(data_dir, lesson_paths)
    except RecordsProblem as problem:
        _say(problem.message)
        return 1
    try:
        lessons, album = _chosen(args, context, month)
        if lessons is None:
            return 2
        return _export(args, context, lessons, album, out, data_dir)
    finally:
        context.db.close()


def _chosen(args, context, month: str | None):
    from .storage.plan import PlanStore
    from .study.month import month_lessons

    library = context.library
    if args.lesson:
        lesson = library.lessons.get(args.lesson)
        if lesson is None:
            _say(f"找不到编号为“{args.lesson}”的课文。可以用 desktop-app lessons list 查看所有编号")
            return None, ""
        return [lesson], library.courses[lesson.course_id].title if lesson.course_id in library.courses else "党员学习"
    if args.course:
        course = library.courses.get(args.course)
        if course is None:
            known = "、".join(f"{c.id}（{c.title}）" for c in library.courses.values()) or "（还没有课程）"
            _say(f"找不到编号为“{args.course}”的课程。现有的课程：{known}")
            return None, ""
        return library.lessons_of(course.id), course.title
    lessons = month_lessons(library, PlanStore(context.db).get(month), month)
    if not lessons:
        _say(f"{month} 没有安排课文。书记可以在“本月计划”里选一课，或者给课文写上“月份：{month}”")
        return None, ""
    return lessons, f"{month[:4]}年{int(month[5:])}月学习"


def _export(args, context, lessons, album: str, out: Path, data_dir: Path) -> int:
    from PySide6.QtCore import QCoreApplication

    from .cli import speech_problem_text
    from .paths import speech_cache_dir
    from .speech.audio_export import ExportProblem, export_tracks, plan_tracks
    from .speech.export import SpeechUnavailable
    from .speech.service import SpeechService

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])  # noqa: F841 (the worker's QProcess)
    tracks = plan_tracks(lessons, args.ascii_names)
    service = SpeechService(speech_cache_dir(data_dir))

    def progress(track) -> None:
        print(f"第 {track.number} 课，共 {track.total} 课：{track.lesson.title}", flush=True)

    try:
        written = export_tracks(tracks, out, service, args.voice, context.readings_for, album, progress)
    except SpeechUnavailable as error:
        _say(f"没法朗读：{speech_problem_text(error.problem)}")
        return 1
    except ExportProblem as problem:
        _say(str(problem))
        return 1
    finally:
        service.stop()
    print(f"导好了 {len(written)} 个文件，在 {out}")
    return 0
