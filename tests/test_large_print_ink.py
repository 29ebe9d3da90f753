"""Large print is really drawn (issue 14): at every text size the reader's page, and the
loudspeaker's cover at its 72 pt, put ink on the screen. (A glyph-cache setting once made every
glyph over 64 px come out blank while the figures said painting was five times faster.)"""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from desktop_app.settings import TEXT_SIZES
from desktop_app.text.sentences import Unit


def ink_share(image: QImage, background: str) -> float:
    """The share of sampled pixels that differ clearly from the background."""
    back = QColor(background)
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    samples = inked = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            colour = QColor(image.pixel(x, y))
            samples += 1
            inked += abs(colour.red() - back.red()) + abs(colour.green() - back.green()) > 120
    return inked / max(1, samples)


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


@pytest.mark.parametrize("step", range(len(TEXT_SIZES)), ids=lambda s: f"{TEXT_SIZES[s]}pt")
def test_the_readers_page_is_inked_at_every_text_size(window, step):
    from desktop_app.gui.theme import PALETTES

    window.apply_settings(replace(window.context.settings, text_step=step))
    window.open_lesson("lilun-01")
    settle()
    image = window.reader.page_view.grab().toImage()
    assert ink_share(image, PALETTES[window.context.settings.theme].background) > 0.03


def test_the_loudspeakers_cover_is_inked_at_72_pt(window):
    from desktop_app.gui.theme import PALETTES

    view = window.loudspeaker.view
    window.loudspeaker.apply_metrics()
    view.show_broadcast("党的二十大和中国式现代化")
    view.set_units([Unit("sentence", "大会从10月16日开到10月22日，一共开了7天。", 0, 0, 22)])
    settle()
    assert view.text.shown_pt >= 60
    image = view.text.grab().toImage()
    assert ink_share(image, PALETTES[window.context.settings.theme].highlight) > 0.03
    view.end()
