"""On a shared kiosk, a member who walks away must not leave their name signed in for the next
person. After a long pause (nothing touched, nothing being read aloud) a full-window warning
asks, aloud too, whether they are still studying, and counts down; one touch anywhere goes
on, the end of the countdown goes back to the names (PRODUCT.md: warn first, loudly, with a
countdown of at least 20 s, and let it be extended)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from .theme import Metrics
from .widgets import big_button, label

IDLE_SECONDS = 5 * 60
COUNTDOWN_SECONDS = 30
USER_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleWarning(QWidget):
    """Covers the whole window: the question, the seconds left, one huge button to go on."""

    stillHere = Signal()

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("screen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.question = label(self.tr("Are you still studying?"), "title")
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = label("", "title")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.go_on_button = big_button(self.tr("I am still here"), role="primary")
        self.go_on_button.clicked.connect(self.stillHere)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.question)
        self.layout_.addWidget(self.countdown)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.go_on_button)
        self.layout_.addStretch(1)
        self.hide()

    def show_seconds(self, seconds: int) -> None:
        self.countdown.setText(self.tr("In %1 seconds this goes back to the names.").replace("%1", str(seconds)))
        self.countdown.setAccessibleName(self.countdown.text())

    def mousePressEvent(self, event) -> None:  # a touch anywhere on the warning goes on too
        self.stillHere.emit()

    def focus_first(self) -> None:
        self.go_on_button.setFocus()

    def apply_metrics(self, metrics: Metrics) -> None:
        margin = metrics.spacing_px * 2
        self.layout_.setContentsMargins(margin, margin, margin, margin)
        self.layout_.setSpacing(metrics.spacing_px)
        self.go_on_button.setMinimumHeight(int(metrics.primary_px * 1.6))


class IdleGuard(QObject):
    """Watches the member's touches and keys application-wide while someone is signed in on a
    shared kiosk (set_active); otherwise it costs nothing, not even a look at each event."""

    timedOut = Signal()  # the countdown ran out: go back to the names

    def __init__(
        self,
        warning: IdleWarning,
        is_listening,
        say,
        idle_seconds: float = IDLE_SECONDS,
        countdown_seconds: int = COUNTDOWN_SECONDS,
        parent: QObject | None = None,
    ):
        """is_listening(): reading aloud is playing (a listener touches nothing and is still
        studying); say(text): speak a warning."""
        super().__init__(parent)
        self.warning = warning
        self.active = False
        self.is_listening = is_listening
        self.say = say
        self.countdown_seconds = countdown_seconds
        self.seconds_left = 0
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(int(idle_seconds * 1000))
        self.idle.timeout.connect(self._idle)
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._tick)
        self.warning.stillHere.connect(self.go_on)
        self._focus: QWidget | None = None

    def set_idle_seconds(self, seconds: float) -> None:
        """The pause before the warning (the secretary's kiosk setting); a pause running goes on."""
        self.idle.setInterval(int(seconds * 1000))

    def set_active(self, active: bool) -> None:
        """Watch (someone signed in on a shared kiosk) or not (home use, the names screen)."""
        if active == self.active:
            if active:
                self.idle.start()
            return
        self.active = active
        app = QApplication.instance()
        if active:
            app.installEventFilter(self)
            self.idle.start()
        else:
            app.removeEventFilter(self)
            self.idle.stop()
            self.tick.stop()
            self.warning.hide()

    def eventFilter(self, watched, event) -> bool:
        if event.type() in USER_EVENTS and not self.warning.isVisible():
            self.idle.start()  # restart the pause
        return False

    def warning_shown(self) -> bool:
        return self.warning.isVisible()

    def _idle(self) -> None:
        if not self.active:
            return
        if self.is_listening():
            self.idle.start()
            return
        self.warn()

    def warn(self) -> None:
        self._focus = QApplication.focusWidget()
        self.seconds_left = self.countdown_seconds
        self.warning.show_seconds(self.seconds_left)
        self.warning.setGeometry(self.warning.parentWidget().rect())
        self.warning.raise_()
        self.warning.show()
        self.warning.focus_first()
        self.say(self.warning.question.text() + self.tr("If you are, touch the screen."))
        self.tick.start()

    def _tick(self) -> None:
        self.seconds_left -= 1
        if self.seconds_left > 0:
            self.warning.show_seconds(self.seconds_left)
            return
        self._close()
        self.timedOut.emit()

    def go_on(self) -> None:
        """The member touched the warning: carry on where they were."""
        self._close()
        try:
            if self._focus is not None:
                self._focus.setFocus()
        except RuntimeError:  # that widget is gone
            pass

    def _close(self) -> None:
        self.tick.stop()
        self.warning.hide()
        if self.active:
            self.idle.start()
