"""Small icons drawn with QPainter (no emoji or icon font needed): a loudspeaker, a padlock."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap


def _canvas(size: int) -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


def speaker_icon(size: int, colour: QColor) -> QIcon:
    """A loudspeaker with two sound waves, drawn (no emoji font is needed)."""
    pixmap, painter = _canvas(size)
    s = size / 24.0
    body = QPainterPath()
    body.moveTo(QPointF(3 * s, 9 * s))
    body.lineTo(QPointF(7 * s, 9 * s))
    body.lineTo(QPointF(12 * s, 4 * s))
    body.lineTo(QPointF(12 * s, 20 * s))
    body.lineTo(QPointF(7 * s, 15 * s))
    body.lineTo(QPointF(3 * s, 15 * s))
    body.closeSubpath()
    painter.fillPath(body, colour)
    pen = QPen(colour, max(1.5, 2 * s))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    for radius in (4.5, 8.0):
        box = QRectF(12 * s - radius * s, 12 * s - radius * s, 2 * radius * s, 2 * radius * s)
        painter.drawArc(box, -45 * 16, 90 * 16)
    painter.end()
    return QIcon(pixmap)


def lock_icon(size: int, colour: QColor) -> QIcon:
    """A closed padlock: a locked level."""
    pixmap, painter = _canvas(size)
    s = size / 24.0
    pen = QPen(colour, max(2.0, 2.6 * s))
    painter.setPen(pen)
    painter.drawArc(QRectF(7 * s, 2.5 * s, 10 * s, 12 * s), 0, 180 * 16)
    painter.drawLine(QPointF(7 * s, 8.5 * s), QPointF(7 * s, 11 * s))
    painter.drawLine(QPointF(17 * s, 8.5 * s), QPointF(17 * s, 11 * s))
    body = QPainterPath()
    body.addRoundedRect(QRectF(4 * s, 11 * s, 16 * s, 11 * s), 2 * s, 2 * s)
    painter.fillPath(body, colour)
    painter.end()
    return QIcon(pixmap)
