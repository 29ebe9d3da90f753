"""HTML in a lesson or course title is shown as the characters it is, never rendered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from desktop_app.gui.widgets import ElidedLabel, label

TITLE = '<b>x</b><img src="/etc/passwd">'
COURSE_TITLE = "<i>课程</i>"


def html_lessons(tmp_path: Path) -> Path:
    folder = tmp_path / "html" / "c"
    folder.mkdir(parents=True)
    (folder / "课程.txt").write_text(f"编号：c\n名称：{COURSE_TITLE}\n顺序：1\n", encoding="utf-8")
    text = f"编号：h\n标题：{TITLE}\n顺序：1\n【正文】\n<h1>大字</h1>党员要学习党章。\n"
    (folder / "a.txt").write_text(text, encoding="utf-8")
    return folder.parent


def labels_showing(window, text: str) -> list[QLabel]:
    return [w for w in window.findChildren(QLabel) if w.isVisible() and text[:6] in w.text()]


def test_the_label_factories_show_plain_text(qtbot):
    for widget in (label(TITLE), ElidedLabel(TITLE)):
        qtbot.addWidget(widget)
        assert widget.textFormat() == Qt.TextFormat.PlainText
    rich = QLabel(TITLE)
    plain = label(TITLE)
    qtbot.addWidget(rich)
    qtbot.addWidget(plain)
    plain.setWordWrap(False)
    # rendered as HTML the label would be one bold "x" wide; as text it is as wide as the whole string
    assert plain.sizeHint().width() >= plain.fontMetrics().horizontalAdvance(TITLE) > rich.sizeHint().width()


def test_a_title_with_html_shows_literally_on_home_library_and_reader(qtbot, app, data_dir, tmp_path):
    from desktop_app.context import create_context
    from desktop_app.gui.main_window import MainWindow

    context = create_context(data_dir, [html_lessons(tmp_path)])
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert TITLE in window.home.continue_button.text()  # a button never renders HTML
    window.show_screen("library")
    QApplication.processEvents()
    assert TITLE in window.library.rows["h"].text()
    [course_label] = labels_showing(window, COURSE_TITLE)
    assert course_label.text() == COURSE_TITLE and course_label.textFormat() == Qt.TextFormat.PlainText
    window.open_lesson("h")
    QApplication.processEvents()
    assert window.reader.title_text() == TITLE
    page = window.reader.page_view.doc.toPlainText()  # the title is the page's first line, as typed
    assert page.startswith(TITLE) and "<h1>大字</h1>" in page
    context.db.close()
