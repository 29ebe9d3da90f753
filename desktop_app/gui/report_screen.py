"""学习报表, the secretary's: the study report of a month (and a branch) in large print, the
members who have not studied first, saved as CSV and PDF onto a USB stick (chosen on the screen
itself: no file dialog) and printed on the computer's printer (no print dialog).

The report is built on the interface thread (the database connection is the interface thread's;
40 members take a few milliseconds); writing the files, flushing the stick and drawing on the
printer run in a worker thread that reports back through a signal."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..context import AppContext
from ..drives import Drive, DriveWatcher, removable_drives
from ..fonts import ui_font
from ..reports.report_export import FOLDER_NAME, SavedReport, StickGone, save_report
from ..reports.report_pdf import paint_report
from ..reports.secretary import MemberRow, Report, branches, build_report, first_month, names, shift_month
from .choices import PagedWidgets, button_width
from .drive_panel import DrivePanel
from .pager import PagedList
from .screen import Screen
from .talk import mark_message
from .theme import Metrics
from .widgets import BigButton, big_button, label, show_choice

log = logging.getLogger(__name__)

REPORT, DRIVES = "report", "drives"
SAVE, PRINT = "save", "print"


def default_printer() -> QPrinter | None:
    """The computer's printer: its default one, else the only (first) one; None without."""
    info = QPrinterInfo.defaultPrinter()
    if info.isNull():
        printers = QPrinterInfo.availablePrinters()
        if not printers:
            return None
        info = printers[0]
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


class MemberLine(QFrame):
    """One member in large print: the name (bold), and beside it when there is room, else under
    it, the hours this month, the lessons finished and the last visit."""

    def __init__(self, row: MemberRow, name: str, details: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.row = row
        self.name = label(name, "section", self)  # children from the start: polished with the line
        self.details = label(details, parent=self)
        self.setAccessibleName(f"{name}，{details}")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.beside: bool | None = None

    def fit(self, width: int, name_width: int, spacing: int) -> None:
        """Beside each other (the names in a column name_width wide) when the details fit on one
        line, else the details under the name."""
        details = QFontMetrics(self.details.font()).horizontalAdvance(self.details.text())
        beside = name_width + spacing + details <= width
        self.grid.setSpacing(spacing if beside else 0)
        if beside == self.beside:
            self.grid.setColumnMinimumWidth(0, name_width if beside else 0)
            return
        self.beside = beside
        self.grid.removeWidget(self.name)
        self.grid.removeWidget(self.details)
        if beside:
            self.grid.addWidget(self.name, 0, 0)
            self.grid.addWidget(self.details, 0, 1)
            self.grid.setColumnStretch(0, 0)
            self.grid.setColumnStretch(1, 1)
            self.grid.setColumnMinimumWidth(0, name_width)
        else:
            self.grid.addWidget(self.name, 0, 0)
            self.grid.addWidget(self.details, 1, 0)
            self.grid.setColumnStretch(0, 1)
            self.grid.setColumnStretch(1, 0)
            self.grid.setColumnMinimumWidth(0, 0)


class ChoiceLines:
    """A title and its choices (big buttons) cut into lines that fit the width, each line a widget
    of its own: the pages of a PagedWidgets hold whole lines, never half a grid of buttons that
    is taller than a page. The title is beside the buttons when all of them fit on its line."""

    def __init__(self, title: str, buttons: list[BigButton]):
        self.title = label(title, "section")
        self.title.setWordWrap(False)
        self.buttons = buttons
        self.lines: list[QWidget] = []
        self.shape: tuple[bool, int] | None = None

    def fit(self, width: int, spacing: int, padding: int) -> list[QWidget]:
        widest = max(button_width(button, padding) for button in self.buttons)
        title = self.title.sizeHint().width()
        beside = title + len(self.buttons) * (widest + spacing) <= width
        columns = (
            len(self.buttons) if beside else max(1, min(len(self.buttons), (width + spacing) // (widest + spacing)))
        )
        if (beside, columns) != self.shape:
            self.shape = (beside, columns)
            old = self.lines  # deleted once the title and the buttons are in the new lines
            self.lines = []
            chunks = [self.buttons[i : i + columns] for i in range(0, len(self.buttons), columns)]
            if not beside:
                self.title.setParent(None)  # a line of its own: out of the old line before it is deleted
                self.lines.append(self.title)
            for index, chunk in enumerate(chunks):
                line = QWidget()
                grid = QGridLayout(line)
                grid.setContentsMargins(0, 0, 0, 0)
                first = 0
                if beside and index == 0:
                    grid.addWidget(self.title, 0, 0)
                    first = 1
                for column, button in enumerate(chunk):
                    grid.addWidget(button, 0, first + column)
                    grid.setColumnStretch(first + column, 1)
                for column in range(len(chunk), columns):  # a short last line keeps the columns
                    grid.setColumnStretch(first + column, 1)
                self.lines.append(line)
            for widget in (self.title, *self.buttons):
                widget.show()  # shown with its line (moving to another parent hid it)
            for line in old:
                if line is not self.title:
                    line.hide()
                    line.deleteLater()
        for line in self.lines:
            if line.layout() is not None:
                line.layout().setSpacing(spacing)
        return self.lines


class ReportScreen(Screen):
    NAME = "report"
    jobFinished = Signal(str, bool)  # SAVE or PRINT, and whether it worked (the message says more)
    _done = Signal(str, object, object)  # from the worker thread: kind, what was asked, outcome

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
        printer: Callable[[], QPrinter | None] = default_printer,
    ):
        """today: the day (this month is the default and the last one offered); printer: makes the
        QPrinter to print on, None when the computer has none (a test gives one writing a PDF)."""
        super().__init__(context, parent)
        self.today = today
        self.make_printer = printer
        self.month = today().strftime("%Y-%m")
        self.branch: str | None = None
        self.report: Report | None = None
        self.job: threading.Thread | None = None
        self.printer: QPrinter | None = None  # the one printing now, kept until its job is done
        self.part = REPORT
        self._done.connect(self._job_done)
        self.watcher = DriveWatcher(self)

        # -- the report ------------------------------------------------------------------------
        self.report_page = QWidget()
        self.back_button = big_button(self.tr("Back"), self.tr("Back to the secretary's page"))
        self.back_button.clicked.connect(self.goBack)
        self.title = label(self.tr("Study report"), "title")
        self.save_button = big_button(
            self.tr("Save to USB stick"), self.tr("Save the report as a table and a PDF on a USB stick")
        )
        self.save_button.clicked.connect(self.open_drives)
        self.print_button = big_button(self.tr("Print"), self.tr("Print the report"))
        self.print_button.clicked.connect(self.print_report)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.save_button)
        top.addWidget(self.print_button)
        self.top = top

        self.previous_button = big_button(self.tr("◀ Previous month"), self.tr("Show the report of the month before"))
        self.previous_button.clicked.connect(lambda: self.show_month(shift_month(self.month, -1)))
        self.next_button = big_button(self.tr("Next month ▶"), self.tr("Show the report of the month after"))
        self.next_button.clicked.connect(lambda: self.show_month(shift_month(self.month, 1)))
        self.month_label = label("", "title")
        self.month_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.month_bar = QWidget()  # above the pages; on the first page when the screen is short for it
        months = QGridLayout(self.month_bar)
        months.setContentsMargins(0, 0, 0, 0)
        self.months = months
        self.months_paged = False
        self.months_in_line: bool | None = None

        self.message = label("")  # saving, saved, printed, or why not: in words, never a pop-up
        mark_message(self.message)
        self.message.hide()  # on the first page (it is shown there) when there is something to say

        # the branches, the summary and the members, a page at a time
        self.area, self.list_layout, self.pager, self.middle = PagedList().parts()
        self.list_layout.addStretch(1)
        self.area.installEventFilter(self)
        self.branch_buttons: dict[str | None, BigButton] = {}
        self.branch_choice: ChoiceLines | None = None
        self.summary = label("")
        self.lines: list[MemberLine] = []
        self.headings: list[QLabel] = []
        self.items: list[QWidget] = []
        self.paged = PagedWidgets([], self.area, self.pager)

        column = QVBoxLayout(self.report_page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.month_bar)
        column.addLayout(self.middle, 1)
        self.column = column

        # -- on the same screen: which stick to save on ------------------------------------------
        self.drives = DrivePanel(self.watcher)
        self.drives.chosen.connect(self.save_on)
        self.drives.cancelled.connect(self.show_report)
        self.parts = {REPORT: self.report_page, DRIVES: self.drives}
        self.layout_ = QVBoxLayout(self)
        for widget in self.parts.values():
            self.layout_.addWidget(widget)
        self._show_part(REPORT)
        self.refresh()

    # -- the screen contract -------------------------------------------------------------------
    def title_text(self) -> str:
        return self.tr("Study report")

    def refresh(self) -> None:
        """This month, every branch: the way the secretary comes in."""
        self.month = self.today().strftime("%Y-%m")
        self.branch = None
        self.show_report()
        self._rebuild()

    def apply_metrics(self, metrics: Metrics) -> None:
        super().apply_metrics(metrics)
        self.space_out(metrics, self.layout_, self.column, self.top, self.months, self.middle, self.list_layout)
        self.pager.apply_metrics(metrics)
        self.drives.apply_metrics(metrics)
        self._fit()

    def focus_first(self) -> None:
        if self.part == DRIVES:
            self.drives.focus_first()
        elif self.save_button.isEnabled():
            self.save_button.setFocus()
        else:
            self.back_button.setFocus()

    def escape(self) -> None:
        """Esc: the stick chooser back to the report, the report back to the secretary's page."""
        if self.part == DRIVES:
            self.show_report()
        else:
            self.goBack.emit()

    def leave(self) -> None:
        self._show_part(REPORT)

    # -- which part is shown -----------------------------------------------------------------------
    def _show_part(self, part: str) -> None:
        if self.part == DRIVES and part != DRIVES:
            self.drives.close_panel()
        self.part = part
        for name, widget in self.parts.items():  # the other hidden first: both shown at once, even
            if name != part:  # for a moment, would need the height of both
                widget.hide()
        self.parts[part].show()
        self.focus_first()

    def show_report(self) -> None:
        self._show_part(REPORT)

    def open_drives(self) -> None:
        """存到U盘: the sticks plugged in, as big tiles (one plugged in now shows up by itself)."""
        self.drives.open_for(self.tr("Save the report to a USB stick"))
        self._show_part(DRIVES)

    # -- the month and the branch --------------------------------------------------------------------
    def show_month(self, month: str) -> None:
        self.month = min(month, self.today().strftime("%Y-%m"))  # never past this month
        self._rebuild()

    def show_branch(self, branch: str | None) -> None:
        self.branch = branch
        self._rebuild()

    def _rebuild(self) -> None:
        """Build the report of the month and branch chosen and show it from its first page."""
        known = branches(self.context.db)
        if self.branch not in known:
            self.branch = None
        self.report = build_report(self.context.db, self.context.library, self.month, self.branch, today=self.today())
        this_month = self.today().strftime("%Y-%m")
        earliest = min(first_month(self.context.db) or this_month, this_month)
        self.previous_button.setEnabled(self.month > earliest)
        self.next_button.setEnabled(self.month < this_month)
        self.month_label.setText(self.report.month_label)
        self.month_label.setAccessibleName(self.tr("Report of %1").replace("%1", self.report.month_label))
        if not self._busy():
            self._say("")
        self._make_branches(known)
        self._make_items(self.report)
        self.pager.go_to(0)
        self._fit()

    def _make_branches(self, known: list[str]) -> None:
        """全部支部 and each branch, when there is more than one branch to choose from."""
        choices: list[str | None] = [None, *known] if len(known) > 1 else []
        if list(self.branch_buttons) != choices:
            for line in self.branch_choice.lines if self.branch_choice is not None else []:
                line.hide()
                line.deleteLater()  # the old title and buttons with it
            self.branch_buttons = {}
            for branch in choices:
                button = big_button(branch if branch is not None else self.tr("All branches"))
                button.setCheckable(True)
                button.clicked.connect(lambda _=False, b=branch: self.show_branch(b))
                self.branch_buttons[branch] = button
            buttons = list(self.branch_buttons.values())
            self.branch_choice = ChoiceLines(self.tr("Branch"), buttons) if buttons else None
        for branch, button in self.branch_buttons.items():
            show_choice(button, branch == self.branch, self.tr(", chosen"))

    def _day(self, day: date) -> str:
        """12月5日; 2025年12月5日 when it is not the year of the report."""
        if self.report is not None and day.year == int(self.report.month[:4]):
            words = self.tr("%2/%3")
        else:
            words = self.tr("%2/%3/%1")
        return words.replace("%1", str(day.year)).replace("%2", str(day.month)).replace("%3", str(day.day))

    def _details(self, row: MemberRow) -> str:
        """The figures of a row: this month's hours (or that there are none), lessons, last visit."""
        if row.studied_this_month:
            parts = [self.tr("%1 hours this month").replace("%1", f"{row.hours_month:.1f}")]
        else:
            parts = [self.tr("not studied this month")]  # also when the group's heading is on another page
        parts.append(self.tr("%1 lessons finished").replace("%1", str(row.lessons_finished)))
        if row.last_visit is not None:
            parts.append(self.tr("last time %1").replace("%1", self._day(row.last_visit)))
        else:
            parts.append(self.tr("never studied yet"))
        return self.tr(" · ").join(parts)

    def _summary_text(self, report: Report) -> str:
        where = report.month_label
        if report.branch is not None:
            where = self.tr("%1, %2").replace("%1", report.month_label).replace("%2", report.branch)
        if not report.rows:
            return self.tr("%1: no members on the list yet. Add them on the Members page.").replace("%1", where)
        studied = len(report.rows) - len(report.not_studied)
        return (
            self.tr("%1: %2 members, %3 studied, %4 not yet")
            .replace("%1", where)
            .replace("%2", str(len(report.rows)))
            .replace("%3", str(studied))
            .replace("%4", str(len(report.not_studied)))
        )

    def _make_items(self, report: Report) -> None:
        """The summary, then who has not studied (what the secretary acts on), then the others."""
        for widget in [*self.lines, *self.headings]:
            widget.hide()
            widget.deleteLater()
        self.lines, self.headings = [], []
        text = self._summary_text(report)
        self.summary.setText(text)
        self.summary.setAccessibleName(text)
        items: list[QWidget] = [self.summary]
        not_studied = report.not_studied
        studied = tuple(row for row in report.rows if row.studied_this_month)
        groups = (
            (self.tr("Not studied yet this month (%1)"), not_studied),
            (self.tr("Studied this month (%1)"), studied),
        )
        for heading_text, rows in groups:
            if not rows:
                continue
            heading = label(heading_text.replace("%1", str(len(rows))), "section")
            self.headings.append(heading)
            items.append(heading)
            shown_names = dict(zip((row.member_id for row in report.rows), names(report.rows), strict=True))
            for row in rows:
                line = MemberLine(row, shown_names[row.member_id], self._details(row))
                self.lines.append(line)
                items.append(line)
        if report.rows and not not_studied:
            done = label(self.tr("Everybody studied this month."), "section")
            self.headings.insert(0, done)
            items.insert(items.index(self.summary) + 1, done)
        for widget in items:
            widget.setParent(self.area)  # polished with the style sheet's fonts before they are measured
            widget.ensurePolished()
        self.items = items

    # -- laying out -----------------------------------------------------------------------------------
    def _months_go_in_pages(self) -> bool:
        """The month's row goes onto the first page when, above the pages, it would leave them
        less than two thirds of the screen (the largest text sizes on a screen 768 px high)."""
        spacing = self.metrics.spacing_px
        header = self.back_button.sizeHint().height() + self.previous_button.sizeHint().height() + 3 * spacing
        return header > self.height() / 3

    def _arrange_months(self, width: int) -> None:
        """◀ 上个月, the month, 下个月 ▶ on one line when they fit, else the month above the buttons."""
        spacing = self.metrics.spacing_px
        month = QFontMetrics(ui_font(self.metrics.title_pt, bold=True)).horizontalAdvance(self.month_label.text())
        buttons = self.previous_button.sizeHint().width() + self.next_button.sizeHint().width()
        in_line = buttons + month + 8 + 2 * spacing <= width
        if in_line == self.months_in_line:
            return
        self.months_in_line = in_line
        for widget in (self.previous_button, self.month_label, self.next_button):
            self.months.removeWidget(widget)
        if in_line:
            self.months.addWidget(self.previous_button, 0, 0)
            self.months.addWidget(self.month_label, 0, 1)
            self.months.addWidget(self.next_button, 0, 2)
            self.months.setColumnStretch(1, 1)
        else:
            self.months.addWidget(self.month_label, 0, 0, 1, 3)
            self.months.addWidget(self.previous_button, 1, 0)
            self.months.addWidget(self.next_button, 1, 2)
            self.months.setColumnStretch(1, 1)

    def _fit(self) -> None:
        """Cut the branch choice into lines and the members' rows to the width, then the pages:
        what there is to say, the month (when paged), the branches, the summary, the members."""
        spacing = self.metrics.spacing_px
        width = max(1, self.area.width())
        paged = self._months_go_in_pages()
        if paged != self.months_paged:
            self.months_paged = paged
            (self.column if paged else self.list_layout).removeWidget(self.month_bar)
            if not paged:
                self.column.insertWidget(1, self.month_bar)
                self.month_bar.show()
        self._arrange_months(width if paged else max(1, self.report_page.width()))
        choice = self.branch_choice.fit(width, spacing, spacing) if self.branch_choice is not None else []
        said = [self.message] if self.message.text() else []
        widgets = [*said, *([self.month_bar] if paged else []), *choice, *self.items]  # said: seen first
        if not said:
            self.message.hide()
        if widgets != self.paged.widgets:
            for index, widget in enumerate(widgets):  # in order, before the stretch at the end
                self.list_layout.removeWidget(widget)
                self.list_layout.insertWidget(index, widget)
            self.paged.widgets = widgets
        if self.lines:
            font = QFontMetrics(ui_font(self.metrics.ui_pt + 2, bold=True))  # the "section" role's font
            widest = max(font.horizontalAdvance(line.name.text()) for line in self.lines)
            name_width = min(widest + 8, width * 2 // 5)
            for line in self.lines:
                line.fit(width, name_width, spacing)
        self.paged.paginate(spacing)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.area and event.type() == QEvent.Type.Resize:
            self._fit()  # more or fewer rows fit on a page
        return super().eventFilter(watched, event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit()

    # -- saving and printing, off the interface thread -----------------------------------------------
    def _say(self, text: str) -> None:
        """What there is to say, on the first page, which is shown."""
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self._fit()
        self.pager.go_to(0)

    def _busy(self) -> bool:
        return self.job is not None and self.job.is_alive()

    def _start(self, kind: str, asked: object, work: Callable[[], object], words: str) -> None:
        self.save_button.setEnabled(False)
        self.print_button.setEnabled(False)
        self._say(words)

        def run() -> None:
            try:
                outcome = work()
            except Exception as error:  # told on the screen in plain words, the detail in the log
                outcome = error
            try:
                self._done.emit(kind, asked, outcome)
            except RuntimeError:  # the screen is gone (the program is closing)
                log.info("Report %s finished after its screen was closed: %r", kind, outcome)

        self.job = threading.Thread(target=run, name=f"report-{kind}")  # not a daemon: a file is never cut short
        self.job.start()

    def _job_done(self, kind: str, asked: object, outcome: object) -> None:
        if self.job is not None:
            self.job.join()
        self.job = None
        self.save_button.setEnabled(True)
        self.print_button.setEnabled(True)
        worked = self._saved(asked, outcome) if kind == SAVE else self._printed(outcome)
        if self.part == REPORT and self.isVisible():
            (self.save_button if kind == SAVE else self.print_button).setFocus()  # where the secretary was
        self.jobFinished.emit(kind, worked)

    def save_on(self, drive: Drive) -> None:
        """A stick's tile touched: the report shown now goes onto it as CSV and PDF."""
        self.show_report()
        if self.report is None or self._busy():
            return
        if drive.path not in {plugged.path for plugged in removable_drives()}:
            log.warning("The USB stick %s (%s) is not there any more", drive.name, drive.path)
            self._say(self._gone_text())
            self.jobFinished.emit(SAVE, False)
            return
        report = self.report
        self._start(
            SAVE,
            drive,
            lambda: save_report(report, drive.path),
            self.tr("Saving, please do not pull out the USB stick…"),
        )

    def _gone_text(self) -> str:
        return self.tr(
            'The USB stick is not there any more, so the report was not saved. Plug it in again and touch "Save to USB stick" once more.'
        )

    def _saved(self, drive: Drive, outcome: object) -> bool:
        if isinstance(outcome, SavedReport):
            log.info("Report saved on %s: %s, %s (%s pages)", drive.name, outcome.csv, outcome.pdf, outcome.pages)
            self._say(
                self.tr('Saved on the USB stick %1, in the folder "%2": %3 and %4. You can pull out the USB stick now.')
                .replace("%1", drive.name)
                .replace("%2", FOLDER_NAME)
                .replace("%3", outcome.csv.name)
                .replace("%4", outcome.pdf.name)
            )
            return True
        log.error("Saving the report on %s (%s) failed", drive.name, drive.path, exc_info=outcome)
        if isinstance(outcome, StickGone) or drive.path not in {d.path for d in removable_drives()}:
            self._say(self._gone_text())
        elif isinstance(outcome, OSError):  # WriteFailed too: a full stick, one locked against writing
            self._say(
                self.tr(
                    'The report could not be saved on the USB stick: it may be full, or locked against writing. No half-written file was left on it. Delete files you no longer need from the stick, or use another one, and touch "Save to USB stick" again.'
                )
            )
        else:
            self._say(self.tr("The report could not be saved. The details are written in the log."))
        return False

    def print_report(self) -> None:
        """打印: straight to the computer's printer (no dialog); without one, say so and offer the stick."""
        if self.report is None or self._busy():
            return
        try:
            printer = self.make_printer()
        except Exception:
            log.exception("Cannot make the printer")
            printer = None
        if printer is None:
            self._say(
                self.tr(
                    "This computer is not connected to a printer. You can save the report to a USB stick instead and print it on another computer."
                )
            )
            self.save_button.setFocus()
            self.jobFinished.emit(PRINT, False)
            return
        report = self.report
        printer.setDocName(report.title)
        self.printer = printer

        def work() -> int:
            pages, _ = paint_report(report, printer)  # QPainter on a QPrinter may run in this thread
            return pages

        self._start(PRINT, None, work, self.tr("Printing…"))

    def _printed(self, outcome: object) -> bool:
        self.printer = None
        if isinstance(outcome, int):
            log.info("Report printed: %s pages", outcome)
            self._say(
                self.tr("Sent to the printer: %1 pages. Take them from the printer in a moment.").replace(
                    "%1", str(outcome)
                )
            )
            return True
        log.error("Printing the report failed", exc_info=outcome if isinstance(outcome, BaseException) else None)
        self._say(
            self.tr(
                'The report could not be printed. See that the printer is on and has paper, then touch "Print" again, or save the report to a USB stick.'
            )
        )
        return False
