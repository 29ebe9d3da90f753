"""The learning poster (学习海报, issue 10): a member's name, course and figures on an A4 page to
print and put on the wall. One drawing for every paint device (QtGui only, no widgets): the
screen, a PNG, a one-page PDF and a printer share draw_poster.

Deep red and gold on warm paper; a double frame, five-pointed stars and diamonds drawn as paths
(no emblem, no flag). Every size is a share of the poster's width, so the poster looks the same
at any resolution; long names and titles shrink, then wrap, and are never cut off."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QLinearGradient,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QRadialGradient,
    QTextLayout,
    QTextOption,
)

from ..fonts import FONT_FAMILIES
from ..storage.files import WriteFailed, check_size, full_disk_message, replacing
from .report_pdf import _fix_text_of, _radical_fixes, check_pdf, ensure_gui_application

RESOLUTION = 300  # dots per inch of the PDF page
RATIO = math.sqrt(2)  # A4: height / width

# Serif (宋体/明体) for the headline, the name and the sentence; the program's sans for figures.
SERIF_FAMILIES = ["Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "STSong", "SimSun", *FONT_FAMILIES]
SANS_FAMILIES = FONT_FAMILIES

PAPER = QColor("#FCF5E6")
PAPER_EDGE = QColor("#F3E3C3")
RED = QColor("#8B1A1A")  # on PAPER: 9.6:1
DEEP_RED = QColor("#6E1212")
GOLD = QColor("#C9A043")  # lines and ornaments only, never text on paper
LIGHT_GOLD = QColor("#F7DC8E")  # the headline on RED: 7.5:1
INK = QColor("#3A2313")  # dark brown text on PAPER: 14:1
PANEL = QColor("#F6E6C2")  # under the figures; RED on it 8.5:1, INK 12:1

_FORBIDDEN = re.compile(r'[/\\:*?"<>|]')
MAX_NAME_CHARACTERS = 40  # of the member's name in the file name


@dataclass(frozen=True)
class PosterFigures:
    name: str
    course_title: str
    lessons_finished: int
    minutes_studied: int
    points: int
    day: date
    sentence: str  # one sentence from the lessons, a few to about 40 characters
    branch: str = ""


def _fill(template: str, *values: object) -> str:
    """%1, %2 ... replaced in one pass (a value holding "%2" stays as it is)."""
    texts = [str(value) for value in values]
    return re.sub(r"%([1-9])", lambda m: texts[int(m.group(1)) - 1], template)


def chinese_date(day: date) -> str:
    return _fill(QCoreApplication.translate("Poster", "%1-%2-%3"), day.year, day.month, day.day)  # 2026年12月2日


def _figure_templates(figures: PosterFigures) -> list[tuple[str, list[int]]]:
    """The three figures as (template with %1 for each number, the numbers)."""
    minutes = max(0, figures.minutes_studied)
    hours, rest = divmod(minutes, 60)
    if hours == 0:
        studied = (QCoreApplication.translate("Poster", "Studied %1 minutes"), [rest])  # 学了20分钟: not a score
    elif rest == 0:
        studied = (QCoreApplication.translate("Poster", "Studied %1 hours"), [hours])
    else:
        studied = (QCoreApplication.translate("Poster", "Studied %1 hours %2 minutes"), [hours, rest])
    return [
        (QCoreApplication.translate("Poster", "Finished %1 lessons"), [max(0, figures.lessons_finished)]),
        studied,
        (QCoreApplication.translate("Poster", "Earned %1 points"), [max(0, figures.points)]),
    ]


def figure_texts(figures: PosterFigures) -> list[str]:
    """The figures as they read on the poster: 学完了12课, 学了8小时20分, 得了360分."""
    return [_fill(template, *numbers) for template, numbers in _figure_templates(figures)]


# -- file names -------------------------------------------------------------------------------
def safe_file_part(text: str) -> str:
    """text as part of a file name on Windows and Linux: no / \\ : * ? " < > |, no control or
    invisible characters, spaces collapsed, no dot or space at the ends. May be empty."""
    kept = "".join(
        " " if char.isspace() else char
        for char in unicodedata.normalize("NFC", text)
        if not unicodedata.category(char).startswith("C") or char.isspace()
    )
    kept = re.sub(r" +", " ", _FORBIDDEN.sub("", kept))
    return kept.strip(" .")


def poster_stem(name: str, day: date) -> str:
    """学习海报-<name>-<YYYYMMDD>; without the name when nothing of it can be in a file name."""
    prefix = safe_file_part(QCoreApplication.translate("Poster", "Study poster")) or "poster"
    person = safe_file_part(name)[:MAX_NAME_CHARACTERS].rstrip(" .")
    return "-".join(part for part in (prefix, person, day.strftime("%Y%m%d")) if part)


# -- measuring and fitting text ---------------------------------------------------------------
def _font(families: list[str], pixels: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(families)
    font.setPixelSize(max(1, round(pixels)))
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # the same shapes at any size
    return font


def _lines(text: str, font: QFont, width: float, device: QPaintDevice | None) -> list[str]:
    """text broken into lines no wider than width (Chinese between characters, words kept whole
    when they fit, the rules of punctuation at line ends kept)."""
    layout = QTextLayout(text, font, device)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1.0, width))
        lines.append(text[line.textStart() : line.textStart() + line.textLength()].strip())
    layout.endLayout()
    return [line for line in lines if line] or [""]


@dataclass
class _Block:
    """Lines of one font, centred, measured for the device."""

    lines: list[str]
    font: QFont
    color: QColor
    line_height: float
    ascent: float

    @property
    def height(self) -> float:
        return self.line_height * len(self.lines)


def _fit(
    text: str,
    families: list[str],
    largest: float,
    smallest: float,
    width: float,
    device: QPaintDevice | None,
    color: QColor,
    bold: bool = False,
    lines: int = 1,
    spacing: float = 1.15,
) -> _Block:
    """The largest size from largest down to smallest at which text takes at most `lines` lines
    (one line as long as it can, then up to `lines`); at the smallest, as many lines as it needs."""
    pixels = largest
    while True:
        font = _font(families, pixels, bold)
        broken = _lines(text, font, width, device)
        allowed = 1 if pixels > (largest + smallest) / 2 else lines
        if len(broken) <= allowed or pixels <= smallest:
            metrics = QFontMetricsF(font, device) if device is not None else QFontMetricsF(font)
            return _Block(broken, font, color, metrics.height() * spacing, metrics.ascent())
        pixels = max(smallest, pixels * 0.94)


def _draw_block(painter: QPainter, block: _Block, left: float, width: float, top: float) -> None:
    painter.setFont(block.font)
    painter.setPen(block.color)
    metrics = QFontMetricsF(block.font, painter.device())
    extra = (block.line_height - metrics.height()) / 2
    for index, line in enumerate(block.lines):
        baseline = top + index * block.line_height + extra + metrics.ascent()
        x = left + (width - metrics.horizontalAdvance(line)) / 2
        painter.drawText(QPointF(x, baseline), line)


# -- ornament ---------------------------------------------------------------------------------
def star_path(center: QPointF, radius: float, inner: float = 0.382) -> QPainterPath:
    """A five-pointed star, one point up."""
    path = QPainterPath()
    for index in range(10):
        r = radius if index % 2 == 0 else radius * inner
        angle = -math.pi / 2 + index * math.pi / 5
        point = QPointF(center.x() + r * math.cos(angle), center.y() + r * math.sin(angle))
        if index == 0:
            path.moveTo(point)
        else:
            path.lineTo(point)
    path.closeSubpath()
    return path


def _diamond(center: QPointF, half_width: float, half_height: float) -> QPainterPath:
    path = QPainterPath()
    path.moveTo(center.x(), center.y() - half_height)
    path.lineTo(center.x() + half_width, center.y())
    path.lineTo(center.x(), center.y() + half_height)
    path.lineTo(center.x() - half_width, center.y())
    path.closeSubpath()
    return path


def _divider(painter: QPainter, center: QPointF, half_length: float, u: float) -> None:
    """A gold rule with a diamond in the middle and a small one at each end."""
    pen = QPen(GOLD, 0.3 * u)
    painter.setPen(pen)
    gap = 2.2 * u
    painter.drawLine(QPointF(center.x() - half_length, center.y()), QPointF(center.x() - gap, center.y()))
    painter.drawLine(QPointF(center.x() + gap, center.y()), QPointF(center.x() + half_length, center.y()))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(GOLD)
    painter.drawPath(_diamond(center, 1.4 * u, 0.9 * u))
    for side in (-1, 1):
        painter.drawPath(_diamond(QPointF(center.x() + side * half_length, center.y()), 0.6 * u, 0.6 * u))


def _corner(painter: QPainter, corner: QPointF, dx: float, dy: float, u: float) -> None:
    """A gold bracket in a corner of the inner frame, with a diamond at its tip (dx, dy: inward)."""
    length = 5.5 * u
    pen = QPen(GOLD, 0.45 * u)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    bracket = QPainterPath(QPointF(corner.x() + dx * length, corner.y()))
    bracket.lineTo(corner)
    bracket.lineTo(QPointF(corner.x(), corner.y() + dy * length))
    inner = QPointF(corner.x() + dx * 1.3 * u, corner.y() + dy * 1.3 * u)
    bracket.moveTo(QPointF(inner.x() + dx * (length - 2.0 * u), inner.y()))
    bracket.lineTo(inner)
    bracket.lineTo(QPointF(inner.x(), inner.y() + dy * (length - 2.0 * u)))
    painter.drawPath(bracket)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(GOLD)
    painter.drawPath(_diamond(QPointF(corner.x() + dx * 2.6 * u, corner.y() + dy * 2.6 * u), 0.7 * u, 0.7 * u))


def _paper_and_frame(painter: QPainter, page: QRectF, u: float) -> QRectF:
    """Warm paper, a red outer frame and a gold inner one with corner brackets; the room inside."""
    glow = QRadialGradient(page.center(), page.height() * 0.75)
    glow.setColorAt(0.0, PAPER)
    glow.setColorAt(0.6, PAPER)
    glow.setColorAt(1.0, PAPER_EDGE)
    painter.fillRect(page, QBrush(glow))

    outer = page.adjusted(3.2 * u, 3.2 * u, -3.2 * u, -3.2 * u)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(RED, 1.3 * u, Qt.PenStyle.SolidLine, Qt.PenCapStyle.SquareCap, Qt.PenJoinStyle.MiterJoin))
    painter.drawRect(outer)
    painter.setPen(QPen(GOLD, 0.3 * u, Qt.PenStyle.SolidLine, Qt.PenCapStyle.SquareCap, Qt.PenJoinStyle.MiterJoin))
    inner = outer.adjusted(1.7 * u, 1.7 * u, -1.7 * u, -1.7 * u)
    painter.drawRect(inner)
    for corner, dx, dy in (
        (inner.topLeft(), 1, 1),
        (inner.topRight(), -1, 1),
        (inner.bottomLeft(), 1, -1),
        (inner.bottomRight(), -1, -1),
    ):
        _corner(painter, QPointF(corner.x() + dx * 1.2 * u, corner.y() + dy * 1.2 * u), dx, dy, u)
    return inner


def _header(painter: QPainter, inner: QRectF, u: float, device: QPaintDevice | None) -> float:
    """The red banner across the top with the headline in gold between two stars; its bottom."""
    top, height = inner.top() + 4.0 * u, 16.5 * u
    band = QRectF(inner.left() + 4.0 * u, top, inner.width() - 8.0 * u, height)
    point = 3.0 * u  # the banner's lower edge dips to a point in the middle
    path = QPainterPath(band.topLeft())
    path.lineTo(band.topRight())
    path.lineTo(band.bottomRight())
    path.lineTo(QPointF(band.center().x(), band.bottom() + point))
    path.lineTo(band.bottomLeft())
    path.closeSubpath()
    shade = QLinearGradient(band.topLeft(), band.bottomLeft())
    shade.setColorAt(0.0, RED)
    shade.setColorAt(1.0, DEEP_RED)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(shade))
    painter.drawPath(path)
    trim = QPainterPath()
    trim.moveTo(band.left() + 1.2 * u, band.top() + 1.2 * u)
    trim.lineTo(band.right() - 1.2 * u, band.top() + 1.2 * u)
    trim.lineTo(band.right() - 1.2 * u, band.bottom() - 1.2 * u)
    trim.lineTo(band.center().x(), band.bottom() + point - 1.7 * u)
    trim.lineTo(band.left() + 1.2 * u, band.bottom() - 1.2 * u)
    trim.closeSubpath()
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(GOLD, 0.3 * u))
    painter.drawPath(trim)

    star_room = 9 * u
    block = _fit(
        QCoreApplication.translate("Poster", "Study Honour Roll"),
        SERIF_FAMILIES,
        10 * u,
        5.5 * u,
        band.width() - 2 * star_room - 2 * u,
        device,
        LIGHT_GOLD,
        bold=True,
    )
    text_top = band.top() + (band.height() - block.height) / 2 + 0.6 * u
    _draw_block(painter, block, band.left(), band.width(), text_top)
    metrics = QFontMetricsF(block.font, device) if device is not None else QFontMetricsF(block.font)
    half = metrics.horizontalAdvance(block.lines[0]) / 2
    star_y = text_top + block.height / 2
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(LIGHT_GOLD)
    for side in (-1, 1):
        x = band.center().x() + side * (half + 4.8 * u)
        painter.drawPath(star_path(QPointF(x, star_y), 2.9 * u))
    return band.bottom() + point


def _on_paper(color: QColor, share: float) -> QColor:
    """color laid thinly over the paper, as one opaque colour."""
    mix = [round(share * c + (1 - share) * p) for c, p in zip(color.getRgb()[:3], PAPER.getRgb()[:3], strict=True)]
    return QColor(*mix)


def _rays(painter: QPainter, inner: QRectF, origin: QPointF, u: float) -> None:
    """Faint gold rays fanning out from the banner's point, fading away (a glow behind the name)."""
    reach = inner.height() * 0.5
    fade = QRadialGradient(origin, reach)
    fade.setColorAt(0.0, _on_paper(GOLD, 0.14))  # opaque colours: a PDF viewer may drop a gradient's alpha
    fade.setColorAt(0.7, _on_paper(GOLD, 0.04))
    fade.setColorAt(1.0, PAPER)
    rays = QPainterPath()
    count, spread = 15, math.radians(150)
    for index in range(count):
        middle = math.pi / 2 - spread / 2 + spread * (index + 0.5) / count
        half = spread / count * 0.22
        rays.moveTo(origin)
        for angle in (middle - half, middle + half):
            rays.lineTo(origin.x() + reach * math.cos(angle), origin.y() + reach * math.sin(angle))
        rays.closeSubpath()
    painter.save()
    painter.setClipRect(inner, Qt.ClipOperation.IntersectClip)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(fade))
    painter.drawPath(rays)
    painter.restore()


@dataclass
class _Row:
    """One figure: its pieces (text, is a number) and the fonts to draw them."""

    pieces: list[tuple[str, bool]]
    words: QFont
    number: QFont


def _pieces(template: str, numbers: list[int]) -> list[tuple[str, bool]]:
    pieces: list[tuple[str, bool]] = []
    for index, part in enumerate(re.split(r"(%[1-9])", template)):
        if index % 2:
            pieces.append((f" {numbers[int(part[1]) - 1]} ", True))
        elif part.strip():
            pieces.append((part.strip(), False))
    return pieces


def _row_width(row: _Row, device: QPaintDevice | None) -> float:
    words = QFontMetricsF(row.words, device)
    number = QFontMetricsF(row.number, device)
    return sum((number if is_number else words).horizontalAdvance(text) for text, is_number in row.pieces)


def _figure_rows(figures: PosterFigures, width: float, u: float, device: QPaintDevice | None) -> list[_Row]:
    """The rows at one common size, the largest at which the widest fits."""
    scale = 1.0
    while True:
        rows = [
            _Row(_pieces(t, n), _font(SANS_FAMILIES, 5 * u * scale), _font(SANS_FAMILIES, 9 * u * scale, True))
            for t, n in _figure_templates(figures)
        ]
        if max(_row_width(row, device) for row in rows) <= width or scale < 0.3:
            return rows
        scale *= 0.94


def _draw_figures(painter: QPainter, rows: list[_Row], box: QRectF, u: float) -> None:
    """A pale gold panel; each row a red star, its words in brown and its numbers large in red,
    the rows left-aligned as one block in the middle of the panel."""
    painter.setPen(QPen(GOLD, 0.3 * u))
    painter.setBrush(PANEL)
    painter.drawRoundedRect(box, 2.0 * u, 2.0 * u)
    device = painter.device()
    row_height = box.height() / len(rows)
    star_room = 6 * u
    block_width = star_room + max(_row_width(row, device) for row in rows)
    left = box.center().x() - block_width / 2
    for index, row in enumerate(rows):
        words, number = QFontMetricsF(row.words, device), QFontMetricsF(row.number, device)
        middle = box.top() + (index + 0.5) * row_height
        baseline = middle + (number.capHeight() if number.capHeight() > 0 else number.ascent() * 0.7) / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(RED)
        star_middle = baseline - 0.36 * row.words.pixelSize()  # the middle of the words' characters
        painter.drawPath(star_path(QPointF(left + 2 * u, star_middle), 1.8 * u))
        x = left + star_room
        for text, is_number in row.pieces:
            painter.setFont(row.number if is_number else row.words)
            painter.setPen(RED if is_number else INK)
            painter.drawText(QPointF(x, baseline), text)
            x += (number if is_number else words).horizontalAdvance(text)
        if index:
            painter.setPen(QPen(GOLD, 0.2 * u, Qt.PenStyle.DotLine))
            y = box.top() + index * row_height
            painter.drawLine(QPointF(box.left() + 5 * u, y), QPointF(box.right() - 5 * u, y))


def _quoted(sentence: str) -> str:
    text = " ".join(sentence.split()).strip("“”\"'「」 ")
    return f"“{text}”" if text else ""


def draw_poster(painter: QPainter, rect: QRectF, figures: PosterFigures) -> None:
    """Draw the poster into rect (the largest A4-shaped box in it, centred) on any paint device."""
    rect = QRectF(rect)
    width = min(rect.width(), rect.height() / RATIO)
    page = QRectF(0, 0, width, width * RATIO)
    page.moveCenter(rect.center())
    if width <= 0:
        return
    u = width / 100  # every size is a share of the width
    device = painter.device()
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setClipRect(page)
        inner = _paper_and_frame(painter, page, u)
        _rays(painter, inner, QPointF(page.center().x(), inner.top() + 20 * u), u)
        y = _header(painter, inner, u, device)

        text_left, text_width = inner.left() + 6 * u, inner.width() - 12 * u
        bottom = inner.bottom() - 2.5 * u
        foot = _fit(
            QCoreApplication.translate("Poster", "Study Station"),
            SANS_FAMILIES,
            3.2 * u,
            2.6 * u,
            text_width,
            device,
            RED,
        )
        day = _fit(chinese_date(figures.day), SANS_FAMILIES, 4.6 * u, 3 * u, text_width, device, INK)

        blocks: list[tuple[str, object, float]] = []  # (kind, what, space before)
        name = _fit(
            figures.name.strip() or " ", SERIF_FAMILIES, 16 * u, 7 * u, text_width - 12 * u, device, RED, True, 2, 1.1
        )
        comrade = _fit(
            QCoreApplication.translate("Poster", "Comrade"), SERIF_FAMILIES, 5 * u, 4 * u, text_width, device, INK
        )
        blocks.append(("name", (name, comrade), 0))
        if figures.branch.strip():
            branch = _fit(figures.branch.strip(), SANS_FAMILIES, 5 * u, 3.6 * u, text_width, device, INK, lines=2)
            blocks.append(("text", branch, 1.0 * u))
        blocks.append(("divider", None, 2.5 * u))
        label = _fit(
            QCoreApplication.translate("Poster", "Course"), SANS_FAMILIES, 3.6 * u, 3.2 * u, text_width, device, INK
        )
        blocks.append(("text", label, 2.5 * u))
        title = f"《{figures.course_title.strip()}》" if figures.course_title.strip() else " "
        course = _fit(title, SERIF_FAMILIES, 6.5 * u, 4.2 * u, text_width, device, RED, True, 2)
        blocks.append(("text", course, 0.5 * u))
        rows = _figure_rows(figures, text_width - 12 * u, u, device)
        panel_height = 3 * 11 * u * max(row.number.pixelSize() for row in rows) / (9 * u)
        blocks.append(("figures", rows, 3.5 * u))
        sentence = _quoted(figures.sentence)
        if sentence:
            said = _fit(sentence, SERIF_FAMILIES, 5 * u, 3.6 * u, text_width - 4 * u, device, INK, False, 3, 1.12)
            blocks.append(("text", said, 3.5 * u))

        def height_of(kind: str, what) -> float:
            if kind == "name":
                return what[0].height
            if kind == "divider":
                return 1.8 * u
            if kind == "figures":
                return panel_height
            return what.height

        room = bottom - foot.height - 1.0 * u - day.height - 2 * u - (y + 3 * u)
        needed = sum(height_of(kind, what) + space for kind, what, space in blocks)
        spare = room - needed
        stretch = max(0.0, spare) / (len(blocks) + 1)  # the spare room shared out between the blocks
        squeeze = min(1.0, room / needed) if needed > 0 else 1.0

        painter.save()
        top = y + 3 * u + stretch
        if squeeze < 1.0:  # very long texts: the middle drawn smaller rather than cut off
            centre_x = page.center().x()
            painter.translate(centre_x, top)
            painter.scale(squeeze, squeeze)
            painter.translate(-centre_x, -top)
        for kind, what, space in blocks:
            top += space + (stretch if kind != "name" else 0)
            if kind == "name":
                name_block, comrade_block = what
                _draw_name(painter, name_block, comrade_block, text_left, text_width, top, u)
            elif kind == "divider":
                _divider(painter, QPointF(page.center().x(), top + 0.9 * u), 22 * u, u)
            elif kind == "figures":
                _draw_figures(painter, what, QRectF(text_left + 2 * u, top, text_width - 4 * u, panel_height), u)
            else:
                _draw_block(painter, what, text_left, text_width, top)
            top += height_of(kind, what)
        painter.restore()

        _draw_block(painter, day, text_left, text_width, bottom - foot.height - 1.0 * u - day.height)
        _draw_block(painter, foot, text_left, text_width, bottom - foot.height)
    finally:
        painter.restore()


def _draw_name(painter: QPainter, name: _Block, comrade: _Block, left: float, width: float, top: float, u) -> None:
    """The name very large and centred; 同志 after its last line on the same baseline, the two
    centred together."""
    device = painter.device()
    metrics = QFontMetricsF(name.font, device)
    after = QFontMetricsF(comrade.font, device).horizontalAdvance(comrade.lines[0])
    gap = 1.2 * u
    extra = (name.line_height - metrics.height()) / 2
    painter.setFont(name.font)
    painter.setPen(name.color)
    for index, line in enumerate(name.lines):
        last = index == len(name.lines) - 1
        line_width = metrics.horizontalAdvance(line) + ((gap + after) if last else 0)
        x = left + (width - line_width) / 2
        baseline = top + index * name.line_height + extra + metrics.ascent()
        painter.setFont(name.font)
        painter.setPen(name.color)
        painter.drawText(QPointF(x, baseline), line)
        if last:
            painter.setFont(comrade.font)
            painter.setPen(comrade.color)
            painter.drawText(QPointF(x + metrics.horizontalAdvance(line) + gap, baseline), comrade.lines[0])


# -- images and files -------------------------------------------------------------------------
def poster_image(figures: PosterFigures, width: int = 1240) -> QImage:
    """The poster as an image of A4 proportions (1240 wide: 150 dpi on A4)."""
    ensure_gui_application()
    width = max(1, int(width))
    image = QImage(width, round(width * RATIO), QImage.Format.Format_RGB32)
    image.fill(PAPER)
    painter = QPainter(image)
    try:
        draw_poster(painter, QRectF(0, 0, image.width(), image.height()), figures)
    finally:
        painter.end()
    return image


def _png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("cannot encode the poster as PNG")
    buffer.close()
    return bytes(data.data())


def _write_pdf(figures: PosterFigures, path: Path) -> None:
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    prefix = QCoreApplication.translate("Poster", "Study poster")
    writer.setTitle(f"{prefix} {figures.name}".strip())
    writer.setCreator(QCoreApplication.translate("Poster", "Study Station"))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    full = writer.pageLayout().fullRectPixels(RESOLUTION)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("cannot open the PDF file for writing")
    try:
        draw_poster(painter, QRectF(0, 0, full.width(), full.height()), figures)
    finally:
        painter.end()
    del writer  # the file is closed before it is touched again


def _poster_text(figures: PosterFigures) -> str:
    return "".join(
        [
            figures.name,
            figures.branch,
            figures.course_title,
            figures.sentence,
            *figure_texts(figures),
            QCoreApplication.translate("Poster", "Study Honour Roll"),
            QCoreApplication.translate("Poster", "Comrade"),
            QCoreApplication.translate("Poster", "Course"),
            chinese_date(figures.day),
            QCoreApplication.translate("Poster", "Study Station"),
        ]
    )


def save_poster(figures: PosterFigures, folder: Path) -> tuple[Path, Path]:
    """Write 学习海报-<name>-<YYYYMMDD>.png (150 dpi) and .pdf (one A4 page, fonts embedded) into
    folder, each whole or not at all; when either cannot be written neither is replaced.
    Raises WriteFailed (plain Chinese) as the report writer does."""
    ensure_gui_application()
    folder = Path(folder)
    stem = poster_stem(figures.name, figures.day)
    png, pdf = folder / f"{stem}.png", folder / f"{stem}.pdf"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise WriteFailed(full_disk_message(pdf)) from error
    image = _png_bytes(poster_image(figures))
    check: Callable[[Path], None] = lambda path: check_pdf(path, pages=1)  # noqa: E731
    # Both written before either takes its name: a PNG or a PDF that cannot be written replaces
    # neither file (the PDF is renamed first, then the PNG, written and checked already).
    with replacing(png, check_size(len(image))) as png_temp:
        png_temp.write_bytes(image)
        with replacing(pdf, check) as pdf_temp:
            _write_pdf(figures, pdf_temp)
            text = _poster_text(figures)
            _fix_text_of(pdf_temp, _radical_fixes([_font(SERIF_FAMILIES, 40), _font(SANS_FAMILIES, 40)], text))
    return png, pdf
