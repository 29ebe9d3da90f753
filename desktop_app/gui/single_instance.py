"""One program on one data folder at a time; a second start brings the first to the front."""

from __future__ import annotations

import hashlib
import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

log = logging.getLogger(__name__)

# The first listens after its first paint (at the latest 10 s after its start: gui/app.py).
FIRST_LISTENS_WITHIN_SECONDS = 15.0


class SingleInstance(QObject):
    activated = Signal()  # another start asked this one to come to the front

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        data_dir.mkdir(parents=True, exist_ok=True)
        self.lock = QLockFile(str(data_dir / "desktop-app.lock"))
        self.lock.setStaleLockTime(0)  # a lock is stale only when its process is gone (a crash, a power cut)
        self.name = "desktop-app-" + hashlib.sha1(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:16]
        self.server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when this is the only program on the folder (listen() then hears later starts)."""
        return self.lock.tryLock(200)

    def listen(self) -> None:
        """Hear later starts (QtNetwork, 10 ms to load: after the window has painted; a start in
        the moment before waits for it, reach_first)."""
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self.name)
        self.server = QLocalServer(self)
        self.server.newConnection.connect(self._connection)
        if not self.server.listen(self.name):
            log.warning("Cannot listen for later starts: %s", self.server.errorString())

    def _connection(self) -> None:
        while self.server is not None and self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.disconnectFromServer()
            socket.deleteLater()
        log.info("Another start asked this window to come to the front")
        self.activated.emit()

    def reach_first(self, wait_seconds: float = FIRST_LISTENS_WITHIN_SECONDS) -> str:
        """Ask the program holding the lock to come to the front: "shown" when it did, "gone" when
        it went away meanwhile (this start then holds the lock and goes on), "unreachable" when it
        never answered. A start in the moment before the first listens (a double tap on the icon)
        waits for it instead of being told "already open"."""
        from PySide6.QtNetwork import QLocalSocket

        deadline = time.monotonic() + wait_seconds
        waiting = False
        while True:
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            if socket.waitForConnected(1000):
                socket.write(b"show\n")
                socket.waitForBytesWritten(1000)
                socket.disconnectFromServer()
                return "shown"
            if self.lock.tryLock(0):
                return "gone"
            if time.monotonic() >= deadline:
                log.warning("The program already open did not answer within %s s", wait_seconds)
                return "unreachable"
            if not waiting:
                waiting = True
                log.info("The program already open is not listening yet: waiting for it")
            time.sleep(0.1)

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
        self.lock.unlock()
