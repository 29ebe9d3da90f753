"""备份学习记录, the secretary's: copy the records (and the members' photos) to a USB stick, and
restore them from one. On the screen itself, no dialogs: the stick to save on (DrivePanel), the
copy to restore from (FilePanel), what the copy holds and a question in plain words with two big
answers. Copying and reading a copy run in a thread of their own (storage/records_copy.py opens
its own connections); only the last step of a restore, one transaction on the open records,
runs here. After a restore, recordsRestored: the main window signs everybody out and reads the
settings and the members again."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ..context import AppContext
from ..drives import Drive, DriveWatcher
from ..storage.records_copy import (
    STICK_FOLDER_NAME,
    CopyProblem,
    Description,
    Prepared,
    copy_to,
    discard,
    finish_restore,
    last_copy,
    prepare_restore,
)
from .choices import ButtonRow
from .drive_panel import DrivePanel
from .file_panel import BACKUPS, FilePanel
from .screen import Screen
from .talk import mark_message
from .theme import Metrics
from .widgets import big_button, label

log = logging.getLogger(__name__)

HOME, DRIVES, FILES, CONFIRM = "home", "drives", "files", "confirm"


class _Job(QObject):
    """The end of work done in another thread, brought back to the interface thread."""

    done = Signal(object, object)  # the result, or None; the CopyProblem, or None
    finished_with: Callable[[object, CopyProblem | None], None] | None = None


class BackupScreen(Screen):
    NAME = "backup"
    recordsRestored = Signal()  # the records are the copy's now: sign everybody out, read settings and members again
    workDone = Signal()  # a copy or the reading of a copy has ended (tests wait for it)

    def __init__(self, context: AppContext, parent: QWidget | None = None, watcher: DriveWatcher | None = None):
        super().__init__(context, parent)
        self.watcher = watcher or DriveWatcher(self)
        self.part = HOME
        self.working = False
        self.prepared: Prepared | None = None

        # -- the screen's own page: what was done last, and the two actions ---------------------
        self.home = QWidget()
        self.back_button = big_button(self.tr("Back"), self.tr("Back to the secretary's page"))
        self.back_button.clicked.connect(self.goBack)
        self.title = label(self.tr("Back up the records"), "title")
        self.message = label("")
        mark_message(self.message)
        self.copy_button = big_button(
            self.tr("Back up to a USB stick"),
            self.tr("Back up: copy all the study records and photos to a USB stick"),
            role="primary",
        )
        self.copy_button.clicked.connect(self.open_drives)
        self.restore_button = big_button(
            self.tr("Restore from a USB stick"), self.tr("Restore: put back the records from a copy on a USB stick")
        )
        self.restore_button.clicked.connect(self.open_files)
        # the one thing to do, big under what was done last; the restore, rarer, apart in the corner
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.restore_button)
        self.top = top
        column = QVBoxLayout(self.home)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.message)
        column.addWidget(self.copy_button)
        column.addStretch(1)
        self.foot = QHBoxLayout()  # where the restore goes when the top row has no room for it
        self.foot.addStretch(1)
        column.addLayout(self.foot)
        self.home_column = column

        # -- on the same screen: the sticks, the copies, the question ----------------------------
        self.drives = DrivePanel(self.watcher)
        self.drives.chosen.connect(self._copy_to)
        self.drives.cancelled.connect(self.show_home)
        self.files = FilePanel(self.watcher)
        self.files.chosen.connect(self._read_copy)
        self.files.cancelled.connect(self.show_home)

        self.confirm = QWidget()
        self.question = label(self.tr("Restore the records from this copy?"), "title")
        mark_message(self.question)
        self.facts = label("")
        mark_message(self.facts)
        self.safety = label(
            self.tr(
                "The records now on this computer are not deleted: they are kept aside first. "
                "Afterwards everybody touches their name again."
            )
        )
        self.no_button = big_button(self.tr("Do not restore"), self.tr("Do not restore: keep the records as they are"))
        self.no_button.clicked.connect(self.refuse)
        self.yes_button = big_button(
            self.tr("Restore"), self.tr("Restore: the records of this copy take the place of the current ones")
        )
        self.yes_button.clicked.connect(self._restore)
        # 不恢复 first, where a second touch on the copy's tile would land; 恢复 is as big, not louder
        self.answers = ButtonRow([self.no_button, self.yes_button])
        confirm_column = QVBoxLayout(self.confirm)
        confirm_column.setContentsMargins(0, 0, 0, 0)
        confirm_column.addWidget(self.question)
        confirm_column.addWidget(self.facts)
        confirm_column.addWidget(self.safety)
        confirm_column.addStretch(1)
        confirm_column.addWidget(self.answers)
        self.confirm_column = confirm_column

        self.parts = {HOME: self.home, DRIVES: self.drives, FILES: self.files, CONFIRM: self.confirm}
        self.layout_ = QVBoxLayout(self)
        for widget in self.parts.values():
            self.layout_.addWidget(widget)
        self.show_home()

    # -- the screen contract -------------------------------------------------------------------
    def title_text(self) -> str:
        return self.tr("Back up the records")

    def refresh(self) -> None:
        if not self.working:
            self.show_home()

    def apply_metrics(self, metrics: Metrics) -> None:
        super().apply_metrics(metrics)
        self.space_out(metrics, self.layout_, self.home_column, self.top, self.foot, self.confirm_column)
        self.drives.apply_metrics(metrics)
        self.files.apply_metrics(metrics)
        self._fit()

    def focus_first(self) -> None:
        if self.part == DRIVES:
            self.drives.focus_first()
        elif self.part == FILES:
            self.files.focus_first()
        elif self.part == CONFIRM:
            self.no_button.setFocus()
        elif self.copy_button.isVisible():
            self.copy_button.setFocus()
        else:
            self.back_button.setFocus()

    def escape(self) -> None:
        if self.part == CONFIRM:
            self.refuse()
        elif self.part in (DRIVES, FILES):
            self.show_home()
        else:
            self.goBack.emit()

    def leave(self) -> None:
        self.drives.close_panel()
        self.files.close_panel()
        if self.part == CONFIRM:
            self.refuse()

    # -- which part is shown -------------------------------------------------------------------
    def _show_part(self, part: str) -> None:
        if self.part in (DRIVES, FILES) and part not in (DRIVES, FILES):  # one watcher for both panels
            self.watcher.stop()
        self.part = part
        for name, widget in self.parts.items():  # the others hidden first (as on the Members screen)
            if name != part:
                widget.hide()
        self.parts[part].show()
        self._fit()
        self.focus_first()

    def show_home(self, said: str = "") -> None:
        self._say(said or self._last_copy_text())
        self._show_part(HOME)

    def open_drives(self) -> None:
        self.drives.open_for(self.tr("Back up the records to which USB stick?"))
        self._show_part(DRIVES)

    def open_files(self) -> None:
        self.files.open_for(BACKUPS)
        self._show_part(FILES)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self._make_room()

    def _fit(self) -> None:
        spacing = self.metrics.spacing_px
        width = max(1, self.width() - 2 * spacing)
        self.answers.fit(width, spacing, spacing)
        self._make_room()

    def _make_room(self) -> None:
        """Nothing cut short. The restore stands in the top row's corner, or at the foot when the
        words are too wide for the row; a long message (a refusal that says what to do) takes the
        room of the big button at the largest sizes (返回 and coming back show it again).
        Nothing to touch while work runs."""
        spacing = self.metrics.spacing_px
        width = max(1, self.width() - 2 * spacing)
        room = self.height() - 2 * spacing
        back, restore = self.back_button.sizeHint(), self.restore_button.sizeHint()
        beside = back.width() + self.title.sizeHint().width() + restore.width() + 2 * spacing <= width
        if beside != (self.top.indexOf(self.restore_button) >= 0):
            (self.foot if beside else self.top).removeWidget(self.restore_button)
            if beside:
                self.top.addWidget(self.restore_button)
            else:
                self.foot.insertWidget(0, self.restore_button)
        title_width = width - back.width() - spacing - (restore.width() + spacing if beside else 0)
        top = max(back.height(), self.title.heightForWidth(max(1, title_width)), restore.height() if beside else 0)
        used = top + spacing + max(0, self.message.heightForWidth(width)) + spacing
        if not beside:
            used += restore.height() + spacing
        self.copy_button.setVisible(not self.working and used + self.copy_button.sizeHint().height() <= room)
        self.restore_button.setVisible(not self.working)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    # -- words ---------------------------------------------------------------------------------
    def _day(self, day: date) -> str:
        return (
            self.tr("%1/%2/%3").replace("%1", str(day.year)).replace("%2", str(day.month)).replace("%3", str(day.day))
        )

    def _moment(self, moment: datetime) -> str:
        return f"{self._day(moment.date())} {moment.hour:02d}:{moment.minute:02d}"

    def _last_copy_text(self) -> str:
        last = last_copy(self.context.data_dir)
        if last is None:
            return self.tr(
                "The records have not been backed up to a USB stick yet. Back them up once a month and keep the stick safe."
            )
        return (
            self.tr("Last backed up to a USB stick on %1 (USB stick %2).")
            .replace("%1", self._moment(last.made_at))
            .replace("%2", last.stick)
        )

    def _facts(self, description: Description) -> str:
        made = self._moment(description.made_at) if description.made_at else "?"
        if description.last_study is None:
            text = self.tr("This copy was made on %1. It holds %2 members; nobody had studied yet.")
        else:
            text = self.tr("This copy was made on %1. It holds %2 members; the last study in it was on %3.")
            text = text.replace("%3", self._day(description.last_study))
        return text.replace("%1", made).replace("%2", str(description.members))

    # -- work in a thread of its own -------------------------------------------------------------
    def _run(self, work: Callable[[], object], finished: Callable[[object, CopyProblem | None], None]) -> None:
        """work() in a thread of its own; finished(result, problem) back on the interface thread."""
        self.working = True
        job = _Job(self)
        job.finished_with = finished
        job.done.connect(self._job_done)  # a method of the screen: delivered on its thread
        unexpected = self._unexpected()

        def target() -> None:
            try:
                result, problem = work(), None
            except CopyProblem as refused:
                result, problem = None, refused
            except Exception:  # never a silent thread: logged, and said plainly
                log.exception("Backup work failed unexpectedly")
                result, problem = None, CopyProblem(unexpected)
            job.done.emit(result, problem)

        threading.Thread(target=target, name="records-copy", daemon=True).start()

    @Slot(object, object)
    def _job_done(self, result: object, problem: CopyProblem | None) -> None:
        job = self.sender()
        self.working = False
        finished = getattr(job, "finished_with", None)
        if job is not None:
            job.deleteLater()
        if finished is not None:
            finished(result, problem)
        self.workDone.emit()

    def _unexpected(self) -> str:
        return self.tr("It could not be finished; the records are as they were. The details are in the log.")

    # -- the copy to a stick --------------------------------------------------------------------
    def _copy_to(self, drive: Drive) -> None:
        self.context.flush_writes()  # what waits in memory goes into the copy too
        data_dir, stick = self.context.data_dir, drive.path
        self._run(lambda: copy_to(data_dir, stick), lambda copy, problem: self._copied(drive, copy, problem))
        self.show_home(self.tr("Backing up. Please do not pull out the USB stick…"))

    def _copied(self, drive: Drive, copy: Path | None, problem: CopyProblem | None) -> None:
        if problem is not None or copy is None:
            self.show_home(problem.message if problem else self._unexpected())
            return
        said = (
            self.tr("Backed up on USB stick %1, in the folder %2, as %3. You can pull out the USB stick now.")
            .replace("%1", drive.name)
            .replace("%2", STICK_FOLDER_NAME)
            .replace("%3", copy.name)
        )
        self.show_home(said)

    # -- the restore ------------------------------------------------------------------------------
    def _read_copy(self, path: Path) -> None:
        data_dir = self.context.data_dir
        self._run(lambda: prepare_restore(path, data_dir), self._ask)
        self.show_home(self.tr("Reading the copy. Please do not pull out the USB stick…"))

    def _ask(self, prepared: Prepared | None, problem: CopyProblem | None) -> None:
        if problem is not None or prepared is None:
            self.show_home(problem.message if problem else self._unexpected())
            return
        self.prepared = prepared
        self.facts.setText(self._facts(prepared.description))
        for widget in (self.question, self.facts, self.safety):
            widget.setAccessibleName(widget.text())
        self._show_part(CONFIRM)

    def refuse(self) -> None:
        if self.prepared is not None:
            discard(self.prepared)
            self.prepared = None
        self.show_home(self.tr("Not restored. The records are as they were."))

    def _restore(self) -> None:
        prepared, self.prepared = self.prepared, None
        if prepared is None:
            return
        try:  # one transaction on the open records: here, on their thread
            restored = finish_restore(prepared, self.context.db, self.context.data_dir)
        except CopyProblem as problem:
            self.show_home(problem.message)
            return
        said = (
            self.tr(
                "Restored: the records are now those of the copy made on %1 (%2 members). "
                "The records from before are kept aside, not deleted. Everybody please touch their name again."
            )
            .replace("%1", self._moment(restored.description.made_at) if restored.description.made_at else "?")
            .replace("%2", str(restored.description.members))
        )
        self.show_home(said)
        self.recordsRestored.emit()
