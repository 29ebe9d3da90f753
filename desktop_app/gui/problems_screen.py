"""The secretary's list of problems: the registered members, and the lesson and record problems
(file:line: message), with where the log is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget

from ..context import AppContext
from ..paths import log_file
from .screen import Screen
from .theme import Metrics
from .widgets import big_button, label


class ProblemsScreen(Screen):
    NAME = "problems"

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.back_button = big_button(self.tr("Back"), self.tr("Back to where you were"))
        self.back_button.clicked.connect(self.goBack)
        self.title = label(self.tr("Lesson problems"), "title")
        self.members_label = label("", "muted")
        self.summary = label("", "muted")
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("List of lesson problems"))
        self.text.verticalScrollBar().setAccessibleName(self.tr("Scroll the list of problems"))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.members_label)
        self.layout_.addWidget(self.summary)
        self.layout_.addWidget(self.text, 1)
        self.refresh()

    def title_text(self) -> str:
        return self.tr("Lesson problems")

    def focus_first(self) -> None:
        self.back_button.setFocus()

    def apply_metrics(self, metrics: Metrics) -> None:
        super().apply_metrics(metrics)
        margin = metrics.spacing_px
        self.layout_.setContentsMargins(margin, margin, margin, margin)
        self.layout_.setSpacing(metrics.spacing_px)

    def refresh(self) -> None:
        count = len(self.context.members.all())
        self.members_label.setText(
            self.tr('%1 members registered. How to register members: see "Registering members" in the manual.').replace(
                "%1", str(count)
            )
        )
        self.members_label.setAccessibleName(self.members_label.text())
        problems = self.context.library.problems
        notices = self.context.notices
        if notices:
            self.summary.setText("\n".join(notices))
        elif problems:
            self.summary.setText(
                self.tr("%1 problems. Lessons with errors are not shown to members; the others work normally. Log: %2")
                .replace("%1", str(len(problems)))
                .replace("%2", str(log_file(self.context.data_dir)))
            )
        else:
            self.summary.setText(self.tr("All lessons are in order."))
        self.summary.setAccessibleName(self.summary.text())
        self.text.setPlainText("\n".join(notices + [str(problem) for problem in problems]))
        self.text.setVisible(bool(notices or problems))
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
        )
