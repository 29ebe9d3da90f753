"""The door to the secretary's area: a PIN of 4–8 digits on a big number pad. On the first visit
the secretary sets it (typed twice); afterwards it is asked each time. Five wrong tries lock the
door for five minutes (kept in the records, storage/pin.py); a forgotten PIN is reset on the
machine itself with `desktop-app admin reset-pin`, which keeps every record."""

from __future__ import annotations

import math
from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from ..context import AppContext
from ..storage.pin import MAX_DIGITS as MAX_LENGTH
from ..storage.pin import MIN_DIGITS as MIN_LENGTH
from ..storage.pin import PinStore
from .screen import Screen
from .talk import mark_message
from .theme import Metrics
from .widgets import big_button, label

ENTER, NEW, AGAIN = "enter", "new", "again"


class PinScreen(Screen):
    NAME = "pin"
    unlocked = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None, now=lambda: datetime.now(UTC)):
        """now(): the time, for the lock (tests turn it)."""
        super().__init__(context, parent)
        self.now = now
        self.store = PinStore(context.db)
        self.step = ENTER
        self.digits = ""
        self._first = ""  # the new PIN typed once, waiting to be typed again

        self.back_button = big_button(self.tr("Back"), self.tr("Back to where you were"))
        self.back_button.clicked.connect(self.goBack)
        self.title = label(self.tr("For the secretary"), "title")
        self.message = label("")
        mark_message(self.message)
        self.dots = label("", "title")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots.setWordWrap(False)
        self.keys: dict[str, QWidget] = {}
        self.pad = QGridLayout()
        for index, digit in enumerate("123456789"):
            self._key(digit, index // 3, index % 3)
        self.delete_button = big_button(self.tr("Delete"), self.tr("Delete the last digit"), role="key")
        self.delete_button.clicked.connect(self._delete)
        self.pad.addWidget(self.delete_button, 3, 0)
        self._key("0", 3, 1)
        self.ok_button = big_button(self.tr("OK"), self.tr("Confirm the PIN"), role="key")
        self.ok_button.clicked.connect(self._confirm)
        self.pad.addWidget(self.ok_button, 3, 2)
        for column in range(3):
            self.pad.setColumnStretch(column, 1)
        for button in (*self.keys.values(), self.delete_button, self.ok_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a touch leaves the focus on 确定: Enter confirms
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)  # the pad fills its half

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        left = QVBoxLayout()
        left.addWidget(self.message)
        left.addWidget(self.dots)
        left.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(self.pad, 1)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(top)
        self.layout_.addLayout(body, 1)
        self.top, self.body, self.left = top, body, left
        self.refresh()

    def _key(self, digit: str, row: int, column: int) -> None:
        button = big_button(digit, digit, role="key")
        button.clicked.connect(lambda _=False: self._type(digit))
        self.keys[digit] = button
        self.pad.addWidget(button, row, column)

    # -- the screen contract ---------------------------------------------------------------
    def title_text(self) -> str:
        return self.tr("For the secretary")

    def apply_metrics(self, metrics: Metrics) -> None:
        super().apply_metrics(metrics)
        self.space_out(metrics, self.layout_, self.top, self.body, self.left, self.pad)

    def focus_first(self) -> None:
        self.ok_button.setFocus()

    def leave(self) -> None:
        self.digits, self._first = "", ""

    def refresh(self) -> None:
        """Asked afresh each time the door is shown: a PIN to set, or the PIN."""
        self.digits, self._first = "", ""
        self.step = ENTER if self.store.is_set() else NEW
        self._say(self._ask())

    # -- typing ----------------------------------------------------------------------------------
    def _ask(self) -> str:
        if self.step == NEW:
            return (
                self.tr("First visit: please choose a PIN of %1 to %2 digits for the secretary.")
                .replace("%1", str(MIN_LENGTH))
                .replace("%2", str(MAX_LENGTH))
            )
        if self.step == AGAIN:
            return self.tr("Please type the same PIN again.")
        locked = self._locked_minutes()
        if locked:
            return self.tr("Too many wrong tries. Please try again in %1 minutes.").replace("%1", str(locked))
        return self.tr("Please type the secretary's PIN.")

    def _locked_minutes(self) -> int:
        until = self.store.locked_until(self.now())
        return 0 if until is None else max(1, math.ceil((until - self.now()).total_seconds() / 60))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self._show_digits()

    def _show_digits(self) -> None:
        shown = "●" * len(self.digits) + "○" * max(0, MIN_LENGTH - len(self.digits))
        self.dots.setText(" ".join(shown))
        self.dots.setAccessibleName(self.tr("%1 digits typed").replace("%1", str(len(self.digits))))

    def _type(self, digit: str) -> None:
        if len(self.digits) < MAX_LENGTH:
            self.digits += digit
        self._show_digits()

    def _delete(self) -> None:
        self.digits = self.digits[:-1]
        self._show_digits()

    def _confirm(self) -> None:
        digits, self.digits = self.digits, ""
        if not MIN_LENGTH <= len(digits) <= MAX_LENGTH:
            text = self.tr("A PIN has %1 to %2 digits. Please type it again.")
            self._say(text.replace("%1", str(MIN_LENGTH)).replace("%2", str(MAX_LENGTH)))
            return
        if self.step == NEW:
            self._first, self.step = digits, AGAIN
            self._say(self._ask())
        elif self.step == AGAIN:
            if digits != self._first:
                self._first, self.step = "", NEW
                self._say(self.tr("The two were not the same. Please choose the PIN again."))
                return
            self.store.set_pin(digits)
            self.unlocked.emit()
        else:
            result = self.store.check(digits, self.now())
            if result.ok:
                self.unlocked.emit()
            elif result.locked_until is not None:
                self._say(self._ask())
            else:
                text = self.tr("That is not the PIN. %1 tries left.").replace("%1", str(result.tries_left))
                self._say(text)

    def keyPressEvent(self, event) -> None:
        text = event.text()
        if text.isdigit() and text.isascii():
            self._type(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self._delete()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._confirm()
        else:
            super().keyPressEvent(event)
