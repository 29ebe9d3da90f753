"""学习海报 on the real widgets: shown and saved at once in the exports folder, painted in the
poster's red, printed on one A4 page (into a PDF here), the plain message when no printer is
connected (this sandbox has none, for real) or when the poster cannot be saved, and 返回."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from desktop_app.gui.poster_screen import PosterScreen, figures_for
from desktop_app.gui.theme import PAPER, Metrics, stylesheet
from desktop_app.paths import exports_dir
from desktop_app.reports.report_pdf import check_pdf

from .test_poster import FIGURES

POSTER_RED = (0x8B, 0x1A, 0x1A)


@pytest.fixture
def screen(app, qtbot, context):
    poster = PosterScreen(context)
    qtbot.addWidget(poster)
    poster.apply_metrics(Metrics.for_settings(context.settings))
    poster.resize(1024, 768)
    poster.show()
    qtbot.waitExposed(poster)
    return poster


def reds(image) -> int:
    """Pixels close to the poster's red (#8B1A1A)."""
    found = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            colour = image.pixelColor(x, y)
            if all(
                abs(a - b) <= 12 for a, b in zip((colour.red(), colour.green(), colour.blue()), POSTER_RED, strict=True)
            ):
                found += 1
    return found


def test_show_poster_saves_a_png_and_a_pdf_in_the_exports_folder(screen, context):
    screen.show_poster(FIGURES)
    png, pdf = screen.saved
    folder = exports_dir(context.data_dir)
    assert png.parent == folder and pdf.parent == folder
    assert png.name == "学习海报-李秀兰-20261202.png" and png.stat().st_size > 10_000
    check_pdf(pdf, pages=1)
    assert screen.message.text() == "海报已经存好了，放在 exports（导出）文件夹里。"


def test_the_poster_is_painted_in_its_red_as_large_as_the_height_allows(screen, qtbot):
    screen.show_poster(FIGURES)
    qtbot.wait(10)
    image = screen.view.grab().toImage()
    assert reds(image) > 500
    assert screen.view.height() >= 768 - 2 * screen.metrics.spacing_px - 2  # the whole height
    assert "李秀兰同志" in screen.view.accessibleName()


def test_print_to_a_pdf_printer_writes_one_a4_page(screen, tmp_path):
    screen.show_poster(FIGURES)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert screen.print_to(printer)
    check_pdf(out, pages=1)
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument(None)
    document.load(str(out))
    size = document.pagePointSize(0)
    document.close()
    assert abs(size.width() - 595) < 3 and abs(size.height() - 842) < 3  # A4 portrait, in points


def test_without_a_printer_print_says_so_on_the_screen(screen, qtbot):
    assert QPrinterInfo.defaultPrinter().isNull() and not QPrinterInfo.availablePrinters()  # for real here
    screen.show_poster(FIGURES)
    said = []
    screen.say.connect(said.append)
    qtbot.mouseClick(screen.print_button, Qt.MouseButton.LeftButton)
    words = "没有接打印机。海报已经保存好了，可以请书记帮您打印。"
    assert screen.message.text() == words and said == [words]
    assert screen.message.isVisible() and screen.print_button.isVisible()


def test_back_goes_back(screen, qtbot):
    screen.show_poster(FIGURES)
    with qtbot.waitSignal(screen.goBack, timeout=1000):
        qtbot.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(screen.goBack, timeout=1000):
        screen.escape()


def test_a_poster_that_cannot_be_saved_says_so_plainly(screen, context, caplog):
    context.data_dir.mkdir(parents=True, exist_ok=True)
    exports_dir(context.data_dir).write_text("not a folder")  # where the folder should be
    screen.show_poster(FIGURES)
    assert screen.saved is None
    assert screen.message.text().startswith("没能把“学习海报-李秀兰-20261202.pdf”存好")
    assert any("could not be saved" in record.getMessage() for record in caplog.records)
    assert screen.message.heightForWidth(screen.message.width()) <= screen.message.height() + 2  # not cut off
    assert reds(screen.view.grab().toImage()) > 500  # the poster is shown all the same


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080), (768, 1024)])
def test_the_buttons_are_big_at_every_size(app, qtbot, context, size):
    for step in (0, 6):
        context.settings = replace(context.settings, text_step=step)
        poster = PosterScreen(context)
        qtbot.addWidget(poster)
        app.setStyleSheet(stylesheet(PAPER, Metrics.for_step(step)))
        poster.apply_metrics(Metrics.for_step(step))
        poster.resize(*size)
        poster.show()
        qtbot.waitExposed(poster)
        poster.show_poster(FIGURES)
        qtbot.wait(10)
        for button in (poster.back_button, poster.print_button):
            assert button.height() >= 64 and button.width() >= 64
            assert poster.rect().contains(button.geometry().translated(poster.side.pos()))
        assert poster.view.width() >= 200
    app.setStyleSheet("")


def test_figures_for_the_member_of_home_use_carry_no_name(context):
    course_id = next(iter(context.library.courses))
    figures = figures_for(context, course_id, 40, date(2026, 12, 2))
    assert figures.name == "" and figures.points == 40 and figures.day == date(2026, 12, 2)
    assert figures.course_title == context.library.courses[course_id].title
    assert figures.sentence.endswith("。")
