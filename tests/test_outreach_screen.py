"""The secretary's 送学上门 screen driven through the real widgets: this month's lessons read aloud
by real espeak-ng into MP3 files on a USB stick (a folder counted as one with STUDY_STATION_DRIVES)
and decoded back, a course with short names, a stop in the middle that leaves no file, a stick
pulled out, a full stick (a real file-size limit, in a process of its own), no speech engine, the
large-print handout saved as a PDF and printed (no printer here: said plainly), leaving the screen
while it exports, and the elder rules on every part."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pdfplumber
import pytest
from mutagen.mp3 import MP3
from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QApplication

from desktop_app.context import create_context
from desktop_app.drives import DRIVES_VARIABLE, Drive, DriveWatcher
from desktop_app.gui.outreach_job import DONE, FULL, GONE, NO_SPEECH, STOPPED, AudioJob, Outcome, stop_all_jobs
from desktop_app.gui.outreach_screen import AUDIO, CHOOSE, DRIVES, HOME, PAPER, PRINTERS, OutreachScreen
from desktop_app.gui.theme import PALETTES, Metrics, stylesheet
from desktop_app.outreach import AUDIO_FOLDER, COURSE, HANDOUT_FOLDER, Choice
from desktop_app.settings import TEXT_SIZES
from desktop_app.speech.service import SpeechService

from .conftest import ROOT
from .test_audio_export import decoded_seconds
from .test_elder_rules import check_screen, settle
from .test_reader_gui import click

TODAY = date(2026, 12, 4)
LARGEST = len(TEXT_SIZES) - 1
TEXTS = ["党员要按时交纳党费。", "冬训学习，大家一起来。", "遇到陌生电话，先挂断再核实。"]


def said(context: str, source: str) -> str:
    """What the screen shows for source, in the language installed (Chinese once translated)."""
    return QCoreApplication.translate(context, source)


def write_lessons(folder: Path) -> Path:
    """Course t: two lessons of December 2026 and one other; course long: a lesson of 24 sentences."""
    course = folder / "t"
    course.mkdir(parents=True)
    (course / "课程.txt").write_text("编号：t\n名称：测试课程\n顺序：1\n", encoding="utf-8")
    for number, text in enumerate(TEXTS, start=1):
        month = "月份：2026-12\n" if number < 3 else ""
        (course / f"{number}.txt").write_text(
            f"编号：t-{number}\n标题：第{number}课：学习党章\n顺序：{number}\n{month}【正文】\n{text}\n",
            encoding="utf-8",
        )
    (folder / "long").mkdir()
    (folder / "long" / "课程.txt").write_text("编号：long\n名称：长课\n顺序：2\n", encoding="utf-8")
    body = "\n".join(TEXTS * 8)
    (folder / "long" / "1.txt").write_text(f"编号：long-1\n标题：长课\n顺序：1\n【正文】\n{body}\n", "utf-8")
    return folder


@pytest.fixture
def lessons(tmp_path: Path) -> Path:
    return write_lessons(tmp_path / "lessons")


@pytest.fixture
def ctx(data_dir: Path, lessons: Path):
    context = create_context(data_dir, [lessons])
    yield context
    stop_all_jobs()
    context.db.close()


@pytest.fixture
def stick(tmp_path, monkeypatch) -> Path:
    """A USB stick that is not plugged in yet: the folder is made when the test plugs it in."""
    folder = tmp_path / "KINGSTON"
    monkeypatch.setenv(DRIVES_VARIABLE, str(folder))
    return folder


@pytest.fixture(autouse=True)
def no_style_left_behind(app):
    yield
    app.setStyleSheet("")


def show(qtbot, context, size=(1366, 768), step=None, theme=None, **keywords) -> OutreachScreen:
    if step is not None:
        context.settings = replace(context.settings, text_step=step)
    if theme is not None:
        context.settings = replace(context.settings, theme=theme)
    metrics = Metrics.for_settings(context.settings)
    QApplication.instance().setStyleSheet(stylesheet(PALETTES[context.settings.theme], metrics))
    keywords.setdefault("printers", list)  # no printer, as here for real
    screen = OutreachScreen(context, watcher=DriveWatcher(interval_ms=50), today=lambda: TODAY, **keywords)
    qtbot.addWidget(screen)
    screen.watcher.setParent(screen)  # goes with the screen: no polling for a panel that is gone
    screen.apply_metrics(metrics)
    screen.resize(*size)
    screen.show()
    qtbot.waitExposed(screen)
    settle()
    screen.focus_first()
    return screen


def choose_the_stick(qtbot, screen: OutreachScreen, stick: Path) -> None:
    """The stick plugged in while its chooser is open, its tile touched."""
    assert screen.part == DRIVES
    stick.mkdir(exist_ok=True)
    qtbot.waitUntil(lambda: len(screen.drives.grid.visible_tiles()) == 1, timeout=5000)
    click(qtbot, screen.drives.grid.visible_tiles()[0])


def files_in(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir()) if folder.is_dir() else []


def test_this_months_lessons_become_numbered_mp3s_on_the_stick(qtbot, ctx, stick):
    screen = show(qtbot, ctx)
    assert "2026年12月学习" in screen.what.full_text and "2" in screen.what.full_text  # the month first, by itself
    assert screen.audio_button.hasFocus()
    seen = []
    click(qtbot, screen.audio_button)
    assert "党员学习/2026-12" in screen.audio.info.text()  # where the files go, said before
    click(qtbot, screen.audio.go_button)
    with qtbot.waitSignal(screen.exportEnded, timeout=120_000) as ended:
        choose_the_stick(qtbot, screen, stick)
        first = screen.words.progress(1, 2, "第1课：学习党章")  # 第 1 课，共 2 课：…
        qtbot.waitUntil(lambda: screen.progress.text() == first, timeout=60_000)
        seen.append(screen.progress.text())
        assert screen.audio_job.isRunning()  # in its own thread: the interface kept answering meanwhile
        assert check_screen(screen, "outreach (working)", screen) == []
    outcome = ended.args[0]
    folder = stick / AUDIO_FOLDER / "2026-12"
    assert outcome.kind == DONE and files_in(folder) == ["01-第1课：学习党章.mp3", "02-第2课：学习党章.mp3"]
    assert "第1课" in seen[0]
    for number, name in enumerate(files_in(folder), start=1):
        info = MP3(folder / name)
        assert info.info.channels == 1 and str(info.tags["TIT2"]) == f"第{number}课：学习党章"
        assert str(info.tags["TRCK"]) == f"{number}/2" and str(info.tags["TALB"]) == "2026年12月学习"
        assert decoded_seconds(folder / name) > 1.5  # the title and the sentence, spoken
    message = screen.message.text()
    assert message == screen.words.audio(outcome, "KINGSTON", "党员学习/2026-12") and "KINGSTON" in message
    assert not screen.working and screen.audio_button.isVisible() and not screen.stop_button.isVisible()


def test_a_course_with_short_names(qtbot, ctx, stick):
    screen = show(qtbot, ctx)
    click(qtbot, screen.what)
    assert screen.part == CHOOSE
    rows = screen.chooser.choice_rows
    assert rows[0].text().startswith("✔") and "2026年12月学习" in rows[0].text()  # the month, chosen, first
    click(qtbot, next(row for row in rows if "测试课程" in row.text()))
    rows = screen.chooser.choice_rows  # the course's page: the whole course, then each lesson
    assert "测试课程" in rows[0].text() and "学习党章" not in rows[0].text() and len(rows) == 4
    click(qtbot, rows[0])
    assert screen.part == HOME and "测试课程" in screen.what.full_text and "3" in screen.what.full_text
    click(qtbot, screen.audio_button)
    click(qtbot, screen.audio.ascii_button)
    assert screen.audio.ascii_button.text().startswith("✔") and "dangyuan-xuexi/t" in screen.audio.info.text()
    click(qtbot, screen.audio.go_button)
    with qtbot.waitSignal(screen.exportEnded, timeout=120_000) as ended:
        choose_the_stick(qtbot, screen, stick)
    assert ended.args[0].kind == DONE
    assert files_in(stick / "dangyuan-xuexi" / "t") == ["01-t-1.mp3", "02-t-2.mp3", "03-t-3.mp3"]


def choose_the_long_lesson(qtbot, screen: OutreachScreen) -> None:
    click(qtbot, screen.what)
    click(qtbot, next(row for row in screen.chooser.choice_rows if "长课" in row.text()))
    click(qtbot, screen.chooser.choice_rows[1])  # the course's one lesson, after the whole course
    assert "长课" in screen.what.full_text


def test_stop_in_the_middle_leaves_no_file(qtbot, ctx, stick):
    screen = show(qtbot, ctx)
    choose_the_long_lesson(qtbot, screen)
    click(qtbot, screen.audio_button)
    click(qtbot, screen.audio.go_button)
    with qtbot.waitSignal(screen.exportEnded, timeout=120_000) as ended:
        choose_the_stick(qtbot, screen, stick)
        reading = screen.words.progress(1, 1, "长课")
        qtbot.waitUntil(lambda: screen.progress.text() == reading, timeout=60_000)
        assert screen.stop_button.hasFocus()  # where Enter lands while it works
        click(qtbot, screen.stop_button)
        assert screen.progress.text() == said("OutreachScreen", "Stopping: the lesson being read is not saved…")
    assert ended.args[0].kind == STOPPED and ended.args[0].written == []
    folder = stick / AUDIO_FOLDER / "长课"
    assert files_in(folder) == []  # nothing named as a finished file, and no part of one either
    assert screen.message.text() == screen.words.audio(ended.args[0], "KINGSTON", "党员学习/长课")


def test_a_stick_pulled_out_and_no_speech_engine_are_said_plainly(qtbot, ctx, tmp_path):
    screen = show(qtbot, ctx)
    with qtbot.waitSignal(screen.exportEnded, timeout=60_000) as ended:
        screen.start_export(Drive("KINGSTON", tmp_path / "pulled-out"))  # its tile touched as it left
    assert ended.args[0].kind == GONE
    assert screen.message.text() == screen.words.audio(ended.args[0], "KINGSTON", "党员学习/2026-12")
    assert not (tmp_path / "pulled-out").exists()  # no folder made where the stick was

    stick = tmp_path / "stick"
    stick.mkdir()
    screen.make_service = lambda: SpeechService(tmp_path / "speech", command=[str(tmp_path / "no-espeak-here")])
    with qtbot.waitSignal(screen.exportEnded, timeout=60_000) as ended:
        screen.start_export(Drive("KINGSTON", stick))
    assert ended.args[0].kind == NO_SPEECH and "espeak-ng" in screen.message.text()  # what to install
    assert list((stick / AUDIO_FOLDER / "2026-12").iterdir()) == []


def test_a_stick_pulled_out_in_the_middle_keeps_what_was_finished(qtbot, ctx, stick):
    long, first = ctx.library.lessons["long-1"], ctx.library.lessons["t-1"]
    screen = show(qtbot, ctx)
    screen.choice = Choice(COURSE, "mixed", "两课", (long, first))
    stick.mkdir()
    with qtbot.waitSignal(screen.exportEnded, timeout=120_000) as ended:
        screen.start_export(Drive("KINGSTON", stick))
        reading = screen.words.progress(1, 2, "长课")
        qtbot.waitUntil(lambda: screen.progress.text() == reading, timeout=60_000)
        shutil.rmtree(stick)  # pulled out while the first lesson is read
    assert ended.args[0].kind == GONE and ended.args[0].written == []
    assert screen.message.text() == screen.words.audio(ended.args[0], "KINGSTON", "党员学习/两课")
    assert not stick.exists()  # nothing was made again where the stick was


FULL_STICK = """
import resource, sys
from pathlib import Path
from desktop_app.gui.app import install_translators
from PySide6.QtWidgets import QApplication
app = QApplication(["desktop-app"])
app._translators = install_translators(app, "zh_CN")
from desktop_app.context import create_context
from desktop_app.drives import Drive
from desktop_app.gui.outreach_screen import OutreachScreen
context = create_context(Path(sys.argv[2]), [Path(sys.argv[3])])
screen = OutreachScreen(context)
ended = []
screen.exportEnded.connect(ended.append)
from desktop_app.outreach import Choice, LESSON
lesson = context.library.lessons["long-1"]
screen.choice = Choice(LESSON, lesson.id, lesson.title, (lesson,))
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[1]), int(sys.argv[1])))  # writes fail with EFBIG
screen.start_export(Drive("KINGSTON", Path(sys.argv[4])))
while not ended:
    app.processEvents()
print(ended[0].kind, len(ended[0].written))
print(screen.message.text() == screen.words.audio(ended[0], "KINGSTON", "党员学习/长课"))
"""


def test_a_full_stick_leaves_no_half_file_and_says_what_to_do(lessons, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    # 300 KB a file: the records and each sentence's sound fit, the minute-long lesson's MP3 does not
    done = subprocess.run(
        [sys.executable, "-c", FULL_STICK, "300000", str(tmp_path / "data"), str(lessons), str(stick)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    outcome, said_so = done.stdout.strip().splitlines()[-2:]
    assert outcome == "full 0" and said_so == "True"  # 满了 … 没存完的文件已经删掉, in the words of the screen
    assert files_in(stick / AUDIO_FOLDER / "长课") == []  # no half file, named or partial


def pdf_sizes(path: Path) -> tuple[int, int]:
    """The page count and the size of the body text, in points (the first lesson's sentence)."""
    with pdfplumber.open(path) as pdf:
        sizes = [round(char["size"]) for char in pdf.pages[0].chars if char["text"] in "员要按时交纳费"]
        return len(pdf.pages), max(set(sizes), key=sizes.count)


def test_the_handout_saved_as_a_pdf_at_the_size_chosen(qtbot, ctx, stick):
    screen = show(qtbot, ctx)
    click(qtbot, screen.paper_button)
    assert screen.part == PAPER and "22" in screen.paper.size_label.text()
    click(qtbot, screen.paper.bigger)
    click(qtbot, screen.paper.bigger)
    click(qtbot, screen.paper.pinyin_button)
    assert "24" in screen.paper.size_label.text() and screen.paper.pinyin_button.text().startswith("✔")
    for _ in range(10):
        screen.paper.bigger.click()
    assert screen.paper.text_size == 28 and not screen.paper.bigger.isEnabled()  # 20 to 28, no further
    for _ in range(4):
        click(qtbot, screen.paper.smaller)
    click(qtbot, screen.paper.pdf_button)
    with qtbot.waitSignal(screen.paperEnded, timeout=60_000) as ended:
        choose_the_stick(qtbot, screen, stick)
        assert screen.message.text() == said(
            "OutreachScreen", "Saving the handout. Please do not pull out the USB stick…"
        )
    outcome = ended.args[0]
    assert outcome.kind == DONE
    [pdf] = (stick / HANDOUT_FOLDER).iterdir()
    assert pdf.name == "讲义-2026年12月学习-24号字-拼音.pdf"
    pages, body = pdf_sizes(pdf)
    assert pages == outcome.pages == 2 and body == 24  # each lesson from a new page, at the size chosen
    with pdfplumber.open(pdf) as document:
        heads = [page.extract_text().replace("\n", "") for page in document.pages]
    assert "第1课" in heads[0] and "第2课" in heads[1] and "2026年12月学习" in heads[0]
    assert screen.message.text() == screen.words.saved(outcome, "KINGSTON", HANDOUT_FOLDER)
    assert pdf.name in screen.message.text() and str(pages) in screen.message.text()


def test_without_a_printer_it_says_so_and_offers_the_pdf(qtbot, ctx):
    assert QPrinterInfo.defaultPrinter().isNull() and not QPrinterInfo.availablePrinters()  # for real here
    screen = show(qtbot, ctx, printers=QPrinterInfo.availablePrinters)
    click(qtbot, screen.paper_button)
    click(qtbot, screen.paper.print_button)
    no_printer = said(
        "PrinterPart",
        "This computer is not connected to a printer. Save the handout as a PDF on a USB stick and print it on another computer.",
    )
    assert screen.part == PRINTERS and screen.printer_part.message.text() == no_printer
    assert screen.printer_part.pdf_button.isVisible()
    click(qtbot, screen.printer_part.pdf_button)
    assert screen.part == DRIVES


def test_printed_on_the_printer_touched(qtbot, ctx, tmp_path):
    out = tmp_path / "printed.pdf"

    def printer_for(info) -> QPrinter:  # the printer's pages go to a file: the same drawing
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    screen = show(qtbot, ctx, printers=lambda: [QPrinterInfo()], printer_for=printer_for)
    click(qtbot, screen.paper_button)
    click(qtbot, screen.paper.print_button)
    [row] = screen.printer_part.printer_rows
    with qtbot.waitSignal(screen.paperEnded, timeout=60_000) as ended:
        click(qtbot, row)
    assert ended.args[0].kind == DONE
    pages, body = pdf_sizes(out)
    assert pages == ended.args[0].pages and body == 22 and screen.message.text() == screen.words.printed(ended.args[0])


def test_leaving_the_screen_while_it_exports_lets_it_finish(qtbot, window, stick):
    assert "outreach" in window.secretary.tiles  # the secretary's tile
    window.show_screen("outreach")
    screen = window.outreach
    screen.today = lambda: TODAY
    screen.refresh()
    click(qtbot, screen.audio_button)
    click(qtbot, screen.audio.go_button)
    with qtbot.waitSignal(screen.exportEnded, timeout=180_000) as ended:
        choose_the_stick(qtbot, screen, stick)
        window.show_screen("home")  # the secretary walks away: it goes on
        assert screen.working
    window.show_screen("outreach")
    settle()
    assert screen.part == HOME and ended.args[0].kind == DONE
    assert screen.message.text() == screen.words.audio(ended.args[0], "KINGSTON", "党员学习/2026-12")
    assert len(files_in(stick / AUDIO_FOLDER / "2026-12")) == len(screen.choice.lessons) > 0


PARTS = ("home", "choose", "course", "audio", "paper", "printers", "drives", "outcome", "working")


def open_part(screen: OutreachScreen, part: str) -> None:
    screen.audio_job = None
    screen.escape() if screen.part != HOME else None
    screen.refresh()
    if part == "choose":
        screen.open_chooser()
    elif part == "course":
        screen.open_chooser()
        screen.chooser.choice_rows[-1].click()  # the last course's page
    elif part == "audio":
        screen.audio_button.click()
    elif part == "paper":
        screen.paper_button.click()
    elif part == "printers":
        screen.open_printers()
    elif part == "drives":
        screen.open_drives(AUDIO)
    elif part == "outcome":  # the longest thing said
        screen._say(screen.words.audio(Outcome(FULL, [Path("a"), Path("b")]), "KINGSTON", "党员学习/测试课程"))
        screen._show_home()
    elif part == "working":  # as it is while an export runs (one that has not started: nothing is written)
        screen.audio_job = AudioJob([], Path("/nonexistent"), Path("/nonexistent"), list, "mandarin", dict, "")
        screen.progress.setText(screen.words.progress(12, 12, "关于进一步加强和改进新时代党员教育管理工作的若干意见"))
        screen._show_home()
        assert screen.stop_button.isVisible() and screen.stop_button.hasFocus()  # on the first page, ready
    settle()


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)], ids=["1024x768", "1366x768"])
@pytest.mark.parametrize("step", [0, 1, LARGEST], ids=lambda s: f"{TEXT_SIZES[s]}pt")
def test_every_part_follows_the_elder_rules(qtbot, ctx, size, step, stick):
    stick.mkdir()
    problems = []
    for theme in PALETTES:
        screen = show(qtbot, ctx, size=size, step=step, theme=theme)
        for part in PARTS:
            open_part(screen, part)
            problems += check_screen(screen, f"outreach {part} {theme}", screen)
        screen.close()
    assert problems == [], "\n".join(problems)


def test_the_secretary_page_keeps_every_tile_within_reach_at_the_largest_text(qtbot, window):
    """Nine tiles do not fit two by two under the top row at 72 pt on 1024x768: a page at a time."""
    window.apply_settings(replace(window.context.settings, text_step=LARGEST))
    window.resize(1024, 768)
    window.show_screen("secretary")
    settle()
    page = window.secretary
    seen, problems = set(), []
    for number in range(page.pager.count):
        page.pager.go_to(number)
        settle()
        seen |= {name for name, tile in page.tiles.items() if tile.isVisible()}
        problems += check_screen(window, f"secretary page {number + 1}")
    assert seen == set(page.tiles) and "outreach" in seen and problems == []
    assert (window.width(), window.height()) == (1024, 768)


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)], ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("step", [1, LARGEST], ids=lambda s: f"{TEXT_SIZES[s]}pt")
def test_the_two_main_actions_are_on_the_first_page_with_what_is_taken(qtbot, ctx, size, step):
    screen = show(qtbot, ctx, size=size, step=step)
    assert screen.home.pager.page == 0
    for widget in (screen.what, screen.audio_button, screen.paper_button):
        assert widget.isVisible(), widget.text()
