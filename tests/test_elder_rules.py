"""The elder-first rules of PRODUCT.md, checked on every screen, at both screen sizes, every text
size and every theme: 60x60 px controls, 18 pt text, accessible names, 7:1 contrast, nothing cut
off or overlapping, everything reachable from the keyboard."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollBar,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from desktop_app.gui.main_window import SCREENS
from desktop_app.gui.page_view import PageView
from desktop_app.gui.theme import PALETTES, Metrics, contrast_ratio
from desktop_app.settings import TEXT_SIZES

SIZES = [(1024, 768), (1366, 768), (1920, 1080)]
# every step at the kiosk sizes; the smallest, the default and the largest on a big monitor
MATRIX = [(size, step) for size in SIZES[:2] for step in range(len(TEXT_SIZES))] + [
    (SIZES[2], step) for step in (0, 1, len(TEXT_SIZES) - 1)
]
CONTROLS = (QAbstractButton, QLineEdit, QPlainTextEdit, PageView, QScrollBar)
TEXTS = (QLabel, QAbstractButton, QLineEdit, QPlainTextEdit)


@pytest.mark.parametrize("theme", sorted(PALETTES))
def test_every_text_pair_is_at_least_7_to_1(theme):
    palette = PALETTES[theme]
    for name, (foreground, background) in {**palette.text_pairs(), **palette.surface_pairs()}.items():
        assert contrast_ratio(foreground, background) >= 7.0, (theme, name)


def test_contrast_formula():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def settle() -> None:
    """Let the layouts finish: each pass may post more layout requests."""
    for _ in range(5):
        QApplication.processEvents()


def visible_widgets(root: QWidget):
    for widget in root.findChildren(QWidget):
        if widget.isVisibleTo(root) and widget.isVisible():
            yield widget


def window_rect(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def inside_scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(widget, QScrollBar) and widget is not parent:
            if parent.viewport().isAncestorOf(widget):
                return parent
        parent = parent.parentWidget()
    return None


def check_screen(window, name: str, screen: QWidget | None = None) -> list[str]:
    """Every broken rule on the screen now shown (or on the widget given), as readable lines."""
    if screen is None:
        first = name.split(" ")[0]
        screen = window.loudspeaker.view if first == "on_air" else window.screen(first)
    overlay = next((child for child in screen.findChildren(QFrame, "overlay") if child.isVisible()), None)
    if overlay is not None and overlay.parentWidget() is screen:
        screen = overlay  # what is open over the screen is what can be touched
    problems = []
    smallest = Metrics.for_settings(window.context.settings).ui_pt  # one size for the whole program
    windows = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]
    if windows:
        problems.append(f"{name}: other windows are open: {[type(w).__name__ for w in windows]}")
    whole = window.rect()
    leaves = []
    for widget in visible_widgets(screen):
        label = f"{name}: {type(widget).__name__} {widget.accessibleName() or getattr(widget, 'text', lambda: '')()!r}"
        rect = window_rect(widget, window)
        area = inside_scroll_area(widget)
        if isinstance(widget, CONTROLS):
            if widget.width() < 60 or widget.height() < 60:
                if not (isinstance(widget, QScrollBar) and widget.orientation() == Qt.Orientation.Horizontal):
                    problems.append(f"{label} is {widget.width()}x{widget.height()} px")
            if not widget.accessibleName():
                problems.append(f"{label} has no accessible name")
            if widget.focusPolicy() == Qt.FocusPolicy.NoFocus and not isinstance(widget, QScrollBar):
                problems.append(f"{label} cannot be reached from the keyboard")
        if isinstance(widget, TEXTS):
            font = widget.font()
            points = font.pointSizeF() if font.pointSizeF() > 0 else font.pixelSize() * 72 / widget.logicalDpiY()
            if points < smallest - 0.5:
                problems.append(f"{label} text is {points:.1f} pt, under {smallest} pt")
        if area is None:
            if not whole.contains(rect):
                problems.append(f"{label} at {rect.getRect()} is outside the window {whole.getRect()}")
        else:
            viewport = window_rect(area.viewport(), window)
            if rect.left() < viewport.left() or rect.right() > viewport.right():
                problems.append(f"{label} is cut off at the side of its list")
        problems.extend(text_cut_off(widget, label))
        if isinstance(widget, (QAbstractButton, QLineEdit, QLabel, PageView)) and area is None:
            leaves.append((label, rect))
    for i, (first, a) in enumerate(leaves):
        for second, b in leaves[i + 1 :]:
            if a.intersects(b):
                problems.append(f"{first} overlaps {second}")
    return problems


def text_cut_off(widget: QWidget, label: str) -> list[str]:
    metrics = QFontMetrics(widget.font())
    shown = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
    if "…" in shown and "…" not in widget.accessibleName():
        return [f"{label} is shortened to {shown!r}"]  # an elided name is a cut name
    if isinstance(widget, QPushButton) and widget.text():
        # The room the style (with the style sheet's border and padding) leaves for the text.
        option = QStyleOptionButton()
        widget.initStyleOption(option)
        room = widget.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, widget)
        widest = max(metrics.horizontalAdvance(line) for line in widget.text().split("\n"))
        high = (widget.text().count("\n") + 1) * metrics.height()
        if widest > room.width() or high > room.height() + 4:
            return [f"{label} text does not fit ({widest}x{high} px in {room.width()}x{room.height()} px)"]
    if isinstance(widget, QLabel) and widget.text() and not widget.property("elides"):
        if widget.wordWrap():
            if widget.heightForWidth(widget.width()) > widget.height() + 2:
                return [f"{label} wrapped text is cut off"]
        else:
            lines = widget.text().split("\n")
            if max(metrics.horizontalAdvance(line) for line in lines) > widget.width():
                return [f"{label} text is wider than the label"]
            if len(lines) * metrics.height() > widget.height() + 2:
                return [f"{label} text is taller than the label"]
    return []


def show_every_screen(window, qtbot):
    """Yield each screen name with the screen shown and settled, and again with what opens over
    it (the reader's character and its tools, the search pads, the confirmation)."""
    for name in SCREENS:
        if name == "reader":
            longest = max(window.context.library.lessons.values(), key=lambda lesson: len(lesson.title))
            window.open_lesson(longest.id)
            settle()
            yield name
            view = window.reader.page_view
            window.reader.tap(view.anchor() + 1)
            settle()
            yield "reader (character)"
            window.reader.char_panel.close_panel()
            window.reader.more_button.click()
            settle()
            yield "reader (more)"
            window.reader.player_bar.close_panel()
            continue
        if name == "quiz":
            yield from show_a_quiz(window)
            continue
        window.show_screen(name)
        settle()
        yield name
        if name in ("library", "picker"):
            window.screen(name).pad.open_pad()
            settle()
            yield f"{name} (pad)"
            window.screen(name).pad.close_pad()
        if name == "kiosk_settings":
            window.kiosk_settings.confirmation.ask("shared")
            settle()
            yield "kiosk_settings (confirm)"
            window.kiosk_settings.confirmation.hide()
        if name == "broadcasts":
            yield from show_the_broadcasts_parts(window)
    yield from show_on_air(window)


def show_the_broadcasts_parts(window):
    """The secretary's 大喇叭: a time being set (and its days, when they come after it) and the
    lessons to choose."""
    screen = window.broadcasts
    screen.add_button.click()
    settle()
    yield "broadcasts (time)"
    if screen.editor.one_part:
        screen.editor.days_button.click()
        settle()
        yield "broadcasts (days)"
    screen.editor.cancel_button.click()
    screen.buttons[("what", "list")].click()
    settle()
    yield "broadcasts (lessons)"
    screen.escape()


def show_on_air(window):
    """The loudspeaker's cover over the window, with the longest title and sentence of the lessons
    (test_loudspeaker_gui.py puts it on air for real)."""
    from desktop_app.lessons.units import lesson_units

    lessons = window.context.library.lessons.values()
    longest = max(lessons, key=lambda lesson: len(lesson.title))
    units = max((lesson_units(lesson) for lesson in lessons), key=lambda u: max(len(x.text) for x in u))
    view = window.loudspeaker.view
    window.loudspeaker.apply_metrics()
    view.show_broadcast(longest.title)
    view.set_units(units)
    view.set_index(max(range(len(units)), key=lambda i: len(units[i].text)))
    settle()
    yield "on_air"
    view._stop_asked()
    settle()
    yield "on_air (PIN)"
    view.end()


def show_a_quiz(window):
    """The quiz with the most words in a question and its answers and explanation: asked, an
    answer selected, and answered (the explanation shown)."""

    def words(question):
        return len(question.text) + sum(map(len, question.options)) + len(question.explanation)

    lesson, index = max(
        ((lesson, i) for lesson in window.context.library.lessons.values() for i in range(len(lesson.quiz))),
        key=lambda pair: words(pair[0].quiz[pair[1]]),
    )
    window.open_quiz(lesson.id)
    quiz = window.quiz
    quiz.run.index = index  # straight to that question
    quiz._show_question()
    settle()
    yield "quiz"
    quiz.answer_buttons[0].click()
    settle()
    yield "quiz (selected)"
    quiz.confirm_button.click() if quiz.confirm_button.isVisible() else quiz.answer_buttons[0].click()
    settle()
    yield "quiz (answered)"


@pytest.fixture
def members(context):
    """Members for the picker: namesakes in two branches and in one, a long name, photos."""
    from pathlib import Path

    from desktop_app.storage.photos import store_photo

    samples = Path(__file__).resolve().parent.parent / "docs" / "sample-members"
    store = context.members
    for index, name in enumerate(
        [
            "李秀兰",
            "王秀英",
            "张桂芳",
            "刘建国",
            "陈淑珍",
            "杨志强",
            "赵德明",
            "黄丽华",
            "周玉兰",
            "吴长青",
            "曾凡荣",
            "孙桂英",
            "马文华",
            "朱建华",
            "胡秀珍",
            "郭振兴",
            "何淑英",
            "高玉珍",
        ]
    ):
        store.add(name, "第一支部", f"20{index:02d}")
    store.add("王秀英", "第二支部")
    store.add("张桂芳", "第一支部", "3001")
    store.add("阿卜杜热合曼·买买提江", "第三支部")
    for member in store.all()[:3]:
        store.update(member.id, photo=store_photo(samples / "李秀兰.png", context.data_dir, member.id))
    return store.all()


@pytest.mark.parametrize(
    "size, step", MATRIX, ids=[f"{size[0]}x{size[1]}-{TEXT_SIZES[step]}pt" for size, step in MATRIX]
)
def test_every_screen_at_every_text_size(window, qtbot, size, step, members):
    for theme in PALETTES:
        window.apply_settings(replace(window.context.settings, text_step=step, theme=theme))
        window.resize(*size)
        settle()
        assert (window.width(), window.height()) == size
        problems = []
        for name in show_every_screen(window, qtbot):
            problems.extend(check_screen(window, name))
            if (window.width(), window.height()) != size:  # what does not fit pushes the window out
                problems.append(f"{name}: the window grew to {window.width()}x{window.height()}")
                window.resize(*size)
        assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("step", range(len(TEXT_SIZES)), ids=lambda s: f"{TEXT_SIZES[s]}pt")
def test_shared_kiosk_screens_follow_the_rules(window, qtbot, members, step):
    """The picker filtered and searched, and home with a member signed in (its 换人 button)."""
    window.change_mode("shared")
    for theme in PALETTES:
        window.apply_settings(replace(window.context.settings, text_step=step, theme=theme))
        settle()
        assert window.current_screen_name() == "picker"
        if window.picker.letter_buttons:  # the row of initials, where the text size leaves room for it
            window.picker.letter_buttons["W"].click()
            settle()
            problems = check_screen(window, "picker W")
        else:  # else the pad does its job
            window.picker.pad.open_pad()
            settle()
            window.picker.pad.keys["w"].click()
            settle()
            problems = check_screen(window, "picker (pad w)")
            window.picker.pad.close_pad()
            window.picker.search_box.clear()
        window.picker.search_box.setText("zgf")
        settle()
        problems += check_screen(window, "picker search")
        window.picker.search_box.clear()
        window.picker._filter("")
        window.picker.tiles[0].click()
        settle()
        assert window.current_screen_name() == "home" and window.home.switch_button.isVisible()
        problems += check_screen(window, "home (member)")
        window.home.switch_button.click()
        settle()
        window.picker.guest_button.click()
        settle()
        problems += check_screen(window, "home (guest)")
        window.home.switch_button.click()
        settle()
        assert problems == [], "\n".join(problems)


def test_library_search_results_follow_the_rules(window, qtbot):
    window.show_screen("library")
    window.library.search_box.setText("党员")
    settle()
    assert len(window.library.rows) >= 3
    assert check_screen(window, "library") == []


def test_keyboard_alone_reaches_a_lesson_and_turns_pages(window, qtbot):
    from PySide6.QtTest import QTest

    window.show_screen("home")
    assert window.home.continue_button.hasFocus()
    QTest.keyClick(window.home.continue_button, Qt.Key.Key_Space)
    assert window.current_screen_name() == "reader"
    view = window.reader.page_view
    assert view.hasFocus()
    QTest.keyClick(view, Qt.Key.Key_PageDown)
    assert view.current_page() == 1
    # Tab reaches the page buttons and Enter presses them
    reached = set()
    for _ in range(12):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.add(QApplication.focusWidget())
    assert {window.reader.next_button, window.reader.previous_button, window.reader.back_button} <= reached
    window.reader.next_button.setFocus()
    QTest.keyClick(window.reader.next_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.current_page() == 2)


@pytest.mark.parametrize("step", range(len(TEXT_SIZES)), ids=lambda s: f"{TEXT_SIZES[s]}pt")
def test_reader_text_size_line_height_and_paragraph_gap(window, step):
    window.apply_settings(replace(window.context.settings, text_step=step))
    window.open_lesson("dangshi-02")
    view = window.reader.page_view
    settle()
    body_px = TEXT_SIZES[step] * view.logicalDpiY() / 72
    layout = view.doc.documentLayout()
    block = view.doc.begin()
    checked_lines = checked_gaps = 0
    while block.isValid():
        fmt = block.charFormat().font() if block.text() == "" else block.begin().fragment().charFormat().font()
        assert fmt.pixelSize() >= round(body_px)  # body text at the chosen size, headings bigger
        text_layout = block.layout()
        for i in range(1, text_layout.lineCount()):
            pitch = text_layout.lineAt(i).y() - text_layout.lineAt(i - 1).y()
            assert pitch >= 1.5 * fmt.pixelSize() - 1
            checked_lines += 1
        following = block.next()
        if following.isValid() and text_layout.lineCount() and not fmt.bold():  # after a paragraph, not a heading
            last = text_layout.lineAt(text_layout.lineCount() - 1)
            last_top = layout.blockBoundingRect(block).top() + last.y()
            next_top = layout.blockBoundingRect(following).top() + following.layout().lineAt(0).y()
            pitch = 1.5 * fmt.pixelSize()
            # paragraphs 1.5x the line spacing apart (WCAG 1.4.8), the gap never more than a line
            assert 1.5 * pitch - 1 <= next_top - last_top <= 2 * pitch + 1
            checked_gaps += 1
        block = following
    assert checked_lines > 5 and checked_gaps > 5


@pytest.mark.parametrize("theme", sorted(PALETTES))
def test_text_areas_take_the_theme_colours(window, qtbot, theme):
    """Every background a text sits on is the theme's, so the 7:1 pairs above are what is seen."""
    from PySide6.QtGui import QColor

    window.apply_settings(replace(window.context.settings, theme=theme))
    window.context.library.problems.append(type("P", (), {"__str__": lambda self: "x.txt:1: 测试"})())
    window.show_screen("problems")
    settle()
    viewport = window.problems.text.viewport()
    background = viewport.grab().toImage().pixelColor(viewport.width() - 3, viewport.height() - 3)
    palette = PALETTES[theme]
    assert background == QColor(palette.panel)
    assert contrast_ratio(palette.text, background.name()) >= 7.0


@pytest.mark.parametrize(
    "size, step", MATRIX, ids=[f"{size[0]}x{size[1]}-{TEXT_SIZES[step]}pt" for size, step in MATRIX]
)
def test_home_with_every_button_it_can_offer(window, qtbot, members, size, step):
    """A kiosk member who has just finished a lesson (测一测 on it waits) and has wrong answers due
    sees the most buttons home ever shows: they all fit and follow the rules. The review waits for
    the quiz (one quiz offer at a time: at 60 and 72 pt a fourth row of buttons has no room)."""
    from datetime import UTC, datetime, timedelta

    from desktop_app.storage.review import ReviewStore

    context = window.context
    window.change_mode("shared")
    member = members[0]
    reviews = ReviewStore(context.db)
    reviews.answered(member.id, "dangshi-02", "k" * 20, False, datetime.now(UTC) - timedelta(days=3))
    window.sign_in(member.id)
    ordered = context.library.ordered_lessons()
    longest = max(ordered, key=lambda lesson: len(lesson.title))  # 继续学习 on it: three lines at 72 pt
    for lesson in ordered[: ordered.index(longest)]:
        if lesson.id != "dangshi-01":
            context.progress.record_position(member.id, lesson.id, 0, 0, finished=True)
    context.progress.record_position(member.id, "dangshi-01", 0, 0, finished=True)  # the one just read
    home = window.home
    home.refresh()
    for theme in PALETTES:
        window.apply_settings(replace(context.settings, text_step=step, theme=theme))
        window.resize(*size)
        settle()
        assert window.current_screen_name() == "home"
        offered = [home.quiz_button, home.switch_button, home.my_study_button]
        assert all(button.isVisible() for button in offered) and not home.review_button.isVisible()
        assert longest.title in home.continue_button.full_text
        assert home.greeting.isVisible() or home.continue_button.full_text.startswith(member.name)
        problems = check_screen(window, "home (everything)")
        if (window.width(), window.height()) != size:
            problems.append(f"home: the window grew to {window.width()}x{window.height()}")
        assert problems == [], "\n".join(problems)
    assert home.quiz_button.accessibleName() == "测一测：" + context.library.lessons["dangshi-01"].title
    home.quiz_button.click()
    assert window.current_screen_name() == "quiz" and window.quiz.lesson_id == "dangshi-01"
    context.progress.record_quiz_score(member.id, "dangshi-01", 80.0)  # the quiz done
    window.show_screen("home")
    assert not home.quiz_button.isVisible() and home.review_button.isVisible()  # now the review
