"""学习海报: the member's poster as large as the screen allows (A4 in shape), saved at once as a
PNG and an A4 PDF in the data folder's exports, and printed with one touch on the printer the
computer has: no print dialog. Without a printer, 打印 says so on the screen in plain words.

When a poster is due is decided in study/poster_due.py; the drawing is reports/poster.py (the
same for the screen, the files and the printer)."""

from __future__ import annotations

import logging
import re
from datetime import date

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QSizePolicy, QWidget

from ..context import AppContext
from ..paths import exports_dir
from ..reports.my_study import summarize
from ..reports.poster import RATIO, PosterFigures, chinese_date, draw_poster, figure_texts
from ..reports.poster import save_poster as write_poster
from ..storage.files import WriteFailed
from ..study.poster_due import pick_sentence
from .screen import Screen
from .talk import mark_message
from .theme import Metrics
from .widgets import big_button, label

log = logging.getLogger(__name__)


def figures_for(context: AppContext, course_id: str, points: int, today: date | None = None) -> PosterFigures:
    """The poster of the member studying now, for a course: their name and branch, the lessons
    they finished, their study time this season, the points given, and a sentence of the course
    (the same one all day). The member of home use has no name on it (not "我同志")."""
    today = today or date.today()
    member = context.member or context.members.get(context.member_id)
    registered = context.member is not None
    summary = summarize(context.records, context.member_id, context.library, today)
    course = context.library.courses.get(course_id)
    return PosterFigures(
        name=member.name if registered and member else "",
        course_title=course.title if course else "",
        lessons_finished=summary.lessons_finished,
        minutes_studied=int(summary.seconds_this_season // 60),
        points=max(0, int(points)),
        day=today,
        sentence=pick_sentence(context.library, course_id, (context.member_id, today.isoformat())),
        branch=member.branch if registered and member else "",
    )


class PosterView(QWidget):
    """The poster drawn into the largest A4-shaped box of the widget."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.figures: PosterFigures | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(60, 85)

    def show_figures(self, figures: PosterFigures, words: str) -> None:
        self.figures = figures
        self.setAccessibleName(words)
        self.update()

    def paintEvent(self, event) -> None:
        if self.figures is None:
            return
        painter = QPainter(self)
        try:
            draw_poster(painter, QRectF(self.rect()), self.figures)
        finally:
            painter.end()


class PosterScreen(Screen):
    NAME = "poster"
    say = Signal(str)  # a text to say aloud (the main window passes it to the read-aloud)

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.figures: PosterFigures | None = None
        self.saved: tuple | None = None  # (png, pdf) once written
        self.view = PosterView()
        self.back_button = big_button(self.tr("Back"), self.tr("Back to where you came from"))
        self.back_button.clicked.connect(self.goBack)
        self.print_button = big_button(self.tr("Print"), self.tr("Print the poster"), role="primary")
        self.print_button.clicked.connect(self.print_poster)
        self.full_message = self.short_message = ""
        self.message = label("", "feedback")  # saved, printed, or why not: one plain line
        mark_message(self.message)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)  # just over 打印
        # Beside the poster on a wide screen (the poster takes the whole height), under it on a
        # tall one: 返回 first, where every screen has it, the message, then the big 打印.
        self.side = QWidget()
        self.controls = QGridLayout(self.side)
        self.controls.setContentsMargins(0, 0, 0, 0)
        self.wide: bool | None = None
        self.layout_ = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.layout_.addWidget(self.side)
        self.layout_.addWidget(self.view, 1)

    # -- the screen contract -------------------------------------------------------------------
    def title_text(self) -> str:
        return self.tr("Study poster")

    def focus_first(self) -> None:
        self.print_button.setFocus()

    def apply_metrics(self, metrics: Metrics) -> None:
        super().apply_metrics(metrics)
        self.space_out(metrics, self.layout_, self.controls)
        self.print_button.setMinimumWidth(metrics.control_px * 2)
        self._arrange()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _place(self, wide: bool) -> None:
        """Wide: 返回, the message and 打印 one under the other beside the poster. Tall: the
        message across the screen under the poster, 返回 and 打印 side by side under it."""
        if wide == self.wide:
            return
        self.wide = wide
        for widget in (self.back_button, self.message, self.print_button):
            self.controls.removeWidget(widget)
        for row in range(3):
            self.controls.setRowStretch(row, 0)
        if wide:
            self.layout_.setDirection(QBoxLayout.Direction.LeftToRight)
            self.controls.addWidget(self.back_button, 0, 0)
            self.controls.addWidget(self.message, 1, 0)
            self.controls.addWidget(self.print_button, 2, 0)
            self.controls.setRowStretch(1, 1)
        else:
            self.layout_.setDirection(QBoxLayout.Direction.BottomToTop)  # the poster on top
            self.controls.addWidget(self.message, 0, 0, 1, 2)
            self.controls.addWidget(self.back_button, 1, 0)
            self.controls.addWidget(self.print_button, 1, 1)
            self.controls.setRowStretch(0, 1)

    def _arrange(self) -> None:
        """The poster as large as it can be; the buttons and the message in the room it leaves
        (more room when the message is long: the poster gives way, the message is never cut)."""
        margin = spacing = self.metrics.spacing_px
        width, height = self.width() - 2 * margin, self.height() - 2 * margin
        if width <= 0 or height <= 0:
            return
        wide = width >= height
        self._place(wide)
        buttons = self.back_button.sizeHint().height() + self.print_button.sizeHint().height()
        if wide:
            need = max(self.back_button.sizeHint().width(), self.print_button.minimumSizeHint().width())
            room = width - spacing - round(height / RATIO)  # what the whole-height poster leaves
            widest = max(need, self.metrics.control_px * 6)  # wider buttons say nothing more
            side = max(need, min(room, widest))  # the poster centred in the rest
            text_room = height - buttons - 2 * spacing
            self.message.setText(self.full_message)
            while side < width * 0.6 and self.message.heightForWidth(side) > text_room:
                side += 16
            for shorter in (re.sub(r"（[^（）]*）$", "", self.full_message), self.short_message):
                if self.message.heightForWidth(side) <= text_room:
                    break
                self.message.setText(shorter)  # at the largest text: the whole message is in the log
                side = max(need, min(room, widest))
                while side < width * 0.6 and self.message.heightForWidth(side) > text_room:
                    side += 16
            self.side.setMinimumHeight(0)
            self.side.setMaximumHeight(16_777_215)
            self.side.setFixedWidth(side)
        else:
            self.message.setText(self.full_message)
            if self.message.heightForWidth(width) > height // 3:
                self.message.setText(self.short_message)
            row = max(self.back_button.sizeHint().height(), self.print_button.sizeHint().height())
            text = self.message.heightForWidth(width) if self.message.text() else 0
            side = row + spacing + max(0, text)
            self.side.setMinimumWidth(0)
            self.side.setMaximumWidth(16_777_215)
            self.side.setFixedHeight(min(side, round(height * 0.75)))

    # -- the poster ------------------------------------------------------------------------------
    def _words(self, figures: PosterFigures) -> str:
        """What the poster says, for a screen reader and the read-aloud."""
        parts = [self.tr("Study poster"), self.tr("Comrade %1").replace("%1", figures.name.strip())]
        if figures.course_title.strip():
            parts.append(f"《{figures.course_title.strip()}》")
        parts += figure_texts(figures)
        if figures.sentence.strip():
            parts.append(figures.sentence.strip())
        parts.append(chinese_date(figures.day))
        return "。".join(part.rstrip("。") for part in parts) + "。"

    def show_poster(self, figures: PosterFigures) -> None:
        """Show the poster and save it at once as a PNG and a PDF in the exports folder."""
        self.figures = figures
        words = self._words(figures)
        self.view.show_figures(figures, words)
        self.save_poster()
        self.say.emit(words + self.message.text())

    def save_poster(self) -> bool:
        if self.figures is None:
            return False
        folder = exports_dir(self.context.data_dir)
        try:
            self.saved = write_poster(self.figures, folder)
        except WriteFailed as error:  # plain Chinese already
            log.warning("The poster could not be saved in %s", folder, exc_info=True)
            self.saved = None
            self._tell(str(error), self.tr("The poster could not be saved. Please ask the branch secretary."))
            return False
        except Exception:  # the detail for the log; the member gets a plain sentence
            log.exception("The poster could not be saved in %s", folder)
            self.saved = None
            self._tell(self.tr("The poster could not be saved. Please ask the branch secretary."))
            return False
        log.info("Poster saved as %s and %s", *self.saved)
        self._tell(self.tr("The poster is saved in the exports folder."))
        return True

    def _tell(self, text: str, short: str = "") -> None:
        """One plain line; short: the same in fewer words, for when it does not fit."""
        self.full_message, self.short_message = text, short or text
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self._arrange()

    # -- printing ------------------------------------------------------------------------------
    @staticmethod
    def printer_info() -> QPrinterInfo | None:
        """The computer's printer: its default one, else the only (first) one; None without."""
        default = QPrinterInfo.defaultPrinter()
        if not default.isNull():
            return default
        printers = QPrinterInfo.availablePrinters()
        return printers[0] if printers else None

    def print_poster(self) -> bool:
        """打印: straight to the printer (no dialog); without one, say so on the screen."""
        if self.figures is None:
            return False
        info = self.printer_info()
        if info is None:
            words = self.tr("No printer is connected. The poster is saved; the branch secretary can print it for you.")
            self._tell(words)
            self.say.emit(words)
            return False
        try:
            printed = self.print_to(QPrinter(info, QPrinter.PrinterMode.HighResolution))
        except Exception:
            log.exception("Printing the poster on %s failed", info.printerName())
            printed = False
        if printed:
            words = self.tr("The poster is printing. Take it from the printer in a moment.")
        else:
            log.warning("Printing the poster on %s failed", info.printerName())
            words = self.tr("The poster could not be printed. It is saved; the branch secretary can print it for you.")
        self._tell(words)
        self.say.emit(words)
        return printed

    def print_to(self, printer: QPrinter) -> bool:
        """Draw the poster on one A4 portrait page of printer (a real one, or a PDF file)."""
        if self.figures is None:
            return False
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        printer.setDocName(self.tr("Study poster"))
        painter = QPainter()
        if not painter.begin(printer):
            return False
        try:
            page = printer.pageRect(QPrinter.Unit.DevicePixel)
            draw_poster(painter, QRectF(0, 0, page.width(), page.height()), self.figures)
        finally:
            ended = painter.end()
        return ended
