"""Rows of big buttons that wrap onto more lines when the text is large, and pages of such rows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

from ..settings import OPTION
from ..text.paging import page_starts
from .pager import PagedList
from .widgets import big_button, label


def button_width(button: QPushButton, padding: int) -> int:
    """The width a button needs for its widest line of text."""
    font = QFontMetrics(button.font())
    return max(font.horizontalAdvance(line) for line in (button.text() or " ").split("\n")) + 2 * padding + 16


def _hidden_on_purpose(widget: QWidget) -> bool:
    """hide() was called on it (not merely not shown yet, as every widget is before its window)."""
    return widget.isHidden() and widget.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)


class ButtonRow(QWidget):
    """Buttons side by side, as many to a line as fit the width given by fit()."""

    def __init__(self, widgets: list[QWidget], parent: QWidget | None = None):
        super().__init__(parent)
        self.widgets = widgets
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.columns = 0
        for widget in widgets:
            widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.fit(10_000, 12, 12)

    def fit(self, width: int, spacing: int, padding: int) -> None:
        self.grid.setSpacing(spacing)
        shown = [widget for widget in self.widgets if not _hidden_on_purpose(widget)]  # it takes no place
        widest = max(
            (button_width(w, padding) if isinstance(w, QPushButton) else w.sizeHint().width() for w in shown),
            default=1,
        )
        columns = max(1, min(len(shown) or 1, (width + spacing) // (widest + spacing)))
        if columns == self.columns and [self.grid.itemAt(i).widget() for i in range(self.grid.count())] == shown:
            return
        self.columns = columns
        for widget in self.widgets:
            self.grid.removeWidget(widget)
        for index, widget in enumerate(shown):
            self.grid.addWidget(widget, index // columns, index % columns)
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)


class Section(QWidget):
    """A titled group of choices: the title on the left when there is room, else above."""

    def __init__(self, title: str, widgets: list[QWidget], parent: QWidget | None = None):
        super().__init__(parent)
        self.title = label(title, "section")
        self.title.setWordWrap(False)
        self.row = ButtonRow(widgets)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.beside = None

    def fit(self, width: int, spacing: int, padding: int, title_width: int = 0) -> None:
        """title_width: the widest title of the sections shown together, so their rows line up."""
        title_width = max(title_width, self.title.sizeHint().width())
        widest = max(
            button_width(w, padding) if isinstance(w, QPushButton) else w.sizeHint().width() for w in self.row.widgets
        )
        needed = title_width + spacing + len(self.row.widgets) * (widest + spacing)
        beside = needed <= width
        if beside != self.beside:
            self.beside = beside
            self.grid.removeWidget(self.title)
            self.grid.removeWidget(self.row)
            if beside:
                self.grid.addWidget(self.title, 0, 0)
                self.grid.addWidget(self.row, 0, 1)
                self.grid.setColumnStretch(1, 1)
            else:
                self.grid.addWidget(self.title, 0, 0)
                self.grid.addWidget(self.row, 1, 0)
                self.grid.setColumnStretch(1, 0)
        self.grid.setSpacing(spacing if beside else max(4, spacing // 2))
        if beside:
            self.grid.setColumnMinimumWidth(0, title_width)
        else:
            self.grid.setColumnMinimumWidth(0, 0)
        self.row.fit(width - (title_width + spacing if beside else 0), spacing, padding)


def widget_height(widget: QWidget, width: int) -> int:
    """The height a widget takes at a width (wrapped text is taller when narrow)."""
    if widget.hasHeightForWidth():
        return max(widget.heightForWidth(width), widget.minimumSizeHint().height())
    return widget.sizeHint().height()


def paginate_widgets(widgets: list[QWidget], width: int, height: int, spacing: int) -> list[int]:
    """Index of the first widget of each page, by the widgets' own heights at that width."""
    lines, top = [], 0.0
    for widget in widgets:
        widget_height_ = widget_height(widget, max(1, width))
        lines.append((top, top + widget_height_))
        top += widget_height_ + spacing
    return page_starts(lines, [False] * len(widgets), max(1, height) + 0.5) if widgets else [0]


class PagedWidgets:
    """Widgets shown a page at a time in an area, turned by a PagerColumn (settings, 我的学习).
    When the pages are cut again (a new size, a resize) the page holding the first widget that was
    shown stays in view."""

    def __init__(self, widgets: list[QWidget], area: QWidget, pager):
        self.widgets = list(widgets)
        self.area = area
        self.pager = pager
        self.pages = [0]
        pager.pageChanged.connect(lambda _: self.show_page())

    def paginate(self, spacing: int) -> None:
        first = self.pages[self.pager.page] if self.pager.page < len(self.pages) else 0
        self.pages = paginate_widgets(self.widgets, self.area.width(), self.area.height(), spacing)
        page = max(i for i, start in enumerate(self.pages) if start <= first)
        self.pager.set_count(len(self.pages), page)
        self.show_page()

    def show_page(self) -> None:
        page = self.pager.page
        start = self.pages[page]
        end = self.pages[page + 1] if page + 1 < len(self.pages) else len(self.widgets)
        for index, widget in enumerate(self.widgets):
            widget.setVisible(start <= index < end)


def setting_text(text: str) -> str:
    return QCoreApplication.translate("Settings", text)


def choice_sections(
    keys: tuple[str, ...], choose: Callable[[str, object], None]
) -> tuple[list[Section], dict[tuple[str, object], QPushButton]]:
    """A titled row of checkable buttons for each declared setting (settings.OPTIONS), one button a
    value; choose(key, value) when one is touched."""
    sections, buttons = [], {}
    for key in keys:
        option = OPTION[key]
        row = []
        for value in option.values:
            button = big_button(setting_text(option.name_of(value)))
            button.setCheckable(True)
            button.setAutoExclusive(False)
            button.clicked.connect(lambda _=False, k=key, v=value: choose(k, v))
            buttons[(key, value)] = button
            row.append(button)
        sections.append(Section(setting_text(option.title), row))
    return sections, buttons


class PagedSections:
    """Titled rows of choices in a list area with the ◀ ▶ column beside it, the titles lined up
    and the sections a page at a time (the settings screens). middle goes into the screen's layout."""

    def __init__(self, sections: list[Section]):
        self.sections = sections
        self.area, self.layout, self.pager, self.middle = PagedList().parts()
        for section in sections:
            self.layout.addWidget(section)
        self.layout.addStretch(1)
        self.paged = PagedWidgets(sections, self.area, self.pager)

    def fit(self, spacing: int) -> None:
        title_width = max(section.title.sizeHint().width() for section in self.sections)
        for section in self.sections:
            section.fit(max(1, self.area.width()), spacing, spacing, title_width)
        self.paged.paginate(spacing)
