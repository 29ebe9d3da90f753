"""One time of the loudspeaker's schedule, set on the screen itself: the time turned with big
buttons (an hour, five minutes, earlier or later; nothing typed), every day or chosen weekdays,
then 保存, 删除这个时间 (when changing one) or 取消. When the time and the days do not fit on the
screen together (the largest text on a small screen), they are shown one after the other."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..broadcast.schedule import Slot
from ..broadcast.words import slot_text, weekday_name
from .choices import ButtonRow, widget_height
from .theme import Metrics
from .widgets import big_button, label, show_choice

STEP_MINUTES = 5


class SlotEditor(QWidget):
    saved = Signal(object, object)  # the new Slot, the Slot it replaces (None: a new one)
    deleted = Signal(object)  # the Slot taken out
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.minutes = 7 * 60
        self.weekdays: set[int] = set()
        self.original: Slot | None = None
        self.time = label("", "title")  # 广播时间：18:30
        steps = [
            (self.tr("−1 hour"), -60),
            (self.tr("+1 hour"), 60),
            (self.tr("−5 min"), -STEP_MINUTES),
            (self.tr("+5 min"), STEP_MINUTES),
        ]
        self.step_buttons = []
        for text, minutes in steps:
            button = big_button(text)
            button.setAutoRepeat(False)
            button.clicked.connect(lambda _=False, m=minutes: self._turn(m))
            self.step_buttons.append(button)
        self.steps = ButtonRow(self.step_buttons)
        self.every_day = big_button(self.tr("Every day"))
        self.every_day.setCheckable(True)
        self.every_day.clicked.connect(self._every_day)
        self.day_buttons = []
        for day in range(7):
            button = big_button(weekday_name(day))
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, d=day: self._toggle(d))
            self.day_buttons.append(button)
        self.days = ButtonRow([self.every_day, *self.day_buttons])
        self.save_button = big_button(self.tr("✔ Save this time"))
        self.save_button.clicked.connect(self._save)
        self.delete_button = big_button(self.tr("Delete this time"))
        self.delete_button.clicked.connect(lambda: self.deleted.emit(self.original))
        self.cancel_button = big_button(self.tr("Cancel"), self.tr("Cancel: keep the times as they were"))
        self.cancel_button.clicked.connect(self.cancelled)
        self.days_button = big_button(self.tr("Which days ▶"), self.tr("Next: which days it plays"))
        self.days_button.clicked.connect(lambda: self._show_part(days=True))
        self.time_button = big_button(self.tr("◀ The time"), self.tr("Back to the time"))
        self.time_button.clicked.connect(lambda: self._show_part(days=False))
        self.actions = ButtonRow(
            [self.save_button, self.days_button, self.time_button, self.delete_button, self.cancel_button]
        )
        for button in (*self.step_buttons, self.every_day, *self.day_buttons, *self.actions.widgets):
            button.setProperty("compact", True)  # a little lower: the time and the days fit together more often
        self.one_part = False  # the time and the days one after the other
        self.on_days = False
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        for widget in (self.time, self.steps, self.days):
            self.layout_.addWidget(widget)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.actions)

    def edit(self, slot: Slot | None) -> None:
        """A slot to change, or None for a new time (07:00 every day)."""
        self.original = slot
        if slot is None:
            self.minutes, self.weekdays = 7 * 60, set()
        else:
            hours, minutes = slot.at.split(":")
            self.minutes, self.weekdays = int(hours) * 60 + int(minutes), set(slot.weekdays)
        self.delete_button.setVisible(slot is not None)
        self.on_days = False
        self._show()

    def slot(self) -> Slot:
        days = frozenset() if len(self.weekdays) == 7 else frozenset(self.weekdays)
        return Slot(f"{self.minutes // 60:02d}:{self.minutes % 60:02d}", days)

    def _turn(self, minutes: int) -> None:
        self.minutes = (self.minutes + minutes) % (24 * 60)
        self._show()

    def _every_day(self) -> None:
        self.weekdays = set()
        self._show()

    def _toggle(self, day: int) -> None:
        self.weekdays ^= {day}
        self._show()

    def _show(self) -> None:
        slot = self.slot()
        self.time.setText(self.tr("Time of the broadcast: %1").replace("%1", slot.at))
        self.time.setAccessibleName(self.tr("Time of the broadcast: %1").replace("%1", slot_text(slot)))
        chosen = self.tr(", chosen")
        show_choice(self.every_day, not slot.weekdays, chosen)
        for day, button in enumerate(self.day_buttons):
            show_choice(button, day in slot.weekdays, chosen)
        self.fit()

    def _save(self) -> None:
        self.saved.emit(self.slot(), self.original)

    def focus_first(self) -> None:
        self.save_button.setFocus()

    def apply_metrics(self, metrics: Metrics) -> None:
        self.metrics = metrics
        self.layout_.setSpacing(metrics.spacing_px)
        self.fit()

    def fit(self) -> None:
        metrics = getattr(self, "metrics", None)
        if metrics is None:
            return
        spacing, width = metrics.spacing_px, max(1, self.width())
        for row in (self.steps, self.days):
            row.fit(width, spacing, spacing)
        self.days_button.show()
        self.time_button.show()
        self.actions.fit(width, spacing, spacing)  # measured with the most buttons it can have
        parts = (self.time, self.steps, self.days, self.actions)
        needed = sum(widget_height(part, width) for part in parts) + spacing * (len(parts) - 1)
        self.one_part = self.height() > 0 and needed > self.height()
        self._show_part(self.on_days)

    def _show_part(self, days: bool) -> None:
        self.on_days = days and self.one_part
        self.steps.setVisible(not self.on_days)
        self.days.setVisible(not self.one_part or self.on_days)
        self.days_button.setVisible(self.one_part and not self.on_days)
        self.time_button.setVisible(self.one_part and self.on_days)
        metrics = getattr(self, "metrics", None)
        if metrics is not None:
            self.actions.fit(max(1, self.width()), metrics.spacing_px, metrics.spacing_px)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()
