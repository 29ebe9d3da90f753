"""Command line: start the program, check and list lessons, take screenshots.

--data-dir DIR goes before any command and puts every file the program writes in DIR.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

from .gui.names import SCREENS
from .settings import OPTION, TEXT_SIZES


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # plain Chinese first, argparse's detail after
        self.print_usage(sys.stderr)
        sys.stderr.write(f"命令写得不对，请对照上面的用法再试一次。（{message}）\n")
        raise SystemExit(2)


# The commands build_parser adds (a test keeps the two alike): a start with none of them is parsed
# without building them, nor importing their modules (10 ms of every start; issue 14).
COMMANDS = ("lessons", "speak", "members", "report", "print", "admin", "pack", "export-audio", "screenshot")


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    parser = _Parser(prog="desktop-app", description="党员学习站")
    parser.add_argument("--data-dir", type=Path, help="put all data (database, settings, logs) in this folder")
    parser.add_argument(
        "--lessons",
        type=Path,
        action="append",
        help="load lessons from this folder instead of the imported and shipped ones",
    )
    parser.add_argument("--language", default="zh_CN", help="interface language: zh_CN (default) or en")
    parser.add_argument(
        "--kiosk", action="store_true", help="a locked kiosk: full screen, closed only from the secretary's page"
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that this computer can run the program (fonts, speech, records, screen) and exit",
    )
    if not with_commands:
        return parser
    commands = parser.add_subparsers(dest="command")

    lessons = commands.add_parser("lessons", help="check or list lesson files")
    lesson_commands = lessons.add_subparsers(dest="lessons_command", required=True)
    check = lesson_commands.add_parser("check", help="validate lesson files or folders")
    check.add_argument("paths", nargs="*", type=Path)
    listing = lesson_commands.add_parser("list", help="list every lesson")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.add_argument("paths", nargs="*", type=Path)
    preview = lesson_commands.add_parser(
        "preview", help="print every sentence of a lesson with the pinyin read-aloud will speak"
    )
    preview.add_argument("id", help="lesson id")

    speak = commands.add_parser("speak", help="read a lesson or a text aloud into a WAV file, or show its pinyin")
    what = speak.add_mutually_exclusive_group(required=True)
    what.add_argument("--lesson", help="lesson id")
    what.add_argument("--text", help="a text to read")
    speak.add_argument("--out", type=Path, help="WAV file to write")
    speak.add_argument(
        "--pinyin", action="store_true", help="print the tone-numbered pinyin the espeak-ng voice speaks"
    )
    speak.add_argument("--voice", choices=OPTION["voice"].values, default=OPTION["voice"].default)

    from .cli_admin import add_admin_parser
    from .cli_audio import add_audio_parser
    from .cli_members import add_members_parser
    from .cli_pack import add_pack_parser
    from .cli_print import add_print_parser
    from .cli_report import add_report_parser

    add_members_parser(commands)
    add_report_parser(commands)
    add_print_parser(commands)
    add_admin_parser(commands)
    add_pack_parser(commands)
    add_audio_parser(commands)

    shot = commands.add_parser("screenshot", help="render a screen to a PNG file, offscreen")
    shot.add_argument("screen", choices=list(dict.fromkeys([*SCREENS, "poster", "idle"])))
    shot.add_argument("--out", type=Path, required=True)
    shot.add_argument("--lesson", help="lesson id (for the reader)")
    shot.add_argument("--page", type=int, default=1, help="page of the lesson (for the reader)")
    shot.add_argument("--size", default="1366x768", help="window size WxH")
    shot.add_argument("--text-size", type=int, help=f"body text size in points: {', '.join(map(str, TEXT_SIZES))}")
    shot.add_argument("--theme", choices=OPTION["theme"].values)
    shot.add_argument("--script", choices=OPTION["script"].values)
    shot.add_argument("--search", help="search text typed in the library or the member picker")
    shot.add_argument(
        "--mode", choices=OPTION["mode"].values, help="home use or the shared kiosk (for the picture only)"
    )
    shot.add_argument("--member", help="on a shared kiosk: the registered member (name) who has touched their name")
    shot.add_argument("--tap", help="a character of the page to touch (shows the character panel)")
    return parser


def _lesson_paths(args: argparse.Namespace) -> list[Path] | None:
    """The folders given with --lessons; None: the program's own (imported and shipped)."""
    return list(args.lessons) if args.lessons else None


def _library(args: argparse.Namespace, paths: list[Path] | None = None):
    """The lessons of the folders given, else those the program shows (imported packs included)."""
    from .lessons import load_library
    from .packs.overlay import program_library

    paths = paths or _lesson_paths(args)
    return load_library(paths) if paths else program_library(_data_dir(args), cache=False)


def cmd_lessons_check(args: argparse.Namespace) -> int:
    from .i18n import core_application

    core_application(args.language)  # the problems are printed in the chosen language (Chinese)
    library = _library(args, args.paths)
    for problem in library.problems:
        print(problem)
    return 1 if library.errors else 0


def cmd_lessons_list(args: argparse.Namespace) -> int:
    from .i18n import core_application

    core_application(args.language)
    library = _library(args, args.paths)
    rows = [
        {
            "id": lesson.id,
            "title": lesson.title,
            "course": lesson.course_id,
            "course_title": library.courses[lesson.course_id].title,
            "order": lesson.order,
            "month": lesson.month or None,
            "characters": lesson.char_count,
            "questions": len(lesson.quiz),
            "file": str(lesson.path),
        }
        for lesson in library.ordered_lessons()
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for row in rows:
            print(f"{row['id']}\t{row['course_title']}\t{row['title']}\t{row['characters']} 字\t{row['questions']} 题")
    for problem in library.problems:
        print(problem, file=sys.stderr)
    return 0


def speech_problem_text(problem: str) -> str:
    from .speech.service import BROKEN, NO_ENGINE, NO_VOICE

    return {
        NO_ENGINE: "这台电脑没有可用的朗读软件（Linux 上请安装 espeak-ng：sudo apt-get install espeak-ng）",
        NO_VOICE: "朗读软件里没有这种声音（普通话或粤语）",
        BROKEN: "朗读软件反复出错，已经停下",
    }.get(problem, problem)


def cmd_lessons_preview(args: argparse.Namespace) -> int:
    """Each sentence of a lesson and, under it, the tone-numbered pinyin the espeak-ng voice is given,
    so that an author can find a wrong reading and fix it in one 【读音】 line."""
    from .context import load_program_readings
    from .lessons.units import lesson_units, quiz_units
    from .speech.speech_text import to_pinyin

    library = _library(args)
    lesson = library.lessons.get(args.id)
    if lesson is None:
        print(f"找不到编号为“{args.id}”的课文。可以用 desktop-app lessons list 查看所有编号", file=sys.stderr)
        return 2
    program, _ = load_program_readings()
    readings = {**program, **lesson.readings}
    units = lesson_units(lesson) + [unit for question in quiz_units(lesson) for unit in question]
    for number, unit in enumerate(units, start=1):
        print(f"{number}. {unit.text}")
        print(f"   {to_pinyin(unit.text, readings)}")
    return 0


def cmd_speak(args: argparse.Namespace) -> int:
    from .context import load_program_readings
    from .lessons.units import lesson_units
    from .speech.speech_text import to_pinyin
    from .text.sentences import split_sentences

    readings, _ = load_program_readings()
    if args.lesson:
        library = _library(args)
        lesson = library.lessons.get(args.lesson)
        if lesson is None:
            print(f"找不到编号为“{args.lesson}”的课文。可以用 desktop-app lessons list 查看所有编号", file=sys.stderr)
            return 2
        readings = {**readings, **lesson.readings}
        texts = [unit.text for unit in lesson_units(lesson)]
    else:
        texts = [piece.strip() for piece in split_sentences(args.text)]
        if not texts:
            print("这段文字里没有可以读的字", file=sys.stderr)
            return 2
    if args.pinyin:
        for text in texts:
            print(to_pinyin(text, readings))
        return 0
    if args.out is None:
        print("请用 --out 文件名.wav 说明声音存到哪里，或者用 --pinyin 只看拼音", file=sys.stderr)
        return 2
    from PySide6.QtCore import QCoreApplication

    from .paths import speech_cache_dir
    from .speech.export import SpeechUnavailable, join_wavs, render_all
    from .speech.service import SpeechService

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])  # noqa: F841 (the worker's QProcess needs it)
    service = SpeechService(speech_cache_dir(_data_dir(args)))
    try:
        paths = render_all(service, texts, args.voice, readings)
    except SpeechUnavailable as error:
        print(f"没法朗读：{speech_problem_text(error.problem)}", file=sys.stderr)
        return 1
    finally:
        service.stop()
    missing = [text for text, path in zip(texts, paths, strict=False) if path is None]
    for text in missing:
        print(f"这一句没能读出来，已跳过：{text}", file=sys.stderr)
    good = [path for path in paths if path is not None]
    if not good:
        return 1
    from .storage.files import WriteFailed

    try:
        seconds = join_wavs(good, args.out)
    except WriteFailed as failed:  # a full disk: the old file is kept
        print(failed, file=sys.stderr)
        return 1
    print(f"{args.out}：{len(good)} 句，{seconds:.1f} 秒")
    return 0


def _data_dir(args: argparse.Namespace) -> Path:
    if args.data_dir:
        return args.data_dir.expanduser().resolve()
    from .paths import default_data_dir

    return default_data_dir()


def cmd_run(args: argparse.Namespace) -> int:
    from . import crash
    from .context import create_context
    from .gui.app import create_application, install_excepthook, settle_after_first_paint, show_error_line
    from .gui.main_window import MainWindow
    from .gui.single_instance import SingleInstance
    from .storage.database import DATABASE_NAME
    from .storage.problems import RecordsProblem, check_writable

    data_dir = _data_dir(args)
    crash.install(data_dir)  # the log and the exit status of a crash, from the very start
    app = create_application(language=args.language)
    first_paint = settle_after_first_paint(app)
    errors = install_excepthook()
    try:  # a read-only folder is said as such, not as "already open"
        check_writable(data_dir, [data_dir / DATABASE_NAME])
    except RecordsProblem as problem:
        return _cannot_start(problem)
    instance = SingleInstance(data_dir)
    if not instance.acquire():
        from PySide6.QtCore import QLockFile

        from .storage.problems import ReadOnlyRecords, folder_read_only_message

        if instance.lock.error() == QLockFile.LockError.PermissionError:  # not another program: the folder
            return _cannot_start(ReadOnlyRecords(folder_read_only_message(data_dir)))
        reached = instance.reach_first()
        if reached == "shown":
            print("学习站已经打开了，已经把它放到最前面。")
            return 0
        if reached == "unreachable":
            from .gui.app import show_already_running

            show_already_running()
            return 1
    try:
        context = create_context(data_dir, list(args.lessons) if args.lessons else None)  # None: shipped and imported
    except RecordsProblem as problem:  # a database of a newer program: nothing changed
        instance.release()
        return _cannot_start(problem)
    window = MainWindow(context, kiosk=args.kiosk)
    errors.happened.connect(lambda text: show_error_line(window, text))
    instance.activated.connect(window.bring_to_front)
    window.resize(1366, 768)
    window.showFullScreen() if window.door.locked_kiosk else window.showMaximized()
    first_paint.after.append(instance.listen)
    first_paint.after.append(lambda: logging.getLogger(__name__).info("Started on %s", data_dir))
    try:
        return app.exec()
    finally:
        instance.release()


def _cannot_start(problem) -> int:
    from .gui.app import show_start_problem

    logging.getLogger(__name__).error("Cannot start: %s", problem.message)
    print(problem.message, file=sys.stderr)
    show_start_problem(problem.message)
    return 1


def cmd_screenshot(args: argparse.Namespace) -> int:
    from .gui.screenshot import take_screenshot

    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
    except ValueError:
        print(f"窗口大小“{args.size}”看不懂，请写成 1366x768 这样", file=sys.stderr)
        return 2
    if args.text_size is not None and args.text_size not in TEXT_SIZES:
        print(
            f"字号 {args.text_size} 不在可选的档位里，请从 {'、'.join(map(str, TEXT_SIZES))} 中选一个", file=sys.stderr
        )
        return 2
    return take_screenshot(args, _data_dir(args), _lesson_paths(args), (width, height))


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    """The command line; a plain start (no command, no help asked) without building the commands."""
    if not any(arg in COMMANDS or arg in ("-h", "--help") for arg in argv):
        args, rest = build_parser(with_commands=False).parse_known_args(argv)
        if not rest:
            args.command = None
            return args
    return build_parser().parse_args(argv)  # the whole parser says what is wrong, with every command


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--speech-worker"]:  # the frozen program runs its own speech worker
        from .speech.worker import main as worker_main

        return worker_main(argv[1:])
    args = parse_arguments(argv)
    if args.self_test:
        from .selftest import run

        return run()
    if args.command == "lessons":
        if args.lessons_command == "preview":
            return cmd_lessons_preview(args)
        return cmd_lessons_check(args) if args.lessons_command == "check" else cmd_lessons_list(args)
    if args.command == "speak":
        return cmd_speak(args)
    if args.command == "members":
        from .cli_members import cmd_members

        return cmd_members(args, _data_dir(args))
    if args.command == "admin":
        from .cli_admin import cmd_admin

        return cmd_admin(args, _data_dir(args))
    if args.command == "pack":
        from .cli_pack import cmd_pack

        return cmd_pack(args, _data_dir(args))
    if args.command == "report":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from .cli_report import cmd_report

        return cmd_report(args, _data_dir(args), _lesson_paths(args))
    if args.command == "export-audio":
        from .cli_audio import cmd_export_audio

        return cmd_export_audio(args, _data_dir(args), _lesson_paths(args))
    if args.command == "print":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from .cli_print import cmd_print

        return cmd_print(args, _data_dir(args), _lesson_paths(args))
    if args.command == "screenshot":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from .storage.problems import RecordsProblem

        try:
            return cmd_screenshot(args)
        except RecordsProblem as problem:
            print(problem.message, file=sys.stderr)
            return 1
    return cmd_run(args)


if __name__ == "__main__":
    raise SystemExit(main())
