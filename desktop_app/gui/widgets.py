"""Small building blocks shared by the screens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QSizePolicy, QWidget


class BigButton(QPushButton):
    """A push button that Enter presses too, not only Space."""

    _width = 0
    _height = 0

    def keep_height(self, height: int) -> None:
        """This high, or higher when its words need more (as keep_width)."""
        self._height = height
        self.updateGeometry()

    def keep_width(self, width: int) -> None:
        """This wide, or wider when its words need more. Not setMinimumWidth: the style sheet's
        min-width, set again whenever the button is polished (shown, given a parent), undoes it."""
        self._width = width
        self.setSizePolicy(QSizePolicy.Policy.Fixed, self.sizePolicy().verticalPolicy())
        self.updateGeometry()

    def sizeHint(self):
        hint = super().sizeHint()
        hint.setWidth(max(hint.width(), self._width))
        hint.setHeight(max(hint.height(), self._height))
        return hint

    def minimumSizeHint(self):
        hint = super().minimumSizeHint()
        hint.setWidth(max(hint.width(), self._width))
        hint.setHeight(max(hint.height(), self._height))
        return hint

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            self.animateClick()
        else:
            super().keyPressEvent(event)


def big_button(text: str, accessible_name: str = "", role: str = "", parent: QWidget | None = None) -> BigButton:
    button = BigButton(text, parent)
    button.setAccessibleName(accessible_name or text.replace("\n", "，"))
    if role:
        button.setProperty("role", role)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    button.setAutoDefault(False)
    return button


def show_choice(button: QPushButton, chosen: bool, chosen_suffix: str) -> None:
    """A checkable choice: colour is never the only cue, the chosen one also carries a check mark
    (and says so to a screen reader)."""
    name = button.property("plain_text") or button.text().removeprefix("✔ ")
    button.setProperty("plain_text", name)
    button.setChecked(chosen)
    button.setText(("✔ " + name) if chosen else name)
    button.setAccessibleName(name + (chosen_suffix if chosen else ""))


def label(text: str = "", role: str = "", parent: QWidget | None = None) -> QLabel:
    widget = QLabel(text, parent)
    widget.setTextFormat(Qt.TextFormat.PlainText)  # text from lessons and members is never HTML
    if role:
        widget.setProperty("role", role)
    widget.setWordWrap(True)
    widget.setAccessibleName(text)
    return widget


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with "…" to fit; the whole text stays its accessible name."""

    def __init__(self, text: str = "", role: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setProperty("elides", True)
        if role:
            self.setProperty("role", role)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.full_text = ""
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self.setAccessibleName(text)
        self.setToolTip(text)
        self._elide()

    def _elide(self) -> None:
        metrics = QFontMetrics(self.font())
        super().setText(metrics.elidedText(self.full_text, Qt.TextElideMode.ElideRight, max(0, self.width())))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event) -> None:  # font changes with the text-size step
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._elide()


NO_LINE_START = set("。，、；：？！）》」』”’…—·%")


def wrap_text(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """Lines of text no wider than width, broken between any two characters as Chinese is (never
    before a closing mark such as 。 or ”), and between words where there are spaces."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for char in paragraph:
            overflows = line and metrics.horizontalAdvance(line + char) > width
            if overflows and char not in NO_LINE_START:
                lines.append(line.rstrip())
                line = "" if char == " " else char
            elif overflows and len(line) > 1 and line[-1] not in NO_LINE_START:
                lines.append(line[:-1].rstrip())  # a closing mark never starts a line: it takes the
                line = line[-1] + char  # character before it along (the line stays in its width)
            else:
                line += char
        lines.append(line)
    return lines


class WrappingButton(BigButton):
    """A big button whose text is broken into lines that fit its width (a long lesson title)."""

    def __init__(self, text: str = "", accessible_name: str = "", role: str = "", parent: QWidget | None = None):
        super().__init__("", parent)
        if role:
            self.setProperty("role", role)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoDefault(False)
        self.full_text = ""
        self.set_full_text(text, accessible_name)

    def set_full_text(self, text: str, accessible_name: str = "") -> None:
        self.full_text = text
        self.setAccessibleName(accessible_name or text.replace("\n", "，"))
        self._wrap()

    def _room(self) -> int:
        from PySide6.QtWidgets import QStyle, QStyleOptionButton

        option = QStyleOptionButton()
        self.initStyleOption(option)
        return self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self).width()

    def _wrap(self) -> None:
        room = self._room()
        text = "\n".join(wrap_text(self.full_text, QFontMetrics(self.font()), room)) if room > 40 else self.full_text
        if text != self.text():
            super().setText(text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._wrap()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (event.Type.FontChange, event.Type.StyleChange):
            self._wrap()


def show_wrapped_choice(button: WrappingButton, chosen: bool, chosen_suffix: str) -> None:
    """show_choice for a WrappingButton: its words (the "plain_text" property) with the check mark."""
    name = button.property("plain_text") or button.full_text.removeprefix("✔ ")
    button.setProperty("plain_text", name)
    button.setChecked(chosen)
    button.set_full_text(("✔ " + name) if chosen else name, name + (chosen_suffix if chosen else ""))


def text_box(placeholder: str, accessible_name: str, edited=None) -> QLineEdit:
    """A line of text to type (the secretary's forms); edited() when the text is changed by typing."""
    box = QLineEdit()
    box.setPlaceholderText(placeholder)
    box.setAccessibleName(accessible_name)
    if edited is not None:
        box.textEdited.connect(lambda _: edited())
    return box
