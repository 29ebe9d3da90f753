"""A big on-screen pad for searching on a kiosk without a keyboard: pinyin initials (and digits
where they help), offered only when they lead somewhere, so there are few keys to choose from."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from .theme import Metrics
from .widgets import BigButton, big_button

MORE = "\u2192more"  # not a letter: the key that shows the next group of letters


class SearchPad(QFrame):
    """Shown over a list. Its line edit is the screen's search box: a keyboard types there too."""

    closed = Signal()

    def __init__(
        self,
        keys_for: Callable[[str], list[str]],
        result_text: Callable[[str], str],
        placeholder: str,
        parent: QWidget | None = None,
    ):
        """keys_for(query): the keys that can follow the query; result_text(query): "3 篇" etc."""
        super().__init__(parent)
        self.setObjectName("overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.keys_for = keys_for
        self.result_text = result_text
        self.metrics: Metrics | None = None
        self.box = QLineEdit()
        self.box.setPlaceholderText(placeholder)
        self.box.setAccessibleName(placeholder)
        self.box.textChanged.connect(self._query_changed)
        self.back_key = big_button(self.tr("⌫ Delete one"), self.tr("Delete the last letter"), role="tool")
        self.back_key.clicked.connect(lambda: self.box.setText(self.box.text()[:-1]))
        self.clear_key = big_button(self.tr("Clear"), self.tr("Clear the search"), role="tool")
        self.clear_key.clicked.connect(self.box.clear)
        self.done_button = big_button("", role="primary")
        self.done_button.clicked.connect(self.close_pad)
        self.keys: dict[str, BigButton] = {}
        self.group = 0  # which group of keys is shown when they do not all fit
        self._columns = 0
        self.keys_grid = QGridLayout()
        top = QHBoxLayout()
        top.addWidget(self.box, 1)
        top.addWidget(self.back_key)
        top.addWidget(self.clear_key)
        self.top = top
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(top)
        self.layout_.addLayout(self.keys_grid)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.done_button)
        self.hide()

    def apply_metrics(self, metrics: Metrics) -> None:
        self.metrics = metrics
        spacing = max(8, metrics.spacing_px // 2)
        self.layout_.setSpacing(spacing)
        self.layout_.setContentsMargins(spacing * 2, spacing * 2, spacing * 2, spacing * 2)
        self.keys_grid.setSpacing(metrics.spacing_px)  # a clear gap: a shaky finger hits the key it meant
        self.top.setSpacing(spacing)
        self.done_button.setMinimumHeight(metrics.control_px)
        if self.isVisible():  # else built when opened: the letters need every title's pinyin
            self._build_keys()

    def place(self) -> None:
        """Over the whole of the screen it belongs to, a margin from its edges."""
        margin = self.metrics.spacing_px if self.metrics else 0
        self.setGeometry(self.parentWidget().rect().adjusted(margin, margin, -margin, -margin))

    def open_pad(self) -> None:
        self.place()
        self._build_keys()
        self.raise_()
        self.show()
        self.box.setFocus()

    def close_pad(self) -> None:
        if self.isVisible():
            self.hide()
            self.closed.emit()

    def _query_changed(self) -> None:
        if self.isVisible():
            self._build_keys()
        else:
            self._update_done()

    def _capacity(self) -> tuple[int, int]:
        """Columns and rows of keys that fit the pad at this text size."""
        metrics = self.metrics or Metrics.for_step(1)
        spacing = self.keys_grid.spacing()
        margins = self.layout_.contentsMargins()
        key = metrics.control_px + 10  # the style's border and padding come on top of the minimum
        room_x = max(1, self.width() - margins.left() - margins.right())
        room_y = self.height() - margins.top() - margins.bottom() - 2 * (metrics.control_px + spacing) - spacing
        columns = max(4, min(12, (room_x + spacing) // (key + spacing)))
        rows = max(1, (room_y + spacing) // (key + spacing))
        return columns, rows

    def _build_keys(self) -> None:
        query = self.box.text().strip().lower()
        wanted = self.keys_for(query)
        columns, rows = self._capacity()
        room = columns * rows
        if len(wanted) > room:  # more keys than fit: a group at a time, and a wide key for the next group
            per_group = room - 2
            groups = -(-len(wanted) // per_group)
            self.group %= groups
            shown = wanted[self.group * per_group : (self.group + 1) * per_group] + [MORE]
        else:
            self.group = 0
            shown = wanted
        if list(self.keys) != shown or self._columns != columns:
            for button in self.keys.values():
                self.keys_grid.removeWidget(button)
                button.hide()
                button.deleteLater()
            self.keys = {}
            self._columns = columns
            for index, key in enumerate(shown):
                span = 1
                if key == MORE:
                    button = big_button(self.tr("More ▶"), self.tr("More letters"), role="key")
                    button.clicked.connect(self._next_group)
                    span = 2
                else:
                    button = big_button(key.upper(), self.tr("Letter %1").replace("%1", key.upper()), role="key")
                    button.clicked.connect(lambda _=False, typed=key: self._type(typed))
                self.keys[key] = button
                row, column = index // columns, index % columns
                if column + span > columns:
                    row, column = row + 1, 0
                self.keys_grid.addWidget(button, row, column, 1, span)
                button.show()
        self.back_key.setEnabled(bool(query))
        self.clear_key.setEnabled(bool(query))
        self._update_done()

    def _type(self, key: str) -> None:
        self.group = 0
        self.box.setText(self.box.text() + key)

    def _next_group(self) -> None:
        self.group += 1
        self._build_keys()

    def _update_done(self) -> None:
        query = self.box.text().strip()
        text = self.tr("✔ See %1").replace("%1", self.result_text(query)) if query else self.tr("✔ Close")
        self.done_button.setText(text)
        self.done_button.setAccessibleName(text)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.isVisible():
            self._build_keys()
