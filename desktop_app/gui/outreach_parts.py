"""The pieces of the 送学上门 screen: a part with 返回 and its title over rows shown a page at a
time (◀ ▶ beside them when the text is large), and the words of the outcomes."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from .choices import ButtonRow, PagedWidgets
from .outreach_job import DONE, FULL, GONE, NO_SPEECH, STOPPED, Outcome
from .pager import PagedList
from .theme import Metrics
from .widgets import big_button, label


class PagedPart(QWidget):
    """返回 and a title, then rows (labels, buttons, ButtonRows) a page at a time."""

    def __init__(self, title: str, back_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.back_button = big_button(self.tr("Back"), back_name)
        self.title = label(title, "title")
        self.top = QHBoxLayout()
        self.top.addWidget(self.back_button)
        self.top.addWidget(self.title, 1)
        self.area, self.rows_layout, self.pager, self.middle = PagedList().parts()
        self.paged = PagedWidgets([], self.area, self.pager)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.addLayout(self.top)
        self.column.addLayout(self.middle, 1)
        self.rows: list[QWidget] = []
        self.spacing = 12

    def set_rows(self, rows: list[QWidget]) -> None:
        """These rows, in this order; the ones left out are hidden (not deleted)."""
        for row in self.rows:
            if row not in rows:
                self.rows_layout.removeWidget(row)
                row.hide()
        while self.rows_layout.count():  # the stretch at the end
            self.rows_layout.takeAt(0)
        for row in rows:
            self.rows_layout.addWidget(row)
        self.rows_layout.addStretch(1)
        self.rows = list(rows)
        self.paged.widgets = self.rows
        self.pager.go_to(0)
        self.fit()

    def apply_metrics(self, metrics: Metrics) -> None:
        self.spacing = metrics.spacing_px
        for layout in (self.column, self.top, self.middle, self.rows_layout):
            layout.setSpacing(self.spacing)
        self.pager.apply_metrics(metrics)
        self.fit()

    def fit(self) -> None:
        """Rows fitted to the room and cut into pages; again when the ◀ ▶ column came or went
        (the rows have less room beside it, or more without it)."""
        for _ in range(2):
            paged = self.pager.isVisibleTo(self)
            width = max(1, self.width() - (self.pager.width() + self.spacing if paged else 0))
            for row in self.rows:
                if isinstance(row, ButtonRow):
                    row.fit(width, self.spacing, self.spacing)
            self.paged.paginate(self.spacing)
            if self.pager.isVisibleTo(self) == paged:
                break
            self.column.activate()  # the list area takes its new width now

    def show_row(self, row: QWidget) -> None:
        """The page holding row."""
        if row in self.rows:
            index = self.rows.index(row)
            self.pager.go_to(max(page for page, start in enumerate(self.paged.pages) if start <= index))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fit()


class OutreachWords(QObject):
    """What the 送学上门 screen says when its work ends, in plain words."""

    def audio(self, outcome: Outcome, stick: str, folder: str) -> str:
        count = str(len(outcome.written))
        if outcome.kind == DONE:
            text = self.tr(
                "Done: %1 MP3 files on the USB stick %2, in the folder %3. You can pull out the USB stick now."
            )
        elif outcome.kind == STOPPED:
            text = self.tr(
                "Stopped. %1 files were finished and are on the USB stick %2, in the folder %3; "
                "the lesson being read was not saved."
            )
        elif outcome.kind == FULL:
            text = self.tr(
                "The USB stick %2 is full, or cannot be written to. %1 files were finished; no half-written "
                "file was left. Delete files you no longer need from the stick, or use another one, and start again."
            )
        elif outcome.kind == GONE:
            text = self.tr(
                "The USB stick %2 was pulled out. The %1 files finished before are kept on it, and no "
                "half-written file was left. Plug it in and start again."
            )
        elif outcome.kind == NO_SPEECH:
            text = self.tr(
                "This computer cannot read aloud: the speech program (espeak-ng) is missing or broken. "
                "Ask a technician to install espeak-ng, then start again."
            )
        else:
            text = self.tr("The MP3 files could not be made. The details are written in the log.")
        return text.replace("%1", count).replace("%2", stick).replace("%3", folder)

    def progress(self, number: int, total: int, title: str) -> str:
        return self.tr("Lesson %1 of %2: %3").replace("%1", str(number)).replace("%2", str(total)).replace("%3", title)

    def printed(self, outcome: Outcome) -> str:
        if outcome.kind == DONE:
            text = self.tr("Sent to the printer: %1 pages. Take them from the printer in a moment.")
            return text.replace("%1", str(outcome.pages))
        return self.tr(
            "The handout could not be printed. See that the printer is on and has paper, then try again, "
            "or save it as a PDF on a USB stick."
        )

    def saved(self, outcome: Outcome, stick: str, folder: str) -> str:
        if outcome.kind == DONE:
            text = self.tr(
                "Saved on the USB stick %1, in the folder %2: %3 (%4 pages). You can pull out the USB stick now."
            )
            name = outcome.written[0].name
            return text.replace("%1", stick).replace("%2", folder).replace("%3", name).replace("%4", str(outcome.pages))
        if outcome.kind == GONE:
            return self.tr(
                "The USB stick is not there any more, so the handout was not saved. Plug it in and try again."
            )
        if outcome.kind == FULL:
            return self.tr(
                "The handout could not be saved: the USB stick may be full, or locked against writing. No half-written "
                "file was left on it. Delete files you no longer need, or use another stick, and try again."
            )
        return self.tr("The handout could not be made. The details are written in the log.")
