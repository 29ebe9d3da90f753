"""`desktop-app screenshot`: render one screen offscreen to a PNG file."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ..context import create_context
from ..settings import step_for_size
from .app import create_application
from .main_window import MainWindow
from .poster_screen import PosterScreen, figures_for


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def _for_the_picture(args: argparse.Namespace, settings):
    if args.text_size is not None:
        settings = replace(settings, text_step=step_for_size(args.text_size))
    if args.theme:
        settings = replace(settings, theme=args.theme)
    if args.script:
        settings = replace(settings, script=args.script)
    if args.mode:
        settings = replace(settings, mode=args.mode)
    return settings


def _show_sample_poster(window: MainWindow, context) -> None:
    """The poster of the member shown (the first course, sample figures where they have none yet)."""
    course = next(iter(context.library.ordered_courses()), None)
    figures = figures_for(context, course.id if course else "", 360)
    figures = replace(
        figures,
        name=figures.name or "李秀兰",
        lessons_finished=figures.lessons_finished or 12,
        minutes_studied=figures.minutes_studied or 500,
    )
    poster = window.screens.get("poster")
    if poster is None:  # not yet one of the main window's screens
        poster = PosterScreen(context)
        window.stack.addWidget(poster)
        poster.apply_metrics(window.home.metrics)
    poster.show_poster(figures)
    window.stack.setCurrentWidget(poster)
    poster.focus_first()


def take_screenshot(
    args: argparse.Namespace, data_dir: Path, lesson_paths: list[Path] | None, size: tuple[int, int]
) -> int:
    app = create_application(language=args.language)
    context = create_context(data_dir, lesson_paths)
    if args.mode == "shared" and not context.guest:
        context.use_guest()  # as the kiosk starts: nobody signed in yet
    context.settings = _for_the_picture(args, context.settings)  # not saved
    window = MainWindow(context)
    window.resize(*size)
    window.show()
    settle(app)
    if args.member:
        member = next((m for m in context.members.all() if m.name == args.member), None)
        if member is None:
            print(f"没有登记叫“{args.member}”的党员。可以用 desktop-app members list 查看", file=sys.stderr)
            return 2
        window.sign_in(member.id)
        window.apply_settings(_for_the_picture(args, context.settings), save=False)
        settle(app)
    lesson_id = args.lesson or next(iter(context.library.lessons), None)
    if args.screen in ("reader", "quiz") and lesson_id not in context.library.lessons:
        print(f"找不到编号为“{lesson_id}”的课文。可以用 desktop-app lessons list 查看所有编号", file=sys.stderr)
        return 2
    if args.screen == "quiz":  # --tap N touches answer N (1, 2 …) once: selected, not yet confirmed
        window.open_quiz(lesson_id)
        settle(app)
        if args.tap and args.tap.isdigit():
            window.quiz._touch(int(args.tap) - 1)
    elif args.screen == "reader":
        window.open_lesson(lesson_id)
        settle(app)
        window.reader.page_view.go_to_page(args.page - 1)
        if args.tap:
            view = window.reader.page_view
            found = view.doc.find(args.tap, view.anchor())
            if found.isNull() or view.point_of(found.selectionStart()) is None:
                print(f"第 {args.page} 页上没有“{args.tap}”这个字", file=sys.stderr)
                return 2
            window.reader.tap(found.selectionStart())
    elif args.screen == "poster":
        _show_sample_poster(window, context)
    elif args.screen == "idle":  # the warning a shared kiosk shows after a long pause
        window.show_screen("home")
        settle(app)
        window.idle_guard.warn()
    else:
        window.show_screen(args.screen)
        if args.screen in ("library", "picker") and args.search:
            window.screen(args.screen).search_box.setText(args.search)
    settle(app)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    picture = window.grab()
    window.speech.stop()
    if not picture.save(str(args.out)):
        print(f"图片没能保存到 {args.out}，请检查文件夹能不能写入", file=sys.stderr)
        return 1
    print(args.out)
    return 0
