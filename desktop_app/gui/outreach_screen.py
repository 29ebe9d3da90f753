"""送学上门, the secretary's: this month's lessons (or a course, or one lesson) taken to the members
who cannot come, as MP3 files on a USB stick for their 唱戏机 players and as a large-print
handout on paper or as a PDF. Everything on the screen itself: the stick from big tiles
(DrivePanel), the printer from big rows, no file or print dialog.

The export runs in a thread with its own speech worker (outreach_job.py); it goes on when the
secretary leaves the screen, and its progress or outcome is here when they come back (a screen
or window that goes away cancels it, leaving no half-written file)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..context import AppContext
from ..drives import Drive, DriveWatcher
from ..outreach import HANDOUT_FOLDER, MONTH, Choice, audio_folder, handout_name, month_choice, top_choices
from ..paths import speech_cache_dir
from ..reports.handout import Handout, make_handout
from ..speech.audio_export import plan_tracks
from ..speech.service import SpeechService
from ..storage.plan import PlanStore
from ..text.hard_characters import hard_characters
from .choices import ButtonRow
from .drive_panel import DrivePanel
from .outreach_job import AudioJob, HandoutJob, Outcome
from .outreach_options import AudioPart, ChooserPart, PaperPart, PrinterPart
from .outreach_parts import OutreachWords, PagedPart
from .screen import Screen
from .talk import mark_message
from .theme import Metrics
from .widgets import WrappingButton, big_button, label

HOME, CHOOSE, AUDIO, PAPER, PRINTERS, DRIVES = "home", "choose", "audio", "paper", "printers", "drives"
UP = {CHOOSE: HOME, AUDIO: HOME, PAPER: HOME, PRINTERS: PAPER}


class OutreachScreen(Screen):
    NAME = "outreach"
    exportEnded = Signal(object)  # the export's Outcome (tests wait for it)
    paperEnded = Signal(object)  # the print's or the PDF's Outcome

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        watcher: DriveWatcher | None = None,
        today=date.today,
        printers=QPrinterInfo.availablePrinters,
        make_service=None,
        printer_for=lambda info: QPrinter(info, QPrinter.PrinterMode.HighResolution),
    ):
        """printers(): the printers to offer; printer_for(info): the QPrinter to draw on; make_service():
        the export's speech service, called in the export's thread (tests give others of each)."""
        super().__init__(context, parent)
        self.watcher = watcher or DriveWatcher(self)
        self.today, self.printers, self.printer_for = today, printers, printer_for
        self.make_service = make_service or (lambda: SpeechService(speech_cache_dir(context.data_dir)))
        self.words = OutreachWords(self)
        self.choice: Choice | None = None
        self.audio_job: AudioJob | None = None
        self.paper_job: HandoutJob | None = None
        self.drive_for, self.part = AUDIO, HOME
        back = self.tr("Back to the secretary's page")
        self.home = PagedPart(self.tr("Take the lessons to members' homes"), back)
        self.what = WrappingButton(role="row")  # what is taken; touched: the lessons to choose from
        self.progress = label("")
        mark_message(self.progress)
        self.stop_button = big_button(self.tr("■ Stop"), self.tr("Stop making the MP3 files"), role="primary")
        self.stop_button.clicked.connect(self.stop_export)
        self.message = label("")
        mark_message(self.message)
        # Short, one line each: at the largest text on 1024x768 longer words put them under each
        # other and onto a second page, away from what is taken; their spoken names say more.
        self.audio_button = big_button(
            self.tr("MP3s for little players"), self.tr("MP3 files for little players, onto a USB stick"), "primary"
        )
        self.paper_button = big_button(
            self.tr("Print a large-print handout"), self.tr("A large-print handout, printed or saved as PDF"), "primary"
        )
        self.home_actions = ButtonRow([self.audio_button, self.paper_button])

        self.chooser = ChooserPart()
        self.chooser.chosen.connect(self._chosen)

        self.audio = AudioPart(lambda ascii_names: audio_folder(self.choice, ascii_names) if self.choice else "")
        self.audio.go_button.clicked.connect(lambda: self.open_drives(AUDIO))
        self.paper = PaperPart()
        self.paper.print_button.clicked.connect(self.open_printers)
        self.paper.pdf_button.clicked.connect(lambda: self.open_drives(PAPER))
        self.printer_part = PrinterPart()
        self.printer_part.chosen.connect(self.print_on)
        self.printer_part.pdf_button.clicked.connect(lambda: self.open_drives(PAPER))

        self.drives = DrivePanel(self.watcher)
        self.drives.chosen.connect(self._drive_chosen)
        self.drives.cancelled.connect(lambda: self._show_part(self.drive_for))

        self.what.clicked.connect(self.open_chooser)
        self.audio_button.clicked.connect(lambda: self._show_part(AUDIO))
        self.paper_button.clicked.connect(lambda: self._show_part(PAPER))
        self.parts = {
            HOME: self.home,
            CHOOSE: self.chooser,
            AUDIO: self.audio,
            PAPER: self.paper,
            PRINTERS: self.printer_part,
            DRIVES: self.drives,
        }
        self.layout_ = QVBoxLayout(self)
        for part in self.parts.values():
            self.layout_.addWidget(part)
            if isinstance(part, PagedPart):
                part.back_button.clicked.connect(self.escape)
        self.refresh()

    # -- the screen contract -------------------------------------------------------------------
    def title_text(self) -> str:
        return self.tr("Take the lessons to members' homes")

    def refresh(self) -> None:
        if self.choice is None or self.choice.kind == MONTH:  # the plan or the lessons may have changed
            month = self.today().strftime("%Y-%m")
            self.choice = month_choice(self.context.library, PlanStore(self.context.db).get(month), month)
        self._show_home()

    def apply_metrics(self, metrics: Metrics) -> None:
        super().apply_metrics(metrics)
        self.space_out(metrics, self.layout_)
        for part in self.parts.values():
            part.apply_metrics(metrics)

    def focus_first(self) -> None:
        part = self.parts[self.part]
        if self.part == DRIVES:
            self.drives.focus_first()
            return
        working = self.stop_button if self.working else self.audio_button
        first = {HOME: working, AUDIO: self.audio.go_button, PAPER: self.paper.print_button}.get(self.part)
        shown = [row for row in part.rows if row.isVisible()]
        target = first if first is not None and first.isVisible() else (shown[0] if shown else part.back_button)
        if isinstance(target, ButtonRow):
            target = target.widgets[0]
        target.setFocus()

    def escape(self) -> None:
        if self.part == HOME:
            self.goBack.emit()
        elif self.part == CHOOSE and self.chooser.course is not None:
            self.chooser.show_choices(self.chooser.first_choices, self.choice)
        else:
            self._show_part(self.drive_for if self.part == DRIVES else UP[self.part])

    def leave(self) -> None:
        self.drives.close_panel()
        self.part = HOME

    @property
    def working(self) -> bool:
        return self.audio_job is not None

    # -- which part is shown -------------------------------------------------------------------
    def _show_part(self, part: str) -> None:
        if self.part == DRIVES and part != DRIVES:
            self.watcher.stop()
        self.part = part
        if part == AUDIO:
            self.audio.show_options()
        for name, widget in self.parts.items():
            if name != part:
                widget.hide()
        self.parts[part].show()
        self.focus_first()

    def _show_home(self) -> None:
        choice = self.choice
        lessons = len(choice.lessons) if choice else 0
        if not lessons:
            text = self.tr("No lessons are planned for this month yet.")
        elif lessons == 1:
            text = self.tr("To take: %1, one lesson").replace("%1", choice.title)
        else:
            text = self.tr("To take: %1, %2 lessons").replace("%1", choice.title).replace("%2", str(lessons))
        change = self.tr("Touch here to take a course or one lesson ▶")
        self.what.set_full_text(f"{text}\n{change}", f"{text} {change}")
        # the first page holds what matters now: 停止 and how far it got, else what was done, then what is taken
        rows = [self.stop_button, self.progress] if self.working else []  # (the lesson read is named there)
        rows += [self.message] if self.message.text() else []
        rows += [] if self.working else [self.what]  # what is being made stays as it is until it ends
        self.audio_button.setVisible(not self.working)  # one export at a time
        rows += [self.home_actions] if lessons else []
        self.home.set_rows(rows)
        self._show_part(HOME)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)

    # -- choosing the lessons ------------------------------------------------------------------
    def open_chooser(self) -> None:
        month = self.today().strftime("%Y-%m")
        top = top_choices(self.context.library, PlanStore(self.context.db).get(month), month)
        self._show_part(CHOOSE)
        self.chooser.show_choices(top, self.choice)

    def _chosen(self, choice: Choice) -> None:
        self.choice = choice
        self._say("")
        self._show_home()

    # -- the MP3 files -------------------------------------------------------------------------
    def open_drives(self, purpose: str) -> None:
        self.drive_for = purpose
        title = (
            self.tr("Save the MP3 files on which USB stick?")
            if purpose == AUDIO
            else self.tr("Save the handout on which USB stick?")
        )
        self.drives.open_for(title)
        self._show_part(DRIVES)

    def _drive_chosen(self, drive: Drive) -> None:
        if self.drive_for == AUDIO:
            self.start_export(drive)
        else:
            self.save_pdf(drive)

    def start_export(self, drive: Drive) -> None:
        if self.working or not self.choice or not self.choice.lessons:
            self._show_home()
            return
        folder = audio_folder(self.choice, self.audio.ascii_names)
        tracks = plan_tracks(list(self.choice.lessons), self.audio.ascii_names)
        readings = self.context.readings_for
        voice = self.context.settings.voice
        job = AudioJob(tracks, drive.path, drive.path / folder, self.make_service, voice, readings, self.choice.album)
        job.said = lambda outcome: self.words.audio(outcome, drive.name, folder)
        job.progressed.connect(self._progressed)  # methods of the screen: delivered on its thread
        job.ended.connect(self._exported)
        self.destroyed.connect(job.cancel)
        self.audio_job = job
        self.progress.setText(self.tr("Getting ready to read aloud… Please do not pull out the USB stick."))
        self._say("")
        job.start()
        self._show_home()

    def _progressed(self, track) -> None:
        if self.audio_job is not None and not self.audio_job.cancelled:
            self.progress.setText(self.words.progress(track.number, track.total, track.lesson.title))
            self.progress.setAccessibleName(self.progress.text())

    def stop_export(self) -> None:
        if self.audio_job is not None:
            self.audio_job.cancel()
            self.progress.setText(self.tr("Stopping: the lesson being read is not saved…"))
            self.progress.setAccessibleName(self.progress.text())

    def _exported(self, outcome: Outcome) -> None:
        job, self.audio_job = self.audio_job, None
        if job is None:
            return
        job.wait()
        self._say(job.said(outcome))
        if self.part == HOME:
            self._show_home()
        self.exportEnded.emit(outcome)

    # -- the handout ---------------------------------------------------------------------------
    def handout(self) -> Handout:
        """The chosen lessons at the chosen size, with pinyin over the hard characters when asked."""
        choice, context = self.choice, self.context
        hard = hard_characters(context.data_dir) if self.paper.pinyin else frozenset()
        lessons, today, size = list(choice.lessons), self.today(), self.paper.text_size
        return make_handout(
            context.library, lessons, choice.title, today, size, hard, context.readings, choice.month_label
        )

    def open_printers(self) -> None:
        self.printer_part.show_printers(self.printers())
        self._show_part(PRINTERS)

    def print_on(self, info: QPrinterInfo) -> None:
        printer = self.printer_for(info)
        printer.setDocName(self.choice.title)
        self._start_paper(HandoutJob(self.handout(), device=printer), self.tr("Printing…"), self.words.printed)

    def save_pdf(self, drive: Drive) -> None:
        out = drive.path / HANDOUT_FOLDER / handout_name(self.choice, self.paper.text_size, self.paper.pinyin)
        words = self.tr("Saving the handout. Please do not pull out the USB stick…")
        self._start_paper(
            HandoutJob(self.handout(), out=out, stick=drive.path),
            words,
            lambda outcome: self.words.saved(outcome, drive.name, HANDOUT_FOLDER),
        )

    def _start_paper(self, job: HandoutJob, words: str, said) -> None:
        if self.paper_job is not None:
            return
        self.paper_job = job
        job.said = said
        job.ended.connect(self._paper_done)
        self._say(words)
        self.paper_button.setEnabled(False)
        job.start()
        self._show_home()

    def _paper_done(self, outcome: Outcome) -> None:
        job, self.paper_job = self.paper_job, None
        if job is None:
            return
        job.wait()
        self.paper_button.setEnabled(True)
        self._say(job.said(outcome))
        if self.part == HOME:
            self._show_home()
        self.paperEnded.emit(outcome)
