"""What a running program does by itself for its records (QtCore only, no widgets): writes kept
while another program held the lock are written as soon as it is free, a program that runs for
weeks makes its backup each day (in a thread of its own, with its own connection, so the
interface never waits), and what still waits is written before the program ends."""

from __future__ import annotations

import logging
import threading
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, QTimer

log = logging.getLogger(__name__)

FLUSH_MS = 1000
BACKUP_CHECK_MS = 10 * 60 * 1000
QUIT_WAIT_SECONDS = 10.0


class Upkeep(QObject):
    def __init__(
        self, context, parent: QObject | None = None, flush_ms: int = FLUSH_MS, backup_ms: int = BACKUP_CHECK_MS
    ):
        super().__init__(parent)
        self.context = context
        self.flush_timer = QTimer(self)
        self.flush_timer.setInterval(flush_ms)
        self.flush_timer.timeout.connect(self.flush)
        self.flush_timer.start()
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(backup_ms)
        self.backup_timer.timeout.connect(self.check_backup)
        self.backup_timer.start()
        self.backup_day = date.today()  # the start-up made (or tried) today's
        self.backup_thread: threading.Thread | None = None
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.finish)

    def flush(self) -> None:
        self.context.flush_writes()

    def check_backup(self, today: date | None = None) -> threading.Thread | None:
        """A new day since the last backup: make one, in a thread of its own."""
        today = today or date.today()
        if today == self.backup_day or (self.backup_thread is not None and self.backup_thread.is_alive()):
            return None
        self.backup_day = today
        self.backup_thread = threading.Thread(target=self.context.backup_if_new_day, name="daily-backup", daemon=True)
        self.backup_thread.start()
        return self.backup_thread

    def finish(self) -> None:
        """Before the program ends: what still waits for the lock gets a last, longer chance."""
        self.flush_timer.stop()
        self.backup_timer.stop()
        if not self.context.flush_writes(QUIT_WAIT_SECONDS):
            log.error("The program ends with study records that could not be written (the database stayed locked)")
