"""What a chosen member list would do, line by line, before anything is imported (the Members
screen)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from ..storage.member_import import ImportResult
from ..storage.members import MemberStore
from .choices import ButtonRow, PagedWidgets
from .pager import PagerColumn
from .talk import mark_message
from .theme import Metrics
from .widgets import big_button, label


class ImportPreview(QWidget):
    """A list read, not yet imported: its problems (nobody is imported then, as with `members
    import`), else who would be registered or updated; 导入 N 人 / 不导入."""

    importAsked = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.result: ImportResult | None = None
        self.path: Path | None = None
        self.metrics = Metrics.for_step(1)
        self.back_button = big_button(self.tr("Back"), self.tr("Back: do not import"))
        self.back_button.clicked.connect(self.cancelled)
        self.title = label("", "title")  # wraps: a file's name may be long
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        self.top = top
        self.summary = label("", "section")
        mark_message(self.summary)
        self.area = QWidget()
        self.area.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.area_layout = QVBoxLayout(self.area)
        self.area_layout.setContentsMargins(0, 0, 0, 0)
        self.area_layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
        self.area.installEventFilter(self)
        self.pager = PagerColumn()
        self.pages = PagedWidgets([], self.area, self.pager)
        lines = QVBoxLayout()  # the summary beside the ◀ ▶ column, which has the height it needs then
        lines.addWidget(self.summary)
        lines.addWidget(self.area, 1)
        self.lines = lines
        middle = QHBoxLayout()
        middle.addLayout(lines, 1)
        middle.addWidget(self.pager)
        self.middle = middle
        self.import_button = big_button("", role="play")
        self.import_button.clicked.connect(self.importAsked)
        self.no_button = big_button(self.tr("Do not import"), self.tr("Do not import this list"))
        self.no_button.clicked.connect(self.cancelled)
        self.answers = ButtonRow([self.import_button, self.no_button])
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addLayout(top)
        self.layout_.addLayout(middle, 1)
        self.layout_.addWidget(self.answers)

    def show_list(self, path: Path, result: ImportResult, store: MemberStore) -> None:
        self.path, self.result = path, result
        self.title.setText(self.tr("Import %1").replace("%1", path.name))
        self.title.setAccessibleName(self.title.text())
        if result.problems:
            summary = self.tr(
                "The list has %1 problems, so nobody is imported. Correct the list on a computer and choose it again:"
            ).replace("%1", str(len(result.problems)))
            lines = list(result.problems)
        else:
            known = [store.find(row.name, row.branch, row.number) is not None for row in result.rows]
            summary = (
                self.tr('%1 members: %2 new, %3 updated. Nothing changes before "Import".')
                .replace("%1", str(len(result.rows)))
                .replace("%2", str(known.count(False)))
                .replace("%3", str(known.count(True)))
            )
            new, updated = self.tr("Row %1: %2 (new)"), self.tr("Row %1: %2 (updated)")
            lines = [
                (updated if was_known else new)
                .replace("%1", str(row.line))
                .replace("%2", "　".join(part for part in (row.name, row.branch, row.number) if part))
                for row, was_known in zip(result.rows, known, strict=True)
            ]
        self.say(summary)
        count = str(len(result.rows))
        self.import_button.setText(self.tr("Import %1 members").replace("%1", count))
        self.import_button.setAccessibleName(self.import_button.text())
        self.import_button.setVisible(not result.problems)
        self.answers.widgets = [self.no_button] if result.problems else [self.import_button, self.no_button]
        self.answers.grid.removeWidget(self.import_button)
        self.answers.columns = 0  # placed again for the buttons shown
        self.answers.fit(max(1, self.width()), self.metrics.spacing_px, self.metrics.spacing_px)
        while self.area_layout.count():
            widget = self.area_layout.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.pages.widgets = [label(line) for line in lines]
        for widget in self.pages.widgets:
            widget.hide()  # the page they are on shows them
            self.area_layout.addWidget(widget)
        self.area_layout.addStretch(1)
        self.pager.set_count(1, 0)
        self._paginate()

    def say(self, text: str) -> None:
        self.summary.setText(text)
        self.summary.setAccessibleName(text)

    def _paginate(self) -> None:
        self.pages.paginate(self.metrics.spacing_px)

    def apply_metrics(self, metrics: Metrics) -> None:
        self.metrics = metrics
        for layout in (self.layout_, self.top, self.middle, self.lines, self.area_layout):
            layout.setSpacing(metrics.spacing_px)
        self.pager.apply_metrics(metrics)
        self.answers.fit(max(1, self.width()), metrics.spacing_px, metrics.spacing_px)
        self._paginate()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.answers.fit(max(1, self.width()), self.metrics.spacing_px, self.metrics.spacing_px)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.area and event.type() == event.Type.Resize:
            self._paginate()
        return super().eventFilter(watched, event)

    def focus_first(self) -> None:
        (self.import_button if self.import_button.isVisible() else self.no_button).setFocus()
