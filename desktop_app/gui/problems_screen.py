"""The secretary's page: home use or shared kiosk (asked again before it changes), the registered
members, and the list of lesson and record problems (file:line: message), with where the log is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget

from ..context import AppContext
from ..paths import log_file
from ..settings import HOME, OPTION, SHARED
from .choices import ButtonRow
from .screen import Screen
from .theme import Metrics
from .widgets import big_button, label, show_choice


class ModeConfirmation(QFrame):
    """Over the page: what the change means, in plain words, and two big answers."""

    confirmed = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.mode = HOME
        self.question = label("", "title")
        self.explanation = label("")
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


class ProblemsScreen(Screen):
    NAME = "problems"
    modeChanged = Signal(str)  # settings.HOME or settings.SHARED, after the secretary confirmed it

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.back_button = big_button(self.tr("Back"), self.tr("Back to where you were"))
        self.back_button.clicked.connect(self.goBack)
        self.title = label(self.tr("For the secretary"), "title")
        option = OPTION["mode"]
        self.home_button = big_button(QCoreApplication.translate("Settings", option.name_of(HOME)))
        self.shared_button = big_button(QCoreApplication.translate("Settings", option.name_of(SHARED)))
        for button, mode in ((self.home_button, HOME), (self.shared_button, SHARED)):
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, chosen=mode: self._choose(chosen))
        self.modes = ButtonRow([self.home_button, self.shared_button])
        self.confirmation = ModeConfirmation(self)
        self.confirmation.confirmed.connect(self.modeChanged)
        self.confirmation.confirmed.connect(lambda _: self.refresh())
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
        self.layout_.addWidget(label(QCoreApplication.translate("Settings", option.title), "section"))
        self.layout_.addWidget(self.modes)
        self.layout_.addWidget(self.members_label)
        self.layout_.addWidget(self.summary)
        self.layout_.addWidget(self.text, 1)
        self.refresh()

    def title_text(self) -> str:
        return self.tr("For the secretary")

    def focus_first(self) -> None:
        self.back_button.setFocus()

    def escape(self) -> None:
        if self.confirmation.isVisible():
            self.confirmation.hide()
        else:
            self.goBack.emit()

    def leave(self) -> None:
        self.confirmation.hide()

    def apply_metrics(self, metrics: Metrics) -> None:
        super().apply_metrics(metrics)
        margin = metrics.spacing_px
        self.layout_.setContentsMargins(margin, margin, margin, margin)
        self.layout_.setSpacing(metrics.spacing_px)
        self._fit()

    def _fit(self) -> None:
        spacing = self.metrics.spacing_px
        self.modes.fit(max(1, self.width() - 2 * spacing), spacing, spacing)
        self.confirmation.setGeometry(self.rect().adjusted(spacing, spacing, -spacing, -spacing))
        self.confirmation.apply_metrics(self.metrics)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _choose(self, mode: str) -> None:
        self.refresh()  # the buttons show the mode in force until the change is confirmed
        if mode != self.context.settings.mode:
            self._fit()
            self.confirmation.ask(mode)

    def refresh(self) -> None:
        shared = self.context.shared
        for button, chosen in ((self.home_button, not shared), (self.shared_button, shared)):
            show_choice(button, chosen, self.tr(", chosen"))
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
