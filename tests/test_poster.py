"""The learning poster (issue 10): drawn for real on images and a PDF, A4 in shape, the member's
name and figures on it, long texts never cut off, written whole or not at all, file names safe."""

from __future__ import annotations

import math
import os
import subprocess
import sys
import tempfile
import unicodedata
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from desktop_app.reports.poster import (
    PosterFigures,
    draw_poster,
    figure_texts,
    poster_image,
    poster_stem,
    save_poster,
)
from desktop_app.storage.files import WriteFailed

from .conftest import ROOT

FIGURES = PosterFigures(
    name="李秀兰",
    course_title="党的二十大精神学习",
    lessons_finished=12,
    minutes_studied=500,
    points=360,
    day=date(2026, 12, 2),
    sentence="江山就是人民，人民就是江山。",
    branch="城关镇东风村党支部",
)
LONG_TITLE = "学习贯彻习近平新时代中国特色社会主义思想主题教育专题党课（第三讲）"
WIDTH = 620  # small images keep the tests quick; every size is a share of the width


def pixels(image: QImage) -> list[list[int]]:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    return [[image.pixel(x, y) & 0xFFFFFF for x in range(image.width())] for y in range(image.height())]


def is_ink(rgb: int) -> bool:
    """Text colour: dark red or dark brown, never the paper, the panel or the faint rays."""
    r, g, b = (rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255
    return r < 190 and g < 120 and b < 120


def ink_columns(before: QImage, after: QImage, top: int, bottom: int) -> tuple[set[int], int]:
    """The columns between top and bottom where after has ink that before has not, and how many
    such pixels there are."""
    a, b = pixels(before), pixels(after)
    columns, count = set(), 0
    for y in range(top, bottom):
        for x in range(before.width()):
            if a[y][x] != b[y][x] and is_ink(b[y][x]):
                columns.add(x)
                count += 1
    return columns, count


def pdf_text(path: Path) -> tuple[int, tuple[float, float], str]:
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument(None)
    assert document.load(str(path)) == QPdfDocument.Error.None_
    size = document.pagePointSize(0)
    found = document.pageCount(), (size.width(), size.height()), document.getAllText(0).text()
    document.close()
    return found


# -- the figures in words --------------------------------------------------------------------
def test_the_figures_read_as_a_member_says_them():
    assert figure_texts(FIGURES) == ["学完了12课", "学了8小时20分", "得了360分"]
    assert figure_texts(replace(FIGURES, minutes_studied=0, lessons_finished=0, points=0)) == [
        "学完了0课",
        "学了0分钟",  # 分钟 alone: 学了0分 would read as a score
        "得了0分",
    ]
    assert figure_texts(replace(FIGURES, minutes_studied=59))[1] == "学了59分钟"
    assert figure_texts(replace(FIGURES, minutes_studied=120))[1] == "学了2小时"
    assert figure_texts(replace(FIGURES, minutes_studied=61))[1] == "学了1小时1分"


# -- the image --------------------------------------------------------------------------------
@pytest.mark.parametrize("width", [1240, WIDTH, 301])
def test_the_image_has_the_shape_of_an_a4_page(width: int):
    image = poster_image(FIGURES, width)
    assert image.width() == width and abs(image.height() / image.width() - math.sqrt(2)) < 2 / width
    assert poster_image(FIGURES).width() == 1240 and poster_image(FIGURES).height() == 1754


def test_the_poster_is_drawn_in_many_colours_with_much_ink():
    image = poster_image(FIGURES, WIDTH)
    grid = pixels(image)
    colours = {rgb for row in grid for rgb in row}
    assert len(colours) > 500  # paper, gradient, frame, gold, text edges
    ink = sum(1 for row in grid for rgb in row if is_ink(rgb))
    assert ink > 0.05 * image.width() * image.height()
    assert QColor(grid[image.height() // 2][image.width() // 2]).lightness() > 150  # light paper, dark text


def test_the_name_is_drawn_in_its_place_and_nothing_else_moves():
    one = poster_image(FIGURES, WIDTH)
    other = poster_image(replace(FIGURES, name="张建国"), WIDTH)
    height = one.height()
    band = (int(height * 0.2), int(height * 0.36))  # under the banner, above the course
    columns, count = ink_columns(poster_image(replace(FIGURES, name=""), WIDTH), other, *band)
    assert count > 0.05 * WIDTH * (band[1] - band[0]) * 0.3  # big characters: a lot of ink
    a, b = pixels(one), pixels(other)
    changed_rows = {y for y in range(height) for x in range(WIDTH) if a[y][x] != b[y][x]}
    assert changed_rows and min(changed_rows) >= band[0] and max(changed_rows) < band[1]


@pytest.mark.parametrize(
    "name", ["欧阳长青松", "阿卜杜热依木·买买提艾力·阿不都克热木", "Maximilian-Alexander Schwarzenberger"]
)
def test_a_long_name_shrinks_or_wraps_and_is_never_cut_off(name: str):
    without = poster_image(replace(FIGURES, name=""), WIDTH)
    drawn = poster_image(replace(FIGURES, name=name), WIDTH)
    height = drawn.height()
    columns, count = ink_columns(without, drawn, int(height * 0.15), int(height * 0.6))
    assert count > 1000
    frame = 0.09 * WIDTH  # the gold inner frame is 4.9 % in; the text keeps 6 % more inside it
    assert min(columns) > frame and max(columns) < WIDTH - frame


def test_a_long_title_and_sentence_and_nothing_studied_fit_on_the_page(tmp_path: Path):
    figures = replace(
        FIGURES,
        name="欧阳长青松",
        course_title=LONG_TITLE,
        minutes_studied=0,
        lessons_finished=0,
        points=0,
        sentence="不忘初心，牢记使命，永远保持同人民群众的血肉联系，始终同人民想在一起、干在一起。",
    )
    _, pdf = save_poster(figures, tmp_path)
    pages, _, text = pdf_text(pdf)
    flat = "".join(text.split())
    assert pages == 1
    for expected in ("欧阳长青松", LONG_TITLE, "干在一起", "学了0分钟", "得了0分", "学完了0课", "2026年12月2日"):
        assert expected in flat, expected


def test_the_poster_keeps_its_shape_in_any_box():
    """Drawn into a wide box (a screen), the poster is an A4 shape in the middle; the sides are left alone."""
    image = QImage(900, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("#0000ff"))
    painter = QPainter(image)
    draw_poster(painter, QRectF(0, 0, 900, 400), FIGURES)
    painter.end()
    poster_width = 400 / math.sqrt(2)
    assert image.pixel(5, 200) & 0xFFFFFF == 0x0000FF and image.pixel(894, 200) & 0xFFFFFF == 0x0000FF
    assert image.pixel(450, 200) & 0xFFFFFF != 0x0000FF
    assert image.pixel(int(450 - poster_width / 2) + 3, 200) & 0xFFFFFF != 0x0000FF


# -- the files --------------------------------------------------------------------------------
def test_the_poster_is_saved_as_a_png_and_a_one_page_a4_pdf_with_its_fonts(tmp_path: Path):
    folder = tmp_path / "海报" / "十二月"  # created when missing
    png, pdf = save_poster(FIGURES, folder)
    assert png == folder / "学习海报-李秀兰-20261202.png" and pdf == folder / "学习海报-李秀兰-20261202.pdf"
    image = QImage(str(png))
    assert not image.isNull() and image.width() == 1240 and image.height() == 1754
    pages, size, text = pdf_text(pdf)
    assert pages == 1
    assert abs(size[0] - 595.3) < 1 and abs(size[1] - 841.9) < 1  # A4 in points
    flat = "".join(text.split())
    for expected in ("学习光荣榜", "李秀兰", "同志", "城关镇东风村党支部", "党的二十大精神学习", "学完了12课"):
        assert expected in flat, expected
    for expected in ("学了8小时20分", "得了360分", "“江山就是人民，人民就是江山。”", "2026年12月2日", "党员学习站"):
        assert expected in flat, expected
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and b"/FontFile" in data  # the fonts travel with the file
    assert sorted(p.name for p in folder.iterdir()) == sorted([png.name, pdf.name])  # nothing left over


def test_the_pdf_page_looks_like_the_picture(tmp_path: Path):
    """The PDF is drawn by the same code; what a viewer shows matches the PNG (a gradient's alpha,
    dropped by PDF viewers, once turned the faint rays into solid gold)."""
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    _, pdf = save_poster(FIGURES, tmp_path)
    document = QPdfDocument(None)
    assert document.load(str(pdf)) == QPdfDocument.Error.None_
    shown = document.render(0, QSize(WIDTH, round(WIDTH * math.sqrt(2))))
    document.close()
    drawn = poster_image(FIGURES, WIDTH)
    a, b = pixels(shown), pixels(drawn)
    far = sum(
        1
        for y in range(drawn.height())
        for x in range(WIDTH)
        if max(abs(((a[y][x] >> s) & 255) - ((b[y][x] >> s) & 255)) for s in (0, 8, 16)) > 60
    )
    assert far < 0.03 * WIDTH * drawn.height(), far


def test_saving_again_replaces_the_files(tmp_path: Path):
    png, pdf = save_poster(FIGURES, tmp_path)
    first = png.read_bytes()
    png2, pdf2 = save_poster(replace(FIGURES, points=999), tmp_path)
    assert (png2, pdf2) == (png, pdf) and png.read_bytes() != first
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([png.name, pdf.name])


LIMITED = """
import resource, sys
from datetime import date
from pathlib import Path
from desktop_app.i18n import core_application
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
from desktop_app.i18n import install_translators
app._translators = install_translators(app)
from desktop_app.reports.poster import PosterFigures, save_poster
from desktop_app.storage.files import WriteFailed
figures = PosterFigures("李秀兰", "党的二十大精神学习", 12, 500, 360, date(2026, 12, 2), "江山就是人民。")
limit = int(sys.argv[2])
if limit:
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))  # the disk is full: writes fail with EFBIG
try:
    save_poster(figures, Path(sys.argv[1]))
except WriteFailed as error:
    print("WriteFailed", error)
else:
    print("saved")
"""


def save_in_a_subprocess(folder: Path, limit: int = 0, prefix: list[str] | None = None) -> str:
    done = subprocess.run(
        [*(prefix or []), sys.executable, "-c", LIMITED, str(folder), str(limit)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize("limit", [16 * 1024, 100 * 1024])  # the PDF is ~35 KB, the PNG ~290 KB
def test_a_full_disk_leaves_no_half_file_and_keeps_the_old_ones(tmp_path: Path, limit: int):
    folder = tmp_path / "posters"
    folder.mkdir()
    old_png, old_pdf = folder / "学习海报-李秀兰-20261202.png", folder / "学习海报-李秀兰-20261202.pdf"
    old_png.write_bytes(b"the old picture")
    old_pdf.write_bytes(b"%PDF-1.4 the old poster %%EOF")
    said = save_in_a_subprocess(folder, limit)
    assert said.startswith("WriteFailed") and "磁盘可能满了" in said and "原来的文件没有动" in said
    assert old_png.read_bytes() == b"the old picture" and old_pdf.read_bytes() == b"%PDF-1.4 the old poster %%EOF"
    assert sorted(p.name for p in folder.iterdir()) == sorted([old_png.name, old_pdf.name])


def test_a_full_disk_on_a_first_poster_leaves_nothing(tmp_path: Path):
    folder = tmp_path / "posters"
    said = save_in_a_subprocess(folder, 16 * 1024)
    assert said.startswith("WriteFailed")
    assert list(folder.iterdir()) == []


DROP_DAC = ["setpriv", "--inh-caps=-dac_override,-dac_read_search", "--bounding-set=-dac_override,-dac_read_search"]


def test_a_read_only_folder_is_refused_plainly(tmp_path: Path):
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        said = save_in_a_subprocess(folder, prefix=DROP_DAC if os.geteuid() == 0 else None)
    finally:
        folder.chmod(0o755)
    assert said.startswith("WriteFailed") and "不能写入" in said
    assert list(folder.iterdir()) == []


def test_a_folder_that_cannot_be_made_raises_the_report_error(tmp_path: Path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(WriteFailed, match="磁盘可能满了"):
        save_poster(FIGURES, blocker / "posters")
    assert blocker.read_text() == "not a folder"


# -- file names -------------------------------------------------------------------------------
FORBIDDEN = set('/\\:*?"<>|')


def test_a_file_name_keeps_the_name_and_drops_what_windows_refuses():
    day = date(2026, 12, 2)
    assert poster_stem("李秀兰", day) == "学习海报-李秀兰-20261202"
    assert poster_stem('张/三:*?"<>|\\', day) == "学习海报-张三-20261202"
    assert poster_stem(" 王\t芳\n ", day) == "学习海报-王 芳-20261202"
    assert poster_stem("...", day) == poster_stem("", day) == "学习海报-20261202"


@settings(max_examples=300)
@given(name=st.text(), day=st.dates(min_value=date(1900, 1, 1), max_value=date(9999, 12, 31)))
def test_any_name_gives_one_valid_file_name(name: str, day: date):
    stem = poster_stem(name, day)
    for suffix in (".png", ".pdf"):
        file_name = stem + suffix
        assert file_name and file_name not in (".", "..")
        assert not FORBIDDEN & set(file_name)
        assert not any(unicodedata.category(char).startswith("C") for char in file_name)  # no control characters
        assert not stem.endswith((" ", ".")) and not stem.startswith((" ", "."))  # Windows drops them
        assert len(file_name.encode("utf-8")) <= 255 and len(file_name) <= 255
        assert Path(file_name).name == file_name and len(Path(file_name).parts) == 1
    assert stem.startswith("学习海报") and stem.endswith(day.strftime("%Y%m%d"))
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / f"{stem}.pdf").write_bytes(b"x")  # the file system takes it
        assert os.listdir(folder) == [f"{stem}.pdf"]
