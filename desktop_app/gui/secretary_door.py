"""The way into the secretary's area and the locked kiosk, for the main window.

支部书记用 (settings, an empty kiosk's names screen) opens the PIN door; the right PIN opens the
secretary's page, and 返回 from it locks the door again, as does going back to a member's start,
a member signing out or the kiosk's idle time-out. A locked kiosk (the `kiosk_lock` setting or
`desktop-app --kiosk`) is full screen without a frame and refuses to close, except from the
secretary's page (Alt+F4 and the window's close arrive as a close event and are refused; keys
the window manager keeps for itself are outside Qt's reach: see the README)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt

log = logging.getLogger(__name__)
SECRETARY_SCREENS = (
    "pin",
    "secretary",
    "kiosk_settings",
    "problems",
    "members",
    "plan",
    "report",
    "backup",
    "packs",
    "broadcasts",
    "broadcast_log",
    "outreach",
)


class SecretaryDoor(QObject):
    def __init__(self, window, kiosk: bool = False):
        """window: the MainWindow; kiosk: locked for this run whatever the setting (--kiosk)."""
        super().__init__(window)
        self.window = window
        self.forced = kiosk
        self.open = False  # the right PIN was given and the secretary has not left yet
        self.may_close = False

    @property
    def locked_kiosk(self) -> bool:
        return self.forced or self.window.context.settings.kiosk_lock

    def wire_pin(self, pin) -> None:
        """The PIN screen, when it is built."""
        pin.unlocked.connect(self._unlocked)

    def wire_secretary(self, secretary) -> None:
        """The secretary's page, when it is built: its 返回 locks the door."""
        secretary.goBack.connect(self.leave)
        secretary.openScreen.connect(self.window.show_screen)
        secretary.closeProgram.connect(self.close_program)

    def enter(self) -> None:
        """支部书记用: the page itself when the door is open, else the PIN first."""
        self.window.show_screen("secretary" if self.open else "pin")

    def _unlocked(self) -> None:
        self.open = True
        log.info("The secretary's page was opened")
        window = self.window
        window._show(window.screens["secretary"])  # the PIN door is not gone back to
        if window.context.shared:
            window.idle_guard.set_active(True)  # a secretary who walks away leaves it locked

    def leave(self) -> None:
        """返回 from the secretary's page: the door locks, back to where 支部书记用 was touched."""
        self.lock()
        while self.window.history and self.window.history[-1] in SECRETARY_SCREENS:
            self.window.history.pop()
        self.window.go_back()

    def lock(self) -> None:
        if self.open:
            log.info("The secretary's page was locked")
        self.open = False
        if self.window.context.shared and self.window.context.member_id is None:
            self.window.idle_guard.set_active(False)

    def watch(self, name: str) -> None:
        """A screen is being shown: a member's screen locks the door."""
        if name not in SECRETARY_SCREENS:
            self.lock()

    # -- the locked kiosk ----------------------------------------------------------------------
    def apply(self) -> None:
        """Full screen without a frame when locked, an ordinary window otherwise."""
        window = self.window
        locked = self.locked_kiosk
        frameless = bool(window.windowFlags() & Qt.WindowType.FramelessWindowHint)
        if locked != frameless:
            visible = window.isVisible()
            window.setWindowFlag(Qt.WindowType.FramelessWindowHint, locked)
            window.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, locked)
            if visible:
                window.showFullScreen() if locked else window.showMaximized()
        elif locked and window.isVisible() and not window.isFullScreen():
            window.showFullScreen()

    def refuses_close(self) -> bool:
        """A close asked for by a member (Alt+F4, the window manager) on a locked kiosk."""
        if self.locked_kiosk and not self.may_close:
            log.info("Closing the locked kiosk was refused (only from the secretary's page)")
            return True
        return False

    def close_program(self) -> None:
        self.may_close = True
        self.window.close()
