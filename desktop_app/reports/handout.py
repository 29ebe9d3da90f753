"""Large-print A4 handouts (送学上门): one lesson, a course or a month's lessons on paper, drawn
with QPainter on any paged device: a QPdfWriter for the file, a QPrinter for the printer (QtGui
only, no widgets; painting may run off the interface thread).

Each lesson starts on a new page: its title, its text (body 20-28 pt, headings larger), then its
quiz on pages of its own with big boxes to tick; the answers come last, on a sheet of their own.
Every page has the course and the date at the head and 第 N 页，共 M 页 at the foot. Lines are
broken as a typesetter does (text/linebreak.py); with pinyin chosen, the hard characters
(text/hard_characters.py) carry their reading small above them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPagedPaintDevice, QPainter, QPdfWriter, QPen

from ..fonts import ui_font
from ..lessons.model import Lesson, Library, Question
from ..storage.files import replacing
from .handout_layout import Block, Box, Page, Section, Typesetter
from .report_pdf import _fix_text_of, _radical_fixes, _set_a4, check_pdf, ensure_gui_application

SIZES = range(20, 29)  # body text, points
DEFAULT_SIZE = 22
MARGINS_MM = (22, 20, 22, 20)  # left, top, right, bottom
RESOLUTION = 720  # dots per inch of the PDF's drawing: 10 per point, so a 21 pt font is 21 pt in the file
KIND_LABELS = {"single": "单选", "multiple": "多选，可以选几个", "truefalse": "判断对错"}


@dataclass(frozen=True)
class HandoutLesson:
    lesson: Lesson
    header: str  # the head of its pages: the course (and the month)


@dataclass(frozen=True)
class Handout:
    title: str  # of the whole handout (the PDF's title, the answer sheet's head)
    lessons: tuple[HandoutLesson, ...]
    made_on: date
    size: int = DEFAULT_SIZE
    hard: frozenset[str] = frozenset()  # characters to show the pinyin of; empty: no pinyin
    readings: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # the program's pronunciation list

    def __post_init__(self) -> None:
        if self.size not in SIZES:
            raise ValueError(f"body size {self.size} is not in {SIZES.start}-{SIZES.stop - 1}")


def make_handout(
    library: Library,
    lessons: Sequence[Lesson],
    title: str,
    made_on: date,
    size: int = DEFAULT_SIZE,
    hard: frozenset[str] = frozenset(),
    readings: Mapping[str, tuple[str, ...]] | None = None,
    month_label: str = "",
) -> Handout:
    """A handout of lessons of the library, each page headed with its course (and the month)."""

    def header(lesson: Lesson) -> str:
        course = library.courses.get(lesson.course_id)
        return "　".join(
            part for part in (f"{month_label}学习" if month_label else "", course and course.title) if part
        )

    items = tuple(HandoutLesson(lesson, header(lesson)) for lesson in lessons)
    return Handout(title, items, made_on, size, hard, dict(readings or {}))


def date_text(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _lesson_blocks(lesson: Lesson, size: int) -> tuple[Block, ...]:
    blocks = [Block(lesson.title, round(size * 1.5), bold=True, keep_with_next=True, justify=False)]
    for block in lesson.blocks:
        if block.kind == "heading":
            blocks.append(
                Block(block.text, round(size * 1.25), bold=True, space_before=0.8, keep_with_next=True, justify=False)
            )
        else:
            blocks.append(Block(block.text, size, indent=True, space_before=0.5))
    return tuple(blocks)


def _options(question: Question) -> tuple[tuple[str, str], ...]:
    """(letter, text) of each option."""
    if question.kind == "truefalse":
        return (("", "对"), ("", "错"))
    return tuple((f"{chr(ord('A') + index)}．", text) for index, text in enumerate(question.options))


def _quiz_blocks(lesson: Lesson, size: int) -> tuple[Block, ...]:
    blocks = [
        Block(f"测验：{lesson.title}", round(size * 1.25), bold=True, keep_with_next=True, justify=False),
        Block("姓名：____________", size, space_before=0.5),
        Block("在您认为对的答案前面的方框里打“√”。答案在最后一页。", size, space_before=0.5),
    ]
    for number, question in enumerate(lesson.quiz, start=1):
        label = KIND_LABELS[question.kind]
        question_text = f"（{label}）{question.text}"
        blocks.append(Block(question_text, size, bold=True, space_before=0.8, keep_with_next=True, lead=f"{number}．"))
        options = _options(question)
        for index, (lead, option) in enumerate(options):  # the question and its options on one page
            keep = index < len(options) - 1
            blocks.append(Block(option, size, box=True, space_before=0.2, keep_with_next=keep, lead=lead))
    return tuple(blocks)


def answer_text(question: Question) -> str:
    if question.kind == "truefalse":
        return "对" if question.answer == (0,) else "错"
    letters = [chr(ord("A") + index) for index in question.answer]
    if len(letters) == 1:
        return f"{letters[0]}．{question.options[question.answer[0]]}"
    return "、".join(letters)


def _answer_blocks(handout: Handout) -> tuple[Block, ...]:
    size = handout.size
    blocks = [
        Block("测验答案", round(size * 1.5), bold=True, keep_with_next=True, justify=False),
        Block("这一页是答案，请做完测验再看。", size, space_before=0.3),
    ]
    for item in handout.lessons:
        if not item.lesson.quiz:
            continue
        blocks.append(
            Block(
                item.lesson.title, round(size * 1.25), bold=True, space_before=0.8, keep_with_next=True, justify=False
            )
        )
        for number, question in enumerate(item.lesson.quiz, start=1):
            lead, keep = f"{number}．", bool(question.explanation)
            answer = f"答案：{answer_text(question)}"
            blocks.append(Block(answer, size, bold=True, space_before=0.5, keep_with_next=keep, lead=lead))
            if question.explanation:
                blocks.append(Block(f"解析：{question.explanation}", size, hang=lead))
    return tuple(blocks)


def sections(handout: Handout) -> list[Section]:
    """What is printed, section by section (each from a new page)."""
    found = []
    for item in handout.lessons:
        lesson = item.lesson
        readings = {**handout.readings, **lesson.readings}
        found.append(Section(item.header, _lesson_blocks(lesson, handout.size), readings))
        if lesson.quiz:
            found.append(Section(item.header, _quiz_blocks(lesson, handout.size), readings))
    if any(item.lesson.quiz for item in handout.lessons):
        headers = {item.header for item in handout.lessons}
        header = headers.pop() if len(headers) == 1 else handout.title  # one course: its name
        found.append(Section(header, _answer_blocks(handout), handout.readings))
    return found


class _Sheet:
    """The page frame: header (course, date, a rule under them) and footer (the page number)."""

    def __init__(self, handout: Handout, device: QPagedPaintDevice, paint: QRectF):
        self.handout, self.paint = handout, paint
        self.unit = device.logicalDpiY() / 72
        self.font = ui_font(round(handout.size * 0.8))
        self.metrics = QFontMetricsF(self.font, device)
        self.band = self.metrics.height() * 1.2  # header or footer line
        self.gap = 0.6 * handout.size * self.unit  # between the band and the text
        self.body = QRectF(
            paint.left(),
            paint.top() + self.band + self.gap,
            paint.width(),
            paint.height() - 2 * (self.band + self.gap),
        )

    def draw(self, painter: QPainter, page: Page, number: int, total: int) -> str:
        made = date_text(self.handout.made_on)
        room = self.paint.width() - self.metrics.horizontalAdvance(made) - 2 * self.handout.size * self.unit
        header = self.metrics.elidedText(page.header, Qt.TextElideMode.ElideRight, room)
        footer = f"第 {number} 页，共 {total} 页"
        top = QRectF(self.paint.left(), self.paint.top(), self.paint.width(), self.band)
        bottom = QRectF(self.paint.left(), self.paint.bottom() - self.band, self.paint.width(), self.band)
        painter.setFont(self.font)
        painter.setPen(QColor("black"))
        painter.drawText(top, int((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value), header)
        painter.drawText(top, int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value), made)
        painter.drawText(bottom, int(Qt.AlignmentFlag.AlignCenter.value), footer)
        pen = QPen(QColor("black"))
        pen.setWidthF(0.8 * self.unit)
        painter.setPen(pen)
        painter.drawLine(QPointF(top.left(), top.bottom()), QPointF(top.right(), top.bottom()))
        return header + made + footer


def _draw(painter: QPainter, page: Page, origin: QPointF, unit: float) -> str:
    pen = QPen(QColor("black"))
    pen.setWidthF(1.5 * unit)
    drawn, font = [], None
    for item in page.items:
        if isinstance(item, Box):
            painter.setPen(pen)
            painter.drawRect(item.rect.translated(origin))
            continue
        if font is not item.font:
            font = item.font
            painter.setFont(font)
        painter.setPen(QColor("black"))
        painter.drawText(QPointF(origin.x() + item.x, origin.y() + item.y), item.text)
        drawn.append(item.text)
    return "".join(drawn)


def lay_out(handout: Handout, device: QPagedPaintDevice) -> tuple[_Sheet, list[Page]]:
    """A4 with the handout's margins set on device; the pages laid out on it."""
    ensure_gui_application()
    _set_a4(device, landscape=False, margins_mm=MARGINS_MM)
    paint = device.pageLayout().paintRectPixels(device.logicalDpiX())
    sheet = _Sheet(handout, device, QRectF(0, 0, paint.width(), paint.height()))  # the painter starts at the margins
    setter = Typesetter(device, sheet.body.width(), handout.hard)
    return sheet, setter.pages(sections(handout), sheet.body.height())


def paint_handout(handout: Handout, device: QPagedPaintDevice) -> tuple[int, str]:
    """Lay the handout out on A4 and draw it on device (a QPdfWriter or a QPrinter: the same
    pages). The page count and all the text drawn. Raises OSError when the device cannot be drawn on."""
    sheet, pages = lay_out(handout, device)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot open the PDF file or the printer for drawing")
    texts = []
    try:
        for number, page in enumerate(pages, start=1):
            if number > 1 and not device.newPage():
                raise OSError("the PDF file or the printer took no new page")
            texts.append(sheet.draw(painter, page, number, len(pages)))
            texts.append(_draw(painter, page, sheet.body.topLeft(), sheet.unit))
    except BaseException:
        painter.end()
        raise
    if not painter.end():
        raise OSError("the PDF file or the printer did not take the whole handout")
    return len(pages), "".join(texts)


def write_handout(handout: Handout, out: Path) -> int:
    """Write the handout to out as a PDF (replacing it only once it is complete); the page count.
    Raises WriteFailed (plain Chinese) when it cannot be written whole: the old file is kept."""
    ensure_gui_application()
    count = [0]
    with replacing(Path(out), lambda path: check_pdf(path, count[0])) as temp:
        writer = QPdfWriter(str(temp))
        writer.setResolution(RESOLUTION)
        writer.setTitle(handout.title)
        writer.setCreator("党员学习站")
        count[0], text = paint_handout(handout, writer)
        del writer  # the file is closed before it is touched again
        fonts = [ui_font(handout.size), ui_font(handout.size, bold=True)]
        _fix_text_of(temp, _radical_fixes(fonts, text))
    return count[0]
