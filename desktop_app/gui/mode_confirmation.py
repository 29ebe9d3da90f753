"""Over the kiosk settings: what a change between home use and the shared kiosk means, in plain
words, and two big answers (the change is made only on the first)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from ..settings import HOME, SHARED
from .choices import ButtonRow
from .talk import mark_message
from .theme import Metrics
from .widgets import big_button, label


class ModeConfirmation(QFrame):
    """Over the page: what the change means, in plain words, and two big answers."""

    confirmed = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.mode = HOME
        self.question = label("", "title")
        mark_message(self.question)
        self.explanation = label("")
        mark_message(self.explanation)
        self.yes_button = big_button("", role="primary")
        self.no_button = big_button(self.tr("No, keep it as it is"))
        self.yes_button.clicked.connect(lambda: (self.hide(), self.confirmed.emit(self.mode)))
        self.no_button.clicked.connect(self.hide)
        self.answers = ButtonRow([self.yes_button, self.no_button])
        column = QVBoxLayout(self)
        column.addWidget(self.question)
        column.addWidget(self.explanation)
        column.addStretch(1)
        column.addWidget(self.answers)
        self.column = column
        self.hide()

    def ask(self, mode: str) -> None:
        self.mode = mode
        if mode == SHARED:
            self.question.setText(self.tr("Make this a shared kiosk?"))
            self.explanation.setText(
                self.tr("Members will touch their name first. Records are kept; it can be changed back.")
            )
            self.yes_button.setText(self.tr("Yes, shared kiosk"))
        else:
            self.question.setText(self.tr("Use it at home for one member?"))
            self.explanation.setText(
                self.tr("Nobody chooses a name any more. Records are kept; it can be changed back.")
            )
            self.yes_button.setText(self.tr("Yes, one member at home"))
        for widget in (self.question, self.explanation, self.yes_button):
            widget.setAccessibleName(widget.text())
        self.raise_()
        self.show()
        self.answers.fit(max(1, self.width() - 4 * self.column.spacing() - 10), self.column.spacing(), 12)
        self.no_button.setFocus()

    def apply_metrics(self, metrics: Metrics) -> None:
        spacing = metrics.spacing_px
        self.column.setSpacing(spacing)
        self.column.setContentsMargins(spacing * 2, spacing * 2, spacing * 2, spacing * 2)
        self.answers.fit(max(1, self.width() - 4 * spacing), spacing, spacing)
