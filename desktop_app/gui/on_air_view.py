"""大喇叭正在广播: while the loudspeaker plays, this covers the whole window (whatever a member was
doing stays underneath, untouched, and comes back when it ends). It shows what is being broadcast
in huge print, the sentence being read highlighted and as many of the following sentences as fit.
No member key or touch stops it: only the secretary, with the PIN (or at once when the secretary's
page is open)."""

from __future__ import annotations

import html

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QStackedLayout, QVBoxLayout, QWidget

from ..context import AppContext
from ..fonts import FONT_FAMILIES
from ..text.sentences import Unit
from .pin_screen import PinScreen
from .theme import PALETTES, Metrics
from .widgets import big_button, label

LARGEST_PT = 72  # the sentence on air, as large as fits up to this
SMALLEST_PT = 36  # made smaller to fit a long sentence whole, never below this


class OnAirText(QWidget):
    """The sentence on air (highlighted) and the next ones after it, from the top; the sentence
    on air is made smaller only when it would not fit whole."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.units: list[Unit] = []
        self.index = 0
        self.title = ""
        self.largest_pt = LARGEST_PT
        self.colours = PALETTES["paper"]
        self.shown_pt = LARGEST_PT
        self.shown_units = 0  # how many units are drawn (the one on air and those after it)

    def set_units(self, units: list[Unit], index: int = 0) -> None:
        self.units, self.index = list(units), index
        self._changed()

    def set_index(self, index: int) -> None:
        if index != self.index:
            self.index = index
            self._changed()

    def current_text(self) -> str:
        """What is on air now: the sentence, or the title while the chime plays."""
        if 0 <= self.index < len(self.units) and self.units[self.index].text.strip():
            return self.units[self.index].text
        return self.title

    def _changed(self) -> None:
        self.setAccessibleName(self.current_text())
        self.update()

    def _document(self, points: int, count: int) -> QTextDocument:
        font = QFont()
        font.setFamilies(FONT_FAMILIES)
        font.setPointSize(points)
        document = QTextDocument()
        document.setDefaultFont(font)
        document.setDocumentMargin(0)
        document.setTextWidth(max(1, self.width()))
        colours = self.colours
        first = html.escape(self.current_text())
        parts = [f'<span style="background:{colours.highlight}; color:{colours.highlight_text};">{first}</span>']
        for unit in self.units[self.index + 1 : self.index + count]:
            text = html.escape(unit.text)
            parts.append(("<br>" if unit.kind in ("title", "heading") else "") + text)
        document.setHtml(f'<div style="color:{colours.text}; line-height:130%;">{"".join(parts)}</div>')
        return document

    def layout_text(self) -> QTextDocument:
        """The largest size at which the sentence on air fits whole, then as many of the following
        sentences as fit whole below it."""
        height = max(1, self.height())
        points = self.largest_pt
        document = self._document(points, 1)
        while document.size().height() > height and points > SMALLEST_PT:
            points = max(SMALLEST_PT, points - 4)
            document = self._document(points, 1)
        count = 1
        while self.index + count < len(self.units):
            bigger = self._document(points, count + 1)
            if bigger.size().height() > height:
                break
            document, count = bigger, count + 1
        self.shown_pt, self.shown_units = points, count
        return document

    def paintEvent(self, event) -> None:
        document = self.layout_text()
        painter = QPainter(self)
        painter.setClipRect(QRectF(0, 0, self.width(), self.height()))
        document.drawContents(painter, QRectF(0, 0, self.width(), self.height()))
        painter.end()


class OnAirView(QWidget):
    """The cover over the window while on air; stopRequested after the secretary's PIN (or at
    once when the secretary's page is open: door_open())."""

    stopRequested = Signal()

    def __init__(self, context: AppContext, parent: QWidget, door_open=lambda: False):
        super().__init__(parent)
        self.context = context
        self.door_open = door_open
        self.setObjectName("screen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.banner = label(self.tr("The loudspeaker is broadcasting"), "title")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.what = label("", "section")
        self.text = OnAirText()
        self.stop_button = big_button(
            self.tr("Secretary: stop the broadcast"), self.tr("Stop the broadcast (for the secretary, with the PIN)")
        )
        self.stop_button.clicked.connect(self._stop_asked)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.stop_button)
        self.page = QWidget()
        column = QVBoxLayout(self.page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.banner)
        column.addWidget(self.what)
        column.addWidget(self.text, 1)
        column.addLayout(bottom)
        self.column = column
        self.pin = PinScreen(context)
        title = self.tr("Stop the broadcast: the secretary's PIN")
        self.pin.title.setText(title)
        self.pin.title.setAccessibleName(title)
        self.pin.goBack.connect(self.show_text)
        self.pin.unlocked.connect(self._unlocked)
        self.pages = QStackedLayout()
        self.pages.addWidget(self.page)
        self.pages.addWidget(self.pin)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.pages)
        self.hide()

    # -- what is on air ---------------------------------------------------------------------------
    def show_broadcast(self, title: str) -> None:
        self.text.title = title
        self.what.setText(title)
        self.what.setAccessibleName(title)
        self.text.set_units([], 0)
        self.show_text()
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()
        self.stop_button.setFocus()

    def set_units(self, units: list[Unit]) -> None:
        self.text.set_units(units, 0)

    def set_index(self, index: int) -> None:
        self.text.set_index(index)

    def end(self) -> None:
        self.hide()
        self.show_text()

    # -- the secretary's stop ----------------------------------------------------------------------
    def _stop_asked(self) -> None:
        if self.door_open():
            self.stopRequested.emit()
            return
        self.pin.refresh()
        self.pages.setCurrentWidget(self.pin)
        self.pin.focus_first()

    def _unlocked(self) -> None:
        self.show_text()
        self.stopRequested.emit()

    def show_text(self) -> None:
        self.pages.setCurrentWidget(self.page)
        if self.isVisible():
            self.stop_button.setFocus()

    # -- keys: none of a member's keys does anything here ---------------------------------------------
    def keyPressEvent(self, event) -> None:
        event.accept()

    def apply_metrics(self, metrics: Metrics, theme: str) -> None:
        margin = metrics.spacing_px
        self.layout_.setContentsMargins(margin, margin, margin, margin)
        self.column.setSpacing(metrics.spacing_px)
        self.text.largest_pt = max(LARGEST_PT, metrics.body_pt)
        self.text.colours = PALETTES[theme]
        self.text.update()
        self.pin.ensurePolished()
        self.pin.apply_metrics(metrics)

    def resize_to_window(self) -> None:
        if self.isVisible():
            self.setGeometry(self.parentWidget().rect())
