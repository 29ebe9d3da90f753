"""One program on one data folder at a time; a second start brings the first to the front."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

log = logging.getLogger(__name__)


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
        the moment before is told that the program is already open, as it is)."""
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

    def ask_first_to_show(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(2000):
            return False
        socket.write(b"show\n")
        socket.waitForBytesWritten(1000)
        socket.disconnectFromServer()
        return True

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
        self.lock.unlock()
