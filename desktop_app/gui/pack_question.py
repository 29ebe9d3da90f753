"""On the 课程包 screen, before anything is imported: who made the chosen pack, what it holds, in
plain words, and big answers. 不导入 comes first and has the focus (a second touch, or Enter,
imports nothing); an unsigned pack or an issuer not yet trusted is said plainly; for a signed
pack of an issuer not yet trusted, also 导入，并且以后信任“X”."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..i18n import fill
from ..packs import PackInfo
from .choices import ButtonRow, widget_height
from .theme import Metrics
from .widgets import WrappingButton, big_button, label


class PackQuestion(QWidget):
    refused = Signal()  # 不导入 (or Esc)
    importAsked = Signal(bool)  # 导入; True: and trust the pack's issuer from now on

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.info: PackInfo | None = None
        self.metrics = Metrics.for_step(1)
        self.question = label(self.tr("Import this lesson pack?"), "title")
        self.who = label("")  # a pack of a trusted issuer
        self.warning = label("", "section")  # unsigned, or an issuer not trusted yet: said plainly, in bold
        self.contents = label("")
        self.no_button = big_button(self.tr("Do not import"), self.tr("Do not import: the lessons stay as they are"))
        self.no_button.clicked.connect(self.refused)
        self.yes_button = big_button(self.tr("Import"), self.tr("Import the lessons of this pack"))
        self.yes_button.clicked.connect(lambda: self.importAsked.emit(False))
        self.trust_button = WrappingButton("")  # the issuer's name may be long: it wraps
        self.trust_button.clicked.connect(lambda: self.importAsked.emit(True))
        self.answers = ButtonRow([self.no_button, self.yes_button])  # as big as each other
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        for widget in (self.question, self.who, self.warning, self.contents):
            self.column.addWidget(widget)
        self.column.addStretch(1)
        self.column.addWidget(self.answers)
        self.column.addWidget(self.trust_button)
        self.courses_shown = 0

    def ask(self, info: PackInfo) -> None:
        self.info = info
        if info.trusted:
            who = fill(self.tr("Made by “%1”, which is on the list of trusted issuers."), info.issuer)
            warning = ""
        elif info.signed:
            who = ""
            text = self.tr(
                "⚠ Signed by “%1”. This issuer is not on the list of trusted issuers yet. "
                "Import it only if you are sure it comes from a reliable place."
            )
            warning = fill(text, info.issuer)
        else:
            who = ""
            warning = self.tr(
                "⚠ This lesson pack is not signed: nobody can tell who made it. "
                "Import it only if you are sure it comes from a reliable place."
            )
        self._set(self.who, who)
        self._set(self.warning, warning)
        self.trust_button.set_full_text(fill(self.tr("Import, and trust “%1” from now on"), info.issuer))
        self.trust_button.setVisible(info.signed and not info.trusted)
        self.courses_shown = len(info.courses)
        self.question.show()
        self.fit()

    def _set(self, widget, text: str) -> None:
        widget.setText(text)
        widget.setAccessibleName(text)
        widget.setVisible(bool(text))

    def _contents_text(self, shown: int) -> str:
        """The courses (the first `shown` of them by name) and the lessons of the pack."""
        info = self.info
        lessons = str(info.lesson_count) if info else "0"
        courses = info.courses if info else []
        titles = self.tr(", ").join(fill(self.tr("“%1”"), title) for title in courses[:shown])
        if shown >= len(courses):
            return fill(self.tr("It holds %1 courses, %2 lessons in all: %3."), len(courses), lessons, titles)
        if shown > 0:
            return fill(
                self.tr("It holds %1 courses, %2 lessons in all, among them %3."), len(courses), lessons, titles
            )
        return fill(self.tr("It holds %1 courses, %2 lessons in all."), len(courses), lessons)

    # -- sizes ---------------------------------------------------------------------------------
    def apply_metrics(self, metrics: Metrics) -> None:
        self.metrics = metrics
        self.column.setSpacing(metrics.spacing_px)
        self.fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        """Everything in the room there is: the course names left out one by one from the end
        when they do not fit (their number stays), then the question itself (the answers say it)."""
        spacing = self.metrics.spacing_px
        width, room = max(1, self.width()), self.height()
        self.answers.fit(width, spacing, spacing)
        if self.info is None or room <= 0:
            return
        self.question.show()
        count = len(self.info.courses)
        for shown in range(count, -1, -1):
            self._set(self.contents, self._contents_text(shown))
            if self._needed(width) <= room:
                break
        self.courses_shown = shown
        if self._needed(width) > room:
            self.question.hide()

    def _needed(self, width: int) -> int:
        widgets = [w for w in (self.question, self.who, self.warning, self.contents) if not w.isHidden()]
        widgets.append(self.answers)
        if not self.trust_button.isHidden():
            widgets.append(self.trust_button)
        heights = [widget_height(widget, width) for widget in widgets]
        return sum(heights) + self.metrics.spacing_px * (len(heights) - 1)

    def focus_first(self) -> None:
        self.no_button.setFocus()
