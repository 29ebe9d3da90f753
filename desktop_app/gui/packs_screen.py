"""课程包, the secretary's: import a lesson pack from a USB stick, and the list of trusted issuers.
On the screen itself, no dialogs: the packs found (FilePanel), who made the chosen one and what it
holds with a question in plain words (PackQuestion), the trusted issuers (TrustedPanel). The pack
is first copied off the stick and read, then imported and the lessons read again, each in a thread
of its own; the new library takes the old one's place here, on the interface thread, and
libraryChanged tells the main window to show it on the other screens. Nothing needs a restart."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ..context import AppContext
from ..drives import DriveWatcher
from ..i18n import fill, translate
from ..packs import PackInfo, PackRefused, TrustedIssuers, import_pack, inspect_pack
from ..packs.errors import BROKEN_LESSONS, NO_ROOM
from ..packs.errors import CONTEXT as PACKS_CONTEXT
from ..packs.incoming import CopyFailed, let_go, let_go_of_all, take_in
from ..packs.reload import pack_sources, read_library
from .file_panel import PACKS, FilePanel
from .pack_question import PackQuestion
from .screen import Screen
from .theme import Metrics
from .trusted_panel import TrustedPanel
from .widgets import big_button, label

log = logging.getLogger(__name__)

HOME, FILES, CONFIRM, TRUSTED = "home", "files", "confirm", "trusted"
SHORT_ARGUMENT = 30  # characters of a file name or a lesson problem kept when a refusal is too long


class _Job(QObject):
    """The end of work done in another thread, brought back to the interface thread."""

    done = Signal(object, object)  # the result, or None; the problem (an exception), or None
    finished_with: Callable[[object, Exception | None], None] | None = None


class PacksScreen(Screen):
    NAME = "packs"
    libraryChanged = Signal()  # context.library is a new one: the other screens show it
    workDone = Signal()  # reading or importing a pack has ended (tests wait for it)

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        watcher: DriveWatcher | None = None,
        lesson_paths: list[Path] | None = None,
    ):
        """lesson_paths: the lesson folders the program was started with (None: the imported and
        the shipped lessons, as create_context reads them)."""
        super().__init__(context, parent)
        self.watcher = watcher or DriveWatcher(self)
        self.lesson_paths = lesson_paths
        self.part = HOME
        self.working = False
        self.copy: Path | None = None  # the chosen pack, copied off the stick, while it is asked about
        self.info: PackInfo | None = None
        self.said: list[str] = []  # the message, then shorter forms of it for the largest text
        let_go_of_all(context.data_dir)

        # -- the screen's own page: what came from packs, the one thing to do, the trusted list ---
        self.home = QWidget()
        self.back_button = big_button(self.tr("Back"), self.tr("Back to the secretary's page"))
        self.back_button.clicked.connect(self.goBack)
        self.title = label(self.tr("Lesson packs"), "title")
        self.message = label("")
        self.import_button = big_button(
            self.tr("Import a lesson pack from a USB stick"),
            self.tr("Import a lesson pack: plug in the USB stick, then choose the pack"),
            role="primary",
        )
        self.import_button.clicked.connect(self.open_files)
        self.trusted_button = big_button("")
        self.trusted_button.clicked.connect(self.open_trusted)
        top = QHBoxLayout()  # the trusted issuers, rarer, in the top row's corner (or at the foot)
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.trusted_button)
        self.top = top
        column = QVBoxLayout(self.home)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.message)
        column.addWidget(self.import_button)
        column.addStretch(1)
        self.foot = QHBoxLayout()
        self.foot.addStretch(1)
        column.addLayout(self.foot)
        self.home_column = column

        # -- on the same screen: the packs found, the question, the trusted issuers -------------
        self.files = FilePanel(self.watcher)
        self.files.chosen.connect(self._read_pack)
        self.files.cancelled.connect(self.show_home)
        self.question = PackQuestion()
        self.question.refused.connect(self.refuse)
        self.question.importAsked.connect(self._import)
        self.trusted = TrustedPanel(context.data_dir)
        self.trusted.cancelled.connect(self.show_home)

        self.parts = {HOME: self.home, FILES: self.files, CONFIRM: self.question, TRUSTED: self.trusted}
        self.layout_ = QVBoxLayout(self)
        for widget in self.parts.values():
            self.layout_.addWidget(widget)
        self.show_home()

    # -- the screen contract -------------------------------------------------------------------
    def title_text(self) -> str:
        return self.tr("Lesson packs")

    def refresh(self) -> None:
        """Coming to the screen: its own page. Asked again while shown (the main window refreshing
        every screen after libraryChanged), what is said stays."""
        if self.working:
            return
        if self.isVisible():
            self._count_trusted()
            return
        self.show_home()

    def apply_metrics(self, metrics: Metrics) -> None:
        super().apply_metrics(metrics)
        self.space_out(metrics, self.layout_, self.home_column, self.top, self.foot)
        for part in (self.files, self.question, self.trusted):
            part.apply_metrics(metrics)
        self._make_room()

    def focus_first(self) -> None:
        if self.part == FILES:
            self.files.focus_first()
        elif self.part == CONFIRM:
            self.question.focus_first()
        elif self.part == TRUSTED:
            self.trusted.focus_first()
        elif self.import_button.isVisible():
            self.import_button.setFocus()
        else:
            self.back_button.setFocus()

    def escape(self) -> None:
        if self.part == CONFIRM:
            self.refuse()
        elif self.part == TRUSTED and self.trusted.asking():
            self.trusted.keep()
        elif self.part in (FILES, TRUSTED):
            self.show_home()
        else:
            self.goBack.emit()

    def leave(self) -> None:
        self.files.close_panel()
        if self.part == CONFIRM:
            self.refuse()
        elif self.part != HOME and not self.working:
            self.show_home()

    # -- which part is shown -------------------------------------------------------------------
    def _show_part(self, part: str) -> None:
        if self.part == FILES and part != FILES:
            self.watcher.stop()
        self.part = part
        for name, widget in self.parts.items():  # the others hidden first (as on the Members screen)
            if name != part:
                widget.hide()
        self.parts[part].show()
        self._make_room()
        self.focus_first()

    def show_home(self, *said: str) -> None:
        """The screen's own page with what was just done (said, then shorter forms of it), else
        what the lessons now hold."""
        self._say(*(said or (self._sources_text(),)))
        self._count_trusted()
        self._show_part(HOME)

    def open_files(self) -> None:
        self.files.open_for(PACKS)
        self._show_part(FILES)

    def open_trusted(self) -> None:
        self._show_part(TRUSTED)
        self.trusted.open_list()

    def _say(self, *texts: str) -> None:
        self.said = [text for text in texts if text]
        self._make_room()

    def _count_trusted(self) -> None:
        count = str(len(TrustedIssuers(self.context.data_dir).all()))
        self.trusted_button.setText(fill(self.tr("Trusted issuers (%1)"), count))
        self.trusted_button.setAccessibleName(
            fill(self.tr("Trusted issuers: %1. Touch to see them or to stop trusting one"), count)
        )
        self._make_room()

    def _make_room(self) -> None:
        """Nothing cut short. The trusted issuers stand in the top row's corner, or at the foot when
        the words are too wide for the row. A message too long to leave room for the big button is
        shown in a shorter form (a long file name or lesson problem cut: the whole is in the log);
        when even that leaves no room, it takes the button's (返回 and coming back show it again).
        Nothing to touch but 返回 while work runs."""
        spacing = self.metrics.spacing_px
        width = max(1, self.width() - 2 * spacing)
        room = self.height() - 2 * spacing
        back, corner = self.back_button.sizeHint(), self.trusted_button.sizeHint()
        beside = back.width() + self.title.sizeHint().width() + corner.width() + 2 * spacing <= width
        if beside != (self.top.indexOf(self.trusted_button) >= 0):
            (self.foot if beside else self.top).removeWidget(self.trusted_button)
            if beside:
                self.top.addWidget(self.trusted_button)
            else:
                self.foot.insertWidget(0, self.trusted_button)
        title_width = width - back.width() - spacing - (corner.width() + spacing if beside else 0)
        top = max(back.height(), self.title.heightForWidth(max(1, title_width)), corner.height() if beside else 0)
        used = top + spacing + (0 if beside or self.working else corner.height() + spacing)
        button = 0 if self.working else self.import_button.sizeHint().height()
        forms = self.said or [""]
        heights = [self._height_of(text, width) for text in forms]
        fitting = [i for i, height in enumerate(heights) if used + height + spacing + button <= room]
        fitting = fitting or [i for i, height in enumerate(heights) if used + height + spacing <= room]
        chosen = fitting[0] if fitting else len(forms) - 1
        self.message.setText(forms[chosen])
        self.message.setAccessibleName(forms[chosen])
        used += heights[chosen] + spacing
        self.import_button.setVisible(not self.working and used + button <= room)
        self.trusted_button.setVisible(not self.working)

    def _height_of(self, text: str, width: int) -> int:
        self.message.setText(text)
        return max(0, self.message.heightForWidth(width))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._make_room()

    # -- words ---------------------------------------------------------------------------------
    def _sources_text(self) -> str:
        sources = pack_sources(self.context.library, self.context.data_dir)
        if not sources:
            return self.tr(
                "All the lessons now came with the study station: no lesson pack has been imported yet. "
                "Copy the pack onto a USB stick, plug it in and touch the button below."
            )
        parts = []
        for source in sources:
            if source.signed:
                part = fill(self.tr("%1: %2 lessons"), source.issuer, source.lessons)
            else:
                part = fill(self.tr("unsigned packs: %1 lessons"), source.lessons)
            parts.append(part)
        total = sum(source.lessons for source in sources)
        return fill(self.tr("%1 of the lessons now came in lesson packs (%2)."), total, self.tr(", ").join(parts))

    def _then(self, *sentences: str) -> str:
        """Sentences one after the other (with a space in English, none in Chinese)."""
        text = sentences[0]
        for sentence in sentences[1:]:
            text = fill(self.tr("%1 %2"), text, sentence)
        return text

    def _unchanged(self, text: str) -> str:
        return self._then(text, self.tr("The lessons are as they were."))

    def _refusal(self, problem: Exception | None) -> list[str]:
        """What to tell for a pack that was not taken, in plain words: the whole, then shorter
        forms (a long file name or lesson problem cut) for when the whole does not fit."""
        if isinstance(problem, PackRefused) and problem.text == BROKEN_LESSONS:  # its list of lessons: the log's
            text = self.tr(
                "Some lessons in this pack have mistakes, or the same numbers as lessons of another pack "
                "imported before, so none was imported. Please tell the sender; the details are in the log."
            )
            return [self._unchanged(text)]
        if isinstance(problem, PackRefused):

            def said(*args: str) -> str:
                text = translate(PACKS_CONTEXT, problem.text, *args)
                return text if problem.text == NO_ROOM else self._unchanged(text)  # NO_ROOM says it already

            short = [arg if len(arg) <= SHORT_ARGUMENT else arg[: SHORT_ARGUMENT - 1] + "…" for arg in problem.args_]
            return [said(*problem.args_), said(*short), said(*("…" if len(a) > SHORT_ARGUMENT else a for a in short))]
        if isinstance(problem, CopyFailed) and problem.on_stick:
            text = self.tr(
                "The lesson pack could not be read to the end: the USB stick may have been pulled out. "
                "Plug it in again and choose the pack once more."
            )
            return [self._unchanged(text)]
        if isinstance(problem, CopyFailed):
            text = self.tr(
                "The lesson pack could not be copied onto this computer: its disk may be full. "
                "Please free some space, then try again."
            )
            return [self._unchanged(text)]
        return [self.tr("It could not be finished; the lessons are as they were. The details are in the log.")]

    # -- work in a thread of its own -------------------------------------------------------------
    def _run(self, name: str, work: Callable[[], object], finished: Callable[[object, Exception | None], None]):
        """work() in a thread of its own (not a daemon: an import is never cut off at the end of
        the program); finished(result, problem) back on the interface thread."""
        self.working = True
        job = _Job(self)
        job.finished_with = finished
        job.done.connect(self._job_done)  # a method of the screen: delivered on its thread

        def target() -> None:
            try:
                result, problem = work(), None
            except (PackRefused, CopyFailed) as refused:
                result, problem = None, refused
            except Exception as error:  # never a silent thread: logged, and said plainly
                log.error("Lesson pack work (%s) failed unexpectedly", name, exc_info=True)
                result, problem = None, error
            try:
                job.done.emit(result, problem)
            except RuntimeError:  # the program was closed meanwhile: the work is done, nobody to tell
                log.info("Lesson pack work (%s) ended after the screen was gone", name)

        threading.Thread(target=target, name=name, daemon=False).start()

    @Slot(object, object)
    def _job_done(self, result: object, problem: Exception | None) -> None:
        job = self.sender()
        self.working = False
        finished = getattr(job, "finished_with", None)
        if job is not None:
            job.deleteLater()
        if finished is not None:
            finished(result, problem)
        self.workDone.emit()

    # -- reading the chosen pack ---------------------------------------------------------------
    def _read_pack(self, path: Path) -> None:
        data_dir = self.context.data_dir
        trusted = TrustedIssuers(data_dir).keys()

        def work() -> tuple[Path, PackInfo]:
            copy = take_in(path, data_dir)
            try:
                return copy, inspect_pack(copy, trusted)
            except BaseException:
                let_go(copy)
                raise

        self._run("pack-read", work, lambda result, problem: self._ask(path, result, problem))
        self.show_home(self.tr("Reading the lesson pack. Please do not pull out the USB stick…"))

    def _ask(self, path: Path, result, problem: Exception | None) -> None:
        if problem is not None or result is None:
            log.error("The lesson pack %s was not read: %s", path, problem, exc_info=problem)
            self.show_home(*self._refusal(problem))
            return
        copy, info = result
        if not self.isVisible():  # the secretary left meanwhile: nothing is asked behind their back
            let_go(copy)
            self.show_home()
            return
        self.copy, self.info = copy, info
        self._show_part(CONFIRM)
        self.question.ask(info)
        self.question.focus_first()

    def refuse(self) -> None:
        """不导入 (or Esc): the chosen pack's copy removed, nothing changed."""
        self._let_go()
        self.show_home(self._unchanged(self.tr("Not imported.")))

    def _let_go(self) -> None:
        let_go(self.copy)
        self.copy, self.info = None, None

    # -- the import ------------------------------------------------------------------------------
    def _import(self, trust: bool) -> None:
        copy, info = self.copy, self.info
        self.copy, self.info = None, None
        if copy is None or info is None:
            return
        data_dir, lesson_paths = self.context.data_dir, self.lesson_paths

        def work():
            try:
                trusted = TrustedIssuers(data_dir)
                result = import_pack(copy, data_dir, trusted.keys(), allow_untrusted=not info.trusted)
            finally:
                let_go(copy)
            trust_failed = False
            if trust:
                try:
                    trusted.add(info.public_key, info.issuer)
                except (OSError, PackRefused):
                    log.error("Cannot add %s to the trusted issuers", info.issuer, exc_info=True)
                    trust_failed = True
            try:
                library = read_library(data_dir, lesson_paths)
            except Exception:
                log.error("The lessons could not be read again after an import", exc_info=True)
                library = None
            return result, library, trust_failed

        self._run("pack-import", work, lambda result, problem: self._imported(info, trust, result, problem))
        self.show_home(self.tr("Importing the lessons. Please wait…"))

    def _imported(self, info: PackInfo, trust: bool, result, problem: Exception | None) -> None:
        if problem is not None or result is None:
            log.error("The lesson pack of %r was not imported: %s", info.issuer, problem, exc_info=problem)
            self.show_home(*self._refusal(problem))
            return
        imported, library, trust_failed = result
        said = [
            fill(
                self.tr("Imported: %1 new lessons, %2 lessons updated. The members' study progress is all kept."),
                len(imported.added),
                len(imported.replaced),
            )
        ]
        if trust and trust_failed:
            text = self.tr(
                "But “%1” could not be added to the trusted issuers (the disk may be full); "
                "its next pack will be asked about again."
            )
            said.append(fill(text, info.issuer))
        elif trust:
            said.append(
                fill(self.tr("From now on, the lesson packs of “%1” are imported without asking."), info.issuer)
            )
        if library is None:
            said.append(self.tr("The new lessons show after the study station is started again."))
        else:
            self.context.library = library  # here, on the interface thread
            self.libraryChanged.emit()
        self.show_home(self._then(*said))
