"""The secretary's report as a large-print A4 PDF, laid out and drawn with QPainter on any paged
device: a QPdfWriter for the file, a QPrinter for the printer (QtGui only, no widgets): black on
white, table text 16 pt, title and the list of who has not studied 20 pt and more, the table's
header on every page, page numbers."""

from __future__ import annotations

import math
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QRawFont,
)

from ..fonts import ui_font
from ..storage.files import IncompleteFile, check_pdf_structure, replacing
from .secretary import MemberRow, Report, hours_text, names

RESOLUTION = 300  # dots per inch of the PDF's drawing (it is vector); a printer keeps its own
TABLE_PT = 16
TITLE_PT = 26
HEADING_PT = 24
LIST_PT = 22
MARGIN_MM = 12
HEADER_FILL = QColor("#d0d0d0")  # black text on it: 13:1
STRIPE_FILL = QColor("#efefef")  # every other row, to follow a row across the page: 18:1

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
WRAP = Qt.TextFlag.TextWordWrap


_created: list[QGuiApplication] = []  # the one made here, kept for as long as the program runs


def ensure_gui_application() -> QGuiApplication:
    """Fonts need a QGuiApplication: the running one, else a new one (offscreen from the CLI)."""
    app = QCoreApplication.instance()
    if app is None:
        app = QGuiApplication([sys.argv[0] if sys.argv else "desktop-app"])
        _created.append(app)
    if not isinstance(app, QGuiApplication):
        raise RuntimeError("a QCoreApplication without a GUI is running; cannot draw a PDF")
    return app


_font = ui_font  # the program's Chinese fonts, at print sizes


@dataclass(frozen=True)
class _Column:
    header: str  # lines split by \n
    align: Qt.AlignmentFlag
    wraps: bool = False  # may be narrowed (its text then wraps)


@dataclass
class _Text:
    rect: QRectF
    text: str
    font: QFont
    align: Qt.AlignmentFlag


@dataclass
class _Box:
    rect: QRectF
    fill: QColor | None = None  # a ruled row, filled or not


def _cells(report: Report, row: MemberRow) -> list[tuple[str, bool]]:
    """The row's cells as (text, bold)."""
    name = "\n".join([row.name, *row.second_line.split(" ")]) if row.second_line else row.name  # 尾号 kept whole
    cells = [(name, False)]
    if report.branch is None:
        cells.append((row.branch, False))
    cells += [
        (hours_text(row.hours_month), False),
        (hours_text(row.hours_season), False),
        (str(row.lessons_finished), False),
        (row.last_visit.isoformat() if row.last_visit else "没学过", False),
        ("没测验" if row.quiz_average is None else f"{math.floor(row.quiz_average + 0.5)}分", False),  # 87.5: 88
        (str(row.points_month), False),
        ("学了", False) if row.studied_this_month else ("没学", True),
    ]
    return cells


def _columns(report: Report) -> list[_Column]:
    columns = [_Column("姓名", LEFT, wraps=True)]
    if report.branch is None:
        columns.append(_Column("支部", LEFT, wraps=True))
    return columns + [
        _Column("本月学习\n小时数", RIGHT),
        _Column("本季学习\n小时数", RIGHT),
        _Column("学完课文\n篇数", RIGHT),
        _Column("最近一次\n学习", CENTER),
        _Column("测验\n平均分", CENTER),
        _Column("本月\n得分", RIGHT),
        _Column("本月\n学了吗", CENTER),
    ]


class _Layout:
    """Everything to draw, page by page, in device units of the paged device (QPdfWriter, QPrinter)."""

    def __init__(self, report: Report, writer: QPagedPaintDevice):
        self.report, self.writer = report, writer
        self.unit = writer.logicalDpiY() / 72  # device units per point
        self.table_font, self.table_bold = _font(TABLE_PT), _font(TABLE_PT, bold=True)
        self.metrics = QFontMetricsF(self.table_font, writer)
        self.bold_metrics = QFontMetricsF(self.table_bold, writer)
        self.pad = 7 * self.unit  # inside a cell, on each side
        self.columns = _columns(report)
        self.cells = [_cells(report, row) for row in report.rows]
        self.pages: list[list] = []

    # -- measuring
    def _width(self, text: str, bold: bool = False) -> float:
        metrics = self.bold_metrics if bold else self.metrics
        return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0.0)

    def _text_height(self, text: str, width: float, font: QFont) -> float:
        metrics = QFontMetricsF(font, self.writer)
        flags = int((Qt.AlignmentFlag.AlignLeft | WRAP).value)
        return metrics.boundingRect(QRectF(0, 0, max(width, 1.0), 1e7), flags, text or " ").height()

    def _column_widths(self, whole: bool) -> list[float]:
        """Each column as wide as its widest text; with whole=False, a narrowable column as wide
        as its widest first line (at least four characters): the rest may wrap."""
        widths = []
        for index, column in enumerate(self.columns):
            texts = [self._width(column.header, bold=True)]
            for cells in self.cells:
                text, bold = cells[index]
                texts.append(self._width(text if whole or not column.wraps else text.split("\n")[0], bold))
            if column.wraps and not whole:
                texts.append(4 * self.metrics.horizontalAdvance("国"))
            widths.append(max(texts) + 2 * self.pad + 1)
        return widths

    def natural_widths(self) -> list[float]:
        """The narrowest the table is without wrapping more than second lines."""
        return self._column_widths(whole=False)

    def fit_widths(self, available: float) -> list[float]:
        whole, natural = self._column_widths(whole=True), self.natural_widths()
        if sum(whole) <= available:  # everything on one line: share the room left in proportion
            return [width * available / sum(whole) for width in whole]
        if sum(natural) <= available:  # the narrowable columns get the room left
            wanted = [w - n for w, n in zip(whole, natural, strict=False)]
            share = (available - sum(natural)) / sum(wanted)
            return [n + want * share for n, want in zip(natural, wanted, strict=False)]
        # Too wide even so (long branch names): narrow those columns, then everything.
        least = 4 * self.metrics.horizontalAdvance("国") + 2 * self.pad
        flexible = [i for i, column in enumerate(self.columns) if column.wraps and natural[i] > least]
        room = sum(natural[i] - least for i in flexible)
        excess = sum(natural) - available
        widths = list(natural)
        for i in flexible:
            widths[i] -= (natural[i] - least) * min(1.0, excess / room)
        return [width * min(1.0, available / sum(widths)) for width in widths]

    # -- laying out
    def run(self, page: QRectF) -> list[list]:
        self.page = page
        self.footer_height = self.metrics.lineSpacing() * 1.6
        self.bottom = page.bottom() - self.footer_height
        self.widths = self.fit_widths(page.width())
        self._new_page()
        self._title()
        self._table()
        self._not_studied()
        return self.pages

    def _new_page(self) -> None:
        self.ops: list = []
        self.pages.append(self.ops)
        self.y = self.page.top()

    def _text(self, rect: QRectF, text: str, font: QFont, align=LEFT) -> None:
        self.ops.append(_Text(rect, text, font, align))

    def _paragraph(self, text: str, font: QFont, space_after: float) -> None:
        height = self._text_height(text, self.page.width(), font)
        self._text(QRectF(self.page.left(), self.y, self.page.width(), height), text, font, LEFT | WRAP)
        self.y += height + space_after

    def _title(self) -> None:
        report = self.report
        made = f"{report.made_on.year}年{report.made_on.month}月{report.made_on.day}日"
        season = f"{report.season_start.year}年{report.season_start.month}月{report.season_start.day}日"
        studied = len(report.rows) - len(report.not_studied)
        self._paragraph(report.title, _font(TITLE_PT, bold=True), 4 * self.unit)
        self._paragraph(
            f"共 {len(report.rows)} 名党员，本月学习了 {studied} 人，还没有学习 {len(report.not_studied)} 人。",
            self.table_font,
            0,
        )
        self._paragraph(f"本季从{season}算起。制表日期：{made}", self.table_font, 12 * self.unit)

    def _row_height(self, texts: list[tuple[str, bool]]) -> float:
        heights = [
            self._text_height(text, width - 2 * self.pad, self.table_bold if bold else self.table_font)
            for (text, bold), width in zip(texts, self.widths, strict=False)
        ]
        return max(heights) + 2 * self.pad

    def _table_row(self, texts: list[tuple[str, bool]], height: float, fill: QColor | None) -> None:
        x = self.page.left()
        self.ops.append(_Box(QRectF(x, self.y, sum(self.widths), height), fill))
        for (text, bold), width, column in zip(texts, self.widths, self.columns, strict=False):
            cell = QRectF(x + self.pad, self.y, width - 2 * self.pad, height)
            self._text(cell, text, self.table_bold if bold else self.table_font, column.align | WRAP)
            x += width
        self.y += height

    def _table(self) -> None:
        header = [(column.header, True) for column in self.columns]
        header_height = self._row_height(header)
        self._table_row(header, header_height, HEADER_FILL)
        for index, cells in enumerate(self.cells):
            height = self._row_height(cells)
            if self.y + height > self.bottom:
                self._new_page()
                self._table_row(header, header_height, HEADER_FILL)
            self._table_row(cells, height, STRIPE_FILL if index % 2 else None)
        self.y += 24 * self.unit

    def _not_studied(self) -> None:
        heading_font, list_font = _font(HEADING_PT, bold=True), _font(LIST_PT)
        rows = self.report.not_studied
        heading = f"本月还没有学习的党员（{len(rows)}人）"
        entries = names(rows) or ["本月每一位党员都学习了。" if self.report.rows else "名单里还没有党员。"]
        list_metrics = QFontMetricsF(list_font, self.writer)
        gap = 2 * list_metrics.horizontalAdvance("国")
        widest = max(list_metrics.horizontalAdvance(entry) for entry in entries) + gap
        per_line = max(1, int(self.page.width() // widest)) if rows else 1
        width = self.page.width() / per_line
        lines = [entries[i : i + per_line] for i in range(0, len(entries), per_line)]
        heights = [
            max(self._text_height(entry, width - gap, list_font) for entry in line) + list_metrics.height() * 0.5
            for line in lines
        ]
        heading_height = self._text_height(heading, self.page.width(), heading_font) + 8 * self.unit
        if self.y + heading_height + heights[0] > self.bottom:
            self._new_page()
        self._paragraph(heading, heading_font, 8 * self.unit)
        for line, height in zip(lines, heights, strict=False):
            if self.y + height > self.bottom:
                self._new_page()
                self._paragraph(heading.replace("（", "（续，共"), heading_font, 8 * self.unit)
            for column, entry in enumerate(line):
                self._text(
                    QRectF(self.page.left() + column * width, self.y, width - gap, height),
                    entry,
                    list_font,
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | WRAP,
                )
            self.y += height

    def footer(self, number: int, total: int) -> list[_Text]:
        rect = QRectF(self.page.left(), self.page.bottom() - self.footer_height, self.page.width(), self.footer_height)
        return [
            _Text(rect, self.report.title, self.table_font, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
            _Text(
                rect,
                f"第 {number} 页，共 {total} 页",
                self.table_font,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
            ),
        ]


def _paint(painter: QPainter, ops: list, unit: float) -> None:
    pen = QPen(QColor("black"))
    pen.setWidthF(1.0 * unit)
    for op in ops:
        if isinstance(op, _Box):
            if op.fill is not None:
                painter.fillRect(op.rect, op.fill)
            painter.setPen(pen)
            painter.drawLine(QPointF(op.rect.left(), op.rect.bottom()), QPointF(op.rect.right(), op.rect.bottom()))
            painter.drawLine(QPointF(op.rect.left(), op.rect.top()), QPointF(op.rect.right(), op.rect.top()))
        else:
            painter.setFont(op.font)
            painter.setPen(QColor("black"))
            painter.drawText(op.rect, int(op.align.value), op.text)


def _set_a4(device: QPagedPaintDevice, landscape: bool, margins_mm: tuple[float, ...] = (MARGIN_MM,) * 4) -> None:
    """A4 with the report's margins (or others: left, top, right, bottom). A printer that refuses
    the margins (it cannot print that near the edge) keeps its own and still gets A4 in that
    orientation."""
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    margins = QMarginsF(*margins_mm)
    a4 = QPageSize(QPageSize.PageSizeId.A4)
    if not device.setPageLayout(QPageLayout(a4, orientation, margins, QPageLayout.Unit.Millimeter)):
        device.setPageSize(a4)
        device.setPageOrientation(orientation)


def _writer(path: Path, report: Report) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setTitle(report.title)
    writer.setCreator("党员学习站")
    return writer


_RADICALS = "".join(chr(code) for code in range(0x2E80, 0x2FE0))


def _radical_fixes(fonts: list[QFont], text: str) -> dict[bytes, bytes]:
    """Radicals (⻩ U+2EE9) that a font draws with the glyph of a character of text (黄 U+9EC4),
    as hex codes. Qt's PDF names each glyph in the font's ToUnicode map by the lowest code point
    the font gives it, so copying or searching the PDF would find ⻩ where 黄 is printed."""
    drawn = sorted({char for char in text if char >= "\u3400"})
    fixes = {}
    for font in fonts:
        raw = QRawFont.fromFont(font)
        by_glyph = {
            glyph: char for char, glyph in zip(drawn, raw.glyphIndexesForString("".join(drawn)), strict=False) if glyph
        }
        for radical, glyph in zip(_RADICALS, raw.glyphIndexesForString(_RADICALS), strict=False):
            if glyph in by_glyph and radical not in text:
                fixes[f"{ord(radical):04X}".encode()] = f"{ord(by_glyph[glyph]):04X}".encode()
    return fixes


_CMAP = re.compile(rb"begincmap.*?endcmap", re.S)
_HEX4 = re.compile(rb"<([0-9A-Fa-f]{4})>")


def _fix_text_of(path: Path, fixes: dict[bytes, bytes]) -> None:
    """Put the right characters in the PDF's ToUnicode maps: only the Unicode side of each
    mapping changes, one four-digit code for another, so no offset in the file moves."""
    if not fixes:
        return

    def fix_cmap(found: re.Match) -> bytes:
        lines, mode = [], None
        for line in found.group(0).split(b"\n"):
            if line.endswith((b"beginbfrange", b"beginbfchar")):
                mode = line.rsplit(b"begin", 1)[1]
            elif line.startswith((b"endbfrange", b"endbfchar")):
                mode = None
            elif mode and line.startswith(b"<"):
                keep = 2 if mode == b"bfrange" else 1  # the glyph codes before the characters
                codes = list(_HEX4.finditer(line))
                if len(codes) > keep:
                    start = codes[keep].start()
                    line = line[:start] + _HEX4.sub(
                        lambda m: b"<" + fixes.get(m.group(1).upper(), m.group(1)) + b">", line[start:]
                    )
            lines.append(line)
        return b"\n".join(lines)

    data = path.read_bytes()
    fixed = _CMAP.sub(fix_cmap, data)
    if len(fixed) == len(data) and fixed != data:
        path.write_bytes(fixed)


def _paint_pages(writer: QPagedPaintDevice, layout: _Layout, pages: list[list]) -> str:
    """Draw every page with its footer; all the text drawn."""
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("cannot open the PDF file or the printer for drawing")
    texts = []
    try:
        for number, ops in enumerate(pages, start=1):
            if number > 1 and not writer.newPage():
                raise OSError("the PDF file or the printer took no new page")
            ops = ops + layout.footer(number, len(pages))
            _paint(painter, ops, layout.unit)
            texts += [op.text for op in ops if isinstance(op, _Text)]
    except BaseException:
        painter.end()
        raise
    if not painter.end():  # a printer whose job failed, say
        raise OSError("the PDF file or the printer did not take the whole report")
    return "".join(texts)


def paint_report(report: Report, device: QPagedPaintDevice) -> tuple[int, str]:
    """Lay the report out on A4 and draw it on device (a QPdfWriter, or a QPrinter: the same
    pages): portrait when the table fits across it, else landscape. The page count and all the
    text drawn. Raises OSError when the device cannot be drawn on. QPainter may draw on a
    QPdfWriter or a QPrinter in a thread other than the interface's (Qt's "painting in threads")."""
    ensure_gui_application()
    _set_a4(device, landscape=False)
    layout = _Layout(report, device)
    paint = device.pageLayout().paintRectPixels(device.logicalDpiX())
    if sum(layout.natural_widths()) > paint.width():
        _set_a4(device, landscape=True)
        layout = _Layout(report, device)
        paint = device.pageLayout().paintRectPixels(device.logicalDpiX())
    pages = layout.run(QRectF(0, 0, paint.width(), paint.height()))  # the painter starts at the margins
    return len(pages), _paint_pages(device, layout, pages)


def check_pdf(path: Path, pages: int | None = None) -> None:
    """A whole PDF: %PDF- to %%EOF, and QtPdf opens it (with the pages drawn, when given)."""
    check_pdf_structure(path)
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    try:
        if document.load(str(path)) != QPdfDocument.Error.None_ or document.pageCount() < 1:
            raise IncompleteFile(f"QtPdf cannot open {path}: {document.error()}")
        if pages is not None and document.pageCount() != pages:
            raise IncompleteFile(f"{path} has {document.pageCount()} pages, not {pages}")
    finally:
        document.close()


def write_pdf(report: Report, out: Path) -> int:
    """Write the report to out as a PDF (replacing it only once it is complete); the page count."""
    ensure_gui_application()
    fonts = [_font(TABLE_PT), _font(TABLE_PT, bold=True)]
    with replacing(Path(out), check_pdf) as temp:
        writer = _writer(temp, report)
        pages, text = paint_report(report, writer)
        del writer  # the file is closed before it is touched again
        _fix_text_of(temp, _radical_fixes(fonts, text))
    return pages
