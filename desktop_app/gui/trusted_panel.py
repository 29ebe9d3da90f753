"""On the 课程包 screen: 信任的发行单位, the issuers whose signed packs are imported without asking,
each by name with a 不再信任 button, a page at a time; before one is taken off the list, the
question in plain words on the panel itself (继续信任 first, with the focus). Lessons already
imported from an issuer stay whatever is decided here."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from ..i18n import fill
from ..packs import TrustedIssuers
from .choices import ButtonRow, PagedWidgets
from .pager import PagerColumn
from .theme import Metrics
from .widgets import big_button, label

log = logging.getLogger(__name__)
KEY_DIGITS = 8  # of the public key, shown when two issuers have one name


class TrustedPanel(QWidget):
    cancelled = Signal()  # 返回
    changed = Signal()  # an issuer was taken off the list

    def __init__(self, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.trusted = TrustedIssuers(data_dir)
        self.metrics = Metrics.for_step(1)
        self.asked_key = ""  # the issuer the question is about

        # -- the list ---------------------------------------------------------------------------
        self.list_part = QWidget()
        self.back_button = big_button(self.tr("Back"), self.tr("Back to the lesson packs"))
        self.back_button.clicked.connect(self.cancelled)
        self.title = label(self.tr("Trusted issuers"), "title")
        self.top = QHBoxLayout()
        self.top.addWidget(self.back_button)
        self.top.addWidget(self.title, 1)
        self.message = label("")
        self.area = QWidget()
        self.area.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.area_layout = QVBoxLayout(self.area)
        self.area_layout.setContentsMargins(0, 0, 0, 0)
        self.area.installEventFilter(self)
        self.pager = PagerColumn()
        self.pages = PagedWidgets([], self.area, self.pager)
        self.middle = QHBoxLayout()
        self.middle.addWidget(self.area, 1)
        self.middle.addWidget(self.pager)
        list_column = QVBoxLayout(self.list_part)
        list_column.setContentsMargins(0, 0, 0, 0)
        list_column.addLayout(self.top)
        list_column.addWidget(self.message)
        list_column.addLayout(self.middle, 1)
        self.list_column = list_column
        self.rows: list[QWidget] = []
        self.remove_buttons: dict[str, QWidget] = {}

        # -- the question -----------------------------------------------------------------------
        self.ask_part = QWidget()
        self.question = label("", "title")
        self.explanation = label(
            self.tr(
                "Its lesson packs will then be asked about before they are imported. "
                "The lessons already imported from it stay, and can be studied as before."
            )
        )
        self.keep_button = big_button(self.tr("Keep trusting"), self.tr("Keep trusting: leave the list as it is"))
        self.keep_button.clicked.connect(self.keep)
        self.remove_button = big_button(self.tr("Stop trusting"))
        self.remove_button.clicked.connect(self._remove)
        self.answers = ButtonRow([self.keep_button, self.remove_button])
        ask_column = QVBoxLayout(self.ask_part)
        ask_column.setContentsMargins(0, 0, 0, 0)
        ask_column.addWidget(self.question)
        ask_column.addWidget(self.explanation)
        ask_column.addStretch(1)
        ask_column.addWidget(self.answers)
        self.ask_column = ask_column

        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.list_part)
        self.layout_.addWidget(self.ask_part)
        self.ask_part.hide()

    # -- the list ------------------------------------------------------------------------------
    def open_list(self, said: str = "") -> None:
        """Read the list again and show it (said: what was just done)."""
        self.asked_key = ""
        issuers = self.trusted.all()
        if said:
            text = said
        elif issuers:
            text = self.tr("Lesson packs signed by these issuers are imported without asking.")
        else:
            text = self.tr(
                "No issuer is trusted yet. When a signed lesson pack is imported, its issuer can be added here."
            )
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self._fill(issuers)
        self.ask_part.hide()
        self.list_part.show()
        self._paginate()
        self.focus_first()

    def _fill(self, issuers: dict[str, str]) -> None:
        for row in self.rows:
            row.hide()
            row.deleteLater()
        self.rows, self.remove_buttons = [], {}
        names = list(issuers.values())
        for key, name in sorted(issuers.items(), key=lambda item: (item[1], item[0])):
            shown = name if names.count(name) == 1 else fill(self.tr("%1 (key %2)"), name, key[:KEY_DIGITS])
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(self.metrics.spacing_px)
            line.addWidget(label(shown, "section"), 1)
            button = big_button(self.tr("Stop trusting"), fill(self.tr("Stop trusting “%1”"), shown))
            button.clicked.connect(lambda _=False, k=key, s=shown: self.ask(k, s))
            line.addWidget(button)
            self.remove_buttons[key] = button
            row.hide()  # the page it is on shows it
            self.area_layout.insertWidget(len(self.rows), row)
            self.rows.append(row)
        if self.area_layout.count() == len(self.rows):
            self.area_layout.addStretch(1)
        self.pages.widgets = self.rows
        self.pager.set_count(1, 0)

    def _paginate(self) -> None:
        self.pages.paginate(self.metrics.spacing_px)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.area and event.type() == event.Type.Resize:
            self._paginate()
        return super().eventFilter(watched, event)

    # -- the question --------------------------------------------------------------------------
    def ask(self, key: str, shown: str) -> None:
        self.asked_key = key
        text = fill(self.tr("Stop trusting “%1”?"), shown)
        self.question.setText(text)
        self.question.setAccessibleName(text)
        self.explanation.setAccessibleName(self.explanation.text())
        self.remove_button.setAccessibleName(fill(self.tr("Stop trusting “%1”"), shown))
        self.list_part.hide()
        self.ask_part.show()
        self._fit_answers()
        self.keep_button.setFocus()

    def asking(self) -> bool:
        return not self.ask_part.isHidden()

    def keep(self) -> None:
        """继续信任 (or Esc on the question): the list as it was."""
        key = self.asked_key
        self.open_list()
        button = self.remove_buttons.get(key)
        if button is not None:  # its page again, its button with the focus
            index = list(self.remove_buttons.values()).index(button)
            self.pager.go_to(max(page for page, start in enumerate(self.pages.pages) if start <= index))
            button.setFocus()

    def _remove(self) -> None:
        key = self.asked_key
        name = self.trusted.all().get(key, "")
        try:
            self.trusted.remove(key)
        except OSError:
            log.error("Cannot write the list of trusted issuers %s", self.trusted.path, exc_info=True)
            text = self.tr(
                "The list of trusted issuers could not be saved (the disk may be full), so “%1” is still on it."
            )
            self.open_list(fill(text, name))
            return
        text = self.tr(
            "“%1” is no longer trusted: its lesson packs will be asked about before they are imported. "
            "Its lessons already imported stay."
        )
        self.open_list(fill(text, name))
        self.changed.emit()

    # -- sizes ---------------------------------------------------------------------------------
    def apply_metrics(self, metrics: Metrics) -> None:
        self.metrics = metrics
        for layout in (self.layout_, self.list_column, self.top, self.middle, self.area_layout, self.ask_column):
            layout.setSpacing(metrics.spacing_px)
        self.pager.apply_metrics(metrics)
        self._fit_answers()
        self._paginate()

    def _fit_answers(self) -> None:
        spacing = self.metrics.spacing_px
        self.answers.fit(max(1, self.width()), spacing, spacing)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_answers()

    def focus_first(self) -> None:
        if self.asking():
            self.keep_button.setFocus()
        else:
            (list(self.remove_buttons.values())[:1] or [self.back_button])[0].setFocus()
