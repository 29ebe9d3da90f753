"""The 送学上门 screen's option parts: the MP3 files' (short names), the handout's (text size with
big − and +, pinyin) and the printers' (a big row for each printer; none: say so, offer the PDF)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtPrintSupport import QPrinterInfo

from ..outreach import COURSE, MONTH, Choice, course_parts, holds
from ..reports.handout import DEFAULT_SIZE, SIZES
from .choices import ButtonRow
from .outreach_parts import PagedPart
from .talk import mark_message
from .widgets import WrappingButton, big_button, label, show_choice


class ChooserPart(PagedPart):
    """chosen(choice): the month, a course, or (on a course's page) the whole course or one lesson."""

    chosen = Signal(object)

    def __init__(self):
        super().__init__(self.tr("Which lessons?"), self.tr("Back without choosing"))
        self.first_choices: list[Choice] = []
        self.course: Choice | None = None  # whose page is shown; None: the month and the courses
        self.choice_rows: list[WrappingButton] = []

    def show_choices(self, top: list[Choice], current: Choice | None, course: Choice | None = None) -> None:
        for row in self.choice_rows:
            row.deleteLater()
        self.first_choices, self.course = top, course
        self.choice_rows = []
        for choice in top if course is None else course_parts(course):
            if choice.kind == MONTH:
                text, touched = self.tr("This month: %1 (%2 lessons)"), self.chosen.emit
            elif choice.kind == COURSE and course is None:
                text, touched = self.tr("Course: %1 (%2 lessons) ▶"), lambda c: self.show_choices(top, current, c)
            elif choice.kind == COURSE:
                text, touched = self.tr("The whole course: %1 (%2 lessons)"), self.chosen.emit
            else:
                text, touched = self.tr("One lesson: %1"), self.chosen.emit
            text = text.replace("%1", choice.title).replace("%2", str(len(choice.lessons)))
            same = current is not None and (choice.kind, choice.key) == (current.kind, current.key)
            chosen = holds(choice, current) if course is None else same  # a course: itself or a lesson of it
            row = WrappingButton("", role="row")
            row.set_full_text(("✔ " if chosen else "") + text, text + (self.tr(", chosen") if chosen else ""))
            row.clicked.connect(lambda _=False, c=choice, t=touched: t(c))
            self.choice_rows.append(row)
        self.set_rows(self.choice_rows)
        marked = next((row for row in self.choice_rows if row.text().startswith("✔")), None)
        if marked is not None:
            self.show_row(marked)
        (marked or (self.choice_rows or [self.back_button])[0]).setFocus()


class AudioPart(PagedPart):
    """What the MP3 files will be, the short-names choice and 选U盘 to start."""

    def __init__(self, folder_of: Callable[[bool], str]):
        """folder_of(ascii_names): the folder on the stick the files go to."""
        super().__init__(self.tr("MP3 files for little players"), self.tr("Back without saving"))
        self.folder_of = folder_of
        self.ascii_names = False
        self.info = label("")
        self.ascii_button = big_button(self.tr("Short file names (for old players)"))
        self.ascii_button.setCheckable(True)
        self.ascii_button.clicked.connect(self._toggle)
        self.go_button = WrappingButton(self.tr("Choose the USB stick and start"), role="primary")

    def _toggle(self) -> None:
        self.ascii_names = self.ascii_button.isChecked()
        self.show_options()

    def show_options(self) -> None:
        show_choice(self.ascii_button, self.ascii_names, self.tr(", chosen"))
        text = self.tr('One MP3 file a lesson, read aloud, into the folder "%1" on the USB stick or TF card.')
        self.info.setText(text.replace("%1", self.folder_of(self.ascii_names)))
        self.info.setAccessibleName(self.info.text())
        self.set_rows([self.info, self.go_button, self.ascii_button])


class PaperPart(PagedPart):
    """The handout's text size (20 to 28 pt) and pinyin; 打印 and 存成PDF."""

    def __init__(self):
        super().__init__(self.tr("Large-print handout"), self.tr("Back without printing"))
        self.text_size, self.pinyin = DEFAULT_SIZE, False
        self.smaller = big_button(self.tr("− Smaller"), self.tr("Smaller text on paper"))
        self.size_label = label("")
        self.bigger = big_button(self.tr("+ Bigger"), self.tr("Bigger text on paper"))
        self.smaller.clicked.connect(lambda: self.change_size(-1))
        self.bigger.clicked.connect(lambda: self.change_size(+1))
        self.size_row = ButtonRow([self.smaller, self.size_label, self.bigger])
        self.pinyin_button = big_button(self.tr("Add pinyin"))
        self.pinyin_button.setCheckable(True)
        self.pinyin_button.clicked.connect(self._toggle)
        self.print_button = big_button(self.tr("Print"), self.tr("Print the handout on a printer"), role="primary")
        self.pdf_button = big_button(self.tr("Save as PDF on a USB stick"))
        self.actions = ButtonRow([self.print_button, self.pdf_button])
        self.set_rows([self.size_row, self.pinyin_button, self.actions])  # chosen first, then printed
        self.show_options()

    def change_size(self, step: int) -> None:
        self.text_size = min(max(SIZES.start, self.text_size + step), SIZES.stop - 1)
        self.show_options()

    def _toggle(self) -> None:
        self.pinyin = self.pinyin_button.isChecked()
        self.show_options()

    def show_options(self) -> None:
        text = self.tr("Text size on paper: %1 pt").replace("%1", str(self.text_size))
        self.size_label.setText(text)
        self.size_label.setAccessibleName(text)
        self.smaller.setEnabled(self.text_size > SIZES.start)
        self.bigger.setEnabled(self.text_size < SIZES.stop - 1)
        show_choice(self.pinyin_button, self.pinyin, self.tr(", chosen"))
        self.fit()


class PrinterPart(PagedPart):
    """chosen(printer) when a printer's row is touched; pdf_button when there is none."""

    chosen = Signal(QPrinterInfo)

    def __init__(self):
        super().__init__(self.tr("Print on which printer?"), self.tr("Back without printing"))
        self.message = label("")
        mark_message(self.message)
        self.pdf_button = big_button(self.tr("Save as PDF on a USB stick"))
        self.printer_rows: list[WrappingButton] = []

    def show_printers(self, printers: list[QPrinterInfo]) -> None:
        for row in self.printer_rows:
            row.deleteLater()
        self.printer_rows = []
        for info in printers:
            row = WrappingButton(info.description() or info.printerName() or self.tr("The printer"), role="row")
            row.clicked.connect(lambda _=False, i=info: self.chosen.emit(i))
            self.printer_rows.append(row)
        if printers:
            text = self.tr("Touch the printer to print on.")
        else:
            text = self.tr(
                "This computer is not connected to a printer. Save the handout as a PDF on a USB stick "
                "and print it on another computer."
            )
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.set_rows([self.message, *(self.printer_rows or [self.pdf_button])])
